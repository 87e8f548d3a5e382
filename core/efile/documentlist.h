#pragma once

#include "efile/listscope.h"

namespace amtsdesk {

struct DocumentListRow {
    Document item;
    ListPosition position;
    QString fileReference; // of the file the document's case belongs to
    int caseNumber = 0;
};

// The documents of a scope as one list in the order the person chooses, read a window at a
// time (keyset paging) with the permission check in SQL: what the document lists of the e-file
// show, at any size. Each order has an index of its own (schema 7).
class DocumentList : public ScopedList {
    Q_DECLARE_TR_FUNCTIONS(DocumentList)

public:
    // Added: as filed (the default). Date: the document's date, else the day it was filed.
    enum class Sort { Added, Title, Date, Direction, Case };
    struct Query {
        ListScope scope;
        Sort sort = Sort::Added;
        bool descending = false;
        friend bool operator==(const Query &, const Query &) = default;
    };

    // Refuses a file or case the actor may not see; a wider scope holds only what the actor may see.
    static Result<DocumentList> open(Database &db, const Actor &actor, const Query &query);

    const Query &query() const { return m_query; }
    // Up to limit documents after position (before it, nearest first, when backwards), skipping offset.
    Result<QList<DocumentListRow>> read(const ListPosition &position, bool backwards, int offset, int limit) const;
    // The row of a document in the list; NotFound when it is not in it.
    Result<int> rowOf(DocumentId id) const;

private:
    Query m_query;
};

} // namespace amtsdesk
