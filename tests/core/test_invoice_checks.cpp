// The checks around the rules: the XMP metadata of ZUGFeRD / Factur-X PDFs, the rule scope of
// the Factur-X profiles, and the optional schema step.
#include "support/teststore.h"

#include "invoice/invoicefile.h"
#include "invoice/invoiceschemas.h"
#include "invoice/invoicevalidator.h"
#include "invoice/xmpcheck.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace amtsdesk;

namespace {

QStringList idsOf(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids << f.rule;
    return ids;
}

QString xmpPacket(const QString &description)
{
    return QStringLiteral(R"(<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" rdf:about=""><pdfaid:part>3</pdfaid:part></rdf:Description>
%1
</rdf:RDF></x:xmpmeta><?xpacket end="w"?>)")
        .arg(description);
}

// A Factur-X MINIMUM invoice: header data and totals only, no lines. bt24 and the payment
// means can be changed.
QByteArray minimumInvoice(const QString &bt24 = QStringLiteral("urn:factur-x.eu:1p0:minimum"),
                          const QString &paymentMeans = {})
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>%1</ram:ID>
 </ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>RE-2026-0815</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20261120</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty><ram:Name>Müller Bau GmbH</ram:Name>
    <ram:PostalTradeAddress><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE123456789</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Landkreis Musterfeld</ram:Name></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>%2
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">19.00</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>119.00</ram:GrandTotalAmount>
    <ram:DuePayableAmount>119.00</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
)")
        .arg(bt24, paymentMeans)
        .toUtf8();
}

QString paymentMeans(const char *code, const char *account)
{
    return QStringLiteral("<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>%1</ram:TypeCode>"
                          "<ram:PayeePartyCreditorFinancialAccount>%2</ram:PayeePartyCreditorFinancialAccount>"
                          "</ram:SpecifiedTradeSettlementPaymentMeans>")
        .arg(QLatin1String(code), QString::fromUtf8(account));
}

} // namespace

