// Writes XRechnung 3.0 in the UBL 2.1 (CEN/TS 16931-3-2) and CII D16B (CEN/TS 16931-3-3)
// bindings, each element in the order its schema requires.
#include "invoice/invoicewriter.h"

#include "invoice/invoicereader.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <algorithm>

namespace amtsdesk {

namespace {

using xmlns::kCac;
using xmlns::kCbc;
using xmlns::kRam;
using xmlns::kRsm;
using xmlns::kUdt;

QString cents(const Decimal &amount)
{
    return amount.rounded(2, RoundingMode::HalfAwayFromZero).valueOr(amount).toString();
}

// The Skonto line of BR-DE-18 (KoSIT's own pattern).
const QRegularExpression &skontoPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^#SKONTO#TAGE=[0-9]+#PROZENT=[0-9]+\\.[0-9]{2}(#BASISBETRAG=-?[0-9]+\\.[0-9]{2})?#$"));
    return pattern;
}

const QRegularExpression &lineBreak()
{
    static const QRegularExpression pattern(QStringLiteral("\\r?\\n"));
    return pattern;
}

// XML 1.0 has no way to carry most control characters, lone surrogates, U+FFFE and U+FFFF,
// not even as character references: the first such code unit, if any.
std::optional<char16_t> firstNonXmlChar(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            continue;
        }
        const bool allowed =
            c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
        if (!allowed)
            return c;
    }
    return std::nullopt;
}

// ISO 13616: country, check digits, 11 to 30 letters or digits, and mod 97 = 1 over the
// rearranged number (letters count 10…35).
bool ibanValid(const QString &iban)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!shape.match(iban).hasMatch())
        return false;
    int remainder = 0;
    for (const QChar c : iban.mid(4) + iban.left(4)) {
        const int value = c.unicode() <= u'9' ? c.unicode() - u'0' : c.unicode() - u'A' + 10;
        remainder = ((value >= 10 ? remainder * 100 : remainder * 10) + value) % 97;
    }
    return remainder == 1;
}

void trimParty(InvoiceParty &p)
{
    for (QString *field :
         {&p.name, &p.street, &p.postcode, &p.city, &p.countryCode, &p.vatId, &p.taxNumber, &p.legalRegistrationId,
          &p.electronicAddress, &p.electronicAddressScheme, &p.contactName, &p.contactPhone, &p.contactEmail})
        *field = field->trimmed();
}

// Trims what is one line, numbers lines without id, writes the IBAN without spaces, and ends
// Skonto lines with the line break BR-DE-18 wants after the last of them.
InvoiceDraft normalized(InvoiceDraft d)
{
    for (QString *field : {&d.number, &d.currency, &d.buyerReference, &d.orderReference, &d.bic, &d.accountName,
                           &d.vatExemptionReason, &d.note})
        *field = field->trimmed();
    trimParty(d.seller);
    trimParty(d.buyer);
    static const QRegularExpression space(QStringLiteral("\\s"));
    d.iban = d.iban.remove(space).toUpper();
    if (d.paymentTerms.trimmed().isEmpty())
        d.paymentTerms.clear();
    bool skonto = false;
    for (const QString &line : d.paymentTerms.split(lineBreak()))
        skonto = skonto || line.trimmed().startsWith(u'#');
    if (skonto && !d.paymentTerms.mid(d.paymentTerms.lastIndexOf(u'#') + 1).contains(u'\n'))
        d.paymentTerms += u'\n';
    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        InvoiceDraftLine &line = d.lines[i];
        for (QString *field : {&line.id, &line.name, &line.unitCode, &line.vatCategory})
            *field = field->trimmed();
        if (line.id.isEmpty())
            line.id = QString::number(i + 1);
    }
    return d;
}

