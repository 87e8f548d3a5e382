#include "efile/documentsearch.h"

#include "audit/auditlog.h"
#include "search/searchquery.h"
#include "search/searchrank.h"
#include "store/database.h"
#include "store/transaction.h"
#include "workflow/workflowregistry.h"

#include <QJsonArray>
#include <QMap>

namespace amtsdesk {

namespace {

QString likePrefix(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped + QLatin1Char('%');
}

} // namespace

QStringList DocumentSearch::filterKeys()
{
    return {QStringLiteral("akte"), QStringLiteral("oe"),  QStringLiteral("plan"),  QStringLiteral("von"),
            QStringLiteral("bis"),  QStringLiteral("typ"), QStringLiteral("status")};
}

Result<QList<SearchHit>> DocumentSearch::search(const Actor &actor, const QString &text, int limit) const
{
    auto parsed = SearchQuery::parse(text, filterKeys());
    if (!parsed)
        return parsed.error();
    if (parsed->isEmpty())
        return Error::invalid(tr("Type at least one word to search for; filters alone are not a search."));

    QString where;
    QVariantList params{parsed->match};
    QStringList departments;
    for (const DepartmentId d : actor.departments()) {
        departments << QStringLiteral("?");
        params << d.value;
    }
    if (departments.isEmpty())
        return QList<SearchHit>();
    where += QStringLiteral(" AND f.lead_department_id IN (%1)").arg(departments.join(QLatin1Char(',')));
    for (const SearchFilter &filter : parsed->filters) {
        const QString key = filter.key.toLower();
        const QString value = filter.value.trimmed();
        if (key == QStringLiteral("akte")) {
            where += QStringLiteral(" AND f.reference_number LIKE ? ESCAPE '\\'");
            params << likePrefix(value);
        } else if (key == QStringLiteral("oe")) {
            where += QStringLiteral(" AND f.lead_department_id = (SELECT id FROM departments WHERE code = ?)");
            params << value;
        } else if (key == QStringLiteral("plan")) {
            where += QStringLiteral(" AND (u.key = ? OR u.key LIKE ? ESCAPE '\\')");
            params << value << likePrefix(value + QLatin1Char('.'));
        } else if (key == QStringLiteral("von") || key == QStringLiteral("bis")) {
            const QDate date = QDate::fromString(value, Qt::ISODate).isValid()
                                   ? QDate::fromString(value, Qt::ISODate)
                                   : QDate::fromString(value, QStringLiteral("d.M.yyyy"));
            if (!date.isValid())
                return Error::invalid(tr("\"%1:%2\" needs a date such as 2026-03-01 or 1.3.2026.").arg(key, value));
            where += key == QStringLiteral("von")
                         ? QStringLiteral(" AND coalesce(d.document_date, substr(d.created_at, 1, 10)) >= ?")
                         : QStringLiteral(" AND coalesce(d.document_date, substr(d.created_at, 1, 10)) <= ?");
            params << date.toString(Qt::ISODate);
        } else if (key == QStringLiteral("typ")) {
            where += QStringLiteral(" AND (v.mime_type LIKE ? ESCAPE '\\' OR v.file_name LIKE ? ESCAPE '\\')");
            params << likePrefix(value.toLower() == QStringLiteral("pdf") ? QStringLiteral("application/pdf")
                                                                          : value.toLower())
                   << QStringLiteral("%.") + value;
        } else if (key == QStringLiteral("status")) {
            // The state by key or by its label in any language, e.g. status:Mitzeichnung.
            QStringList states{value};
            if (auto def = WorkflowRegistry(m_db).current(QStringLiteral("case")); def) {
                for (const WorkflowState &s : def->states()) {
                    for (const QString &label : s.labels.byLanguage) {
                        if (label.compare(value, Qt::CaseInsensitive) == 0)
                            states << s.key;
                    }
                }
            }
            QStringList marks;
            for (const QString &s : std::as_const(states)) {
                marks << QStringLiteral("?");
                params << s;
            }
            where += QStringLiteral(" AND w.state IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
    }
    // The index finds and ranks the pages; the joins keep what the person may read. Ranking
    // every match of a common word and joining each to its file costs time in proportion to
    // the matches, so:
    //  - a word on more than kRankWindow pages is ranked on the newest kRankWindow of them
    //    (the index rows are numbered as the texts come in), which bounds the time a search
    //    takes however large the store grows;
    //  - the best pages are taken from the index first, by the FTS5 query alone, and only then
    //    joined and checked; when that query saw every match (a rare word), its answer is
    //    complete; when too few of its pages may be read or pass the filters, all matches are
    //    ranked in one query with the joins.
    // Snippets cost time per row, so they are made afterwards for the pages shown only.
    struct Candidates {
        QList<SearchHit> hits;
        QList<qint64> rows; // the index row of each hit's best page, for its snippet
    };
    const QString joins = QStringLiteral(
        "JOIN document_versions v ON v.id = t.version_id JOIN documents d ON d.id = v.document_id "
        "JOIN cases c ON c.id = d.case_id JOIN files f ON f.id = c.file_id "
        "JOIN file_plan_units u ON u.id = f.plan_unit_id "
        "LEFT JOIN workflow_items w ON w.item_type = 'case' AND w.item_ref = CAST(c.id AS TEXT) ");
    const QString columns = QStringLiteral("d.id, v.id, c.id, f.id, f.reference_number, c.number, d.title, f.subject, "
                                           "d.document_date, v.mime_type, t.page, t.id, f.confidentiality");
    const auto readHit = [](const QSqlQuery &q, SearchHit &h) {
        h.document = DocumentId(q.value(0).toLongLong());
        h.version = VersionId(q.value(1).toLongLong());
        h.caseId = CaseId(q.value(2).toLongLong());
        h.file = FileId(q.value(3).toLongLong());
        h.referenceNumber = q.value(4).toString();
        h.caseNumber = q.value(5).toInt();
        h.title = q.value(6).toString();
        h.fileSubject = q.value(7).toString();
        h.documentDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        h.mimeType = q.value(9).toString();
        h.page = q.value(10).toInt();
        h.confidentiality = q.value(12).toString() == QStringLiteral("vs_nfd") ? Confidentiality::Restricted
                                                                              : Confidentiality::Open;
    };
    // First pass: the best pages of the newest window from the index alone, then their rows.
    const auto firstPass = [&](bool *complete) -> Result<Candidates> {
        const int ftsLimit = limit * 20; // pages per document, and pages the person may not read
        auto ranked = m_db.exec(QStringLiteral("SELECT rowid, score FROM (SELECT rowid, %1(document_fts, 4.0, 1.0) AS "
                                               "score FROM document_fts WHERE document_fts MATCH ? ORDER BY rowid DESC "
                                               "LIMIT %2) ORDER BY score LIMIT %3")
                                    .arg(QLatin1String(kSearchRankName))
                                    .arg(m_rankWindow)
                                    .arg(ftsLimit),
                                {parsed->match});
        if (!ranked)
            return Result<Candidates>(ranked.error());
        QList<QPair<qint64, double>> order;
        while (ranked->next())
            order.append({ranked->value(0).toLongLong(), ranked->value(1).toDouble()});
        ranked->finish();
        // Fewer pages than either limit: the query saw every match there is.
        *complete = order.size() < ftsLimit && order.size() < m_rankWindow;
        Candidates found;
        if (order.isEmpty())
            return Result<Candidates>(std::move(found));
        QStringList marks;
        QVariantList rowParams;
        for (const auto &[row, score] : std::as_const(order)) {
            marks << QStringLiteral("?");
            rowParams << row;
        }
        auto q = m_db.exec(QStringLiteral("SELECT %1 FROM document_text t %2 WHERE t.id IN (%3) %4")
                               .arg(columns, joins, marks.join(QLatin1Char(',')), where),
                           rowParams + params.mid(1));
        if (!q)
            return Result<Candidates>(q.error());
        QHash<qint64, SearchHit> byRow;
        while (q->next()) {
            SearchHit h;
            readHit(*q, h);
            byRow.insert(q->value(11).toLongLong(), h);
        }
        QSet<qint64> seen;
        for (const auto &[row, score] : std::as_const(order)) {
            if (found.hits.size() >= limit)
                break;
            auto it = byRow.constFind(row);
            if (it == byRow.cend() || seen.contains(it->document.value))
                continue;
            seen.insert(it->document.value);
            SearchHit h = *it;
            h.score = score;
            found.hits << h;
            found.rows << row;
        }
        return Result<Candidates>(std::move(found));
    };
    // Second pass: every match ranked, joined and filtered in one query.
    const auto everyMatch = [&]() -> Result<Candidates> {
        auto q = m_db.exec(QStringLiteral("SELECT %1, m.score FROM (SELECT rowid, %2(document_fts, 4.0, 1.0) AS score "
                                          "FROM document_fts WHERE document_fts MATCH ?) m "
                                          "JOIN document_text t ON t.id = m.rowid %3 WHERE 1 = 1 %4 "
                                          "ORDER BY m.score LIMIT ?")
                               .arg(columns, QLatin1String(kSearchRankName), joins, where),
                           params + QVariantList{limit * 5});
        if (!q)
            return Result<Candidates>(q.error());
        Candidates found;
        QSet<qint64> seen;
        while (q->next() && found.hits.size() < limit) {
            SearchHit h;
            readHit(*q, h);
            if (seen.contains(h.document.value))
                continue;
            seen.insert(h.document.value);
            h.score = q->value(13).toDouble(); // after the columns readHit reads
            found.hits << h;
            found.rows << q->value(11).toLongLong();
        }
        return Result<Candidates>(std::move(found));
    };
    bool complete = false;
    auto found = firstPass(&complete);
    if (found && found->hits.size() < limit && !complete)
        found = everyMatch();
    if (!found) {
        // The parser quotes every term, so this is not the person's fault; say what happened.
        return Error::internal(tr("The search could not be run: %1").arg(found.error().message));
    }
    QList<SearchHit> result = found->hits;
    // One snippet per page shown, each found by its row: FTS5 seeks to it in the word's list
    // instead of walking the whole list as "rowid IN (…)" would.
    for (int i = 0; i < result.size(); ++i) {
        auto snippet =
            m_db.exec(QStringLiteral("SELECT snippet(document_fts, -1, char(2), char(3), '…', 16) FROM document_fts "
                                     "WHERE document_fts MATCH ? AND rowid = ?"),
                      {parsed->match, found->rows.at(i)});
        if (!snippet)
            return Error::internal(tr("The search could not be run: %1").arg(snippet.error().message));
        if (snippet->next())
            result[i].snippet = snippet->value(0).toString();
    }
    if (Status s = auditRestrictedHits(actor, result); !s)
        return s.error();
    return result;
}

Status DocumentSearch::auditRestrictedHits(const Actor &actor, const QList<SearchHit> &hits) const
{
    // Every view of a VS-NfD file is audited, and a hit shows its title and a snippet of its text.
    QMap<QString, QJsonArray> documentsByFile;
    for (const SearchHit &h : hits) {
        if (h.confidentiality == Confidentiality::Restricted)
            documentsByFile[h.referenceNumber].append(h.document.value);
    }
    if (documentsByFile.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    AuditLog audit(m_db);
    for (auto it = documentsByFile.cbegin(); it != documentsByFile.cend(); ++it) {
        if (auto r = audit.append(actor.record(QStringLiteral("file.viewed"), QStringLiteral("file"), it.key(),
                                               QJsonObject{{QStringLiteral("via"), QStringLiteral("search")},
                                                           {QStringLiteral("documents"), it.value()}}));
            !r)
            return r.error();
    }
    return tx.commit();
}

Status DocumentIndex::store(VersionId version, const QStringList &pages, std::optional<int> pageCount,
                            const QString &status, const QString &note)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT d.id, d.title, coalesce(d.sender, ''), coalesce(d.recipients, ''), f.subject, f.reference_number, "
            "v.file_name FROM document_versions v JOIN documents d ON d.id = v.document_id "
            "JOIN cases c ON c.id = d.case_id JOIN files f ON f.id = c.file_id WHERE v.id = ?"),
        {version.value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no document version number %1.").arg(version.value));
    const qint64 document = q->value(0).toLongLong();
    const QString meta = QStringList{q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                                     q->value(4).toString(), q->value(5).toString(), q->value(6).toString()}
                             .join(QLatin1Char('\n'));
    q->finish();
    // Only the current version is searchable. A version read after a newer one came (left
    // pending by a crash, or read by another process meanwhile) gets its status, but never
    // replaces the newer text.
    auto newest = m_db.scalar(
        QStringLiteral("SELECT id FROM document_versions WHERE document_id = ? ORDER BY version DESC LIMIT 1"),
        {document});
    if (!newest)
        return newest.error();
    if (newest->toLongLong() == version.value) {
        // The document's older text leaves the index.
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM document_text WHERE version_id IN "
                                              "(SELECT id FROM document_versions WHERE document_id = ?)"),
                               {document});
            !r)
            return r.error();
        if (auto r =
                m_db.exec(QStringLiteral("INSERT INTO document_text(version_id, page, meta, body) VALUES(?, 0, ?, '')"),
                          {version.value, meta});
            !r)
            return r.error();
        for (int i = 0; i < pages.size(); ++i) {
            if (pages.at(i).trimmed().isEmpty())
                continue;
            if (auto r = m_db.exec(
                    QStringLiteral("INSERT INTO document_text(version_id, page, meta, body) VALUES(?, ?, '', ?)"),
                    {version.value, i + 1, pages.at(i)});
                !r)
                return r.error();
        }
    }
    if (auto r = m_db.exec(
            QStringLiteral("UPDATE document_versions SET text_status = ?, text_note = ?, page_count = ? WHERE id = ?"),
            {status, note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note),
             pageCount ? QVariant(*pageCount) : QVariant(QMetaType::fromType<int>()), version.value});
        !r)
        return r.error();
    return tx.commit();
}

Result<QList<VersionId>> DocumentIndex::pending(int limit) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT id FROM document_versions WHERE text_status = 'pending' ORDER BY id LIMIT ?"), {limit});
    if (!q)
        return q.error();
    QList<VersionId> ids;
    while (q->next())
        ids << VersionId(q->value(0).toLongLong());
    return ids;
}

} // namespace amtsdesk
