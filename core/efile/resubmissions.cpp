#include "efile/resubmissions.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "common/clock.h"
#include "efile/fileservice.h"
#include "store/database.h"
#include "store/transaction.h"

namespace amtsdesk {

namespace {

const QString kSelect = QStringLiteral("SELECT r.id, r.case_id, f.reference_number || '/' || c.number || ' ' || "
                                       "c.subject, r.user_id, u.display_name, r.due_date, "
                                       "r.reason, r.done_at IS NOT NULL FROM resubmissions r JOIN cases c ON c.id = "
                                       "r.case_id JOIN files f ON f.id = c.file_id "
                                       "JOIN users u ON u.id = r.user_id ");

Resubmission read(const QSqlQuery &q)
{
    return Resubmission{q.value(0).toLongLong(), CaseId(q.value(1).toLongLong()),
                        q.value(2).toString(),   UserId(q.value(3).toLongLong()),
                        q.value(4).toString(),   QDate::fromString(q.value(5).toString(), Qt::ISODate),
                        q.value(6).toString(),   q.value(7).toBool()};
}

} // namespace

Result<qint64> Resubmissions::add(const Actor &actor, CaseId caseId, QDate due, const QString &reason,
                                  const QString &forLogin)
{
    FileService files(m_db);
    auto c = files.caseById(actor, caseId);
    if (!c)
        return c.error();
    auto file = files.loadFile(c->file);
    if (!file)
        return file.error();
    if (Status s = files.requireChange(actor, *file, QStringLiteral("add resubmission")); !s)
        return s.error();
    if (!due.isValid())
        return Error::invalid(tr("A resubmission needs a date."));
    if (reason.trimmed().isEmpty() || reason.size() > 1000)
        return Error::invalid(tr("A resubmission needs a reason of 1 to 1,000 characters."));
    UserId user = actor.userId;
    if (!forLogin.isEmpty()) {
        auto u = AccessService(m_db).userByLogin(forLogin);
        if (!u)
            return u.error();
        if (u->department != file->leadDepartment)
            return Error::invalid(
                tr("%1 does not work in the department %2 of this file.").arg(u->displayName, file->departmentCode));
        user = u->id;
    }
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO resubmissions(case_id, user_id, due_date, reason, created_at, created_by) "
                       "VALUES(?,?,?,?,?,?)"),
        {caseId.value, user.value, due.toString(Qt::ISODate), reason.trimmed(),
         toStoredTimestamp(m_db.clock().nowUtc()), actor.userId.value});
    if (!insert)
        return insert.error();
    const qint64 id = insert->lastInsertId().toLongLong();
    if (auto r = AuditLog(m_db).append(actor.record(QStringLiteral("resubmission.added"), QStringLiteral("case"),
                                                    QString::number(caseId.value),
                                                    QJsonObject{{QStringLiteral("due"), due.toString(Qt::ISODate)},
                                                                {QStringLiteral("for"), QString::number(user.value)}},
                                                    reason.trimmed()));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status Resubmissions::markDone(const Actor &actor, qint64 id)
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE r.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no resubmission number %1.").arg(id));
    const Resubmission r = read(*q);
    q->finish();
    if (r.user != actor.userId && (!actor.onBehalfOf || *actor.onBehalfOf != r.user)) {
        FileService files(m_db);
        auto c = files.caseById(actor, r.caseId);
        if (!c)
            return c.error();
    }
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto u = m_db.exec(QStringLiteral("UPDATE resubmissions SET done_at = ? WHERE id = ? AND done_at IS NULL"),
                           {toStoredTimestamp(m_db.clock().nowUtc()), id});
        !u)
        return u.error();
    if (auto a = AuditLog(m_db).append(actor.record(QStringLiteral("resubmission.done"), QStringLiteral("case"),
                                                    QString::number(r.caseId.value),
                                                    QJsonObject{{QStringLiteral("resubmission"), id}}));
        !a)
        return a.error();
    return tx.commit();
}

Result<QList<Resubmission>> Resubmissions::forCase(const Actor &actor, CaseId caseId) const
{
    if (auto c = FileService(m_db).caseById(actor, caseId); !c)
        return c.error();
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE r.case_id = ? ORDER BY r.due_date"), {caseId.value});
    if (!q)
        return q.error();
    QList<Resubmission> result;
    while (q->next())
        result << read(*q);
    return result;
}

Result<QList<Resubmission>> Resubmissions::due(UserId user, QDate day) const
{
    auto q = m_db.exec(
        kSelect + QStringLiteral("WHERE r.user_id = ? AND r.done_at IS NULL AND r.due_date <= ? ORDER BY r.due_date"),
        {user.value, day.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<Resubmission> result;
    while (q->next())
        result << read(*q);
    return result;
}

Result<QList<Task>> ResubmissionTaskSource::tasksFor(const Actor &actor, QDate today, int /*limit: a person's few are all given*/) const
{
    // As deputy, the principal's resubmissions; otherwise one's own.
    const UserId whose = actor.onBehalfOf ? *actor.onBehalfOf : actor.userId;
    auto due = Resubmissions(m_db).due(whose, today);
    if (!due)
        return due.error();
    QList<Task> tasks;
    for (const Resubmission &r : *due) {
        Task t;
        t.itemType = itemType();
        t.itemRef = QString::number(r.id);
        t.title = r.caseTitle;
        t.kind = tr("Resubmission");
        t.state = r.reason;
        t.dueDate = r.dueDate;
        t.overdue = r.dueDate < today;
        t.actions << TaskAction{QStringLiteral("done"), tr("Done"), false, {}};
        tasks << t;
    }
    return tasks;
}

Status ResubmissionTaskSource::act(const Actor &actor, const Task &task, const QString &action, const QString &,
                                   const QJsonObject &) const
{
    if (action != QStringLiteral("done"))
        return Error::invalid(tr("A resubmission can only be marked done."));
    return Resubmissions(m_db).markDone(actor, task.itemRef.toLongLong());
}

} // namespace amtsdesk