QList<const QString *> textsOf(const InvoiceDraft &d)
{
    QList<const QString *> texts{&d.number, &d.currency,    &d.buyerReference, &d.orderReference,     &d.iban,
                                 &d.bic,    &d.accountName, &d.paymentTerms,   &d.vatExemptionReason, &d.note};
    for (const InvoiceParty *p : {&d.seller, &d.buyer})
        texts << &p->name << &p->street << &p->postcode << &p->city << &p->countryCode << &p->vatId << &p->taxNumber
              << &p->legalRegistrationId << &p->electronicAddress << &p->electronicAddressScheme << &p->contactName
              << &p->contactPhone << &p->contactEmail;
    for (const InvoiceDraftLine &line : d.lines)
        texts << &line.id << &line.name << &line.unitCode << &line.vatCategory;
    return texts;
}

Error lacks(const QString &what)
{
    return Error::invalid(InvoiceWriter::tr("The invoice draft lacks %1.").arg(what));
}

Status checkParty(const InvoiceParty &p, bool seller)
{
    const auto label = [seller](const char *sellerText, const char *buyerText) {
        return InvoiceWriter::tr(seller ? sellerText : buyerText);
    };
    if (p.name.isEmpty())
        return lacks(label(QT_TRANSLATE_NOOP("InvoiceWriter", "the seller's name (BT-27)"),
                           QT_TRANSLATE_NOOP("InvoiceWriter", "the buyer's name (BT-44)")));
    if (p.postcode.isEmpty())
        return lacks(label(QT_TRANSLATE_NOOP("InvoiceWriter", "the seller's post code (BT-38)"),
                           QT_TRANSLATE_NOOP("InvoiceWriter", "the buyer's post code (BT-53)")));
    if (p.city.isEmpty())
        return lacks(label(QT_TRANSLATE_NOOP("InvoiceWriter", "the seller's city (BT-37)"),
                           QT_TRANSLATE_NOOP("InvoiceWriter", "the buyer's city (BT-52)")));
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!country.match(p.countryCode).hasMatch())
        return Error::invalid(
            label(QT_TRANSLATE_NOOP(
                      "InvoiceWriter",
                      "The seller's country \"%1\" (BT-40) is not a code of two capital letters such as DE."),
                  QT_TRANSLATE_NOOP(
                      "InvoiceWriter",
                      "The buyer's country \"%1\" (BT-55) is not a code of two capital letters such as DE."))
                .arg(p.countryCode));
    if (p.electronicAddress.isEmpty() || p.electronicAddressScheme.isEmpty())
        return lacks(
            label(QT_TRANSLATE_NOOP("InvoiceWriter", "the seller's electronic address and its scheme (BT-34)"),
                  QT_TRANSLATE_NOOP("InvoiceWriter", "the buyer's electronic address and its scheme (BT-49)")));
    static const QRegularExpression prefixed(QStringLiteral("^[A-Z]{2}[A-Za-z0-9]+$"));
    if (!p.vatId.isEmpty() && !prefixed.match(p.vatId).hasMatch())
        return Error::invalid(
            label(
                QT_TRANSLATE_NOOP(
                    "InvoiceWriter",
                    "The seller's VAT identifier \"%1\" (BT-31) must start with its country prefix, as in "
                    "DE123456789, and have no spaces."),
                QT_TRANSLATE_NOOP("InvoiceWriter",
                                  "The buyer's VAT identifier \"%1\" (BT-48) must start with its country prefix, as in "
                                  "DE123456789, and have no spaces."))
                .arg(p.vatId));
    if (!seller)
        return {};
    // BR-S-02, BR-Z-02, BR-E-02: a VAT id or tax number; BR-CO-26: a VAT id or legal registration.
    if (p.vatId.isEmpty() && (p.taxNumber.isEmpty() || p.legalRegistrationId.isEmpty()))
        return lacks(
            InvoiceWriter::tr("the seller's VAT identifier (BT-31), or else both the tax number (BT-32) and the legal "
                              "registration identifier (BT-30)"));
    if (p.contactName.isEmpty() || p.contactPhone.isEmpty() || p.contactEmail.isEmpty())
        return lacks(
            InvoiceWriter::tr("the seller's contact (BG-6) with name, telephone and e-mail address (BT-41 to BT-43), "
                              "which XRechnung requires"));
    return {};
}

