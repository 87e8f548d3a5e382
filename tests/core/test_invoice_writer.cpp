#include "support/teststore.h"

#include "invoice/invoicefile.h"
#include "invoice/invoiceschemas.h"
#include "invoice/invoicevalidator.h"
#include "invoice/invoicewriter.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace amtsdesk;

namespace {

Decimal dec(const char *text)
{
    return Decimal::parse(QString::fromLatin1(text)).value();
}

// Compared as std::string, which Catch prints when a check fails.
std::string str(const QString &text)
{
    return text.toStdString();
}

std::string iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string("(none)");
}

QString syntaxName(InvoiceSyntax syntax)
{
    return syntax == InvoiceSyntax::Ubl ? QStringLiteral("UBL") : QStringLiteral("CII");
}

InvoiceDraft baseDraft(InvoiceSyntax syntax)
{
    InvoiceDraft d;
    d.syntax = syntax;
    d.number = QStringLiteral("RE-2026-0042");
    d.issueDate = QDate(2026, 3, 2);
    d.dueDate = QDate(2026, 4, 1);
    d.deliveryDate = QDate(2026, 2, 27);
    d.buyerReference = QStringLiteral("05315-12345-67");
    d.orderReference = QStringLiteral("B-2026-117");
    d.seller.name = QStringLiteral("Heizungsbau Krüger GmbH");
    d.seller.street = QStringLiteral("Gänseweg 2");
    d.seller.postcode = QStringLiteral("12345");
    d.seller.city = QStringLiteral("Musterfeld");
    d.seller.vatId = QStringLiteral("DE123456789");
    d.seller.electronicAddress = QStringLiteral("rechnung@krueger-heizung.example");
    d.seller.contactName = QStringLiteral("Jürgen Krüger");
    d.seller.contactPhone = QStringLiteral("+49 3345 12 34 0");
    d.seller.contactEmail = QStringLiteral("j.krueger@krueger-heizung.example");
    d.buyer.name = QStringLiteral("Landkreis Musterfeld, Fachbereich Hochbau");
    d.buyer.street = QStringLiteral("Am Markt 1");
    d.buyer.postcode = QStringLiteral("12340");
    d.buyer.city = QStringLiteral("Musterfeld");
    d.buyer.electronicAddress = QStringLiteral("rechnungseingang@landkreis-musterfeld.example");
    d.iban = QStringLiteral("DE02 1203 0000 0000 2020 51");
    d.bic = QStringLiteral("BYLADEM1001");
    d.accountName = QStringLiteral("Heizungsbau Krüger GmbH");
    d.paymentTerms = QStringLiteral("Zahlbar innerhalb von 30 Tagen ohne Abzug.");
    InvoiceDraftLine line;
    line.name = QStringLiteral("Wartung Heizungsanlage Kreishaus");
    line.quantity = dec("10");
    line.unitCode = QStringLiteral("HUR");
    line.netPrice = dec("95.00");
    line.vatRate = dec("19");
    d.lines << line;
    return d;
}

QDate readDate(const EInvoice &inv, const Term &t)
{
    return QDate::fromString(t.trimmed(), inv.syntax == InvoiceSyntax::Ubl ? QStringLiteral("yyyy-MM-dd")
                                                                           : QStringLiteral("yyyyMMdd"));
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines
            << QStringLiteral("%1 [%2] %3 at %4").arg(f.rule, Finding::severityName(f.severity), f.message, f.location);
    return lines.join(u'\n');
}

// Schema findings against the published XSDs, or nullopt where the corpus is absent.
std::optional<QList<Finding>> schemaFindings(const EInvoice &invoice)
{
    static std::unique_ptr<InvoiceSchemas> schemas;
    static bool tried = false;
    if (!tried) {
        tried = true;
        QString why;
        const QString corpus = corpusDir(&why);
        if (corpus.isEmpty()) {
            WARN("Schema check skipped: " << why.toStdString());
        } else {
            auto opened = InvoiceSchemas::open(corpus + QStringLiteral("/einvoice/schemas"));
            REQUIRE(opened.ok());
            schemas = std::move(*opened);
        }
    }
    if (!schemas)
        return std::nullopt;
    auto findings = schemas->validate(invoice);
    REQUIRE(findings.ok());
    return *findings;
}

