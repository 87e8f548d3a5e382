#include "support/teststore.h"

#include "pdf/pagebuffer.h"
#include "pdf/pdfdocument.h"
#include "pdf/workerclient.h"
#include "pdf/workerprotocol.h"

#include <catch2/catch.hpp>

#include "support/pdffixtures.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <chrono>
#include <optional>
#include <thread>

#include <unistd.h>

using namespace amtsdesk;

namespace {

// The worker under test, read once: some tests point AMTSDESK_WORKER at fakes for a while. The
// build may compile in where it put the worker (AMTSDESK_WORKER_BUILT) for runs without the variable.
QString realWorker()
{
    static const QString path = [] {
        QString fromEnvironment = qEnvironmentVariable("AMTSDESK_WORKER");
#ifdef AMTSDESK_WORKER_BUILT
        if (fromEnvironment.isEmpty()) {
            fromEnvironment = QStringLiteral(AMTSDESK_WORKER_BUILT);
            qputenv("AMTSDESK_WORKER", fromEnvironment.toLocal8Bit());
        }
#endif
        return fromEnvironment;
    }();
    return path;
}

bool haveWorker()
{
    if (!realWorker().isEmpty())
        return true;
    WARN("AMTSDESK_WORKER is unset: tests of the amtsdesk-worker process skipped");
    return false;
}

// Points AMTSDESK_WORKER somewhere else until the end of the scope.
class WorkerOverride {
public:
    explicit WorkerOverride(const QString &path)
    {
        realWorker();
        m_previous = qgetenv("AMTSDESK_WORKER");
        qputenv("AMTSDESK_WORKER", path.toLocal8Bit());
    }
    ~WorkerOverride() { qputenv("AMTSDESK_WORKER", m_previous); }
    WorkerOverride(const WorkerOverride &) = delete;
    WorkerOverride &operator=(const WorkerOverride &) = delete;

private:
    QByteArray m_previous;
};

// The CRC-32 of a PNG chunk (ISO 3309, as in zlib), so that an edited header still reads as valid.
quint32 pngCrc(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xFFFFFFFFu;
}

// A4 pages, each headed by its text and filled with numbered lines.
QString writePdf(const QTemporaryDir &dir, const QString &name, const QStringList &headings, const QString &title = {})
{
    const QString path = dir.filePath(name);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(title);
    QPainter painter;
    REQUIRE(painter.begin(&writer));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(12);
    painter.setFont(font);
    for (int page = 0; page < headings.size(); ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(QRectF(0, 0, 2000, 150), Qt::TextWordWrap, headings.at(page));
        for (int line = 0; line < 40; ++line)
            painter.drawText(QPointF(0, 250 + line * 70),
                             QStringLiteral("Zeile %1 von Seite %2").arg(line + 1).arg(page + 1));
    }
    REQUIRE(painter.end());
    return path;
}

const QStringList kGermanPages = {
    QStringLiteral("Gebührenbescheid für die Straßenreinigung"),
    QStringLiteral("Widerspruchsbelehrung: Gegen diesen Bescheid können Sie Widerspruch einlegen."),
    QStringLiteral("Ölheizung: Überprüfung fällig, Maß genommen"),
};

// An embedded file that inflates to gigabytes.
QByteArray hugeAttachmentPdf()
{
    return buildPdf({
        "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(rechnung.xml) 4 0 R] >> >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Type /Filespec /F (rechnung.xml) /EF << /F 5 0 R >> >>",
        streamObject("/Type /EmbeddedFile /Filter [/FlateDecode /RunLengthDecode]", bomb('<', 1)),
    });
}

// A shell script standing in for the worker; `afterHandshake` runs once it has answered the ping.
QString fakeWorker(const QTemporaryDir &dir, const QString &name, const QByteArray &afterHandshake)
{
    const QByteArray pong = "{\"ok\":true,\"version\":1}";
    QByteArray header;
    for (char c : workerprotocol::frameHeader(quint32(pong.size())))
        header += '\\' + QByteArray::number(uchar(c), 8).rightJustified(3, '0');
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nprintf '" + header + pong + "'\n" + afterHandshake + "\n");
    file.close();
    REQUIRE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    return path;
}

} // namespace

