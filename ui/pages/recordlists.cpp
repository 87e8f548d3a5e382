#include "pages/recordlists.h"

#include "models/caselistmodel.h"
#include "models/documentlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace amtsdesk::ui {

void setUpListView(QTableView *view, PagedTableModel *model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSortIndicator(model->sortedColumn(), Qt::AscendingOrder);
    bool sortable = false;
    for (int column = 0; column < model->columnCount(); ++column)
        sortable = sortable || model->isSortable(column);
    view->setSortingEnabled(sortable);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, view, [view, model, header](int column) {
        if (model->isSortable(column))
            return;
        // Nothing sorts by this column: the indicator goes back to where the order is.
        const QSignalBlocker block(header);
        header->setSortIndicator(model->sortedColumn(), header->sortIndicatorOrder());
        view->viewport()->update();
    });
}

RecordListsPanel::RecordListsPanel(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget), m_caseModel(new CaseListModel(db, actor, this)),
      m_documentModel(new DocumentListModel(db, actor, this)), m_caseView(new QTableView),
      m_documentView(new QTableView), m_caseCount(new QLabel), m_documentCount(new QLabel)
{
    setUpListView(m_caseView, m_caseModel);
    setUpListView(m_documentView, m_documentModel);
    m_caseView->setAccessibleName(tr("Cases"));
    m_documentView->setAccessibleName(tr("Documents"));
    m_caseView->setColumnWidth(CaseListModel::File, 170);
    m_caseView->setColumnWidth(CaseListModel::Number, 45);
    m_caseView->setColumnWidth(CaseListModel::Subject, 250);
    m_caseView->setColumnWidth(CaseListModel::State, 120);
    m_documentView->setColumnWidth(DocumentListModel::Title, 240);
    m_documentView->setColumnWidth(DocumentListModel::Date, 80);
    m_documentView->setColumnWidth(DocumentListModel::Way, 80);
    m_documentView->setColumnWidth(DocumentListModel::Version, 55);
    m_documentView->setColumnWidth(DocumentListModel::Type, 45);
    m_documentView->setColumnWidth(DocumentListModel::Text, 90);
    m_caseView->setToolTip(tr("Double-click a case to open its file"));
    m_documentView->setToolTip(tr("Double-click a document to open it"));

    const auto page = [](QTableView *view, QLabel *count) {
        auto *widget = new QWidget;
        auto *layout = new QVBoxLayout(widget);
        layout->setContentsMargins(0, 4, 0, 0);
        layout->addWidget(count);
        layout->addWidget(view, 1);
        return widget;
    };
    m_tabs->addTab(page(m_caseView, m_caseCount), tr("&Cases"));
    m_tabs->addTab(page(m_documentView, m_documentCount), tr("&Documents"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    const auto counter = [](QLabel *label, PagedTableModel *model, auto text) {
        return [label, model, text] {
            label->setText(!model->lastError().isEmpty() ? model->lastError()
                           : model->isComplete()         ? text(model->rowCount())
                                                         : tr("Counting…"));
        };
    };
    const auto showCases = counter(m_caseCount, m_caseModel, [](int n) { return tr("%Ln case(s)", nullptr, n); });
    const auto showDocuments =
        counter(m_documentCount, m_documentModel, [](int n) { return tr("%Ln document(s)", nullptr, n); });
    connect(m_caseModel, &QAbstractItemModel::modelReset, this, showCases);
    connect(m_caseModel, &PagedTableModel::lengthKnown, this, showCases);
    connect(m_documentModel, &QAbstractItemModel::modelReset, this, showDocuments);
    connect(m_documentModel, &PagedTableModel::lengthKnown, this, showDocuments);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RecordListsPanel::showCurrent);
    connect(m_caseView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const CaseListRow *row = m_caseModel->rowAt(index.row()))
            emit caseActivated(row->item.file, row->item.id);
    });
    connect(m_documentView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const DocumentId id = m_documentModel->documentAt(index.row()); id.isValid())
            emit documentActivated(id);
    });
}

void RecordListsPanel::setScope(const ListScope &scope)
{
    m_scope = scope;
    m_casesShown = m_documentsShown = false;
    showCurrent();
}

void RecordListsPanel::reload()
{
    setScope(m_scope);
}

void RecordListsPanel::showCases()
{
    m_tabs->setCurrentIndex(0);
}

void RecordListsPanel::showDocuments()
{
    m_tabs->setCurrentIndex(1);
}

void RecordListsPanel::showCurrent()
{
    // Only the list on screen is read; the other when its tab is chosen.
    if (m_tabs->currentIndex() == 0 && !m_casesShown) {
        m_casesShown = true;
        m_caseModel->setScope(m_scope);
    } else if (m_tabs->currentIndex() == 1 && !m_documentsShown) {
        m_documentsShown = true;
        m_documentModel->setScope(m_scope);
    }
}

} // namespace amtsdesk::ui
