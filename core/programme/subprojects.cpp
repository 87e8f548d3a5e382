#include "programme/subprojects.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "store/database.h"
#include "store/transaction.h"
#include "workflow/workflowengine.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace amtsdesk {

namespace {

const QString kWorkflowKey = QStringLiteral("subproject");

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant storedDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : nullText();
}

// Qt binds a null QString as NULL; the text columns are NOT NULL with '' for nothing.
QVariant storedText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QDate readDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString isoOrEmpty(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

const QString kSelect = QStringLiteral(
    "SELECT s.id, s.code, s.title, s.area, s.description, s.lead_id, u.display_name, s.department_id, d.code, "
    "s.traffic_light, s.traffic_reason, s.progress, s.planned_start, s.planned_end, s.forecast_start, "
    "s.forecast_end, s.budget_planned, s.budget_spent, s.risks, s.file_id, f.reference_number, s.idea_id, "
    "w.id, w.state, w.workflow_key, w.definition_version, s.row_version, s.updated_at "
    "FROM subprojects s JOIN users u ON u.id = s.lead_id JOIN departments d ON d.id = s.department_id "
    "LEFT JOIN files f ON f.id = s.file_id "
    "LEFT JOIN workflow_items w ON w.item_type = 'subproject' AND w.item_ref = CAST(s.id AS TEXT) ");

// Reads sub-projects with everything a person sees of them: names, codes, links and the phase.
Result<QList<SubProject>> querySubProjects(Database &db, const QString &where, const QVariantList &params)
{
    auto q = db.exec(kSelect + where, params);
    if (!q)
        return q.error();
    QList<SubProject> result;
    QList<QPair<QString, int>> definitionOf;
    while (q->next()) {
        SubProject p;
        p.id = SubProjectId(q->value(0).toLongLong());
        p.code = q->value(1).toString();
        p.title = q->value(2).toString();
        p.area = ProgrammeTerms::area(q->value(3).toString()).value_or(ProgrammeArea::Other);
        p.description = q->value(4).toString();
        p.lead = UserId(q->value(5).toLongLong());
        p.leadName = q->value(6).toString();
        p.department = DepartmentId(q->value(7).toLongLong());
        p.departmentCode = q->value(8).toString();
        p.trafficLight = ProgrammeTerms::trafficLight(q->value(9).toString()).value_or(TrafficLight::None);
        p.trafficReason = q->value(10).toString();
        p.progress = q->value(11).toInt();
        p.plannedStart = readDate(q->value(12));
        p.plannedEnd = readDate(q->value(13));
        p.forecastStart = readDate(q->value(14));
        p.forecastEnd = readDate(q->value(15));
        p.budgetPlanned = Decimal::parse(q->value(16).toString()).valueOr(Decimal());
        p.budgetSpent = Decimal::parse(q->value(17).toString()).valueOr(Decimal());
        p.risks = q->value(18).toString();
        if (!q->value(19).isNull())
            p.file = FileId(q->value(19).toLongLong());
        p.fileReference = q->value(20).toString();
        if (!q->value(21).isNull())
            p.idea = IdeaId(q->value(21).toLongLong());
        if (!q->value(22).isNull())
            p.workflowItem = WorkflowItemId(q->value(22).toLongLong());
        p.phase = q->value(23).toString();
        definitionOf << qMakePair(q->value(24).toString(), q->value(25).toInt());
        p.rowVersion = q->value(26).toLongLong();
        p.updatedAt = fromStoredTimestamp(q->value(27).toString());
        result << p;
    }
    q->finish();
    if (result.isEmpty())
        return result;

    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < result.size(); ++i)
        index.insert(result[i].id.value, i);
    auto parts = db.exec(QStringLiteral("SELECT sd.subproject_id, d.id, d.code FROM subproject_departments sd "
                                        "JOIN departments d ON d.id = sd.department_id ORDER BY d.code"));
    if (!parts)
        return parts.error();
    while (parts->next()) {
        const auto at = index.constFind(parts->value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        result[*at].participating << DepartmentId(parts->value(1).toLongLong());
        result[*at].participatingCodes << parts->value(2).toString();
    }
    parts->finish();
    auto deps = db.exec(QStringLiteral("SELECT sd.subproject_id, o.id, o.code FROM subproject_dependencies sd "
                                       "JOIN subprojects o ON o.id = sd.depends_on_id ORDER BY o.code"));
    if (!deps)
        return deps.error();
    while (deps->next()) {
        const auto at = index.constFind(deps->value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        result[*at].dependsOn << SubProjectId(deps->value(1).toLongLong());
        result[*at].dependsOnCodes << deps->value(2).toString();
    }
    deps->finish();

    // The phase in words, from the version of the workflow each item started under.
    WorkflowRegistry registry(db);
    QMap<QPair<QString, int>, std::optional<WorkflowDefinition>> definitions;
    for (qsizetype i = 0; i < result.size(); ++i) {
        SubProject &p = result[i];
        if (p.phase.isEmpty())
            continue;
        const auto key = definitionOf[i];
        if (!definitions.contains(key)) {
            auto def = registry.version(key.first, key.second);
            definitions.insert(key, def ? std::optional<WorkflowDefinition>(*def) : std::nullopt);
        }
        const std::optional<WorkflowDefinition> &def = definitions.constFind(key).value();
        const WorkflowState *state = def ? def->state(p.phase) : nullptr;
        p.phaseLabel = state ? state->labels.text(p.phase) : p.phase;
    }
    return result;
}

const QString kMilestoneSelect =
    QStringLiteral("SELECT m.id, m.subproject_id, s.code, m.title, m.due_date, m.done_date FROM milestones m "
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

// --- permissions and checks -------------------------------------------------------------------

Status SubProjects::mayEdit(const Actor &actor, const SubProject &subProject) const
{
    const QString name = subProject.code.isEmpty() ? subProject.title : subProject.code;
    if (actor.isSystem)
        return Error::denied(tr("The sub-project %1 is changed by people, not by the program itself.").arg(name));
    if (actor.hasRole(Role::ProgrammeManager))
        return {};
    if (actor.hasRole(Role::DigitalisationOfficer)) {
        if (subProject.department.isValid() && actor.departments().contains(subProject.department))
            return {};
        return Error::denied(tr("%1 may not change the sub-project %2: it is sponsored by the department %3, "
                                "and a digitalisation officer changes only the sub-projects of their own "
                                "departments.")
                                 .arg(actor.signature(), name, subProject.departmentCode));
    }
    return Error::denied(tr("%1 may not change the sub-project %2: that needs the role \"%3\", or the role \"%4\" "
                            "in its sponsoring department %5.")
                             .arg(actor.signature(), name, Roles::displayName(Role::ProgrammeManager),
                                  Roles::displayName(Role::DigitalisationOfficer), subProject.departmentCode));
}

Status SubProjects::check(const Actor &, const SubProjectDraft &draft, SubProjectId self) const
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$"));
    const QString code = draft.code.trimmed();
    if (!codePattern.match(code).hasMatch())
        return Error::invalid(tr("The code \"%1\" is not usable: it needs 1 to 20 letters, digits, dots, hyphens "
                                 "or underscores, starting with a letter or digit (such as TP-07).")
                                  .arg(draft.code));
    auto taken =
        m_db.scalar(QStringLiteral("SELECT id FROM subprojects WHERE code = ? AND id <> ?"), {code, self.value});
    if (!taken)
        return taken.error();
    if (taken->isValid())
        return Error::conflict(tr("The code %1 belongs to another sub-project already.").arg(code));
    const QString title = draft.title.trimmed();
    if (title.isEmpty() || title.size() > 200)
        return Error::invalid(tr("The title of a sub-project needs 1 to 200 characters; it has %1.").arg(title.size()));

    auto lead =
        m_db.exec(QStringLiteral("SELECT display_name, active, is_system FROM users WHERE id = ?"), {draft.lead.value});
    if (!lead)
        return lead.error();
    if (!lead->next())
        return Error::invalid(
            tr("The lead of a sub-project must be a user of Amtsdesk; there is no user %1.").arg(draft.lead.value));
    if (!lead->value(1).toBool() || lead->value(2).toBool())
        return Error::invalid(
            tr("The lead of a sub-project must be an active user; %1 is not.").arg(lead->value(0).toString()));
    lead->finish();

    auto departmentExists = [this](DepartmentId id) -> Result<bool> {
        auto found = m_db.scalar(QStringLiteral("SELECT 1 FROM departments WHERE id = ?"), {id.value});
        if (!found)
            return found.error();
        return found->isValid();
    };
    auto sponsor = departmentExists(draft.department);
    if (!sponsor)
        return sponsor.error();
    if (!*sponsor)
        return Error::invalid(tr("The sponsoring department of a sub-project must exist; there is no department %1.")
                                  .arg(draft.department.value));
    for (DepartmentId d : draft.participating) {
        auto exists = departmentExists(d);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error::invalid(tr("A participating department must exist; there is no department %1.").arg(d.value));
    }

    if (draft.plannedStart.isValid() && draft.plannedEnd.isValid() && draft.plannedStart > draft.plannedEnd)
        return Error::invalid(tr("The planned start (%1) must not lie after the planned end (%2).")
                                  .arg(isoOrEmpty(draft.plannedStart), isoOrEmpty(draft.plannedEnd)));
    if (draft.forecastStart.isValid() && draft.forecastEnd.isValid() && draft.forecastStart > draft.forecastEnd)
        return Error::invalid(tr("The forecast start (%1) must not lie after the forecast end (%2).")
                                  .arg(isoOrEmpty(draft.forecastStart), isoOrEmpty(draft.forecastEnd)));
    if (draft.budgetPlanned.isNegative())
        return Error::invalid(
            tr("The planned budget must not be negative; it is %1.").arg(draft.budgetPlanned.toString()));
    if (draft.budgetSpent.isNegative())
        return Error::invalid(tr("The budget spent must not be negative; it is %1.").arg(draft.budgetSpent.toString()));
    if (draft.description.size() > 10000)
        return Error::invalid(tr("The description of a sub-project may have at most 10,000 characters."));
    if (draft.risks.size() > 10000)
        return Error::invalid(tr("The risks of a sub-project may have at most 10,000 characters."));

    for (SubProjectId dep : draft.dependsOn) {
        if (self.isValid() && dep == self)
            return Error::invalid(tr("The sub-project %1 cannot depend on itself.").arg(code));
        auto exists = m_db.scalar(QStringLiteral("SELECT code FROM subprojects WHERE id = ?"), {dep.value});
        if (!exists)
            return exists.error();
        if (!exists->isValid())
            return Error::invalid(
                tr("A sub-project can only depend on one that exists; there is no sub-project %1.").arg(dep.value));
    }
    // A new sub-project has no dependants yet, so only an existing one can close a cycle: it
    // does when it can be reached from one of its new dependencies.
    if (self.isValid() && !draft.dependsOn.isEmpty()) {
        QList<qint64> frontier;
        for (SubProjectId dep : draft.dependsOn)
            frontier << dep.value;
        QSet<qint64> seen(frontier.begin(), frontier.end());
        while (!frontier.isEmpty()) {
            const qint64 next = frontier.takeLast();
            auto q = m_db.exec(
                QStringLiteral("SELECT depends_on_id FROM subproject_dependencies WHERE subproject_id = ?"), {next});
            if (!q)
                return q.error();
            while (q->next()) {
                const qint64 onward = q->value(0).toLongLong();
                if (onward == self.value) {
                    auto via = m_db.scalar(QStringLiteral("SELECT code FROM subprojects WHERE id = ?"), {next});
                    return Error::invalid(tr("The sub-project %1 cannot depend on that: %2 depends on %1 already, "
                                             "and the dependencies would go round in a circle.")
                                              .arg(code, via ? via->toString() : QString::number(next)));
                }
                if (!seen.contains(onward)) {
                    seen.insert(onward);
                    frontier << onward;
                }
            }
        }
    }

    if (draft.file.isValid()) {
        auto file = m_db.scalar(QStringLiteral("SELECT 1 FROM files WHERE id = ?"), {draft.file.value});
        if (!file)
            return file.error();
        if (!file->isValid())
            return Error::invalid(
                tr("The e-file of a sub-project must exist; there is no file %1.").arg(draft.file.value));
    }
    if (draft.idea.isValid()) {
        auto idea = m_db.exec(QStringLiteral("SELECT i.id, s.code FROM ideas i LEFT JOIN subprojects s "
                                             "ON s.idea_id = i.id AND s.id <> ? WHERE i.id = ?"),
                              {self.value, draft.idea.value});
        if (!idea)
            return idea.error();
        if (!idea->next())
            return Error::invalid(tr("There is no idea %1 for the sub-project to carry on.").arg(draft.idea.value));
        if (!idea->value(1).isNull())
            return Error::conflict(tr("The idea %1 became the sub-project %2 already.")
                                       .arg(draft.idea.value)
                                       .arg(idea->value(1).toString()));
    }
    return {};
}

Status SubProjects::writeLinks(SubProjectId id, const SubProjectDraft &draft)
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM subproject_departments WHERE subproject_id = ?"), {id.value});
        !r)
        return r.error();
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM subproject_dependencies WHERE subproject_id = ?"), {id.value});
        !r)
        return r.error();
    QSet<DepartmentId> departments;
    for (DepartmentId d : draft.participating) {
        // The sponsoring department takes part anyway; it is not listed twice.
        if (d == draft.department || departments.contains(d))
            continue;
        departments.insert(d);
        if (auto r = m_db.exec(
                QStringLiteral("INSERT INTO subproject_departments(subproject_id, department_id) VALUES(?,?)"),
                {id.value, d.value});
            !r)
            return r.error();
    }
    QSet<SubProjectId> deps;
    for (SubProjectId d : draft.dependsOn) {
        if (deps.contains(d))
            continue;
        deps.insert(d);
        if (auto r = m_db.exec(
                QStringLiteral("INSERT INTO subproject_dependencies(subproject_id, depends_on_id) VALUES(?,?)"),
                {id.value, d.value});
            !r)
            return r.error();
    }
    return {};
}

