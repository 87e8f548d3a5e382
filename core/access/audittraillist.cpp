#include "access/audittraillist.h"

#include "access/accessservice.h"
#include "store/database.h"

namespace amtsdesk {

Result<AuditTrailList> AuditTrailList::open(Database &db, const Actor &actor, const Query &query)
{
    if (Status s = AccessService(db).require(actor, Role::Administrator,
                                             QT_TRANSLATE_NOOP("AccessService", "read the audit trail"));
        !s)
        return s.error();
    AuditTrailList list;
    list.m_db = &db;
    KeysetQuery &k = list.m_keyset;
    k.from = QStringLiteral("audit_log a");
    QStringList conditions;
    if (!query.scope.objectType.isEmpty()) {
        conditions << QStringLiteral("a.object_type = ?");
        k.params << query.scope.objectType;
    }
    if (!query.scope.objectId.isEmpty()) {
        conditions << QStringLiteral("a.object_id = ?");
        k.params << query.scope.objectId;
    }
    k.where = conditions.join(QStringLiteral(" AND "));
    k.order = {SortTerm{QStringLiteral("a.id")}};
    k.descending = query.descending;
    return list;
}

Result<int> AuditTrailList::count() const
{
    auto n = m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log a") +
                              (m_keyset.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_keyset.where),
                          m_keyset.params);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<AuditTrailRow>> AuditTrailList::read(const ListPosition &position, bool backwards, int offset,
                                                  int limit) const
{
    auto positions = m_keyset.read(*m_db, position, backwards, offset, limit);
    if (!positions)
        return positions.error();
    QList<AuditEntryId> ids;
    for (const ListPosition &p : std::as_const(*positions))
        ids << AuditEntryId(p.constLast().toLongLong());
    auto entries = AuditLog(*m_db).entries(ids);
    if (!entries)
        return entries.error();
    return inListOrder<AuditTrailRow>(*positions, *entries, [](const AuditEntry &e) { return e.id.value; });
}

} // namespace amtsdesk
