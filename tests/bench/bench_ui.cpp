// Benchmarks of the GUI at scale (not a test; run by tools/bench): stores of N cases and N
// documents written by SQL (tests/support/bulkrecords), then, offscreen as the application
// draws them:
//   bench_ui make N STORE     writes the store (a department with N cases and N documents in
//                             20 units, another with a tenth of that), if STORE does not exist
//   bench_ui startup STORE EMPTY
//                             the main window until its first page is drawn and the events are
//                             done, each start a process of its own, on STORE against EMPTY
//                             (medians of 5, alternating), with the start page and with the
//                             e-file as the first page
//   bench_ui lists STORE      the case and document lists of every file: open, scroll page by
//                             page, jump to the end, sort by another column, jump to the middle;
//                             time per step and resident memory, beside the same on 1,000 rows
//   bench_ui tasks STORE      the task list of a clerk of the department
//   bench_ui audit N STORE    the audit trail of an administrator, grown to N entries first
//                             (appended as the program appends them): the same steps as lists
#include "support/bulkrecords.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "common/application.h"
#include "common/settings.h"
#include "efile/fileplan.h"
#include "icons.h"
#include "mainwindow.h"
#include "models/auditlogmodel.h"
#include "models/caselistmodel.h"
#include "models/documentlistmodel.h"
#include "pages/recordlists.h"
#include "pages/taskspage.h"
#include "startup/session.h"
#include "store/database.h"
#include "store/transaction.h"
#include "tasks/standardtasks.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Resident memory of this process, MiB.
double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Lets the event loop run until what is queued now has been handled (twice, for what that posts).
void settle()
{
    for (int i = 0; i < 2; ++i) {
        QEventLoop loop;
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

double ms(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return t.nsecsElapsed() / 1e6;
}

int make(qint64 rows, const QString &path)
{
    if (QFile::exists(path)) {
        out << "make: " << path << " exists, kept\n";
        return 0;
    }
    QElapsedTimer t;
    t.start();
    auto db = Database::create(path, StoreKind::Test);
    if (!db)
        return out << db.error().message << "\n", 1;
    AccessService access(**db);
    if (!access.bootstrap(QStringLiteral("admin"), QStringLiteral("Admin")))
        return 1;
    const Actor admin = *access.actorForLogin(QStringLiteral("admin"));
    (void)access.createDepartment(admin, QStringLiteral("63"), QStringLiteral("Bauaufsicht"));
    (void)access.createDepartment(admin, QStringLiteral("51"), QStringLiteral("Jugend"));
    (void)access.createUser(admin, NewUser{QStringLiteral("clerk"), QStringLiteral("Clara Clerk"), {}, QStringLiteral("63")});
    (void)access.grantRole(admin, access.userByLogin(QStringLiteral("clerk"))->id, Role::Clerk);
    FilePlan plan(**db);
    const auto unit = [&](const QString &key, const QString &parent, const QString &department) {
        (void)plan.addUnit(admin, PlanUnit{{}, key, QStringLiteral("Einheit ") + key, {}, parent, {}, department, 30});
    };
    unit(QStringLiteral("6"), {}, QStringLiteral("63"));
    unit(QStringLiteral("5"), {}, QStringLiteral("51"));
    unit(QStringLiteral("51.1"), QStringLiteral("5"), QStringLiteral("51"));
    QStringList leaves;
    for (int i = 1; i <= 20; ++i) {
        leaves << QStringLiteral("63.%1").arg(i);
        unit(leaves.last(), QStringLiteral("6"), QStringLiteral("63"));
    }
    const UserId clerk = access.userByLogin(QStringLiteral("clerk"))->id;
    // N cases and N documents: 20 cases of one document in each file.
    if (rows >= 20) {
        if (Status s = BulkRecords{leaves, int(rows / 20), 20, 1, 50}.writeTo(**db, clerk); !s)
            return out << s.error().message << "\n", 1;
        if (Status s = BulkRecords{{QStringLiteral("51.1")}, int(std::max<qint64>(1, rows / 200)), 20, 1, 50}
                           .writeTo(**db, clerk);
            !s)
            return out << s.error().message << "\n", 1;
    }
    (void)(*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << QStringLiteral("make: %1 cases and documents (and a tenth more in another department) in %2 s, %3 MB\n")
               .arg(rows)
               .arg(t.elapsed() / 1000.0, 0, 'f', 1)
               .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0);
    return 0;
}

// One start in a process of its own, as the application starts: the application object, the
// session as the application opens it, the window, its first page drawn and the events that
// came with it handled. Prints the milliseconds since main() began.
int firstWindow(const QElapsedTimer &sinceMain, const QString &path, const QString &area)
{
    settings::lastArea.setValue(area);
    auto session = SessionOpener::open(StoreLocation{path, StoreLocation::Source::CommandLine}, QStringLiteral("clerk"));
    if (!session)
        return out << session.error().message << "\n", 1;
    MainWindow window(*session);
    window.show();
    (void)window.grab();
    settle();
    out << sinceMain.nsecsElapsed() / 1e6 << "\n";
    out.flush();
    // As the application quits: the window first, then what still runs in the background.
    window.close();
    return 0;
}

int startup(const QString &large, const QString &empty)
{
    // Each start is a process of its own; the wall time includes starting and ending it.
    const auto start = [](const QString &path, const QString &area, double *ready) {
        QProcess process;
        QElapsedTimer t;
        t.start();
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("first-window"), path, area});
        process.waitForFinished(60000);
        *ready = process.readAllStandardOutput().trimmed().toDouble();
        return t.nsecsElapsed() / 1e6;
    };
    double ignored = 0;
    (void)start(empty, QStringLiteral("start"), &ignored); // the disk cache holds the program's files
    out << "Start-up to a usable main window, each start a new process (median of 5, the stores "
           "alternating), ms: ready = from main() to the first page drawn and its events handled; "
           "process = the whole process, start to exit\n";
    for (const QString &area : {QStringLiteral("start"), QStringLiteral("efile")}) {
        QList<double> big, small, bigProcess, smallProcess;
        for (int round = 0; round < 5; ++round) {
            double ready = 0;
            smallProcess << start(empty, area, &ready);
            small << ready;
            bigProcess << start(large, area, &ready);
            big << ready;
        }
        out << QStringLiteral("  first page %1: ready: large store %2, empty store %3, ratio %4 (goals < 1000, <= 1.5); "
                              "process: %5 and %6\n")
                   .arg(area, -6)
                   .arg(median(big), 0, 'f', 0)
                   .arg(median(small), 0, 'f', 0)
                   .arg(median(big) / median(small), 0, 'f', 2)
                   .arg(median(bigProcess), 0, 'f', 0)
                   .arg(median(smallProcess), 0, 'f', 0);
        const bool met = median(big) < 1000 && median(big) <= 1.5 * median(small);
        out << QStringLiteral("RESULT\tstart-up to a usable window, first page %1 (vs empty store)\t%2\t%3\tms\t"
                              "< 1000 ms, <= 1.5x\t%4\n")
                   .arg(area)
                   .arg(median(big), 0, 'f', 0)
                   .arg(median(small), 0, 'f', 0)
                   .arg(met ? QStringLiteral("yes") : QStringLiteral("NO"));
    }
    return 0;
}