namespace {

QJsonObject draftJson(const SubProjectDraft &d)
{
    QJsonArray participating, dependsOn;
    for (DepartmentId p : d.participating)
        participating << p.value;
    for (SubProjectId s : d.dependsOn)
        dependsOn << s.value;
    return QJsonObject{{QStringLiteral("code"), d.code.trimmed()},
                       {QStringLiteral("title"), d.title.trimmed()},
                       {QStringLiteral("area"), ProgrammeTerms::key(d.area)},
                       {QStringLiteral("lead"), d.lead.value},
                       {QStringLiteral("department"), d.department.value},
                       {QStringLiteral("participating"), participating},
                       {QStringLiteral("dependsOn"), dependsOn},
                       {QStringLiteral("plannedStart"), isoOrEmpty(d.plannedStart)},
                       {QStringLiteral("plannedEnd"), isoOrEmpty(d.plannedEnd)},
                       {QStringLiteral("forecastStart"), isoOrEmpty(d.forecastStart)},
                       {QStringLiteral("forecastEnd"), isoOrEmpty(d.forecastEnd)},
                       {QStringLiteral("budgetPlanned"), d.budgetPlanned.toString()},
                       {QStringLiteral("budgetSpent"), d.budgetSpent.toString()},
                       {QStringLiteral("file"), d.file.value}};
}

SubProjectDraft draftOf(const SubProject &p)
{
    SubProjectDraft d;
    d.code = p.code;
    d.title = p.title;
    d.area = p.area;
    d.description = p.description;
    d.lead = p.lead;
    d.department = p.department;
    d.participating = p.participating;
    d.dependsOn = p.dependsOn;
    d.plannedStart = p.plannedStart;
    d.plannedEnd = p.plannedEnd;
    d.forecastStart = p.forecastStart;
    d.forecastEnd = p.forecastEnd;
    d.budgetPlanned = p.budgetPlanned;
    d.budgetSpent = p.budgetSpent;
    d.risks = p.risks;
    d.file = p.file;
    return d;
}

} // namespace

