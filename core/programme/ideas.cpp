#include "programme/ideas.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "common/clock.h"
#include "programme/programmepermissions.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QSqlQuery>

namespace amtsdesk {

namespace {

const QString kObjectType = QStringLiteral("idea");

const QString kSelect = QStringLiteral(
    "SELECT i.id, i.title, i.description, i.submitted_by, i.submitted_on, i.source, i.department_id, d.code, "
    "i.status, i.decision_reason, u.display_name, s.id, s.code FROM ideas i "
    "LEFT JOIN departments d ON d.id = i.department_id LEFT JOIN users u ON u.id = i.decided_by "
    "LEFT JOIN subprojects s ON s.idea_id = i.id ");

Idea readIdea(const QSqlQuery &q)
{
    Idea idea;
    idea.id = IdeaId(q.value(0).toLongLong());
    idea.title = q.value(1).toString();
    idea.description = q.value(2).toString();
    idea.submittedBy = q.value(3).toString();
    idea.submittedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    idea.source = ProgrammeTerms::ideaSource(q.value(5).toString()).value_or(IdeaSource::Other);
    if (!q.value(6).isNull())
        idea.department = DepartmentId(q.value(6).toLongLong());
    idea.departmentCode = q.value(7).toString();
    idea.status = ProgrammeTerms::ideaStatus(q.value(8).toString()).value_or(IdeaStatus::New);
    idea.decisionReason = q.value(9).toString();
    idea.decidedByName = q.value(10).toString();
    if (!q.value(11).isNull())
        idea.subProject = SubProjectId(q.value(11).toLongLong());
    idea.subProjectCode = q.value(12).toString();
    return idea;
}

} // namespace

Status Ideas::mayDecide(const Actor &actor, const Idea &idea) const
{
    if (actor.isSystem)
        return Error::denied(tr("Ideas are decided by people, not by the program itself."));
    if (ProgrammePermissions::mayDecideIdea(actor, idea.department))
        return {};
    if (actor.hasRole(Role::DigitalisationOfficer)) {
        if (!idea.department.isValid())
            return Error::denied(tr("%1 may not decide on the idea \"%2\": it belongs to no department, so the "
                                    "programme manager decides.")
                                     .arg(actor.signature(), idea.title));
        return Error::denied(tr("%1 may not decide on the idea \"%2\": it belongs to the department %3, which is "
                                "not among yours.")
                                 .arg(actor.signature(), idea.title, idea.departmentCode));
    }
    return Error::denied(tr("%1 may not decide on the idea \"%2\": that needs the role \"%3\", or the role \"%4\" in "
                            "the idea's department.")
                             .arg(actor.signature(), idea.title, Roles::displayName(Role::ProgrammeManager),
                                  Roles::displayName(Role::DigitalisationOfficer)));
}

Result<IdeaId> Ideas::record(const Actor &actor, const NewIdea &idea)
{
    if (actor.isSystem)
        return Error::denied(tr("Ideas are recorded by people, not by the program itself."));
    auto active = m_db.scalar(QStringLiteral("SELECT active FROM users WHERE id = ?"), {actor.userId.value});
    if (!active)
        return active.error();
    if (!active->toBool())
        return Error::denied(tr("%1 is no longer an active user and cannot record ideas.").arg(actor.displayName));
    const QString title = idea.title.trimmed();
    if (title.isEmpty() || title.size() > 200)
        return Error::invalid(tr("The title of an idea needs 1 to 200 characters; it has %1.").arg(title.size()));
    const QString submittedBy = idea.submittedBy.trimmed();
    if (submittedBy.isEmpty())
        return Error::invalid(tr("An idea needs the name of the person who brought it in."));
    if (submittedBy.size() > 200)
        return Error::invalid(tr("The name of the person who brought in an idea may have at most 200 characters."));
    if (idea.description.size() > 10000)
        return Error::invalid(tr("The description of an idea may have at most 10,000 characters."));
    const QDate today = m_db.clock().today();
    const QDate on = idea.submittedOn.isValid() ? idea.submittedOn : today;
    if (on > today)
        return Error::invalid(tr("An idea cannot have been brought in in the future (%1); today is %2.")
                                  .arg(on.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    if (idea.department.isValid()) {
        auto exists = m_db.scalar(QStringLiteral("SELECT 1 FROM departments WHERE id = ?"), {idea.department.value});
        if (!exists)
            return exists.error();
        if (!exists->isValid())
            return Error::invalid(
                tr("The department of an idea must exist; there is no department %1.").arg(idea.department.value));
    }
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO ideas(title, description, submitted_by, submitted_on, source, department_id, "
                       "recorded_by, recorded_at) VALUES(?,?,?,?,?,?,?,?)"),
        {title, idea.description.isNull() ? QStringLiteral("") : idea.description, submittedBy,
         on.toString(Qt::ISODate), ProgrammeTerms::key(idea.source),
         idea.department.isValid() ? QVariant(idea.department.value) : QVariant(QMetaType::fromType<qint64>()),
         actor.userId.value, toStoredTimestamp(m_db.clock().nowUtc())});
    if (!insert)
        return insert.error();
    const IdeaId id(insert->lastInsertId().toLongLong());
    if (auto a =
            AuditLog(m_db).append(actor.record(QStringLiteral("idea.recorded"), kObjectType, QString::number(id.value),
                                               QJsonObject{{QStringLiteral("title"), title},
                                                           {QStringLiteral("source"), ProgrammeTerms::key(idea.source)},
                                                           {QStringLiteral("submittedOn"), on.toString(Qt::ISODate)},
                                                           {QStringLiteral("department"), idea.department.value}}));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status Ideas::decide(const Actor &actor, IdeaId id, IdeaStatus status, const QString &reason)
{
    auto current = idea(id);
    if (!current)
        return current.error();
    if (Status s = mayDecide(actor, *current); !s) {
        (void)AuditLog(m_db).append(actor.record(QStringLiteral("access.denied"), kObjectType,
                                                 QString::number(id.value),
                                                 QJsonObject{{QStringLiteral("attempted"), QStringLiteral("decide")}}));
        return s;
    }
    const QString why = reason.trimmed();
    if (status == IdeaStatus::New)
        return Error::invalid(
            tr("An idea cannot be set back to \"%1\"; it can go to \"%2\".")
                .arg(ProgrammeTerms::name(IdeaStatus::New), ProgrammeTerms::name(IdeaStatus::Review)));
    if (current->status == IdeaStatus::Adopted)
        return Error::conflict(tr("The idea \"%1\" was adopted; that decision is final.").arg(current->title));
    if (status == current->status)
        return Error::conflict(
            tr("The idea \"%1\" is \"%2\" already.").arg(current->title, ProgrammeTerms::name(status)));
    if (current->status == IdeaStatus::Declined && status != IdeaStatus::Review)
        return Error::invalid(tr("The idea \"%1\" was declined; it must go back to \"%2\" before anything else.")
                                  .arg(current->title, ProgrammeTerms::name(IdeaStatus::Review)));
    if (status == IdeaStatus::Declined && why.isEmpty())
        return Error::invalid(tr("Declining the idea \"%1\" needs a reason.").arg(current->title));
    if (why.size() > 2000)
        return Error::invalid(tr("The reason of a decision may have at most 2,000 characters."));

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto u = m_db.exec(QStringLiteral("UPDATE ideas SET status = ?, decision_reason = ?, decided_by = ?, "
                                          "decided_at = ? WHERE id = ?"),
                           {ProgrammeTerms::key(status),
                            why.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(why),
                            actor.userId.value, toStoredTimestamp(m_db.clock().nowUtc()), id.value});
        !u)
        return u.error();
    if (auto a = AuditLog(m_db).append(
            actor.record(QStringLiteral("idea.decided"), kObjectType, QString::number(id.value),
                         QJsonObject{{QStringLiteral("status"),
                                      QJsonObject{{QStringLiteral("old"), ProgrammeTerms::key(current->status)},
                                                  {QStringLiteral("new"), ProgrammeTerms::key(status)}}}},
                         why));
        !a)
        return a.error();
    return tx.commit();
}

Result<SubProjectId> Ideas::turnIntoSubProject(const Actor &actor, IdeaId id, const SubProjectDraft &draft)
{
    auto current = idea(id);
    if (!current)
        return current.error();
    if (Status s = mayDecide(actor, *current); !s)
        return AccessService(m_db).refused(actor, kObjectType, QString::number(id.value), QStringLiteral("adopt"),
                                           s.error());
    if (current->status == IdeaStatus::Declined)
        return Error::invalid(tr("The idea \"%1\" was declined; it cannot become a sub-project unless it is taken "
                                 "back into review and adopted.")
                                  .arg(current->title));
    if (current->subProject)
        return Error::conflict(
            tr("The idea \"%1\" became the sub-project %2 already.").arg(current->title, current->subProjectCode));

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (current->status != IdeaStatus::Adopted) {
        if (Status s = decide(actor, id, IdeaStatus::Adopted); !s)
            return s.error();
    }
    SubProjectDraft carried = draft;
    carried.idea = id;
    auto created = SubProjects(m_db).create(actor, carried);
    if (!created)
        return created.error();
    if (auto a = AuditLog(m_db).append(actor.record(QStringLiteral("idea.turned_into_subproject"), kObjectType,
                                                    QString::number(id.value),
                                                    QJsonObject{{QStringLiteral("subproject"), created->value},
                                                                {QStringLiteral("code"), carried.code.trimmed()}}));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *created;
}

Result<Idea> Ideas::idea(IdeaId id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral("WHERE i.id = ?"), {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no idea %1.").arg(id.value));
    return readIdea(*q);
}

Result<QList<Idea>> Ideas::list(std::optional<IdeaStatus> status) const
{
    QVariantList params;
    QString where;
    if (status) {
        where = QStringLiteral("WHERE i.status = ? ");
        params << ProgrammeTerms::key(*status);
    }
    auto q = m_db.exec(kSelect + where + QStringLiteral("ORDER BY i.submitted_on DESC, i.id DESC"), params);
    if (!q)
        return q.error();
    QList<Idea> result;
    while (q->next())
        result << readIdea(*q);
    return result;
}

} // namespace amtsdesk
