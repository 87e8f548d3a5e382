#include "workflow/workflowengine.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "common/clock.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QJsonDocument>

#include <algorithm>

namespace amtsdesk {

namespace {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString fieldsJson(const QJsonObject &fields)
{
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

bool isFilled(const QJsonValue &value)
{
    if (value.isString())
        return !value.toString().trimmed().isEmpty();
    if (value.isArray())
        return !value.toArray().isEmpty();
    if (value.isObject())
        return !value.toObject().isEmpty();
    return !value.isNull() && !value.isUndefined();
}

} // namespace

QString WorkflowEngine::itemColumns()
{
    return QStringLiteral(
        "i.id, i.workflow_key, i.definition_version, i.item_type, i.item_ref, i.title, i.department_id, "
        "i.due_date, i.fields, i.state, i.state_since, i.row_version, i.created_at");
}

WorkflowItem WorkflowEngine::readItem(const QSqlQuery &q, int first)
{
    WorkflowItem item;
    item.id = WorkflowItemId(q.value(first).toLongLong());
    item.workflowKey = q.value(first + 1).toString();
    item.definitionVersion = q.value(first + 2).toInt();
    item.itemType = q.value(first + 3).toString();
    item.itemRef = q.value(first + 4).toString();
    item.title = q.value(first + 5).toString();
    item.department = DepartmentId(q.value(first + 6).toLongLong());
    item.dueDate = QDate::fromString(q.value(first + 7).toString(), Qt::ISODate);
    item.fields = QJsonDocument::fromJson(q.value(first + 8).toString().toUtf8()).object();
    item.state = q.value(first + 9).toString();
    item.stateSince = fromStoredTimestamp(q.value(first + 10).toString());
    item.rowVersion = q.value(first + 11).toLongLong();
    item.createdAt = fromStoredTimestamp(q.value(first + 12).toString());
    return item;
}

Result<WorkflowItemId> WorkflowEngine::start(const Actor &actor, const NewWorkflowItem &item)
{
    auto def = m_registry.current(item.workflowKey);
    if (!def)
        return def.error();
    if (item.itemType.isEmpty() || item.itemRef.isEmpty())
        return Error::internal(tr("A workflow item needs a type and a reference."));
    if (item.title.trimmed().isEmpty())
        return Error::invalid(tr("A workflow item needs a title."));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QString now = toStoredTimestamp(m_db.clock().nowUtc());
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO workflow_items(workflow_key, definition_version, item_type, item_ref, title, "
                       "department_id, due_date, fields, state, state_since, created_at) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
        {def->key(), def->version(), item.itemType, item.itemRef, item.title.trimmed(),
         nullableId(item.department.value),
         item.dueDate.isValid() ? QVariant(item.dueDate.toString(Qt::ISODate))
                                : QVariant(QMetaType::fromType<QString>()),
         fieldsJson(item.fields), def->initialState(), now, now});
    if (!insert) {
        if (insert.error().code == ErrorCode::Conflict)
            return Error::conflict(tr("%1 %2 is in a workflow already.").arg(item.itemType, item.itemRef));
        return insert.error();
    }
    const WorkflowItemId id(insert->lastInsertId().toLongLong());
    if (auto r = m_db.exec(
            QStringLiteral("INSERT INTO workflow_history(item_id, transition, from_state, to_state, actor_id, "
                           "on_behalf_of_id, at, comment, definition_version) VALUES(?,NULL,NULL,?,?,?,?,NULL,?)"),
            {id.value, def->initialState(), actor.userId.value,
             actor.onBehalfOf ? QVariant(actor.onBehalfOf->value) : QVariant(QMetaType::fromType<qint64>()), now,
             def->version()});
        !r)
        return r.error();
    AuditLog audit(m_db);
    if (auto r = audit.append(actor.record(QStringLiteral("workflow.started"), item.itemType, item.itemRef,
                                           QJsonObject{{QStringLiteral("workflow"), def->key()},
                                                       {QStringLiteral("version"), def->version()},
                                                       {QStringLiteral("state"), def->initialState()}}));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<WorkflowItem> WorkflowEngine::item(WorkflowItemId id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM workflow_items i WHERE i.id = ?").arg(itemColumns()), {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no workflow item %1.").arg(id.value));
    return readItem(*q);
}

Result<WorkflowItem> WorkflowEngine::item(const Actor &actor, WorkflowItemId id) const
{
    auto found = item(id);
    if (!found)
        return found;
    if (Status s = maySee(actor, *found); !s)
        return AccessService(m_db).refused(actor, found->itemType, found->itemRef, QStringLiteral("view"), s.error());
    return found;
}

bool WorkflowEngine::seesEveryDepartment(const Actor &actor, const QString &workflowKey)
{
    // The shipped workflows of the owners above this module (SubProjects::kWorkflowKey, the
    // invoice inbox's); the roles named here work for every department in them.
    if (actor.isSystem || workflowKey == QLatin1String("subproject"))
        return true;
    if (workflowKey == QLatin1String("invoice"))
        return actor.hasRole(Role::InvoiceChecker) || actor.hasRole(Role::PaymentApprover) ||
               actor.hasRole(Role::Administrator);
    return false;
}

Status WorkflowEngine::maySee(const Actor &actor, const WorkflowItem &item)
{
    if (seesEveryDepartment(actor, item.workflowKey) ||
        (item.department.isValid() && actor.departments().contains(item.department)))
        return {};
    return Error::denied(
        item.department.isValid()
            ? tr("%1 may not see item %2: it belongs to another department.").arg(actor.signature()).arg(item.id.value)
            : tr("%1 may not see item %2: it belongs to no department yet.").arg(actor.signature()).arg(item.id.value));
}

Result<WorkflowItem> WorkflowEngine::itemFor(const QString &itemType, const QString &itemRef) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM workflow_items i WHERE i.item_type = ? AND i.item_ref = ?").arg(itemColumns()),
        {itemType, itemRef});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("%1 %2 is in no workflow.").arg(itemType, itemRef));
    return readItem(*q);
}

