#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "efile/efiletypes.h"
#include "store/keysetquery.h"

#include <QCoreApplication>
#include <QVariantList>

namespace amtsdesk {

class Database;

// What a list of cases or documents covers: everything the person may see, a unit of the file
// plan with the units below it, one file, or (documents) one case.
struct ListScope {
    enum class Kind { All, PlanUnit, File, Case };
    Kind kind = Kind::All;
    PlanUnitId unit;
    FileId file;
    CaseId caseId;

    static ListScope all() { return {}; }
    static ListScope ofUnit(PlanUnitId unit) { return {Kind::PlanUnit, unit, {}, {}}; }
    static ListScope ofFile(FileId file) { return {Kind::File, {}, file, {}}; }
    static ListScope ofCase(CaseId caseId) { return {Kind::Case, {}, {}, caseId}; }
    friend bool operator==(const ListScope &, const ListScope &) = default;
};

// A scope turned into SQL for an actor: conditions on the file (alias f) and, for a case
// scope, on the case (alias c), with the permission check (the file's lead department) in SQL,
// and whether the scope is large enough that a list is best read along the index of its order
// rather than gathered and sorted.
struct ResolvedScope {
    Q_DECLARE_TR_FUNCTIONS(ResolvedScope)

public:
    QString where;
    QVariantList params;
    bool large = false;
    // The same conditions for reading along an order's index: the file's department and unit
    // are then checked per row, never used to pick the rows (which would mean sorting them all).
    QString whereAlongOrder;

    // Refuses a file or case the actor may not see (NotFound where there is none).
    static Result<ResolvedScope> resolve(Database &db, const Actor &actor, const ListScope &scope);
    // Decides `large` for a list of table ("cases" or "documents"), whose rows in the scope
    // countSql counts (with params): a file or a case is counted, a wider scope estimated from
    // its files. Reading along the order's index pays for the rows of other scopes it passes,
    // gathering pays for every row of the scope at once.
    Status weigh(Database &db, const QString &table, const QString &countSql, ListScope::Kind kind);
};

// What the case and document lists share: the keyset query of their scope and order, and how
// many rows the scope holds.
class ScopedList {
    Q_DECLARE_TR_FUNCTIONS(ScopedList)

public:
    Result<int> count() const;
    // Every step-th position: what lets a view jump anywhere in a long list (one pass over it).
    Result<ListOutline> outline(int step, const std::atomic<bool> *cancelled = nullptr) const
    {
        return m_keyset.outline(*m_db, step, cancelled);
    }
    // The SQL of the order and scope, for checking which indexes SQLite uses.
    const KeysetQuery &keyset() const { return m_keyset; }

protected:
    // Where the row whose id matches idCondition stands (how many rows come before it); NotFound
    // when it is not in the list.
    Result<int> rowWhere(const QString &idCondition, qint64 id) const;
    // The ids at the end of each position, for loading the rows.
    static QList<qint64> idsOf(const QList<ListPosition> &positions);

    Database *m_db = nullptr;
    KeysetQuery m_keyset;
    QString m_countSql;
    QString m_lookupFrom; // the tables of m_keyset.from, joined as SQLite likes best to find one row
};

} // namespace amtsdesk