struct Written {
    QByteArray xml;
    InvoiceFile file;
};

// Writes the draft, reads it back as an arriving invoice would be read, and requires that no
// rule of the validator (nor the schema, where the corpus is there) finds anything fatal.
Written writeAndCheck(const InvoiceDraft &draft)
{
    auto xml = InvoiceWriter::write(draft);
    INFO(syntaxName(draft.syntax).toStdString()
         << ": " << (xml.ok() ? std::string("written") : xml.error().message.toStdString()));
    REQUIRE(xml.ok());
    auto file = InvoiceFiles::fromXml(*xml, draft.number + QStringLiteral(".xml"));
    REQUIRE(file.ok());
    REQUIRE(file->invoice.syntax == draft.syntax);
    CHECK(str(file->profile) == "XRECHNUNG");
    CHECK(InvoiceValidator::isXRechnung(file->invoice));

    const QList<Finding> findings = InvoiceValidator::validate(file->invoice);
    QList<Finding> fatal;
    for (const Finding &f : findings) {
        if (f.severity == FindingSeverity::Fatal)
            fatal << f;
    }
    if (!findings.isEmpty())
        WARN(syntaxName(draft.syntax).toStdString() << " findings:\n" << describe(findings).toStdString());
    INFO(QString::fromUtf8(*xml).toStdString());
    CHECK(describe(fatal).toStdString() == "");
    if (const auto schema = schemaFindings(file->invoice))
        CHECK(describe(*schema).toStdString() == "");
    return {*xml, *file};
}

// The values a clerk relies on, read back from the written file.
void checkReadBack(const InvoiceDraft &draft, const EInvoice &inv, const char *amountDue)
{
    CHECK(str(inv.number.text) == str(draft.number));
    CHECK(str(inv.buyerReference.text) == str(draft.buyerReference));
    CHECK(str(inv.amountDue.text) == amountDue);
    CHECK(iso(readDate(inv, inv.paymentDueDate)) == iso(draft.dueDate));
    CHECK(iso(readDate(inv, inv.issueDate)) == iso(draft.issueDate));
    CHECK(str(inv.seller.name.text) == str(draft.seller.name));
    CHECK(str(inv.buyer.name.text) == str(draft.buyer.name));
    CHECK(str(inv.purchaseOrder.text) == str(draft.orderReference));
    REQUIRE(inv.paymentMeans.size() == 1);
    CHECK(str(inv.paymentMeans.first().typeCode.text) == "58");
    REQUIRE(inv.paymentMeans.first().transfers.size() == 1);
    QString iban = draft.iban;
    iban.remove(u' ');
    CHECK(str(inv.paymentMeans.first().transfers.first().account.text) == str(iban));
    CHECK(inv.lines.size() == draft.lines.size());
}

} // namespace

TEST_CASE("InvoiceWriter writes a valid XRechnung with one VAT rate", "[writer]")
{
    const InvoiceSyntax syntax = GENERATE(InvoiceSyntax::Ubl, InvoiceSyntax::Cii);
    const InvoiceDraft draft = baseDraft(syntax);
    const Written w = writeAndCheck(draft);
    const EInvoice &inv = w.file.invoice;
    // 10 h × 95.00 = 950.00; 19 % VAT 180.50.
    checkReadBack(draft, inv, "1130.50");
    CHECK(str(inv.lineTotal.text) == "950.00");
    CHECK(str(inv.totalWithoutVat.text) == "950.00");
    CHECK(str(inv.totalWithVat.text) == "1130.50");
    REQUIRE(inv.vatBreakdown.size() == 1);
    CHECK(str(inv.vatBreakdown.first().taxAmount.text) == "180.50");
    CHECK(str(inv.lines.first().id.text) == "1");
    CHECK(str(inv.lines.first().quantity.unit) == "HUR");
    CHECK(iso(readDate(inv, inv.deliveryDate)) == iso(draft.deliveryDate));
    REQUIRE(inv.paymentTerms.size() == 1);
    CHECK(str(inv.paymentTerms.first().text) == str(draft.paymentTerms));
}

