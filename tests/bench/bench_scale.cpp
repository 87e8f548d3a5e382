// Benchmarks on stores made by `amtsdesk-cli generate` (not tests; run by tools/bench). Each
// figure is measured beside its anchor in the same run; every result is printed as a line
//   RESULT<TAB>figure<TAB>ours<TAB>anchor<TAB>unit<TAB>goal<TAB>met
// which tools/bench collects into one table; the details go before it.
//   bench_scale search STORE        query mix through core vs the same FTS5 query raw (C API)
//   bench_scale case STORE          opening the case with the most documents (the reads of the GUI)
//   bench_scale page                a 500-page PDF at pages 1 and 400: worker vs pdftoppm
//   bench_scale import N            N PDFs through BatchImport vs pdftotext + sha256sum
//   bench_scale invoices N          reading and validating N invoices vs xmllint --noout
#include "access/accessservice.h"
#include "demo/demoletter.h"
#include "demo/scalecontent.h"
#include "demo/vocabulary.h"
#include "efile/batchimport.h"
#include "efile/documentsearch.h"
#include "efile/documentservice.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "invoice/invoicefile.h"
#include "invoice/invoicevalidator.h"
#include "pdf/workerclient.h"
#include "search/searchrank.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTextStream>

#include <sqlite3.h>

#include <sched.h>

#include <algorithm>
#include <cmath>

using namespace amtsdesk;

namespace {

QTextStream out(stdout);

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = qsizetype(std::ceil(rank));
    return values.at(lo) + (values.at(hi) - values.at(lo)) * (rank - lo);
}

// One line of the table: goal "< 100 ms" with the limit and whether smaller is the aim.
void result(const QString &figure, double ours, double anchor, const QString &unit, const QString &goal, bool met)
{
    out << "RESULT\t" << figure << '\t' << QString::number(ours, 'f', ours < 10 ? 2 : 1) << '\t'
        << (anchor < 0 ? QStringLiteral("–") : QString::number(anchor, 'f', anchor < 10 ? 2 : 1)) << '\t' << unit
        << '\t' << goal << '\t' << (met ? "yes" : "NO") << Qt::endl;
}

// Runs a program to its end; with peakMb, under GNU time for its peak memory.
double runTimed(const QString &program, const QStringList &args, double *peakMb = nullptr)
{
    QTemporaryFile peak;
    QString exe = program;
    QStringList all = args;
    if (peakMb && peak.open()) {
        all = QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), peak.fileName(), program} + args;
        exe = QStringLiteral("/usr/bin/time");
    }
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(exe, all);
    p.waitForFinished(-1);
    const double ms = t.nsecsElapsed() / 1e6;
    if (peakMb)
        *peakMb = std::max(*peakMb, QString::fromUtf8(peak.readAll()).trimmed().toDouble() / 1024);
    return ms;
}

std::unique_ptr<Database> openStore(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    return std::move(*db);
}

// A clerk of the department with the most documents: whose search and case list are largest.
Actor busiestClerk(Database &db)
{
    auto login = db.scalar(QStringLiteral(
        "SELECT u.login FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'clerk' "
        "WHERE u.department_id = (SELECT f.lead_department_id FROM files f JOIN cases c ON c.file_id = f.id "
        "JOIN documents d ON d.case_id = c.id GROUP BY f.lead_department_id ORDER BY count(*) DESC LIMIT 1) "
        "ORDER BY u.id LIMIT 1"));
    auto actor = AccessService(db).actorForLogin(login ? login->toString() : QString());
    if (!actor)
        qFatal("%s", qPrintable(actor.error().message));
    return *actor;
}

double rawQuery(sqlite3 *raw, const QByteArray &sql, const QVariantList &params, int *rows = nullptr)
{
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(raw, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        qFatal("%s", sqlite3_errmsg(raw));
    QList<QByteArray> keep;
    for (int i = 0; i < params.size(); ++i) {
        if (params.at(i).typeId() == QMetaType::QString) {
            keep << params.at(i).toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, keep.last().constData(), int(keep.last().size()), SQLITE_STATIC);
        } else {
            sqlite3_bind_int64(stmt, i + 1, params.at(i).toLongLong());
        }
    }
    int n = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        ++n;
    sqlite3_finalize(stmt);
    if (rows)
        *rows = n;
    return t.nsecsElapsed() / 1e6;
}

