#include "support/teststore.h"

#include "invoice/invoicefile.h"
#include "invoice/invoicereader.h"
#include "invoice/invoicesheet.h"
#include "invoice/invoicevalidator.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace amtsdesk;

namespace {

// A small but complete UBL invoice (XRechnung 3.0): one line of 100.00 at 19 % VAT.
QByteArray ublInvoice(const QString &lineAmount = QStringLiteral("100.00"))
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
 <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
 <cbc:ID>RE-2026-0815</cbc:ID>
 <cbc:IssueDate>2026-11-20</cbc:IssueDate>
 <cbc:DueDate>2026-12-20</cbc:DueDate>
 <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cbc:BuyerReference>04011000-12345-67</cbc:BuyerReference>
 <cac:AccountingSupplierParty><cac:Party>
  <cbc:EndpointID schemeID="EM">rechnung@mueller-bau.example</cbc:EndpointID>
  <cac:PostalAddress><cbc:StreetName>Gänseweg 2</cbc:StreetName><cbc:CityName>Musterfeld</cbc:CityName><cbc:PostalZone>12345</cbc:PostalZone>
   <cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
  <cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  <cac:PartyLegalEntity><cbc:RegistrationName>Müller Bau GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
  <cac:Contact><cbc:Name>Jürgen Müller</cbc:Name><cbc:Telephone>+49 123 456789</cbc:Telephone><cbc:ElectronicMail>jm@mueller-bau.example</cbc:ElectronicMail></cac:Contact>
 </cac:Party></cac:AccountingSupplierParty>
 <cac:AccountingCustomerParty><cac:Party>
  <cbc:EndpointID schemeID="EM">rechnungseingang@landkreis-musterfeld.example</cbc:EndpointID>
  <cac:PostalAddress><cbc:CityName>Musterfeld</cbc:CityName><cbc:PostalZone>12345</cbc:PostalZone>
   <cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
  <cac:PartyLegalEntity><cbc:RegistrationName>Landkreis Musterfeld</cbc:RegistrationName></cac:PartyLegalEntity>
 </cac:Party></cac:AccountingCustomerParty>
 <cac:Delivery><cbc:ActualDeliveryDate>2026-11-18</cbc:ActualDeliveryDate></cac:Delivery>
 <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
  <cac:PayeeFinancialAccount><cbc:ID>DE75512108001245126199</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
 <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">19.00</cbc:TaxAmount>
  <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">100.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">19.00</cbc:TaxAmount>
   <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
 <cac:LegalMonetaryTotal>
  <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
  <cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount>
  <cbc:TaxInclusiveAmount currencyID="EUR">119.00</cbc:TaxInclusiveAmount>
  <cbc:PayableAmount currencyID="EUR">119.00</cbc:PayableAmount>
 </cac:LegalMonetaryTotal>
 <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="H87">1</cbc:InvoicedQuantity>
  <cbc:LineExtensionAmount currencyID="EUR">%1</cbc:LineExtensionAmount>
  <cac:Item><cbc:Name>Prüfstatik</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent>
   <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="EUR">100.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
</Invoice>
)")
        .arg(lineAmount)
        .toUtf8();
}

QStringList rulesOf(const QList<Finding> &findings, FindingSeverity severity = FindingSeverity::Fatal)
{
    QStringList ids;
    for (const Finding &f : findings) {
        if (f.severity == severity)
            ids << f.rule;
    }
    return ids;
}

} // namespace

