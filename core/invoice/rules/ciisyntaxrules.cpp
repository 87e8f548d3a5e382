// EN 16931 syntax rules for CII (the fatal CII-SR and CII-DT): what the CII binding allows
// of D16B's much larger vocabulary. In the official rules all of these sit in one pattern, so
// an element is checked only under the first context it matches; the kinds below follow that
// order.
#include "invoice/invoicereader.h"
#include "invoice/rules/rulehelpers.h"
#include "invoice/rules/syntaxwarnings.h"

#include <QRegularExpression>

namespace amtsdesk::invoicerules {

namespace {

constexpr int Cii = InvoiceRule::Cii;
using xmlns::kRam;
using xmlns::kRsm;
using xmlns::kUdt;

// The kind of element the data type rules (CII-DT) look at, by the first matching context.
enum class Kind {
    Other,
    IdNoAttributes,
    Id,
    TypeCode,
    ReferencedDocument,
    Amount,
    Quantity,
    TradeTax,
    BillingPeriod,
    PostalAddress,
    Date102
};

bool isRam(const XmlNode &n)
{
    return n.is(kRam, nullptr);
}

bool under(const XmlNode &n, std::initializer_list<const char *> ancestors)
{
    XmlNode p = n.parent();
    for (auto it = std::rbegin(ancestors); it != std::rend(ancestors); ++it) {
        if (!p || p.rawName() != *it)
            return false;
        p = p.parent();
    }
    return true;
}

bool endsWith(std::string_view s, std::string_view tail)
{
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

Kind kindOf(const XmlNode &n, const XmlNode &root)
{
    const std::string_view name = n.rawName();
    if (n.is(kUdt, nullptr))
        return name == "DateTimeString" && n.attribute("format") == QStringLiteral("102") ? Kind::Date102 : Kind::Other;
    if (!isRam(n))
        return Kind::Other;
    // The four identifiers that may carry no attribute at all.
    const XmlNode parent = n.parent();
    if ((name == "ID" && parent.rawName() == "GuidelineSpecifiedDocumentContextParameter" &&
         parent.parent().rawName() == "ExchangedDocumentContext" && parent.parent().parent() == root) ||
        (name == "ID" && parent.rawName() == "ExchangedDocument" && parent.parent() == root) ||
        (name == "LineID" && under(n, {"SupplyChainTradeTransaction", "IncludedSupplyChainTradeLineItem",
                                       "AssociatedDocumentLineDocument"})) ||
        (name == "SellerAssignedID" &&
         under(n, {"SupplyChainTradeTransaction", "IncludedSupplyChainTradeLineItem", "SpecifiedTradeProduct"})))
        return Kind::IdNoAttributes;
    if (endsWith(name, "ID"))
        return Kind::Id;
    if (name == "TypeCode")
        return Kind::TypeCode;
    if (endsWith(name, "ReferencedDocument"))
        return Kind::ReferencedDocument;
    if (endsWith(name, "Amount") && name != "TaxTotalAmount")
        return Kind::Amount;
    if (endsWith(name, "Quantity"))
        return Kind::Quantity;
    if (endsWith(name, "TradeTax"))
        return Kind::TradeTax;
    if (name == "BillingSpecifiedPeriod")
        return Kind::BillingPeriod;
    if (name == "PostalTradeAddress")
        return Kind::PostalAddress;
    return Kind::Other;
}

// The elements of a kind. Sorting every element into its kind is done once per invoice and
// kept for the other rules of the same validation (the tree's serial and the invoice's root
// tell invoices apart).
const QList<XmlNode> &ofKind(const EInvoice &inv, Kind kind)
{
    thread_local quint64 serial = 0;
    thread_local XmlNode root;
    thread_local QList<QList<XmlNode>> byKind;
    const quint64 current = inv.tree ? inv.tree->serial() : 0;
    if (current != serial || !(root == inv.root) || byKind.isEmpty()) {
        byKind = QList<QList<XmlNode>>(int(Kind::Date102) + 1);
        for (const XmlNode &n : allElements(inv))
            byKind[int(kindOf(n, inv.root))] << n;
        serial = current;
        root = inv.root;
    }
    return byKind.at(int(kind));
}

// "not(@attribute)" on every element of a kind.
void noAttribute(QList<InvoiceRule> &rules, const char *id, Kind kind, const char *attribute)
{
    rule(rules, id, Cii, [kind, attribute](RuleContext &c) {
        for (const XmlNode &n : ofKind(c.invoice, kind)) {
            if (n.hasAttribute(attribute))
                c.fail(n,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The attribute %1 is not used in EN 16931 invoices (on %2)."),
                       {QString::fromLatin1(attribute), n.localName()});
        }
    });
}

// "not(ram:child)" on every element of a kind, unless allowed says otherwise.
void noChild(QList<InvoiceRule> &rules, const char *id, Kind kind, const char *child,
             std::function<bool(const XmlNode &)> allowed = {})
{
    rule(rules, id, Cii, [kind, child, allowed](RuleContext &c) {
        for (const XmlNode &n : ofKind(c.invoice, kind)) {
            const XmlNode found = n.child(kRam, child);
            if (found && !(allowed && allowed(n)))
                c.fail(found,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The element %1 is not used in EN 16931 invoices (in %2)."),
                       {QString::fromLatin1(child), n.localName()});
        }
    });
}

// An additional referenced document of one of these type codes.
std::function<bool(const XmlNode &)> additionalOfType(QStringList types)
{
    return [types](const XmlNode &n) {
        return n.rawName() == "AdditionalReferencedDocument" &&
               types.contains(n.child(kRam, "TypeCode").text());
    };
}

// A rule on the element at a path from the root (ram: steps after the first rsm: one).
void atPath(QList<InvoiceRule> &rules, const char *id, const char *rsmStep,
            std::initializer_list<const char *> ramSteps, std::function<bool(const XmlNode &)> ok, const char *message)
{
    const QList<const char *> steps(ramSteps);
    rule(rules, id, Cii, [rsmStep, steps, ok, message](RuleContext &c) {
        QList<XmlNode> current = c.invoice.root.children(kRsm, rsmStep);
        for (const char *step : steps) {
            QList<XmlNode> next;
            for (const XmlNode &n : std::as_const(current))
                next << n.children(kRam, step);
            current = next;
        }
        for (const XmlNode &n : std::as_const(current)) {
            if (!ok(n))
                c.fail(n, message);
        }
    });
}

int countChildren(const XmlNode &n, std::initializer_list<const char *> path)
{
    QList<XmlNode> current{n};
    for (const char *step : path) {
        QList<XmlNode> next;
        for (const XmlNode &m : std::as_const(current))
            next << m.children(kRam, step);
        current = next;
    }
    return int(current.size());
}

} // namespace

const QList<XmlNode> &ciiTradeTaxElements(const EInvoice &invoice)
{
    return ofKind(invoice, Kind::TradeTax);
}

void addCiiSyntaxRules(QList<InvoiceRule> &rules)
{
    atPath(
        rules, "CII-SR-009", "ExchangedDocumentContext", {},
        [](const XmlNode &n) { return countChildren(n, {"GuidelineSpecifiedDocumentContextParameter"}) == 1; },
        QT_TRANSLATE_NOOP("InvoiceRules", "The document context must name the specification exactly once."));
    atPath(
        rules, "CII-SR-010", "ExchangedDocumentContext", {},
        [](const XmlNode &n) {
            return countChildren(n, {"GuidelineSpecifiedDocumentContextParameter", "ID"}) == 1;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "The specification identifier (BT-24) must be given exactly once."));
    atPath(
        rules, "CII-SR-014", "ExchangedDocument", {},
        [](const XmlNode &n) { return countChildren(n, {"TypeCode"}) == 1; },
        QT_TRANSLATE_NOOP("InvoiceRules", "The invoice type code (BT-3) must be given exactly once."));
    atPath(
        rules, "CII-SR-046", "SupplyChainTradeTransaction",
        {"IncludedSupplyChainTradeLineItem", "SpecifiedTradeProduct"},
        [](const XmlNode &n) {
            const XmlNode global = n.child(kRam, "GlobalID");
            return !global || global.hasAttribute("schemeID");
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "The standard item identifier (BT-157) needs a scheme identifier."));
    atPath(
        rules, "CII-SR-090", "SupplyChainTradeTransaction",
        {"IncludedSupplyChainTradeLineItem", "SpecifiedTradeProduct"},
        [](const XmlNode &n) {
            return !n.child(kRam, "OriginTradeCountry") || countChildren(n, {"OriginTradeCountry", "ID"}) == 1;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "The item's country of origin (BT-159) must be given exactly once."));
    atPath(
        rules, "CII-SR-069", "SupplyChainTradeTransaction",
        {"IncludedSupplyChainTradeLineItem", "SpecifiedTradeProduct", "ApplicableProductCharacteristic"},
        [](const XmlNode &n) { return countChildren(n, {"Description"}) == 1; },
        QT_TRANSLATE_NOOP("InvoiceRules", "An item attribute needs exactly one name (BT-160)."));
    atPath(
        rules, "CII-SR-072", "SupplyChainTradeTransaction",
        {"IncludedSupplyChainTradeLineItem", "SpecifiedTradeProduct", "ApplicableProductCharacteristic"},
        [](const XmlNode &n) { return countChildren(n, {"Value"}) == 1; },
        QT_TRANSLATE_NOOP("InvoiceRules", "An item attribute needs exactly one value (BT-161)."));
    atPath(
        rules, "CII-SR-439", "SupplyChainTradeTransaction",
        {"IncludedSupplyChainTradeLineItem", "SpecifiedLineTradeAgreement"},
        [](const XmlNode &n) {
            return countChildren(n, {"NetPriceProductTradePrice", "ChargeAmount"}) == 1;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "An invoice line needs exactly one net price (BT-146)."));
    atPath(
        rules, "CII-SR-441", "SupplyChainTradeTransaction",
        {"IncludedSupplyChainTradeLineItem", "SpecifiedLineTradeAgreement"},
        [](const XmlNode &n) {
            return countChildren(n, {"NetPriceProductTradePrice", "ChargeAmount"}) <= 1;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "An invoice line may give the net price (BT-146) at most once."));
    atPath(
        rules, "CII-SR-455", "SupplyChainTradeTransaction", {"ApplicableHeaderTradeAgreement"},
        [](const XmlNode &n) {
            return countChildren(n, {"SellerTradeParty", "DefinedTradeContact"}) <= 1;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "The seller may have at most one contact (BG-6)."));
    atPath(
        rules, "CII-SR-456", "SupplyChainTradeTransaction", {"ApplicableHeaderTradeAgreement"},
        [](const XmlNode &n) {
            return countChildren(n, {"BuyerTradeParty", "DefinedTradeContact"}) <= 1;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "The buyer may have at most one contact (BG-9)."));
    atPath(
        rules, "CII-SR-459", "SupplyChainTradeTransaction", {"ApplicableHeaderTradeAgreement"},
        [](const XmlNode &n) {
            return countChildren(n, {"SellerTradeParty", "URIUniversalCommunication"}) <= 1;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "The seller may have at most one electronic address (BT-34)."));
    atPath(
        rules, "CII-SR-460", "SupplyChainTradeTransaction", {"ApplicableHeaderTradeAgreement"},
        [](const XmlNode &n) {
            return countChildren(n, {"BuyerTradeParty", "URIUniversalCommunication"}) <= 1;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "The buyer may have at most one electronic address (BT-49)."));
    atPath(
        rules, "CII-SR-461", "SupplyChainTradeTransaction", {"ApplicableHeaderTradeSettlement"},
        [](const XmlNode &n) {
            return countChildren(n, {"ApplicableTradeTax", "TaxPointDate"}) <= 1;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "The VAT point date (BT-7) may be given at most once."));
    rule(rules, "CII-SR-462", Cii, [](RuleContext &c) {
        const XmlNode settlement =
            c.invoice.root.child(kRsm, "SupplyChainTradeTransaction").child(kRam, "ApplicableHeaderTradeSettlement");
        if (!settlement)
            return;
        const QList<XmlNode> &all = allElements(c.invoice);
        QStringList values;
        for (const XmlNode &n : std::as_const(all)) {
            if (n.rawName() == "DueDateTypeCode" && isRam(n) &&
                n.parent().rawName() == "ApplicableTradeTax" && !values.contains(n.text()))
                values << n.text();
        }
        if (values.size() > 1)
            c.fail(
                settlement,
                QT_TRANSLATE_NOOP("InvoiceRules", "The VAT point date codes (BT-8) differ: %1; one code is allowed."),
                {values.join(QStringLiteral(", "))});
    });
    rule(rules, "CII-SR-463", Cii, [](RuleContext &c) {
        const QList<XmlNode> &all = allElements(c.invoice);
        for (const XmlNode &n : std::as_const(all)) {
            if (n.rawName() == "SpecifiedTradeAllowanceCharge" && isRam(n) &&
                !n.child(kRam, "ChargeIndicator"))
                c.fail(n,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "An allowance or charge must say which of the two it is (ChargeIndicator)."));
        }
    });
    rule(rules, "CII-SR-440", Cii, [](RuleContext &c) {
        const QList<XmlNode> &all = allElements(c.invoice);
        for (const XmlNode &n : std::as_const(all)) {
            if (n.rawName() == "AppliedTradeAllowanceCharge" &&
                n.parent().rawName() == "GrossPriceProductTradePrice" &&
                n.children(kRam, "ActualAmount").size() > 1)
                c.fail(n, QT_TRANSLATE_NOOP("InvoiceRules", "The price discount (BT-147) may be given at most once."));
        }
    });
    // The root may carry no language attributes.
    for (const auto &[id, attribute] :
         {std::pair{"CII-DT-013", "languageID"}, std::pair{"CII-DT-014", "languageLocaleID"}}) {
        const char *const name = attribute; // clang 14 cannot capture a structured binding
        rule(rules, id, Cii, [name](RuleContext &c) {
            if (c.invoice.root.hasAttribute(name))
                c.fail(c.invoice.root,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The attribute %1 is not used in EN 16931 invoices (on %2)."),
                       {QString::fromLatin1(name), c.invoice.root.localName()});
        });
    }
    noAttribute(rules, "CII-DT-001", Kind::IdNoAttributes, "schemeName");
    noAttribute(rules, "CII-DT-002", Kind::IdNoAttributes, "schemeAgencyName");
    noAttribute(rules, "CII-DT-003", Kind::IdNoAttributes, "schemeDataURI");
    noAttribute(rules, "CII-DT-004", Kind::IdNoAttributes, "schemeURI");
    noAttribute(rules, "CII-DT-005", Kind::IdNoAttributes, "schemeID");
    noAttribute(rules, "CII-DT-006", Kind::IdNoAttributes, "schemeAgencyID");
    noAttribute(rules, "CII-DT-007", Kind::IdNoAttributes, "schemeVersionID");
    noAttribute(rules, "CII-DT-101", Kind::Id, "schemeName");
    noAttribute(rules, "CII-DT-102", Kind::Id, "schemeAgencyName");
    noAttribute(rules, "CII-DT-103", Kind::Id, "schemeDataURI");
    noAttribute(rules, "CII-DT-104", Kind::Id, "schemeURI");
    noAttribute(rules, "CII-DT-008", Kind::TypeCode, "name");
    noAttribute(rules, "CII-DT-009", Kind::TypeCode, "listURI");
    // The document type code is taken by the rule for every ram:TypeCode first, so the official
    // checks of its list attributes never run; they are implemented as never failing.
    for (const char *id : {"CII-DT-010", "CII-DT-011", "CII-DT-012"})
        rule(rules, id, Cii, [](RuleContext &) {});
    noChild(rules, "CII-DT-015", Kind::ReferencedDocument, "URIID", additionalOfType({QStringLiteral("916")}));
    noChild(rules, "CII-DT-016", Kind::ReferencedDocument, "StatusCode");
    noChild(rules, "CII-DT-017", Kind::ReferencedDocument, "CopyIndicator");
    noChild(rules, "CII-DT-018", Kind::ReferencedDocument, "TypeCode",
            additionalOfType({QStringLiteral("50"), QStringLiteral("130"), QStringLiteral("916")}));
    noChild(rules, "CII-DT-019", Kind::ReferencedDocument, "GlobalID");
    noChild(rules, "CII-DT-020", Kind::ReferencedDocument, "RevisionID");
    noChild(rules, "CII-DT-021", Kind::ReferencedDocument, "Name", additionalOfType({QStringLiteral("916")}));
    noChild(rules, "CII-DT-022", Kind::ReferencedDocument, "AttachmentBinaryObject",
            additionalOfType({QStringLiteral("916")}));
    noChild(rules, "CII-DT-023", Kind::ReferencedDocument, "Information");
    noChild(rules, "CII-DT-024", Kind::ReferencedDocument, "ReferenceTypeCode",
            additionalOfType({QStringLiteral("130")}));
    noChild(rules, "CII-DT-025", Kind::ReferencedDocument, "SectionName");
    noChild(rules, "CII-DT-026", Kind::ReferencedDocument, "PreviousRevisionID");
    noChild(rules, "CII-DT-027", Kind::ReferencedDocument, "FormattedIssueDateTime",
            [](const XmlNode &n) { return n.rawName() == "InvoiceReferencedDocument"; });
    noChild(rules, "CII-DT-028", Kind::ReferencedDocument, "EffectiveSpecifiedPeriod");
    noChild(rules, "CII-DT-029", Kind::ReferencedDocument, "IssuerTradeParty");
    noChild(rules, "CII-DT-030", Kind::ReferencedDocument, "AttachedSpecifiedBinaryFile");
    noAttribute(rules, "CII-DT-031", Kind::Amount, "currencyID");
    noAttribute(rules, "CII-DT-032", Kind::Amount, "currencyCodeListVersionID");
    rule(rules, "CII-DT-033", Cii, [](RuleContext &c) {
        bool billedUnit = false;
        for (const InvoiceLine &l : c.invoice.lines)
            billedUnit = billedUnit || l.quantity.hasUnit;
        if (billedUnit)
            return;
        for (const XmlNode &n : ofKind(c.invoice, Kind::Quantity)) {
            if (n.hasAttribute("unitCode"))
                c.fail(n,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The attribute %1 is not used in EN 16931 invoices (on %2)."),
                       {QStringLiteral("unitCode"), n.localName()});
        }
    });
    noAttribute(rules, "CII-DT-034", Kind::Quantity, "unitCodeListID");
    noAttribute(rules, "CII-DT-035", Kind::Quantity, "unitCodeListAgencyID");
    noAttribute(rules, "CII-DT-036", Kind::Quantity, "unitCodeListAgencyName");
    rule(rules, "CII-DT-037", Cii, [](RuleContext &c) {
        for (const XmlNode &n : ofKind(c.invoice, Kind::TradeTax)) {
            const XmlNode type = n.child(kRam, "TypeCode");
            if (type && type.text() != QStringLiteral("VAT"))
                c.fail(type, QT_TRANSLATE_NOOP("InvoiceRules", "The tax type code must be VAT, not \"%1\"."),
                       {type.text()});
        }
    });
    rule(rules, "CII-DT-068", Cii, [](RuleContext &c) {
        for (const XmlNode &n : ofKind(c.invoice, Kind::BillingPeriod)) {
            if (n.child(kRam, "StartDateTime").child(kUdt, "DateTime"))
                c.fail(n,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "A period gives its start as a date and time (udt:DateTime); EN 16931 takes "
                                         "a date string only."));
        }
    });
    noChild(rules, "CII-DT-069", Kind::BillingPeriod, "DurationMeasure");
    noChild(rules, "CII-DT-070", Kind::BillingPeriod, "InclusiveIndicator");
    noChild(rules, "CII-DT-071", Kind::BillingPeriod, "Description");
    rule(rules, "CII-DT-072", Cii, [](RuleContext &c) {
        for (const XmlNode &n : ofKind(c.invoice, Kind::BillingPeriod)) {
            if (n.child(kRam, "EndDateTime").child(kUdt, "DateTime"))
                c.fail(n,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "A period gives its end as a date and time (udt:DateTime); EN 16931 takes a "
                                         "date string only."));
        }
    });
    noChild(rules, "CII-DT-073", Kind::BillingPeriod, "CompleteDateTime");
    noChild(rules, "CII-DT-074", Kind::BillingPeriod, "OpenIndicator");
    noChild(rules, "CII-DT-075", Kind::BillingPeriod, "SeasonCode");
    noChild(rules, "CII-DT-076", Kind::BillingPeriod, "ID");
    noChild(rules, "CII-DT-077", Kind::BillingPeriod, "Name");
    noChild(rules, "CII-DT-078", Kind::BillingPeriod, "SequenceNumeric");
    noChild(rules, "CII-DT-079", Kind::BillingPeriod, "StartDateFlexibilityCode");
    noChild(rules, "CII-DT-080", Kind::BillingPeriod, "ContinuousIndicator");
    noChild(rules, "CII-DT-081", Kind::BillingPeriod, "PurposeCode");
    noChild(rules, "CII-DT-082", Kind::PostalAddress, "ID");
    noChild(rules, "CII-DT-083", Kind::PostalAddress, "PostOfficeBox");
    noChild(rules, "CII-DT-084", Kind::PostalAddress, "BuildingName");
    noChild(rules, "CII-DT-086", Kind::PostalAddress, "LineFour");
    noChild(rules, "CII-DT-087", Kind::PostalAddress, "LineFive");
    noChild(rules, "CII-DT-088", Kind::PostalAddress, "StreetName");
    noChild(rules, "CII-DT-089", Kind::PostalAddress, "CitySubDivisionName");
    noChild(rules, "CII-DT-090", Kind::PostalAddress, "CountryName");
    noChild(rules, "CII-DT-091", Kind::PostalAddress, "CountrySubDivisionID");
    noChild(rules, "CII-DT-092", Kind::PostalAddress, "AttentionOf");
    noChild(rules, "CII-DT-093", Kind::PostalAddress, "CareOf");
    noChild(rules, "CII-DT-094", Kind::PostalAddress, "BuildingNumber");
    noChild(rules, "CII-DT-095", Kind::PostalAddress, "DepartmentName");
    noChild(rules, "CII-DT-096", Kind::PostalAddress, "AdditionalStreetName");
    rule(rules, "CII-DT-097", Cii, [](RuleContext &c) {
        static const QRegularExpression date(
            QStringLiteral("^\\s*(\\d{4})(1[0-2]|0[1-9]){1}(3[01]|[12][0-9]|0[1-9]){1}\\s*$"));
        for (const XmlNode &n : ofKind(c.invoice, Kind::Date102)) {
            if (!date.match(n.text()).hasMatch())
                c.fail(n,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "The date \"%1\" is not a date in the form YYYYMMDD (format 102)."),
                       {n.text()});
        }
    });
}

} // namespace amtsdesk::invoicerules
