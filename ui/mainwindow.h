#pragma once

#include "efile/efiletypes.h"
#include "startup/session.h"

#include <QMainWindow>

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
    StartPage *startPage() const { return m_start; }
    AuditLogPage *auditPage() const { return m_audit; }
    BackupScheduler *backupScheduler() const { return m_backups; }
    // Asks for a workflow definition file and installs it (administrators, process managers).
    bool installWorkflow();
    // Asks for a file plan CSV and imports it, all or nothing (administrators).
    bool importFilePlan();
    // Asks where to write the file plan as CSV.
    bool exportFilePlan();
    TasksPage *tasksPage() const { return m_tasks; }
    EFilePage *efilePage() const { return m_efile; }
    SearchPage *searchPage() const { return m_search; }
    DisposalPage *disposalPage() const { return m_disposal; }
    InvoiceInboxPage *invoicePage() const { return m_invoices; }
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
        QWidget *page; // null: an area that comes with a later version
        QString toolTip;
    };

    void buildAreas();
    void buildMenus();
    void showAbout();
    void reloadCurrent();
    void openDocument(DocumentId document, int page, const QStringList &terms = {});

    Session &m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    StartPage *m_start = nullptr;
    AuditLogPage *m_audit = nullptr;
    PeoplePage *m_people = nullptr;
    TasksPage *m_tasks = nullptr;
    ProcessFiguresPage *m_figures = nullptr;
    ProgrammePage *m_programme = nullptr;
    EFilePage *m_efile = nullptr;
    SearchPage *m_search = nullptr;
    DisposalPage *m_disposal = nullptr;
    InvoiceInboxPage *m_invoices = nullptr;
    BackupScheduler *m_backups = nullptr;
    QList<Area> m_areas;
};

} // namespace amtsdesk::ui