Status checkLine(const InvoiceDraft &d, const InvoiceDraftLine &line)
{
    if (line.name.isEmpty())
        return lacks(InvoiceWriter::tr("the item name of line %1 (BT-153)").arg(line.id));
    if (line.unitCode.isEmpty())
        return lacks(InvoiceWriter::tr("the unit of the quantity of line %1 (BT-130)").arg(line.id));
    if (line.netPrice.isNegative())
        return Error::invalid(InvoiceWriter::tr("The net price of line %1 (BT-146) is %2; a price is never negative "
                                                "(invoice a negative quantity instead).")
                                  .arg(line.id, line.netPrice.toString()));
    const QString &category = line.vatCategory;
    if (category == u"S") {
        if (line.vatRate.sign() <= 0)
            return Error::invalid(InvoiceWriter::tr("Line %1 has the standard VAT category S with the rate %2 %; "
                                                    "the rate must be above 0 (BR-S-05).")
                                      .arg(line.id, line.vatRate.toString()));
        return {};
    }
    if (category != u"Z" && category != u"E")
        return Error::invalid(InvoiceWriter::tr("Line %1 has the VAT category \"%2\" (BT-151); the writer knows S "
                                                "(standard rate), Z (zero rated) and E (exempt).")
                                  .arg(line.id, category));
    if (!line.vatRate.isZero())
        return Error::invalid(InvoiceWriter::tr("Line %1 has the VAT category %2 with the rate %3 %; in that "
                                                "category the rate is 0.")
                                  .arg(line.id, category, line.vatRate.toString()));
    if (category == u"E" && d.vatExemptionReason.isEmpty())
        return lacks(
            InvoiceWriter::tr("the VAT exemption reason (BT-120) that line %1, exempt from VAT, needs").arg(line.id));
    return {};
}

Status check(const InvoiceDraft &d)
{
    for (const QString *text : textsOf(d)) {
        if (const auto c = firstNonXmlChar(*text)) {
            QString shown = *text;
            shown.replace(QChar(*c), QChar(0xFFFD));
            return Error::invalid(
                InvoiceWriter::tr("The invoice draft has the character U+%1, which XML cannot "
                                  "carry, in \"%2\".")
                    .arg(QStringLiteral("%1").arg(int(*c), 4, 16, QLatin1Char('0')).toUpper(), shown.left(60)));
        }
    }
    if (d.number.isEmpty())
        return lacks(InvoiceWriter::tr("the invoice number (BT-1)"));
    if (!d.issueDate.isValid())
        return lacks(InvoiceWriter::tr("the issue date (BT-2)"));
    if (d.dueDate.isValid() && d.dueDate < d.issueDate)
        return Error::invalid(InvoiceWriter::tr("The due date %1 (BT-9) lies before the issue date %2 (BT-2).")
                                  .arg(d.dueDate.toString(Qt::ISODate), d.issueDate.toString(Qt::ISODate)));
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(d.currency).hasMatch())
        return Error::invalid(
            InvoiceWriter::tr("The currency \"%1\" (BT-5) is not a code of three capital letters such as EUR.")
                .arg(d.currency));
    if (d.buyerReference.isEmpty())
        return lacks(InvoiceWriter::tr("the buyer reference (BT-10), for public buyers their Leitweg-ID"));
    if (auto ok = checkParty(d.seller, true); !ok)
        return ok;
    if (auto ok = checkParty(d.buyer, false); !ok)
        return ok;
    if (d.iban.isEmpty())
        return lacks(InvoiceWriter::tr("the IBAN to pay to (BT-84)"));
    if (!ibanValid(d.iban))
        return Error::invalid(InvoiceWriter::tr("The IBAN %1 (BT-84) is not valid: its check digits do not match "
                                                "or it has the wrong form.")
                                  .arg(d.iban));
    for (const QString &line : d.paymentTerms.split(lineBreak())) {
        if (line.trimmed().startsWith(u'#') && !skontoPattern().match(line.trimmed()).hasMatch())
            return Error::invalid(InvoiceWriter::tr("The payment terms (BT-20) have the line \"%1\", which is not a "
                                                    "Skonto line in the XRechnung form #SKONTO#TAGE=14#PROZENT=2.00# "
                                                    "(BR-DE-18).")
                                      .arg(line.trimmed()));
    }
    if (d.lines.isEmpty())
        return Error::invalid(InvoiceWriter::tr("The invoice draft has no lines; an invoice needs at least one "
                                                "(BG-25)."));
    QStringList ids;
    for (const InvoiceDraftLine &line : d.lines) {
        if (ids.contains(line.id))
            return Error::invalid(InvoiceWriter::tr("Two lines have the id %1 (BT-126).").arg(line.id));
        ids << line.id;
        if (auto ok = checkLine(d, line); !ok)
            return ok;
    }
    return {};
}

