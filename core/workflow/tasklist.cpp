#include "workflow/tasklist.h"

#include "access/accessservice.h"
#include "store/database.h"
#include "workflow/workflowengine.h"

#include <QMap>

#include <algorithm>

namespace amtsdesk {

WorkflowTaskSource::WorkflowTaskSource(Database &db, QString itemType, QStringList otherwise)
    : m_db(db), m_itemType(std::move(itemType)), m_otherwise(std::move(otherwise))
{
}

bool WorkflowTaskSource::handles(const Task &task) const
{
    return task.workflowItem.isValid() &&
           (m_itemType.isEmpty() ? !m_otherwise.contains(task.itemType) : task.itemType == m_itemType);
}

Status WorkflowTaskSource::act(const Actor &actor, const Task &task, const QString &action, const QString &comment,
                               const QJsonObject &fields) const
{
    auto item = WorkflowEngine(m_db).take(actor, task.workflowItem,
                                          TransitionRequest{action, comment, fields, task.rowVersion});
    if (!item)
        return item.error();
    return {};
}

QString WorkflowTaskSource::scope(const Actor &, QVariantList &) const
{
    return {};
}

Result<QString> WorkflowTaskSource::candidateStates(const Actor &actor, QVariantList &params) const
{
    auto versions = WorkflowRegistry(m_db).versions();
    if (!versions)
        return versions.error();
    QStringList departments;
    QVariantList departmentIds;
    for (const DepartmentId d : actor.departments()) {
        departments << QStringLiteral("?");
        departmentIds << d.value;
    }
    const auto hasAny = [&actor](const QList<Role> &roles) {
        return std::any_of(roles.cbegin(), roles.cend(), [&actor](Role r) { return actor.hasRole(r); });
    };
    QStringList terms;
    for (const WorkflowDefinition &def : std::as_const(*versions)) {
        for (const WorkflowState &state : def.states()) {
            if (state.isFinal)
                continue;
            bool any = false;
            bool forOwnDepartments = true;
            for (const WorkflowTransition *t : def.transitionsFrom(state.key)) {
                if (t->system || !hasAny(t->roles))
                    continue;
                any = true;
                forOwnDepartments = forOwnDepartments && t->sameDepartment && !hasAny(t->anyDepartment);
            }
            if (!any || (forOwnDepartments && departments.isEmpty()))
                continue;
            QString term = QStringLiteral("(i.workflow_key = ? AND i.definition_version = ? AND i.state = ?");
            params << def.key() << def.version() << state.key;
            if (forOwnDepartments) {
                term += QStringLiteral(" AND i.department_id IN (%1)").arg(departments.join(QLatin1Char(',')));
                params << departmentIds;
            }
            terms << term + QLatin1Char(')');
        }
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(terms.join(QStringLiteral(" OR ")));
}

Result<QList<Task>> WorkflowTaskSource::tasksFor(const Actor &actor, QDate today, int limit) const
{
    WorkflowEngine engine(m_db);
    // What has come due moves first (a case back from resubmission), so that the list shows
    // every item where it now is. An item that cannot move stays where it was and on the list.
    if (auto woken = engine.takeDueSteps(today); !woken)
        qWarning("Amtsdesk: a due workflow step could not be taken: %s", qPrintable(woken.error().message));
    QString sql = QStringLiteral("SELECT %1 FROM workflow_items i WHERE i.is_open = 1").arg(WorkflowEngine::itemColumns());
    QVariantList params;
    if (!m_itemType.isEmpty()) {
        sql += QStringLiteral(" AND i.item_type = ?");
        params << m_itemType;
    }
    for (const QString &other : m_otherwise) {
        sql += QStringLiteral(" AND i.item_type <> ?");
        params << other;
    }
    // Only the states where a step could be the actor's are read, and where every such step is
    // for the item's department, only the actor's departments: SQL narrows to the candidates
    // (index workflow_items_state), C++ checks each (four eyes).
    auto candidates = candidateStates(actor, params);
    if (!candidates)
        return candidates.error();
    if (candidates->isEmpty())
        return QList<Task>();
    sql += *candidates + scope(actor, params);
    // With a limit, the candidates come soonest due first (undated last), a page at a time,
    // until enough of them are the actor's.
    const int page = limit < 0 ? -1 : std::max(limit, 200);
    if (page > 0)
        sql += QStringLiteral(" ORDER BY i.due_date IS NULL, i.due_date, i.id LIMIT ? OFFSET ?");
    QList<Task> tasks;
    for (int offset = 0;; offset += page) {
        QVariantList values = params;
        if (page > 0)
            values << page << offset;
        auto q = m_db.exec(sql, values);
        if (!q)
            return q.error();
        QList<WorkflowItem> items;
        while (q->next())
            items << WorkflowEngine::readItem(*q);
        q->finish();
        auto found = tasksAmong(actor, today, items);
        if (!found)
            return found.error();
        tasks += *found;
        if (page < 0 || items.size() < page || tasks.size() >= limit)
            return tasks;
    }
}

Result<QList<Task>> WorkflowTaskSource::tasksAmong(const Actor &actor, QDate today,
                                                   const QList<WorkflowItem> &items) const
{
    WorkflowEngine engine(m_db);
    QMap<QPair<QString, int>, std::optional<WorkflowDefinition>> definitions;
    QList<WorkflowItem> open;
    QList<qint64> ids;
    for (const WorkflowItem &item : items) {
        const auto key = qMakePair(item.workflowKey, item.definitionVersion);
        if (!definitions.contains(key)) {
            auto def = engine.definitionOf(item);
            definitions.insert(key, def ? std::optional<WorkflowDefinition>(*def) : std::nullopt);
        }
        const std::optional<WorkflowDefinition> &def = definitions.constFind(key).value();
        const WorkflowState *state = def ? def->state(item.state) : nullptr;
        if (state && !state->isFinal) {
            open << item;
            ids << item.id.value;
        }
    }
    auto taken = engine.takenBy(ids);
    if (!taken)
        return taken.error();

    QList<Task> tasks;
    for (const WorkflowItem &item : std::as_const(open)) {
        const WorkflowDefinition &def =
            *definitions.constFind(qMakePair(item.workflowKey, item.definitionVersion)).value();
        Task task;
        for (const WorkflowTransition *t : def.transitionsFrom(item.state)) {
            if (t->system || !engine.mayTake(actor, item, *t, taken->value(item.id.value)))
                continue;
            task.actions << TaskAction{t->key, t->labels.text(t->key), t->commentRequired, t->requiredFields};
        }
        if (task.actions.isEmpty())
            continue;
        task.itemType = item.itemType;
        task.itemRef = item.itemRef;
        task.workflowItem = item.id;
        task.rowVersion = item.rowVersion;
        task.title = item.title;
        task.kind = def.label();
        task.state = def.state(item.state)->labels.text(item.state);
        task.dueDate = item.dueDate;
        task.overdue = item.dueDate.isValid() && item.dueDate < today;
        tasks << task;
    }
    return tasks;
}

Status TaskList::act(const Actor &actor, const Task &task, const QString &action, const QString &comment,
                     const QJsonObject &fields) const
{
    Actor acting = actor;
    if (task.onBehalfOf) {
        AccessService access(m_db);
        auto principal = access.user(*task.onBehalfOf);
        if (!principal)
            return principal.error();
        auto deputy = access.actAsDeputy(actor, principal->login);
        if (!deputy)
            return deputy.error();
        acting = *deputy;
    }
    for (const auto &source : m_sources) {
        if (source->handles(task))
            return source->act(acting, task, action, comment, fields);
    }
    return Error::internal(tr("No part of Amtsdesk handles tasks of the kind \"%1\".").arg(task.itemType));
}

Result<QList<Task>> TaskList::tasksFor(const Actor &actor, int limit, bool *more) const
{
    const QDate today = m_db.clock().today();
    QList<Actor> roles{actor};
    // Standing in for someone puts their work on the deputy's list, marked "i.V.".
    AccessService access(m_db);
    auto deputyships = access.deputyships(actor.userId, today);
    if (!deputyships)
        return deputyships.error();
    for (const Deputyship &d : *deputyships) {
        if (d.deputy != actor.userId || d.from > today)
            continue;
        auto principal = access.user(d.principal);
        if (!principal)
            continue;
        if (auto acting = access.actAsDeputy(actor, principal->login); acting)
            roles << *acting;
    }
    QList<Task> result;
    QSet<QString> seen;
    for (const Actor &who : std::as_const(roles)) {
        for (const auto &source : m_sources) {
            // One more than asked for tells whether there are more.
            auto tasks = source->tasksFor(who, today, limit < 0 ? -1 : limit + 1);
            if (!tasks)
                return tasks.error();
            for (Task &task : *tasks) {
                const QString key = task.itemType + QLatin1Char('\n') + task.itemRef;
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                task.onBehalfOf = who.onBehalfOf;
                task.onBehalfOfName = who.onBehalfOfName;
                result << task;
            }
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Task &a, const Task &b) {
        if (a.dueDate.isValid() != b.dueDate.isValid())
            return a.dueDate.isValid();
        return a.dueDate < b.dueDate;
    });
    if (more)
        *more = limit >= 0 && result.size() > limit;
    if (limit >= 0 && result.size() > limit)
        result.resize(limit);
    return result;
}

} // namespace amtsdesk
