#include "models/invoiceinboxmodel.h"

#include "store/database.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace amtsdesk::ui {

InvoiceInboxModel::InvoiceInboxModel(Database &db, Actor actor, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_actor(std::move(actor))
{
}

QString InvoiceInboxModel::money(const std::optional<Decimal> &amount, const QString &currency)
{
    if (!amount)
        return QStringLiteral("–");
    const QString value = amount->toLocaleString(QLocale(), 2);
    return currency.isEmpty() ? value : QStringLiteral("%1 %2").arg(value, currency);
}

bool InvoiceInboxModel::load(const InvoiceFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_error.clear();
    InvoiceInbox inbox(m_db);
    auto total = inbox.count(m_actor, filter);
    auto rows = total ? inbox.list(m_actor, filter, 0, kPage) : Result<QList<InvoiceRecord>>(total.error());
    if (rows) {
        m_total = *total;
        m_rows = *rows;
    } else {
        m_total = 0;
        m_error = rows.error().message;
    }
    endResetModel();
    return m_error.isEmpty();
}

int InvoiceInboxModel::rowOf(InvoiceId id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int InvoiceInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InvoiceInboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void InvoiceInboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    auto more = InvoiceInbox(m_db).list(m_actor, m_filter, int(m_rows.size()), kPage);
    if (!more || more->isEmpty()) {
        m_total = int(m_rows.size()); // the inbox changed meanwhile; a reload shows it
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows += *more;
    endInsertRows();
}

void InvoiceInboxModel::sort(int column, Qt::SortOrder)
{
    InvoiceFilter filter = m_filter;
    switch (column) {
    case Seller: filter.sort = InvoiceFilter::Sort::Seller; break;
    case Amount: filter.sort = InvoiceFilter::Sort::Amount; break;
    case Number: filter.sort = InvoiceFilter::Sort::Received; break;
    default: filter.sort = InvoiceFilter::Sort::Due; break;
    }
    if (filter.sort != m_filter.sort)
        load(filter);
}

QVariant InvoiceInboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InvoiceRecord &r = m_rows.at(index.row());
    const QDate today = m_db.clock().today();
    const bool open = r.state != QStringLiteral("rejected") && r.state != QStringLiteral("archived") &&
                      r.state != QStringLiteral("handed_over");
    const bool skontoAhead = r.skontoDate.isValid() && r.skontoDate >= today;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Due:
            if (open && r.nextDeadline.isValid() && r.nextDeadline == r.skontoDate && skontoAhead)
                return tr("%1 (Skonto)").arg(QLocale().toString(r.skontoDate, QLocale::ShortFormat));
            return r.dueDate.isValid() ? QLocale().toString(r.dueDate, QLocale::ShortFormat) : QStringLiteral("–");
        case Number: return r.number.isEmpty() ? r.fileName : r.number;
        case Seller: return r.sellerName;
        case Amount: return money(r.payableAmount, r.currency);
        case Department: return r.departmentCode.isEmpty() ? tr("Central intake") : r.departmentCode;
        case State: return r.stateLabel;
        case Check: {
            QStringList notes;
            if (!r.readable())
                notes << tr("not readable");
            else if (r.errors)
                notes << tr("%n error(s)", nullptr, r.errors);
            if (r.duplicateOf)
                notes << tr("duplicate?");
            return notes.isEmpty() ? tr("valid") : notes.join(QStringLiteral(", "));
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Due && r.dueDate.isValid())
            return r.dueSource == QStringLiteral("default")
                       ? tr("No due date given: 30 days after the invoice date (§ 286 BGB)")
                       : tr("Due date from the invoice (BT-9)");
        if (index.column() == Check && r.duplicateOf)
            return r.duplicateWhy;
        if (index.column() == Check && !r.readable())
            return r.readError;
        if (index.column() == Department && !r.departmentName.isEmpty())
            return r.departmentName;
    }
    if (role == Qt::ForegroundRole && open) {
        if (index.column() == Due && ((r.dueDate.isValid() && r.dueDate < today)))
            return QBrush(Qt::red);
        if (index.column() == Check && (!r.valid() || r.duplicateOf))
            return QBrush(QColor(0xb0, 0x40, 0x00));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::AccessibleTextRole)
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant InvoiceInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due: return tr("Due");
    case Number: return tr("Invoice no.");
    case Seller: return tr("Seller");
    case Amount: return tr("Amount due");
    case Department: return tr("Department");
    case State: return tr("State");
    case Check: return tr("Check");
    }
    return {};
}

} // namespace amtsdesk::ui
