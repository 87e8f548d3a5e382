#include "programme/milestonetasksource.h"
#include "programme/subprojects.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "programme/storedvalues.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QLocale>
#include <QSqlQuery>

namespace amtsdesk {

using stored::isoOrEmpty;
using stored::readDate;

namespace {

const QString kMilestoneSelect =
    QStringLiteral("SELECT m.id, m.subproject_id, s.code, m.title, m.due_date, m.done_date, m.created_at FROM milestones m "
                   "JOIN subprojects s ON s.id = m.subproject_id ");

Milestone readMilestone(const QSqlQuery &q)
{
    Milestone m;
    m.id = MilestoneId(q.value(0).toLongLong());
    m.subProject = SubProjectId(q.value(1).toLongLong());
    m.subProjectCode = q.value(2).toString();
    m.title = q.value(3).toString();
    m.due = readDate(q.value(4));
    m.done = readDate(q.value(5));
    m.created = fromStoredTimestamp(q.value(6).toString()).toLocalTime().date();
    return m;
}

Result<QList<Milestone>> queryMilestones(const Database &db, const QString &where, const QVariantList &params)
{
    auto q = db.exec(kMilestoneSelect + where, params);
    if (!q)
        return q.error();
    QList<Milestone> result;
    while (q->next())
        result << readMilestone(*q);
    return result;
}

bool isLeadOrDeputy(const Actor &actor, const SubProject &p)
{
    return actor.userId == p.lead || (actor.onBehalfOf && *actor.onBehalfOf == p.lead);
}

} // namespace

// --- milestones -------------------------------------------------------------------------------

Result<MilestoneId> SubProjects::addMilestone(const Actor &actor, SubProjectId id, const QString &title, QDate due)
{
    auto p = get(id);
    if (!p)
        return p.error();
    if (Status s = requireEdit(actor, *p, QStringLiteral("add milestone")); !s)
        return s.error();
    const QString name = title.trimmed();
    if (name.isEmpty() || name.size() > 200)
        return Error::invalid(tr("The title of a milestone needs 1 to 200 characters; it has %1.").arg(name.size()));
    if (!due.isValid())
        return Error::invalid(tr("The milestone \"%1\" needs a due date.").arg(name));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto insert =
        m_db.exec(QStringLiteral("INSERT INTO milestones(subproject_id, title, due_date, created_at) VALUES(?,?,?,?)"),
                  {id.value, name, isoOrEmpty(due), toStoredTimestamp(m_db.clock().nowUtc())});
    if (!insert)
        return insert.error();
    const MilestoneId milestoneId(insert->lastInsertId().toLongLong());
    if (auto a =
            AuditLog(m_db).append(actor.record(QStringLiteral("milestone.added"), kItemType, QString::number(id.value),
                                               QJsonObject{{QStringLiteral("milestone"), milestoneId.value},
                                                           {QStringLiteral("title"), name},
                                                           {QStringLiteral("due"), isoOrEmpty(due)}}));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return milestoneId;
}

Status SubProjects::moveMilestone(const Actor &actor, MilestoneId id, QDate due)
{
    auto m = milestone(id);
    if (!m)
        return m.error();
    auto p = get(m->subProject);
    if (!p)
        return p.error();
    if (Status s = requireEdit(actor, *p, QStringLiteral("move milestone")); !s)
        return s;
    if (m->done.isValid())
        return Error::invalid(tr("The milestone \"%1\" was reached on %2; only open milestones can be moved.")
                                  .arg(m->title, isoOrEmpty(m->done)));
    if (!due.isValid())
        return Error::invalid(tr("The milestone \"%1\" needs a due date.").arg(m->title));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto u = m_db.exec(QStringLiteral("UPDATE milestones SET due_date = ? WHERE id = ? AND done_date IS NULL"),
                           {isoOrEmpty(due), id.value});
        !u)
        return u.error();
    if (auto a = AuditLog(m_db).append(
            actor.record(QStringLiteral("milestone.moved"), kItemType, QString::number(m->subProject.value),
                         QJsonObject{{QStringLiteral("milestone"), id.value},
                                     {QStringLiteral("due"), QJsonObject{{QStringLiteral("old"), isoOrEmpty(m->due)},
                                                                         {QStringLiteral("new"), isoOrEmpty(due)}}}}));
        !a)
        return a.error();
    return tx.commit();
}

Status SubProjects::completeMilestone(const Actor &actor, MilestoneId id, QDate done)
{
    auto m = milestone(id);
    if (!m)
        return m.error();
    auto p = get(m->subProject);
    if (!p)
        return p.error();
    // The lead (or their deputy) reaches the milestones the task list shows them.
    if (!isLeadOrDeputy(actor, *p) || actor.isSystem) {
        if (Status s = requireEdit(actor, *p, QStringLiteral("complete milestone")); !s)
            return s;
    }
    const QDate today = m_db.clock().today();
    const QDate day = done.isValid() ? done : today;
    if (day > today)
        return Error::invalid(tr("A milestone cannot be reached in the future (%1); today is %2.")
                                  .arg(isoOrEmpty(day), isoOrEmpty(today)));
    if (m->done.isValid())
        return Error::conflict(
            tr("The milestone \"%1\" was reached on %2 already.").arg(m->title, isoOrEmpty(m->done)));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto u = m_db.exec(QStringLiteral("UPDATE milestones SET done_date = ? WHERE id = ? AND done_date IS NULL"),
                       {isoOrEmpty(day), id.value});
    if (!u)
        return u.error();
    if (u->numRowsAffected() != 1)
        return Error::conflict(tr("The milestone \"%1\" was reached in the meantime.").arg(m->title));
    if (auto a = AuditLog(m_db).append(actor.record(
            QStringLiteral("milestone.completed"), kItemType, QString::number(m->subProject.value),
            QJsonObject{{QStringLiteral("milestone"), id.value}, {QStringLiteral("done"), isoOrEmpty(day)}}));
        !a)
        return a.error();
    return tx.commit();
}

Result<Milestone> SubProjects::milestone(MilestoneId id) const
{
    auto found = queryMilestones(m_db, QStringLiteral("WHERE m.id = ?"), {id.value});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no milestone %1.").arg(id.value));
    return found->first();
}

Result<QList<Milestone>> SubProjects::milestones(SubProjectId id) const
{
    return queryMilestones(m_db, QStringLiteral("WHERE m.subproject_id = ? ORDER BY m.due_date, m.id"), {id.value});
}

Result<QList<Milestone>> SubProjects::overdueFor(UserId lead, QDate today) const
{
    // A sub-project that has come to its end (completed or stopped) no longer asks for its milestones.
    return queryMilestones(m_db,
                           QStringLiteral("WHERE s.lead_id = ? AND m.done_date IS NULL AND m.due_date < ? "
                                          "AND NOT EXISTS (SELECT 1 FROM workflow_items w WHERE w.item_type = ? "
                                          "AND w.item_ref = CAST(s.id AS TEXT) AND w.is_open = 0) "
                                          "ORDER BY m.due_date, m.id"),
                           {lead.value, isoOrEmpty(today), kItemType});
}

// --- Meine Aufgaben ---------------------------------------------------------------------------

Result<QList<Task>> MilestoneTaskSource::tasksFor(const Actor &actor, QDate today, int /*limit: a person's few are all given*/) const
{
    // As deputy, the principal's milestones; otherwise one's own.
    const UserId whose = actor.onBehalfOf ? *actor.onBehalfOf : actor.userId;
    auto overdue = SubProjects(m_db).overdueFor(whose, today);
    if (!overdue)
        return overdue.error();
    QList<Task> tasks;
    const QLocale locale;
    for (const Milestone &m : *overdue) {
        Task t;
        t.itemType = itemType();
        t.itemRef = QString::number(m.id.value);
        t.title = m.subProjectCode + QLatin1Char(' ') + m.title;
        t.kind = tr("Milestone");
        t.state = tr("overdue since %1").arg(locale.toString(m.due, QLocale::ShortFormat));
        t.dueDate = m.due;
        t.overdue = true;
        t.actions << TaskAction{QStringLiteral("done"), tr("Reached"), false, {}};
        tasks << t;
    }
    return tasks;
}

Status MilestoneTaskSource::act(const Actor &actor, const Task &task, const QString &action, const QString &,
                                const QJsonObject &) const
{
    if (action != QStringLiteral("done"))
        return Error::invalid(tr("A milestone can only be marked reached."));
    return SubProjects(m_db).completeMilestone(actor, MilestoneId(task.itemRef.toLongLong()));
}

} // namespace amtsdesk
