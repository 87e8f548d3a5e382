#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "efile/efiletypes.h"

#include <QCoreApplication>
#include <QList>

namespace amtsdesk {

class Database;

// What importing a file plan did: how many units were added or changed, and the rows that
// did not fit, each with its line number and reason. Nothing is written when any row fails.
struct PlanImportReport {
    int added = 0;
    int updated = 0;
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

// The Aktenplan: a tree of units, each belonging to one department, with a retention period.
// Administrators maintain it; changes are audited. CSV columns: key,title,parent,department,
// retention_years (empty or "unbefristet" for kept for ever).
class FilePlan {
    Q_DECLARE_TR_FUNCTIONS(FilePlan)

public:
    explicit FilePlan(Database &db) : m_db(db) {}

    Result<PlanUnitId> addUnit(const Actor &actor, const PlanUnit &unit);
    Status updateUnit(const Actor &actor, const QString &key, const QString &title, std::optional<int> retentionYears);
    Result<QList<PlanUnit>> units() const;
    Result<PlanUnit> unit(const QString &key) const;
    Result<PlanUnit> unit(PlanUnitId id) const;
    // Whether files may be filed under the unit: only units without children.
    Result<bool> isLeaf(PlanUnitId id) const;

    // Reads a whole plan; rows whose parent comes later in the file are fine. Existing keys
    // are updated (title, retention), new ones added; all or nothing.
    PlanImportReport importCsv(const Actor &actor, const QByteArray &csv, const QString &source);
    Result<QByteArray> exportCsv() const;

    static QString retentionText(std::optional<int> years);
    // Keys in the order people read a file plan: part by part, numbers as numbers ("63.2"
    // before "63.10", "9" before "10"), a unit before its children.
    static bool keyLess(const QString &a, const QString &b);

private:
    Database &m_db;
};

} // namespace amtsdesk