struct Steps {
    double open = 0, length = 0, outline = 0, pageMedian = 0, pageMax = 0, end = 0, sort = 0, endAfterSort = 0,
           middle = 0;
    double rssOpen = 0, rssScrolled = 0, rssEnd = 0;
    int rows = 0, cached = 0;
};

// The steps a person takes in a list, each followed by drawing what is on screen.
Steps walk(PagedTableModel *model, QTableView *view, const std::function<void()> &open, int sortColumn)
{
    Steps s;
    QElapsedTimer since;
    since.start();
    s.open = ms([&] {
        open();
        view->viewport()->repaint();
    });
    s.rssOpen = rssMiB();
    QEventLoop wait;
    QObject::connect(model, &PagedTableModel::lengthKnown, &wait, &QEventLoop::quit);
    QObject::connect(model, &PagedTableModel::outlineReady, &wait, &QEventLoop::quit);
    QTimer timeout; // an outline that fails says nothing: the steps go on without it
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &wait, &QEventLoop::quit);
    timeout.start(120000);
    if (!model->isComplete())
        wait.exec();
    s.length = since.nsecsElapsed() / 1e6;
    if (model->rowCount() > 2 * PagedTableModel::kStep)
        wait.exec();
    s.outline = since.nsecsElapsed() / 1e6;
    s.rows = model->rowCount();
    QList<double> pages;
    for (int i = 0; i < 30; ++i)
        pages << ms([&] {
            view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
            view->viewport()->repaint();
        });
    s.pageMedian = median(pages);
    s.pageMax = *std::max_element(pages.cbegin(), pages.cend());
    s.rssScrolled = rssMiB();
    s.end = ms([&] {
        view->scrollToBottom();
        view->viewport()->repaint();
    });
    s.middle = ms([&] {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        view->viewport()->repaint();
    });
    s.sort = ms([&] {
        view->sortByColumn(sortColumn, Qt::DescendingOrder);
        view->viewport()->repaint();
    });
    s.endAfterSort = ms([&] {
        view->scrollToBottom();
        view->viewport()->repaint();
    });
    s.rssEnd = rssMiB();
    s.cached = model->cachedRows();
    return s;
}

