#include "support/teststore.h"

#include "pdf/pdfdocument.h"

#include <catch2/catch.hpp>

#include "support/pdffixtures.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <atomic>
#include <cmath>
#include <thread>

using namespace amtsdesk;

namespace {

const QStringList kGermanPages = {
    QStringLiteral("Gebührenbescheid für die Straßenreinigung"),
    QStringLiteral("Widerspruchsbelehrung: Gegen diesen Bescheid können Sie Widerspruch einlegen."),
    QStringLiteral("Grundstücksfläche: 812 m² – Ölheizung, Überprüfung fällig"),
};

// A4 pages, each headed by its text and filled with numbered lines (many drawing operations, so
// that Poppler polls the abort callback while it draws).
bool writePdf(const QString &path, const QStringList &headings, const QString &title = {})
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(title);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(12);
    painter.setFont(font);
    for (int page = 0; page < headings.size(); ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(QRectF(0, 0, 2000, 150), Qt::TextWordWrap, headings.at(page));
        for (int line = 0; line < 40; ++line) {
            painter.drawText(QPointF(0, 250 + line * 70),
                             QStringLiteral("Zeile %1 von Seite %2").arg(line + 1).arg(page + 1));
            painter.drawRect(QRectF(1400, 210 + line * 70, 300, 50));
        }
    }
    return painter.end();
}

QString writeGermanPdf(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("bescheid.pdf"));
    REQUIRE(writePdf(path, kGermanPages, QStringLiteral("Gebührenbescheid")));
    return path;
}

} // namespace

TEST_CASE("a generated PDF opens with its pages, sizes, title and German text", "[pdf]")
{
    if (!canWritePdf())
        return;
    QTemporaryDir dir;
    const QString path = writeGermanPdf(dir);
    auto doc = PdfDocument::open(path);
    REQUIRE(doc.ok());
    PdfDocument &pdf = **doc;
    REQUIRE(pdf.pageCount() == 3);
    REQUIRE(pdf.title() == QStringLiteral("Gebührenbescheid"));
    REQUIRE_FALSE(pdf.isEncrypted());
    for (int page = 0; page < 3; ++page) {
        const QSizeF size = pdf.pageSizePoints(page);
        REQUIRE(size.width() == Approx(595.3).margin(1.0));
        REQUIRE(size.height() == Approx(841.9).margin(1.0));
        const QString text = pdf.pageText(page);
        INFO(text.toStdString());
        // Where a line breaks is layout, not text.
        REQUIRE(text.simplified().contains(kGermanPages.at(page)));
        REQUIRE(text.contains(QStringLiteral("Zeile 40 von Seite %1").arg(page + 1)));
    }
    // Each page has its own text, not its neighbours'.
    REQUIRE_FALSE(pdf.pageText(0).contains(kGermanPages.at(1)));
    REQUIRE(pdf.pageText(1).contains(QStringLiteral("können")));
    // The font draws "fl" as one ligature glyph; the text spells it out again.
    REQUIRE(pdf.pageText(2).contains(QStringLiteral("fläche")));
    // A page that does not exist has neither size nor text.
    REQUIRE(pdf.pageSizePoints(3).isEmpty());
    REQUIRE(pdf.pageText(-1).isEmpty());
    REQUIRE(pdf.embeddedFiles().isEmpty());

    // The same bytes from memory give the same document.
    auto fromData = PdfDocument::openData(readFile(path));
    REQUIRE(fromData.ok());
    REQUIRE((*fromData)->pageCount() == 3);
    REQUIRE((*fromData)->pageText(2) == pdf.pageText(2));
}

