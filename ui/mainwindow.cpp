#include "mainwindow.h"

#include "invoice/invoicewindow.h"

#include "access/role.h"
#include "backup/backupscheduler.h"
#include "common/settings.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "efile/documentservice.h"
#include "efile/fileplan.h"
#include "pages/auditlogpage.h"
#include "pages/disposalpage.h"
#include "pages/efilepage.h"
#include "pages/invoiceinboxpage.h"
#include "pages/peoplepage.h"
#include "pages/processfigurespage.h"
#include "pages/programmepage.h"
#include "pages/searchpage.h"
#include "pages/startpage.h"
#include "pages/taskspage.h"
#include "preview/documentwindow.h"
#include "preview/pdfview.h"
#include "workflow/workflowregistry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace amtsdesk::ui {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_navigation(new QListWidget), m_pages(new QStackedWidget)
{
    setWindowTitle(tr("Amtsdesk"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("amtsdesk")));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAccessibleName(tr("Areas"));

    auto *splitter = new QSplitter;
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_backups = new BackupScheduler(m_session, this);
    buildAreas();
    buildMenus();
    // The area names are never cut off, whatever the pages ask for or a saved splitter says.
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->spacing() +
                                  style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *who = new QLabel(tr("Signed in as %1").arg(m_session.actor.signature()));
    QString storeText = QDir::toNativeSeparators(m_session.db->path());
    if (m_session.db->kind() == StoreKind::Demo)
        storeText = tr("Demo store: %1").arg(storeText);
    statusBar()->addWidget(who);
    statusBar()->addPermanentWidget(new QLabel(storeText));

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_areas.size())
            return;
        Area &area = m_areas[row];
        const bool builtBefore = area.page != nullptr;
        m_pages->setCurrentWidget(buildPage(area));
        // Tasks, figures, the disposal list, the inbox and the programme change as colleagues
        // work: they are shown fresh when opened.
        if (area.refresh == Area::Refresh::WhenShown || (builtBefore && area.refresh == Area::Refresh::WhenShownAgain))
            area.reload(area.page);
    });

    // The scheduled backup runs while anyone works here, in the background; the start page,
    // where it is built, shows it running.
    connect(m_backups, &BackupScheduler::started, this, [this] {
        if (isBuilt(QStringLiteral("start")))
            startPage()->setBackupRunning(true);
        statusBar()->showMessage(tr("Making the scheduled backup…"), 10000);
    });
    connect(m_backups, &BackupScheduler::finished, this, [this](bool ok, const QString &message) {
        if (isBuilt(QStringLiteral("start"))) {
            startPage()->setBackupRunning(false);
            startPage()->refresh(); // the trail has the backup's entry now
        }
        statusBar()->showMessage(
            ok ? tr("Backup written and verified: %1").arg(message) : tr("The backup failed: %1").arg(message), 15000);
    });
    m_backups->start();

    resize(1200, 760);
    restoreGeometry(settings::mainWindowGeometry.value());
    restoreState(settings::mainWindowState.value());
    if (!showArea(settings::lastArea.value()))
        showArea(QStringLiteral("start"));
    resumeWatching();
}

namespace {

// An area's reload for its page type.
template <typename Page>
std::function<void(QWidget *)> reloadOf(void (Page::*reload)())
{
    return [reload](QWidget *page) { (static_cast<Page *>(page)->*reload)(); };
}

} // namespace

