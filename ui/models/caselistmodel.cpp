#include "models/caselistmodel.h"

#include <QLocale>

namespace amtsdesk::ui {

CaseListModel::CaseListModel(Database &db, Actor actor, QObject *parent)
    : PagedModel(db, std::move(actor), parent)
{
}

void CaseListModel::setScope(const ListScope &scope)
{
    Query query = m_query;
    query.scope = scope;
    setQuery(query);
}

CaseId CaseListModel::caseAt(int row) const
{
    const CaseListRow *r = rowAt(row);
    return r ? r->item.id : CaseId();
}

int CaseListModel::rowOf(CaseId id)
{
    return rowWhere([id](const CaseList &list) { return list.rowOf(id); });
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CaseListRow *row = rowAt(index.row());
    if (!row) // not read yet: it comes once the list's outline is there
        return role == Qt::DisplayRole && index.column() == Subject ? QStringLiteral("…") : QVariant();
    const Case &c = row->item;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case File: return c.referenceNumber;
        case Number: return c.number;
        case Subject: return c.subject;
        case State: return c.stateLabel;
        case Opened: return QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Subject ? c.subject : QVariant();
    case Qt::UserRole:
        return c.id.value;
    case Qt::TextAlignmentRole:
        return index.column() == Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File: return tr("File");
    case Number: return tr("No.");
    case Subject: return tr("Case");
    case State: return tr("State");
    case Opened: return tr("Opened");
    }
    return {};
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    Query query = m_query;
    switch (column) {
    case Subject: query.sort = CaseList::Sort::Subject; break;
    case State: query.sort = CaseList::Sort::State; break;
    case Opened: query.sort = CaseList::Sort::Opened; break;
    default: query.sort = CaseList::Sort::Reference; break;
    }
    query.descending = order == Qt::DescendingOrder;
    setOrder(query);
}

int CaseListModel::sortedColumn() const
{
    switch (m_query.sort) {
    case CaseList::Sort::Subject: return Subject;
    case CaseList::Sort::State: return State;
    case CaseList::Sort::Opened: return Opened;
    case CaseList::Sort::Reference: break;
    }
    // A file's own list has no file column to show the order on.
    return m_query.scope.kind == ListScope::Kind::File ? Number : File;
}

} // namespace amtsdesk::ui
