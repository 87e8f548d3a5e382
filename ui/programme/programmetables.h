#pragma once

#include <QHeaderView>
#include <QLocale>
#include <QStringList>
#include <QTableWidget>

#include <functional>
#include <optional>

namespace amtsdesk::ui::programmetables {

// A read-only table of whole rows, as every list of the programme page shows them.
inline QTableWidget *readOnly(const QStringList &headers)
{
    auto *table = new QTableWidget;
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// Fills one row; the texts go into the columns in order.
inline void setRow(QTableWidget *table, int row, const QStringList &texts)
{
    for (int column = 0; column < texts.size(); ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        item->setToolTip(texts.at(column));
        table->setItem(row, column, item);
    }
}

// The entry of shown whose row is selected in the table (rows in the order of shown), if any.
template <typename T> std::optional<T> selected(const QTableWidget *table, const QList<T> &shown)
{
    const int row = table->currentRow();
    if (row < 0 || row >= shown.size() || !table->item(row, 0) || !table->item(row, 0)->isSelected())
        return std::nullopt;
    return shown.at(row);
}

// Selects the first row whose entry of shown matches; false when none does.
template <typename T>
bool selectFirst(QTableWidget *table, const QList<T> &shown, const std::function<bool(const T &)> &match)
{
    for (int row = 0; row < shown.size(); ++row) {
        if (match(shown.at(row))) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

// A date as people read it; empty for none.
inline QString date(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

} // namespace amtsdesk::ui::programmetables
