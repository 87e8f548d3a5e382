#pragma once

#include "invoice/inbox/invoiceinbox.h"

#include <QAbstractTableModel>

namespace amtsdesk {
class Database;
}

namespace amtsdesk::ui {

// The invoice inbox as a table, loaded a page at a time as the view scrolls (canFetchMore), so
// that a large inbox opens at once: due (Skonto deadline marked), number, seller, amount,
// department, state, and what is wrong with it. Sorting and filtering are the inbox's own.
class InvoiceInboxModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Due, Number, Seller, Amount, Department, State, Check, ColumnCount };
    static constexpr int kPage = 200;

    InvoiceInboxModel(Database &db, Actor actor, QObject *parent = nullptr);

    // Loads the first page for the filter; false (with lastError()) when the store refused.
    bool load(const InvoiceFilter &filter);
    bool reload() { return load(m_filter); }
    const InvoiceFilter &filter() const { return m_filter; }
    const InvoiceRecord &record(int row) const { return m_rows.at(row); }
    int rowOf(InvoiceId id) const;
    int total() const { return m_total; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static QString money(const std::optional<Decimal> &amount, const QString &currency);

private:
    Database &m_db;
    Actor m_actor;
    InvoiceFilter m_filter;
    QList<InvoiceRecord> m_rows;
    int m_total = 0;
    QString m_error;
};

} // namespace amtsdesk::ui