TEST_CASE("the worker is found through AMTSDESK_WORKER", "[pdf]")
{
    WorkerOverride override(QStringLiteral("/opt/amtsdesk/bin/amtsdesk-worker"));
    REQUIRE(PdfWorker::workerPath() == QStringLiteral("/opt/amtsdesk/bin/amtsdesk-worker"));
}

TEST_CASE("the worker reads text, page count, title and a thumbnail", "[pdf]")
{
    if (!haveWorker() || !canWritePdf())
        return;
    QTemporaryDir dir;
    const QString path =
        writePdf(dir, QStringLiteral("bescheid.pdf"), kGermanPages, QStringLiteral("Gebührenbescheid"));
    PdfWorker worker;
    auto extract = worker.extract(path, {}, 200);
    REQUIRE(extract.ok());
    REQUIRE(extract->pages == 3);
    REQUIRE(extract->text.size() == 3);
    for (int page = 0; page < 3; ++page)
        REQUIRE(extract->text.at(page).simplified().contains(kGermanPages.at(page)));
    REQUIRE(extract->text.at(2).contains(QStringLiteral("Maß")));
    REQUIRE_FALSE(extract->textCut);
    REQUIRE_FALSE(extract->encrypted);
    REQUIRE(extract->title == QStringLiteral("Gebührenbescheid"));
    REQUIRE(extract->thumbnail.width() == 200);
    REQUIRE(extract->thumbnail.height() == Approx(200 * 842 / 595.0).margin(2));

    // Without a thumbnail width there is none; the text is the same.
    auto plain = worker.extract(path);
    REQUIRE(plain.ok());
    REQUIRE(plain->thumbnail.isNull());
    REQUIRE(plain->text == extract->text);

    // A document of many pages.
    QStringList headings;
    for (int i = 1; i <= 300; ++i)
        headings << QStringLiteral("Aktenzeichen 40.1-%1 – Straßenreinigung").arg(i);
    auto many = worker.extract(writePdf(dir, QStringLiteral("akte.pdf"), headings), {}, 120);
    REQUIRE(many.ok());
    REQUIRE(many->pages == 300);
    REQUIRE(many->text.at(299).contains(QStringLiteral("Aktenzeichen 40.1-300 ")));
    REQUIRE(many->thumbnail.width() == 120);
    REQUIRE(worker.restarts() == 0);
}

TEST_CASE("pages rendered by the worker are the pages rendered in process", "[pdf]")
{
    if (!haveWorker() || !canWritePdf())
        return;
    QTemporaryDir dir;
    const QString path = writePdf(dir, QStringLiteral("bescheid.pdf"), kGermanPages);
    auto local = PdfDocument::open(path);
    REQUIRE(local.ok());
    PdfWorker worker;
    for (const double dpi : {72.0, 144.0}) {
        for (const int rotation : {0, 90}) {
            auto remote = worker.render(path, 1, dpi, rotation);
            REQUIRE(remote.ok());
            REQUIRE(remote->format() == QImage::Format_ARGB32_Premultiplied);
            auto here = (*local)->render(1, dpi, rotation);
            REQUIRE(here.ok());
            REQUIRE(remote->size() == here->size());
            REQUIRE(*remote == *here);
        }
    }
    auto at72 = worker.render(path, 0, 72, 0);
    auto turned = worker.render(path, 0, 72, 270);
    REQUIRE(turned->size() == at72->size().transposed());

    // Impossible requests are refused without harming the worker.
    auto noPage = worker.render(path, 7, 72, 0);
    REQUIRE_FALSE(noPage.ok());
    REQUIRE(PdfWorker::outcomeOf(noPage.error()) == WorkerOutcome::Failed);
    auto tooBig = worker.render(path, 0, 2400, 0);
    REQUIRE_FALSE(tooBig.ok());
    REQUIRE(PdfWorker::outcomeOf(tooBig.error()) == WorkerOutcome::LimitExceeded);
    REQUIRE(worker.render(path, 2, 72, 180).ok());
    REQUIRE(worker.restarts() == 0);
}

