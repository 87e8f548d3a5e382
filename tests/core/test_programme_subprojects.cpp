#include "programme/ideas.h"
#include "programme/milestonefigures.h"
#include "programme/programmetypes.h"
#include "programme/subprojects.h"

#include "audit/auditlog.h"
#include "store/database.h"
#include "support/teststore.h"
#include "tasks/standardtasks.h"
#include "workflow/workflowengine.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace amtsdesk;

namespace {

// A district with a programme manager (ZD), officers of FD32 and FD40, a plain clerk and a lead.
struct Programme {
    TestStore store;
    Actor manager = store.user(QStringLiteral("p.manager"), {Role::ProgrammeManager}, QStringLiteral("ZD"));
    Actor officer32 = store.user(QStringLiteral("o.fd32"), {Role::DigitalisationOfficer}, QStringLiteral("FD32"));
    Actor officer40 = store.user(QStringLiteral("o.fd40"), {Role::DigitalisationOfficer}, QStringLiteral("FD40"));
    Actor clerk = store.user(QStringLiteral("c.clerk"), {Role::Clerk}, QStringLiteral("FD32"));
    Actor lead = store.user(QStringLiteral("l.lead"), {Role::Clerk}, QStringLiteral("FD32"));
    SubProjects projects{store.db()};

    DepartmentId department(const QString &code) { return store.access().departmentByCode(code).value(); }

    SubProjectDraft draft(const QString &code, const QString &departmentCode = QStringLiteral("FD32"))
    {
        SubProjectDraft d;
        d.code = code;
        d.title = QStringLiteral("Sub-project ") + code;
        d.area = ProgrammeArea::EFile;
        d.lead = lead.userId;
        d.department = department(departmentCode);
        d.plannedStart = QDate(2026, 1, 1);
        d.plannedEnd = QDate(2026, 12, 31);
        d.budgetPlanned = Decimal::parse(u"12000.00").value();
        return d;
    }

    SubProjectId create(const QString &code, const QString &departmentCode = QStringLiteral("FD32"))
    {
        auto id = projects.create(manager, draft(code, departmentCode));
        if (!id)
            FAIL(id.error().message.toStdString());
        return *id;
    }

    int auditCount(const QString &action)
    {
        return store.db()
            .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
            .value()
            .toInt();
    }
};

bool hasTask(const QList<Task> &tasks, const QString &itemType, const QString &itemRef)
{
    for (const Task &t : tasks) {
        if (t.itemType == itemType && t.itemRef == itemRef)
            return true;
    }
    return false;
}

const Task *findTask(const QList<Task> &tasks, const QString &itemType, const QString &itemRef)
{
    for (const Task &t : tasks) {
        if (t.itemType == itemType && t.itemRef == itemRef)
            return &t;
    }
    return nullptr;
}
// A pointer into a temporary list would dangle (found by ASan): keep the list in a variable.
const Task *findTask(QList<Task> &&, const QString &, const QString &) = delete;

} // namespace

TEST_CASE("programme terms use the stored keys and read them back", "[programme]")
{
    REQUIRE(ProgrammeTerms::key(TrafficLight::Amber) == QStringLiteral("amber"));
    REQUIRE(ProgrammeTerms::key(ProgrammeArea::EInvoice) == QStringLiteral("einvoice"));
    REQUIRE(ProgrammeTerms::key(ServiceStatus::InProgress) == QStringLiteral("in_progress"));
    REQUIRE(ProgrammeTerms::key(MaturityModel::V1_1) == QStringLiteral("1.1"));
    REQUIRE(ProgrammeTerms::key(CourseKind::CitizenWorkshop) == QStringLiteral("citizen_workshop"));
    REQUIRE(ProgrammeTerms::key(IdeaSource::InnovationTeam) == QStringLiteral("innovation_team"));
    REQUIRE(ProgrammeTerms::key(IdeaStatus::Review) == QStringLiteral("review"));
    for (ProgrammeArea a : ProgrammeTerms::areas())
        REQUIRE(ProgrammeTerms::area(ProgrammeTerms::key(a)) == a);
    for (IdeaSource s : ProgrammeTerms::ideaSources())
        REQUIRE(ProgrammeTerms::ideaSource(ProgrammeTerms::key(s)) == s);
    for (CourseKind k : ProgrammeTerms::courseKinds())
        REQUIRE(ProgrammeTerms::courseKind(ProgrammeTerms::key(k)) == k);
    REQUIRE(ProgrammeTerms::trafficLights().size() == 4);
    REQUIRE(ProgrammeTerms::serviceStatuses().size() == 4);
    REQUIRE_FALSE(ProgrammeTerms::trafficLight(QStringLiteral("purple")).has_value());
    REQUIRE(ProgrammeTerms::maturityModel(QStringLiteral("2.0")) == MaturityModel::V2_0);
    REQUIRE(ProgrammeTerms::name(TrafficLight::Red) == QStringLiteral("Off track"));
    REQUIRE(ProgrammeTerms::name(ServiceStatus::Done) == QStringLiteral("Implemented"));
    REQUIRE(ProgrammeTerms::name(IdeaStatus::Review) == QStringLiteral("Under review"));
    REQUIRE(ProgrammeTerms::name(MaturityModel::V2_0) == QStringLiteral("OZG maturity model 2.0"));
    REQUIRE(ProgrammeTerms::maxLevel(MaturityModel::V1_1) == 4);
    REQUIRE(ProgrammeTerms::maxLevel(MaturityModel::V2_0) == 7);
}

