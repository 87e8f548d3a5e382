// Hostile files made by the tests themselves (pdffixtures.h): decompression bombs, huge and deep
// page trees, deep nesting, scripts, path-like attachment names, broken files, and hostile XML.
// Each goes the three ways a file is read - import (BatchImport: stored, its text read in the
// worker), preview (the worker's render) and invoice extraction (InvoiceFiles::open and the inbox
// intake) - under short worker limits. Each ends in a clear outcome naming the file; where the
// worker had to be killed it is replaced and the next file reads; this process never parses them.
#include "support/invoicefixtures.h"
#include "support/pdffixtures.h"
#include "support/teststore.h"

#include "efile/batchimport.h"
#include "efile/documentservice.h"
#include "invoice/inbox/invoiceinbox.h"
#include "invoice/invoicefile.h"
#include "invoice/invoicewriter.h"
#include "pdf/workerclient.h"
#include "store/blobstore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace amtsdesk;

namespace {

// A harmless page takes milliseconds, also under the sanitizers and on a loaded machine, so 10 s
// never stops one; the files stopped by the clock take minutes on any machine (pdffixtures.h).
constexpr PdfWorker::Limits kLimits{10000, 256};
const QByteArray kText = "Gebuehrenbescheid Strassenreinigung";

// A clerk's case to import into.
struct Desk {
    TestStore store;
    ClerkCase work = addClerkCase(store);
};

// How the three ways of reading one file ended.
struct Outcome {
    DocumentVersion stored; // as imported
    QString text;           // the text the import found, all pages
    Result<QImage> preview = Error::internal({});
    Result<InvoiceFile> invoice = Error::internal({});
};

// Imports, previews and reads the file as an invoice; then proves the worker reads a good file.
Outcome readThreeWays(Desk &desk, PdfWorker &worker, const QString &path, const QString &good)
{
    const QString name = QFileInfo(path).fileName();
    INFO(name.toStdString());
    Outcome outcome;
    const ImportSummary summary = BatchImport(desk.store.db(), worker).run(desk.work.clerk, desk.work.caseId, {path});
    INFO(summary.describe().join(QLatin1Char('\n')).toStdString());
    // Whatever the file does, it is stored, byte for byte.
    REQUIRE(summary.added.size() == 1);
    DocumentService documents(desk.store.db());
    outcome.stored = documents.document(desk.work.clerk, summary.added.first().document)->current;
    REQUIRE(outcome.stored.blobHash == BlobStore::hashFile(path).value());
    outcome.text = documents.pageTexts(desk.work.clerk, outcome.stored.id)->join(QLatin1Char('\n'));
    if (outcome.stored.textStatus == QStringLiteral("unreadable"))
        CHECK(outcome.stored.textNote.contains(name));

    outcome.preview = worker.render(path, 0, 72, 0);
    if (!outcome.preview)
        CHECK(outcome.preview.error().message.contains(name));

    outcome.invoice = InvoiceFiles::open(path, &worker);
    if (!outcome.invoice)
        CHECK(outcome.invoice.error().message.contains(name));

    // The next file is read as if nothing had happened.
    auto next = worker.extract(good);
    REQUIRE(next.ok());
    REQUIRE(next->text.value(0).contains(QString::fromLatin1(kText)));
    return outcome;
}

bool limitHit(const Result<QImage> &preview)
{
    return !preview.ok() && PdfWorker::outcomeOf(preview.error()) == WorkerOutcome::LimitExceeded;
}

} // namespace