TEST_CASE("hostile XML is refused before it can expand or reach out", "[invoice][xml]")
{
    const auto refused = [](const QByteArray &xml) { return XmlTree::parse(xml, QStringLiteral("rechnung.xml")); };
    auto xxe = refused("<?xml version=\"1.0\"?><!DOCTYPE Invoice [<!ENTITY secret SYSTEM "
                       "\"file:///etc/passwd\">]><Invoice>&secret;</Invoice>");
    REQUIRE_FALSE(xxe.ok());
    REQUIRE(xxe.error().message.contains(QStringLiteral("rechnung.xml")));
    REQUIRE(xxe.error().message.contains(QStringLiteral("entities")));
    auto laughs = refused(
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>");
    REQUIRE_FALSE(laughs.ok());
    REQUIRE_FALSE(refused("<!DOCTYPE Invoice SYSTEM \"http://example.org/invoice.dtd\"><Invoice/>").ok());
    // A document type that declares nothing is harmless.
    REQUIRE(refused("<!DOCTYPE Invoice><Invoice/>").ok());
    auto broken = refused("<Invoice><cbc:ID>1</Invoice>");
    REQUIRE_FALSE(broken.ok());
    REQUIRE(broken.error().message.contains(QStringLiteral("not well-formed")));
    REQUIRE(refused(QByteArray()).error().message.contains(QStringLiteral("empty")));
    REQUIRE(refused(QByteArray(XmlTree::kMaxBytes + 1, ' ')).error().code == ErrorCode::Overflow);
    // Deep nesting is refused by the parser's own limit, not by a crash.
    QByteArray deep;
    for (int i = 0; i < 100000; ++i)
        deep += "<a>";
    REQUIRE_FALSE(refused(deep).ok());
}

TEST_CASE("documents that are not invoices say what they are", "[invoice]")
{
    auto zugferd1 =
        InvoiceReader::read("<rsm:CrossIndustryDocument xmlns:rsm=\"urn:ferd:CrossIndustryDocument:invoice:1p0\"/>",
                            QStringLiteral("alt.xml"));
    REQUIRE(zugferd1.error().message.contains(QStringLiteral("ZUGFeRD 1.0")));
    auto order = InvoiceReader::read("<rsm:SCRDMCCBDACIOMessageStructure "
                                     "xmlns:rsm=\"urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100\"/>",
                                     QStringLiteral("bestellung.xml"));
    REQUIRE(order.error().message.contains(QStringLiteral("order")));
    auto other = InvoiceReader::read("<html/>", QStringLiteral("seite.xml"));
    REQUIRE(other.error().code == ErrorCode::Unsupported);
    REQUIRE(other.error().message.contains(QStringLiteral("html")));
}

TEST_CASE("a UBL invoice is read into the semantic model and validated with the official rule ids", "[invoice]")
{
    auto file = InvoiceFiles::fromXml(ublInvoice(), QStringLiteral("RE-2026-0815.xml"));
    REQUIRE(file.ok());
    const EInvoice &inv = file->invoice;
    REQUIRE(file->profile == QStringLiteral("XRECHNUNG"));
    REQUIRE(InvoiceValidator::isXRechnung(inv));
    REQUIRE(inv.number.text == QStringLiteral("RE-2026-0815"));
    REQUIRE(inv.seller.name.text == QStringLiteral("Müller Bau GmbH"));
    REQUIRE(inv.seller.vatIdentifier.text == QStringLiteral("DE123456789"));
    REQUIRE(inv.lines.size() == 1);
    REQUIRE(inv.lines.first().itemName.text == QStringLiteral("Prüfstatik"));
    REQUIRE(inv.amountDue.text == QStringLiteral("119.00"));
    REQUIRE(rulesOf(InvoiceValidator::validate(inv)).isEmpty());

    // A line that does not add up: the sum of lines (BR-CO-10) and the standard rated taxable
    // amount (BR-S-08) disagree with it; the finding sits at the total, with its line in the file.
    auto wrong = InvoiceFiles::fromXml(ublInvoice(QStringLiteral("90.00")), QStringLiteral("falsch.xml"));
    REQUIRE(wrong.ok());
    const QList<Finding> findings = InvoiceValidator::validate(wrong->invoice);
    QStringList fired = rulesOf(findings);
    fired.sort();
    REQUIRE(fired == QStringList{QStringLiteral("BR-CO-10"), QStringLiteral("BR-S-08")});
    const Finding &f = *std::find_if(findings.cbegin(), findings.cend(),
                                     [](const Finding &x) { return x.rule == QStringLiteral("BR-CO-10"); });
    REQUIRE(f.location.contains(QStringLiteral("LineExtensionAmount")));
    REQUIRE(f.line > 0);
    REQUIRE(f.message.contains(QStringLiteral("90.00")));
}

TEST_CASE("the readable view: sections, terms, plain values, findings beside their fields", "[invoice][sheet]")
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QByteArray xml = ublInvoice(QStringLiteral("90.00"));
    xml.replace("<cac:PaymentMeans>",
                "<cac:PaymentTerms><cbc:Note>#SKONTO#TAGE=14#PROZENT=2.00#\n</cbc:Note></cac:PaymentTerms>"
                "<cac:PaymentMeans>");
    auto file = InvoiceFiles::fromXml(xml, QStringLiteral("RE-2026-0815.xml"));
    REQUIRE(file.ok());
    const InvoiceSheet sheet = InvoiceSheet::build(*file, InvoiceValidator::validate(file->invoice));
    QLocale::setDefault(QLocale::c());
    REQUIRE_FALSE(sheet.valid);
    REQUIRE(sheet.fatal == 2);
    REQUIRE(sheet.title.contains(QStringLiteral("RE-2026-0815")));
    REQUIRE(sheet.title.contains(QStringLiteral("20.11.26")));
    const QStringList terms = sheet.terms();
    for (const char *t : {"BT-1", "BT-2", "BT-27", "BT-31", "BT-44", "BT-84", "BT-115", "BT-131", "BT-153"})
        REQUIRE(terms.contains(QString::fromLatin1(t)));
    const QString html = sheet.toHtml();
    REQUIRE(html.contains(QStringLiteral("DE75 5121 0800 1245 1261 99"))); // the IBAN in groups
    REQUIRE(html.contains(QStringLiteral("2.00 %")));                      // Skonto in words
    REQUIRE(html.contains(QStringLiteral("14")));
    REQUIRE(html.contains(QStringLiteral("380 ("))); // the type code with its meaning
    // BR-CO-10 concerns the sum of line amounts: it is shown at that field, not only on top.
    const auto totals = std::find_if(sheet.groups.cbegin(), sheet.groups.cend(),
                                     [](const SheetGroup &g) { return g.term == QStringLiteral("BG-22"); });
    REQUIRE(totals != sheet.groups.cend());
    bool beside = false;
    for (const SheetField &f : totals->fields)
        beside = beside || (f.term == QStringLiteral("BT-106") && !f.findings.isEmpty());
    REQUIRE(beside);
}
