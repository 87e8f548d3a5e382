// EN 16931 syntax rules for UBL (UBL-SR, UBL-DT, and the fatal UBL-CR): how often an element
// may occur in the UBL binding, and what binary objects and amounts must carry.
#include "invoice/invoicereader.h"
#include "invoice/rules/rulehelpers.h"

namespace amtsdesk::invoicerules {

namespace {

using xmlns::kCac;
using xmlns::kCbc;

// The elements reached from node by a path of child steps such as
// "cac:AccountingSupplierParty/cac:Party/cbc:EndpointID" (prefixes cac: and cbc: only).
QList<XmlNode> select(const XmlNode &node, const QString &path)
{
    QList<XmlNode> current{node};
    for (const QString &step : path.split(QLatin1Char('/'))) {
        const QByteArray name = step.mid(4).toLatin1();
        const char *ns = step.startsWith(QStringLiteral("cac:")) ? kCac : kCbc;
        QList<XmlNode> next;
        for (const XmlNode &n : std::as_const(current))
            next << n.children(ns, name.constData());
        current = next;
    }
    return current;
}

int count(const XmlNode &node, const QString &path)
{
    return int(select(node, path).size());
}

// The invoice's lines (InvoiceLine or CreditNoteLine).
QList<XmlNode> lineNodes(const EInvoice &inv)
{
    return inv.root.children(kCac, inv.creditNote ? "CreditNoteLine" : "InvoiceLine");
}

bool taxSchemeIs(const XmlNode &partyTaxScheme, bool vat)
{
    const bool isVat =
        partyTaxScheme.child(kCac, "TaxScheme").child(kCbc, "ID").text().toUpper() == QStringLiteral("VAT");
    return isVat == vat;
}

int companyIds(const XmlNode &party, bool vat)
{
    int n = 0;
    for (const XmlNode &scheme : party.children(kCac, "PartyTaxScheme")) {
        if (taxSchemeIs(scheme, vat))
            n += int(scheme.children(kCbc, "CompanyID").size());
    }
    return n;
}

// A rule "at most `max` of path under the invoice".
void atMost(QList<InvoiceRule> &rules, const char *id, const QString &path, int max = 1)
{
    rule(rules, id, InvoiceRule::Ubl, [path, max](RuleContext &c) {
        const QList<XmlNode> found = select(c.invoice.root, path);
        if (found.size() > max)
            c.fail(found.at(max),
                   QT_TRANSLATE_NOOP("InvoiceRules", "%1 occurs %2 times; UBL invoices allow it at most once."),
                   {path, QString::number(found.size())});
    });
}

// A rule "at most once, within each element of a kind".
void atMostWithin(QList<InvoiceRule> &rules, const char *id, std::function<QList<XmlNode>(const EInvoice &)> contexts,
                  const QString &path)
{
    rule(rules, id, InvoiceRule::Ubl, [contexts, path](RuleContext &c) {
        for (const XmlNode &context : contexts(c.invoice)) {
            const QList<XmlNode> found = select(context, path);
            if (found.size() > 1)
                c.fail(found.at(1),
                       QT_TRANSLATE_NOOP("InvoiceRules", "%1 occurs %2 times; UBL invoices allow it at most once."),
                       {path, QString::number(found.size())});
        }
    });
}

QString distinctValues(const QList<XmlNode> &nodes, int *count)
{
    QStringList seen;
    for (const XmlNode &n : nodes) {
        if (!seen.contains(n.text()))
            seen << n.text();
    }
    *count = int(seen.size());
    return seen.join(QStringLiteral(", "));
}

} // namespace

void addUblSyntaxRules(QList<InvoiceRule> &rules)
{
    atMost(rules, "UBL-SR-01", QStringLiteral("cac:ContractDocumentReference/cbc:ID"));
    atMost(rules, "UBL-SR-02", QStringLiteral("cac:ReceiptDocumentReference/cbc:ID"));
    atMost(rules, "UBL-SR-03", QStringLiteral("cac:DespatchDocumentReference/cbc:ID"));
    rule(rules, "UBL-SR-04", InvoiceRule::Ubl, [](RuleContext &c) {
        int n = 0;
        for (const XmlNode &r : c.invoice.root.children(kCac, "AdditionalDocumentReference")) {
            if (r.child(kCbc, "DocumentTypeCode").text() == QStringLiteral("130"))
                n += int(r.children(kCbc, "ID").size());
        }
        if (n > 1)
            c.fail(c.invoice.root,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "The invoice names %1 invoiced objects (BT-18); at most one is allowed."),
                   {QString::number(n)});
    });
    atMost(rules, "UBL-SR-05", QStringLiteral("cac:PaymentTerms/cbc:Note"));
    atMostWithin(
        rules, "UBL-SR-06", [](const EInvoice &i) { return i.root.children(kCac, "BillingReference"); },
        QStringLiteral("cac:InvoiceDocumentReference"));
    rule(rules, "UBL-SR-07", InvoiceRule::Ubl, [](RuleContext &c) {
        for (const XmlNode &b : c.invoice.root.children(kCac, "BillingReference")) {
            if (select(b, QStringLiteral("cac:InvoiceDocumentReference/cbc:ID")).isEmpty())
                c.fail(b, QT_TRANSLATE_NOOP("InvoiceRules",
                                            "A preceding invoice reference (BG-3) must name the invoice (BT-25)."));
        }
    });
    atMost(rules, "UBL-SR-08", QStringLiteral("cac:InvoicePeriod"));
    atMost(rules, "UBL-SR-09",
           QStringLiteral("cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"));
    atMost(rules, "UBL-SR-10", QStringLiteral("cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name"));
    atMost(rules, "UBL-SR-11",
           QStringLiteral("cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID"));
    const auto ids = [&rules](const char *id, const char *party, bool vat) {
        rule(rules, id, InvoiceRule::Ubl, [party, vat](RuleContext &c) {
            const XmlNode p = c.invoice.root.child(kCac, party).child(kCac, "Party");
            const int n = companyIds(p, vat);
            if (n > 1)
                c.fail(
                    p,
                    vat ? QT_TRANSLATE_NOOP("InvoiceRules", "A party has %1 VAT identifiers; at most one is allowed.")
                        : QT_TRANSLATE_NOOP("InvoiceRules", "The seller has %1 tax numbers; at most one is allowed."),
                    {QString::number(n)});
        });
    };
    ids("UBL-SR-12", "AccountingSupplierParty", true);
    ids("UBL-SR-13", "AccountingSupplierParty", false);
    atMost(rules, "UBL-SR-14",
           QStringLiteral("cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalForm"));
    atMost(rules, "UBL-SR-15",
           QStringLiteral("cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"));
    atMost(rules, "UBL-SR-16", QStringLiteral("cac:AccountingCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID"));
    atMost(rules, "UBL-SR-17",
           QStringLiteral("cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID"));
    ids("UBL-SR-18", "AccountingCustomerParty", true);
    // The payee: at most one name, identifier and legal registration, and not the seller itself.
    const auto payee = [&rules](const char *id, std::function<int(const XmlNode &)> counted) {
        rule(rules, id, InvoiceRule::Ubl, [counted](RuleContext &c) {
            const XmlNode p = c.invoice.root.child(kCac, "PayeeParty");
            if (!p)
                return;
            const QList<XmlNode> names = select(p, QStringLiteral("cac:PartyName/cbc:Name"));
            const QList<XmlNode> seller = select(
                c.invoice.root,
                QStringLiteral("cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"));
            // XPath "names != seller names": true when some pair differs; false when either side is empty.
            bool differs = false;
            for (const XmlNode &n : names) {
                for (const XmlNode &s : seller)
                    differs = differs || n.text() != s.text();
            }
            if (counted(p) > 1 || !differs)
                c.fail(p, QT_TRANSLATE_NOOP("InvoiceRules",
                                            "The payee (BG-10) must be named once, differ from the seller by name, and "
                                            "have at most one identifier and one legal registration."));
        });
    };
    payee("UBL-SR-19", [](const XmlNode &p) { return count(p, QStringLiteral("cac:PartyName/cbc:Name")); });
    payee("UBL-SR-20", [](const XmlNode &p) {
        int n = 0;
        for (const XmlNode &id : select(p, QStringLiteral("cac:PartyIdentification/cbc:ID")))
            n += id.attribute("schemeID").toUpper() != QStringLiteral("SEPA") ? 1 : 0;
        return n;
    });
    payee("UBL-SR-21", [](const XmlNode &p) { return count(p, QStringLiteral("cac:PartyLegalEntity/cbc:CompanyID")); });
    atMostWithin(
        rules, "UBL-SR-22", [](const EInvoice &i) { return i.root.children(kCac, "TaxRepresentativeParty"); },
        QStringLiteral("cac:PartyName/cbc:Name"));
    // UBL-SR-23 looks for cac:Party under the tax representative, which UBL never has: it
    // cannot fail, and is implemented as such.
    rule(rules, "UBL-SR-23", InvoiceRule::Ubl, [](RuleContext &c) {
        for (const XmlNode &r : c.invoice.root.children(kCac, "TaxRepresentativeParty")) {
            if (count(r, QStringLiteral("cac:Party/cac:PartyTaxScheme/cbc:CompanyID")) > 1)
                c.fail(r,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The tax representative has more than one VAT identifier."));
        }
    });
    atMost(rules, "UBL-SR-24", QStringLiteral("cac:Delivery"));
    atMostWithin(
        rules, "UBL-SR-25", [](const EInvoice &i) { return i.root.children(kCac, "Delivery"); },
        QStringLiteral("cac:DeliveryParty/cac:PartyName/cbc:Name"));
    const auto means = [](const EInvoice &i) { return i.root.children(kCac, "PaymentMeans"); };
    atMostWithin(rules, "UBL-SR-26", means, QStringLiteral("cbc:PaymentID"));
    atMostWithin(rules, "UBL-SR-27", means, QStringLiteral("cbc:PaymentMeansCode"));
    atMostWithin(rules, "UBL-SR-28", means, QStringLiteral("cac:PaymentMandate/cbc:ID"));
    rule(rules, "UBL-SR-29", InvoiceRule::Ubl, [](RuleContext &c) {
        const QList<XmlNode> &all = allElements(c.invoice);
        int n = 0;
        for (const XmlNode &e : std::as_const(all)) {
            if (e.rawName() == "PartyIdentification" && e.is(kCac, nullptr)) {
                for (const XmlNode &id : e.children(kCbc, "ID"))
                    n += id.attribute("schemeID").toUpper() == QStringLiteral("SEPA") ? 1 : 0;
            }
        }
        if (n > 1)
            c.fail(c.invoice.root,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "The invoice gives %1 bank assigned creditor identifiers (BT-90); at "
                                     "most one is allowed."),
                   {QString::number(n)});
    });
    // Document level allowances and charges: any cac:AllowanceCharge, as the official context reads.
    const auto allowanceCharges = [](bool charge) {
        return [charge](const EInvoice &i) {
            QList<XmlNode> out;
            const QList<XmlNode> &all = allElements(i);
            for (const XmlNode &e : std::as_const(all)) {
                if (e.rawName() == "AllowanceCharge" && e.is(kCac, nullptr) &&
                    (e.child(kCbc, "ChargeIndicator").text().trimmed() == QStringLiteral("true")) == charge)
                    out << e;
            }
            return out;
        };
    };
    atMostWithin(rules, "UBL-SR-30", allowanceCharges(false), QStringLiteral("cbc:AllowanceChargeReason"));
    atMostWithin(rules, "UBL-SR-31", allowanceCharges(true), QStringLiteral("cbc:AllowanceChargeReason"));
    atMostWithin(
        rules, "UBL-SR-32",
        [](const EInvoice &i) { return select(i.root, QStringLiteral("cac:TaxTotal/cac:TaxSubtotal")); },
        QStringLiteral("cac:TaxCategory/cbc:TaxExemptionReason"));
    atMostWithin(
        rules, "UBL-SR-33", [](const EInvoice &i) { return i.root.children(kCac, "AdditionalDocumentReference"); },
        QStringLiteral("cbc:DocumentDescription"));
    atMostWithin(rules, "UBL-SR-34", lineNodes, QStringLiteral("cbc:Note"));
    atMostWithin(rules, "UBL-SR-35", lineNodes, QStringLiteral("cac:OrderLineReference/cbc:LineID"));
    atMostWithin(rules, "UBL-SR-36", lineNodes, QStringLiteral("cac:InvoicePeriod"));
    atMostWithin(rules, "UBL-SR-37", lineNodes, QStringLiteral("cac:Price/cac:AllowanceCharge/cbc:Amount"));
    atMost(rules, "UBL-SR-39", QStringLiteral("cac:ProjectReference/cbc:ID"));
    atMost(rules, "UBL-SR-40", QStringLiteral("cac:AccountingCustomerParty/cac:Party/cac:PartyName/cbc:Name"));
    rule(rules, "UBL-SR-42", InvoiceRule::Ubl, [](RuleContext &c) {
        const XmlNode p = c.invoice.root.child(kCac, "AccountingSupplierParty").child(kCac, "Party");
        if (p && p.children(kCac, "PartyTaxScheme").size() > 2)
            c.fail(p, QT_TRANSLATE_NOOP("InvoiceRules",
                                        "The seller gives more than two tax registrations (PartyTaxScheme)."));
    });
    rule(rules, "UBL-SR-43", InvoiceRule::Ubl, [](RuleContext &c) {
        for (const XmlNode &r : c.invoice.root.children(kCac, "AdditionalDocumentReference")) {
            const XmlNode type = r.child(kCbc, "DocumentTypeCode");
            const bool ok = type.text() == QStringLiteral("130") ||
                            (c.invoice.creditNote && type.text() == QStringLiteral("50")) ||
                            (!r.child(kCbc, "ID").hasAttribute("schemeID") && !type);
            if (!ok)
                c.fail(r,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "A scheme identifier or document type code on a supporting document is only "
                                         "allowed for the invoiced object (code 130)."));
        }
    });
    const auto distinct = [&rules](const char *id, const char *name, const char *message) {
        rule(rules, id, InvoiceRule::Ubl, [name, message](RuleContext &c) {
            QList<XmlNode> found;
            const QList<XmlNode> &all = allElements(c.invoice);
            for (const XmlNode &e : std::as_const(all)) {
                if (e.rawName() == name && e.is(kCbc, nullptr))
                    found << e;
            }
            int n = 0;
            const QString values = distinctValues(found, &n);
            if (n > 1)
                c.fail(found.first(), message, {values});
        });
    };
    distinct("UBL-SR-44", "PaymentID",
             QT_TRANSLATE_NOOP("InvoiceRules",
                               "The invoice gives different remittance information (BT-83): %1; only one is allowed."));
    atMost(rules, "UBL-SR-45", QStringLiteral("cac:PaymentMeans/cbc:PaymentDueDate"));
    rule(rules, "UBL-SR-46", InvoiceRule::Ubl, [](RuleContext &c) {
        int n = 0;
        for (const XmlNode &code : select(c.invoice.root, QStringLiteral("cac:PaymentMeans/cbc:PaymentMeansCode")))
            n += code.hasAttribute("name") ? 1 : 0;
        if (n > 1)
            c.fail(c.invoice.root,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "The payment means text (BT-82) is given %1 times; at most once is allowed."),
                   {QString::number(n)});
    });
    distinct("UBL-SR-47", "PaymentMeansCode",
             QT_TRANSLATE_NOOP("InvoiceRules",
                               "The invoice gives different payment means codes (BT-81): %1; only one is allowed."));
    rule(rules, "UBL-SR-48", InvoiceRule::Ubl, [](RuleContext &c) {
        for (const XmlNode &l : lineNodes(c.invoice)) {
            if (count(l, QStringLiteral("cac:Item/cac:ClassifiedTaxCategory")) != 1)
                c.fail(l, QT_TRANSLATE_NOOP(
                              "InvoiceRules",
                              "An invoice line must have exactly one VAT category (ClassifiedTaxCategory)."));
        }
    });
    atMost(rules, "UBL-SR-49", QStringLiteral("cac:InvoicePeriod/cbc:DescriptionCode"));
    atMostWithin(rules, "UBL-SR-50", lineNodes, QStringLiteral("cac:Item/cbc:Description"));
    rule(rules, "UBL-SR-51", InvoiceRule::Ubl, [](RuleContext &c) {
        const QList<XmlNode> &all = allElements(c.invoice);
        for (const XmlNode &e : std::as_const(all)) {
            if ((e.rawName() == "PostalAddress" || e.rawName() == "Address") &&
                e.is(kCac, nullptr) && e.children(kCac, "AddressLine").size() > 1)
                c.fail(e, QT_TRANSLATE_NOOP("InvoiceRules",
                                            "An address has more than one additional address line (AddressLine)."));
        }
    });
    atMostWithin(rules, "UBL-SR-52", lineNodes, QStringLiteral("cac:DocumentReference"));
    rule(rules, "UBL-SR-53", InvoiceRule::Ubl, [](RuleContext &c) {
        const QList<XmlNode> &all = allElements(c.invoice);
        for (const XmlNode &e : std::as_const(all)) {
            if (e.rawName() == "PartyTaxScheme" && e.is(kCac, nullptr) &&
                !(e.child(kCac, "TaxScheme").child(kCbc, "ID") && e.child(kCbc, "CompanyID")))
                c.fail(e, QT_TRANSLATE_NOOP(
                              "InvoiceRules",
                              "A tax registration (PartyTaxScheme) needs both the identifier (CompanyID) and "
                              "the tax scheme."));
        }
    });
    atMost(rules, "UBL-SR-54", QStringLiteral("cac:PaymentMeans/cac:CardAccount"));
    atMost(rules, "UBL-SR-55", QStringLiteral("cac:PaymentMeans/cac:PaymentMandate"));
    // Every element named …Amount (not prices, not price discounts) has at most two decimals.
    rule(rules, "UBL-DT-01", InvoiceRule::Ubl, [](RuleContext &c) {
        const QList<XmlNode> &all = allElements(c.invoice);
        for (const XmlNode &e : std::as_const(all)) {
            const std::string_view name = e.rawName();
            if (!name.ends_with("Amount") || name.ends_with("PriceAmount"))
                continue;
            bool inPriceDiscount = false;
            for (XmlNode p = e.parent(); p; p = p.parent()) {
                if (p.rawName() == "AllowanceCharge" &&
                    p.parent().rawName() == "Price")
                    inPriceDiscount = true;
            }
            const QString text = e.text();
            const qsizetype dot = text.indexOf(QLatin1Char('.'));
            if (!inPriceDiscount && dot >= 0 && text.size() - dot - 1 > 2)
                c.fail(e, QT_TRANSLATE_NOOP("InvoiceRules", "The amount %1 has more than two decimals."), {text});
        }
    });
    const auto binaries = [&rules](const char *id, const char *attribute, const char *message) {
        rule(rules, id, InvoiceRule::Ubl, [attribute, message](RuleContext &c) {
            const QList<XmlNode> &all = allElements(c.invoice);
            for (const XmlNode &e : std::as_const(all)) {
                if (e.rawName().ends_with("BinaryObject") && !e.hasAttribute(attribute))
                    c.fail(e, message);
            }
        });
    };
    binaries("UBL-DT-06", "mimeCode",
             QT_TRANSLATE_NOOP("InvoiceRules", "An attached document has no MIME type (mimeCode)."));
    binaries("UBL-DT-07", "filename",
             QT_TRANSLATE_NOOP("InvoiceRules", "An attached document has no file name (filename)."));
    const auto invoicedObject = [&rules](const char *id, const QString &path, const char *message) {
        rule(rules, id, InvoiceRule::Ubl, [path, message](RuleContext &c) {
            for (const XmlNode &r : c.invoice.root.children(kCac, "AdditionalDocumentReference")) {
                if (r.child(kCbc, "DocumentTypeCode").text() == QStringLiteral("130") && !select(r, path).isEmpty())
                    c.fail(r, message);
            }
        });
    };
    invoicedObject(
        "UBL-CR-666", QStringLiteral("cac:Attachment"),
        QT_TRANSLATE_NOOP("InvoiceRules", "The invoiced object reference (code 130) may not carry an attachment."));
    invoicedObject("UBL-CR-673", QStringLiteral("cbc:DocumentDescription"),
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "The invoiced object reference (code 130) may not carry a document description."));
}

} // namespace amtsdesk::invoicerules
