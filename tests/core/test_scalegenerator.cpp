// The scale generator's pieces: the vocabulary, the PDF letters it writes (their text as the
// worker reads it back), the content for a seed, and a small store whose indexed text is the
// text of its PDFs.
#include "demo/demoletter.h"
#include "demo/scalecontent.h"
#include "demo/scalegenerator.h"
#include "demo/vocabulary.h"
#include "pdf/workerclient.h"
#include "store/blobstore.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace amtsdesk;

namespace {

bool haveWorker()
{
#ifdef AMTSDESK_WORKER_BUILT
    if (qEnvironmentVariableIsEmpty("AMTSDESK_WORKER"))
        qputenv("AMTSDESK_WORKER", AMTSDESK_WORKER_BUILT);
#endif
    if (!qEnvironmentVariableIsEmpty("AMTSDESK_WORKER"))
        return true;
    WARN("AMTSDESK_WORKER is unset: the generator's PDFs are not read back");
    return false;
}

QString words(const QString &text)
{
    return text.simplified();
}

} // namespace

TEST_CASE("the vocabulary is refused with a clear message when the word list is missing", "[scale]")
{
    auto missing = Vocabulary::load(1, QStringLiteral("/nonexistent/ngerman"));
    REQUIRE(!missing);
    REQUIRE(missing.error().message.contains(QStringLiteral("/nonexistent/ngerman")));
    REQUIRE(missing.error().message.contains(QStringLiteral("wngerman")));

    QTemporaryDir dir;
    ScaleOptions options;
    options.documents = 10;
    options.adminLogin = QStringLiteral("admin");
    options.wordList = QStringLiteral("/nonexistent/ngerman");
    const QString path = dir.filePath(QStringLiteral("scale.sqlite"));
    auto run = ScaleGenerator::run(path, options, nullptr);
    REQUIRE(!run);
    REQUIRE(run.error().message.contains(QStringLiteral("wngerman")));
    REQUIRE(!QFileInfo::exists(path)); // nothing was made
}

TEST_CASE("the vocabulary draws common words often and rare ones seldom", "[scale]")
{
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("words"));
    QFile f(list);
    REQUIRE(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < 1000; ++i)
        f.write(QStringLiteral("Wort%1\n").arg(i).toUtf8());
    f.write("ab\nDon't\n"); // too short, and with an apostrophe: left out
    f.close();
    auto vocabulary = Vocabulary::load(5, list);
    REQUIRE(vocabulary);
    REQUIRE((*vocabulary)->size() == 1000);
    QRandomGenerator random(9);
    int first = 0, last = 0;
    for (int i = 0; i < 20000; ++i) {
        const QString w = (*vocabulary)->word(random);
        first += w == (*vocabulary)->wordOfRank(1);
        last += w == (*vocabulary)->wordOfRank(1000);
    }
    // Weight 1/r: rank 1 about 13 % of the draws (1 / H(1000)), rank 1000 about 0.013 %.
    REQUIRE(first > 2000);
    REQUIRE(first < 3400);
    REQUIRE(last < 20);
    // The same seed ranks the words the same way.
    REQUIRE((*Vocabulary::load(5, list))->wordOfRank(1) == (*vocabulary)->wordOfRank(1));
}

TEST_CASE("letters are PDFs whose German and Turkish text the worker reads back", "[scale]")
{
    if (!haveWorker())
        return;
    const QStringList paragraphs{QStringLiteral("Anhörung vor Erlass einer Beseitigungsanordnung"),
                                 QStringLiteral("Sehr geehrte Frau Şahin, sehr geehrter Herr Yılmaz,"),
                                 QStringLiteral("die Gebühr von 12,50 € für Straße, Größe und Maß ist fällig; "
                                                "Ağaç, İzmir, Çelik und Œuvre kommen (in Klammern) vor.")};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(demoLetterPdf(QStringLiteral("Anhörung"), paragraphs));
    f.close();
    PdfWorker worker;
    auto extract = worker.extract(path);
    REQUIRE(extract);
    REQUIRE(extract->pages == 1);
    REQUIRE(words(extract->text.value(0)) == words(paragraphs.join(QLatin1Char(' '))));

    // Long text runs over pages of 52 lines.
    QStringList many;
    for (int i = 0; i < 120; ++i)
        many << QStringLiteral("Zeile %1").arg(i);
    const QList<QStringList> pages = letterPages(many);
    REQUIRE(pages.size() == 3);
    REQUIRE(pages.at(0).size() == kLetterLinesPerPage);
    REQUIRE(pages.at(2).size() == 120 - 2 * kLetterLinesPerPage);
}