// --- create, update, read ---------------------------------------------------------------------

Result<SubProjectId> SubProjects::create(const Actor &actor, const SubProjectDraft &draft)
{
    SubProject sponsored;
    sponsored.code = draft.code.trimmed();
    sponsored.title = draft.title.trimmed();
    sponsored.department = draft.department;
    auto departmentCode =
        m_db.scalar(QStringLiteral("SELECT code FROM departments WHERE id = ?"), {draft.department.value});
    if (!departmentCode)
        return departmentCode.error();
    sponsored.departmentCode = departmentCode->toString();
    if (Status s = mayEdit(actor, sponsored); !s) {
        (void)AuditLog(m_db).append(actor.record(QStringLiteral("access.denied"), kItemType, sponsored.code,
                                                 QJsonObject{{QStringLiteral("attempted"), QStringLiteral("create")}}));
        return s.error();
    }
    if (Status s = check(actor, draft, {}); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QString now = toStoredTimestamp(m_db.clock().nowUtc());
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO subprojects(code, title, area, description, lead_id, department_id, planned_start, "
                       "planned_end, forecast_start, forecast_end, budget_planned, budget_spent, risks, file_id, "
                       "idea_id, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {sponsored.code, sponsored.title, ProgrammeTerms::key(draft.area), storedText(draft.description),
         draft.lead.value, draft.department.value, storedDate(draft.plannedStart), storedDate(draft.plannedEnd),
         storedDate(draft.forecastStart), storedDate(draft.forecastEnd), draft.budgetPlanned.toString(),
         draft.budgetSpent.toString(), storedText(draft.risks),
         draft.file.isValid() ? QVariant(draft.file.value) : nullId(),
         draft.idea.isValid() ? QVariant(draft.idea.value) : nullId(), now, now});
    if (!insert)
        return insert.error();
    const SubProjectId id(insert->lastInsertId().toLongLong());
    if (Status s = writeLinks(id, draft); !s)
        return s.error();
    auto item = WorkflowEngine(m_db).start(actor, NewWorkflowItem{kWorkflowKey,
                                                                  kItemType,
                                                                  QString::number(id.value),
                                                                  sponsored.code + QLatin1Char(' ') + sponsored.title,
                                                                  draft.department,
                                                                  draft.plannedEnd,
                                                                  {}});
    if (!item)
        return item.error();
    QJsonObject details = draftJson(draft);
    if (draft.idea.isValid())
        details.insert(QStringLiteral("idea"), draft.idea.value);
    if (auto a = AuditLog(m_db).append(
            actor.record(QStringLiteral("subproject.created"), kItemType, QString::number(id.value), details));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status SubProjects::update(const Actor &actor, SubProjectId id, const SubProjectDraft &draft, qint64 expectedRowVersion)
{
    auto current = get(id);
    if (!current)
        return current.error();
    if (Status s = mayEdit(actor, *current); !s) {
        (void)AuditLog(m_db).append(actor.record(QStringLiteral("access.denied"), kItemType, QString::number(id.value),
                                                 QJsonObject{{QStringLiteral("attempted"), QStringLiteral("update")}}));
        return s;
    }
    if (draft.department != current->department) {
        // Handing it to another department needs the right to edit there too.
        SubProject moved = *current;
        moved.department = draft.department;
        auto code = m_db.scalar(QStringLiteral("SELECT code FROM departments WHERE id = ?"), {draft.department.value});
        moved.departmentCode = code ? code->toString() : QString();
        if (Status s = mayEdit(actor, moved); !s)
            return s;
    }
    if (current->rowVersion != expectedRowVersion)
        return Error::conflict(tr("The sub-project %1 was changed by someone else in the meantime. Please look at it "
                                  "again.")
                                   .arg(current->code));
    SubProjectDraft next = draft;
    // A draft made without the idea keeps the one the sub-project came from.
    if (!next.idea.isValid() && current->idea)
        next.idea = *current->idea;
    if (Status s = check(actor, next, id); !s)
        return s;

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const QString code = next.code.trimmed();
    const QString title = next.title.trimmed();
    auto updated = m_db.exec(
        QStringLiteral("UPDATE subprojects SET code = ?, title = ?, area = ?, description = ?, lead_id = ?, "
                       "department_id = ?, planned_start = ?, planned_end = ?, forecast_start = ?, forecast_end = ?, "
                       "budget_planned = ?, budget_spent = ?, risks = ?, file_id = ?, idea_id = ?, updated_at = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {code, title, ProgrammeTerms::key(next.area), storedText(next.description), next.lead.value,
         next.department.value, storedDate(next.plannedStart), storedDate(next.plannedEnd),
         storedDate(next.forecastStart), storedDate(next.forecastEnd), next.budgetPlanned.toString(),
         next.budgetSpent.toString(), storedText(next.risks),
         next.file.isValid() ? QVariant(next.file.value) : nullId(),
         next.idea.isValid() ? QVariant(next.idea.value) : nullId(), toStoredTimestamp(m_db.clock().nowUtc()), id.value,
         expectedRowVersion});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::conflict(tr("The sub-project %1 was changed by someone else in the meantime. Please look at it "
                                  "again.")
                                   .arg(current->code));
    if (Status s = writeLinks(id, next); !s)
        return s;
    // The workflow item shows the sub-project on task lists: its title, department and due date
    // follow the sub-project. Its row version stays, as its state did not move.
    if (auto w = m_db.exec(QStringLiteral("UPDATE workflow_items SET title = ?, department_id = ?, due_date = ? "
                                          "WHERE item_type = ? AND item_ref = ?"),
                           {code + QLatin1Char(' ') + title, next.department.value, storedDate(next.plannedEnd),
                            kItemType, QString::number(id.value)});
        !w)
        return w.error();

    const QJsonObject before = draftJson(draftOf(*current));
    const QJsonObject after = draftJson(next);
    QJsonObject details;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value())
            details.insert(it.key(), QJsonObject{{QStringLiteral("old"), before.value(it.key())},
                                                 {QStringLiteral("new"), it.value()}});
    }
    if (current->description != next.description)
        details.insert(QStringLiteral("description"), QStringLiteral("changed"));
    if (current->risks != next.risks)
        details.insert(QStringLiteral("risks"), QStringLiteral("changed"));
    if (auto a = AuditLog(m_db).append(
            actor.record(QStringLiteral("subproject.updated"), kItemType, QString::number(id.value), details));
        !a)
        return a.error();
    return tx.commit();
}