// QXmlStreamWriter with the few shapes an invoice needs; it escapes all text and attributes.
class Out {
public:
    explicit Out(QByteArray *bytes) : m_xml(bytes)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }
    QXmlStreamWriter &xml() { return m_xml; }
    void start(const char *ns, const char *name)
    {
        m_xml.writeStartElement(QString::fromLatin1(ns), QString::fromLatin1(name));
    }
    void end() { m_xml.writeEndElement(); }
    void leaf(const char *ns, const char *name, const QString &text)
    {
        m_xml.writeTextElement(QString::fromLatin1(ns), QString::fromLatin1(name), text);
    }
    // PEPPOL-EN16931-R008 forbids empty elements: what has no text is left out.
    void optional(const char *ns, const char *name, const QString &text)
    {
        if (!text.isEmpty())
            leaf(ns, name, text);
    }
    void leaf(const char *ns, const char *name, const QString &text, const char *attribute, const QString &value)
    {
        start(ns, name);
        m_xml.writeAttribute(QString::fromLatin1(attribute), value);
        m_xml.writeCharacters(text);
        end();
    }
    // One child inside a chain of elements: path(kCac, {"Country"}, kCbc, "IdentificationCode", "DE").
    void path(const char *ns, std::initializer_list<const char *> steps, const char *leafNs, const char *name,
              const QString &text)
    {
        for (const char *step : steps)
            start(ns, step);
        leaf(leafNs, name, text);
        for (std::size_t i = 0; i < steps.size(); ++i)
            end();
    }

private:
    QXmlStreamWriter m_xml;
};

// ---- UBL 2.1 ----

QString ublDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

void ublAmount(Out &o, const char *name, const Decimal &amount, const QString &currency)
{
    o.leaf(kCbc, name, cents(amount), "currencyID", currency);
}

void ublTaxCategory(Out &o, const char *element, const QString &category, const Decimal &rate, const QString &reason)
{
    o.start(kCac, element);
    o.leaf(kCbc, "ID", category);
    o.leaf(kCbc, "Percent", rate.toString());
    o.optional(kCbc, "TaxExemptionReason", reason);
    o.path(kCac, {"TaxScheme"}, kCbc, "ID", QStringLiteral("VAT"));
    o.end();
}

void ublParty(Out &o, const char *role, const InvoiceParty &p)
{
    o.start(kCac, role);
    o.start(kCac, "Party");
    o.leaf(kCbc, "EndpointID", p.electronicAddress, "schemeID", p.electronicAddressScheme);
    o.start(kCac, "PostalAddress");
    o.optional(kCbc, "StreetName", p.street);
    o.leaf(kCbc, "CityName", p.city);
    o.leaf(kCbc, "PostalZone", p.postcode);
    o.path(kCac, {"Country"}, kCbc, "IdentificationCode", p.countryCode);
    o.end();
    const auto taxScheme = [&o](const QString &id, const QString &scheme) {
        if (id.isEmpty())
            return;
        o.start(kCac, "PartyTaxScheme");
        o.leaf(kCbc, "CompanyID", id);
        o.path(kCac, {"TaxScheme"}, kCbc, "ID", scheme);
        o.end();
    };
    taxScheme(p.vatId, QStringLiteral("VAT"));
    taxScheme(p.taxNumber, QStringLiteral("FC"));
    o.start(kCac, "PartyLegalEntity");
    o.leaf(kCbc, "RegistrationName", p.name);
    o.optional(kCbc, "CompanyID", p.legalRegistrationId);
    o.end();
    if (!p.contactName.isEmpty() || !p.contactPhone.isEmpty() || !p.contactEmail.isEmpty()) {
        o.start(kCac, "Contact");
        o.optional(kCbc, "Name", p.contactName);
        o.optional(kCbc, "Telephone", p.contactPhone);
        o.optional(kCbc, "ElectronicMail", p.contactEmail);
        o.end();
    }
    o.end();
    o.end();
}