TEST_CASE("the same seed gives the same files, another seed others", "[scale]")
{
    auto vocabulary = Vocabulary::load(3);
    if (!vocabulary) {
        WARN(vocabulary.error().message.toStdString());
        return;
    }
    const ScaleLayout layout = ScaleLayout::make(3, 6000);
    REQUIRE(layout.documents == 6000);
    qint64 sum = 0;
    for (const ScaleFileShape &s : layout.files)
        sum += s.documents();
    REQUIRE(sum == 6000);
    REQUIRE(layout.files.first().caseDocuments.first() == 500); // the large case the benchmarks open
    REQUIRE(ScaleLayout::make(3, 6000).files.size() == layout.files.size());

    const ScaleContent content(*vocabulary, 3, QDate(2026, 6, 30));
    const GeneratedFile a = content.file(layout, 7), b = content.file(layout, 7);
    REQUIRE(a.subject == b.subject);
    REQUIRE(a.cases.size() == b.cases.size());
    REQUIRE(a.cases.first().documents.first().first.pdf == b.cases.first().documents.first().first.pdf);
    REQUIRE(a.openedAt >= content.start());
    REQUIRE(a.openedAt <= content.end());

    const ScaleContent other(*vocabulary, 4, QDate(2026, 6, 30));
    const GeneratedFile c = other.file(ScaleLayout::make(4, 6000), 7);
    REQUIRE(c.cases.first().documents.first().first.pdf != a.cases.first().documents.first().first.pdf);

    auto invoice = content.invoice(3, QDate(2026, 2, 1));
    REQUIRE(invoice);
    REQUIRE(invoice->broken);
    REQUIRE(!content.invoice(4, QDate(2026, 2, 1))->broken);
    REQUIRE(content.invoice(4, QDate(2026, 2, 1))->xml == content.invoice(4, QDate(2026, 2, 1))->xml);
}

TEST_CASE("a generated store indexes exactly the text of its PDFs", "[scale]")
{
    if (!haveWorker())
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scale.sqlite"));
    ScaleOptions options;
    options.documents = 40;
    options.seed = 2;
    options.until = QDate(2026, 6, 30);
    options.adminLogin = QStringLiteral("admin");
    options.batchDocuments = 15;
    PdfWorker worker;
    QList<qint64> progress; // documents after each batch (a batch takes whole files)
    auto report = ScaleGenerator::run(path, options, &worker,
                                      [&](const ScaleProgress &p) { progress << p.documents; });
    REQUIRE(report);
    REQUIRE(report->complete);
    REQUIRE(!progress.isEmpty());
    REQUIRE(progress.last() == 40);
    REQUIRE(std::is_sorted(progress.cbegin(), progress.cend()));
    REQUIRE(report->pages >= 40);
    REQUIRE(report->disk.blobFiles > 40);

    auto db = Database::open(path);
    REQUIRE(db);
    auto q = (*db)->exec(QStringLiteral(
        "SELECT v.id, v.blob_hash, v.page_count FROM document_versions v JOIN users u ON u.id = v.created_by "
        "WHERE u.is_system = 0 ORDER BY v.id LIMIT 8"));
    REQUIRE(q);
    int checked = 0;
    while (q->next()) {
        const qint64 version = q->value(0).toLongLong();
        auto extract = worker.extract(BlobStore(**db).pathFor(q->value(1).toString()));
        REQUIRE(extract);
        REQUIRE(extract->pages == q->value(2).toInt());
        auto text = (*db)->exec(
            QStringLiteral("SELECT page, body FROM document_text WHERE version_id = ? AND page > 0 ORDER BY page"),
            {version});
        REQUIRE(text);
        while (text->next())
            REQUIRE(words(text->value(1).toString()) == words(extract->text.value(text->value(0).toInt() - 1)));
        ++checked;
    }
    REQUIRE(checked == 8);
}
