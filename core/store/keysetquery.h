#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
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

} // namespace amtsdesk