TEST_CASE("rendered pages travel through the shared page buffer, or the pipe when asked without it", "[pdf]")
{
    // The buffer alone: pixels come back as written; a short buffer is reported, not read past.
    auto buffer = PageBuffer::create();
    REQUIRE(buffer.ok());
    QImage pattern(301, 199, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < pattern.height(); ++y) {
        for (int x = 0; x < pattern.width(); ++x)
            pattern.setPixel(x, y, qRgba(x % 256, y % 256, (x * y) % 256, 255));
    }
    REQUIRE(buffer->write(pattern).ok());
    auto back = buffer->read(301, 199);
    REQUIRE(back.ok());
    REQUIRE(*back == pattern);
    REQUIRE(buffer->write(pattern).ok());
    auto tooMuch = buffer->read(301, 400);
    REQUIRE_FALSE(tooMuch.ok());
    REQUIRE(tooMuch.error().code == ErrorCode::Corrupt);
    REQUIRE_FALSE(buffer->write(pattern.convertToFormat(QImage::Format_RGB888)).ok());

    if (!canWritePdf())
        return;
    QTemporaryDir dir;
    const QString path = writePdf(dir, QStringLiteral("bescheid.pdf"), kGermanPages);
    auto local = PdfDocument::open(path);
    REQUIRE(local.ok());
    const QImage expected = *(*local)->render(0, 100, 0);
    WorkerService service;
    service.setPageBuffer(PageBuffer(::dup(buffer->fd())));
    QJsonObject request{{QStringLiteral("op"), QStringLiteral("render")},
                        {QStringLiteral("path"), path},
                        {QStringLiteral("page"), 0},
                        {QStringLiteral("dpi"), 100},
                        {QStringLiteral("rotation"), 0}};
    const WorkerReply piped = service.handle(request);
    REQUIRE(piped.frames.size() == 1);
    REQUIRE_FALSE(piped.header.contains(QStringLiteral("shared")));
    request.insert(QStringLiteral("shared"), true);
    const WorkerReply shared = service.handle(request);
    REQUIRE(shared.header.value(QStringLiteral("shared")).toBool());
    REQUIRE(shared.frames.isEmpty());
    auto pixels = buffer->read(shared.header.value(QStringLiteral("width")).toInt(),
                               shared.header.value(QStringLiteral("height")).toInt());
    REQUIRE(pixels.ok());
    REQUIRE(*pixels == expected);
}