TEST_CASE("hostile PDFs are stored, previewed and read as invoices within the worker's limits", "[pdf][hostile]")
{
    if (!canWritePdf())
        return;
    Desk desk;
    QTemporaryDir dir;
    PdfWorker worker(kLimits);
    const QString good = writeFile(dir, QStringLiteral("gut.pdf"), declaredPagesPdf(1, kText));

    SECTION("a content stream inflating to gigabytes: stored unreadable, preview stopped by the memory limit")
    {
        const QString path = writeFile(dir, QStringLiteral("inhalt-bombe.pdf"), stringBombPdf(4));
        REQUIRE(QFileInfo(path).size() < 1 << 20);
        const Outcome o = readThreeWays(desk, worker, path, good);
        CHECK(o.stored.textStatus == QStringLiteral("unreadable"));
        INFO(o.stored.textNote.toStdString());
#ifndef __SANITIZE_ADDRESS__ // a sanitizer's allocator ends the process its own way
        CHECK(o.stored.textNote.contains(QLatin1String("memory")));
#endif
        CHECK(limitHit(o.preview));
        CHECK(PdfWorker::outcomeOf(o.invoice.error()) == WorkerOutcome::NotPdf); // read fine: no invoice inside
        CHECK(worker.restarts() == 2);
    }
    SECTION("a page that takes minutes to read: stored unreadable, reading and drawing stopped by the clock")
    {
        const QString path = writeFile(dir, QStringLiteral("langsam.pdf"), slowContentPdf());
        const Outcome o = readThreeWays(desk, worker, path, good);
        INFO(o.stored.textNote.toStdString());
        CHECK(o.stored.textStatus == QStringLiteral("unreadable"));
        CHECK(o.stored.textNote.contains(QLatin1String("within 10 s")));
        CHECK(limitHit(o.preview));
        CHECK(PdfWorker::outcomeOf(o.invoice.error()) == WorkerOutcome::NotPdf); // no invoice inside
        CHECK(worker.restarts() == 2);
    }
    SECTION("an image inflating to 2.5 GB: its text is searchable, drawing it is stopped by the clock")
    {
        const QString path = writeFile(dir, QStringLiteral("bild-bombe.pdf"), imageBombPdf(kText, 2));
        REQUIRE(QFileInfo(path).size() < 4 << 20);
        const Outcome o = readThreeWays(desk, worker, path, good);
        CHECK(o.stored.textStatus == QStringLiteral("indexed"));
        CHECK(o.text.contains(QString::fromLatin1(kText)));
        CHECK(limitHit(o.preview));
        CHECK(o.preview.error().message.contains(QLatin1String("within 10 s")));
        CHECK(worker.restarts() == 1);
    }
    SECTION("a page tree of 200,000 real pages")
    {
        const QString path = writeFile(dir, QStringLiteral("seiten.pdf"), manyPagesPdf(200000, kText));
        const Outcome o = readThreeWays(desk, worker, path, good);
        // Read in time, or stopped: either way an outcome, and page 1 is drawn in time.
        CHECK(
            (o.stored.textStatus == QStringLiteral("indexed") || o.stored.textStatus == QStringLiteral("unreadable")));
        CHECK(o.preview.ok());
    }
    SECTION("a page tree declaring two billion pages, and one nested 20,000 deep")
    {
        const Outcome declared = readThreeWays(
            desk, worker, writeFile(dir, QStringLiteral("behauptet.pdf"), declaredPagesPdf(2000000000, kText)), good);
        CHECK_FALSE(declared.stored.pageCount.value_or(0) > 1);
        const Outcome deep = readThreeWays(
            desk, worker, writeFile(dir, QStringLiteral("tief.pdf"), deepPageTreePdf(20000, kText)), good);
        CHECK((deep.stored.textStatus == QStringLiteral("indexed") ||
               deep.stored.textStatus == QStringLiteral("unreadable")));
    }
    SECTION("arrays and dictionaries nested 100,000 deep")
    {
        // Poppler reads this file in a fraction of a second, but under the sanitizers on a busy
        // machine it took over ten: the clock here is a minute, as the point is that the text is
        // found (the files that must be stopped by the clock have a section of their own).
        PdfWorker patient(PdfWorker::Limits{60000, kLimits.memoryMb});
        const Outcome o = readThreeWays(
            desk, patient, writeFile(dir, QStringLiteral("verschachtelt.pdf"), deepNestingPdf(100000, kText)), good);
        INFO(o.stored.textNote.toStdString());
        CHECK(o.text.contains(QString::fromLatin1(kText)));
    }
    SECTION("JavaScript and launch actions: stored, text read, nothing run")
    {
        const QString marker = dir.filePath(QStringLiteral("ausgefuehrt"));
        const Outcome o =
            readThreeWays(desk, worker, writeFile(dir, QStringLiteral("skript.pdf"), scriptPdf(kText, marker)), good);
        CHECK(o.stored.textStatus == QStringLiteral("indexed"));
        CHECK(o.text.contains(QString::fromLatin1(kText)));
        CHECK(o.preview.ok());
        CHECK_FALSE(QFileInfo::exists(marker));
        CHECK(worker.restarts() == 0);
    }
    SECTION("attachments named like paths or with control characters are names, never places")
    {
        const QString absolute = dir.filePath(QStringLiteral("abs-ziel.xml"));
        const QList<QPair<QByteArray, QByteArray>> files{
            {"../../../../tmp/amtsdesk-relativ.xml", "<a/>"},
            {QFile::encodeName(absolute), "<a/>"},
            {QByteArray("factur\0-x.xml", 13), "<a/>"},
            {"rechnung\x1b[2J\r\n.xml", "<a/>"},
        };
        const QString path = writeFile(dir, QStringLiteral("anhaenge.pdf"), attachmentsPdf(kText, files));
        const Outcome o = readThreeWays(desk, worker, path, good);
        CHECK(o.text.contains(QString::fromLatin1(kText)));
        REQUIRE_FALSE(o.invoice.ok());
        const QString message = o.invoice.error().message;
        INFO(message.toStdString());
        CHECK(message.contains(QLatin1String("../../../../tmp/amtsdesk-relativ.xml")));
        // Control characters never reach a message (or a terminal showing it).
        for (const QChar c : message)
            CHECK_FALSE((c.category() == QChar::Other_Control && c != QLatin1Char('\n')));
        CHECK_FALSE(QFileInfo::exists(absolute));
        CHECK_FALSE(QFileInfo::exists(QStringLiteral("/tmp/amtsdesk-relativ.xml")));
        auto listed = worker.attachments(path);
        REQUIRE(listed.ok());
        REQUIRE(listed->size() == 4);
        CHECK(listed->at(0).name == QStringLiteral("../../../../tmp/amtsdesk-relativ.xml"));
    }
    SECTION("a truncated file and a broken cross-reference table")
    {
        const QByteArray whole = scriptPdf(kText, dir.filePath(QStringLiteral("nie")));
        const Outcome cut = readThreeWays(
            desk, worker, writeFile(dir, QStringLiteral("abgeschnitten.pdf"), whole.left(whole.size() * 2 / 3)), good);
        CHECK((cut.stored.textStatus == QStringLiteral("indexed") ||
               cut.stored.textStatus == QStringLiteral("unreadable")));
        const Outcome broken =
            readThreeWays(desk, worker, writeFile(dir, QStringLiteral("xref-kaputt.pdf"), brokenXrefPdf(kText)), good);
        // Poppler rebuilds the table from the objects themselves.
        CHECK(broken.text.contains(QString::fromLatin1(kText)));
    }
}