int benchSearch(const QString &path)
{
    auto db = openStore(path);
    const QJsonObject settings =
        QJsonDocument::fromJson(db->storeInfo(QStringLiteral("scale_generator")).toUtf8()).object();
    const quint64 seed = settings.value(QStringLiteral("seed")).toString().toULongLong();
    auto vocabulary = Vocabulary::load(quint32(seed));
    if (!vocabulary)
        qFatal("%s", qPrintable(vocabulary.error().message));
    const Vocabulary &v = **vocabulary;
    const qint64 documents = db->scalar(QStringLiteral("SELECT count(*) FROM documents"))->toLongLong();
    const Actor clerk = busiestClerk(*db);
    const QString department = db->scalar(QStringLiteral("SELECT code FROM departments WHERE id = ?"),
                                          {clerk.department.value})
                                   ->toString();
    // A realistic mix: the vocabulary's words by rank (1 is the most common), prefixes, phrases,
    // operators, filters; the words by rank as the generator drew them for this seed.
    QStringList queries;
    for (int rank : {1, 3, 10, 30, 100, 300, 1000, 3000, 10000, 30000, 100000, 300000})
        queries << v.wordOfRank(rank);
    const QStringList prefixes{v.wordOfRank(2).left(3) + QLatin1Char('*'), v.wordOfRank(50).left(4) + QLatin1Char('*'),
                               v.wordOfRank(5000).left(5) + QLatin1Char('*'), QStringLiteral("Bau*"),
                               QStringLiteral("Ge*"), QStringLiteral("Stellungnahm*")};
    queries << prefixes;
    queries << QStringLiteral("\"%1 %2\"").arg(v.wordOfRank(1), v.wordOfRank(2))
            << QStringLiteral("%1 %2").arg(v.wordOfRank(40), v.wordOfRank(400))
            << v.wordOfRank(5) + QStringLiteral(" OR ") + v.wordOfRank(600)
            << v.wordOfRank(8) + QStringLiteral(" NOT ") + v.wordOfRank(9)
            << v.wordOfRank(50) + QStringLiteral(" von:2020-01-01 bis:2021-12-31")
            << v.wordOfRank(70) + QStringLiteral(" akte:") + department + QLatin1Char('-')
            << v.wordOfRank(200) + QStringLiteral(" status:Mitzeichnung")
            << QStringLiteral("Bauantrag Müller") << QStringLiteral("Stellungnahme Umweltamt")
            << QStringLiteral("Mueller") << QStringLiteral("Strasse");

    DocumentSearch search(*db);
    sqlite3 *raw = db->handle();
    // The anchor is the FTS5 work core does for a page of 50 hits, run raw through the C API: the
    // query of its first pass exactly as DocumentSearch::plan makes it (the words and the tags of
    // what the clerk may read and the filters allow), the newest pages ranked and the best taken,
    // then a snippet for each of the best 50 pages. What core adds is making the plan and checking
    // each page found against the tables.
    const QByteArray same =
        QStringLiteral("SELECT rowid, score FROM (SELECT rowid, %1(document_fts, 4.0, 1.0, 0.0, ?1) AS score FROM "
                       "document_fts WHERE document_fts MATCH ?2 ORDER BY rowid DESC LIMIT %2) ORDER BY score LIMIT %3")
            .arg(QLatin1String(kSearchRankName))
            .arg(DocumentSearch::kRankWindow)
            .arg(50 * 20)
            .toUtf8();
    const QByteArray snippet = "SELECT snippet(document_fts, -1, char(2), char(3), '…', 16) FROM document_fts "
                               "WHERE document_fts MATCH ?1 AND rowid = ?2";
    const QByteArray documentCount =
        "SELECT count(*) FROM (SELECT DISTINCT t.version_id FROM document_fts f JOIN document_text t ON t.id = "
        "f.rowid WHERE document_fts MATCH ?1 LIMIT 100001)";
    QList<double> bounded, boundedRaw, prefix, prefixRaw, common;
    double worstRatio = 0;
    QString worstQuery;
    out << QStringLiteral("search at %1 documents as %2 (department %3)\n").arg(documents).arg(clerk.login, department);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("query").leftJustified(44), QStringLiteral("docs").rightJustified(8),
                    QStringLiteral("core p50").rightJustified(9), QStringLiteral("p95").rightJustified(7),
                    QStringLiteral("raw p50").rightJustified(8), QStringLiteral("ratio").rightJustified(6),
                    QStringLiteral("hits").rightJustified(5));
    for (const QString &query : std::as_const(queries)) {
        auto plan = search.plan(clerk, query);
        if (!plan)
            qFatal("%s: %s", qPrintable(query), qPrintable(plan.error().message));
        int inDocuments = 0;
        {
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(raw, documentCount.constData(), -1, &stmt, nullptr);
            const QByteArray m = plan->words.toUtf8(); // the words anywhere, whoever may read them
            sqlite3_bind_text(stmt, 1, m.constData(), int(m.size()), SQLITE_STATIC);
            if (sqlite3_step(stmt) == SQLITE_ROW)
                inDocuments = sqlite3_column_int(stmt, 0);
            sqlite3_finalize(stmt);
        }
        QList<double> core, bare;
        int hits = 0;
        for (int round = 0; round < 8; ++round) {
            QElapsedTimer t;
            t.start();
            auto found = search.search(clerk, query, 50);
            const double ms = t.nsecsElapsed() / 1e6;
            hits = found ? int(found->size()) : -1;
            // The same FTS5 work raw: the ranked query, then a snippet for each of the best 50 pages.
            QElapsedTimer rt;
            rt.start();
            QList<qint64> best;
            if (!plan->nothing) {
                sqlite3_stmt *stmt = nullptr;
                if (sqlite3_prepare_v2(raw, same.constData(), -1, &stmt, nullptr) != SQLITE_OK)
                    qFatal("%s", sqlite3_errmsg(raw));
                const QByteArray m = plan->match.toUtf8();
                sqlite3_bind_int(stmt, 1, plan->phrases);
                sqlite3_bind_text(stmt, 2, m.constData(), int(m.size()), SQLITE_STATIC);
                while (sqlite3_step(stmt) == SQLITE_ROW) {
                    if (best.size() < 50)
                        best << sqlite3_column_int64(stmt, 0);
                }
                sqlite3_finalize(stmt);
            }
            for (qint64 row : std::as_const(best))
                rawQuery(raw, snippet, {plan->words, row});
            const double r = rt.nsecsElapsed() / 1e6;
            if (round == 0)
                continue; // the first round reads the pages from disk into the cache
            core << ms;
            bare << r;
        }
        const double c = percentile(core, 50), r = percentile(bare, 50);
        const double ratio = c / std::max(r, 0.05);
        if (ratio > worstRatio) {
            worstRatio = ratio;
            worstQuery = query;
        }
        if (query.contains(QLatin1Char('*'))) {
            prefix << core;
            prefixRaw << bare;
        }
        if (inDocuments <= 100000) {
            bounded << core;
            boundedRaw << bare;
        } else {
            common << core;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(query.left(44).leftJustified(44))
                   .arg(inDocuments > 100000 ? QStringLiteral(">100000") : QString::number(inDocuments), 8)
                   .arg(c, 9, 'f', 1)
                   .arg(percentile(core, 95), 7, 'f', 1)
                   .arg(r, 8, 'f', 1)
                   .arg(ratio, 6, 'f', 2)
                   .arg(hits, 5);
    }
    const QString at = QStringLiteral(" at %1 documents").arg(documents);
    result(QStringLiteral("search p95, words in ≤100,000 documents") + at, percentile(bounded, 95),
           percentile(boundedRaw, 95), QStringLiteral("ms"), QStringLiteral("< 100 ms"), percentile(bounded, 95) < 100);
    result(QStringLiteral("search, worst query / raw FTS5 (%1)").arg(worstQuery.left(24)) + at, worstRatio, 1.0,
           QStringLiteral("×"), QStringLiteral("≤ 1.5×"), worstRatio <= 1.5);
    result(QStringLiteral("search p95, prefix queries") + at, percentile(prefix, 95), percentile(prefixRaw, 95),
           QStringLiteral("ms"), QStringLiteral("< 50 ms"), percentile(prefix, 95) < 50);
    if (!common.isEmpty())
        result(QStringLiteral("search p95, words in >100,000 documents") + at, percentile(common, 95), -1,
               QStringLiteral("ms"), QStringLiteral("(no goal)"), true);
    return 0;
}