TEST_CASE("InvoiceWriter groups VAT per rate and rounds commercially", "[writer]")
{
    const InvoiceSyntax syntax = GENERATE(InvoiceSyntax::Ubl, InvoiceSyntax::Cii);
    InvoiceDraft draft = baseDraft(syntax);
    draft.lines.clear();
    // 3 × 12.345 = 37.035 -> 37.04; 2.5 × 33.33 = 83.325 -> 83.33; both halves round up.
    draft.lines << InvoiceDraftLine{QStringLiteral("A1"),
                                    QStringLiteral("Sechskantschrauben M8"),
                                    dec("3"),
                                    QStringLiteral("H87"),
                                    dec("12.345"),
                                    QStringLiteral("S"),
                                    dec("19")};
    draft.lines << InvoiceDraftLine{QStringLiteral("A2"),
                                    QStringLiteral("Fachbuch Brandschutz"),
                                    dec("2.5"),
                                    QStringLiteral("C62"),
                                    dec("33.33"),
                                    QStringLiteral("S"),
                                    dec("7")};
    draft.lines << InvoiceDraftLine{QStringLiteral("A3"), QStringLiteral("Montage"), dec("1"),    QStringLiteral("C62"),
                                    dec("100.00"),        QStringLiteral("S"),       dec("19.00")};
    // 19 %: 137.04 -> 26.0376 -> 26.04; 7 %: 83.33 -> 5.8331 -> 5.83.
    const auto totals = InvoiceWriter::totals(draft);
    REQUIRE(totals.ok());
    QStringList nets;
    for (const Decimal &net : totals->lineNetAmounts)
        nets << net.toString();
    CHECK(str(nets.join(u' ')) == "37.04 83.33 100.00");
    CHECK(str(totals->vatTotal.toString()) == "31.87");

    const Written w = writeAndCheck(draft);
    const EInvoice &inv = w.file.invoice;
    checkReadBack(draft, inv, "252.24");
    CHECK(str(inv.lineTotal.text) == "220.37");
    REQUIRE(inv.vatTotalInInvoiceCurrency());
    CHECK(str(inv.vatTotalInInvoiceCurrency()->text) == "31.87");
    REQUIRE(inv.vatBreakdown.size() == 2);
    CHECK(str(inv.vatBreakdown[0].rate.text) == "19");
    CHECK(str(inv.vatBreakdown[0].taxableAmount.text) == "137.04");
    CHECK(str(inv.vatBreakdown[0].taxAmount.text) == "26.04");
    CHECK(str(inv.vatBreakdown[1].rate.text) == "7");
    CHECK(str(inv.vatBreakdown[1].taxableAmount.text) == "83.33");
    CHECK(str(inv.vatBreakdown[1].taxAmount.text) == "5.83");
    REQUIRE(inv.lines.size() == 3);
    CHECK(str(inv.lines[0].netAmount.text) == "37.04");
    CHECK(str(inv.lines[0].netPrice.text) == "12.345");
    CHECK(str(inv.lines[1].netAmount.text) == "83.33");
    CHECK(str(inv.lines[1].quantity.text) == "2.5");
}