TEST_CASE("a ZUGFeRD-like PDF that is also a bomb gives its invoice or a stored reason within the limits",
          "[pdf][hostile][invoice]")
{
    if (!canWritePdf())
        return;
    TestStore store;
    const Actor checker = store.user(QStringLiteral("e.schwarz"), {Role::InvoiceChecker}, QStringLiteral("20"));
    InvoiceInbox inbox(store.db());
    QTemporaryDir dir;
    PdfWorker worker(kLimits);
    const QByteArray xml = InvoiceWriter::write(sampleInvoiceDraft(QStringLiteral("R-2026-077"), QStringLiteral("05315-20000-33"), InvoiceSyntax::Cii)).value();

    // The invoice data is sound, the page is an image bomb: the data is read, only drawing stops.
    const QString sound =
        writeFile(dir, QStringLiteral("zugferd-bild.pdf"), attachmentsPdf(kText, {{"factur-x.xml", xml}}, 2));
    auto read = InvoiceFiles::open(sound, &worker);
    INFO((read ? QString() : read.error().message).toStdString());
    REQUIRE(read.ok());
    CHECK(read->invoice.number.text == QStringLiteral("R-2026-077"));
    CHECK(limitHit(worker.render(sound, 0, 72, 0)));

    // The invoice data itself inflates to gigabytes: the intake stores the file and says why it is unreadable.
    const QString inflating = writeFile(
        dir, QStringLiteral("zugferd-bombe.pdf"),
        buildPdf({"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(factur-x.xml) 4 0 R] >> >> >>",
                  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                  "<< /Type /Filespec /F (factur-x.xml) /EF << /F 5 0 R >> >>",
                  streamObject("/Type /EmbeddedFile /Filter [/FlateDecode /RunLengthDecode]", bomb('<', 1))}));
    auto taken = inbox.importFile(checker, inflating, InvoiceChannel::Cli, &worker);
    REQUIRE(taken.ok());
    CHECK_FALSE(taken->readable);
    const InvoiceRecord record = inbox.invoice(checker, taken->id).value();
    INFO(record.readError.toStdString());
    CHECK(record.readError.contains(QLatin1String("zugferd-bombe.pdf")));
    CHECK(record.readError.contains(QLatin1String("memory")));
    CHECK(record.container == QStringLiteral("pdf"));
    CHECK(BlobStore(store.db()).exists(record.blobHash));
    // And the worker reads the sound one again.
    CHECK(InvoiceFiles::open(sound, &worker).ok());
}