int benchCase(const QString &path)
{
    auto db = openStore(path);
    auto biggest = db->exec(QStringLiteral(
        "SELECT case_id, count(*) FROM documents GROUP BY case_id ORDER BY count(*) DESC LIMIT 1"));
    if (!biggest || !biggest->next())
        qFatal("no documents in %s", qPrintable(path));
    const CaseId caseId(biggest->value(0).toLongLong());
    const int count = biggest->value(1).toInt();
    biggest->finish();
    const FileId fileId(db->scalar(QStringLiteral("SELECT file_id FROM cases WHERE id = ?"), {caseId.value})->toLongLong());
    auto login = db->scalar(QStringLiteral(
        "SELECT u.login FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'clerk' JOIN files f ON "
        "f.lead_department_id = u.department_id WHERE f.id = ? ORDER BY u.id LIMIT 1"),
        {fileId.value});
    const Actor clerk = *AccessService(*db).actorForLogin(login->toString());
    const QByteArray sql =
        "SELECT d.id, d.case_id, d.title, d.direction, d.document_date, d.sender, d.recipients, d.created_at, "
        "v.id, v.version, v.blob_hash, v.file_name, v.mime_type, v.size, v.page_count, v.text_status, v.text_note, "
        "v.created_at, u.display_name FROM documents d JOIN document_versions v ON v.document_id = d.id "
        "AND v.version = (SELECT max(version) FROM document_versions WHERE document_id = d.id) "
        "JOIN users u ON u.id = v.created_by WHERE d.case_id = ?1 ORDER BY d.id";
    QList<double> ours, anchor;
    for (int round = 0; round < 11; ++round) {
        QElapsedTimer t;
        t.start();
        auto file = FileService(*db).file(clerk, fileId);
        auto cases = FileService(*db).cases(clerk, fileId);
        auto documents = DocumentService(*db).documents(clerk, caseId);
        const double ms = t.nsecsElapsed() / 1e6;
        if (!file || !cases || !documents || documents->size() != count)
            qFatal("the case %lld could not be read", caseId.value);
        const double r = rawQuery(db->handle(), sql, {caseId.value});
        if (round == 0)
            continue;
        ours << ms;
        anchor << r;
    }
    out << QStringLiteral("case %1 with %2 documents: core (file, its cases, the documents) p50 %3 ms; the "
                          "document query raw %4 ms\n")
               .arg(caseId.value)
               .arg(count)
               .arg(percentile(ours, 50), 0, 'f', 1)
               .arg(percentile(anchor, 50), 0, 'f', 1);
    result(QStringLiteral("open a case with %1 documents (p95)").arg(count), percentile(ours, 95), percentile(anchor, 95),
           QStringLiteral("ms"), QStringLiteral("< 100 ms"), percentile(ours, 95) < 100);
    return 0;
}

