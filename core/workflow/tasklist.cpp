#include "workflow/tasklist.h"

#include "access/accessservice.h"
#include "store/database.h"
#include "workflow/workflowengine.h"

#include <QMap>

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

Result<QList<Task>> WorkflowTaskSource::tasksFor(const Actor &actor, QDate today) const
{
    WorkflowEngine engine(m_db);
    // What has come due moves first (a case back from resubmission), so that the list shows
    // every item where it now is. An item that cannot move stays where it was and on the list.
    if (auto woken = engine.takeDueSteps(today); !woken)
        qWarning("Amtsdesk: a due workflow step could not be taken: %s", qPrintable(woken.error().message));
    QString sql =
        QStringLiteral("SELECT %1 FROM workflow_items i WHERE i.is_open = 1").arg(WorkflowEngine::itemColumns());
    QVariantList params;
    if (!m_itemType.isEmpty()) {
        sql += QStringLiteral(" AND i.item_type = ?");
        params << m_itemType;
    }
    for (const QString &other : m_otherwise) {
        sql += QStringLiteral(" AND i.item_type <> ?");
        params << other;
    }
    sql += scope(actor, params);
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    QList<WorkflowItem> items;
    while (q->next())
        items << WorkflowEngine::readItem(*q);
    q->finish();

    QMap<QPair<QString, int>, std::optional<WorkflowDefinition>> definitions;
    QList<WorkflowItem> open;
    QList<qint64> ids;
    for (const WorkflowItem &item : std::as_const(items)) {
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

Result<QList<Task>> TaskList::tasksFor(const Actor &actor) const
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
            auto tasks = source->tasksFor(who, today);
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
    return result;
}

} // namespace amtsdesk
