#include "support/teststore.h"

#include "workflow/processfigures.h"
#include "tasks/standardtasks.h"
#include "workflow/workflowengine.h"

#include <catch2/catch.hpp>

using namespace amtsdesk;

namespace {

WorkflowItemId startCase(TestStore &store, const Actor &actor, const QString &ref, const QString &department, QDate due = {})
{
    WorkflowEngine engine(store.db());
    auto dep = store.access().departmentByCode(department);
    REQUIRE(dep.ok());
    auto id = engine.start(actor, NewWorkflowItem{QStringLiteral("case"), QStringLiteral("test_case"), ref,
                                                  QStringLiteral("Vorgang ") + ref, *dep, due, {}});
    REQUIRE(id.ok());
    return *id;
}

QStringList refs(const QList<Task> &tasks)
{
    QStringList result;
    for (const Task &t : tasks)
        result << t.itemRef;
    return result;
}

} // namespace

TEST_CASE("the task list shows what waits for the actor's roles and departments, by due date", "[workflow][tasks]")
{
    TestStore store;
    const Actor clerk = store.user(QStringLiteral("j.hoffmann"), {Role::Clerk}, QStringLiteral("10"));
    const Actor other = store.user(QStringLiteral("l.lange"), {Role::Clerk}, QStringLiteral("50"));
    const Actor signatory = store.user(QStringLiteral("m.schulz"), {Role::Signatory}, QStringLiteral("10"));
    const QDate today = store.clock.today();
    startCase(store, clerk, QStringLiteral("late"), QStringLiteral("10"), today.addDays(-2));
    startCase(store, clerk, QStringLiteral("undated"), QStringLiteral("10"));
    startCase(store, clerk, QStringLiteral("soon"), QStringLiteral("10"), today.addDays(3));
    startCase(store, other, QStringLiteral("elsewhere"), QStringLiteral("50"), today.addDays(1));

    const TaskList list = standardTaskList(store.db());
    auto tasks = list.tasksFor(clerk);
    REQUIRE(tasks.ok());
    REQUIRE(refs(*tasks) == QStringList{QStringLiteral("late"), QStringLiteral("soon"), QStringLiteral("undated")});
    REQUIRE(tasks->first().overdue);
    REQUIRE_FALSE(tasks->at(1).overdue);
    REQUIRE(tasks->first().kind == QStringLiteral("Case"));
    REQUIRE(tasks->first().state == QStringLiteral("Received"));
    REQUIRE(tasks->first().actions.first().transition == QStringLiteral("start_work"));
    REQUIRE_FALSE(tasks->first().onBehalfOf.has_value());

    // Nothing waits for the signatory until a clerk asks for the final signature.
    REQUIRE(list.tasksFor(signatory)->isEmpty());
    REQUIRE(refs(*list.tasksFor(other)) == QStringList{QStringLiteral("elsewhere")});
}

TEST_CASE("a deputy sees the principal's tasks, marked i.V., and closed items leave the list", "[workflow][tasks]")
{
    TestStore store;
    const Actor clerk = store.user(QStringLiteral("j.hoffmann"), {Role::Clerk}, QStringLiteral("10"));
    const Actor deputy = store.user(QStringLiteral("s.koch"), {Role::Clerk}, QStringLiteral("11"));
    const WorkflowItemId id = startCase(store, clerk, QStringLiteral("A-1"), QStringLiteral("10"));
    const TaskList list = standardTaskList(store.db());
    REQUIRE(list.tasksFor(deputy)->isEmpty());
    REQUIRE(store.access().addDeputy(store.admin(), clerk.userId, deputy.userId, store.clock.today(), store.clock.today().addDays(7)).ok());
    auto tasks = list.tasksFor(deputy);
    REQUIRE(refs(*tasks) == QStringList{QStringLiteral("A-1")});
    REQUIRE(*tasks->first().onBehalfOf == clerk.userId);
    REQUIRE(tasks->first().onBehalfOfName == QStringLiteral("j.hoffmann"));

    WorkflowEngine engine(store.db());
    REQUIRE(engine.take(clerk, id, TransitionRequest{QStringLiteral("start_work"), {}, {}, std::nullopt}).ok());
    REQUIRE(engine.take(clerk, id, TransitionRequest{QStringLiteral("close_to_file"), {}, {}, std::nullopt}).ok());
    REQUIRE(list.tasksFor(clerk)->isEmpty());
    REQUIRE(list.tasksFor(deputy)->isEmpty());
}

