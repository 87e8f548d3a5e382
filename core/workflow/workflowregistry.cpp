#include "workflow/workflowregistry.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "common/clock.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>

namespace amtsdesk {

QStringList WorkflowRegistry::builtinKeys()
{
    QStringList keys;
    for (const QString &name :
         QDir(QStringLiteral(":/workflows")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        keys << name.chopped(5);
    return keys;
}

Result<WorkflowDefinition> WorkflowRegistry::builtin(const QString &key)
{
    QFile file(QStringLiteral(":/workflows/%1.json").arg(key));
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("There is no workflow \"%1\".").arg(key));
    return WorkflowDefinition::parse(file.readAll(), file.fileName());
}

Result<WorkflowDefinition> WorkflowRegistry::version(const QString &key, int wanted) const
{
    auto stored = m_db.scalar(
        QStringLiteral("SELECT definition FROM workflow_definitions WHERE key = ? AND version = ?"), {key, wanted});
    if (!stored)
        return stored.error();
    if (stored->isValid())
        return WorkflowDefinition::parse(stored->toByteArray(), tr("%1, version %2 (installed)").arg(key).arg(wanted));
    auto builtIn = builtin(key);
    if (builtIn && builtIn->version() == wanted)
        return builtIn;
    return Error::notFound(tr("Version %1 of the workflow \"%2\" is not available.").arg(wanted).arg(key));
}

Result<WorkflowDefinition> WorkflowRegistry::current(const QString &key) const
{
    auto newest = m_db.scalar(QStringLiteral("SELECT max(version) FROM workflow_definitions WHERE key = ?"), {key});
    if (!newest)
        return newest.error();
    auto builtIn = builtin(key);
    const int installed = newest->isNull() ? 0 : newest->toInt();
    if (builtIn && builtIn->version() >= installed)
        return builtIn;
    if (installed > 0)
        return version(key, installed);
    return builtIn;
}

Result<QList<WorkflowDefinition>> WorkflowRegistry::all() const
{
    QStringList keys = builtinKeys();
    auto query = m_db.exec(QStringLiteral("SELECT DISTINCT key FROM workflow_definitions ORDER BY key"));
    if (!query)
        return query.error();
    while (query->next()) {
        if (!keys.contains(query->value(0).toString()))
            keys << query->value(0).toString();
    }
    QList<WorkflowDefinition> result;
    for (const QString &key : keys) {
        auto def = current(key);
        if (!def)
            return def.error();
        result << *def;
    }
    return result;
}

Result<QList<WorkflowDefinition>> WorkflowRegistry::versions() const
{
    QList<WorkflowDefinition> result;
    for (const QString &key : builtinKeys()) {
        auto def = builtin(key);
        if (!def)
            return def.error();
        result << *def;
    }
    auto query = m_db.exec(QStringLiteral("SELECT key, version, definition FROM workflow_definitions ORDER BY key, version"));
    if (!query)
        return query.error();
    while (query->next()) {
        auto def = WorkflowDefinition::parse(
            query->value(2).toByteArray(),
            tr("%1, version %2 (installed)").arg(query->value(0).toString()).arg(query->value(1).toInt()));
        if (!def)
            return def.error();
        result << *def;
    }
    return result;
}

Result<WorkflowDefinition> WorkflowRegistry::install(const Actor &actor, const QByteArray &json, const QString &source)
{
    if (!actor.hasRole(Role::Administrator) && !actor.hasRole(Role::ProcessManager)) {
        if (Status s =
                AccessService(m_db).require(actor, Role::ProcessManager, QT_TR_NOOP("install workflow definitions"));
            !s)
            return s.error();
    }
    auto def = WorkflowDefinition::parse(json, source);
    if (!def)
        return def.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto running = current(def->key());
    if (running && def->version() <= running->version())
        return Error::conflict(
            tr("The workflow \"%1\" is at version %2 already; a changed definition needs a higher version number.")
                .arg(def->key())
                .arg(running->version()));
    if (auto r = m_db.exec(
            QStringLiteral("INSERT INTO workflow_definitions(key, version, definition, installed_at, installed_by) "
                           "VALUES(?, ?, ?, ?, ?)"),
            {def->key(), def->version(), QString::fromUtf8(json), toStoredTimestamp(m_db.clock().nowUtc()),
             actor.userId.value});
        !r)
        return r.error();
    AuditLog audit(m_db);
    if (auto r = audit.append(
            actor.record(QStringLiteral("workflow.installed"), QStringLiteral("workflow"), def->key(),
                         QJsonObject{{QStringLiteral("version"), def->version()}, {QStringLiteral("source"), source}}));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return def;
}

} // namespace amtsdesk
