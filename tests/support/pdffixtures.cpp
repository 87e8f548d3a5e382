#include "support/pdffixtures.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QGuiApplication>

bool canWritePdf()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    WARN("no QGuiApplication: PDF tests that generate files skipped");
    return false;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

namespace {

const QByteArray kHelvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

QByteArray pageObject(int parent, int font, int contents, const QByteArray &extra = {})
{
    return "<< /Type /Page /Parent " + QByteArray::number(parent) +
           " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 " + QByteArray::number(font) + " 0 R >> " + extra +
           ">> /Contents " + QByteArray::number(contents) + " 0 R >>";
}

// A PDF string literal of any bytes, as hexadecimal.
QByteArray hexString(const QByteArray &bytes)
{
    return '<' + bytes.toHex() + '>';
}

} // namespace

QByteArray textContent(const QByteArray &text)
{
    return "BT /F1 18 Tf 72 760 Td (" + text + ") Tj ET\n";
}

QByteArray bomb(char byte, int gigabytes, const QByteArray &prefix)
{
    const qsizetype runs = qsizetype(gigabytes) * (qsizetype(1) << 30) / 128;
    QByteArray runLength;
    runLength.reserve(prefix.size() + 1 + runs * 2 + 1);
    if (!prefix.isEmpty()) {
        Q_ASSERT(prefix.size() <= 128);
        runLength.append(char(prefix.size() - 1)); // n + 1 bytes as they are
        runLength.append(prefix);
    }
    for (qsizetype i = 0; i < runs; ++i) {
        runLength.append(char(0x81)); // 257 - 0x81 = 128 copies of the next byte
        runLength.append(byte);
    }
    runLength.append(char(0x80));          // end of data
    return qCompress(runLength, 9).mid(4); // without Qt's 4-byte length: a plain zlib stream
}

QByteArray slowContentPdf(int times)
{
    return buildPdf({
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Fm1 5 0 R >> >> "
        "/Contents 4 0 R >>",
        streamObject({}, QByteArray("/Fm1 Do\n").repeated(times)),
        streamObject("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Filter [/FlateDecode /RunLengthDecode]",
                     bomb(' ', 1)),
    });
}

QByteArray stringBombPdf(int gigabytes)
{
    return buildPdf({
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        streamObject("/Filter [/FlateDecode /RunLengthDecode]", bomb('a', gigabytes, "BT (")),
    });
}

QByteArray imageBombPdf(const QByteArray &text, int gigabytes)
{
    return attachmentsPdf(text, {}, gigabytes);
}

QByteArray manyPagesPdf(int pages, const QByteArray &text)
{
    // 1 catalogue, 2 root, 3 font, 4 content, then the nodes, then the pages.
    constexpr int kPerNode = 1000;
    const int nodes = (pages + kPerNode - 1) / kPerNode;
    const int firstNode = 5;
    const int firstPage = firstNode + nodes;
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>", {}, kHelvetica, streamObject({}, textContent(text))};
    QByteArray rootKids;
    for (int n = 0; n < nodes; ++n) {
        const int inNode = qMin(kPerNode, pages - n * kPerNode);
        QByteArray kids;
        kids.reserve(inNode * 10);
        for (int i = 0; i < inNode; ++i)
            kids += QByteArray::number(firstPage + n * kPerNode + i) + " 0 R ";
        objects.append("<< /Type /Pages /Parent 2 0 R /Kids [" + kids + "] /Count " + QByteArray::number(inNode) +
                       " >>");
        rootKids += QByteArray::number(firstNode + n) + " 0 R ";
    }
    for (int p = 0; p < pages; ++p)
        objects.append(pageObject(firstNode + p / kPerNode, 3, 4));
    objects[1] = "<< /Type /Pages /Kids [" + rootKids + "] /Count " + QByteArray::number(pages) + " >>";
    return buildPdf(objects);
}

QByteArray declaredPagesPdf(qint64 declared, const QByteArray &text)
{
    return buildPdf({
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count " + QByteArray::number(declared) + " >>",
        pageObject(2, 5, 4),
        streamObject({}, textContent(text)),
        kHelvetica,
    });
}

QByteArray deepPageTreePdf(int depth, const QByteArray &text)
{
    // 1 catalogue, 2 font, 3 content, 4 … 3+depth the nodes, then the page.
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 4 0 R >>", kHelvetica, streamObject({}, textContent(text))};
    for (int d = 0; d < depth; ++d) {
        const int self = 4 + d;
        objects.append("<< /Type /Pages /Kids [" + QByteArray::number(self + 1) + " 0 R] /Count 1" +
                       (d > 0 ? " /Parent " + QByteArray::number(self - 1) + " 0 R" : QByteArray()) + " >>");
    }
    objects.append(pageObject(3 + depth, 2, 3));
    return buildPdf(objects);
}