Result<SubProject> SubProjects::load(const QString &where, const QVariant &key) const
{
    auto found = querySubProjects(m_db, where, {key});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no sub-project %1.").arg(key.toString()));
    return found->first();
}

Result<SubProject> SubProjects::get(SubProjectId id) const
{
    return load(QStringLiteral("WHERE s.id = ?"), id.value);
}

Result<SubProject> SubProjects::byCode(const QString &code) const
{
    return load(QStringLiteral("WHERE s.code = ?"), code.trimmed());
}

Result<QList<SubProject>> SubProjects::list(const SubProjectFilter &filter) const
{
    QStringList conditions;
    QVariantList params;
    if (filter.department.isValid()) {
        conditions << QStringLiteral("(s.department_id = ? OR EXISTS (SELECT 1 FROM subproject_departments sd "
                                     "WHERE sd.subproject_id = s.id AND sd.department_id = ?))");
        params << filter.department.value << filter.department.value;
    }
    if (filter.area) {
        conditions << QStringLiteral("s.area = ?");
        params << ProgrammeTerms::key(*filter.area);
    }
    if (filter.trafficLight) {
        conditions << QStringLiteral("s.traffic_light = ?");
        params << ProgrammeTerms::key(*filter.trafficLight);
    }
    if (!filter.includeCompleted)
        conditions << QStringLiteral("(w.state IS NULL OR w.state <> 'completed')");
    QString where =
        conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return querySubProjects(m_db, where + QStringLiteral(" ORDER BY s.code"), params);
}

