#include "efile/documentsearch.h"

#include "audit/auditlog.h"
#include "search/searchquery.h"
#include "search/searchrank.h"
#include "store/database.h"
#include "store/transaction.h"
#include "workflow/workflowregistry.h"

#include <QJsonArray>
#include <QMap>

#include <sqlite3.h>

#include <algorithm>

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

// Every page in the index carries tags (resources/sql/0008_search_tags.sql): d<department>,
// y<year>, m<year><month>, f<file>, c<case>. This asks for pages carrying one of them.
QString anyTag(const QStringList &tags)
{
    QStringList quoted;
    for (const QString &t : tags)
        quoted << QLatin1Char('"') + t + QLatin1Char('"');
    return QStringLiteral("tags : (%1)").arg(quoted.join(QStringLiteral(" OR ")));
}

QStringList idTags(QChar kind, const QSet<qint64> &ids)
{
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList tags;
    for (qint64 id : std::as_const(sorted))
        tags << QString(kind) + QString::number(id);
    return tags;
}

// The months (or, over a longer time, the years) from..to as tags; none when there are too many
// to name, then only the check of each page keeps to the dates.
QStringList dateTags(QDate from, QDate to)
{
    constexpr int kMaxDateTags = 12;
    const auto number = [](int n, int digits) { return QStringLiteral("%1").arg(n, digits, 10, QLatin1Char('0')); };
    QStringList tags;
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    if (months <= kMaxDateTags) {
        for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
            tags << QStringLiteral("m") + number(m.year(), 4) + number(m.month(), 2);
    } else if (to.year() - from.year() + 1 <= kMaxDateTags) {
        for (int y = from.year(); y <= to.year(); ++y)
            tags << QStringLiteral("y") + number(y, 4);
    }
    return tags;
}

// Ids named by several filters must satisfy each: an unnamed (too many) set does not narrow.
void narrow(std::optional<QSet<qint64>> &ids, const std::optional<QSet<qint64>> &by)
{
    if (!by)
        return;
    if (!ids)
        ids = by;
    else
        ids->intersect(*by);
}

// The index's words that begin with a folded prefix (SearchQuery::PrefixWords), from FTS5's own
// list of words through an fts5vocab table of this connection; none when there are more than
// kMaxWords of them or the list cannot be read: FTS5 then expands the prefix itself. The table
// lists each occurrence ('instance'), so that asking for the first one after a word reads only
// that one: a table of whole words ('row') counts every occurrence of each, which for the
// commonest words of a million documents takes minutes.
std::optional<QStringList> indexWordsBeginning(Database &db, const QString &prefix)
{
    constexpr int kMaxWords = 400;
    if (!db.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.document_fts_words "
                                "USING fts5vocab(main, document_fts, 'instance')")))
        return std::nullopt;
    const char32_t last = 0x10FFFF; // sorts after every character a word can go on with
    const QString end = prefix + QString::fromUcs4(&last, 1);
    QStringList words;
    while (words.size() <= kMaxWords) {
        // The next word from the one found plus U+0001 on (words hold letters and digits only):
        // "term > word" would pass every occurrence of the word first.
        const QString from = words.isEmpty() ? prefix : words.last() + QChar(1);
        auto q = db.exec(QStringLiteral("SELECT term FROM temp.document_fts_words WHERE term >= ? AND term < ? LIMIT 1"),
                         {from, end});
        if (!q)
            return std::nullopt;
        if (!q->next())
            return words;
        words << q->value(0).toString();
    }
    return std::nullopt;
}

} // namespace

QStringList DocumentSearch::filterKeys()
{
    return {QStringLiteral("akte"), QStringLiteral("oe"),  QStringLiteral("plan"),  QStringLiteral("von"),
            QStringLiteral("bis"),  QStringLiteral("typ"), QStringLiteral("status")};
}