TEST_CASE("the worker shows images as pages at their printed size, and refuses bad ones", "[pdf][image]")
{
    if (!haveWorker())
        return;
    QTemporaryDir dir;
    // A scan of 2 × 1 inches at 300 dpi: 144 × 72 points.
    QImage scan(600, 300, QImage::Format_RGB32);
    scan.fill(Qt::white);
    QPainter(&scan).fillRect(0, 0, 300, 300, Qt::black);
    scan.setDotsPerMeterX(11811);
    scan.setDotsPerMeterY(11811);
    // The name says JPEG, the content is PNG: the content decides.
    const QString path = dir.filePath(QStringLiteral("scan.jpg"));
    REQUIRE(scan.save(path, "PNG"));
    PdfWorker worker;
    auto extract = worker.extract(path, {}, 100);
    REQUIRE(extract.ok());
    REQUIRE(extract->pages == 1);
    REQUIRE(extract->text == QStringList{QString()});
    REQUIRE(extract->thumbnail.width() == 100);
    auto page = worker.render(path, 0, 72, 0);
    REQUIRE(page.ok());
    REQUIRE(page->size() == QSize(144, 72));
    REQUIRE(page->pixel(10, 10) == qRgb(0, 0, 0));
    REQUIRE(page->pixel(130, 60) == qRgb(255, 255, 255));
    auto turned = worker.render(path, 0, 144, 90);
    REQUIRE(turned.ok());
    REQUIRE(turned->size() == QSize(144, 288));
    REQUIRE_FALSE(worker.render(path, 1, 72, 0).ok());
    // An image without a resolution counts as 96 dpi.
    QImage screenshot(96, 48, QImage::Format_RGB32);
    screenshot.fill(Qt::gray);
    screenshot.setDotsPerMeterX(0);
    screenshot.setDotsPerMeterY(0);
    const QString bare = dir.filePath(QStringLiteral("screen.bmp"));
    REQUIRE(screenshot.save(bare, "BMP"));
    auto atScreen = worker.render(bare, 0, 96, 0);
    REQUIRE(atScreen.ok());
    REQUIRE(atScreen->width() == Approx(96).margin(2));

    // Cut in half, the PNG is damaged; a header that claims 60,000 × 60,000 pixels is refused
    // before anything is decoded; text named .png is neither PDF nor image.
    QFile whole(path);
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString cut = dir.filePath(QStringLiteral("cut.png"));
    QFile cutFile(cut);
    REQUIRE(cutFile.open(QIODevice::WriteOnly));
    cutFile.write(bytes.left(bytes.size() / 2));
    cutFile.close();
    auto damaged = worker.render(cut, 0, 72, 0);
    REQUIRE_FALSE(damaged.ok());
    REQUIRE(PdfWorker::outcomeOf(damaged.error()) == WorkerOutcome::Damaged);
    QByteArray huge = bytes.left(33); // signature, then IHDR: length, type, 13 bytes of data, CRC
    huge[16] = 0;
    huge[17] = 0;
    huge[18] = char(0xEA);
    huge[19] = 0x60; // width 60000
    huge[20] = 0;
    huge[21] = 0;
    huge[22] = char(0xEA);
    huge[23] = 0x60; // height 60000
    const quint32 crc = pngCrc(huge.mid(12, 17));
    for (int i = 0; i < 4; ++i)
        huge[29 + i] = char(crc >> (24 - 8 * i));
    const QString bomb = dir.filePath(QStringLiteral("bomb.png"));
    QFile bombFile(bomb);
    REQUIRE(bombFile.open(QIODevice::WriteOnly));
    bombFile.write(huge + bytes.mid(33));
    bombFile.close();
    auto tooLarge = worker.render(bomb, 0, 72, 0);
    REQUIRE_FALSE(tooLarge.ok());
    REQUIRE(PdfWorker::outcomeOf(tooLarge.error()) == WorkerOutcome::LimitExceeded);
    const QString text = dir.filePath(QStringLiteral("notes.png"));
    QFile textFile(text);
    REQUIRE(textFile.open(QIODevice::WriteOnly));
    textFile.write("Kein Bild, nur Text.\n");
    textFile.close();
    auto notImage = worker.render(text, 0, 72, 0);
    REQUIRE_FALSE(notImage.ok());
    REQUIRE(PdfWorker::outcomeOf(notImage.error()) == WorkerOutcome::NotPdf);
    REQUIRE(worker.render(path, 0, 72, 0).ok());
    REQUIRE(worker.restarts() == 0);
}

TEST_CASE("the worker reports files that are not PDFs or are damaged, and goes on", "[pdf]")
{
    if (!haveWorker())
        return;
    QTemporaryDir dir;
    PdfWorker worker;

    auto empty = worker.extract(writeFile(dir, QStringLiteral("leer.pdf"), {}));
    REQUIRE_FALSE(empty.ok());
    REQUIRE(PdfWorker::outcomeOf(empty.error()) == WorkerOutcome::NotPdf);
    REQUIRE(empty.error().message.contains(QStringLiteral("leer.pdf")));

    auto text = worker.extract(writeFile(dir, QStringLiteral("brief.pdf"), "Sehr geehrte Damen und Herren"));
    REQUIRE(PdfWorker::outcomeOf(text.error()) == WorkerOutcome::NotPdf);

    auto garbage = worker.extract(writeFile(dir, QStringLiteral("kaputt.pdf"), "%PDF-1.4\n\x01\x02\x03"));
    REQUIRE_FALSE(garbage.ok());
    REQUIRE(PdfWorker::outcomeOf(garbage.error()) == WorkerOutcome::Damaged);
    REQUIRE(garbage.error().message.contains(QStringLiteral("kaputt.pdf")));

    auto missing = worker.extract(dir.filePath(QStringLiteral("fehlt.pdf")));
    REQUIRE_FALSE(missing.ok());
    REQUIRE(PdfWorker::outcomeOf(missing.error()) == WorkerOutcome::Failed);
    REQUIRE(missing.error().message.contains(QStringLiteral("fehlt.pdf")));

    if (canWritePdf()) {
        // Truncated: Poppler may rebuild what is left or give up; the answer is an outcome either way.
        const QByteArray whole = readFile(writePdf(dir, QStringLiteral("ganz.pdf"), kGermanPages));
        for (const qsizetype keep : {whole.size() / 2, whole.size() - 40, qsizetype(300)}) {
            const QString path = writeFile(dir, QStringLiteral("abgeschnitten-%1.pdf").arg(keep), whole.left(keep));
            auto cut = worker.extract(path, {}, 100);
            if (!cut.ok())
                REQUIRE(PdfWorker::outcomeOf(cut.error()) == WorkerOutcome::Damaged);
            else
                REQUIRE(cut->text.size() == cut->pages);
        }
    }
    // Bad files are answers, not accidents: the process was never replaced.
    REQUIRE(worker.restarts() == 0);
}

