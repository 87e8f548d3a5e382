#include "efile/documentlist.h"

#include "efile/documentservice.h"
#include "efile/fileservice.h"
#include "store/database.h"

namespace amtsdesk {

Result<DocumentList> DocumentList::open(Database &db, const Actor &actor, const Query &query)
{
    auto scope = ResolvedScope::resolve(db, actor, query.scope);
    if (!scope)
        return scope.error();
    const QString joined = QStringLiteral("documents d JOIN cases c ON c.id = d.case_id JOIN files f ON f.id = c.file_id");
    const QString counted = QStringLiteral("SELECT count(*) FROM ") + joined +
                            (scope->where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + scope->where);
    if (Status s = scope->weigh(db, QStringLiteral("documents"), counted, query.scope.kind); !s)
        return s.error();

    DocumentList list;
    list.m_db = &db;
    list.m_query = query;
    list.m_countSql = counted;
    list.m_lookupFrom = joined;
    const bool large = scope->large;
    // A large scope is read along the index of the order (CROSS JOIN keeps SQLite to that
    // table first); a small one is gathered and sorted (a "+" keeps SQLite off the order's index).
    const QString prefix = large ? QString() : QStringLiteral("+");
    const auto term = [&](const char *expression, bool noCase = false) {
        return SortTerm{prefix + QLatin1String(expression), noCase};
    };
    KeysetQuery &k = list.m_keyset;
    k.where = large ? scope->whereAlongOrder : scope->where;
    k.params = scope->params;
    k.descending = query.descending;
    k.from = large ? QStringLiteral("documents d CROSS JOIN cases c ON c.id = d.case_id CROSS JOIN files f ON "
                                    "f.id = c.file_id")
                   : joined;
    switch (query.sort) {
    case Sort::Added: k.order = {term("d.id")}; break;
    case Sort::Title: k.order = {term("d.title", true), term("d.id")}; break;
    case Sort::Date:
        // The same expression as the index documents_date.
        k.order = {term("coalesce(d.document_date, substr(d.created_at, 1, 10))"), term("d.id")};
        break;
    case Sort::Direction: k.order = {term("d.direction"), term("d.id")}; break;
    case Sort::Case:
        if (large)
            k.from = QStringLiteral("files f CROSS JOIN cases c ON c.file_id = f.id CROSS JOIN documents d ON "
                                    "d.case_id = c.id");
        k.order = {term("f.reference_number"), term("c.number"), term("d.id")};
        break;
    }
    return list;
}

Result<QList<DocumentListRow>> DocumentList::read(const ListPosition &position, bool backwards, int offset,
                                                  int limit) const
{
    auto positions = m_keyset.read(*m_db, position, backwards, offset, limit);
    if (!positions)
        return positions.error();
    QList<DocumentId> ids;
    for (qint64 id : idsOf(*positions))
        ids << DocumentId(id);
    auto documents = DocumentService(*m_db).loadDocuments(ids);
    if (!documents)
        return documents.error();
    QList<CaseId> caseIds;
    for (const Document &d : std::as_const(*documents)) {
        if (!caseIds.contains(d.caseId))
            caseIds << d.caseId;
    }
    auto cases = FileService(*m_db).loadCases(caseIds);
    if (!cases)
        return cases.error();
    QHash<qint64, const Case *> caseById;
    for (const Case &c : std::as_const(*cases))
        caseById.insert(c.id.value, &c);
    // A document removed in the meantime (its file destroyed) is left out.
    QList<DocumentListRow> rows =
        inListOrder<DocumentListRow>(*positions, *documents, [](const Document &d) { return d.id.value; });
    for (DocumentListRow &row : rows) {
        if (const Case *c = caseById.value(row.item.caseId.value)) {
            row.fileReference = c->referenceNumber;
            row.caseNumber = c->number;
        }
    }
    return rows;
}

Result<int> DocumentList::rowOf(DocumentId id) const
{
    return rowWhere(QStringLiteral("d.id = ?"), id.value);
}

} // namespace amtsdesk