Result<SearchPlan> DocumentSearch::plan(const Actor &actor, const QString &text) const
{
    auto parsed = SearchQuery::parse(text, filterKeys(),
                                     [this](const QString &prefix) { return indexWordsBeginning(m_db, prefix); });
    if (!parsed)
        return parsed.error();
    if (parsed->isEmpty())
        return Error::invalid(tr("Type at least one word to search for; filters alone are not a search."));
    SearchPlan plan;
    // The words only in the title and text columns: a word typed never finds a tag.
    plan.words = QStringLiteral("{meta body} : (%1)").arg(parsed->match);
    plan.phrases = parsed->phrases;

    QSet<qint64> departments;
    for (const DepartmentId d : actor.departments())
        departments.insert(d.value);
    QList<qint64> sortedDepartments(departments.cbegin(), departments.cend());
    std::sort(sortedDepartments.begin(), sortedDepartments.end());
    plan.where = QStringLiteral(" AND f.lead_department_id IN (%1)").arg(sqlPlaceholders(sortedDepartments.size()));
    for (qint64 d : std::as_const(sortedDepartments))
        plan.params << d;

    // Each filter is checked exactly on every page found (where); the files, cases, departments
    // and dates it allows are also asked of the index as tags where they can be named.
    QStringList fileConditions; // conditions on f and u naming files, with their values
    QVariantList fileParams;
    std::optional<QSet<qint64>> cases;
    std::optional<QDate> from, to;
    bool statesGiven = false;
    QStringList states;
    for (const SearchFilter &filter : parsed->filters) {
        const QString key = filter.key.toLower();
        const QString value = filter.value.trimmed();
        if (key == QStringLiteral("akte")) {
            const QString condition = QStringLiteral("f.reference_number LIKE ? ESCAPE '\\'");
            plan.where += QStringLiteral(" AND ") + condition;
            plan.params << likePrefix(value);
            fileConditions << condition;
            fileParams << likePrefix(value);
        } else if (key == QStringLiteral("oe")) {
            plan.where += QStringLiteral(" AND f.lead_department_id = (SELECT id FROM departments WHERE code = ?)");
            plan.params << value;
            auto id = m_db.scalar(QStringLiteral("SELECT id FROM departments WHERE code = ?"), {value});
            if (!id)
                return id.error();
            departments.intersect(id->isValid() ? QSet<qint64>{id->toLongLong()} : QSet<qint64>());
        } else if (key == QStringLiteral("plan")) {
            const QString condition = QStringLiteral("(u.key = ? OR u.key LIKE ? ESCAPE '\\')");
            plan.where += QStringLiteral(" AND ") + condition;
            plan.params << value << likePrefix(value + QLatin1Char('.'));
            fileConditions << condition;
            fileParams << value << likePrefix(value + QLatin1Char('.'));
        } else if (key == QStringLiteral("von") || key == QStringLiteral("bis")) {
            const QDate date = QDate::fromString(value, Qt::ISODate).isValid()
                                   ? QDate::fromString(value, Qt::ISODate)
                                   : QDate::fromString(value, QStringLiteral("d.M.yyyy"));
            if (!date.isValid())
                return Error::invalid(tr("\"%1:%2\" needs a date such as 2026-03-01 or 1.3.2026.").arg(key, value));
            const bool isFrom = key == QStringLiteral("von");
            plan.where += isFrom ? QStringLiteral(" AND coalesce(d.document_date, substr(d.created_at, 1, 10)) >= ?")
                                 : QStringLiteral(" AND coalesce(d.document_date, substr(d.created_at, 1, 10)) <= ?");
            plan.params << date.toString(Qt::ISODate);
            if (isFrom)
                from = from ? std::max(*from, date) : date;
            else
                to = to ? std::min(*to, date) : date;
        } else if (key == QStringLiteral("typ")) {
            plan.where += QStringLiteral(" AND (v.mime_type LIKE ? ESCAPE '\\' OR v.file_name LIKE ? ESCAPE '\\')");
            plan.params << likePrefix(value.toLower() == QStringLiteral("pdf") ? QStringLiteral("application/pdf")
                                                                               : value.toLower())
                        << QStringLiteral("%.") + value;
        } else if (key == QStringLiteral("status")) {
            // The state by key or by its label in any language, e.g. status:Mitzeichnung.
            QStringList these{value};
            if (auto def = WorkflowRegistry(m_db).current(QStringLiteral("case")); def) {
                for (const WorkflowState &s : def->states()) {
                    for (const QString &label : s.labels.byLanguage) {
                        if (label.compare(value, Qt::CaseInsensitive) == 0)
                            these << s.key;
                    }
                }
            }
            plan.where += QStringLiteral(" AND w.state IN (%1)").arg(sqlPlaceholders(these.size()));
            for (const QString &s : std::as_const(these))
                plan.params << s;
            // Two status filters: a case must be in a state both name.
            if (statesGiven) {
                QStringList both;
                for (const QString &s : std::as_const(these)) {
                    if (states.contains(s))
                        both << s;
                }
                states = both;
            } else {
                states = these;
            }
            statesGiven = true;
        }
    }
    if (departments.isEmpty()) {
        plan.nothing = true;
        return plan;
    }
    QList<qint64> allowed(departments.cbegin(), departments.cend());
    std::sort(allowed.begin(), allowed.end());
    QVariantList allowedParams;
    for (qint64 d : std::as_const(allowed))
        allowedParams << d;

    // The files of the allowed departments that akte: and plan: name, and the cases in the
    // states status: names; at most kMaxTaggedIds + 1 are read, more are not named.
    const auto ids = [&](const QString &sql, const QVariantList &params) -> Result<std::optional<QSet<qint64>>> {
        auto q = m_db.exec(sql.arg(sqlPlaceholders(allowed.size())).arg(kMaxTaggedIds + 1), params);
        if (!q)
            return q.error();
        QSet<qint64> found;
        while (q->next())
            found.insert(q->value(0).toLongLong());
        return found.size() > kMaxTaggedIds ? std::optional<QSet<qint64>>() : std::optional<QSet<qint64>>(found);
    };
    std::optional<QSet<qint64>> files;
    if (!fileConditions.isEmpty()) {
        auto named = ids(QStringLiteral("SELECT f.id FROM files f JOIN file_plan_units u ON u.id = f.plan_unit_id "
                                        "WHERE f.lead_department_id IN (%1) AND ") +
                             fileConditions.join(QStringLiteral(" AND ")) + QStringLiteral(" LIMIT %2"),
                         allowedParams + fileParams);
        if (!named)
            return named.error();
        narrow(files, *named);
    }
    if (statesGiven) {
        // "+w.item_type": through workflow_items_state (key, state), not the index on the type,
        // which with two states SQLite prefers and which reads every case.
        QVariantList params = allowedParams;
        for (const QString &s : std::as_const(states))
            params << s;
        auto named = ids(QStringLiteral("SELECT c.id FROM workflow_items w JOIN cases c ON c.id = "
                                        "CAST(w.item_ref AS INTEGER) JOIN files f ON f.id = c.file_id "
                                        "WHERE w.workflow_key = 'case' AND +w.item_type = 'case' "
                                        "AND f.lead_department_id IN (%1) AND w.state IN (") +
                             sqlPlaceholders(states.size()) + QStringLiteral(") LIMIT %2"),
                         params);
        if (!named)
            return named.error();
        narrow(cases, *named);
    }
    QStringList match{plan.words, anyTag(idTags(QLatin1Char('d'), departments))};
    if ((files && files->isEmpty()) || (cases && cases->isEmpty()) || (from && to && *from > *to)) {
        plan.nothing = true;
        return plan;
    }
    if (files)
        match << anyTag(idTags(QLatin1Char('f'), *files));
    if (cases)
        match << anyTag(idTags(QLatin1Char('c'), *cases));
    if (from || to) {
        // An open end is the store's first or last day, read from the index documents_date (ORDER BY ...
        // LIMIT 1 walks the index; min() and max() of an expression would read every document).
        const auto day = [&](const char *order) -> Result<QDate> {
            auto q = m_db.exec(QStringLiteral("SELECT coalesce(document_date, substr(created_at, 1, 10)) FROM "
                                              "documents ORDER BY coalesce(document_date, substr(created_at, 1, 10)) "
                                              "%1 LIMIT 1")
                                   .arg(QLatin1String(order)));
            if (!q)
                return q.error();
            return q->next() ? QDate::fromString(q->value(0).toString(), Qt::ISODate) : QDate();
        };
        QDate first = from.value_or(QDate()), last = to.value_or(QDate());
        if (!from) {
            auto d = day("ASC");
            if (!d)
                return d.error();
            first = *d;
        }
        if (!to) {
            auto d = day("DESC");
            if (!d)
                return d.error();
            last = *d;
        }
        if (first.isValid() && last.isValid()) {
            if (first > last) {
                plan.nothing = true;
                return plan;
            }
            if (const QStringList tags = dateTags(first, last); !tags.isEmpty())
                match << anyTag(tags);
        }
    }
    plan.match = match.join(QStringLiteral(" AND "));
    return plan;
}