TEST_CASE("attachments come out of the worker byte for byte", "[pdf]")
{
    if (!haveWorker())
        return;
    QTemporaryDir dir;
    const QByteArray xml = "<?xml version=\"1.0\"?><rsm:CrossIndustryInvoice>Straße</rsm:CrossIndustryInvoice>";
    const QString path = writeFile(
        dir, QStringLiteral("zugferd.pdf"),
        buildPdf({
            "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(factur-x.xml) 4 0 R] >> >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /Desc (Rechnung) /EF << /F 5 0 R >> >>",
            streamObject("/Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode", qCompress(xml).mid(4)),
        }));
    PdfWorker worker;
    auto files = worker.attachments(path);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 1);
    REQUIRE(files->first().name == QStringLiteral("factur-x.xml"));
    REQUIRE(files->first().mimeType == QStringLiteral("text/xml"));
    REQUIRE(files->first().description == QStringLiteral("Rechnung"));
    REQUIRE(files->first().data == xml);

    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    const QString corpusFile = corpus + QStringLiteral("/pdf/py-pdf-sample-files/025-attachment/with-attachment.pdf");
    auto fromCorpus = worker.attachments(corpusFile);
    REQUIRE(fromCorpus.ok());
    auto local = PdfDocument::open(corpusFile);
    REQUIRE(local.ok());
    const QList<EmbeddedFile> expected = (*local)->embeddedFiles();
    REQUIRE(fromCorpus->size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        REQUIRE(fromCorpus->at(i).name == expected.at(i).name);
        REQUIRE(fromCorpus->at(i).data == expected.at(i).data);
    }
}

TEST_CASE("the worker opens the corpus's password-protected PDF only with its password", "[pdf]")
{
    if (!haveWorker())
        return;
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    const QString path = corpus + QStringLiteral("/pdf/py-pdf-sample-files/005-libreoffice-writer-password/"
                                                 "libreoffice-writer-password.pdf");
    PdfWorker worker;
    auto locked = worker.extract(path);
    REQUIRE_FALSE(locked.ok());
    REQUIRE(PdfWorker::outcomeOf(locked.error()) == WorkerOutcome::NeedsPassword);
    REQUIRE(locked.error().message.contains(QStringLiteral("libreoffice-writer-password.pdf")));
    auto wrong = worker.extract(path, "falsch");
    REQUIRE(PdfWorker::outcomeOf(wrong.error()) == WorkerOutcome::WrongPassword);
    REQUIRE(PdfWorker::outcomeOf(worker.render(path, 0, 72, 0).error()) == WorkerOutcome::NeedsPassword);

    auto open = worker.extract(path, "openpassword", 100);
    REQUIRE(open.ok());
    REQUIRE(open->encrypted);
    REQUIRE(open->pages == 1);
    REQUIRE_FALSE(open->text.first().trimmed().isEmpty());
    REQUIRE(open->thumbnail.width() == 100);
    REQUIRE(worker.render(path, 0, 72, 0, "permissionpassword").ok());
    REQUIRE(worker.restarts() == 0);
}