TEST_CASE("sub-projects are edited by the manager and the sponsoring department's officer only", "[programme]")
{
    Programme p;
    // The officer creates one for their own department, not for another.
    auto own = p.projects.create(p.officer32, p.draft(QStringLiteral("TP-01")));
    REQUIRE(own.ok());
    auto foreign = p.projects.create(p.officer32, p.draft(QStringLiteral("TP-02"), QStringLiteral("FD40")));
    REQUIRE(foreign.error().code == ErrorCode::PermissionDenied);
    REQUIRE(foreign.error().message.contains(QStringLiteral("TP-02")));
    REQUIRE(foreign.error().message.contains(QStringLiteral("FD40")));
    // The manager creates for any department.
    const SubProjectId tp3 = p.create(QStringLiteral("TP-03"), QStringLiteral("FD40"));
    // A clerk creates none.
    auto byClerk = p.projects.create(p.clerk, p.draft(QStringLiteral("TP-04")));
    REQUIRE(byClerk.error().code == ErrorCode::PermissionDenied);
    REQUIRE(byClerk.error().message.contains(QStringLiteral("TP-04")));
    REQUIRE(p.projects.byCode(QStringLiteral("TP-04")).error().code == ErrorCode::NotFound);
    REQUIRE(p.auditCount(QStringLiteral("access.denied")) >= 2);

    // Everyone reads; the clerk edits nothing.
    auto read = p.projects.get(*own);
    REQUIRE(read.ok());
    REQUIRE(read->code == QStringLiteral("TP-01"));
    REQUIRE(read->leadName == QStringLiteral("l.lead"));
    REQUIRE(read->departmentCode == QStringLiteral("FD32"));
    REQUIRE(read->phase == QStringLiteral("idea"));
    REQUIRE(read->phaseLabel == QStringLiteral("Idea"));
    REQUIRE(read->workflowItem.isValid());
    REQUIRE(read->rowVersion == 1);
    REQUIRE(read->budgetPlanned == Decimal::parse(u"12000").value());
    REQUIRE(p.projects.mayEdit(p.clerk, *read).error().code == ErrorCode::PermissionDenied);
    REQUIRE(p.projects.update(p.clerk, *own, p.draft(QStringLiteral("TP-01")), 1).error().code ==
            ErrorCode::PermissionDenied);
    REQUIRE(p.projects.addReport(p.clerk, *own, {{}, TrafficLight::Green, 10, QStringLiteral("fine")}).error().code ==
            ErrorCode::PermissionDenied);
    REQUIRE(p.projects.addMilestone(p.clerk, *own, QStringLiteral("Pilot"), QDate(2026, 5, 1)).error().code ==
            ErrorCode::PermissionDenied);
    REQUIRE(p.projects.list().value().size() == 2);

    // The officer of FD32 may not edit FD40's, and may not hand their own to FD40.
    REQUIRE(
        p.projects.update(p.officer32, tp3, p.draft(QStringLiteral("TP-03"), QStringLiteral("FD40")), 1).error().code ==
        ErrorCode::PermissionDenied);
    REQUIRE(p.projects.update(p.officer32, *own, p.draft(QStringLiteral("TP-01"), QStringLiteral("FD40")), 1)
                .error()
                .code == ErrorCode::PermissionDenied);
    REQUIRE(p.projects.update(p.officer40, tp3, p.draft(QStringLiteral("TP-03"), QStringLiteral("FD40")), 1).ok());

    // A deputy borrows the officer's departments.
    AccessService access = p.store.access();
    const Actor deputy = p.store.user(QStringLiteral("d.deputy"), {Role::Clerk}, QStringLiteral("FD40"));
    const QDate today = p.store.clock.today();
    REQUIRE(access.addDeputy(p.store.admin(), p.officer32.userId, deputy.userId, today, today.addDays(5)).ok());
    const Actor acting = access.actAsDeputy(deputy, QStringLiteral("o.fd32")).value();
    REQUIRE(p.projects.mayEdit(acting, p.projects.get(*own).value()).ok());
    REQUIRE_FALSE(p.projects.mayEdit(deputy, p.projects.get(*own).value()).ok());
}