TEST_CASE("hostile XML through the invoice inbox is stored as unreadable with the reason", "[invoice][hostile]")
{
    TestStore store;
    const Actor checker = store.user(QStringLiteral("e.schwarz"), {Role::InvoiceChecker}, QStringLiteral("20"));
    InvoiceInbox inbox(store.db());
    QTemporaryDir dir;
    PdfWorker worker(kLimits);

    QList<QPair<QString, QString>> inputs; // path, what the reason must say
    const QDir kept(QStringLiteral(AMTSDESK_FUZZ_REGRESSIONS));
    for (const char *name : {"invoice/billion-laughs.xml", "invoice/xxe-file.xml", "invoice/xxe-parameter.xml",
                             "zugferd/laughs-in-factur-x.pdf"})
        inputs.append({kept.filePath(QLatin1String(name)), QStringLiteral("entities")});
    const QByteArray ubl =
        "<?xml version=\"1.0\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
        "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">";
    inputs.append(
        {writeFile(dir, QStringLiteral("tief.xml"),
                   ubl + QByteArray("<a>").repeated(200000) + QByteArray("</a>").repeated(200000) + "</Invoice>"),
         QStringLiteral("depth")});
    inputs.append({writeFile(dir, QStringLiteral("riesentext.xml"),
                             ubl + "<cbc:ID>1</cbc:ID><cbc:Note>" + QByteArray("\xc3\x84").repeated(8 << 20) +
                                 "</cbc:Note></Invoice>"),
                   QString()});

    for (const auto &[path, reason] : inputs) {
        const QString name = QFileInfo(path).fileName();
        INFO(name.toStdString());
        REQUIRE(QFileInfo::exists(path));
        auto taken = inbox.importFile(checker, path, InvoiceChannel::Folder, &worker);
        INFO((taken ? QString() : taken.error().message).toStdString());
        REQUIRE(taken.ok());
        const InvoiceRecord record = inbox.invoice(checker, taken->id).value();
        INFO(record.readError.toStdString());
        // Kept byte for byte, unreadable, and the reason names the file and what is wrong.
        CHECK(record.blobHash == BlobStore::hashFile(path).value());
        CHECK_FALSE(record.readable());
        CHECK(record.readError.contains(name));
        if (!reason.isEmpty())
            CHECK(record.readError.contains(reason));
        CHECK_FALSE(record.readError.contains(QLatin1String("root:")));
    }
    CHECK(worker.restarts() == 0);
}