// The hits found and the index row of each one's best page, for its snippet.
struct DocumentSearch::Found {
    QList<SearchHit> hits;
    QList<qint64> rows;
};

Result<DocumentSearch::Found> DocumentSearch::find(const SearchPlan &plan, int limit) const
{
    // The index finds and ranks the pages the person may read and the filters allow, by the
    // words and the tags; the joins then check each page exactly and read what is shown. So
    // that the time a search takes stays bounded however large the store grows:
    //  - a search matching more than kRankWindow pages ranks the newest kRankWindow of them
    //    (the index rows are numbered as the texts come in);
    //  - the best pages are read first, limit * 20 of them, and checked in rank order in
    //    growing chunks until the page of results is full; only when these run out are the
    //    rest of the window's pages read and checked.
    // Snippets cost time per row, so they are made afterwards for the pages shown only.
    const QString ranked = QStringLiteral("SELECT rowid, score FROM (SELECT rowid, %1(document_fts, 4.0, 1.0, 0.0, ?) "
                                          "AS score FROM document_fts WHERE document_fts MATCH ? ORDER BY rowid DESC "
                                          "LIMIT ?) ORDER BY score LIMIT ?")
                               .arg(QLatin1String(kSearchRankName));
    const auto rank = [&](int rows) -> Result<QList<QPair<qint64, double>>> {
        auto q = m_db.exec(ranked, {plan.phrases, plan.match, m_rankWindow, rows});
        if (!q)
            return q.error();
        QList<QPair<qint64, double>> order;
        while (q->next())
            order.append({q->value(0).toLongLong(), q->value(1).toDouble()});
        return order;
    };
    const QString check = QStringLiteral(
        "SELECT d.id, v.id, c.id, f.id, f.reference_number, c.number, d.title, f.subject, d.document_date, "
        "v.mime_type, t.page, t.id, f.confidentiality FROM document_text t JOIN document_versions v ON v.id = t.version_id "
        "JOIN documents d ON d.id = v.document_id JOIN cases c ON c.id = d.case_id JOIN files f ON f.id = c.file_id "
        "JOIN file_plan_units u ON u.id = f.plan_unit_id "
        "LEFT JOIN workflow_items w ON w.item_type = 'case' AND w.item_ref = CAST(c.id AS TEXT) "
        "WHERE t.id IN (%1) %2");
    Found found;
    QSet<qint64> seen; // documents shown: one hit each, its best page
    int chunk = std::max(limit * 2, 16);
    // Checks order[from...] in rank order, chunk by chunk, until limit documents are found.
    const auto checkFrom = [&](const QList<QPair<qint64, double>> &order, qsizetype from) -> Status {
        for (qsizetype at = from; at < order.size() && found.hits.size() < limit;) {
            const qsizetype n = std::min<qsizetype>(chunk, order.size() - at);
            QVariantList params;
            for (qsizetype i = at; i < at + n; ++i)
                params << order.at(i).first;
            auto q = m_db.exec(check.arg(sqlPlaceholders(n), plan.where), params + plan.params);
            if (!q)
                return q.error();
            QHash<qint64, SearchHit> byRow;
            while (q->next()) {
                SearchHit h;
                h.document = DocumentId(q->value(0).toLongLong());
                h.version = VersionId(q->value(1).toLongLong());
                h.caseId = CaseId(q->value(2).toLongLong());
                h.file = FileId(q->value(3).toLongLong());
                h.referenceNumber = q->value(4).toString();
                h.caseNumber = q->value(5).toInt();
                h.title = q->value(6).toString();
                h.fileSubject = q->value(7).toString();
                h.documentDate = QDate::fromString(q->value(8).toString(), Qt::ISODate);
                h.mimeType = q->value(9).toString();
                h.page = q->value(10).toInt();
                h.confidentiality = q->value(12).toString() == QStringLiteral("vs_nfd") ? Confidentiality::Restricted
                                                                                       : Confidentiality::Open;
                byRow.insert(q->value(11).toLongLong(), h);
            }
            for (qsizetype i = at; i < at + n && found.hits.size() < limit; ++i) {
                auto it = byRow.constFind(order.at(i).first);
                if (it == byRow.cend() || seen.contains(it->document.value))
                    continue;
                seen.insert(it->document.value);
                SearchHit h = *it;
                h.score = order.at(i).second;
                found.hits << h;
                found.rows << order.at(i).first;
            }
            at += n;
            chunk = std::min(chunk * 2, 2000);
        }
        return {};
    };
    const int best = std::min(limit * 20, m_rankWindow); // pages per document, and pages not passing
    auto order = rank(best);
    if (!order)
        return order.error();
    if (Status s = checkFrom(*order, 0); !s)
        return s.error();
    // All best pages checked, the page of results not full, and the window holds more pages.
    if (found.hits.size() < limit && order->size() == best && best < m_rankWindow) {
        auto all = rank(m_rankWindow);
        if (!all)
            return all.error();
        if (Status s = checkFrom(*all, best); !s)
            return s.error();
    }
    return found;
}