TEST_CASE("sub-project input is checked with messages that name the problem", "[programme]")
{
    Programme p;
    const SubProjectId first = p.create(QStringLiteral("TP-01"));
    auto refused = [&](SubProjectDraft d) { return p.projects.create(p.manager, d).error(); };

    SubProjectDraft d = p.draft(QStringLiteral("-bad"));
    REQUIRE(refused(d).code == ErrorCode::InvalidInput);
    REQUIRE(refused(d).message.contains(QStringLiteral("-bad")));
    REQUIRE(refused(p.draft(QStringLiteral("ABCDEFGHIJKLMNOPQRSTU"))).code == ErrorCode::InvalidInput);
    REQUIRE(p.projects.create(p.manager, p.draft(QStringLiteral("ABCDEFGHIJKLMNOPQRST"))).ok());

    Error dup = refused(p.draft(QStringLiteral("TP-01")));
    REQUIRE(dup.code == ErrorCode::Conflict);
    REQUIRE(dup.message.contains(QStringLiteral("TP-01")));

    d = p.draft(QStringLiteral("TP-10"));
    d.title = QStringLiteral("   ");
    REQUIRE(refused(d).message.contains(QStringLiteral("title")));
    d.title = QString(201, QLatin1Char('x'));
    REQUIRE(refused(d).message.contains(QStringLiteral("200")));

    d = p.draft(QStringLiteral("TP-10"));
    d.lead = UserId(9999);
    REQUIRE(refused(d).message.contains(QStringLiteral("lead")));
    d.lead = p.store.access().systemActor().value().userId;
    REQUIRE(refused(d).message.contains(QStringLiteral("active")));

    d = p.draft(QStringLiteral("TP-10"));
    d.department = DepartmentId(9999);
    REQUIRE(refused(d).code == ErrorCode::InvalidInput);
    REQUIRE(refused(d).message.contains(QStringLiteral("department")));

    d = p.draft(QStringLiteral("TP-10"));
    d.plannedStart = QDate(2027, 1, 1);
    REQUIRE(refused(d).message.contains(QStringLiteral("planned start")));
    d = p.draft(QStringLiteral("TP-10"));
    d.forecastStart = QDate(2026, 6, 1);
    d.forecastEnd = QDate(2026, 5, 1);
    REQUIRE(refused(d).message.contains(QStringLiteral("forecast start")));

    d = p.draft(QStringLiteral("TP-10"));
    d.budgetSpent = Decimal::parse(u"-1.00").value();
    REQUIRE(refused(d).message.contains(QStringLiteral("budget spent")));

    d = p.draft(QStringLiteral("TP-10"));
    d.dependsOn = {SubProjectId(4242)};
    REQUIRE(refused(d).message.contains(QStringLiteral("4242")));

    d = p.draft(QStringLiteral("TP-10"));
    d.file = FileId(777);
    REQUIRE(refused(d).message.contains(QStringLiteral("file 777")));

    d = p.draft(QStringLiteral("TP-10"));
    d.participating = {DepartmentId(888)};
    REQUIRE(refused(d).message.contains(QStringLiteral("participating")));

    SubProjectDraft self = p.draft(QStringLiteral("TP-01"));
    self.dependsOn = {first};
    const Error selfDep = p.projects.update(p.manager, first, self, 1).error();
    REQUIRE(selfDep.code == ErrorCode::InvalidInput);
    REQUIRE(selfDep.message.contains(QStringLiteral("itself")));
    REQUIRE(p.projects.byCode(QStringLiteral("TP-10")).error().code == ErrorCode::NotFound);
}