TEST_CASE("pages render at the size their resolution asks for, and turned", "[pdf]")
{
    if (!canWritePdf())
        return;
    QTemporaryDir dir;
    auto doc = PdfDocument::open(writeGermanPdf(dir));
    REQUIRE(doc.ok());
    const QSizeF points = (*doc)->pageSizePoints(0);

    auto at72 = (*doc)->render(0, 72, 0);
    REQUIRE(at72.ok());
    REQUIRE(at72->format() == QImage::Format_ARGB32_Premultiplied);
    REQUIRE(std::abs(at72->width() - points.width()) <= 1.0);
    REQUIRE(std::abs(at72->height() - points.height()) <= 1.0);

    auto at144 = (*doc)->render(0, 144, 0);
    REQUIRE(at144.ok());
    REQUIRE(std::abs(at144->width() - 2 * points.width()) <= 1.0);
    REQUIRE(std::abs(at144->height() - 2 * points.height()) <= 1.0);

    // The page is white paper with dark text on it.
    int dark = 0;
    for (int y = 0; y < at144->height(); y += 2) {
        for (int x = 0; x < at144->width(); x += 2)
            dark += qGray(at144->pixel(x, y)) < 128 ? 1 : 0;
    }
    REQUIRE(dark > 100);
    REQUIRE(at144->pixel(at144->width() - 1, at144->height() - 1) == qRgb(255, 255, 255));

    for (int rotation : {90, 270}) {
        auto turned = (*doc)->render(0, 72, rotation);
        REQUIRE(turned.ok());
        REQUIRE(turned->size() == at72->size().transposed());
    }
    // Upside down, the heading that was at the top is at the bottom.
    const auto darkRows = [](const QImage &image, int from, int to) {
        int count = 0;
        for (int y = from; y < to; ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
        return count;
    };
    auto upsideDown = (*doc)->render(0, 72, 180);
    REQUIRE(upsideDown.ok());
    REQUIRE(upsideDown->size() == at72->size());
    const int h = at72->height();
    REQUIRE(darkRows(*at72, 0, 100) > 0);
    REQUIRE(darkRows(*at72, h - 100, h) == 0);
    REQUIRE(darkRows(*upsideDown, 0, 100) == 0);
    // Antialiasing differs a little between the two directions.
    REQUIRE(darkRows(*upsideDown, h - 100, h) == Approx(darkRows(*at72, 0, 100)).epsilon(0.05));
}

TEST_CASE("a render is aborted when its callback says so, and only then", "[pdf]")
{
    if (!canWritePdf())
        return;
    QTemporaryDir dir;
    auto doc = PdfDocument::open(writeGermanPdf(dir));
    REQUIRE(doc.ok());

    // A callback that always answers yes: nothing is drawn.
    auto refused = (*doc)->render(1, 144, 0, [] { return true; });
    REQUIRE_FALSE(refused.ok());
    REQUIRE(PdfDocument::isAbort(refused.error()));
    REQUIRE(refused.error().message.contains(QStringLiteral("cancelled")));

    // Poppler asks while it draws: a callback that says no is polled, and the page comes out.
    std::atomic<int> polls{0};
    auto drawn = (*doc)->render(1, 144, 0, [&] {
        ++polls;
        return false;
    });
    REQUIRE(drawn.ok());
    REQUIRE(polls.load() > 1);

    // A callback that turns to yes in the middle of drawing stops the page there.
    std::atomic<int> calls{0};
    auto stopped = (*doc)->render(1, 144, 0, [&] { return ++calls > 2; });
    REQUIRE_FALSE(stopped.ok());
    REQUIRE(PdfDocument::isAbort(stopped.error()));
    REQUIRE(calls.load() >= 3);

    // The document is still usable afterwards.
    REQUIRE((*doc)->render(1, 72, 0).ok());
}

TEST_CASE("one document can be used from two threads at once", "[pdf]")
{
    if (!canWritePdf())
        return;
    QTemporaryDir dir;
    auto doc = PdfDocument::open(writeGermanPdf(dir));
    REQUIRE(doc.ok());
    const PdfDocument &pdf = **doc;
    // Poppler documents are not thread-safe; the document's own lock makes them so.
    std::atomic<int> failures{0};
    const auto work = [&](int page) {
        for (int i = 0; i < 5; ++i) {
            if (!pdf.render(page, 50, 0).ok() || pdf.pageText(page).isEmpty())
                ++failures;
        }
    };
    std::thread first(work, 0);
    std::thread second(work, 2);
    first.join();
    second.join();
    REQUIRE(failures.load() == 0);
}

TEST_CASE("render refuses impossible requests with a message instead of drawing", "[pdf]")
{
    if (!canWritePdf())
        return;
    QTemporaryDir dir;
    auto doc = PdfDocument::open(writeGermanPdf(dir));
    REQUIRE(doc.ok());
    auto noPage = (*doc)->render(3, 72, 0);
    REQUIRE_FALSE(noPage.ok());
    REQUIRE(noPage.error().message.contains(QStringLiteral("no page 4")));
    REQUIRE_FALSE((*doc)->render(-1, 72, 0).ok());
    REQUIRE_FALSE((*doc)->render(0, 72, 45).ok());
    REQUIRE_FALSE((*doc)->render(0, 0, 0).ok());
    REQUIRE_FALSE((*doc)->render(0, std::nan(""), 0).ok());
    // 2400 dpi on A4 is about 560 million pixels: refused before anything is allocated.
    auto huge = (*doc)->render(0, 2400, 0);
    REQUIRE_FALSE(huge.ok());
    REQUIRE(huge.error().code == ErrorCode::Overflow);
    REQUIRE(huge.error().message.contains(QStringLiteral("too large")));
}

TEST_CASE("a document of many pages has every page's text", "[pdf]")
{
    if (!canWritePdf())
        return;
    QTemporaryDir dir;
    QStringList headings;
    for (int i = 1; i <= 250; ++i)
        headings << QStringLiteral("Aktenzeichen 40.1-%1 – Gebühr für Straßenreinigung").arg(i);
    const QString path = dir.filePath(QStringLiteral("akte.pdf"));
    REQUIRE(writePdf(path, headings));
    auto doc = PdfDocument::open(path);
    REQUIRE(doc.ok());
    REQUIRE((*doc)->pageCount() == 250);
    REQUIRE((*doc)->pageText(0).contains(QStringLiteral("Aktenzeichen 40.1-1 ")));
    REQUIRE((*doc)->pageText(249).contains(QStringLiteral("Aktenzeichen 40.1-250 ")));
    REQUIRE((*doc)->render(249, 36, 0).ok());
}

TEST_CASE("files that are not PDFs, or broken ones, are refused with the reason", "[pdf]")
{
    QTemporaryDir dir;

    auto missing = PdfDocument::open(dir.filePath(QStringLiteral("fehlt.pdf")));
    REQUIRE_FALSE(missing.ok());
    REQUIRE(PdfDocument::problemOf(missing.error()) == PdfProblem::None);
    REQUIRE(missing.error().code == ErrorCode::NotFound);
    REQUIRE(missing.error().message.contains(QStringLiteral("fehlt.pdf")));

    auto empty = PdfDocument::open(writeFile(dir, QStringLiteral("leer.pdf"), {}));
    REQUIRE_FALSE(empty.ok());
    REQUIRE(PdfDocument::problemOf(empty.error()) == PdfProblem::NotPdf);
    REQUIRE(empty.error().message.contains(QStringLiteral("leer.pdf")));

    auto text = PdfDocument::open(writeFile(dir, QStringLiteral("brief.pdf"), "Sehr geehrte Damen und Herren,\n"));
    REQUIRE_FALSE(text.ok());
    REQUIRE(PdfDocument::problemOf(text.error()) == PdfProblem::NotPdf);

    auto garbage = PdfDocument::open(writeFile(dir, QStringLiteral("kaputt.pdf"), "%PDF-1.7\n\x01\x02 nonsense"));
    REQUIRE_FALSE(garbage.ok());
    REQUIRE(PdfDocument::problemOf(garbage.error()) == PdfProblem::Damaged);
    REQUIRE(garbage.error().message.contains(QStringLiteral("kaputt.pdf")));

    auto fromData = PdfDocument::openData(QByteArrayLiteral("PK\x03\x04 a zip file"));
    REQUIRE_FALSE(fromData.ok());
    REQUIRE(PdfDocument::problemOf(fromData.error()) == PdfProblem::NotPdf);

    REQUIRE_FALSE(PdfDocument::open(dir.path()).ok());

    if (!canWritePdf())
        return;
    // A truncated file: Poppler may rebuild what is left, or give up; either way nothing crashes
    // and every page that is claimed can be asked for.
    const QByteArray whole = readFile(writeGermanPdf(dir));
    for (const qsizetype keep : {whole.size() / 2, whole.size() - 40, qsizetype(300)}) {
        auto cut = PdfDocument::openData(whole.left(keep));
        if (!cut.ok()) {
            REQUIRE(PdfDocument::problemOf(cut.error()) == PdfProblem::Damaged);
            continue;
        }
        for (int page = 0; page < (*cut)->pageCount(); ++page) {
            (void)(*cut)->pageText(page);
            (void)(*cut)->render(page, 36, 0);
        }
    }
}

TEST_CASE("embedded files come out with their names exactly as stored", "[pdf]")
{
    const QByteArray xml = "<?xml version=\"1.0\"?><rsm:CrossIndustryInvoice/>";
    const QByteArray pdf = buildPdf({
        // A name tree is sorted by name.
        "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(../../etc/passwd) 6 0 R "
        "(factur-x.xml) 4 0 R] >> >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /Desc (Rechnung) /EF << /F 5 0 R >> >>",
        streamObject("/Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode", qCompress(xml).mid(4)),
        "<< /Type /Filespec /F (../../etc/passwd) /EF << /F 7 0 R >> >>",
        streamObject("/Type /EmbeddedFile", "root:x:0:0"),
    });
    auto doc = PdfDocument::openData(pdf);
    REQUIRE(doc.ok());
    const QList<EmbeddedFile> files = (*doc)->embeddedFiles();
    REQUIRE(files.size() == 2);
    REQUIRE(files.at(0).name == QStringLiteral("../../etc/passwd"));
    REQUIRE(files.at(0).data == QByteArrayLiteral("root:x:0:0"));
    REQUIRE(files.at(1).name == QStringLiteral("factur-x.xml"));
    REQUIRE(files.at(1).mimeType == QStringLiteral("text/xml"));
    REQUIRE(files.at(1).description == QStringLiteral("Rechnung"));
    REQUIRE(files.at(1).data == xml);
}

TEST_CASE("a password-protected PDF from the corpus opens only with a password", "[pdf]")
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    const QString path = corpus + QStringLiteral("/pdf/py-pdf-sample-files/005-libreoffice-writer-password/"
                                                 "libreoffice-writer-password.pdf");
    auto locked = PdfDocument::open(path);
    REQUIRE_FALSE(locked.ok());
    REQUIRE(PdfDocument::problemOf(locked.error()) == PdfProblem::NeedsPassword);
    REQUIRE(locked.error().message.contains(QStringLiteral("libreoffice-writer-password.pdf")));

    auto wrong = PdfDocument::open(path, "falsch");
    REQUIRE_FALSE(wrong.ok());
    REQUIRE(PdfDocument::problemOf(wrong.error()) == PdfProblem::WrongPassword);

    for (const QByteArray &password : {QByteArray("openpassword"), QByteArray("permissionpassword")}) {
        auto open = PdfDocument::open(path, password);
        REQUIRE(open.ok());
        REQUIRE((*open)->isEncrypted());
        REQUIRE((*open)->pageCount() == 1);
        REQUIRE_FALSE((*open)->pageText(0).trimmed().isEmpty());
        REQUIRE((*open)->render(0, 72, 0).ok());
    }
}

TEST_CASE("corpus PDFs with an attachment and with XMP metadata are read", "[pdf]")
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    auto withAttachment = PdfDocument::open(corpus + QStringLiteral("/pdf/py-pdf-sample-files/025-attachment/"
                                                                    "with-attachment.pdf"));
    REQUIRE(withAttachment.ok());
    const QList<EmbeddedFile> files = (*withAttachment)->embeddedFiles();
    REQUIRE(files.size() >= 1);
    REQUIRE_FALSE(files.first().name.isEmpty());
    REQUIRE_FALSE(files.first().data.isEmpty());

    auto withXmp = PdfDocument::open(corpus + QStringLiteral("/pdf/py-pdf-sample-files/020-xmp/"
                                                             "output_with_metadata_pymupdf.pdf"));
    REQUIRE(withXmp.ok());
    REQUIRE((*withXmp)->xmpMetadata().contains(QStringLiteral("xmpmeta")));
}