TEST_CASE("a file that takes too long or needs too much memory is reported, and the next file is read", "[pdf]")
{
    if (!haveWorker() || !canWritePdf())
        return;
    QTemporaryDir dir;
    const QString good = writePdf(dir, QStringLiteral("bescheid.pdf"), kGermanPages);
    // Neither outcome depends on the machine's speed: the good file takes milliseconds and the slow
    // one minutes, so a generous 10 s tells them apart also on a loaded machine; the other two run
    // into the memory limit long before the clock.
    const QString slow = writeFile(dir, QStringLiteral("langsam.pdf"), slowContentPdf());
    const QString huge = writeFile(dir, QStringLiteral("riesig.pdf"), hugeAttachmentPdf());
    const QString greedy = writeFile(dir, QStringLiteral("gierig.pdf"), stringBombPdf(4));
    PdfWorker worker(PdfWorker::Limits{10000, 256});

    REQUIRE(worker.extract(good).ok());
    REQUIRE(worker.restarts() == 0);

    auto tooSlow = worker.extract(slow);
    REQUIRE_FALSE(tooSlow.ok());
    REQUIRE(PdfWorker::outcomeOf(tooSlow.error()) == WorkerOutcome::LimitExceeded);
    INFO(tooSlow.error().message.toStdString());
    REQUIRE(tooSlow.error().message.contains(QStringLiteral("langsam.pdf")));
    REQUIRE(tooSlow.error().message.contains(QStringLiteral("within 10 s")));

    auto after = worker.extract(good);
    REQUIRE(after.ok());
    REQUIRE(after->pages == 3);
    REQUIRE(worker.restarts() == 1);

    // A page whose one string grows without end is stopped by memory, in reading and in drawing.
    auto tooGreedy = worker.extract(greedy);
    REQUIRE_FALSE(tooGreedy.ok());
    INFO(tooGreedy.error().message.toStdString());
    REQUIRE(PdfWorker::outcomeOf(tooGreedy.error()) == WorkerOutcome::LimitExceeded);
    REQUIRE(tooGreedy.error().message.contains(QStringLiteral("gierig.pdf")));
#ifndef __SANITIZE_ADDRESS__
    REQUIRE(tooGreedy.error().message.contains(QStringLiteral("memory")));
#endif
    REQUIRE(PdfWorker::outcomeOf(worker.render(greedy, 0, 72, 0).error()) == WorkerOutcome::LimitExceeded);
    REQUIRE(worker.render(good, 0, 72, 0).ok());
    REQUIRE(worker.restarts() == 3);

    // The page itself is harmless; its attachment inflates to gigabytes.
    REQUIRE(worker.extract(huge).ok());
    auto tooBig = worker.attachments(huge);
    REQUIRE_FALSE(tooBig.ok());
    INFO(tooBig.error().message.toStdString());
    REQUIRE(PdfWorker::outcomeOf(tooBig.error()) == WorkerOutcome::LimitExceeded);
    REQUIRE(tooBig.error().message.contains(QStringLiteral("riesig.pdf")));
#ifndef __SANITIZE_ADDRESS__
    // The address-space limit stopped it, not the clock (a sanitizer's allocator ends the process its own way).
    REQUIRE(tooBig.error().message.contains(QStringLiteral("memory")));
#endif

    auto afterHuge = worker.extract(good, {}, 50);
    REQUIRE(afterHuge.ok());
    REQUIRE(afterHuge->thumbnail.width() == 50);
    REQUIRE(worker.restarts() == 4);
}

TEST_CASE("a request can be cancelled from another thread and the next one is read", "[pdf]")
{
    if (!haveWorker() || !canWritePdf())
        return;
    QTemporaryDir dir;
    const QString good = writePdf(dir, QStringLiteral("bescheid.pdf"), kGermanPages);
    const QString slow = writeFile(dir, QStringLiteral("langsam.pdf"), slowContentPdf());
    PdfWorker worker(PdfWorker::Limits{120000, 256});
    REQUIRE(worker.start().ok());
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        worker.cancel();
    });
    auto cancelled = worker.render(slow, 0, 72, 0);
    canceller.join();
    REQUIRE_FALSE(cancelled.ok());
    INFO(cancelled.error().message.toStdString());
    REQUIRE(cancelled.error().message.contains(QStringLiteral("cancelled")));
    REQUIRE(cancelled.error().message.contains(QStringLiteral("langsam.pdf")));
    REQUIRE(worker.extract(good).ok());
    REQUIRE(worker.restarts() == 1);
}