TEST_CASE("a stale row version is a conflict and an update keeps the workflow item in step", "[programme]")
{
    Programme p;
    const SubProjectId id = p.create(QStringLiteral("TP-01"));
    SubProjectDraft d = p.draft(QStringLiteral("TP-01"), QStringLiteral("FD40"));
    d.title = QStringLiteral("E-file for the building authority");
    d.plannedEnd = QDate(2026, 10, 31);
    d.participating = {p.department(QStringLiteral("FD32")), p.department(QStringLiteral("ZD"))};
    REQUIRE(p.projects.update(p.manager, id, d, 1).ok());

    SubProject after = p.projects.get(id).value();
    REQUIRE(after.rowVersion == 2);
    REQUIRE(after.title == QStringLiteral("E-file for the building authority"));
    REQUIRE(after.departmentCode == QStringLiteral("FD40"));
    REQUIRE(after.participatingCodes == QStringList{QStringLiteral("FD32"), QStringLiteral("ZD")});
    auto item = WorkflowEngine(p.store.db()).item(after.workflowItem).value();
    REQUIRE(item.title == QStringLiteral("TP-01 E-file for the building authority"));
    REQUIRE(item.department == p.department(QStringLiteral("FD40")));
    REQUIRE(item.dueDate == QDate(2026, 10, 31));

    // Someone who still saw version 1 is told, and nothing changes.
    d.title = QStringLiteral("Stale title");
    const Error stale = p.projects.update(p.officer40, id, d, 1).error();
    REQUIRE(stale.code == ErrorCode::Conflict);
    REQUIRE(stale.message.contains(QStringLiteral("TP-01")));
    REQUIRE(p.projects.get(id).value().title == QStringLiteral("E-file for the building authority"));
    REQUIRE(p.auditCount(QStringLiteral("subproject.updated")) == 1);

    // The filter finds it by sponsoring and by participating department.
    SubProjectFilter byFd32;
    byFd32.department = p.department(QStringLiteral("FD32"));
    REQUIRE(p.projects.list(byFd32).value().size() == 1);
    p.create(QStringLiteral("TP-02"), QStringLiteral("FD40"));
    REQUIRE(p.projects.list(byFd32).value().size() == 1);
    SubProjectFilter byFd40;
    byFd40.department = p.department(QStringLiteral("FD40"));
    REQUIRE(p.projects.list(byFd40).value().size() == 2);
}

TEST_CASE("dependencies that would go round in a circle are refused", "[programme]")
{
    Programme p;
    const SubProjectId a = p.create(QStringLiteral("TP-A"));
    SubProjectDraft b = p.draft(QStringLiteral("TP-B"));
    b.dependsOn = {a};
    const SubProjectId bId = p.projects.create(p.manager, b).value();
    SubProjectDraft c = p.draft(QStringLiteral("TP-C"));
    c.dependsOn = {bId};
    const SubProjectId cId = p.projects.create(p.manager, c).value();
    REQUIRE(p.projects.get(cId).value().dependsOnCodes == QStringList{QStringLiteral("TP-B")});

    SubProjectDraft closing = p.draft(QStringLiteral("TP-A"));
    closing.dependsOn = {cId};
    const Error cycle = p.projects.update(p.manager, a, closing, 1).error();
    REQUIRE(cycle.code == ErrorCode::InvalidInput);
    REQUIRE(cycle.message.contains(QStringLiteral("circle")));
    REQUIRE(p.projects.get(a).value().dependsOn.isEmpty());
    // A dependency without a cycle is fine.
    SubProjectDraft fine = p.draft(QStringLiteral("TP-C"));
    fine.dependsOn = {bId, a};
    REQUIRE(p.projects.update(p.manager, cId, fine, 1).ok());
    REQUIRE(p.projects.get(cId).value().dependsOnCodes == QStringList{QStringLiteral("TP-A"), QStringLiteral("TP-B")});
}