QByteArray vocabularyPdf(const Vocabulary &v, QRandomGenerator &random, const QString &title, int pages)
{
    QStringList paragraphs{title};
    for (int p = 0; p < pages; ++p) {
        for (int i = 0; i < 5; ++i)
            paragraphs << v.text(random, 75);
    }
    QList<QStringList> laid = letterPages(paragraphs);
    laid = laid.mid(0, pages);
    return letterPdf(title, laid);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

int benchPage()
{
    auto vocabulary = Vocabulary::load(3);
    if (!vocabulary)
        qFatal("%s", qPrintable(vocabulary.error().message));
    QTemporaryDir dir;
    QRandomGenerator random(3);
    const QByteArray pdf = vocabularyPdf(**vocabulary, random, QStringLiteral("Planunterlagen"), 500);
    // A copy per round: each measures opening the document the first time, as pdftoppm does.
    QStringList copies;
    for (int i = 0; i < 6; ++i) {
        copies << dir.filePath(QStringLiteral("long-%1.pdf").arg(i));
        writeFile(copies.last(), pdf);
    }
    const QString small = dir.filePath(QStringLiteral("small.pdf"));
    writeFile(small, vocabularyPdf(**vocabulary, random, QStringLiteral("Brief"), 1));
    double peak = 0;
    for (int page : {1, 400}) {
        QList<double> ours, anchor;
        PdfWorker worker; // running already when a document is opened, as in the viewer
        (void)worker.render(small, 0, 72, 0);
        for (int round = 0; round < copies.size(); ++round) {
            QElapsedTimer t;
            t.start();
            auto image = worker.render(copies.at(round), page - 1, 144, 0);
            const double ms = t.nsecsElapsed() / 1e6;
            if (!image)
                qFatal("%s", qPrintable(image.error().message));
            const double a = runTimed(QStringLiteral("pdftoppm"),
                                      {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                       QString::number(page), QStringLiteral("-r"), QStringLiteral("144"),
                                       copies.at(round), dir.filePath(QStringLiteral("p"))},
                                      &peak);
            if (round == 0)
                continue;
            ours << ms;
            anchor << a;
        }
        out << QStringLiteral("page %1 of a 500-page PDF (%2 KB) at 144 dpi: worker %3 ms, pdftoppm %4 ms\n")
                   .arg(page)
                   .arg(pdf.size() / 1024)
                   .arg(percentile(ours, 50), 0, 'f', 0)
                   .arg(percentile(anchor, 50), 0, 'f', 0);
        const double ratio = percentile(ours, 50) / percentile(anchor, 50);
        result(QStringLiteral("500-page PDF, page %1 (median)").arg(page), percentile(ours, 50), percentile(anchor, 50),
               QStringLiteral("ms"), QStringLiteral("≤ 1× pdftoppm"), ratio <= 1.0);
    }
    out << QStringLiteral("pdftoppm peak memory %1 MB\n").arg(peak, 0, 'f', 0);
    out << "ANCHORPEAK\t" << peak << Qt::endl;
    return 0;
}

int benchImport(int count)
{
    auto vocabulary = Vocabulary::load(42);
    if (!vocabulary)
        qFatal("%s", qPrintable(vocabulary.error().message));
    QTemporaryDir dir;
    QRandomGenerator random(42);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        files << dir.filePath(QStringLiteral("doc-%1.pdf").arg(i, 5, 10, QLatin1Char('0')));
        writeFile(files.last(), vocabularyPdf(**vocabulary, random, QStringLiteral("Schreiben %1").arg(i),
                                              1 + int(random.bounded(3u))));
    }
    // Anchor: what any tool must do at least, read the text and hash the bytes.
    double peak = 0;
    QElapsedTimer anchorTimer;
    anchorTimer.start();
    for (const QString &f : std::as_const(files))
        runTimed(QStringLiteral("pdftotext"), {QStringLiteral("-q"), f, QStringLiteral("/dev/null")}, &peak);
    for (qsizetype i = 0; i < files.size(); i += 1000)
        runTimed(QStringLiteral("sha256sum"), files.mid(i, 1000));
    const double anchor = anchorTimer.elapsed() / 1000.0;

    auto created = Database::create(dir.filePath(QStringLiteral("store.sqlite")), StoreKind::Test);
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    Database &db = **created;
    AccessService access(db);
    (void)access.bootstrap(QStringLiteral("admin"), QStringLiteral("Admin"));
    const Actor admin = *access.actorForLogin(QStringLiteral("admin"));
    (void)access.createDepartment(admin, QStringLiteral("63"), QStringLiteral("Bauaufsicht"));
    (void)access.createUser(admin, NewUser{QStringLiteral("clerk"), QStringLiteral("Clerk"), {}, QStringLiteral("63")});
    (void)access.grantRole(admin, access.userByLogin(QStringLiteral("clerk"))->id, Role::Clerk);
    (void)FilePlan(db).addUnit(
        admin, PlanUnit{{}, QStringLiteral("63.1"), QStringLiteral("Baugenehmigungen"), {}, {}, {}, QStringLiteral("63"), 30});
    const Actor clerk = *access.actorForLogin(QStringLiteral("clerk"));
    const FileId file = *FileService(db).createFile(
        clerk, NewFile{QStringLiteral("63.1"), QStringLiteral("Benchmark"), {}, Confidentiality::Open, {}, {}});
    const CaseId caseId = *FileService(db).createCase(clerk, file, QStringLiteral("Benchmark"));
    PdfWorker worker;
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary = BatchImport(db, worker).run(clerk, caseId, files);
    const double seconds = timer.elapsed() / 1000.0;
    out << QStringLiteral("import: %1 PDFs in %2 s (%3 files/s), added %4, failed %5; pdftotext + sha256sum %6 s; "
                          "pdftotext peak %7 MB\n")
               .arg(count)
               .arg(seconds, 0, 'f', 1)
               .arg(count / seconds, 0, 'f', 0)
               .arg(summary.added.size())
               .arg(summary.failed.size())
               .arg(anchor, 0, 'f', 1)
               .arg(peak, 0, 'f', 0);
    result(QStringLiteral("import %1 PDFs through the worker").arg(count), seconds, anchor, QStringLiteral("s"),
           QStringLiteral("≤ 1.5× anchor"), seconds <= 1.5 * anchor && summary.failed.isEmpty());
    out << "ANCHORPEAK\t" << peak << Qt::endl;
    return summary.failed.isEmpty() ? 0 : 1;
}