TEST_CASE("a missing or foreign worker program is reported as such", "[pdf]")
{
    QTemporaryDir dir;
    const QString pdf = writeFile(dir, QStringLiteral("bescheid.pdf"), "%PDF-1.4\n");
    {
        WorkerOverride override(dir.filePath(QStringLiteral("gibt-es-nicht")));
        PdfWorker worker;
        auto result = worker.extract(pdf);
        REQUIRE_FALSE(result.ok());
        REQUIRE(PdfWorker::outcomeOf(result.error()) == WorkerOutcome::WorkerMissing);
        REQUIRE(result.error().message.contains(QStringLiteral("gibt-es-nicht")));
    }
    {
        // A program that starts but does not speak the protocol: it echoes the request.
        const QString echo = dir.filePath(QStringLiteral("echo"));
        QFile script(echo);
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec cat\n");
        script.close();
        REQUIRE(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        WorkerOverride override(echo);
        PdfWorker worker;
        auto result = worker.render(pdf, 0, 72, 0);
        REQUIRE(PdfWorker::outcomeOf(result.error()) == WorkerOutcome::WorkerMissing);
    }
}

TEST_CASE("a worker that dies, hangs or sends nonsense is replaced and the client survives", "[pdf]")
{
    QTemporaryDir dir;
    const QString pdf = writeFile(dir, QStringLiteral("bescheid.pdf"), "%PDF-1.4\n");

    {
        WorkerOverride override(fakeWorker(dir, QStringLiteral("stirbt"), "head -c 1 >/dev/null; exit 1"));
        PdfWorker worker;
        auto result = worker.extract(pdf);
        REQUIRE(PdfWorker::outcomeOf(result.error()) == WorkerOutcome::LimitExceeded);
        REQUIRE(result.error().message.contains(QStringLiteral("bescheid.pdf")));
        REQUIRE(PdfWorker::outcomeOf(worker.extract(pdf).error()) == WorkerOutcome::LimitExceeded);
        REQUIRE(worker.restarts() == 1);
    }
    {
        WorkerOverride override(fakeWorker(dir, QStringLiteral("haengt"), "exec sleep 30"));
        PdfWorker worker(PdfWorker::Limits{300, 64});
        auto result = worker.render(pdf, 0, 72, 0);
        REQUIRE(PdfWorker::outcomeOf(result.error()) == WorkerOutcome::LimitExceeded);
        REQUIRE(result.error().message.contains(QStringLiteral("0.3 s")));
    }
    {
        // Announces a 4 GB frame: refused before anything is allocated for it.
        WorkerOverride override(
            fakeWorker(dir, QStringLiteral("prahlt"), "printf '\\377\\377\\377\\377'; exec sleep 30"));
        PdfWorker worker;
        auto result = worker.attachments(pdf);
        REQUIRE(PdfWorker::outcomeOf(result.error()) == WorkerOutcome::LimitExceeded);
        REQUIRE(result.error().message.contains(QStringLiteral("invalid answer")));
    }
    {
        const QByteArray lie = "{\"ok\":true,\"width\":100000,\"height\":100000}";
        QByteArray header;
        for (char c : workerprotocol::frameHeader(quint32(lie.size())))
            header += '\\' + QByteArray::number(uchar(c), 8).rightJustified(3, '0');
        WorkerOverride override(fakeWorker(dir, QStringLiteral("luegt"),
                                           "printf '" + header + lie + "\\000\\000\\000\\004abcd'; exec sleep 30"));
        PdfWorker worker;
        auto result = worker.render(pdf, 0, 72, 0);
        REQUIRE(PdfWorker::outcomeOf(result.error()) == WorkerOutcome::LimitExceeded);
    }
}

TEST_CASE("the worker service cuts long text and says so", "[pdf]")
{
    if (!canWritePdf())
        return;
    QTemporaryDir dir;
    const QString path = writePdf(dir, QStringLiteral("bescheid.pdf"), kGermanPages);
    WorkerService service(WorkerService::TextCaps{30, 50});
    QJsonObject request;
    request.insert(QStringLiteral("op"), QStringLiteral("extract"));
    request.insert(QStringLiteral("path"), path);
    const WorkerReply reply = service.handle(request);
    REQUIRE(reply.header.value(QStringLiteral("ok")).toBool());
    REQUIRE(reply.header.value(QStringLiteral("textCut")).toBool());
    const QJsonArray text = reply.header.value(QStringLiteral("text")).toArray();
    REQUIRE(text.size() == 3);
    REQUIRE(text.at(0).toString().size() == 30);
    REQUIRE(text.at(0).toString().startsWith(QStringLiteral("Gebührenbescheid")));
    REQUIRE(text.at(1).toString().size() == 20);
    REQUIRE(text.at(2).toString().isEmpty());
    REQUIRE(reply.frames.isEmpty());

    WorkerService roomy;
    const WorkerReply whole = roomy.handle(request);
    REQUIRE_FALSE(whole.header.value(QStringLiteral("textCut")).toBool());
}

TEST_CASE("the worker service refuses malformed requests and out-of-step pipes", "[pdf]")
{
    WorkerService service;
    const auto problemOf = [&](const QJsonObject &request) {
        return service.handle(request).header.value(QStringLiteral("problem")).toString();
    };
    REQUIRE(problemOf({{QStringLiteral("op"), QStringLiteral("format-disk")},
                       {QStringLiteral("path"), QStringLiteral("/x")}}) == QStringLiteral("bad_request"));
    REQUIRE(problemOf({{QStringLiteral("op"), QStringLiteral("extract")}}) == QStringLiteral("bad_request"));
    REQUIRE(problemOf({{QStringLiteral("op"), QStringLiteral("extract")},
                       {QStringLiteral("path"), QStringLiteral("/gibt/es/nicht.pdf")}}) ==
            QStringLiteral("unreadable"));
    REQUIRE(service.handle({{QStringLiteral("op"), QStringLiteral("ping")}})
                .header.value(QStringLiteral("version"))
                .toInt() == workerprotocol::kVersion);

    // Over real pipes: a ping, a line of non-JSON, then the client closes; the service ends with 0.
    const auto serveBytes = [&](const QByteArray &input, QByteArray *output) {
        int in[2];
        int out[2];
        REQUIRE(::pipe(in) == 0);
        REQUIRE(::pipe(out) == 0);
        REQUIRE(::write(in[1], input.constData(), size_t(input.size())) == input.size());
        ::close(in[1]);
        const int code = service.serve(in[0], out[1]);
        ::close(in[0]);
        ::close(out[1]);
        char buffer[4096];
        ssize_t n;
        while ((n = ::read(out[0], buffer, sizeof buffer)) > 0)
            output->append(buffer, n);
        ::close(out[0]);
        return code;
    };
    QByteArray output;
    REQUIRE(serveBytes(workerprotocol::frame("{\"op\":\"ping\"}") + workerprotocol::frame("not json"), &output) == 0);
    REQUIRE(output.size() > 8);
    const quint32 first = workerprotocol::frameLength(output.constData());
    REQUIRE(QJsonDocument::fromJson(output.mid(4, first)).object().value(QStringLiteral("ok")).toBool());
    const QByteArray rest = output.mid(4 + first);
    const QJsonObject second =
        QJsonDocument::fromJson(rest.mid(4, workerprotocol::frameLength(rest.constData()))).object();
    REQUIRE(second.value(QStringLiteral("problem")).toString() == QStringLiteral("bad_request"));

    // A request that claims to be larger than any request can be: the pipe is out of step.
    output.clear();
    REQUIRE(serveBytes(workerprotocol::frameHeader(workerprotocol::kMaxRequestBytes + 1), &output) != 0);
    REQUIRE(output.isEmpty());
    // A frame cut off in the middle.
    REQUIRE(serveBytes(workerprotocol::frame("{\"op\":\"ping\"}").left(8), &output) != 0);
}