Result<WorkflowDefinition> WorkflowEngine::definitionOf(const WorkflowItem &item) const
{
    return m_registry.version(item.workflowKey, item.definitionVersion);
}

Result<QList<WorkflowHistoryEntry>> WorkflowEngine::history(WorkflowItemId id) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT h.id, h.transition, h.from_state, h.to_state, h.actor_id, u.display_name, "
                                 "h.on_behalf_of_id, p.display_name, h.at, h.comment, h.definition_version "
                                 "FROM workflow_history h JOIN users u ON u.id = h.actor_id "
                                 "LEFT JOIN users p ON p.id = h.on_behalf_of_id WHERE h.item_id = ? ORDER BY h.id"),
                  {id.value});
    if (!q)
        return q.error();
    QList<WorkflowHistoryEntry> entries;
    while (q->next()) {
        WorkflowHistoryEntry e;
        e.id = q->value(0).toLongLong();
        e.transition = q->value(1).toString();
        e.fromState = q->value(2).toString();
        e.toState = q->value(3).toString();
        e.actor = UserId(q->value(4).toLongLong());
        e.actorName = q->value(5).toString();
        if (!q->value(6).isNull()) {
            e.onBehalfOf = UserId(q->value(6).toLongLong());
            e.onBehalfOfName = q->value(7).toString();
        }
        e.at = fromStoredTimestamp(q->value(8).toString());
        e.comment = q->value(9).toString();
        e.definitionVersion = q->value(10).toInt();
        entries << e;
    }
    auto item = this->item(id);
    auto def = item ? definitionOf(*item) : Result<WorkflowDefinition>(item.error());
    for (WorkflowHistoryEntry &e : entries) {
        const WorkflowTransition *t = def ? def->transition(e.transition) : nullptr;
        const WorkflowState *s = def ? def->state(e.toState) : nullptr;
        e.transitionLabel = t ? t->labels.text(e.transition) : e.transition;
        e.toStateLabel = s ? s->labels.text(e.toState) : e.toState;
    }
    return entries;
}

Result<QHash<qint64, QMultiHash<QString, qint64>>> WorkflowEngine::takenBy(const QList<qint64> &itemIds) const
{
    QHash<qint64, QMultiHash<QString, qint64>> result;
    // In chunks, to stay below SQLite's limit on bound parameters.
    for (qsizetype start = 0; start < itemIds.size(); start += 500) {
        const QList<qint64> chunk = itemIds.mid(start, 500);
        QStringList marks;
        QVariantList params;
        for (qint64 id : chunk) {
            marks << QStringLiteral("?");
            params << id;
        }
        auto q = m_db.exec(QStringLiteral("SELECT item_id, transition, actor_id FROM workflow_history "
                                          "WHERE transition IS NOT NULL AND item_id IN (%1)")
                               .arg(marks.join(QLatin1Char(','))),
                           params);
        if (!q)
            return q.error();
        while (q->next())
            result[q->value(0).toLongLong()].insert(q->value(1).toString(), q->value(2).toLongLong());
    }
    return result;
}

