// Replays every input kept under tests/fuzz/regressions through the same entry points the
// libFuzzer targets use (tools/fuzz), and adds hostile inputs too large to keep as files. An input
// passes when the entry point returns; under `tools/dev test --sanitize` a sanitizer report fails.
#include "fuzzentries.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace amtsdesk;

namespace {

QFileInfoList regressionInputs(const QString &target)
{
    const QDir dir(QStringLiteral(AMTSDESK_FUZZ_REGRESSIONS) + QLatin1Char('/') + target);
    return dir.entryInfoList(QDir::Files, QDir::Name);
}

QByteArray contents(const QFileInfo &file)
{
    QFile f(file.absoluteFilePath());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("Kept fuzz inputs run through their targets without a crash", "[fuzz]")
{
    const QList<QPair<QString, void (*)(const QByteArray &)>> targets{
        {QStringLiteral("invoice"), fuzz::invoice},         {QStringLiteral("zugferd"), fuzz::zugferd},
        {QStringLiteral("searchquery"), fuzz::searchQuery}, {QStringLiteral("workflow"), fuzz::workflowDefinition},
        {QStringLiteral("fileplan"), fuzz::filePlanCsv},    {QStringLiteral("ozgcatalogue"), fuzz::ozgCatalogue}};
    for (const auto &[target, entry] : targets) {
        const QFileInfoList inputs = regressionInputs(target);
        INFO(target.toStdString());
        REQUIRE(inputs.size() >= 5);
        for (const QFileInfo &input : inputs) {
            INFO(input.fileName().toStdString());
            entry(contents(input));
        }
    }
}

TEST_CASE("Hostile PDFs give their invoice data or a reason, never more than they may", "[fuzz]")
{
    auto read = [](const char *name) {
        const QFileInfo input(QStringLiteral(AMTSDESK_FUZZ_REGRESSIONS "/zugferd/") + QLatin1String(name));
        auto document = PdfDocument::openData(contents(input));
        REQUIRE(document.ok());
        return (*document)->embeddedFiles();
    };
    // A size claim beyond any invoice: the file is listed, its data not read.
    const QList<EmbeddedFile> lying = read("lying-size.pdf");
    REQUIRE(lying.size() == 1);
    CHECK(lying.first().data.isEmpty());
    // Entities inside the embedded XML are refused as they are in an XML file.
    auto laughs = InvoiceFiles::fromAttachments(read("laughs-in-factur-x.pdf"), {}, QStringLiteral("laughs.pdf"));
    REQUIRE_FALSE(laughs.ok());
    CHECK(laughs.error().message.contains(QLatin1String("entities")));
    // A path-like attachment name is only a name: named in the message, never opened.
    auto pathLike = InvoiceFiles::fromAttachments(read("path-like-name.pdf"), {}, QStringLiteral("path.pdf"));
    REQUIRE_FALSE(pathLike.ok());
    CHECK(pathLike.error().message.contains(QLatin1String("../../../home/user/.bashrc")));
    // Truncated and broken files are refused with a reason.
    for (const char *name : {"truncated.pdf", "not-a-pdf.pdf"}) {
        const QFileInfo input(QStringLiteral(AMTSDESK_FUZZ_REGRESSIONS "/zugferd/") + QLatin1String(name));
        auto document = PdfDocument::openData(contents(input));
        if (!document)
            CHECK_FALSE(document.error().message.isEmpty());
    }
}

TEST_CASE("Hostile XML is refused or read without expanding anything", "[fuzz]")
{
    const QByteArray ubl = "<?xml version=\"1.0\"?>\n<Invoice "
                           "xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
                           "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">";
    SECTION("entities are never expanded: no billion laughs, no external file")
    {
        for (const char *name : {"billion-laughs.xml", "xxe-file.xml", "xxe-parameter.xml"}) {
            INFO(name);
            const QFileInfo input(QStringLiteral(AMTSDESK_FUZZ_REGRESSIONS "/invoice/") + QLatin1String(name));
            const auto file = InvoiceFiles::fromXml(contents(input), input.fileName());
            if (file) {
                CHECK_FALSE(file->invoice.number.text.contains(QLatin1String("root:")));
                CHECK(file->invoice.number.text.size() < 100);
            }
        }
    }
    SECTION("200,000 nested elements")
    {
        const int depth = 200000;
        QByteArray xml = ubl;
        xml += QByteArray("<a>").repeated(depth) + QByteArray("</a>").repeated(depth) + "</Invoice>";
        const auto file = InvoiceFiles::fromXml(xml, QStringLiteral("deep.xml"));
        CHECK_FALSE(file.ok());
        if (!file.ok())
            CHECK(file.error().message.contains(QLatin1String("deep.xml")));
        fuzz::invoice(xml);
    }
    SECTION("a note of 16 MB")
    {
        QByteArray xml = ubl;
        xml +=
            "<cbc:ID>1</cbc:ID><cbc:Note>" + QByteArray("\xc3\x84").repeated(8 * 1024 * 1024) + "</cbc:Note></Invoice>";
        fuzz::invoice(xml);
    }
}

TEST_CASE("Hostile searches are parsed or refused with a message", "[fuzz]")
{
    const QByteArray deep = QByteArray("(").repeated(50000) + "a" + QByteArray(")").repeated(50000);
    fuzz::searchQuery(deep);
    fuzz::searchQuery(QByteArray("x").repeated(200000));
    QByteArray many;
    for (int i = 0; i < 20000; ++i)
        many += "w" + QByteArray::number(i) + "* ";
    fuzz::searchQuery(many);
}