TEST_CASE("status reports are dated snapshots that never change", "[programme]")
{
    Programme p;
    const SubProjectId id = p.create(QStringLiteral("TP-01"));
    const QDate today = p.store.clock.today();

    const Error amber =
        p.projects.addReport(p.officer32, id, {today, TrafficLight::Amber, 40, QStringLiteral("  ")}).error();
    REQUIRE(amber.code == ErrorCode::InvalidInput);
    REQUIRE(amber.message.contains(QStringLiteral("At risk")));
    REQUIRE(p.projects.addReport(p.officer32, id, {today.addDays(1), TrafficLight::Green, 40, QStringLiteral("x")})
                .error()
                .message.contains(QStringLiteral("future")));
    REQUIRE(
        p.projects.addReport(p.officer32, id, {today, TrafficLight::Green, 101, QStringLiteral("x")}).error().code ==
        ErrorCode::InvalidInput);
    REQUIRE(p.projects.addReport(p.officer32, id, {today, TrafficLight::Green, 1, QString(10001, QLatin1Char('x'))})
                .error()
                .code == ErrorCode::InvalidInput);

    const qint64 newest =
        p.projects.addReport(p.officer32, id, {today, TrafficLight::Red, 30, QStringLiteral("Supplier late")}).value();
    SubProject sp = p.projects.get(id).value();
    REQUIRE(sp.trafficLight == TrafficLight::Red);
    REQUIRE(sp.trafficReason == QStringLiteral("Supplier late"));
    REQUIRE(sp.progress == 30);

    // Added later but dated earlier: it is history, not the current state.
    const qint64 older =
        p.projects.addReport(p.manager, id, {today.addDays(-14), TrafficLight::Green, 20, QStringLiteral("Fine")})
            .value();
    sp = p.projects.get(id).value();
    REQUIRE(sp.trafficLight == TrafficLight::Red);
    REQUIRE(sp.progress == 30);
    // An undated report is today's and, being later, wins over the one of the same day.
    REQUIRE(p.projects.addReport(p.officer32, id, {{}, TrafficLight::Green, 35, QStringLiteral("Recovered")}).ok());
    sp = p.projects.get(id).value();
    REQUIRE(sp.trafficLight == TrafficLight::Green);
    REQUIRE(sp.trafficReason.isEmpty());
    REQUIRE(sp.progress == 35);

    auto reports = p.projects.reports(id).value();
    REQUIRE(reports.size() == 3);
    REQUIRE(reports[1].id == newest);
    REQUIRE(reports[2].id == older);
    REQUIRE(reports[2].authorName == QStringLiteral("p.manager"));
    REQUIRE(reports[0].date == today);
    REQUIRE(p.auditCount(QStringLiteral("subproject.reported")) == 3);

    // As deputy the report names both people.
    AccessService access = p.store.access();
    const Actor deputy = p.store.user(QStringLiteral("d.deputy"), {Role::Clerk}, QStringLiteral("FD40"));
    REQUIRE(access.addDeputy(p.store.admin(), p.officer32.userId, deputy.userId, today, today.addDays(5)).ok());
    const Actor acting = access.actAsDeputy(deputy, QStringLiteral("o.fd32")).value();
    REQUIRE(p.projects.addReport(acting, id, {today, TrafficLight::Green, 36, QStringLiteral("Still fine")}).ok());
    REQUIRE(p.projects.reports(id).value().first().authorName == QStringLiteral("d.deputy i.V. o.fd32"));

    // The store itself refuses to change or delete one.
    REQUIRE_FALSE(
        p.store.db().exec(QStringLiteral("UPDATE status_reports SET text = 'edited' WHERE id = ?"), {newest}).ok());
    REQUIRE_FALSE(p.store.db().exec(QStringLiteral("DELETE FROM status_reports WHERE id = ?"), {older}).ok());
    REQUIRE(p.projects.reports(id).value().size() == 4);
}

TEST_CASE("an overdue milestone waits on the lead's task list and their deputy's", "[programme]")
{
    Programme p;
    const SubProjectId id = p.create(QStringLiteral("TP-01"));
    const QDate today = p.store.clock.today();
    REQUIRE(p.projects.addMilestone(p.officer32, id, QStringLiteral(" "), today).error().code ==
            ErrorCode::InvalidInput);
    const MilestoneId late =
        p.projects.addMilestone(p.officer32, id, QStringLiteral("Concept approved"), today.addDays(-3)).value();
    const MilestoneId later =
        p.projects.addMilestone(p.officer32, id, QStringLiteral("Pilot"), today.addDays(30)).value();
    REQUIRE(p.projects.milestones(id).value().size() == 2);
    REQUIRE(p.projects.milestones(id).value().first().id == late);
    REQUIRE(p.projects.overdueFor(p.lead.userId, today).value().size() == 1);
    REQUIRE(p.projects.overdueFor(p.officer32.userId, today).value().isEmpty());

    TaskList tasks = standardTaskList(p.store.db());
    const QString ref = QString::number(late.value);
    auto forLead = tasks.tasksFor(p.lead).value();
    const Task *task = findTask(forLead, QStringLiteral("milestone"), ref);
    REQUIRE(task);
    REQUIRE(task->title == QStringLiteral("TP-01 Concept approved"));
    REQUIRE(task->kind == QStringLiteral("Milestone"));
    REQUIRE(task->state.startsWith(QStringLiteral("overdue since")));
    REQUIRE(task->overdue);
    REQUIRE(task->dueDate == today.addDays(-3));
    REQUIRE(task->actions.size() == 1);
    REQUIRE(task->actions.first().label == QStringLiteral("Reached"));
    REQUIRE_FALSE(hasTask(forLead, QStringLiteral("milestone"), QString::number(later.value)));
    REQUIRE_FALSE(hasTask(tasks.tasksFor(p.clerk).value(), QStringLiteral("milestone"), ref));

    // The lead's deputy sees it marked i.V. and can mark it reached.
    AccessService access = p.store.access();
    const Actor deputy = p.store.user(QStringLiteral("d.deputy"), {Role::Clerk}, QStringLiteral("FD40"));
    REQUIRE(access.addDeputy(p.store.admin(), p.lead.userId, deputy.userId, today, today.addDays(5)).ok());
    auto forDeputy = tasks.tasksFor(deputy).value();
    const Task *deputyTask = findTask(forDeputy, QStringLiteral("milestone"), ref);
    REQUIRE(deputyTask);
    REQUIRE(deputyTask->onBehalfOf == p.lead.userId);
    REQUIRE(tasks.act(deputy, *deputyTask, QStringLiteral("done")).ok());

    REQUIRE(p.projects.milestone(late).value().done == today);
    REQUIRE_FALSE(hasTask(tasks.tasksFor(p.lead).value(), QStringLiteral("milestone"), ref));
    REQUIRE_FALSE(hasTask(tasks.tasksFor(deputy).value(), QStringLiteral("milestone"), ref));
    REQUIRE(p.projects.completeMilestone(p.officer32, late).error().code == ErrorCode::Conflict);
    REQUIRE(p.projects.moveMilestone(p.officer32, late, today.addDays(3)).error().code == ErrorCode::InvalidInput);
    REQUIRE(p.projects.completeMilestone(p.officer32, later, today.addDays(1))
                .error()
                .message.contains(QStringLiteral("future")));
    REQUIRE(p.projects.moveMilestone(p.clerk, later, today.addDays(40)).error().code == ErrorCode::PermissionDenied);
    REQUIRE(p.projects.moveMilestone(p.officer32, later, today.addDays(40)).ok());
    REQUIRE(p.projects.milestone(later).value().due == today.addDays(40));
    REQUIRE(p.auditCount(QStringLiteral("milestone.added")) == 2);
    REQUIRE(p.auditCount(QStringLiteral("milestone.moved")) == 1);
    REQUIRE(p.auditCount(QStringLiteral("milestone.completed")) == 1);
}

