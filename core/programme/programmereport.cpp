#include "programme/programmereport.h"

#include "access/accessservice.h"
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

// Open on the day: not done, or done only after it.
bool openOn(const Milestone &m, QDate day)
{
    return !m.done.isValid() || m.done > day;
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
    for (const SubProject &sp : std::as_const(sorted)) {
        ReportedSubProject r;
        r.subProject = sp;
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
        if (latest) {
            r.latest = *latest;
            r.trafficLight = latest->trafficLight;
        }
        auto milestones = subProjects.milestones(sp.id);
        if (!milestones)
            return milestones.error();
        r.milestones = *milestones;
        for (const Milestone &m : std::as_const(r.milestones)) {
            if (m.done.isValid() && m.done >= data.periodStart && m.done <= data.date)
                data.reached << m;
            else if (openOn(m, data.date) && m.due > data.date && m.due <= data.periodEnd)
                data.due << m;
            else if (openOn(m, data.date) && m.due < data.date)
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
    auto workflow = WorkflowRegistry(db).current(SubProjects::kItemType);
    if (!workflow)
        return workflow.error();
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
    data.services = *services;
    for (const DistrictService &s : std::as_const(data.services))
        if (s.goLive.isValid() && s.goLive >= data.periodStart && s.goLive <= data.date)
            data.wentOnline << s;
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