TEST_CASE("with a limit, the task list gives the soonest due and says that more wait", "[workflow][tasks]")
{
    TestStore store;
    const Actor clerk = store.user(QStringLiteral("j.hoffmann"), {Role::Clerk}, QStringLiteral("10"));
    const Actor other = store.user(QStringLiteral("l.lange"), {Role::Clerk}, QStringLiteral("50"));
    const QDate today = store.clock.today();
    // 250 cases, due in reverse order of their creation, and a few undated ones.
    for (int i = 0; i < 250; ++i)
        startCase(store, clerk, QStringLiteral("c%1").arg(i), QStringLiteral("10"), today.addDays(250 - i));
    for (int i = 0; i < 3; ++i)
        startCase(store, clerk, QStringLiteral("u%1").arg(i), QStringLiteral("10"));
    const WorkflowItemId coSigned = startCase(store, clerk, QStringLiteral("co"), QStringLiteral("10"), today.addDays(400));
    WorkflowEngine engine(store.db());
    REQUIRE(engine.take(clerk, coSigned, TransitionRequest{QStringLiteral("start_work"), {}, {}, std::nullopt}).ok());
    REQUIRE(engine.take(clerk, coSigned, TransitionRequest{QStringLiteral("request_co_signing"), {}, {}, std::nullopt}).ok());

    const TaskList list = standardTaskList(store.db());
    bool more = false;
    auto first = list.tasksFor(clerk, 10, &more);
    REQUIRE(first.ok());
    REQUIRE(more);
    REQUIRE(refs(*first) == QStringList{QStringLiteral("c249"), QStringLiteral("c248"), QStringLiteral("c247"),
                                        QStringLiteral("c246"), QStringLiteral("c245"), QStringLiteral("c244"),
                                        QStringLiteral("c243"), QStringLiteral("c242"), QStringLiteral("c241"),
                                        QStringLiteral("c240")});
    auto all = list.tasksFor(clerk, -1, &more);
    REQUIRE_FALSE(more);
    REQUIRE(all->size() == 254);
    REQUIRE(refs(*all).mid(251) == QStringList{QStringLiteral("u0"), QStringLiteral("u1"), QStringLiteral("u2")});
    auto enough = list.tasksFor(clerk, 254, &more);
    REQUIRE(enough->size() == 254);
    REQUIRE_FALSE(more);
    // A clerk of another department: nothing, not even the co-signing open to clerks, since a
    // case is co-signed only within its department (who may not read it may not sign it).
    REQUIRE(list.tasksFor(other, 10, &more)->isEmpty());
    REQUIRE_FALSE(more);
}

TEST_CASE("process figures: median and 90th percentile per state and month, from the history", "[workflow][figures]")
{
    TestStore store;
    const Actor clerk = store.user(QStringLiteral("j.hoffmann"), {Role::Clerk}, QStringLiteral("10"));
    const Actor manager = store.user(QStringLiteral("t.wagner"), {Role::ProcessManager});
    WorkflowEngine engine(store.db());
    // Ten cases wait 1, 2, …, 10 hours in "received", then 24 hours in "in_progress".
    for (int i = 1; i <= 10; ++i) {
        const WorkflowItemId id = startCase(store, clerk, QString::number(i), QStringLiteral("10"));
        store.clock.advanceSeconds(i * 3600);
        REQUIRE(engine.take(clerk, id, TransitionRequest{QStringLiteral("start_work"), {}, {}, std::nullopt}).ok());
        store.clock.advanceSeconds(24 * 3600);
        REQUIRE(engine.take(clerk, id, TransitionRequest{QStringLiteral("close_to_file"), {}, {}, std::nullopt}).ok());
    }
    REQUIRE(ProcessFigures::compute(store.db(), clerk).error().code == ErrorCode::PermissionDenied);
    auto figures = ProcessFigures::compute(store.db(), manager, QStringLiteral("case"));
    REQUIRE(figures.ok());
    QHash<QString, StateFigure> byState;
    int stays = 0;
    for (const StateFigure &f : *figures) {
        stays += f.stays;
        if (f.month == QStringLiteral("2026-03"))
            byState.insert(f.state, f);
    }
    REQUIRE(stays == 20);
    // The clock runs from 2 March 09:30 over about twelve days: all in March.
    REQUIRE(byState.value(QStringLiteral("received")).stays == 10);
    REQUIRE(byState.value(QStringLiteral("received")).medianHours == Approx(5.5));
    REQUIRE(byState.value(QStringLiteral("received")).p90Hours == Approx(9.1));
    REQUIRE(byState.value(QStringLiteral("in_progress")).medianHours == Approx(24.0));
    REQUIRE(byState.value(QStringLiteral("received")).stateLabel == QStringLiteral("Received"));
    REQUIRE_FALSE(byState.contains(QStringLiteral("closed"))); // nobody leaves a final state

    const QString csv = QString::fromUtf8(ProcessFigures::toCsv(*figures));
    REQUIRE(csv.startsWith(QStringLiteral("workflow,month,state,state_label,stays,median_hours,p90_hours\n")));
    REQUIRE(csv.contains(QStringLiteral("case,2026-03,received,Received,10,5.50,9.10\n")));

    // A period without stays has no figures.
    REQUIRE(ProcessFigures::compute(store.db(), manager, QStringLiteral("case"), QDate(2025, 1, 1), QDate(2025, 12, 31))->isEmpty());
}

TEST_CASE("percentiles interpolate linearly", "[workflow][figures]")
{
    REQUIRE(ProcessFigures::percentile({}, 50) == 0);
    REQUIRE(ProcessFigures::percentile({7}, 90) == 7);
    REQUIRE(ProcessFigures::percentile({1, 2, 3, 4}, 50) == Approx(2.5));
    REQUIRE(ProcessFigures::percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90) == Approx(9.1));
    REQUIRE(ProcessFigures::percentile({0, 100}, 100) == 100);
}

TEST_CASE("CSV cells that look like formulas are defused", "[workflow][figures]")
{
    StateFigure f;
    f.workflowKey = QStringLiteral("case");
    f.month = QStringLiteral("2026-01");
    f.state = QStringLiteral("x");
    f.stateLabel = QStringLiteral("=HYPERLINK(\"http://evil\")");
    const QString csv = QString::fromUtf8(ProcessFigures::toCsv({f}));
    REQUIRE(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\"")));
}