void writeUbl(Out &o, const InvoiceDraft &d, const InvoiceTotals &t)
{
    o.xml().writeDefaultNamespace(QString::fromLatin1(xmlns::kUblInvoice));
    o.xml().writeNamespace(QString::fromLatin1(kCac), QStringLiteral("cac"));
    o.xml().writeNamespace(QString::fromLatin1(kCbc), QStringLiteral("cbc"));
    o.start(xmlns::kUblInvoice, "Invoice");
    o.leaf(kCbc, "CustomizationID", QString::fromLatin1(InvoiceWriter::kSpecificationId));
    o.leaf(kCbc, "ProfileID", QString::fromLatin1(InvoiceWriter::kProcessId));
    o.leaf(kCbc, "ID", d.number);
    o.leaf(kCbc, "IssueDate", ublDate(d.issueDate));
    if (d.dueDate.isValid())
        o.leaf(kCbc, "DueDate", ublDate(d.dueDate));
    o.leaf(kCbc, "InvoiceTypeCode", QStringLiteral("380"));
    o.optional(kCbc, "Note", d.note);
    o.leaf(kCbc, "DocumentCurrencyCode", d.currency);
    o.leaf(kCbc, "BuyerReference", d.buyerReference);
    if (!d.orderReference.isEmpty())
        o.path(kCac, {"OrderReference"}, kCbc, "ID", d.orderReference);
    ublParty(o, "AccountingSupplierParty", d.seller);
    ublParty(o, "AccountingCustomerParty", d.buyer);
    if (d.deliveryDate.isValid())
        o.path(kCac, {"Delivery"}, kCbc, "ActualDeliveryDate", ublDate(d.deliveryDate));

    o.start(kCac, "PaymentMeans");
    o.leaf(kCbc, "PaymentMeansCode", QStringLiteral("58"));
    o.start(kCac, "PayeeFinancialAccount");
    o.leaf(kCbc, "ID", d.iban);
    o.optional(kCbc, "Name", d.accountName);
    if (!d.bic.isEmpty())
        o.path(kCac, {"FinancialInstitutionBranch"}, kCbc, "ID", d.bic);
    o.end();
    o.end();
    if (!d.paymentTerms.isEmpty())
        o.path(kCac, {"PaymentTerms"}, kCbc, "Note", d.paymentTerms);

    o.start(kCac, "TaxTotal");
    ublAmount(o, "TaxAmount", t.vatTotal, d.currency);
    for (const InvoiceVatGroup &g : t.vatBreakdown) {
        o.start(kCac, "TaxSubtotal");
        ublAmount(o, "TaxableAmount", g.taxableAmount, d.currency);
        ublAmount(o, "TaxAmount", g.taxAmount, d.currency);
        ublTaxCategory(o, "TaxCategory", g.category, g.rate, g.category == u"E" ? d.vatExemptionReason : QString());
        o.end();
    }
    o.end();
    o.start(kCac, "LegalMonetaryTotal");
    ublAmount(o, "LineExtensionAmount", t.lineTotal, d.currency);
    ublAmount(o, "TaxExclusiveAmount", t.totalWithoutVat, d.currency);
    ublAmount(o, "TaxInclusiveAmount", t.totalWithVat, d.currency);
    ublAmount(o, "PayableAmount", t.amountDue, d.currency);
    o.end();

    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        const InvoiceDraftLine &line = d.lines[i];
        o.start(kCac, "InvoiceLine");
        o.leaf(kCbc, "ID", line.id);
        o.leaf(kCbc, "InvoicedQuantity", line.quantity.toString(), "unitCode", line.unitCode);
        ublAmount(o, "LineExtensionAmount", t.lineNetAmounts[i], d.currency);
        o.start(kCac, "Item");
        o.leaf(kCbc, "Name", line.name);
        ublTaxCategory(o, "ClassifiedTaxCategory", line.vatCategory, line.vatRate, {});
        o.end();
        o.start(kCac, "Price");
        o.leaf(kCbc, "PriceAmount", line.netPrice.toString(), "currencyID", d.currency);
        o.end();
        o.end();
    }
    o.end();
}

