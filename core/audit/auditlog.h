#pragma once

#include "common/ids.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace amtsdesk {

class Database;

// What happened, before it is written: who (and for whom), what, to which object, which values.
// Never document content.
struct AuditRecord {
    UserId actor;
    std::optional<UserId> onBehalfOf;
    QString action;      // e.g. "user.created", "role.granted"
    QString objectType;  // e.g. "user"
    QString objectId;
    QJsonObject details; // changed metadata: {"field": {"old": …, "new": …}} or plain facts
    QString reason;
};

// One written entry of the audit trail (Protokolleintrag).
struct AuditEntry {
    AuditEntryId id;
    QDateTime at;
    UserId actor;
    QString actorLogin;
    QString actorName;
    std::optional<UserId> onBehalfOf;
    QString onBehalfOfName;
    QString action;
    QString objectType;
    QString objectId;
    QJsonObject details;
    QString reason;
    QString prevHash;
    QString hash;
};

// The outcome of checking the whole chain; firstBroken names the first entry that does not fit.
struct AuditChainReport {
    qint64 entriesChecked = 0;
    std::optional<AuditEntryId> firstBroken;
    QString problem;
    QString headHash;
    bool ok() const { return !firstBroken.has_value() && problem.isEmpty(); }
};

// The append-only, hash-chained audit log.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static const QString kGenesisHash;

    explicit AuditLog(Database &db) : m_db(db) {}

    // Appends inside the caller's transaction (or its own), chaining to the last entry.
    Result<AuditEntryId> append(const AuditRecord &record);
    // Recomputes every hash from the first entry on.
    AuditChainReport verify() const;
    // The hash of the newest entry: print or save it to detect a later rewrite of the whole chain.
    Result<QString> headHash() const;
    Result<qint64> count() const;
    // Newest first, before the given id (keyset paging); an invalid id starts at the newest.
    Result<QList<AuditEntry>> page(AuditEntryId before, int limit, const QString &objectType = {},
                                   const QString &objectId = {}) const;
    // The entries with these ids, in no particular order.
    Result<QList<AuditEntry>> entries(const QList<AuditEntryId> &ids) const;

    // The exact bytes that are hashed: versioned, length-prefixed, fields in a fixed order.
    static QByteArray canonicalContent(qint64 id, const QString &at, qint64 actorId, const QVariant &onBehalfOfId,
                                       const QString &action, const QString &objectType, const QVariant &objectId,
                                       const QString &details, const QVariant &reason, const QString &prevHash);

private:
    Result<QList<AuditEntry>> read(const QString &condition, const QVariantList &params) const;

    Database &m_db;
};

} // namespace amtsdesk
