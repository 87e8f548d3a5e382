#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace amtsdesk {

class Database;

// The head of the audit trail at one moment: the hash of its newest entry and how many entries
// it closed. Kept away from the store (printed, or saved in a small text file next to the
// backups), it shows a later rewrite of the whole trail: whoever recomputes every hash from a
// changed entry on cannot make entry number `entries` carry the saved hash again.
struct AuditHead {
    Q_DECLARE_TR_FUNCTIONS(AuditHead)

public:
    QString hash;
    qint64 entries = 0;
    QDateTime savedAt; // UTC
    QString store;     // the store's path when it was taken, for people

    static Result<AuditHead> of(Database &db);

    // The text file: a comment for people, then "amtsdesk-audit-head 1" and key=value lines.
    QByteArray toText() const;
    static Result<AuditHead> parse(const QByteArray &text, const QString &source);
    // Written whole or not at all (QSaveFile); never overwrites a file that is not an audit head.
    Status save(const QString &path) const;
    static Result<AuditHead> load(const QString &path);

    // Whether the trail in db still holds this head at its place: entry number `entries`
    // carries `hash`. With entries unknown (0), some entry must carry the hash. The error says
    // what happened to the trail: cut off, or rewritten.
    Status checkAgainst(Database &db) const;
};

} // namespace amtsdesk
