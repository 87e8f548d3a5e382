#pragma once

#include "efile/listscope.h"

namespace amtsdesk {

struct CaseListRow {
    Case item;
    ListPosition position;
};

// The cases of a scope as one list in the order the person chooses, read a window at a time
// (keyset paging) with the permission check in SQL: what the case lists of the e-file show, at
// any size. The first term of each order has an index of its own (schema 7).
class CaseList : public ScopedList {
    Q_DECLARE_TR_FUNCTIONS(CaseList)

public:
    enum class Sort { Reference, Subject, State, Opened };
    struct Query {
        ListScope scope;
        Sort sort = Sort::Reference;
        bool descending = false;
        friend bool operator==(const Query &, const Query &) = default;
    };

    // Refuses a file the actor may not see; a wider scope holds only what the actor may see.
    static Result<CaseList> open(Database &db, const Actor &actor, const Query &query);

    const Query &query() const { return m_query; }
    // Up to limit cases after position (before it, nearest first, when backwards), skipping offset.
    Result<QList<CaseListRow>> read(const ListPosition &position, bool backwards, int offset, int limit) const;
    // The row of a case in the list; NotFound when it is not in it.
    Result<int> rowOf(CaseId id) const;

private:
    Query m_query;
};

} // namespace amtsdesk
