#pragma once

#include "access/actor.h"
#include "efile/listscope.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace amtsdesk {
class Database;
}

namespace amtsdesk::ui {

class CaseListModel;
class DocumentListModel;
class PagedTableModel;

// Sets a table view up for a long paged list: fixed row heights (so that the view never
// measures rows it does not show), whole rows selected, sorting by the list's orders only
// (a click on a column without one leaves the order as it is).
void setUpListView(QTableView *view, PagedTableModel *model);

// The cases and the documents of a file plan unit (with the units below it) or of every file
// the person may see, on two tabs; each list is read when its tab is first shown.
class RecordListsPanel : public QWidget {
    Q_OBJECT

public:
    RecordListsPanel(Database &db, const Actor &actor, QWidget *parent = nullptr);

    void setScope(const ListScope &scope);
    // Reads both lists again (the store changed).
    void reload();
    // Brings the tab of the cases or of the documents to the front.
    void showCases();
    void showDocuments();
    CaseListModel *caseModel() const { return m_caseModel; }
    DocumentListModel *documentModel() const { return m_documentModel; }
    QTableView *caseView() const { return m_caseView; }
    QTableView *documentView() const { return m_documentView; }

signals:
    void caseActivated(amtsdesk::FileId file, amtsdesk::CaseId caseId);
    void documentActivated(amtsdesk::DocumentId document);

private:
    void showCurrent();

    QTabWidget *m_tabs;
    CaseListModel *m_caseModel;
    DocumentListModel *m_documentModel;
    QTableView *m_caseView;
    QTableView *m_documentView;
    QLabel *m_caseCount;
    QLabel *m_documentCount;
    ListScope m_scope;
    bool m_casesShown = false;
    bool m_documentsShown = false;
};

} // namespace amtsdesk::ui