TEST_CASE("InvoiceWriter writes Skonto terms in the XRechnung form", "[writer]")
{
    CHECK(str(InvoiceWriter::skontoLine(14, dec("2"))) == "#SKONTO#TAGE=14#PROZENT=2.00#\n");
    CHECK(InvoiceWriter::skontoLine(7, dec("2.5"), dec("100")) ==
          QStringLiteral("#SKONTO#TAGE=7#PROZENT=2.50#BASISBETRAG=100.00#\n"));

    const InvoiceSyntax syntax = GENERATE(InvoiceSyntax::Ubl, InvoiceSyntax::Cii);
    SECTION("made with skontoLine, then free text")
    {
        InvoiceDraft draft = baseDraft(syntax);
        draft.paymentTerms = InvoiceWriter::skontoLine(10, dec("3")) + InvoiceWriter::skontoLine(14, dec("2")) +
                             QStringLiteral("Zahlbar innerhalb von 30 Tagen netto.");
        const Written w = writeAndCheck(draft);
        checkReadBack(draft, w.file.invoice, "1130.50");
        REQUIRE(w.file.invoice.paymentTerms.size() == 1);
        CHECK(str(w.file.invoice.paymentTerms.first().text) == str(draft.paymentTerms));
    }
    SECTION("typed by hand, without the final line break")
    {
        InvoiceDraft draft = baseDraft(syntax);
        draft.dueDate = QDate();
        draft.paymentTerms = QStringLiteral("Zahlbar innerhalb von 30 Tagen.\n#SKONTO#TAGE=14#PROZENT=2.00#");
        const Written w = writeAndCheck(draft);
        REQUIRE(w.file.invoice.paymentTerms.size() == 1);
        CHECK(str(w.file.invoice.paymentTerms.first().text) == str(draft.paymentTerms + u'\n'));
        CHECK_FALSE(w.file.invoice.paymentDueDate.present());
        CHECK(str(describe(InvoiceValidator::validate(w.file.invoice, {QStringLiteral("BR-DE-18")}))) == "");
    }
}

TEST_CASE("InvoiceWriter escapes special characters", "[writer]")
{
    const InvoiceSyntax syntax = GENERATE(InvoiceSyntax::Ubl, InvoiceSyntax::Cii);
    InvoiceDraft draft = baseDraft(syntax);
    draft.seller.name = QStringLiteral("Müller & Söhne <GmbH>");
    draft.seller.street = QStringLiteral("Hauptstraße 5 \"Hinterhaus\"");
    draft.accountName = draft.seller.name;
    draft.lines.first().name = QStringLiteral("Schrauben 'M8' & Muttern <verzinkt> ]]> – 5 €");
    draft.note = QStringLiteral("Leistung gemäß Angebot A&B vom 01.02.2026 🙂\nZweite Zeile");
    draft.orderReference = QStringLiteral("<B&17>");
    const Written w = writeAndCheck(draft);
    CHECK(w.xml.contains("Müller &amp; Söhne &lt;GmbH&gt;"));
    CHECK_FALSE(w.xml.contains("<GmbH>"));
    const EInvoice &inv = w.file.invoice;
    checkReadBack(draft, inv, "1130.50");
    CHECK(str(inv.seller.address.line1.text) == str(draft.seller.street));
    CHECK(str(inv.lines.first().itemName.text) == str(draft.lines.first().name));
    REQUIRE(inv.notes.size() == 1);
    CHECK(str(inv.notes.first().text.text) == str(draft.note));
}

