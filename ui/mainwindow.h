#pragma once

#include "efile/efiletypes.h"
#include "startup/session.h"

#include <QMainWindow>

#include <functional>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace amtsdesk::ui {

class BackupScheduler;
class InvoiceWindow;
class StartPage;
class AuditLogPage;
class PeoplePage;
class TasksPage;
class ProcessFiguresPage;
class ProgrammePage;
class EFilePage;
class SearchPage;
class DisposalPage;
class InvoiceInboxPage;

// The shell: a navigation of the areas on the left, the area's page on the right, a status bar
// with who is working on which store. Window state and the last area are remembered.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    // Area keys: start, efile, search, invoices, tasks, programme, disposal, figures, people, audit.
    bool showArea(const QString &key);
    QString currentArea() const;
    QStringList availableAreas() const;
    // The pages are built when their area is first shown; these build them when asked (the
    // audit page: null for a person who is not an administrator).
    StartPage *startPage();
    AuditLogPage *auditPage();
    BackupScheduler *backupScheduler() const { return m_backups; }
    // Asks for a workflow definition file and installs it (administrators, process managers).
    bool installWorkflow();
    // Asks for a file plan CSV and imports it, all or nothing (administrators).
    bool importFilePlan();
    // Asks where to write the file plan as CSV.
    bool exportFilePlan();
    TasksPage *tasksPage();
    EFilePage *efilePage();
    SearchPage *searchPage();
    DisposalPage *disposalPage();
    InvoiceInboxPage *invoicePage();
    // Whether the page of an area has been built (it is built when first shown).
    bool isBuilt(const QString &key) const;
    // Opens an e-invoice for reading (asks for the file when none is given); the window, or null
    // when the file is none (the reason is shown).
    InvoiceWindow *openInvoice(const QString &path = QString());

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Area {
        QString key;
        QString title;
        QString icon;
        QString toolTip;
        std::function<QWidget *()> build;         // makes the page, the first time the area is shown
        std::function<void(QWidget *)> reload;    // reads it again (F5)
        // Read again when shown: never, when shown again after it was built (it read itself
        // then), or every time (it reads nothing while it is built).
        enum class Refresh { Never, WhenShownAgain, WhenShown } refresh = Refresh::Never;
        QWidget *page = nullptr;
    };

    void buildAreas();
    // The area's page, built now if it was not yet (null for an area the person does not have).
    QWidget *page(const QString &key);
    QWidget *buildPage(Area &area);
    // Builds the pages that watch a folder, so that watching goes on after a restart.
    void resumeWatching();
    void buildMenus();
    void showAbout();
    void reloadCurrent();
    void openDocument(DocumentId document, int page, const QStringList &terms = {});

    Session &m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    BackupScheduler *m_backups = nullptr;
    QList<Area> m_areas;
};

} // namespace amtsdesk::ui