// --- status reports ---------------------------------------------------------------------------

Result<qint64> SubProjects::addReport(const Actor &actor, SubProjectId id, const NewStatusReport &report)
{
    auto p = get(id);
    if (!p)
        return p.error();
    if (Status s = mayEdit(actor, *p); !s)
        return s.error();
    const QDate today = m_db.clock().today();
    const QDate date = report.date.isValid() ? report.date : today;
    if (date > today)
        return Error::invalid(tr("A status report cannot be dated in the future (%1); today is %2.")
                                  .arg(isoOrEmpty(date), isoOrEmpty(today)));
    if (report.progress < 0 || report.progress > 100)
        return Error::invalid(
            tr("The progress of a status report is a share from 0 to 100 per cent, not %1.").arg(report.progress));
    const QString text = report.text.trimmed();
    if ((report.trafficLight == TrafficLight::Amber || report.trafficLight == TrafficLight::Red) && text.isEmpty())
        return Error::invalid(tr("A status report that says \"%1\" needs a text with the reason.")
                                  .arg(ProgrammeTerms::name(report.trafficLight)));
    if (text.size() > 10000)
        return Error::invalid(
            tr("The text of a status report may have at most 10,000 characters; it has %1.").arg(text.size()));

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QString now = toStoredTimestamp(m_db.clock().nowUtc());
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO status_reports(subproject_id, report_date, traffic_light, progress, text, "
                       "author_id, on_behalf_of_id, created_at) VALUES(?,?,?,?,?,?,?,?)"),
        {id.value, isoOrEmpty(date), ProgrammeTerms::key(report.trafficLight), report.progress, storedText(text),
         actor.userId.value, actor.onBehalfOf ? QVariant(actor.onBehalfOf->value) : nullId(), now});
    if (!insert)
        return insert.error();
    const qint64 reportId = insert->lastInsertId().toLongLong();
    // The sub-project shows the newest report, so a late back-dated one does not override it.
    auto newest = m_db.exec(QStringLiteral("SELECT traffic_light, progress, text FROM status_reports WHERE "
                                           "subproject_id = ? ORDER BY report_date DESC, id DESC LIMIT 1"),
                            {id.value});
    if (!newest)
        return newest.error();
    if (!newest->next())
        return Error::internal(tr("The status report just written cannot be read back."));
    const QString light = newest->value(0).toString();
    const int progress = newest->value(1).toInt();
    const bool needsReason =
        light == ProgrammeTerms::key(TrafficLight::Amber) || light == ProgrammeTerms::key(TrafficLight::Red);
    const QString reason = needsReason ? newest->value(2).toString() : QString();
    newest->finish();
    if (auto u = m_db.exec(QStringLiteral("UPDATE subprojects SET traffic_light = ?, traffic_reason = ?, progress = ?, "
                                          "updated_at = ? WHERE id = ?"),
                           {light, storedText(reason), progress, now, id.value});
        !u)
        return u.error();
    if (auto a = AuditLog(m_db).append(
            actor.record(QStringLiteral("subproject.reported"), kItemType, QString::number(id.value),
                         QJsonObject{{QStringLiteral("report"), reportId},
                                     {QStringLiteral("date"), isoOrEmpty(date)},
                                     {QStringLiteral("trafficLight"), ProgrammeTerms::key(report.trafficLight)},
                                     {QStringLiteral("progress"), report.progress}}));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return reportId;
}

