#include "programme/programmereport.h"

#include "access/accessservice.h"
#include "common/clock.h"
#include "programme/subprojects.h"
#include "programme/training.h"
#include "store/database.h"
#include "workflow/workflowregistry.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace amtsdesk {

namespace {

QMap<TrafficLight, int> emptyCount()
{
    QMap<TrafficLight, int> count;
    for (TrafficLight light : ProgrammeTerms::trafficLights())
        count.insert(light, 0);
    return count;
}

// The first moment after the day, as stored timestamps are compared.
QString endOfDay(QDate day)
{
    return toStoredTimestamp(QDateTime(day.addDays(1), QTime(0, 0)).toUTC());
}

// The phase of every sub-project on the day, from the workflow history (workflow item → state);
// a sub-project missing here did not exist yet.
Result<QHash<qint64, QString>> phasesOn(Database &db, QDate day)
{
    auto q = db.exec(QStringLiteral("SELECT h.item_id, h.to_state FROM workflow_history h "
                                    "JOIN workflow_items i ON i.id = h.item_id "
                                    "WHERE i.item_type = ? AND h.at < ? ORDER BY h.item_id, h.id"),
                     {SubProjects::kItemType, endOfDay(day)});
    if (!q)
        return q.error();
    QHash<qint64, QString> phases;
    while (q->next())
        phases.insert(q->value(0).toLongLong(), q->value(1).toString());
    return phases;
}

// The maturity of every offered service on the day, from its history (service → newest step on
// or before the day); a service missing here was not offered yet.
Result<QHash<qint64, Maturity>> maturityOn(Database &db, QDate day)
{
    auto q = db.exec(QStringLiteral("SELECT service_id, model, level FROM maturity_history WHERE changed_on <= ? "
                                    "ORDER BY service_id, changed_on, id"),
                     {day.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QHash<qint64, Maturity> maturity;
    while (q->next()) {
        const auto model = ProgrammeTerms::maturityModel(q->value(1).toString());
        maturity.insert(q->value(0).toLongLong(), Maturity{model.value_or(MaturityModel::V2_0), q->value(2).toInt()});
    }
    return maturity;
}

} // namespace

Result<ProgrammeReportData> ProgrammeReport::gather(Database &db, const Actor &actor,
                                                    const ProgrammeReportRequest &request)
{
    // No role is needed, only someone known to the store: everyone may read the programme.
    if (!actor.isSystem && !actor.userId.isValid())
        return Error::denied(tr("The programme report is for the people of this store; nobody is signed in."));
    ProgrammeReportData data;
    data.date = request.date.isValid() ? request.date : db.clock().today();
    const int periodDays = std::clamp(request.periodDays, 0, 3660);
    data.periodStart = data.date.addDays(-periodDays);
    data.periodEnd = data.date.addDays(periodDays);
    data.department = request.department;

    AccessService access(db);
    auto departments = access.departments();
    if (!departments)
        return departments.error();
    QHash<DepartmentId, Department> departmentById;
    for (const Department &d : *departments)
        departmentById.insert(d.id, d);
    if (request.department.isValid()) {
        if (!departmentById.contains(request.department))
            return Error::notFound(tr("There is no department number %1 to report on.").arg(request.department.value));
        data.scope = departmentById.value(request.department).name;
    } else {
        data.scope = tr("Whole programme");
    }

    // Sub-projects with their state on the date.
    SubProjects subProjects(db);
    SubProjectFilter filter;
    filter.department = request.department;
    auto list = subProjects.list(filter);
    if (!list)
        return list.error();
    QList<SubProject> sorted = *list;
    std::sort(sorted.begin(), sorted.end(), [](const SubProject &a, const SubProject &b) { return a.code < b.code; });
    auto workflow = WorkflowRegistry(db).current(SubProjects::kItemType);
    if (!workflow)
        return workflow.error();
    auto phases = phasesOn(db, data.date);
    if (!phases)
        return phases.error();
    // As the programme stood on the date: what was created later is left out, the phase is the one
    // of that day, and a milestone reached afterwards is still open.
    for (const SubProject &sp : std::as_const(sorted)) {
        const auto phase = phases->constFind(sp.workflowItem.value);
        if (phase == phases->cend())
            continue;
        ReportedSubProject r;
        r.subProject = sp;
        r.subProject.phase = *phase;
        if (const WorkflowState *state = workflow->state(*phase))
            r.subProject.phaseLabel = state->labels.text(*phase);
        auto reports = subProjects.reports(sp.id);
        if (!reports)
            return reports.error();
        // Newest first; among reports of the same day the newest recorded one (higher id) wins.
        const StatusReport *latest = nullptr;
        for (const StatusReport &report : *reports) {
            if (report.date > data.date)
                continue;
            if (!latest || report.date > latest->date || (report.date == latest->date && report.id > latest->id))
                latest = &report;
        }
        r.subProject.trafficLight = TrafficLight::None;
        r.subProject.trafficReason.clear();
        r.subProject.progress = 0;
        if (latest) {
            r.latest = *latest;
            r.trafficLight = latest->trafficLight;
            r.subProject.trafficLight = latest->trafficLight;
            r.subProject.progress = latest->progress;
        }
        auto milestones = subProjects.milestones(sp.id);
        if (!milestones)
            return milestones.error();
        for (Milestone m : std::as_const(*milestones)) {
            if (m.created.isValid() && m.created > data.date)
                continue;
            if (m.done.isValid() && m.done > data.date)
                m.done = QDate();
            r.milestones << m;
            if (m.done.isValid() && m.done >= data.periodStart)
                data.reached << m;
            else if (!m.done.isValid() && m.due > data.date && m.due <= data.periodEnd)
                data.due << m;
            else if (!m.done.isValid() && m.due < data.date)
                data.overdue << m;
        }
        data.subProjects << r;
    }
    auto byDue = [](const Milestone &a, const Milestone &b) {
        return a.due != b.due ? a.due < b.due : a.subProjectCode < b.subProjectCode;
    };
    std::sort(data.reached.begin(), data.reached.end(), [](const Milestone &a, const Milestone &b) {
        return a.done != b.done ? a.done < b.done : a.subProjectCode < b.subProjectCode;
    });
    std::sort(data.due.begin(), data.due.end(), byDue);
    std::sort(data.overdue.begin(), data.overdue.end(), byDue);

    // Traffic lights by area (every area, also those without sub-projects) and by sponsoring
    // department (those with sub-projects, by code).
    for (ProgrammeArea area : ProgrammeTerms::areas()) {
        TrafficCount count{ProgrammeTerms::key(area), ProgrammeTerms::name(area), emptyCount()};
        for (const ReportedSubProject &r : std::as_const(data.subProjects))
            if (r.subProject.area == area)
                ++count.count[r.trafficLight];
        data.byArea << count;
    }
    QMap<QString, TrafficCount> byDepartment;
    for (const ReportedSubProject &r : std::as_const(data.subProjects)) {
        const Department d = departmentById.value(r.subProject.department);
        auto it = byDepartment.find(d.code);
        if (it == byDepartment.end())
            it = byDepartment.insert(d.code, TrafficCount{d.code, d.code + QLatin1Char(' ') + d.name, emptyCount()});
        ++it->count[r.trafficLight];
    }
    data.byDepartment = byDepartment.values();

    // Phases in the order of the workflow's states.
    for (const WorkflowState &state : workflow->states()) {
        const int n = int(std::count_if(data.subProjects.cbegin(), data.subProjects.cend(),
                                        [&](const ReportedSubProject &r) { return r.subProject.phase == state.key; }));
        data.phases << qMakePair(state.labels.text(state.key), n);
    }

    // OZG services.
    OzgServices ozg(db);
    ServiceFilter serviceFilter;
    serviceFilter.department = request.department;
    auto services = ozg.services(serviceFilter);
    if (!services)
        return services.error();
    auto maturity = maturityOn(db, data.date);
    if (!maturity)
        return maturity.error();
    const bool past = data.date < db.clock().today();
    for (DistrictService s : std::as_const(*services)) {
        const auto then = maturity->constFind(s.id.value);
        if (then == maturity->cend())
            continue; // offered after the date
        s.now = *then;
        if (s.goLive.isValid() && s.goLive > data.date) {
            s.goLive = QDate();
            s.link.clear();
        }
        // The status itself has no history: on a past day a service short of its target was
        // still being worked on, whatever it is now.
        if (past && s.status == ServiceStatus::Done && (s.now.model != s.target.model || s.now.level < s.target.level))
            s.status = ServiceStatus::InProgress;
        data.services << s;
        if (s.goLive.isValid() && s.goLive >= data.periodStart)
            data.wentOnline << s;
    }
    std::sort(data.wentOnline.begin(), data.wentOnline.end(),
              [](const DistrictService &a, const DistrictService &b) { return a.goLive < b.goLive; });
    auto now = ozg.distribution({data.date}, request.department);
    if (!now)
        return now.error();
    data.maturityNow = *now;
    QList<QDate> days;
    for (int i = 12; i >= 1; --i) {
        const QDate month = data.date.addMonths(-i);
        days << QDate(month.year(), month.month(), month.daysInMonth());
    }
    days << data.date;
    auto history = ozg.distribution(days, request.department);
    if (!history)
        return history.error();
    data.maturityHistory = *history;

    // Training: coverage on the date, sessions held in the period and their attendances (for a
    // department: the sessions its staff attended, and their attendances).
    auto coverage = Training(db).coverage(data.date, request.department);
    if (!coverage)
        return coverage.error();
    data.coverage = *coverage;
    const QVariantList period{data.periodStart.toString(Qt::ISODate), data.date.toString(Qt::ISODate)};
    if (request.department.isValid()) {
        auto q = db.exec(QStringLiteral("SELECT count(DISTINCT cs.id), count(*) FROM course_sessions cs "
                                        "JOIN attendance a ON a.session_id = cs.id JOIN staff s ON s.id = a.staff_id "
                                        "WHERE cs.held_on BETWEEN ? AND ? AND s.department_id = ?"),
                         period + QVariantList{request.department.value});
        if (!q)
            return q.error();
        if (q->next()) {
            data.sessionsInPeriod = q->value(0).toInt();
            data.attendancesInPeriod = q->value(1).toInt();
        }
    } else {
        auto q = db.exec(
            QStringLiteral("SELECT count(*), coalesce(sum((SELECT count(*) FROM attendance a WHERE "
                           "a.session_id = cs.id)), 0) FROM course_sessions cs WHERE cs.held_on BETWEEN ? AND ?"),
            period);
        if (!q)
            return q.error();
        if (q->next()) {
            data.sessionsInPeriod = q->value(0).toInt();
            data.attendancesInPeriod = q->value(1).toInt();
        }
    }
    return data;
}

} // namespace amtsdesk