Result<QList<SearchHit>> DocumentSearch::search(const Actor &actor, const QString &text, int limit) const
{
    auto plan = this->plan(actor, text);
    if (!plan)
        return plan.error();
    if (plan->nothing || limit <= 0)
        return QList<SearchHit>();
    auto found = find(*plan, limit);
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
                      {plan->words, found->rows.at(i)});
        if (!snippet)
            return Error::internal(tr("The search could not be run: %1").arg(snippet.error().message));
        if (snippet->next())
            result[i].snippet = snippet->value(0).toString();
    }
    if (Status st = auditRestrictedHits(actor, result); !st)
        return st.error();
    return result;
}

Status DocumentSearch::auditRestrictedHits(const Actor &actor, const QList<SearchHit> &hits) const
{
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
    return storeAll({Text{version, pages, pageCount, status, note}});
}

Status DocumentIndex::storeAll(const QList<Text> &texts)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    // The pages wait in a table of this connection and go into document_text in one statement at
    // the end: each statement that writes the index through the trigger is a savepoint of its
    // own, and FTS5 writes what it holds to a new segment at every savepoint.
    if (auto r = m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS text_to_index("
                                          "version_id INTEGER, page INTEGER, meta TEXT, body TEXT)"));
        !r)
        return r.error();
    for (const Text &text : texts) {
        if (Status s = write(text); !s)
            return s;
    }
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO document_text(version_id, page, meta, body) "
                                          "SELECT version_id, page, meta, body FROM temp.text_to_index ORDER BY rowid"));
        !r)
        return r.error();
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM temp.text_to_index")); !r)
        return r.error();
    return tx.commit();
}

