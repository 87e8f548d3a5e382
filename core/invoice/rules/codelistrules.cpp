// EN 16931 rules BR-CL-…: every code is one of its code list (codelists.cpp), tested as the
// official rules test it: the trimmed value, a single token, found with blanks around it in the
// list.
#include "invoice/invoicereader.h"
#include "invoice/rules/codelists.h"
#include "invoice/rules/rulehelpers.h"

#include <algorithm>
#include <string>
#include <vector>

namespace amtsdesk::invoicerules {

namespace {

using xmlns::kCac;
using xmlns::kCbc;
using xmlns::kRam;
using xmlns::kRsm;
using xmlns::kUdt;

bool hasAncestor(const XmlNode &n, const char *name)
{
    for (XmlNode p = n.parent(); p; p = p.parent()) {
        if (p.rawName() == name)
            return true;
    }
    return false;
}

// Which elements a rule looks at, and where the code is: the text, or an attribute.
struct Selector {
    const char *ns;
    std::vector<std::string> names;            // local names, any of them
    const char *parent;                        // the parent's local name, or null
    const char *attribute;                     // the code's attribute, or null for the element's text
    bool needsAttribute;                       // the context asks for the attribute to be there ([@…])
    std::function<bool(const XmlNode &)> also; // further conditions of the context
};

bool fits(const XmlNode &n, const Selector &s)
{
    if (!n.is(s.ns, nullptr))
        return false;
    if (s.parent && n.parent().rawName() != s.parent)
        return false;
    if (s.needsAttribute && !n.hasAttribute(s.attribute))
        return false;
    return !s.also || s.also(n);
}

QList<XmlNode> selected(const EInvoice &inv, const Selector &s)
{
    QList<XmlNode> out;
    // One name in an invoice that is the whole document (not one of a test set): the tree's
    // index has its elements; otherwise every element is looked at, in document order.
    if (s.names.size() == 1 && inv.tree && inv.root == inv.tree->root()) {
        for (const XmlNode &n : inv.tree->elementsNamed(s.names.front())) {
            if (fits(n, s))
                out << n;
        }
        return out;
    }
    for (const XmlNode &n : allElements(inv)) {
        const std::string_view name = n.rawName();
        if (std::find(s.names.cbegin(), s.names.cend(), name) != s.names.cend() && fits(n, s))
            out << n;
    }
    return out;
}

QString valueOf(const XmlNode &n, const Selector &s)
{
    return s.attribute ? n.attribute(s.attribute) : n.text();
}

// The XRechnung extension and the clean vehicle invoice widen some code lists; their own rules
// (BR-DEX-…, BR-DE-CVD-…) check those elements instead.
bool replacedByProfile(const char *id, const EInvoice &inv)
{
    static const QStringList byExtension{QStringLiteral("BR-CL-10"), QStringLiteral("BR-CL-11"),
                                         QStringLiteral("BR-CL-21"), QStringLiteral("BR-CL-24"),
                                         QStringLiteral("BR-CL-25"), QStringLiteral("BR-CL-26")};
    const QString rid = QString::fromLatin1(id);
    return (isXRechnungExtension(inv) && byExtension.contains(rid)) ||
           (isCvd(inv) && rid == QStringLiteral("BR-CL-13"));
}

void codeRule(QList<InvoiceRule> &rules, const char *id, Selector ubl, Selector cii,
              std::function<bool(const XmlNode &)> alsoAllowed = {}, bool anyCase = false)
{
    rule(rules, id, InvoiceRule::Both, [id, ubl, cii, alsoAllowed, anyCase](RuleContext &c) {
        if (replacedByProfile(id, c.invoice))
            return;
        const Selector &s = c.ubl() ? ubl : cii;
        const QString &list = codeList(id, c.ubl());
        for (const XmlNode &n : selected(c.invoice, s)) {
            const QString value = valueOf(n, s);
            if (!inCodeList(list, value, anyCase) && !(alsoAllowed && alsoAllowed(n)))
                c.fail(n,
                       QT_TRANSLATE_NOOP("InvoiceRules", "\"%1\" is not a code of the list this element takes (%2)."),
                       {value, s.attribute ? n.localName() + QStringLiteral("/@") + QLatin1String(s.attribute)
                                           : n.localName()});
        }
    });
}

Selector text(const char *ns, std::vector<std::string> names, const char *parent = nullptr,
              std::function<bool(const XmlNode &)> also = {})
{
    return Selector{ns, std::move(names), parent, nullptr, false, std::move(also)};
}

Selector attribute(const char *ns, std::vector<std::string> names, const char *parent, const char *attribute,
                   bool needed = true, std::function<bool(const XmlNode &)> also = {})
{
    return Selector{ns, std::move(names), parent, attribute, needed, std::move(also)};
}

std::function<bool(const XmlNode &)> chargeIndicator(bool charge)
{
    return [charge](const XmlNode &n) {
        const XmlNode ac = n.parent();
        const QString v = ac.is(kCac, nullptr)
                              ? ac.child(kCbc, "ChargeIndicator").text().trimmed()
                              : ac.child(kRam, "ChargeIndicator").child(kUdt, "Indicator").text().trimmed();
        return (v == QStringLiteral("true") || v == QStringLiteral("1")) == charge &&
               (v == QStringLiteral("true") || v == QStringLiteral("false") || v == QStringLiteral("1") ||
                v == QStringLiteral("0"));
    };
}

} // namespace

void addCodeListRules(QList<InvoiceRule> &rules)
{
    // BR-CL-01: invoice and credit note type codes each from their own list in UBL.
    rule(rules, "BR-CL-01", InvoiceRule::Both, [](RuleContext &c) {
        const auto check = [&c](const XmlNode &n, const QString &list) {
            if (n && !inCodeList(list, n.text()))
                c.fail(n,
                       QT_TRANSLATE_NOOP("InvoiceRules", "\"%1\" is not a code of the list this element takes (%2)."),
                       {n.text(), n.localName()});
        };
        if (c.ubl()) {
            for (const XmlNode &n : c.invoice.root.children(kCbc, "InvoiceTypeCode"))
                check(n, codeList("BR-CL-01", true, "invoice"));
            for (const XmlNode &n : c.invoice.root.children(kCbc, "CreditNoteTypeCode"))
                check(n, codeList("BR-CL-01", true, "creditnote"));
        } else {
            for (const XmlNode &n : c.invoice.root.child(kRsm, "ExchangedDocument").children(kRam, "TypeCode"))
                check(n, codeList("BR-CL-01", false));
        }
    });
    codeRule(rules, "BR-CL-03",
             attribute(kCbc,
                       {"Amount", "BaseAmount", "PriceAmount",
                        "TaxAmount", "TaxableAmount",
                        "LineExtensionAmount", "TaxExclusiveAmount",
                        "TaxInclusiveAmount", "AllowanceTotalAmount",
                        "ChargeTotalAmount", "PrepaidAmount",
                        "PayableRoundingAmount", "PayableAmount"},
                       nullptr, "currencyID", false),
             attribute(kRam, {"TaxTotalAmount"}, nullptr, "currencyID"));
    codeRule(rules, "BR-CL-04", text(kCbc, {"DocumentCurrencyCode"}),
             text(kRam, {"InvoiceCurrencyCode"}));
    codeRule(rules, "BR-CL-05", text(kCbc, {"TaxCurrencyCode"}),
             text(kRam, {"TaxCurrencyCode"}));
    codeRule(rules, "BR-CL-06", text(kCbc, {"DescriptionCode"}, "InvoicePeriod"),
             text(kRam, {"DueDateTypeCode"}));
    codeRule(rules, "BR-CL-07",
             attribute(kCbc, {"ID"}, nullptr, "schemeID", true,
                       [](const XmlNode &n) {
                           const XmlNode reference = n.parent();
                           return (reference.rawName() == "AdditionalDocumentReference" ||
                                   reference.rawName() == "DocumentReference") &&
                                  reference.child(kCbc, "DocumentTypeCode").text() == QStringLiteral("130");
                       }),
             text(kRam, {"ReferenceTypeCode"}));
    // BR-CL-08: a subject code in UBL is the "#XXX#" in front of a note; it is tested only when
    // it has three letters, and (as the official test does) against the list as a plain string.
    rule(rules, "BR-CL-08", InvoiceRule::Both, [](RuleContext &c) {
        if (c.cii()) {
            for (const EInvoice::Note &n : c.invoice.notes) {
                if (n.subjectCode.present() && !inCodeList(codeList("BR-CL-08", false), n.subjectCode.text))
                    c.fail(
                        n.subjectCode.node,
                        QT_TRANSLATE_NOOP("InvoiceRules", "\"%1\" is not a code of the list this element takes (%2)."),
                        {n.subjectCode.text, QStringLiteral("SubjectCode")});
            }
            return;
        }
        for (const XmlNode &note : c.invoice.root.children(kCbc, "Note")) {
            const QString t = note.text();
            const qsizetype first = t.indexOf(QLatin1Char('#'));
            if (first < 0)
                continue;
            const qsizetype second = t.indexOf(QLatin1Char('#'), first + 1);
            const QString code = second < 0 ? QString() : t.mid(first + 1, second - first - 1);
            if (code.size() == 3 && !codeList("BR-CL-08", true).contains(code))
                c.fail(note,
                       QT_TRANSLATE_NOOP("InvoiceRules", "\"%1\" is not a code of the list this element takes (%2)."),
                       {code, QStringLiteral("Note")});
        }
    });
    codeRule(rules, "BR-CL-10", attribute(kCbc, {"ID"}, "PartyIdentification", "schemeID"),
             attribute(kRam, {"GlobalID"}, nullptr, "schemeID", true,
                       [](const XmlNode &n) {
                           return !hasAncestor(n, "SpecifiedTradeProduct") && !hasAncestor(n, "ShipToTradeParty");
                       }),
             [](const XmlNode &n) {
                 // The seller's or payee's creditor identifier may carry the scheme SEPA (UBL).
                 return n.is(kCbc, nullptr) &&
                        inCodeList(QStringLiteral(" SEPA "), n.attribute("schemeID")) &&
                        (hasAncestor(n, "AccountingSupplierParty") || hasAncestor(n, "PayeeParty"));
             });
    codeRule(rules, "BR-CL-11", attribute(kCbc, {"CompanyID"}, "PartyLegalEntity", "schemeID"),
             attribute(kRam, {"ID"}, nullptr, "schemeID", true,
                       [](const XmlNode &n) { return !hasAncestor(n, "SpecifiedTaxRegistration"); }));
    codeRule(rules, "BR-CL-13",
             attribute(kCbc, {"ItemClassificationCode"}, "CommodityClassification", "listID"),
             attribute(kRam, {"ClassCode"}, nullptr, "listID"));
    codeRule(rules, "BR-CL-14", text(kCbc, {"IdentificationCode"}, "Country"),
             text(kRam, {"CountryID"}));
    codeRule(rules, "BR-CL-15", text(kCbc, {"IdentificationCode"}, "OriginCountry"),
             text(kRam, {"ID"}, "OriginTradeCountry"));
    codeRule(rules, "BR-CL-16", text(kCbc, {"PaymentMeansCode"}, "PaymentMeans"),
             text(kRam, {"TypeCode"}, "SpecifiedTradeSettlementPaymentMeans"));
    codeRule(rules, "BR-CL-17", text(kCbc, {"ID"}, "TaxCategory"),
             text(kRam, {"CategoryCode"}, "CategoryTradeTax"));
    codeRule(rules, "BR-CL-18", text(kCbc, {"ID"}, "ClassifiedTaxCategory"),
             text(kRam, {"CategoryCode"}, "ApplicableTradeTax"));
    codeRule(rules, "BR-CL-19",
             text(kCbc, {"AllowanceChargeReasonCode"}, "AllowanceCharge", chargeIndicator(false)),
             text(kRam, {"ReasonCode"}, "SpecifiedTradeAllowanceCharge", chargeIndicator(false)));
    codeRule(rules, "BR-CL-20",
             text(kCbc, {"AllowanceChargeReasonCode"}, "AllowanceCharge", chargeIndicator(true)),
             text(kRam, {"ReasonCode"}, "SpecifiedTradeAllowanceCharge", chargeIndicator(true)));
    codeRule(rules, "BR-CL-21", attribute(kCbc, {"ID"}, "StandardItemIdentification", "schemeID"),
             attribute(kRam, {"GlobalID"}, "SpecifiedTradeProduct", "schemeID"));
    codeRule(rules, "BR-CL-22", text(kCbc, {"TaxExemptionReasonCode"}),
             text(kRam, {"ExemptionReasonCode"}), {}, true);
    codeRule(rules, "BR-CL-23",
             attribute(kCbc,
                       {"InvoicedQuantity", "BaseQuantity",
                        "CreditedQuantity"},
                       nullptr, "unitCode"),
             attribute(kRam, {"BasisQuantity", "BilledQuantity"}, nullptr, "unitCode"));
    rule(rules, "BR-CL-24", InvoiceRule::Both, [](RuleContext &c) {
        if (replacedByProfile("BR-CL-24", c.invoice))
            return;
        static const QStringList mimes{
            QStringLiteral("application/pdf"),
            QStringLiteral("image/png"),
            QStringLiteral("image/jpeg"),
            QStringLiteral("text/csv"),
            QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            QStringLiteral("application/vnd.oasis.opendocument.spreadsheet")};
        for (const SupportingDocument &d : c.invoice.supportingDocuments) {
            if (d.attachment.present() && d.attachment.hasMimeCode && !mimes.contains(d.attachment.mimeCode))
                c.fail(d.attachment.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "An attachment of the type \"%1\" is not allowed; EN 16931 takes "
                                         "PDF, PNG, JPEG, CSV, XLSX and ODS."),
                       {d.attachment.mimeCode});
        }
    });
    codeRule(rules, "BR-CL-25", attribute(kCbc, {"EndpointID"}, nullptr, "schemeID"),
             attribute(kRam, {"URIID"}, "URIUniversalCommunication", "schemeID"));
    codeRule(rules, "BR-CL-26", attribute(kCbc, {"ID"}, "DeliveryLocation", "schemeID"),
             attribute(kRam, {"GlobalID"}, "ShipToTradeParty", "schemeID", true, [](const XmlNode &n) {
                 return n.parent().parent().rawName() == "ApplicableHeaderTradeDelivery";
             }));
}

} // namespace amtsdesk::invoicerules