// ---- CII D16B ----

void ciiDate(Out &o, const char *element, const QDate &date)
{
    o.start(kRam, element);
    o.leaf(kUdt, "DateTimeString", date.toString(QStringLiteral("yyyyMMdd")), "format", QStringLiteral("102"));
    o.end();
}

void ciiTax(Out &o, const QString &category, const Decimal &rate)
{
    o.leaf(kRam, "CategoryCode", category);
    o.leaf(kRam, "RateApplicablePercent", rate.toString());
}

void ciiParty(Out &o, const char *role, const InvoiceParty &p)
{
    o.start(kRam, role);
    o.leaf(kRam, "Name", p.name);
    if (!p.legalRegistrationId.isEmpty())
        o.path(kRam, {"SpecifiedLegalOrganization"}, kRam, "ID", p.legalRegistrationId);
    if (!p.contactName.isEmpty() || !p.contactPhone.isEmpty() || !p.contactEmail.isEmpty()) {
        o.start(kRam, "DefinedTradeContact");
        o.optional(kRam, "PersonName", p.contactName);
        if (!p.contactPhone.isEmpty())
            o.path(kRam, {"TelephoneUniversalCommunication"}, kRam, "CompleteNumber", p.contactPhone);
        if (!p.contactEmail.isEmpty())
            o.path(kRam, {"EmailURIUniversalCommunication"}, kRam, "URIID", p.contactEmail);
        o.end();
    }
    o.start(kRam, "PostalTradeAddress");
    o.leaf(kRam, "PostcodeCode", p.postcode);
    o.optional(kRam, "LineOne", p.street);
    o.leaf(kRam, "CityName", p.city);
    o.leaf(kRam, "CountryID", p.countryCode);
    o.end();
    o.start(kRam, "URIUniversalCommunication");
    o.leaf(kRam, "URIID", p.electronicAddress, "schemeID", p.electronicAddressScheme);
    o.end();
    const auto registration = [&o](const QString &id, const QString &scheme) {
        if (id.isEmpty())
            return;
        o.start(kRam, "SpecifiedTaxRegistration");
        o.leaf(kRam, "ID", id, "schemeID", scheme);
        o.end();
    };
    registration(p.vatId, QStringLiteral("VA"));
    registration(p.taxNumber, QStringLiteral("FC"));
    o.end();
}