TEST_CASE("the phase moves through the workflow engine, by the officer of the department", "[programme]")
{
    Programme p;
    const SubProjectId id = p.create(QStringLiteral("TP-01"));
    const SubProject sp = p.projects.get(id).value();
    WorkflowEngine engine(p.store.db());

    // The officer of another department may not start the concept.
    REQUIRE(engine.take(p.officer40, sp.workflowItem, {QStringLiteral("start_concept"), {}, {}, {}}).error().code ==
            ErrorCode::PermissionDenied);

    // The officer of FD32 finds the step on the task list and takes it.
    TaskList tasks = standardTaskList(p.store.db());
    const QList<Task> forOfficer = tasks.tasksFor(p.officer32).value();
    const Task *step = findTask(forOfficer, SubProjects::kItemType, QString::number(id.value));
    REQUIRE(step);
    REQUIRE(step->actions.first().transition == QStringLiteral("start_concept"));
    REQUIRE_FALSE(hasTask(tasks.tasksFor(p.officer40).value(), SubProjects::kItemType, QString::number(id.value)));
    REQUIRE(engine.take(p.officer32, sp.workflowItem, {QStringLiteral("start_concept"), {}, {}, sp.rowVersion}).ok());
    SubProject now = p.projects.get(id).value();
    REQUIRE(now.phase == QStringLiteral("concept"));
    REQUIRE(now.phaseLabel == QStringLiteral("Concept"));

    // The programme manager (of ZD) moves every department's sub-project, also where the
    // department's officer may.
    const SubProjectId other = p.create(QStringLiteral("TP-02"), QStringLiteral("FD40"));
    const SubProject second = p.projects.get(other).value();
    REQUIRE(engine.take(p.officer32, second.workflowItem, {QStringLiteral("start_concept"), {}, {}, {}}).error().code ==
            ErrorCode::PermissionDenied);
    REQUIRE(engine.take(p.manager, second.workflowItem, {QStringLiteral("start_concept"), {}, {}, {}}).ok());
    REQUIRE(p.projects.get(other).value().phase == QStringLiteral("concept"));

    // Deciding the implementation is the programme manager's step.
    auto forManager = tasks.tasksFor(p.manager).value();
    const Task *decide = findTask(forManager, SubProjects::kItemType, QString::number(id.value));
    REQUIRE(decide);
    REQUIRE(decide->actions.first().transition == QStringLiteral("start_implementation"));

    // A stopped sub-project drops out of the list without completed ones.
    REQUIRE(engine.take(p.manager, sp.workflowItem, {QStringLiteral("stop"), QStringLiteral("Merged"), {}, {}}).ok());
    SubProjectFilter open;
    open.includeCompleted = false;
    REQUIRE(p.projects.list(open).value().size() == 1);
    REQUIRE(p.projects.list().value().size() == 2);
    REQUIRE(p.projects.get(id).value().phaseLabel == QStringLiteral("Completed"));
}

