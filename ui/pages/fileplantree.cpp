#include "pages/fileplantree.h"

#include "models/fileplanmodel.h"

#include <QHeaderView>
#include <QScrollBar>

namespace amtsdesk::ui {

FilePlanTree::FilePlanTree(Database &db, const Actor &actor, QWidget *parent)
    : QTreeView(parent), m_model(new FilePlanModel(db, actor, this))
{
    setModel(m_model);
    setUniformRowHeights(true);
    setAccessibleName(tr("File plan and files"));
    header()->setStretchLastSection(true);
    // An opened unit shows its first files; scrolling down through them reads on.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &FilePlanTree::fetchVisible);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FilePlanTree::fetchVisible, Qt::QueuedConnection);
    openStructure({});
}

void FilePlanTree::reload()
{
    m_model->reload();
    openStructure({});
}

void FilePlanTree::openStructure(const QModelIndex &parent)
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        // Units with sub-units open; units with files stay closed until the person opens them.
        if (m_model->kind(index) == FilePlanModel::Kind::Unit && !m_model->isLeaf(index)) {
            expand(index);
            openStructure(index);
        }
    }
}

void FilePlanTree::fetchVisible()
{
    const QModelIndex last = indexAt(QPoint(1, viewport()->height() - 2));
    for (QModelIndex i = last; i.isValid(); i = i.parent()) {
        const QModelIndex unit = i.parent();
        if (m_model->canFetchMore(unit) && i.row() >= m_model->rowCount(unit) - 3) {
            m_model->fetchMore(unit);
            return;
        }
    }
}

bool FilePlanTree::showFile(PlanUnitId unit, FileId file)
{
    m_model->reloadFiles(unit);
    return selectFile(file);
}

bool FilePlanTree::selectFile(FileId file)
{
    const QModelIndex index = m_model->indexOfFile(file);
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void FilePlanTree::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    if (!current.isValid())
        return;
    switch (m_model->kind(current)) {
    case FilePlanModel::Kind::All: emit allChosen(); break;
    case FilePlanModel::Kind::Unit: emit unitChosen(m_model->unitAt(current)->key); break;
    case FilePlanModel::Kind::File: emit fileChosen(m_model->fileAt(current)); break;
    }
}

} // namespace amtsdesk::ui