void print(const QString &what, const Steps &s)
{
    out << QStringLiteral("  %1 %2 rows: open %3 | length known %4, outline %5 | page down median %6, max %7 | "
                          "end %8 | middle %9 | sort %10 | end after sort %11 | RSS MiB open %12, scrolled %13, "
                          "after all %14 | rows held %15\n")
               .arg(what, -10)
               .arg(s.rows, 8)
               .arg(s.open, 0, 'f', 1)
               .arg(s.length, 0, 'f', 0)
               .arg(s.outline, 0, 'f', 0)
               .arg(s.pageMedian, 0, 'f', 1)
               .arg(s.pageMax, 0, 'f', 1)
               .arg(s.end, 0, 'f', 1)
               .arg(s.middle, 0, 'f', 1)
               .arg(s.sort, 0, 'f', 1)
               .arg(s.endAfterSort, 0, 'f', 1)
               .arg(s.rssOpen, 0, 'f', 0)
               .arg(s.rssScrolled, 0, 'f', 0)
               .arg(s.rssEnd, 0, 'f', 0)
               .arg(s.cached);
    // For tools/bench's table: the slowest step a person waits for (the count and the outline
    // arrive in the background), and what the list holds in memory after all steps.
    const double slowest = std::max({s.open, s.pageMax, s.end, s.middle, s.sort, s.endAfterSort});
    out << QStringLiteral("RESULT\tlist %1 (%2 rows): slowest step\t%3\t–\tms\t< 100 ms\t%4\n")
               .arg(what)
               .arg(s.rows)
               .arg(slowest, 0, 'f', 1)
               .arg(slowest < 100 ? QStringLiteral("yes") : QStringLiteral("NO"));
    out << QStringLiteral("RESULT\tlist %1: RSS after all steps vs with the list open\t%2\t%3\tMiB\t"
                          "grows with the screen\t%4\n")
               .arg(what)
               .arg(s.rssEnd, 0, 'f', 0)
               .arg(s.rssOpen, 0, 'f', 0)
               .arg(s.cached <= 4 * PagedTableModel::kStep ? QStringLiteral("yes") : QStringLiteral("NO"));
}

int lists(const QString &path)
{
    auto session = SessionOpener::open(StoreLocation{path, StoreLocation::Source::CommandLine}, QStringLiteral("clerk"));
    if (!session)
        return out << session.error().message << "\n", 1;
    Database &db = *session->db;
    const PlanUnitId oneUnit = FilePlan(db).unit(QStringLiteral("63.7"))->id;
    out << "Lists of every file the clerk may see, offscreen in a 1200 x 800 view, ms (goal: each step < 100):\n";
    const auto run = [&](const QString &what, PagedTableModel *model, const ListScope &scope, int sortColumn,
                         const std::function<void(const ListScope &)> &setScope) {
        QTableView view;
        setUpListView(&view, model);
        view.resize(1200, 800);
        view.show();
        print(what, walk(model, &view, [&] { setScope(scope); }, sortColumn));
    };
    out << QStringLiteral("  RSS with the store open: %1 MiB\n").arg(rssMiB(), 0, 'f', 0);
    {
        CaseListModel model(db, session->actor);
        run(QStringLiteral("cases"), &model, ListScope::all(), CaseListModel::Subject,
            [&](const ListScope &scope) { model.setScope(scope); });
    }
    {
        DocumentListModel model(db, session->actor);
        run(QStringLiteral("documents"), &model, ListScope::all(), DocumentListModel::Title,
            [&](const ListScope &scope) { model.setScope(scope); });
    }
    // The anchor: the same steps on the lists of one file plan unit (a twentieth).
    {
        CaseListModel model(db, session->actor);
        run(QStringLiteral("unit cases"), &model, ListScope::ofUnit(oneUnit), CaseListModel::State,
            [&](const ListScope &scope) { model.setScope(scope); });
    }
    {
        DocumentListModel model(db, session->actor);
        run(QStringLiteral("unit docs"), &model, ListScope::ofUnit(oneUnit), DocumentListModel::Date,
            [&](const ListScope &scope) { model.setScope(scope); });
    }
    QThreadPool::globalInstance()->waitForDone();
    return 0;
}