TEST_CASE("ideas are recorded by anyone and decided by the manager or the department's officer", "[programme]")
{
    Programme p;
    Ideas ideas(p.store.db());
    const QDate today = p.store.clock.today();
    NewIdea n{QStringLiteral("Online dog licence"), QStringLiteral("Register dogs online"),
              QStringLiteral("Citizen Meyer"),      today.addDays(-2),
              IdeaSource::CitizenWorkshop,          p.department(QStringLiteral("FD32"))};
    REQUIRE(ideas.record(p.store.access().systemActor().value(), n).error().code == ErrorCode::PermissionDenied);
    NewIdea bad = n;
    bad.submittedOn = today.addDays(1);
    REQUIRE(ideas.record(p.clerk, bad).error().message.contains(QStringLiteral("future")));
    bad = n;
    bad.submittedBy = QStringLiteral(" ");
    REQUIRE(ideas.record(p.clerk, bad).error().code == ErrorCode::InvalidInput);
    bad = n;
    bad.department = DepartmentId(999);
    REQUIRE(ideas.record(p.clerk, bad).error().message.contains(QStringLiteral("department")));

    const IdeaId dogs = ideas.record(p.clerk, n).value();
    NewIdea second{QStringLiteral("Chatbot"),  {}, QStringLiteral("Innovation team"), {},
                   IdeaSource::InnovationTeam, {}};
    const IdeaId chatbot = ideas.record(p.clerk, second).value();
    auto listed = ideas.list().value();
    REQUIRE(listed.size() == 2);
    REQUIRE(listed.first().id == chatbot); // newest first
    REQUIRE(listed.first().submittedOn == today);

    // Deciding: not the clerk, not another department's officer; declining needs a reason.
    REQUIRE(ideas.decide(p.clerk, dogs, IdeaStatus::Review).error().code == ErrorCode::PermissionDenied);
    REQUIRE(ideas.decide(p.officer40, dogs, IdeaStatus::Review).error().code == ErrorCode::PermissionDenied);
    REQUIRE(ideas.decide(p.officer32, chatbot, IdeaStatus::Review).error().code == ErrorCode::PermissionDenied);
    const Error noReason = ideas.decide(p.officer32, dogs, IdeaStatus::Declined, QStringLiteral("  ")).error();
    REQUIRE(noReason.code == ErrorCode::InvalidInput);
    REQUIRE(noReason.message.contains(QStringLiteral("reason")));
    REQUIRE(ideas.decide(p.officer32, dogs, IdeaStatus::Declined, QStringLiteral("No budget")).ok());
    Idea declined = ideas.idea(dogs).value();
    REQUIRE(declined.status == IdeaStatus::Declined);
    REQUIRE(declined.decisionReason == QStringLiteral("No budget"));
    REQUIRE(declined.decidedByName == QStringLiteral("o.fd32"));
    REQUIRE(ideas.turnIntoSubProject(p.manager, dogs, p.draft(QStringLiteral("TP-DOG"))).error().code ==
            ErrorCode::InvalidInput);
    REQUIRE(ideas.list(IdeaStatus::Declined).value().size() == 1);

    // Back into review, then it becomes a sub-project that remembers it.
    REQUIRE(ideas.decide(p.officer32, dogs, IdeaStatus::Review).ok());
    const SubProjectId tp = ideas.turnIntoSubProject(p.officer32, dogs, p.draft(QStringLiteral("TP-DOG"))).value();
    const SubProject sp = p.projects.get(tp).value();
    REQUIRE(sp.idea == dogs);
    REQUIRE(p.store.db()
                .scalar(QStringLiteral("SELECT idea_id FROM subprojects WHERE id = ?"), {tp.value})
                .value()
                .toLongLong() == dogs.value);
    const Idea adopted = ideas.idea(dogs).value();
    REQUIRE(adopted.status == IdeaStatus::Adopted);
    REQUIRE(adopted.subProject == tp);
    REQUIRE(adopted.subProjectCode == QStringLiteral("TP-DOG"));
    // Adopted is final, and an idea becomes one sub-project only.
    REQUIRE(ideas.decide(p.manager, dogs, IdeaStatus::Declined, QStringLiteral("Changed mind")).error().code ==
            ErrorCode::Conflict);
    REQUIRE(ideas.turnIntoSubProject(p.manager, dogs, p.draft(QStringLiteral("TP-DOG2"))).error().code ==
            ErrorCode::Conflict);
    // An update without the idea keeps it.
    REQUIRE(p.projects.update(p.officer32, tp, p.draft(QStringLiteral("TP-DOG")), sp.rowVersion).ok());
    REQUIRE(p.projects.get(tp).value().idea == dogs);

    // A failed sub-project leaves the idea as it was.
    REQUIRE(ideas.turnIntoSubProject(p.manager, chatbot, p.draft(QStringLiteral("TP-DOG"))).error().code ==
            ErrorCode::Conflict);
    REQUIRE(ideas.idea(chatbot).value().status == IdeaStatus::New);
    REQUIRE(ideas.turnIntoSubProject(p.manager, chatbot, p.draft(QStringLiteral("TP-BOT"), QStringLiteral("ZD"))).ok());

    REQUIRE(p.auditCount(QStringLiteral("idea.recorded")) == 2);
    REQUIRE(p.auditCount(QStringLiteral("idea.decided")) == 4);
    REQUIRE(p.auditCount(QStringLiteral("idea.turned_into_subproject")) == 2);
    REQUIRE(p.auditCount(QStringLiteral("subproject.created")) == 2);
    REQUIRE(p.auditCount(QStringLiteral("workflow.started")) == 2);
    REQUIRE(AuditLog(p.store.db()).verify().ok());
}

