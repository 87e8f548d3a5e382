#include "support/teststore.h"

#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "models/tasklistmodel.h"
#include "pages/processfigurespage.h"
#include "pages/taskspage.h"
#include "programme/subprojects.h"
#include "workflow/workflowengine.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTableWidget>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

struct Office {
    Office()
    {
        clerk = store.user(QStringLiteral("j.hoffmann"), {Role::Clerk}, QStringLiteral("10"));
        manager = store.user(QStringLiteral("t.wagner"), {Role::ProcessManager});
        WorkflowEngine engine(store.db());
        const QDate today = store.clock.today();
        for (int i = 1; i <= 3; ++i) {
            auto id = engine.start(clerk, NewWorkflowItem{QStringLiteral("case"), QStringLiteral("test_case"), QString::number(i),
                                                          QStringLiteral("Vorgang %1").arg(i),
                                                          *store.access().departmentByCode(QStringLiteral("10")),
                                                          today.addDays(i - 2), {}});
            REQUIRE(id.ok());
            ids << *id;
        }
    }
    Session session(const Actor &actor)
    {
        Session s;
        auto db = Database::open(store.path(), store.clock);
        REQUIRE(db.ok());
        s.db = std::move(*db);
        s.actor = actor;
        s.location = StoreLocation{store.path(), StoreLocation::Source::CommandLine};
        return s;
    }

    TestStore store;
    Actor clerk, manager;
    QList<WorkflowItemId> ids;
};

} // namespace

TEST_CASE("the task page lists the person's tasks and takes a step", "[ui][tasks]")
{
    Office office;
    Session session = office.session(office.clerk);
    TasksPage page(session);
    QSignalSpy loaded(&page, &TasksPage::loaded);
    REQUIRE(loaded.wait(20000));
    REQUIRE(loaded.takeFirst().first().toInt() == 3);
    TaskListModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->task(0).overdue);
    REQUIRE(model->data(model->index(0, TaskListModel::Due)).toString().contains(QStringLiteral("overdue")));
    REQUIRE(model->data(model->index(0, TaskListModel::Steps)).toString() == QStringLiteral("Start work"));

    QSignalSpy taken(&page, &TasksPage::stepTaken);
    REQUIRE(page.takeStep(0, QStringLiteral("start_work"), {}, {}));
    REQUIRE(taken.size() == 1);
    REQUIRE(loaded.wait(20000));
    WorkflowEngine engine(*session.db);
    REQUIRE(engine.item(office.ids.first())->state == QStringLiteral("in_progress"));

    // A step on a task someone else changed meanwhile is refused with a message, nothing changes.
    const Task stale = model->task(1);
    REQUIRE(engine.take(office.clerk, stale.workflowItem, TransitionRequest{QStringLiteral("start_work"), {}, {}, std::nullopt}).ok());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(page.takeStep(1, QStringLiteral("start_work"), {}, {}));
    REQUIRE(MessageBox::lastText().contains(QStringLiteral("someone else")));
    REQUIRE(engine.history(stale.workflowItem)->size() == 2);
}

TEST_CASE("the process figures page shows a table and a chart, and exports CSV", "[ui][figures]")
{
    Office office;
    WorkflowEngine engine(office.store.db());
    for (const WorkflowItemId id : office.ids) {
        office.store.clock.advanceSeconds(7200);
        REQUIRE(engine.take(office.clerk, id, TransitionRequest{QStringLiteral("start_work"), {}, {}, std::nullopt}).ok());
    }
    Session session = office.session(office.manager);
    ProcessFiguresPage page(session);
    QSignalSpy loaded(&page, &ProcessFiguresPage::loaded);
    REQUIRE(loaded.wait(20000));
    REQUIRE(loaded.first().first().toInt() == 1);
    REQUIRE(page.table()->item(0, 2)->text() == QStringLiteral("Received"));
    REQUIRE(page.table()->item(0, 3)->text() == QStringLiteral("3"));
    REQUIRE(page.barCount() == 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figures.csv"));
    FileDialog::setNextAnswer(path);
    REQUIRE(page.exportCsv());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    REQUIRE(csv.startsWith(QStringLiteral("workflow,month,state")));
    REQUIRE(csv.contains(QStringLiteral(",received,Received,3,")));
    FileDialog::setNextAnswer(QString());
    REQUIRE_FALSE(page.exportCsv()); // cancelled
}

TEST_CASE("the process figures page shows the programme's milestones by month due", "[ui][figures]")
{
    Office office;
    const Actor programmeManager =
        office.store.user(QStringLiteral("p.lange"), {Role::ProgrammeManager}, QStringLiteral("10"));
    SubProjectDraft draft;
    draft.code = QStringLiteral("TP-01");
    draft.title = QStringLiteral("E-Akte im Bauamt");
    draft.lead = office.clerk.userId;
    draft.department = office.clerk.department;
    SubProjects projects(office.store.db());
    auto id = projects.create(programmeManager, draft);
    REQUIRE(id.ok());
    auto late = projects.addMilestone(programmeManager, *id, QStringLiteral("Pilot"), QDate(2026, 1, 10));
    REQUIRE(late.ok());
    REQUIRE(projects.completeMilestone(programmeManager, *late, QDate(2026, 1, 14)).ok());
    REQUIRE(projects.addMilestone(programmeManager, *id, QStringLiteral("Rollout"), QDate(2026, 2, 1)).ok());

    Session session = office.session(office.manager);
    ProcessFiguresPage page(session);
    QSignalSpy loaded(&page, &ProcessFiguresPage::loaded);
    REQUIRE(loaded.wait(20000));
    auto *choice = page.findChild<QComboBox *>();
    REQUIRE(choice);
    const int entry = choice->findData(ProcessFiguresPage::kMilestones);
    REQUIRE(entry >= 0);
    choice->setCurrentIndex(entry);
    REQUIRE(loaded.wait(20000));
    REQUIRE(loaded.last().first().toInt() == 2);
    QTableWidget *table = page.table();
    REQUIRE(table->columnCount() == 6);
    REQUIRE(table->rowCount() == 2);
    // Newest month first: February's milestone is overdue, January's was reached four days late.
    REQUIRE(table->item(0, 4)->text() == QStringLiteral("1"));
    REQUIRE(table->item(1, 3)->text() == QStringLiteral("1"));
    REQUIRE(table->item(1, 5)->text() == QStringLiteral("4.0"));
    REQUIRE(page.barCount() == 12); // the twelve months up to February, gaps included

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("milestones.csv"));
    FileDialog::setNextAnswer(path);
    REQUIRE(page.exportCsv());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    REQUIRE(f.readAll().startsWith("month,due,on_time,late,overdue,median_delay_days\n2026-01,1,0,1,0,4.0\n"));
}