int audit(qint64 entries, const QString &path)
{
    auto session =
        SessionOpener::open(StoreLocation{path, StoreLocation::Source::CommandLine}, QStringLiteral("admin"));
    if (!session)
        return out << session.error().message << "\n", 1;
    Database &db = *session->db;
    AuditLog log(db);
    QElapsedTimer t;
    t.start();
    const auto counted = log.count();
    const qint64 before = counted ? *counted : 0;
    // Appended as the program appends them (hash chain and all), 10,000 to a transaction.
    for (qint64 n = before; n < entries;) {
        Transaction tx(db);
        for (const qint64 end = std::min(entries, n + 10000); n < end; ++n) {
            if (auto id = log.append(session->actor.record(QStringLiteral("file.viewed"), QStringLiteral("file"),
                                                           QString::number(n % 1000 + 1)));
                !id)
                return out << id.error().message << "\n", 1;
        }
        if (Status s = tx.commit(); !s)
            return out << s.error().message << "\n", 1;
    }
    if (entries > before)
        out << QStringLiteral("audit: %1 entries appended in %2 s\n")
                   .arg(entries - before)
                   .arg(t.elapsed() / 1000.0, 0, 'f', 1);
    out << "Audit trail of an administrator, offscreen in a 1200 x 800 view, ms (goal: each step < 100; the trail "
           "has one order, so \"sort\" only redraws):\n";
    AuditLogModel model(db, session->actor);
    QTableView view;
    setUpListView(&view, &model);
    view.resize(1200, 800);
    view.show();
    print(QStringLiteral("audit"), walk(
                                       &model, &view, [&] { model.reload(); }, AuditLogModel::Time));
    QThreadPool::globalInstance()->waitForDone();
    return 0;
}

int tasks(const QString &path)
{
    auto session =
        SessionOpener::open(StoreLocation{path, StoreLocation::Source::CommandLine}, QStringLiteral("clerk"));
    if (!session)
        return out << session.error().message << "\n", 1;
    auto open = session->db->scalar(QStringLiteral("SELECT count(*) FROM workflow_items WHERE is_open = 1"));
    const auto measure = [&](int limit, int *found, bool *more) {
        QList<double> times;
        for (int round = 0; round < 3; ++round)
            times << ms([&] {
                auto list = standardTaskList(*session->db).tasksFor(session->actor, limit, more);
                *found = list ? int(list->size()) : -1;
            });
        return median(times);
    };
    int shown = 0, all = 0;
    bool more = false, ignored = false;
    const double page = measure(TasksPage::kShown, &shown, &more);
    const double everything = measure(-1, &all, &ignored);
    out << QStringLiteral("Task list of a clerk, %1 open cases in the store (median of 3): the page's %2 soonest "
                          "due%3 in %4 ms; all %5 (as the command line lists them) in %6 ms\n")
               .arg(open->toLongLong())
               .arg(shown)
               .arg(more ? QStringLiteral(" (more wait)") : QString())
               .arg(page, 0, 'f', 0)
               .arg(all)
               .arg(everything, 0, 'f', 0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window remembers its area and geometry: in a folder of the run, not the person's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    Application::setIdentity();
    installIconTheme();
    const QStringList args = app.arguments();
    const QString what = args.value(1);
    if (what == QStringLiteral("make") && args.size() == 4)
        return make(args.at(2).toLongLong(), args.at(3));
    if (what == QStringLiteral("startup") && args.size() == 4)
        return startup(args.at(2), args.at(3));
    if (what == QStringLiteral("first-window") && args.size() == 4)
        return firstWindow(sinceMain, args.at(2), args.at(3));
    if (what == QStringLiteral("lists") && args.size() == 3)
        return lists(args.at(2));
    if (what == QStringLiteral("audit") && args.size() == 4)
        return audit(args.at(2).toLongLong(), args.at(3));
    if (what == QStringLiteral("tasks") && args.size() == 3)
        return tasks(args.at(2));
    std::fprintf(stderr,
                 "usage: bench_ui make N STORE | startup STORE EMPTY | lists STORE | tasks STORE | audit N STORE\n");
    return 2;
}