Status WorkflowEngine::mayTake(const Actor &actor, const WorkflowItem &item, const WorkflowTransition &t,
                               const QMultiHash<QString, qint64> &takenBy) const
{
    const QString label = t.labels.text(t.key);
    if (t.system) {
        if (!actor.isSystem)
            return Error::denied(tr("\"%1\" is done by the program itself, not by a person.").arg(label));
        return {};
    }
    if (actor.isSystem)
        return Error::denied(tr("\"%1\" must be done by a person.").arg(label));
    if (Status s = maySee(actor, item); !s)
        return s;
    bool hasRole = false;
    QStringList roleNames;
    for (Role role : t.roles) {
        hasRole = hasRole || actor.hasRole(role);
        roleNames << Roles::displayName(role);
    }
    if (!hasRole)
        return Error::denied(tr("%1 may not \"%2\": that needs one of the roles %3.")
                                 .arg(actor.signature(), label, roleNames.join(QStringLiteral(", "))));
    const bool forAnyDepartment =
        std::any_of(t.anyDepartment.cbegin(), t.anyDepartment.cend(), [&](Role r) { return actor.hasRole(r); });
    if (t.sameDepartment && !forAnyDepartment && !item.department.isValid())
        return Error::denied(
            tr("\"%1\" is done by the item's department, and it has none yet: it must be routed first.").arg(label));
    if (t.sameDepartment && !forAnyDepartment && !actor.departments().contains(item.department))
        return Error::denied(
            tr("%1 may not \"%2\": the item belongs to another department.").arg(actor.signature(), label));
    for (const QString &other : t.notBy) {
        if (takenBy.values(other).contains(actor.userId.value))
            return Error::denied(tr("%1 may not \"%2\": four eyes are needed, and %1 already did \"%3\" on this item.")
                                     .arg(actor.displayName, label, [&] {
                                         auto def = definitionOf(item);
                                         const WorkflowTransition *o = def ? def->transition(other) : nullptr;
                                         return o ? o->labels.text(other) : other;
                                     }()));
    }
    return {};
}

Result<QList<WorkflowTransition>> WorkflowEngine::available(const Actor &actor, const WorkflowItem &item) const
{
    auto def = definitionOf(item);
    if (!def)
        return def.error();
    auto taken = takenBy({item.id.value});
    if (!taken)
        return taken.error();
    QList<WorkflowTransition> result;
    for (const WorkflowTransition *t : def->transitionsFrom(item.state)) {
        if (!t->system && mayTake(actor, item, *t, taken->value(item.id.value)))
            result << *t;
    }
    return result;
}

Result<int> WorkflowEngine::takeDueSteps(QDate today)
{
    auto system = AccessService(m_db).systemActor();
    if (!system)
        return system.error();
    // Items live under the version of their workflow they started with: every version is
    // asked (a few), instead of finding the versions in use among every open item.
    auto versions = m_registry.versions();
    if (!versions)
        return versions.error();
    int moved = 0;
    std::optional<Error> firstProblem;
    for (const WorkflowDefinition &definition : std::as_const(*versions)) {
        const QString key = definition.key();
        const int version = definition.version();
        const WorkflowDefinition *def = &definition;
        for (const WorkflowTransition &t : def->transitions()) {
            if (t.dueField.isEmpty())
                continue;
            QStringList marks;
            const QString path = QStringLiteral("$.\"%1\"").arg(t.dueField);
            QVariantList params{path, key, version};
            for (const QString &from : t.from) {
                marks << QStringLiteral("?");
                params << from;
            }
            params << path << today.toString(Qt::ISODate);
            // Dates are text YYYY-MM-DD, so text order narrows to the due ones; each is then
            // read as a date, so that nothing else in the field ever counts as due.
            auto due = m_db.exec(
                QStringLiteral("SELECT id, json_extract(fields, ?) FROM workflow_items WHERE workflow_key = ? "
                               "AND definition_version = ? AND is_open = 1 AND state IN (%1) "
                               "AND json_extract(fields, ?) <= ?")
                    .arg(marks.join(QLatin1Char(','))),
                params);
            if (!due)
                return due.error();
            QList<WorkflowItemId> items;
            while (due->next()) {
                const QDate day = QDate::fromString(due->value(1).toString(), Qt::ISODate);
                if (day.isValid() && day <= today)
                    items << WorkflowItemId(due->value(0).toLongLong());
            }
            due->finish();
            for (const WorkflowItemId id : std::as_const(items)) {
                if (auto taken = take(*system, id, TransitionRequest{t.key, {}, {}, {}}); taken)
                    ++moved;
                else if (!firstProblem)
                    firstProblem = taken.error();
            }
        }
    }
    if (moved == 0 && firstProblem)
        return *firstProblem;
    return moved;
}

