#include "models/documentlistmodel.h"

#include <QFileInfo>
#include <QLocale>

namespace amtsdesk::ui {

DocumentListModel::DocumentListModel(Database &db, Actor actor, QObject *parent)
    : PagedModel(db, std::move(actor), parent)
{
}

void DocumentListModel::setScope(const ListScope &scope)
{
    Query query = m_query;
    query.scope = scope;
    setQuery(query);
}

DocumentId DocumentListModel::documentAt(int row) const
{
    const DocumentListRow *r = rowAt(row);
    return r ? r->item.id : DocumentId();
}

int DocumentListModel::rowOf(DocumentId id)
{
    return rowWhere([id](const DocumentList &list) { return list.rowOf(id); });
}

QString DocumentListModel::textStatusLabel(const QString &status)
{
    if (status == QStringLiteral("indexed"))
        return tr("searchable");
    if (status == QStringLiteral("pending"))
        return tr("being read");
    if (status == QStringLiteral("encrypted"))
        return tr("password-protected");
    if (status == QStringLiteral("unreadable"))
        return tr("cannot be read");
    return tr("no text");
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const DocumentListRow *row = rowAt(index.row());
    if (!row) // not read yet: it comes once the list's outline is there
        return role == Qt::DisplayRole && index.column() == Title ? QStringLiteral("…") : QVariant();
    const Document &d = row->item;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title: return d.title;
        case Date:
            return QLocale().toString(d.documentDate.isValid() ? d.documentDate : d.createdAt.toLocalTime().date(),
                                      QLocale::ShortFormat);
        case Way:
            return d.direction == Direction::Incoming   ? tr("incoming")
                   : d.direction == Direction::Outgoing ? tr("outgoing")
                                                        : tr("internal");
        case Version: return d.current.version;
        case Type: return QFileInfo(d.current.fileName).suffix().toUpper();
        case Text: return textStatusLabel(d.current.textStatus);
        case CaseColumn: return QStringLiteral("%1/%2").arg(row->fileReference).arg(row->caseNumber);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Text)
            return d.current.textNote;
        return index.column() == Title ? d.title : QVariant();
    case Qt::UserRole:
        return d.id.value;
    case Qt::TextAlignmentRole:
        return index.column() == Version ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Document");
    case Date: return tr("Date");
    case Way: return tr("Way");
    case Version: return tr("Version");
    case Type: return tr("Type");
    case Text: return tr("Text");
    case CaseColumn: return tr("Case");
    }
    return {};
}

bool DocumentListModel::isSortable(int column) const
{
    return column == Title || column == Date || column == Way || column == CaseColumn;
}

void DocumentListModel::sort(int column, Qt::SortOrder order)
{
    Query query = m_query;
    switch (column) {
    case Title: query.sort = DocumentList::Sort::Title; break;
    case Date: query.sort = DocumentList::Sort::Date; break;
    case Way: query.sort = DocumentList::Sort::Direction; break;
    case CaseColumn: query.sort = DocumentList::Sort::Case; break;
    default: return; // no index for it: the order stays
    }
    query.descending = order == Qt::DescendingOrder;
    setOrder(query);
}

int DocumentListModel::sortedColumn() const
{
    switch (m_query.sort) {
    case DocumentList::Sort::Title: return Title;
    case DocumentList::Sort::Date: return Date;
    case DocumentList::Sort::Direction: return Way;
    case DocumentList::Sort::Case: return CaseColumn;
    case DocumentList::Sort::Added: break;
    }
    return -1; // as filed
}

} // namespace amtsdesk::ui