void MainWindow::buildAreas()
{
    // Only the names go into the navigation now; each page is built when its area is first
    // shown, so that start-up reads nothing a person has not asked for.
    const auto status = [this](const QString &text) { statusBar()->showMessage(text, 10000); };
    using Refresh = Area::Refresh;
    m_areas = {
        {QStringLiteral("start"), tr("Start"), QStringLiteral("go-home"), tr("You, your roles and the store"),
         [this] {
             auto *page = new StartPage(m_session);
             page->setBackupRunning(m_backups->isRunning());
             connect(page, &StartPage::backupRequested, this, [this] { m_backups->checkNow(true); });
             return page;
         },
         reloadOf(&StartPage::refresh)},
        {QStringLiteral("efile"), tr("E-Files"), QStringLiteral("folder"), tr("File plan, files, cases and documents"),
         [this, status] {
             auto *page = new EFilePage(m_session);
             connect(page, &EFilePage::message, this, status);
             connect(page, &EFilePage::openDocumentRequested, this,
                     [this](DocumentId document, int number) { openDocument(document, number); });
             return page;
         },
         reloadOf(&EFilePage::reload)},
        {QStringLiteral("search"), tr("Search"), QStringLiteral("search"),
         tr("Full-text search in the documents you may read"),
         [this] {
             auto *page = new SearchPage(m_session);
             connect(page, &SearchPage::openHit, this,
                     [this](FileId file, CaseId caseId, DocumentId document, int number, const QStringList &terms) {
                         showArea(QStringLiteral("efile"));
                         EFilePage *efile = efilePage();
                         efile->selectFile(file);
                         efile->selectCase(caseId);
                         efile->selectDocument(document);
                         openDocument(document, number, terms);
                     });
             return page;
         },
         [](QWidget *) {}},
        {QStringLiteral("invoices"), tr("Invoice Inbox"), QStringLiteral("invoice"),
         tr("Incoming e-invoices: check, approve with four eyes, hand over to finance"),
         [this, status] {
             auto *page = new InvoiceInboxPage(m_session);
             connect(page, &InvoiceInboxPage::message, this, status);
             connect(page, &InvoiceInboxPage::openInvoiceFile, this, [this](const QString &path) { openInvoice(path); });
             return page;
         },
         reloadOf(&InvoiceInboxPage::reload), Refresh::WhenShownAgain},
        {QStringLiteral("tasks"), tr("Tasks"), QStringLiteral("tasks"), tr("What waits for you, also as deputy"),
         [this] {
             auto *page = new TasksPage(m_session);
             connect(page, &TasksPage::stepTaken, this,
                     [this](const QString &message) { statusBar()->showMessage(message, 8000); });
             return page;
         },
         reloadOf(&TasksPage::reload), Refresh::WhenShownAgain},
        {QStringLiteral("programme"), tr("Programme"), QStringLiteral("programme"),
         tr("Sub-projects, OZG services, training and ideas of the digitalisation programme, and its status report"),
         [this, status] {
             auto *page = new ProgrammePage(m_session);
             connect(page, &ProgrammePage::message, this, status);
             return page;
         },
         reloadOf(&ProgrammePage::reload), Refresh::WhenShown},
    };
    const Actor &actor = m_session.actor;
    const bool admin = actor.hasRole(Role::Administrator);
    if (actor.hasRole(Role::Clerk) || actor.hasRole(Role::Signatory)) {
        m_areas << Area{QStringLiteral("disposal"), tr("Disposal"), QStringLiteral("disposal"),
                        tr("Closed files past their retention period: destruction with a second person's approval"),
                        [this, status] {
                            auto *page = new DisposalPage(m_session);
                            connect(page, &DisposalPage::message, this, status);
                            return page;
                        },
                        reloadOf(&DisposalPage::reload), Refresh::WhenShownAgain};
    }
    if (actor.hasRole(Role::ProcessManager) || actor.hasRole(Role::ProgrammeManager) || admin) {
        m_areas << Area{QStringLiteral("figures"), tr("Process Figures"), QStringLiteral("figures"),
                        tr("Where the processes wait: time per state and month"),
                        [this] { return new ProcessFiguresPage(m_session); }, reloadOf(&ProcessFiguresPage::reload),
                        Refresh::WhenShownAgain};
    }
    if (admin) {
        m_areas << Area{QStringLiteral("people"), tr("People"), QStringLiteral("people"),
                        tr("Departments, users and their roles"), [this] { return new PeoplePage(m_session); },
                        reloadOf(&PeoplePage::reload)}
                << Area{QStringLiteral("audit"), tr("Audit Trail"), QStringLiteral("audit"),
                        tr("Every change in the store"), [this] { return new AuditLogPage(m_session); },
                        reloadOf(&AuditLogPage::reload)};
    }
    for (const Area &area : std::as_const(m_areas)) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(area.icon), area.title, m_navigation);
        item->setToolTip(area.toolTip);
        item->setData(Qt::UserRole, area.key);
    }
}

