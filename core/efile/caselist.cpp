#include "efile/caselist.h"

#include "efile/fileservice.h"
#include "store/database.h"

namespace amtsdesk {

Result<CaseList> CaseList::open(Database &db, const Actor &actor, const Query &query)
{
    auto scope = ResolvedScope::resolve(db, actor, query.scope);
    if (!scope)
        return scope.error();
    const QString where = scope->where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + scope->where;
    const QString counted = QStringLiteral("SELECT count(*) FROM cases c JOIN files f ON f.id = c.file_id") + where;
    if (Status s = scope->weigh(db, QStringLiteral("cases"), counted, query.scope.kind); !s)
        return s.error();

    CaseList list;
    list.m_db = &db;
    list.m_query = query;
    list.m_countSql = counted;
    const bool large = scope->large;
    // A large scope is read along the index of the order (CROSS JOIN keeps SQLite to that
    // table first); a small one is gathered and sorted (a "+" keeps SQLite off the order's index).
    const QString prefix = large ? QString() : QStringLiteral("+");
    const auto term = [&](const char *expression, bool noCase = false) {
        return SortTerm{prefix + QLatin1String(expression), noCase};
    };
    const QString caseFirst = large ? QStringLiteral("cases c CROSS JOIN files f ON f.id = c.file_id")
                                    : QStringLiteral("cases c JOIN files f ON f.id = c.file_id");
    KeysetQuery &k = list.m_keyset;
    k.where = large ? scope->whereAlongOrder : scope->where;
    k.params = scope->params;
    k.descending = query.descending;
    list.m_lookupFrom = QStringLiteral("cases c JOIN files f ON f.id = c.file_id");
    switch (query.sort) {
    case Sort::Reference:
        k.from = large ? QStringLiteral("files f CROSS JOIN cases c ON c.file_id = f.id") : caseFirst;
        k.order = {term("f.reference_number"), term("c.number"), term("c.id")};
        break;
    case Sort::Subject:
        k.from = caseFirst;
        k.order = {term("c.subject", true), term("c.id")};
        break;
    case Sort::Opened:
        k.from = caseFirst;
        k.order = {term("c.created_at"), term("c.id")};
        break;
    case Sort::State:
        // The state is the case's workflow item's; its index holds the case id as a number.
        k.from = large ? QStringLiteral("workflow_items w CROSS JOIN cases c ON c.id = CAST(w.item_ref AS INTEGER) "
                                        "CROSS JOIN files f ON f.id = c.file_id")
                       : caseFirst + QStringLiteral(" JOIN workflow_items w ON w.item_type = 'case' AND "
                                                    "w.item_ref = CAST(c.id AS TEXT)");
        if (large)
            k.where = k.where.isEmpty() ? QStringLiteral("w.item_type = 'case'")
                                        : QStringLiteral("w.item_type = 'case' AND ") + k.where;
        k.order = {term("w.state"), term("CAST(w.item_ref AS INTEGER)")};
        list.m_lookupFrom = QStringLiteral("cases c JOIN files f ON f.id = c.file_id JOIN workflow_items w ON "
                                           "w.item_type = 'case' AND w.item_ref = CAST(c.id AS TEXT)");
        break;
    }
    return list;
}

Result<QList<CaseListRow>> CaseList::read(const ListPosition &position, bool backwards, int offset, int limit) const
{
    auto positions = m_keyset.read(*m_db, position, backwards, offset, limit);
    if (!positions)
        return positions.error();
    QList<CaseId> ids;
    for (qint64 id : idsOf(*positions))
        ids << CaseId(id);
    auto cases = FileService(*m_db).loadCases(ids);
    if (!cases)
        return cases.error();
    // A case removed in the meantime (a file destroyed) is left out.
    return inListOrder<CaseListRow>(*positions, *cases, [](const Case &c) { return c.id.value; });
}

Result<int> CaseList::rowOf(CaseId id) const
{
    return rowWhere(QStringLiteral("c.id = ?"), id.value);
}

} // namespace amtsdesk