Result<QList<StatusReport>> SubProjects::reports(SubProjectId id) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT r.id, r.subproject_id, s.code, r.report_date, r.traffic_light, r.progress, r.text, "
                       "r.author_id, a.display_name, p.display_name, r.created_at FROM status_reports r "
                       "JOIN subprojects s ON s.id = r.subproject_id JOIN users a ON a.id = r.author_id "
                       "LEFT JOIN users p ON p.id = r.on_behalf_of_id WHERE r.subproject_id = ? "
                       "ORDER BY r.report_date DESC, r.id DESC"),
        {id.value});
    if (!q)
        return q.error();
    QList<StatusReport> result;
    while (q->next()) {
        StatusReport r;
        r.id = q->value(0).toLongLong();
        r.subProject = SubProjectId(q->value(1).toLongLong());
        r.subProjectCode = q->value(2).toString();
        r.date = readDate(q->value(3));
        r.trafficLight = ProgrammeTerms::trafficLight(q->value(4).toString()).value_or(TrafficLight::None);
        r.progress = q->value(5).toInt();
        r.text = q->value(6).toString();
        r.author = UserId(q->value(7).toLongLong());
        r.authorName = q->value(9).isNull() ? q->value(8).toString()
                                            : QCoreApplication::translate("Actor", "%1 i.V. %2")
                                                  .arg(q->value(8).toString(), q->value(9).toString());
        r.createdAt = fromStoredTimestamp(q->value(10).toString());
        result << r;
    }
    return result;
}

// --- milestones -------------------------------------------------------------------------------

Result<MilestoneId> SubProjects::addMilestone(const Actor &actor, SubProjectId id, const QString &title, QDate due)
{
    auto p = get(id);
    if (!p)
        return p.error();
    if (Status s = mayEdit(actor, *p); !s)
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
    if (Status s = mayEdit(actor, *p); !s)
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
        if (Status s = mayEdit(actor, *p); !s)
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