TEST_CASE("XMP metadata of a ZUGFeRD / Factur-X PDF is compared with the invoice it carries", "[invoice][xmp]")
{
    const QString elements = xmpPacket(QStringLiteral(
        R"(<rdf:Description xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#" rdf:about="">
<fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>
<fx:Version>1.0</fx:Version><fx:ConformanceLevel>EN 16931</fx:ConformanceLevel></rdf:Description>)"));
    REQUIRE(XmpCheck::compare(elements, QStringLiteral("factur-x.xml"), QStringLiteral("EN 16931")).isEmpty());

    // The attribute form, as some producers write it, and ZUGFeRD 2.0's name for the profile.
    const QString attributes = xmpPacket(QStringLiteral(
        R"(<rdf:Description xmlns:fx="urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#" rdf:about=""
 fx:ConformanceLevel="COMFORT" fx:DocumentFileName="zugferd-invoice.xml" fx:DocumentType="INVOICE" fx:Version="1.0"/>)"));
    REQUIRE(XmpCheck::compare(attributes, QStringLiteral("zugferd-invoice.xml"), QStringLiteral("EN 16931")).isEmpty());

    const QList<Finding> wrong =
        XmpCheck::compare(elements, QStringLiteral("xrechnung.xml"), QStringLiteral("EXTENDED"));
    REQUIRE(idsOf(wrong) == QStringList{QStringLiteral("FX-XMP-02"), QStringLiteral("FX-XMP-03")});
    for (const Finding &f : wrong) {
        REQUIRE(f.severity == FindingSeverity::Warning);
        REQUIRE(f.location.startsWith(QStringLiteral("XMP /")));
    }
    REQUIRE(wrong.at(0).message.contains(QStringLiteral("EXTENDED")));
    REQUIRE(wrong.at(1).message.contains(QStringLiteral("xrechnung.xml")));

    const QString order = QString(elements).replace(QStringLiteral(">INVOICE<"), QStringLiteral(">ORDER<"));
    REQUIRE(idsOf(XmpCheck::compare(order, QStringLiteral("factur-x.xml"), QStringLiteral("EN 16931"))) ==
            QStringList{QStringLiteral("FX-XMP-04")});

    // Missing, foreign and hostile metadata: one warning each, never a crash or an expansion.
    REQUIRE(idsOf(XmpCheck::compare({}, QStringLiteral("factur-x.xml"), QStringLiteral("EN 16931"))) ==
            QStringList{QStringLiteral("FX-XMP-01")});
    REQUIRE(idsOf(XmpCheck::compare(xmpPacket({}), QStringLiteral("factur-x.xml"), QStringLiteral("EN 16931"))) ==
            QStringList{QStringLiteral("FX-XMP-01")});
    REQUIRE(idsOf(XmpCheck::compare(QStringLiteral("<x:xmpmeta"), QStringLiteral("factur-x.xml"),
                                    QStringLiteral("EN 16931"))) == QStringList{QStringLiteral("FX-XMP-01")});
    const QString laughs = QStringLiteral("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b "
                                          "\"&a;&a;&a;&a;\">]><x>&b;</x>");
    const QList<Finding> refused = XmpCheck::compare(laughs, QStringLiteral("factur-x.xml"), QStringLiteral("BASIC"));
    REQUIRE(idsOf(refused) == QStringList{QStringLiteral("FX-XMP-01")});
    REQUIRE(refused.at(0).message.contains(QStringLiteral("entities")));
}

TEST_CASE("MINIMUM and BASIC WL are held to the rules of their own profile, and called what they are",
          "[invoice][profile]")
{
    auto minimum = InvoiceFiles::fromXml(minimumInvoice(), QStringLiteral("minimum.xml"));
    REQUIRE(minimum.ok());
    REQUIRE(minimum->profile == QStringLiteral("MINIMUM"));
    const QList<Finding> findings = InvoiceValidator::validate(minimum->invoice);
    INFO(idsOf(findings).join(QLatin1Char(' ')).toStdString());
    REQUIRE(findings.size() == 1);
    REQUIRE(findings.at(0).rule == QStringLiteral("FX-PROFILE"));
    REQUIRE(findings.at(0).severity == FindingSeverity::Information);
    REQUIRE(findings.at(0).message.contains(QStringLiteral("e-invoice")));

    // The same data claiming EN 16931 lacks its lines, and says so.
    auto claimed =
        InvoiceFiles::fromXml(minimumInvoice(QStringLiteral("urn:cen.eu:en16931:2017")), QStringLiteral("x"));
    REQUIRE(claimed.ok());
    const QStringList fatal = idsOf(InvoiceValidator::validate(claimed->invoice));
    REQUIRE(fatal.contains(QStringLiteral("BR-16")));
    REQUIRE_FALSE(fatal.contains(QStringLiteral("FX-PROFILE")));

    // Within the profile, its own rules still bite: a seller without any identifier.
    QByteArray noId = minimumInvoice();
    noId.replace(
        "<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">DE123456789</ram:ID></ram:SpecifiedTaxRegistration>",
        "");
    auto broken = InvoiceFiles::fromXml(noId, QStringLiteral("minimum.xml"));
    REQUIRE(broken.ok());
    REQUIRE(idsOf(InvoiceValidator::validate(broken->invoice)).contains(QStringLiteral("BR-CO-26")));

    REQUIRE(invoicerules::inProfileScope(QStringLiteral("CII-SR-439"), QStringLiteral("EN 16931")));
    REQUIRE_FALSE(invoicerules::inProfileScope(QStringLiteral("CII-SR-439"), QStringLiteral("EXTENDED")));
    REQUIRE(invoicerules::inProfileScope(QStringLiteral("BR-CO-10"), QStringLiteral("EXTENDED")));
    REQUIRE_FALSE(invoicerules::inProfileScope(QStringLiteral("BR-16"), QStringLiteral("BASIC WL")));
    REQUIRE(invoicerules::inProfileScope(QStringLiteral("BR-CL-04"), QStringLiteral("MINIMUM")));
}

TEST_CASE("BR-CO-27: a CII credit transfer names its account by IBAN or by a proprietary id, not both",
          "[invoice][rules]")
{
    const auto brCo27 = [](const QString &means) {
        auto file = InvoiceFiles::fromXml(minimumInvoice(QStringLiteral("urn:cen.eu:en16931:2017"), means),
                                          QStringLiteral("x.xml"));
        REQUIRE(file.ok());
        return idsOf(InvoiceValidator::validate(file->invoice, {QStringLiteral("BR-CO-27")}));
    };
    const char *both = "<ram:IBANID>DE75512108001245126199</ram:IBANID><ram:ProprietaryID>4711</ram:ProprietaryID>";
    REQUIRE(brCo27(paymentMeans("58", both)) == QStringList{QStringLiteral("BR-CO-27")});
    REQUIRE(brCo27(paymentMeans("30", "")).isEmpty()); // BR-50 and BR-61 ask for the account
    REQUIRE(brCo27(paymentMeans("58", "<ram:IBANID>DE75512108001245126199</ram:IBANID>")).isEmpty());
    // "Payment to bank account" (42) may name the account both ways.
    REQUIRE(brCo27(paymentMeans("42", both)).isEmpty());
}

TEST_CASE("schema step: the published XSDs from a configured folder, errors as findings", "[invoice][schema]")
{
    QTemporaryDir empty;
    auto missing = InvoiceSchemas::open(empty.filePath(QStringLiteral("nicht-da")));
    REQUIRE_FALSE(missing.ok());
    REQUIRE(missing.error().message.contains(QStringLiteral("nicht-da")));
    auto incomplete = InvoiceSchemas::open(empty.path());
    REQUIRE_FALSE(incomplete.ok());
    REQUIRE(incomplete.error().message.contains(QStringLiteral("UBL-Invoice-2.1.xsd")));

    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    auto schemas = InvoiceSchemas::open(corpus + QStringLiteral("/einvoice/schemas"));
    REQUIRE(schemas.ok());
    QFile businessCase(corpus + QStringLiteral("/einvoice/kosit-xrechnung-testsuite/business-cases/standard/"
                                               "01.01a-INVOICE_ubl.xml"));
    REQUIRE(businessCase.open(QIODevice::ReadOnly));
    const QByteArray xml = businessCase.readAll();
    auto valid = InvoiceFiles::fromXml(xml, QStringLiteral("01.01a"));
    REQUIRE(valid.ok());
    auto none = (*schemas)->validate(valid->invoice);
    REQUIRE(none.ok());
    REQUIRE(none->isEmpty());

    // An element the schema does not know, where the rules would not look.
    QByteArray changed = xml;
    changed.replace("<cbc:IssueDate>", "<cbc:Erfunden>1</cbc:Erfunden><cbc:IssueDate>");
    REQUIRE(changed != xml);
    auto invalid = InvoiceFiles::fromXml(changed, QStringLiteral("01.01a changed"));
    REQUIRE(invalid.ok());
    auto errors = (*schemas)->validate(invalid->invoice);
    REQUIRE(errors.ok());
    REQUIRE(errors->size() == 1);
    REQUIRE(errors->at(0).rule == InvoiceSchemas::ruleId());
    REQUIRE(errors->at(0).severity == FindingSeverity::Fatal);
    REQUIRE(errors->at(0).line > 0);
    REQUIRE(errors->at(0).message.contains(QStringLiteral("Erfunden")));

    // The MINIMUM profile has its own, narrower schema: it has no sum of line amounts (BT-106).
    QByteArray withLineTotal = minimumInvoice();
    withLineTotal.replace("<ram:TaxBasisTotalAmount>",
                          "<ram:LineTotalAmount>100.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>");
    auto minimum = InvoiceFiles::fromXml(minimumInvoice(), QStringLiteral("minimum.xml"));
    auto wider = InvoiceFiles::fromXml(withLineTotal, QStringLiteral("minimum.xml"));
    REQUIRE((minimum.ok() && wider.ok()));
    REQUIRE((*schemas)->validate(minimum->invoice)->isEmpty());
    REQUIRE((*schemas)->validate(wider->invoice)->size() == 1);
}