TEST_CASE("InvoiceWriter writes a VAT-exempt invoice of a small business", "[writer]")
{
    const InvoiceSyntax syntax = GENERATE(InvoiceSyntax::Ubl, InvoiceSyntax::Cii);
    InvoiceDraft draft = baseDraft(syntax);
    draft.seller.vatId.clear();
    draft.seller.taxNumber = QStringLiteral("201/123/45678");
    draft.seller.legalRegistrationId = QStringLiteral("HRA 4711");
    draft.buyer.electronicAddress = draft.buyerReference;
    draft.buyer.electronicAddressScheme = QStringLiteral("0204");
    draft.vatExemptionReason = QStringLiteral("Kein Ausweis von Umsatzsteuer, da Kleinunternehmer gemäß § 19 UStG");
    draft.lines.first().vatCategory = QStringLiteral("E");
    draft.lines.first().vatRate = dec("0");
    draft.lines.first().id.clear();
    const Written w = writeAndCheck(draft);
    const EInvoice &inv = w.file.invoice;
    checkReadBack(draft, inv, "950.00");
    CHECK(str(inv.seller.taxRegistration.text) == "201/123/45678");
    CHECK_FALSE(inv.seller.vatIdentifier.present());
    CHECK(str(inv.buyer.electronicAddress.scheme) == "0204");
    REQUIRE(inv.vatBreakdown.size() == 1);
    CHECK(str(inv.vatBreakdown.first().category.text) == "E");
    CHECK(str(inv.vatBreakdown.first().taxAmount.text) == "0.00");
    CHECK(str(inv.vatBreakdown.first().exemptionReason.text) == str(draft.vatExemptionReason));
    CHECK(str(inv.lines.first().id.text) == "1");
}

TEST_CASE("InvoiceWriter writes a zero-rated line beside a standard-rated one", "[writer]")
{
    const InvoiceSyntax syntax = GENERATE(InvoiceSyntax::Ubl, InvoiceSyntax::Cii);
    InvoiceDraft draft = baseDraft(syntax);
    draft.paymentTerms.clear(); // the due date alone says when to pay
    draft.lines.first().quantity = dec("1");
    draft.lines.first().netPrice = dec("100");
    draft.lines << InvoiceDraftLine{QStringLiteral("2"),
                                    QStringLiteral("Photovoltaikmodul 420 Wp"),
                                    dec("2"),
                                    QStringLiteral("H87"),
                                    dec("150"),
                                    QStringLiteral("Z"),
                                    dec("0")};
    const Written w = writeAndCheck(draft);
    const EInvoice &inv = w.file.invoice;
    // 100.00 + 19.00 VAT + 300.00 without VAT.
    checkReadBack(draft, inv, "419.00");
    CHECK(inv.paymentTerms.isEmpty());
    REQUIRE(inv.vatBreakdown.size() == 2);
    CHECK(str(inv.vatBreakdown[1].category.text) == "Z");
    CHECK(str(inv.vatBreakdown[1].taxableAmount.text) == "300.00");
    CHECK(str(inv.vatBreakdown[1].taxAmount.text) == "0.00");
}

TEST_CASE("The checks these tests rely on catch a wrong invoice", "[writer]")
{
    // Guards the guard: were the validator to find nothing in anything, the tests above would
    // pass on any output.
    const InvoiceSyntax syntax = GENERATE(InvoiceSyntax::Ubl, InvoiceSyntax::Cii);
    auto xml = InvoiceWriter::write(baseDraft(syntax));
    REQUIRE(xml.ok());
    QByteArray wrong = *xml;
    REQUIRE(wrong.count("1130.50") == 2); // BT-112 and BT-115
    wrong.replace("1130.50", "1130.60");
    auto file = InvoiceFiles::fromXml(wrong, QStringLiteral("wrong.xml"));
    REQUIRE(file.ok());
    QStringList fatal;
    for (const Finding &f : InvoiceValidator::validate(file->invoice)) {
        if (f.severity == FindingSeverity::Fatal)
            fatal << f.rule;
    }
    CHECK_THAT(str(fatal.join(u' ')), Catch::Matchers::Contains("BR-CO-15"));
}

