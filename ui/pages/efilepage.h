#pragma once

#include "efile/batchimport.h"
#include "efile/efiletypes.h"
#include "efile/fileservice.h"
#include "startup/session.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace amtsdesk::ui {

class CaseListModel;
class DocumentListModel;
class FilePlanTree;
class InboxWatcher;
class RecordListsPanel;

// E-Akte: the file plan as a tree with the files the person may see (read per unit as it is
// opened); for a unit, or "All files", the cases and documents under it; for a chosen file its
// cases and their documents, with the clerk's actions: new file, new case, add documents (file
// dialog, drag and drop, or a watched scanner folder; stored and read off the GUI thread),
// notes, resubmission, closing, export, opening a document. Every list is read a window at a
// time (PagedTableModel), so a unit of a hundred thousand files opens as fast as one of ten.
class EFilePage : public QWidget {
    Q_OBJECT

public:
    explicit EFilePage(Session &session, QWidget *parent = nullptr);

    void reload();
    bool selectFile(FileId file);
    bool selectCase(CaseId caseId);
    bool selectDocument(DocumentId document);
    FileId currentFile() const { return m_file; }
    CaseId currentCase() const { return m_case; }
    FilePlanTree *tree() const { return m_tree; }
    QTableView *caseTable() const { return m_cases; }
    QTableView *documentTable() const { return m_documents; }
    CaseListModel *caseModel() const { return m_caseModel; }
    DocumentListModel *documentModel() const { return m_documentModel; }
    // The cases and documents of the chosen unit, or of all files.
    RecordListsPanel *unitLists() const { return m_unitLists; }

    // The actions, callable without their dialogs (tests, drag and drop).
    Result<FileId> createFile(const NewFile &file);
    Result<CaseId> createCase(const QString &subject);
    // Stores and reads the files in the background; importFinished reports the summary.
    bool importFiles(const QStringList &paths);
    Status addNote(const QString &text);
    Status addResubmission(QDate due, const QString &reason);
    Status closeCurrentFile();
    // Stops a running import after the file at hand; what is stored stays.
    void cancelImport();
    // Adds what a scanner leaves in the folder to the current case while Amtsdesk runs, and
    // again after the next start (remembered per person and store); false without a case.
    bool watchScannerFolder(const QString &folder, int intervalMs = 2000, int settleSeconds = 3);
    void stopWatching();
    InboxWatcher *inboxWatcher() const { return m_inbox; }
    bool importRunning() const { return m_importRunning; }

signals:
    void importFinished(const amtsdesk::ImportSummary &summary);
    void message(const QString &text);
    void openDocumentRequested(amtsdesk::DocumentId document, int page);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showAll();
    void showUnit(const QString &key);
    void showFile(FileId file);
    void showCases();
    void chooseCase(int row);
    void showDocuments();
    void updateActions();
    void askNewFile();
    void askNewCase();
    void askImport();
    void askNote();
    void askResubmission();
    void askClose();
    void askExport();
    void askScannerFolder();
    void showWatch(const QString &lastResult = {});
    void openCurrentDocument();
    void showProgress(int done, int total, const QString &path);

    Session &m_session;
    FilePlanTree *m_tree;
    QStackedWidget *m_details;
    QLabel *m_unitLabel;
    RecordListsPanel *m_unitLists;
    QLabel *m_fileHeader;
    CaseListModel *m_caseModel;
    DocumentListModel *m_documentModel;
    QTableView *m_cases;
    QTableView *m_documents;
    QPushButton *m_newFile;
    QPushButton *m_newCase;
    QPushButton *m_closeFile;
    QPushButton *m_export;
    QPushButton *m_addDocuments;
    QPushButton *m_note;
    QPushButton *m_resubmission;
    QPushButton *m_open;
    QPushButton *m_scannerFolder;
    QWidget *m_watchBox = nullptr;
    QLabel *m_watchLabel = nullptr;
    InboxWatcher *m_inbox = nullptr;
    QString m_watchTarget; // the watched case, for people
    QString m_unitKey;
    PlanUnitId m_fileUnit;
    FileId m_file;
    CaseId m_case;
    bool m_fileClosed = false;
    bool m_importRunning = false;
    QWidget *m_progressBox = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelImport;
};

} // namespace amtsdesk::ui