TEST_CASE("milestone figures count per month due: on time, late with the delay, overdue", "[programme]")
{
    Programme p;
    const SubProjectId a = p.create(QStringLiteral("TP-01"));
    const SubProjectId b = p.create(QStringLiteral("TP-02"), QStringLiteral("FD40"));
    // Today is 2026-03-02 in the test store.
    auto add = [&](SubProjectId id, QDate due, QDate done) {
        auto m = p.projects.addMilestone(p.manager, id, QStringLiteral("M ") + due.toString(Qt::ISODate), due);
        REQUIRE(m.ok());
        if (done.isValid())
            REQUIRE(p.projects.completeMilestone(p.manager, *m, done).ok());
    };
    add(a, QDate(2026, 1, 10), QDate(2026, 1, 9));  // January: on time
    add(a, QDate(2026, 1, 20), QDate(2026, 1, 30)); // January: 10 days late
    add(b, QDate(2026, 1, 25), QDate(2026, 2, 28)); // January: 34 days late
    add(b, QDate(2026, 2, 5), {});                  // February: overdue
    add(a, QDate(2026, 3, 2), {});                  // due today: not overdue yet
    add(a, QDate(2026, 4, 1), {});                  // not due yet: not counted

    Actor processManager = p.store.user(QStringLiteral("p.process"), {Role::ProcessManager}, QStringLiteral("ZD"));
    auto months = MilestoneFigures::compute(p.store.db(), processManager);
    REQUIRE(months.ok());
    REQUIRE(months->size() == 3);
    const MilestoneMonth &jan = months->at(0);
    CHECK(jan.month == QStringLiteral("2026-01"));
    CHECK(jan.due == 3);
    CHECK(jan.onTime == 1);
    CHECK(jan.late == 2);
    CHECK(jan.overdue == 0);
    CHECK(jan.medianDelayDays == Approx(22.0));
    CHECK(months->at(1).month == QStringLiteral("2026-02"));
    CHECK(months->at(1).overdue == 1);
    CHECK(months->at(2).due == 1);
    CHECK(months->at(2).overdue == 0);

    auto fd40 = MilestoneFigures::compute(p.store.db(), p.manager, p.department(QStringLiteral("FD40")));
    REQUIRE(fd40.ok());
    REQUIRE(fd40->size() == 2);
    CHECK(fd40->at(0).late == 1);
    CHECK(fd40->at(0).medianDelayDays == Approx(34.0));
    CHECK(fd40->at(1).overdue == 1);

    auto february = MilestoneFigures::compute(p.store.db(), p.manager, {}, QDate(2026, 2, 1), QDate(2026, 2, 28));
    REQUIRE(february.ok());
    REQUIRE(february->size() == 1);
    CHECK(february->first().month == QStringLiteral("2026-02"));

    CHECK(MilestoneFigures::toCsv(*fd40) ==
          QByteArray("month,due,on_time,late,overdue,median_delay_days\n2026-01,1,0,1,0,34.0\n2026-02,1,0,0,1,0.0\n"));

    // Like the workflow figures: not for a clerk, and the refusal is audited.
    const int refusals = p.auditCount(QStringLiteral("access.denied"));
    CHECK(MilestoneFigures::compute(p.store.db(), p.clerk).error().code == ErrorCode::PermissionDenied);
    CHECK(p.auditCount(QStringLiteral("access.denied")) == refusals + 1);
}
