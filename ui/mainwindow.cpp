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
        if (row < 0 || row >= m_areas.size() || !m_areas.at(row).page)
            return;
        m_pages->setCurrentWidget(m_areas.at(row).page);
        // Tasks, figures and the disposal list change as colleagues work: show them fresh when opened.
        if (m_areas.at(row).page == m_tasks || m_areas.at(row).page == m_figures ||
            m_areas.at(row).page == m_disposal || m_areas.at(row).page == m_invoices ||
            m_areas.at(row).page == m_programme)
            reloadCurrent();
    });

    // The scheduled backup runs while anyone works here, in the background.
    m_backups = new BackupScheduler(m_session, this);
    connect(m_backups, &BackupScheduler::started, this, [this] {
        m_start->setBackupRunning(true);
        statusBar()->showMessage(tr("Making the scheduled backup…"), 10000);
    });
    connect(m_backups, &BackupScheduler::finished, this, [this](bool ok, const QString &message) {
        m_start->setBackupRunning(false);
        m_start->refresh(); // the trail has the backup's entry now
        statusBar()->showMessage(
            ok ? tr("Backup written and verified: %1").arg(message) : tr("The backup failed: %1").arg(message), 15000);
    });
    connect(m_start, &StartPage::backupRequested, this, [this] { m_backups->checkNow(true); });
    m_backups->start();

    resize(1200, 760);
    restoreGeometry(settings::mainWindowGeometry.value());
    restoreState(settings::mainWindowState.value());
    if (!showArea(settings::lastArea.value()))
        showArea(QStringLiteral("start"));
}

void MainWindow::buildAreas()
{
    const bool admin = m_session.actor.hasRole(Role::Administrator);
    m_start = new StartPage(m_session);
    m_tasks = new TasksPage(m_session);
    m_efile = new EFilePage(m_session);
    connect(m_efile, &EFilePage::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_efile, &EFilePage::openDocumentRequested, this,
            [this](DocumentId document, int page) { openDocument(document, page); });
    m_search = new SearchPage(m_session);
    connect(m_search, &SearchPage::openHit, this,
            [this](FileId file, CaseId caseId, DocumentId document, int page, const QStringList &terms) {
                showArea(QStringLiteral("efile"));
                m_efile->selectFile(file);
                m_efile->selectCase(caseId);
                m_efile->selectDocument(document);
                openDocument(document, page, terms);
            });
    m_invoices = new InvoiceInboxPage(m_session);
    connect(m_invoices, &InvoiceInboxPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_invoices, &InvoiceInboxPage::openInvoiceFile, this, [this](const QString &path) { openInvoice(path); });
    connect(m_tasks, &TasksPage::stepTaken, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_programme = new ProgrammePage(m_session);
    connect(m_programme, &ProgrammePage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_areas = {
        {QStringLiteral("start"), tr("Start"), QStringLiteral("go-home"), m_start, tr("You, your roles and the store")},
        {QStringLiteral("efile"), tr("E-Files"), QStringLiteral("folder"), m_efile,
         tr("File plan, files, cases and documents")},
        {QStringLiteral("search"), tr("Search"), QStringLiteral("search"), m_search,
         tr("Full-text search in the documents you may read")},
        {QStringLiteral("invoices"), tr("Invoice Inbox"), QStringLiteral("invoice"), m_invoices,
         tr("Incoming e-invoices: check, approve with four eyes, hand over to finance")},
        {QStringLiteral("tasks"), tr("Tasks"), QStringLiteral("tasks"), m_tasks,
         tr("What waits for you, also as deputy")},
        {QStringLiteral("programme"), tr("Programme"), QStringLiteral("programme"), m_programme,
         tr("Sub-projects, OZG services, training and ideas of the digitalisation programme, and its status report")},
    };
    const Actor &actor = m_session.actor;
    if (actor.hasRole(Role::Clerk) || actor.hasRole(Role::Signatory)) {
        m_disposal = new DisposalPage(m_session);
        connect(m_disposal, &DisposalPage::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        m_areas << Area{QStringLiteral("disposal"), tr("Disposal"), QStringLiteral("disposal"), m_disposal,
                        tr("Closed files past their retention period: destruction with a second person's approval")};
    }
    if (actor.hasRole(Role::ProcessManager) || actor.hasRole(Role::ProgrammeManager) || admin) {
        m_figures = new ProcessFiguresPage(m_session);
        m_areas << Area{QStringLiteral("figures"), tr("Process Figures"), QStringLiteral("figures"), m_figures,
                        tr("Where the processes wait: time per state and month")};
    }
    if (admin) {
        m_people = new PeoplePage(m_session);
        m_audit = new AuditLogPage(m_session);
        m_areas << Area{QStringLiteral("people"), tr("People"), QStringLiteral("people"), m_people,
                        tr("Departments, users and their roles")}
                << Area{QStringLiteral("audit"), tr("Audit Trail"), QStringLiteral("audit"), m_audit,
                        tr("Every change in the store")};
    }
    for (const Area &area : std::as_const(m_areas)) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(area.icon), area.title, m_navigation);
        item->setToolTip(area.toolTip);
        item->setData(Qt::UserRole, area.key);
        if (!area.page)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        else
            m_pages->addWidget(area.page);
    }
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
        m_start->verifyStore();
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
        action->setEnabled(area.page != nullptr);
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
        if (m_areas.at(i).key == key && m_areas.at(i).page) {
            m_navigation->setCurrentRow(i);
            m_pages->setCurrentWidget(m_areas.at(i).page);
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
    for (const Area &area : m_areas) {
        if (area.page)
            keys << area.key;
    }
    return keys;
}

void MainWindow::reloadCurrent()
{
    QWidget *page = m_pages->currentWidget();
    if (page == m_start)
        m_start->refresh();
    else if (page == m_audit)
        m_audit->reload();
    else if (page == m_people)
        m_people->reload();
    else if (page == m_tasks)
        m_tasks->reload();
    else if (page == m_figures)
        m_figures->reload();
    else if (page == m_efile)
        m_efile->reload();
    else if (page == m_disposal)
        m_disposal->reload();
    else if (page == m_invoices)
        m_invoices->reload();
    else if (page == m_programme)
        m_programme->reload();
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
    if (m_efile)
        m_efile->reload();
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
