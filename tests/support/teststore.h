#pragma once

#include "access/accessservice.h"
#include "common/clock.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

// A fresh test store in a temporary folder, with a fixed clock and "admin" as its first
// administrator; removed when it goes out of scope.
struct TestStore {
    explicit TestStore(amtsdesk::StoreKind kind = amtsdesk::StoreKind::Test);
    // Waits for background work on the store (pages load on worker threads) before the folder goes.
    ~TestStore();

    QString path() const { return dir.filePath(QStringLiteral("store.sqlite")); }
    amtsdesk::Database &db() { return *database; }
    amtsdesk::AccessService access() { return amtsdesk::AccessService(*database); }
    amtsdesk::Actor admin();
    // A user with the given roles in the given department (created if missing).
    amtsdesk::Actor user(const QString &login, QList<amtsdesk::Role> roles, const QString &departmentCode = {});
    // A top-level file plan unit of the department (ten years' retention), added by the administrator.
    void addPlanUnit(const QString &key, const QString &title, const QString &departmentCode);

    QTemporaryDir dir;
    amtsdesk::FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<amtsdesk::Database> database;
};

// Where the public corpora are, or empty (with the reason in *why) when they are absent.
QString corpusDir(QString *why = nullptr);
// A file of the corpora by its path inside them, or empty (with the reason in *why) when it is absent.
QString corpusFile(const QString &relative, QString *why);