QWidget *MainWindow::buildPage(Area &area)
{
    if (!area.page) {
        area.page = area.build();
        m_pages->addWidget(area.page);
    }
    return area.page;
}

QWidget *MainWindow::page(const QString &key)
{
    for (Area &area : m_areas) {
        if (area.key == key)
            return buildPage(area);
    }
    return nullptr;
}

bool MainWindow::isBuilt(const QString &key) const
{
    for (const Area &area : m_areas) {
        if (area.key == key)
            return area.page != nullptr;
    }
    return false;
}

StartPage *MainWindow::startPage()
{
    return static_cast<StartPage *>(page(QStringLiteral("start")));
}

TasksPage *MainWindow::tasksPage()
{
    return static_cast<TasksPage *>(page(QStringLiteral("tasks")));
}

EFilePage *MainWindow::efilePage()
{
    return static_cast<EFilePage *>(page(QStringLiteral("efile")));
}

SearchPage *MainWindow::searchPage()
{
    return static_cast<SearchPage *>(page(QStringLiteral("search")));
}

DisposalPage *MainWindow::disposalPage()
{
    return static_cast<DisposalPage *>(page(QStringLiteral("disposal")));
}

AuditLogPage *MainWindow::auditPage()
{
    return static_cast<AuditLogPage *>(page(QStringLiteral("audit")));
}

InvoiceInboxPage *MainWindow::invoicePage()
{
    return static_cast<InvoiceInboxPage *>(page(QStringLiteral("invoices")));
}

void MainWindow::resumeWatching()
{
    // A scanner or invoice folder watched before the last exit is watched again by its page:
    // those pages are built once the window is up, not when their area is first opened.
    const QString store = m_session.db->path();
    const bool scanner = !settings::inboxFolder.value().isEmpty() && settings::inboxStore.value() == store;
    const bool invoices = !settings::invoiceFolder.value().isEmpty() && settings::invoiceFolderStore.value() == store;
    if (!scanner && !invoices)
        return;
    QTimer::singleShot(0, this, [this, scanner, invoices] {
        if (scanner)
            page(QStringLiteral("efile"));
        if (invoices)
            page(QStringLiteral("invoices"));
    });
}

