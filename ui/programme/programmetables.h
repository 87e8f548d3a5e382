#pragma once

#include <QHeaderView>
#include <QLocale>
#include <QStringList>
#include <QTableWidget>

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

// A date as people read it; empty for none.
inline QString date(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

} // namespace amtsdesk::ui::programmetables
