#include "mainwindow.h"

#include "access/role.h"
#include "common/settings.h"
#include "dialogs/messagebox.h"
#include "pages/auditlogpage.h"
#include "pages/peoplepage.h"
#include "pages/startpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

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

    auto *who = new QLabel(tr("Signed in as %1").arg(m_session.actor.signature()));
    QString storeText = QDir::toNativeSeparators(m_session.db->path());
    if (m_session.db->kind() == StoreKind::Demo)
        storeText = tr("Demo store: %1").arg(storeText);
    statusBar()->addWidget(who);
    statusBar()->addPermanentWidget(new QLabel(storeText));

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_areas.size() && m_areas.at(row).page)
            m_pages->setCurrentWidget(m_areas.at(row).page);
    });

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
    const QString later = tr("Comes with a later version of Amtsdesk");
    m_areas = {
        {QStringLiteral("start"), tr("Start"), QStringLiteral("go-home"), m_start, tr("You, your roles and the store")},
        {QStringLiteral("efile"), tr("E-Files"), QStringLiteral("folder"), nullptr, later},
        {QStringLiteral("invoices"), tr("Invoice Inbox"), QStringLiteral("invoice"), nullptr, later},
        {QStringLiteral("tasks"), tr("Tasks"), QStringLiteral("tasks"), nullptr, later},
        {QStringLiteral("programme"), tr("Programme"), QStringLiteral("programme"), nullptr, later},
    };
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
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_areas.size(); ++i) {
        const Area &area = m_areas.at(i);
        QAction *action = go->addAction(QIcon::fromTheme(area.icon), area.title, this, [this, key = area.key] { showArea(key); });
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