int benchInvoices(int count)
{
    auto vocabulary = Vocabulary::load(5);
    if (!vocabulary)
        qFatal("%s", qPrintable(vocabulary.error().message));
    const ScaleContent content(*vocabulary, 5, QDate(2026, 6, 30));
    QTemporaryDir dir;
    QStringList files;
    int broken = 0;
    for (int k = 0; k < count; ++k) {
        auto invoice = content.invoice(k, QDate(2026, 1, 1).addDays(k % 180));
        if (!invoice)
            qFatal("%s", qPrintable(invoice.error().message));
        files << dir.filePath(invoice->fileName);
        writeFile(files.last(), invoice->xml);
        broken += invoice->broken;
    }
    // One core each, as bench_invoice does: the figure is per file, not how many cores there are.
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(0, &set);
    sched_setaffinity(0, sizeof(set), &set);
    QElapsedTimer t;
    t.start();
    int invalid = 0;
    for (const QString &f : std::as_const(files)) {
        auto file = InvoiceFiles::open(f, nullptr);
        if (!file)
            qFatal("%s", qPrintable(file.error().message));
        const QList<Finding> findings = InvoiceFiles::check(*file);
        invalid += std::any_of(findings.cbegin(), findings.cend(),
                               [](const Finding &x) { return x.severity == FindingSeverity::Fatal; });
    }
    const double ours = t.nsecsElapsed() / 1e9;
    // xmllint takes many files at once; in chunks that fit a command line.
    double peak = 0, anchor = 0;
    for (qsizetype i = 0; i < files.size(); i += 2000)
        anchor += runTimed(QStringLiteral("taskset"),
                           QStringList{QStringLiteral("-c"), QStringLiteral("0"), QStringLiteral("xmllint"),
                                       QStringLiteral("--noout")} +
                               files.mid(i, 2000),
                           &peak) /
                  1000.0;
    out << QStringLiteral("invoices: %1 (UBL and CII, %2 made to break a rule) read and validated in %3 s (%4 per "
                          "second), %5 invalid; xmllint --noout %6 s, peak %7 MB\n")
               .arg(count)
               .arg(broken)
               .arg(ours, 0, 'f', 2)
               .arg(count / ours, 0, 'f', 0)
               .arg(invalid)
               .arg(anchor, 0, 'f', 2)
               .arg(peak, 0, 'f', 0);
    result(QStringLiteral("validate %1 invoices (one core)").arg(count), ours, anchor, QStringLiteral("s"),
           QStringLiteral("≤ 2× xmllint"), ours <= 2 * anchor);
    out << "ANCHORPEAK\t" << peak << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString what = args.value(1);
    if (what == QStringLiteral("search") && args.size() > 2)
        return benchSearch(args.at(2));
    if (what == QStringLiteral("case") && args.size() > 2)
        return benchCase(args.at(2));
    if (what == QStringLiteral("page"))
        return benchPage();
    if (what == QStringLiteral("import"))
        return benchImport(args.value(2, QStringLiteral("10000")).toInt());
    if (what == QStringLiteral("invoices"))
        return benchInvoices(args.value(2, QStringLiteral("10000")).toInt());
    QTextStream(stderr) << "usage: bench_scale search STORE | case STORE | page | import N | invoices N\n";
    return 2;
}