InvoiceWindow *MainWindow::openInvoice(const QString &given)
{
    const QString path =
        given.isEmpty() ? FileDialog::openFileName(this, tr("Open e-invoice"),
                                                   QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                                   tr("E-invoices (*.xml *.pdf);;All files (*)"))
                        : given;
    if (path.isEmpty())
        return nullptr;
    auto *window = new InvoiceWindow(path);
    if (!window->isLoaded()) {
        MessageBox::critical(this, tr("Open e-invoice"), window->errorText());
        window->close();
        return nullptr;
    }
    connect(window, &InvoiceWindow::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    window->show();
    return window;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *reload = file->addAction(tr("&Reload"), this, &MainWindow::reloadCurrent);
    reload->setShortcut(QKeySequence::Refresh);
    QAction *check = file->addAction(tr("&Check store"), this, [this] {
        showArea(QStringLiteral("start"));
        startPage()->verifyStore();
    });
    check->setToolTip(tr("Checks the database, the audit trail and every document's hash"));
    QAction *invoice = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open &e-invoice…"), this,
                                       [this] { openInvoice(); });
    invoice->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    invoice->setToolTip(tr("Shows an XRechnung or a ZUGFeRD / Factur-X PDF for reading, with its check"));
    const Actor &actor = m_session.actor;
    if (actor.hasRole(Role::Administrator) || actor.hasRole(Role::ProcessManager)) {
        file->addAction(tr("&Install workflow definition…"), this, &MainWindow::installWorkflow)
            ->setToolTip(tr("Installs a changed workflow (JSON) as the new version of its workflow"));
    }
    if (actor.hasRole(Role::Administrator)) {
        file->addAction(tr("Import file &plan…"), this, &MainWindow::importFilePlan)
            ->setToolTip(tr("Reads a file plan from CSV: key, title, parent, department, retention_years"));
        file->addAction(tr("E&xport file plan…"), this, &MainWindow::exportFilePlan);
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_areas.size(); ++i) {
        const Area &area = m_areas.at(i);
        QAction *action =
            go->addAction(QIcon::fromTheme(area.icon), area.title, this, [this, key = area.key] { showArea(key); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Amtsdesk"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::showArea(const QString &key)
{
    for (int i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).key == key) {
            m_navigation->setCurrentRow(i);
            m_pages->setCurrentWidget(buildPage(m_areas[i]));
            return true;
        }
    }
    return false;
}

QString MainWindow::currentArea() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_areas.size() ? m_areas.at(row).key : QString();
}

QStringList MainWindow::availableAreas() const
{
    QStringList keys;
    for (const Area &area : m_areas)
        keys << area.key;
    return keys;
}

void MainWindow::reloadCurrent()
{
    for (Area &area : m_areas) {
        if (area.page && area.page == m_pages->currentWidget())
            area.reload(area.page);
    }
}

bool MainWindow::installWorkflow()
{
    const QString path = FileDialog::openFileName(this, tr("Install workflow definition"), QDir::homePath(),
                                                  tr("Workflow definitions (*.json)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Workflow not installed"),
                             tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    auto def =
        WorkflowRegistry(*m_session.db).install(m_session.actor, file.read(2 << 20), QDir::toNativeSeparators(path));
    if (!def) {
        MessageBox::critical(this, tr("Workflow not installed"), def.error().message);
        return false;
    }
    MessageBox::information(
        this, tr("Workflow installed"),
        tr("\"%1\" is installed as version %2. Items already under way keep the version they started under.")
            .arg(def->label())
            .arg(def->version()));
    return true;
}

void MainWindow::openDocument(DocumentId document, int page, const QStringList &terms)
{
    auto *window = new DocumentWindow(m_session, document, this);
    window->setWindowFlag(Qt::Window);
    window->highlight(terms);
    window->show();
    if (window->isPreviewable() && page > 1)
        window->view()->goToPage(page);
}

bool MainWindow::importFilePlan()
{
    const QString path =
        FileDialog::openFileName(this, tr("Import file plan"), QDir::homePath(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("File plan not imported"),
                             tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const PlanImportReport report =
        FilePlan(*m_session.db).importCsv(m_session.actor, file.read(32 << 20), QDir::toNativeSeparators(path));
    if (!report.ok()) {
        MessageBox::critical(this, tr("File plan not imported"),
                             tr("Nothing was changed, because:\n%1").arg(report.problems.join(QLatin1Char('\n'))));
        return false;
    }
    MessageBox::information(this, tr("File plan imported"),
                            tr("%1 units added, %2 changed.").arg(report.added).arg(report.updated));
    if (isBuilt(QStringLiteral("efile")))
        efilePage()->reload();
    return true;
}

bool MainWindow::exportFilePlan()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Export file plan"), QDir::home().filePath(QStringLiteral("aktenplan.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    auto csv = FilePlan(*m_session.db).exportCsv();
    QSaveFile file(path);
    if (!csv || !file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit()) {
        MessageBox::critical(
            this, tr("File plan not exported"),
            csv ? tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())
                : csv.error().message);
        return false;
    }
    statusBar()->showMessage(tr("File plan written to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About Amtsdesk"),
        tr("Amtsdesk %1\n\nE-files, e-invoices and the digitalisation programme of a district office.\n\n"
           "Licence: GNU General Public License, version 3 or later. Built with Qt %2.\n\n"
           "Store: %3")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QDir::toNativeSeparators(m_session.db->path())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::mainWindowGeometry.setValue(saveGeometry());
    settings::mainWindowState.setValue(saveState());
    settings::lastArea.setValue(currentArea());
    event->accept();
}

} // namespace amtsdesk::ui