void writeCii(Out &o, const InvoiceDraft &d, const InvoiceTotals &t)
{
    o.xml().writeNamespace(QString::fromLatin1(kRsm), QStringLiteral("rsm"));
    o.xml().writeNamespace(QString::fromLatin1(kRam), QStringLiteral("ram"));
    o.xml().writeNamespace(QString::fromLatin1(kUdt), QStringLiteral("udt"));
    o.start(kRsm, "CrossIndustryInvoice");
    o.start(kRsm, "ExchangedDocumentContext");
    o.path(kRam, {"BusinessProcessSpecifiedDocumentContextParameter"}, kRam, "ID",
           QString::fromLatin1(InvoiceWriter::kProcessId));
    o.path(kRam, {"GuidelineSpecifiedDocumentContextParameter"}, kRam, "ID",
           QString::fromLatin1(InvoiceWriter::kSpecificationId));
    o.end();
    o.start(kRsm, "ExchangedDocument");
    o.leaf(kRam, "ID", d.number);
    o.leaf(kRam, "TypeCode", QStringLiteral("380"));
    ciiDate(o, "IssueDateTime", d.issueDate);
    if (!d.note.isEmpty())
        o.path(kRam, {"IncludedNote"}, kRam, "Content", d.note);
    o.end();

    o.start(kRsm, "SupplyChainTradeTransaction");
    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        const InvoiceDraftLine &line = d.lines[i];
        o.start(kRam, "IncludedSupplyChainTradeLineItem");
        o.path(kRam, {"AssociatedDocumentLineDocument"}, kRam, "LineID", line.id);
        o.path(kRam, {"SpecifiedTradeProduct"}, kRam, "Name", line.name);
        o.path(kRam, {"SpecifiedLineTradeAgreement", "NetPriceProductTradePrice"}, kRam, "ChargeAmount",
               line.netPrice.toString());
        o.start(kRam, "SpecifiedLineTradeDelivery");
        o.leaf(kRam, "BilledQuantity", line.quantity.toString(), "unitCode", line.unitCode);
        o.end();
        o.start(kRam, "SpecifiedLineTradeSettlement");
        o.start(kRam, "ApplicableTradeTax");
        o.leaf(kRam, "TypeCode", QStringLiteral("VAT"));
        ciiTax(o, line.vatCategory, line.vatRate);
        o.end();
        o.path(kRam, {"SpecifiedTradeSettlementLineMonetarySummation"}, kRam, "LineTotalAmount",
               cents(t.lineNetAmounts[i]));
        o.end();
        o.end();
    }

    o.start(kRam, "ApplicableHeaderTradeAgreement");
    o.leaf(kRam, "BuyerReference", d.buyerReference);
    ciiParty(o, "SellerTradeParty", d.seller);
    ciiParty(o, "BuyerTradeParty", d.buyer);
    if (!d.orderReference.isEmpty())
        o.path(kRam, {"BuyerOrderReferencedDocument"}, kRam, "IssuerAssignedID", d.orderReference);
    o.end();
    // Required by the schema even when it says nothing.
    o.start(kRam, "ApplicableHeaderTradeDelivery");
    if (d.deliveryDate.isValid()) {
        o.start(kRam, "ActualDeliverySupplyChainEvent");
        ciiDate(o, "OccurrenceDateTime", d.deliveryDate);
        o.end();
    }
    o.end();

    o.start(kRam, "ApplicableHeaderTradeSettlement");
    o.leaf(kRam, "InvoiceCurrencyCode", d.currency);
    o.start(kRam, "SpecifiedTradeSettlementPaymentMeans");
    o.leaf(kRam, "TypeCode", QStringLiteral("58"));
    o.start(kRam, "PayeePartyCreditorFinancialAccount");
    o.leaf(kRam, "IBANID", d.iban);
    o.optional(kRam, "AccountName", d.accountName);
    o.end();
    if (!d.bic.isEmpty())
        o.path(kRam, {"PayeeSpecifiedCreditorFinancialInstitution"}, kRam, "BICID", d.bic);
    o.end();
    for (const InvoiceVatGroup &g : t.vatBreakdown) {
        o.start(kRam, "ApplicableTradeTax");
        o.leaf(kRam, "CalculatedAmount", cents(g.taxAmount));
        o.leaf(kRam, "TypeCode", QStringLiteral("VAT"));
        if (g.category == u"E")
            o.leaf(kRam, "ExemptionReason", d.vatExemptionReason);
        o.leaf(kRam, "BasisAmount", cents(g.taxableAmount));
        ciiTax(o, g.category, g.rate);
        o.end();
    }
    if (!d.paymentTerms.isEmpty() || d.dueDate.isValid()) {
        o.start(kRam, "SpecifiedTradePaymentTerms");
        o.optional(kRam, "Description", d.paymentTerms);
        if (d.dueDate.isValid())
            ciiDate(o, "DueDateDateTime", d.dueDate);
        o.end();
    }
    o.start(kRam, "SpecifiedTradeSettlementHeaderMonetarySummation");
    o.leaf(kRam, "LineTotalAmount", cents(t.lineTotal));
    o.leaf(kRam, "TaxBasisTotalAmount", cents(t.totalWithoutVat));
    o.leaf(kRam, "TaxTotalAmount", cents(t.vatTotal), "currencyID", d.currency);
    o.leaf(kRam, "GrandTotalAmount", cents(t.totalWithVat));
    o.leaf(kRam, "DuePayableAmount", cents(t.amountDue));
    o.end();
    o.end();
    o.end();
    o.end();
}

} // namespace