TEST_CASE("InvoiceWriter refuses drafts that would not be a valid XRechnung", "[writer]")
{
    struct Case {
        const char *what;
        std::function<void(InvoiceDraft &)> change;
        const char *messagePart;
    };
    const QList<Case> cases{
        {"no number", [](InvoiceDraft &d) { d.number = QStringLiteral("  "); }, "invoice number (BT-1)"},
        {"no issue date", [](InvoiceDraft &d) { d.issueDate = QDate(); }, "issue date (BT-2)"},
        {"no Leitweg-ID", [](InvoiceDraft &d) { d.buyerReference.clear(); }, "Leitweg-ID"},
        {"no lines", [](InvoiceDraft &d) { d.lines.clear(); }, "no lines"},
        {"due before issue", [](InvoiceDraft &d) { d.dueDate = QDate(2026, 3, 1); }, "due date 2026-03-01 (BT-9)"},
        {"bad currency", [](InvoiceDraft &d) { d.currency = QStringLiteral("Euro"); }, "\"Euro\" (BT-5)"},
        {"no seller name", [](InvoiceDraft &d) { d.seller.name.clear(); }, "seller's name (BT-27)"},
        {"no buyer city", [](InvoiceDraft &d) { d.buyer.city.clear(); }, "buyer's city (BT-52)"},
        {"no seller contact", [](InvoiceDraft &d) { d.seller.contactPhone.clear(); }, "seller's contact (BG-6)"},
        {"no buyer address", [](InvoiceDraft &d) { d.buyer.electronicAddress.clear(); }, "(BT-49)"},
        {"no VAT id", [](InvoiceDraft &d) { d.seller.vatId.clear(); }, "VAT identifier (BT-31)"},
        {"VAT id without prefix", [](InvoiceDraft &d) { d.seller.vatId = QStringLiteral("123456789"); },
         "\"123456789\" (BT-31)"},
        {"no IBAN", [](InvoiceDraft &d) { d.iban.clear(); }, "IBAN to pay to (BT-84)"},
        {"wrong IBAN", [](InvoiceDraft &d) { d.iban = QStringLiteral("DE03120300000000202051"); },
         "DE03120300000000202051 (BT-84) is not valid"},
        {"bad Skonto", [](InvoiceDraft &d) { d.paymentTerms = QStringLiteral("#SKONTO#TAGE=14#PROZENT=2#\n"); },
         "BR-DE-18"},
        {"no due date, no terms",
         [](InvoiceDraft &d) {
             d.dueDate = QDate();
             d.paymentTerms.clear();
         },
         "BR-CO-25"},
        {"control character", [](InvoiceDraft &d) { d.note = QStringLiteral("Klingel\a"); }, "U+0007"},
        {"no item name", [](InvoiceDraft &d) { d.lines.first().name.clear(); }, "item name of line 1 (BT-153)"},
        {"negative price", [](InvoiceDraft &d) { d.lines.first().netPrice = dec("-1.00"); }, "(BT-146) is -1.00"},
        {"standard rate 0", [](InvoiceDraft &d) { d.lines.first().vatRate = dec("0"); }, "BR-S-05"},
        {"unknown category", [](InvoiceDraft &d) { d.lines.first().vatCategory = QStringLiteral("X"); }, "\"X\""},
        {"exempt without reason",
         [](InvoiceDraft &d) {
             d.lines.first().vatCategory = QStringLiteral("E");
             d.lines.first().vatRate = dec("0");
         },
         "exemption reason (BT-120)"},
        {"duplicate line ids",
         [](InvoiceDraft &d) {
             d.lines.first().id = QStringLiteral("7");
             d.lines << d.lines.first();
         },
         "Two lines have the id 7"},
    };
    for (const Case &c : cases) {
        for (const InvoiceSyntax syntax : {InvoiceSyntax::Ubl, InvoiceSyntax::Cii}) {
            InvoiceDraft draft = baseDraft(syntax);
            c.change(draft);
            const auto result = InvoiceWriter::write(draft);
            INFO(c.what << " (" << syntaxName(syntax).toStdString() << ")");
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().code == ErrorCode::InvalidInput);
            CHECK_THAT(str(result.error().message), Catch::Matchers::Contains(c.messagePart));
        }
    }
    // And the unchanged draft is fine, so each refusal above is due to its one change.
    CHECK(InvoiceWriter::write(baseDraft(InvoiceSyntax::Ubl)).ok());
}