Status DocumentIndex::write(const Text &text)
{
    const VersionId version = text.version;
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
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO temp.text_to_index(version_id, page, meta, body) "
                                              "VALUES(?, 0, ?, '')"),
                               {version.value, meta});
            !r)
            return r.error();
        for (int i = 0; i < text.pages.size(); ++i) {
            if (text.pages.at(i).trimmed().isEmpty())
                continue;
            if (auto r = m_db.exec(QStringLiteral("INSERT INTO temp.text_to_index(version_id, page, meta, body) "
                                                  "VALUES(?, ?, '', ?)"),
                                   {version.value, i + 1, text.pages.at(i)});
                !r)
                return r.error();
        }
    }
    if (auto r = m_db.exec(
            QStringLiteral("UPDATE document_versions SET text_status = ?, text_note = ?, page_count = ? WHERE id = ?"),
            {text.status, text.note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text.note),
             text.pageCount ? QVariant(*text.pageCount) : QVariant(QMetaType::fromType<int>()), version.value});
        !r)
        return r.error();
    return {};
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

Result<int> DocumentIndex::mergeSegments(const std::function<bool(int)> &goOn)
{
    // A negative amount puts every segment on one level first and merges as few as two, so
    // repeating it until a step changes nothing leaves one segment, as 'optimize' does in one
    // long transaction (SQLite's FTS5 documentation, "The 'merge' command"). A step writes
    // about 2,000 pages (8 MB) and takes a fraction of a second.
    constexpr int kPagesPerStep = 2000;
    int steps = 0;
    for (;;) {
        const qint64 before = sqlite3_total_changes64(m_db.handle());
        auto merged = m_db.exec(QStringLiteral("INSERT INTO document_fts(document_fts, rank) VALUES ('merge', ?)"),
                                {-kPagesPerStep});
        if (!merged)
            return merged.error();
        if (sqlite3_total_changes64(m_db.handle()) - before < 2)
            return steps;
        ++steps;
        if (goOn && !goOn(steps))
            return steps;
    }
}

} // namespace amtsdesk