Result<InvoiceTotals> InvoiceWriter::totals(const InvoiceDraft &draft)
{
    // Decimal reports overflow as a value; the first one is returned, the rest is moot then.
    std::optional<Error> failure;
    const auto value = [&failure](const Result<Decimal> &r) {
        if (!r && !failure)
            failure = r.error();
        return r ? *r : Decimal();
    };
    const auto round2 = [&value](const Decimal &d) { return value(d.rounded(2, RoundingMode::HalfAwayFromZero)); };

    InvoiceTotals t;
    t.lineTotal = round2(Decimal());
    for (const InvoiceDraftLine &line : draft.lines) {
        const Decimal net = round2(value(line.quantity.mul(line.netPrice)));
        t.lineNetAmounts << net;
        t.lineTotal = value(t.lineTotal.add(net));
        const QString category = line.vatCategory.trimmed();
        auto group = std::find_if(t.vatBreakdown.begin(), t.vatBreakdown.end(), [&](const InvoiceVatGroup &g) {
            return g.category == category && g.rate == line.vatRate;
        });
        if (group == t.vatBreakdown.end()) {
            t.vatBreakdown << InvoiceVatGroup{category, line.vatRate, round2(Decimal()), Decimal()};
            group = t.vatBreakdown.end() - 1;
        }
        group->taxableAmount = value(group->taxableAmount.add(net));
    }
    t.vatTotal = round2(Decimal());
    for (InvoiceVatGroup &g : t.vatBreakdown) {
        g.taxAmount =
            value(value(g.taxableAmount.mul(g.rate)).div(Decimal::fromInt(100), 2, RoundingMode::HalfAwayFromZero));
        t.vatTotal = value(t.vatTotal.add(g.taxAmount));
    }
    // No allowances, charges, prepaid or rounding amounts: BT-109 = BT-106, BT-115 = BT-112.
    t.totalWithoutVat = t.lineTotal;
    t.totalWithVat = value(t.totalWithoutVat.add(t.vatTotal));
    t.amountDue = t.totalWithVat;
    if (failure)
        return *failure;
    return t;
}

QString InvoiceWriter::skontoLine(int days, const Decimal &percent, std::optional<Decimal> baseAmount)
{
    QString line = QStringLiteral("#SKONTO#TAGE=%1#PROZENT=%2#").arg(days).arg(cents(percent));
    if (baseAmount)
        line += QStringLiteral("BASISBETRAG=%1#").arg(cents(*baseAmount));
    return line + u'\n';
}

Result<QByteArray> InvoiceWriter::write(const InvoiceDraft &input)
{
    const InvoiceDraft draft = normalized(input);
    if (auto ok = check(draft); !ok)
        return ok.error();
    auto computed = totals(draft);
    if (!computed)
        return computed.error();
    if (computed->amountDue.sign() > 0 && !draft.dueDate.isValid() && draft.paymentTerms.isEmpty())
        return Error::invalid(
            InvoiceWriter::tr("The invoice draft lacks a due date (BT-9) or payment terms (BT-20); an invoice "
                              "with an amount due needs one of them (BR-CO-25)."));
    QByteArray bytes;
    Out out(&bytes);
    out.xml().writeStartDocument();
    if (draft.syntax == InvoiceSyntax::Ubl)
        writeUbl(out, draft, *computed);
    else
        writeCii(out, draft, *computed);
    out.xml().writeEndDocument();
    if (out.xml().hasError())
        return Error::internal(InvoiceWriter::tr("The invoice %1 could not be written as XML.").arg(draft.number));
    return bytes;
}

} // namespace amtsdesk
