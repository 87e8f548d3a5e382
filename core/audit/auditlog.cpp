#include "audit/auditlog.h"

#include "common/clock.h"
#include "store/database.h"
#include "store/keysetquery.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlRecord>

namespace amtsdesk {

const QString AuditLog::kGenesisHash = QString(64, QLatin1Char('0'));

namespace {

void appendField(QByteArray &out, const char *name, const QVariant &value)
{
    out.append(name);
    if (value.isNull()) {
        out.append("=-\n");
        return;
    }
    const QByteArray utf8 = value.toString().toUtf8();
    out.append('=').append(QByteArray::number(utf8.size())).append(':').append(utf8).append('\n');
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

QByteArray AuditLog::canonicalContent(qint64 id, const QString &at, qint64 actorId, const QVariant &onBehalfOfId,
                                      const QString &action, const QString &objectType, const QVariant &objectId,
                                      const QString &details, const QVariant &reason, const QString &prevHash)
{
    QByteArray out("amtsdesk-audit-v1\n");
    appendField(out, "id", id);
    appendField(out, "at", at);
    appendField(out, "actor", actorId);
    appendField(out, "on_behalf_of", onBehalfOfId);
    appendField(out, "action", action);
    appendField(out, "object_type", objectType);
    appendField(out, "object_id", objectId);
    appendField(out, "details", details);
    appendField(out, "reason", reason);
    appendField(out, "prev_hash", prevHash);
    return out;
}

Result<AuditEntryId> AuditLog::append(const AuditRecord &record)
{
    if (!record.actor.isValid() || record.action.isEmpty() || record.objectType.isEmpty())
        return Error::internal(tr("An audit entry needs an actor, an action and an object type."));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto last = m_db.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    qint64 id = 1;
    QString prevHash = kGenesisHash;
    if (last->next()) {
        id = last->value(0).toLongLong() + 1;
        prevHash = last->value(1).toString();
    }
    last->finish();

    const QString at = toStoredTimestamp(m_db.clock().nowUtc());
    const QVariant onBehalf = record.onBehalfOf ? QVariant(record.onBehalfOf->value) : QVariant(QMetaType::fromType<qint64>());
    const QVariant objectId = nullable(record.objectId);
    const QVariant reason = nullable(record.reason);
    const QString details = QString::fromUtf8(QJsonDocument(record.details).toJson(QJsonDocument::Compact));
    const QString hash = sha256Hex(canonicalContent(id, at, record.actor.value, onBehalf, record.action,
                                                    record.objectType, objectId, details, reason, prevHash));
    auto insert = m_db.exec(QStringLiteral("INSERT INTO audit_log(id, at, actor_id, on_behalf_of_id, action, object_type, "
                                           "object_id, details, reason, prev_hash, hash) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
                            {id, at, record.actor.value, onBehalf, record.action, record.objectType, objectId, details,
                             reason, prevHash, hash});
    if (!insert)
        return insert.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return AuditEntryId(id);
}

AuditChainReport AuditLog::verify() const
{
    AuditChainReport report;
    auto query = m_db.exec(QStringLiteral("SELECT id, at, actor_id, on_behalf_of_id, action, object_type, object_id, "
                                          "details, reason, prev_hash, hash FROM audit_log ORDER BY id"));
    if (!query) {
        report.problem = query.error().message;
        return report;
    }
    QString expectedPrev = kGenesisHash;
    qint64 expectedId = 1;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        ++report.entriesChecked;
        auto broken = [&](QString why) {
            report.firstBroken = AuditEntryId(id);
            report.problem = std::move(why);
        };
        if (id != expectedId) {
            broken(tr("entry %1 follows entry %2: entries are missing or were renumbered").arg(id).arg(expectedId - 1));
            break;
        }
        const QString prevHash = query->value(9).toString();
        if (prevHash != expectedPrev) {
            broken(tr("entry %1 does not point at the entry before it: an entry was changed, removed or moved").arg(id));
            break;
        }
        const QString hash = sha256Hex(canonicalContent(
            id, query->value(1).toString(), query->value(2).toLongLong(), query->value(3), query->value(4).toString(),
            query->value(5).toString(), query->value(6), query->value(7).toString(), query->value(8), prevHash));
        if (hash != query->value(10).toString()) {
            broken(tr("entry %1 was changed after it was written: its content does not match its hash").arg(id));
            break;
        }
        expectedPrev = hash;
        ++expectedId;
    }
    report.headHash = expectedPrev;
    return report;
}

Result<QString> AuditLog::headHash() const
{
    auto value = m_db.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!value)
        return value.error();
    return value->isValid() ? value->toString() : kGenesisHash;
}

Result<qint64> AuditLog::count() const
{
    auto value = m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<QList<AuditEntry>> AuditLog::page(AuditEntryId before, int limit, const QString &objectType,
                                         const QString &objectId) const
{
    QString condition = QStringLiteral("WHERE a.id < ?");
    QVariantList params{before.isValid() ? before.value : std::numeric_limits<qint64>::max()};
    if (!objectType.isEmpty()) {
        condition += QStringLiteral(" AND a.object_type = ?");
        params << objectType;
    }
    if (!objectId.isEmpty()) {
        condition += QStringLiteral(" AND a.object_id = ?");
        params << objectId;
    }
    condition += QStringLiteral(" ORDER BY a.id DESC LIMIT ?");
    params << limit;
    return read(condition, params);
}

Result<QList<AuditEntry>> AuditLog::entries(const QList<AuditEntryId> &ids) const
{
    return loadByIds<AuditEntry>(
        ids, QStringLiteral("a.id"),
        [this](const QString &condition, const QVariantList &params) { return read(condition, params); });
}

Result<QList<AuditEntry>> AuditLog::read(const QString &condition, const QVariantList &params) const
{
    auto query = m_db.exec(
        QStringLiteral(
            "SELECT a.id, a.at, a.actor_id, u.login, u.display_name, a.on_behalf_of_id, p.display_name, a.action, "
            "a.object_type, a.object_id, a.details, a.reason, a.prev_hash, a.hash FROM audit_log a "
            "JOIN users u ON u.id = a.actor_id LEFT JOIN users p ON p.id = a.on_behalf_of_id ") +
            condition,
        params);
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry e;
        e.id = AuditEntryId(query->value(0).toLongLong());
        e.at = fromStoredTimestamp(query->value(1).toString());
        e.actor = UserId(query->value(2).toLongLong());
        e.actorLogin = query->value(3).toString();
        e.actorName = query->value(4).toString();
        if (!query->value(5).isNull()) {
            e.onBehalfOf = UserId(query->value(5).toLongLong());
            e.onBehalfOfName = query->value(6).toString();
        }
        e.action = query->value(7).toString();
        e.objectType = query->value(8).toString();
        e.objectId = query->value(9).toString();
        e.details = QJsonDocument::fromJson(query->value(10).toString().toUtf8()).object();
        e.reason = query->value(11).toString();
        e.prevHash = query->value(12).toString();
        e.hash = query->value(13).toString();
        entries << e;
    }
    return entries;
}

} // namespace amtsdesk