QByteArray deepNestingPdf(int depth, const QByteArray &text)
{
    const QByteArray arrays = QByteArray("[").repeated(depth) + QByteArray("]").repeated(depth);
    const QByteArray dictionaries = QByteArray("<< /A ").repeated(depth) + QByteArray(">> ").repeated(depth);
    return buildPdf({
        "<< /Type /Catalog /Pages 2 0 R /Deep " + arrays + " /Deeper " + dictionaries + ">>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        pageObject(2, 5, 4),
        streamObject({}, textContent(text) + arrays + " pop\n"),
        kHelvetica,
    });
}

QByteArray scriptPdf(const QByteArray &text, const QString &marker)
{
    const QByteArray shell = "touch " + QFile::encodeName(marker);
    const QByteArray launch = "<< /S /Launch /F (/bin/sh) /Unix << /F (/bin/sh) /P (-c '" + shell +
                              "') >> "
                              "/Win << /F (cmd.exe) /P (/c " +
                              shell + ") >> /NewWindow true >>";
    const QByteArray script =
        "<< /S /JavaScript /JS (app.alert\\('Amtsdesk runs no scripts'\\); "
        "app.launchURL\\('file:///bin/sh'\\); this.exportDataObject\\({cName: 'x', nLaunch: 2}\\);) "
        "/Next " +
        launch + " >>";
    return buildPdf({
        "<< /Type /Catalog /Pages 2 0 R /OpenAction " + script + " /AA << /WC " + script +
            " >> "
            "/Names << /JavaScript << /Names [(init) " +
            script + "] >> >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R "
        "/AA << /O " +
            script + " >> /Annots [6 0 R] >>",
        streamObject({}, textContent(text)),
        kHelvetica,
        "<< /Type /Annot /Subtype /Link /Rect [72 700 300 780] /A " + launch + " >>",
    });
}

QByteArray attachmentsPdf(const QByteArray &text, const QList<QPair<QByteArray, QByteArray>> &files,
                          int imageBombGigabytes)
{
    // 1 catalogue, 2 pages, 3 page, 4 content, 5 font, 6 the image (when there is one), then a file
    // specification and its stream per file.
    QList<QByteArray> objects{{},
                              "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              pageObject(2, 5, 4),
                              streamObject({}, textContent(text)),
                              kHelvetica};
    if (imageBombGigabytes > 0) {
        objects[2] = pageObject(2, 5, 4, "/XObject << /Im1 6 0 R >> ");
        // Drawn 64 times: each time the whole image is decoded again (here 8 times take over half a
        // minute), so drawing the page outlasts any time limit a test sets, on any machine.
        objects[3] =
            streamObject({}, textContent(text) + QByteArray("q 480 0 0 480 57 120 cm /Im1 Do Q\n").repeated(64));
        objects.append(streamObject("/Type /XObject /Subtype /Image /Width 50000 /Height 50000 /ColorSpace /DeviceGray "
                                    "/BitsPerComponent 8 /Filter [/FlateDecode /RunLengthDecode]",
                                    bomb('\x80', imageBombGigabytes)));
    }
    QByteArray names;
    for (const auto &[name, data] : files) {
        const int spec = int(objects.size()) + 1;
        names += hexString(name) + ' ' + QByteArray::number(spec) + " 0 R ";
        objects.append("<< /Type /Filespec /F " + hexString(name) + " /UF " + hexString(name) + " /EF << /F " +
                       QByteArray::number(spec + 1) + " 0 R >> >>");
        objects.append(streamObject("/Type /EmbeddedFile /Subtype /text#2Fxml", data));
    }
    objects[0] = "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [" + names + "] >> >> >>";
    return buildPdf(objects);
}

QByteArray brokenXrefPdf(const QByteArray &text)
{
    QByteArray pdf = buildPdf({
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        pageObject(2, 5, 4),
        streamObject({}, textContent(text)),
        kHelvetica,
    });
    // Every offset in the table off by 7, and startxref into the middle of an object.
    qsizetype at = pdf.indexOf("65535 f \n", pdf.lastIndexOf("\nxref\n")) + 9;
    while (pdf.mid(at + 17, 1) == "n") { // entries of 20 bytes: offset, generation, n
        pdf.replace(at, 10, QByteArray::number(pdf.mid(at, 10).toLongLong() + 7).rightJustified(10, '0'));
        at += 20;
    }
    const qsizetype start = pdf.lastIndexOf("startxref\n") + 10;
    pdf.replace(start, pdf.indexOf('\n', start) - start, "123");
    return pdf;
}
