#pragma once

#include "access/actor.h"
#include "audit/auditlog.h"
#include "store/keysetquery.h"

namespace amtsdesk {

struct AuditTrailRow {
    AuditEntry item;
    ListPosition position;
};

// The audit trail as one list, newest first, read a window at a time (keyset paging by id),
// optionally of one object: what the audit page shows, however long the trail. Administrators
// only (here, next to the roles, because the audit log itself knows no people).
class AuditTrailList {
public:
    struct Scope {
        QString objectType; // empty: every object
        QString objectId;
        friend bool operator==(const Scope &, const Scope &) = default;
    };
    struct Query {
        Scope scope;
        bool descending = true;
        friend bool operator==(const Query &, const Query &) = default;
    };

    static Result<AuditTrailList> open(Database &db, const Actor &actor, const Query &query);

    Result<int> count() const;
    Result<QList<AuditTrailRow>> read(const ListPosition &position, bool backwards, int offset, int limit) const;
    Result<ListOutline> outline(int step, const std::atomic<bool> *cancelled = nullptr) const
    {
        return m_keyset.outline(*m_db, step, cancelled);
    }

private:
    Database *m_db = nullptr;
    KeysetQuery m_keyset;
};

} // namespace amtsdesk