Result<WorkflowItem> WorkflowEngine::take(const Actor &actor, WorkflowItemId id, const TransitionRequest &request)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto current = item(id);
    if (!current)
        return current.error();
    WorkflowItem it = *current;
    // Before anything about the item is told (its title, its state), whether the person may see it.
    if (Status s = maySee(actor, it); !s) {
        tx.rollback();
        return AccessService(m_db).refused(actor, it.itemType, it.itemRef, request.transition, s.error());
    }
    auto def = definitionOf(it);
    if (!def)
        return def.error();
    const WorkflowState *stateNow = def->state(it.state);
    const QString stateLabel = stateNow ? stateNow->labels.text(it.state) : it.state;
    if (request.expectedRowVersion && *request.expectedRowVersion != it.rowVersion)
        return Error::conflict(
            tr("\"%1\" was changed by someone else in the meantime; it is now \"%2\". Please look at it again.")
                .arg(it.title, stateLabel));
    const WorkflowTransition *t = def->transition(request.transition);
    if (!t)
        return Error::invalid(tr("The workflow \"%1\" has no step \"%2\".").arg(def->label(), request.transition));
    const QString label = t->labels.text(t->key);
    if (!t->from.contains(it.state))
        return Error::conflict(tr("\"%1\" cannot be done now: \"%2\" is \"%3\".").arg(label, it.title, stateLabel));

    auto taken = takenBy({it.id.value});
    if (!taken)
        return taken.error();
    if (Status s = mayTake(actor, it, *t, taken->value(it.id.value)); !s) {
        tx.rollback();
        return AccessService(m_db).refused(actor, it.itemType, it.itemRef, t->key, s.error());
    }
    const QString comment = request.comment.trimmed();
    if (t->commentRequired && comment.isEmpty())
        return Error::invalid(tr("\"%1\" needs a comment that says why.").arg(label));
    QJsonObject fields = it.fields;
    for (auto f = request.fields.constBegin(); f != request.fields.constEnd(); ++f) {
        // A field the program acts on by date must hold one it can read.
        for (const WorkflowTransition &timed : def->transitions()) {
            if (timed.dueField == f.key() && isFilled(f.value()) &&
                !QDate::fromString(f.value().toString(), Qt::ISODate).isValid())
                return Error::invalid(tr("The field \"%1\" needs a date such as 2026-03-01, not \"%2\".")
                                          .arg(f.key(), f.value().toVariant().toString()));
        }
        fields.insert(f.key(), f.value());
    }
    for (const QString &required : t->requiredFields) {
        if (!isFilled(fields.value(required)))
            return Error::invalid(tr("\"%1\" needs the field \"%2\" filled in first.").arg(label, required));
    }

    const QString now = toStoredTimestamp(m_db.clock().nowUtc());
    const WorkflowState *target = def->state(t->to);
    auto update =
        m_db.exec(QStringLiteral("UPDATE workflow_items SET state = ?, is_open = ?, state_since = ?, fields = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                  {t->to, target && target->isFinal ? 0 : 1, now, fieldsJson(fields), it.id.value, it.rowVersion});
    if (!update)
        return update.error();
    if (update->numRowsAffected() != 1)
        return Error::conflict(
            tr("\"%1\" was changed by someone else in the meantime. Please look at it again.").arg(it.title));
    const QVariant onBehalf =
        actor.onBehalfOf ? QVariant(actor.onBehalfOf->value) : QVariant(QMetaType::fromType<qint64>());
    if (auto r = m_db.exec(
            QStringLiteral("INSERT INTO workflow_history(item_id, transition, from_state, to_state, actor_id, "
                           "on_behalf_of_id, at, comment, definition_version) VALUES(?,?,?,?,?,?,?,?,?)"),
            {it.id.value, t->key, it.state, t->to, actor.userId.value, onBehalf, now,
             comment.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(comment), it.definitionVersion});
        !r)
        return r.error();
    QJsonObject details{
        {QStringLiteral("transition"), t->key},
        {QStringLiteral("state"), QJsonObject{{QStringLiteral("old"), it.state}, {QStringLiteral("new"), t->to}}}};
    for (auto f = request.fields.constBegin(); f != request.fields.constEnd(); ++f) {
        if (it.fields.value(f.key()) != f.value())
            details.insert(f.key(), QJsonObject{{QStringLiteral("old"), it.fields.value(f.key())},
                                                {QStringLiteral("new"), f.value()}});
    }
    AuditLog audit(m_db);
    if (auto r = audit.append(
            actor.record(QStringLiteral("workflow.transition"), it.itemType, it.itemRef, details, comment));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return item(id);
}

} // namespace amtsdesk
