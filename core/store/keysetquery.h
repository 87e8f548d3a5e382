#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <atomic>

namespace amtsdesk {

class Database;

// Where a row stands in a list's order: the values of the order's terms, the last one the row's
// unique id. Empty: before the first row (or, read backwards, after the last).
using ListPosition = QVariantList;

// One term of a list's order: an SQL expression written in the code (never taken from input),
// compared without regard to ASCII case where noCase says so.
struct SortTerm {
    QString expression;
    bool noCase = false;
};

// Every step-th position of a list in its order, so that any row can be reached by reading on
// from the nearest mark: marks.at(i) is the position of row (i + 1) * step - 1.
struct ListOutline {
    int step = 0;
    QList<ListPosition> marks;
};

// A list read a window at a time in a fixed order (keyset paging): a window starts after a
// known position, so reading costs what is read, however long the list, and rows that share a
// sort value are neither skipped nor repeated (the last term is unique). Each index of the
// order should hold its terms in order (with the id), so that "same value, larger id" is one
// index seek: SQLite cannot seek on a row value that ends in the rowid, so the comparison is
// spelt out term by term, one arm per term.
class KeysetQuery {
    Q_DECLARE_TR_FUNCTIONS(KeysetQuery)

public:
    QString from;          // tables and joins, SQL
    QString where;         // conditions with ? placeholders; empty: none
    QVariantList params;   // for where
    QList<SortTerm> order; // the last term unique (the row id)
    bool descending = false;

    // The positions of up to limit rows after position in the order (before it, nearest first,
    // when backwards), skipping offset rows first.
    Result<QList<ListPosition>> read(Database &db, const ListPosition &position, bool backwards, int offset,
                                     int limit) const;
    // How many rows come before position in the order.
    Result<int> countBefore(Database &db, const ListPosition &position) const;
    // Every step-th position, in one pass over the list; stops early (Conflict) once *cancelled
    // turns true, so that a pass nobody waits for any more does not hold a core.
    Result<ListOutline> outline(Database &db, int step, const std::atomic<bool> *cancelled = nullptr) const;

private:
    // The arms of "after position" (or before it), each a condition with its parameters.
    QList<QPair<QString, QVariantList>> arms(const ListPosition &position, bool after) const;
    QString orderBy(bool descending, bool aliases) const;
    QString keyColumns() const;
};

// The items with these ids (CaseId, DocumentId, …), in no particular order: readWhere(condition,
// params) reads the rows matching "WHERE column IN (?, …)", asked in chunks to stay below
// SQLite's limit on bound parameters.
template <typename Item, typename Id, typename ReadWhere>
Result<QList<Item>> loadByIds(const QList<Id> &ids, const QString &column, ReadWhere readWhere)
{
    QList<Item> result;
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        QStringList marks;
        QVariantList params;
        for (const Id &id : ids.mid(start, 500)) {
            marks << QStringLiteral("?");
            params << id.value;
        }
        Result<QList<Item>> chunk =
            readWhere(QStringLiteral("WHERE %1 IN (%2)").arg(column, marks.join(QLatin1Char(','))), params);
        if (!chunk)
            return chunk.error();
        result += *chunk;
    }
    return result;
}

// Rows for positions in the list's order, from items loaded by their ids in any order (an
// item gone meanwhile is left out): Row has an Item item and a ListPosition position.
template <typename Row, typename Item, typename IdOf>
QList<Row> inListOrder(const QList<ListPosition> &positions, const QList<Item> &items, IdOf idOf)
{
    QHash<qint64, qsizetype> byId;
    for (qsizetype i = 0; i < items.size(); ++i)
        byId.insert(idOf(items.at(i)), i);
    QList<Row> rows;
    rows.reserve(positions.size());
    for (const ListPosition &p : positions) {
        if (const auto it = byId.constFind(p.constLast().toLongLong()); it != byId.cend()) {
            Row row{};
            row.item = items.at(*it);
            row.position = p;
            rows.append(std::move(row));
        }
    }
    return rows;
}

} // namespace amtsdesk
