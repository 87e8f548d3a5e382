// EN 16931 business rules BR-01 … BR-65: what an invoice must contain, and what each group
// must contain when it is there.
#include "invoice/rules/rulehelpers.h"

namespace amtsdesk::invoicerules {

namespace {

constexpr int Both = InvoiceRule::Both;

// A rule that one term of the invoice is there: "(x) != ''" in the official tests.
void required(QList<InvoiceRule> &rules, const char *id, Term EInvoice::*member, const char *message)
{
    rule(rules, id, Both, [member, message](RuleContext &c) {
        if (!hasText(c.invoice.*member))
            c.fail(c.invoice.root, message);
    });
}

// A rule that an amount of the totals (BG-22) is there: "exists(x)" in the official tests.
void requiredTotal(QList<InvoiceRule> &rules, const char *id, AmountTerm EInvoice::*member, const char *message)
{
    rule(rules, id, Both, [member, message](RuleContext &c) {
        if (!(c.invoice.*member).present())
            c.fail(c.invoice.totalsNode, message);
    });
}

} // namespace

void addCoreRules(QList<InvoiceRule> &rules)
{
    required(rules, "BR-01", &EInvoice::specificationId,
             QT_TRANSLATE_NOOP("InvoiceRules", "The invoice does not say which specification it follows (BT-24)."));
    required(rules, "BR-02", &EInvoice::number,
             QT_TRANSLATE_NOOP("InvoiceRules", "The invoice has no invoice number (BT-1)."));
    required(rules, "BR-03", &EInvoice::issueDate,
             QT_TRANSLATE_NOOP("InvoiceRules", "The invoice has no issue date (BT-2)."));
    required(rules, "BR-04", &EInvoice::typeCode,
             QT_TRANSLATE_NOOP("InvoiceRules", "The invoice has no type code (BT-3)."));
    required(rules, "BR-05", &EInvoice::currency,
             QT_TRANSLATE_NOOP("InvoiceRules", "The invoice does not name its currency (BT-5)."));

    rule(rules, "BR-06", Both, [](RuleContext &c) {
        if (!hasText(c.invoice.seller.name))
            c.fail(c.invoice.seller.node, QT_TRANSLATE_NOOP("InvoiceRules", "The seller's name (BT-27) is missing."));
    });
    rule(rules, "BR-07", Both, [](RuleContext &c) {
        if (!hasText(c.invoice.buyer.name))
            c.fail(c.invoice.buyer.node, QT_TRANSLATE_NOOP("InvoiceRules", "The buyer's name (BT-44) is missing."));
    });
    rule(rules, "BR-08", Both, [](RuleContext &c) {
        if (!c.invoice.seller.address.present())
            c.fail(c.invoice.seller.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The seller's postal address (BG-5) is missing."));
    });
    rule(rules, "BR-09", Both, [](RuleContext &c) {
        if (c.invoice.seller.address.present() && !hasText(c.invoice.seller.address.country))
            c.fail(c.invoice.seller.address.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The seller's postal address has no country code (BT-40)."));
    });
    rule(rules, "BR-10", Both, [](RuleContext &c) {
        if (!c.invoice.buyer.address.present())
            c.fail(c.invoice.buyer.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The buyer's postal address (BG-8) is missing."));
    });
    rule(rules, "BR-11", Both, [](RuleContext &c) {
        if (c.invoice.buyer.address.present() && !hasText(c.invoice.buyer.address.country))
            c.fail(c.invoice.buyer.address.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The buyer's postal address has no country code (BT-55)."));
    });
    requiredTotal(rules, "BR-12", &EInvoice::lineTotal,
                  QT_TRANSLATE_NOOP("InvoiceRules", "The sum of the invoice lines' net amounts (BT-106) is missing."));
    requiredTotal(rules, "BR-13", &EInvoice::totalWithoutVat,
                  QT_TRANSLATE_NOOP("InvoiceRules", "The invoice total without VAT (BT-109) is missing."));
    requiredTotal(rules, "BR-14", &EInvoice::totalWithVat,
                  QT_TRANSLATE_NOOP("InvoiceRules", "The invoice total with VAT (BT-112) is missing."));
    requiredTotal(rules, "BR-15", &EInvoice::amountDue,
                  QT_TRANSLATE_NOOP("InvoiceRules", "The amount due for payment (BT-115) is missing."));
    rule(rules, "BR-16", Both, [](RuleContext &c) {
        if (c.invoice.lines.isEmpty())
            c.fail(c.invoice.root, QT_TRANSLATE_NOOP("InvoiceRules", "The invoice has no invoice line (BG-25)."));
    });
    rule(rules, "BR-18", Both, [](RuleContext &c) {
        if (c.invoice.taxRepresentative.present() && !hasText(c.invoice.taxRepresentative.name))
            c.fail(c.invoice.taxRepresentative.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The seller's tax representative has no name (BT-62)."));
    });
    rule(rules, "BR-19", Both, [](RuleContext &c) {
        if (c.invoice.taxRepresentative.present() && !c.invoice.taxRepresentative.address.present())
            c.fail(c.invoice.taxRepresentative.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The seller's tax representative has no postal address (BG-12)."));
    });
    rule(rules, "BR-20", Both, [](RuleContext &c) {
        const PostalAddress &a = c.invoice.taxRepresentative.address;
        if (c.invoice.taxRepresentative.present() && a.present() && !hasText(a.country))
            c.fail(a.node, QT_TRANSLATE_NOOP(
                               "InvoiceRules",
                               "The postal address of the seller's tax representative has no country code (BT-69)."));
    });
    rule(rules, "BR-21", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            if (!hasText(l.id))
                c.fail(l.node, QT_TRANSLATE_NOOP("InvoiceRules", "An invoice line has no line identifier (BT-126)."));
        }
    });
    rule(rules, "BR-22", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            if (!l.quantity.present())
                c.fail(l.node, QT_TRANSLATE_NOOP("InvoiceRules", "Invoice line %1 has no invoiced quantity (BT-129)."),
                       {l.id.trimmed()});
        }
    });
    rule(rules, "BR-23", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            if (!l.quantity.hasUnit)
                c.fail(l.quantity.present() ? l.quantity.node : l.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "The quantity of invoice line %1 has no unit of measure (BT-130)."),
                       {l.id.trimmed()});
        }
    });
    rule(rules, "BR-24", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            if (!l.netAmount.present())
                c.fail(l.node, QT_TRANSLATE_NOOP("InvoiceRules", "Invoice line %1 has no net amount (BT-131)."),
                       {l.id.trimmed()});
        }
    });
    rule(rules, "BR-25", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            if (!hasText(l.itemName))
                c.fail(l.node, QT_TRANSLATE_NOOP("InvoiceRules", "The item of invoice line %1 has no name (BT-153)."),
                       {l.id.trimmed()});
        }
    });
    rule(rules, "BR-26", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            if (!l.netPrice.present())
                c.fail(l.node, QT_TRANSLATE_NOOP("InvoiceRules", "Invoice line %1 has no net item price (BT-146)."),
                       {l.id.trimmed()});
        }
    });
    rule(rules, "BR-27", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            const auto price = number(l.netPrice);
            if (l.netPrice.present() && price && price->isNegative())
                c.fail(l.netPrice.node,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The net item price of invoice line %1 (BT-146) is negative."),
                       {l.id.trimmed()});
        }
    });
    rule(rules, "BR-28", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            const auto price = number(l.grossPrice);
            if (l.grossPrice.present() && price && price->isNegative())
                c.fail(
                    l.grossPrice.node,
                    QT_TRANSLATE_NOOP("InvoiceRules", "The gross item price of invoice line %1 (BT-148) is negative."),
                    {l.id.trimmed()});
        }
    });
    rule(rules, "BR-17", Both, [](RuleContext &c) {
        const Party &payee = c.invoice.payee;
        if (payee.present() && !hasText(payee.name))
            c.fail(payee.node, QT_TRANSLATE_NOOP("InvoiceRules", "The payee (BG-10) has no name (BT-59)."));
    });
    // The invoicing period and a line's period: the end is not before the start (dates compare
    // as text both as YYYY-MM-DD and as CII's YYYYMMDD).
    rule(rules, "BR-29", Both, [](RuleContext &c) {
        const Period &p = c.invoice.invoicingPeriod;
        if (p.present() && p.start.present() && p.end.present() && p.end.trimmed() < p.start.trimmed())
            c.fail(p.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The invoicing period ends (BT-74) before it starts (BT-73)."));
    });
    rule(rules, "BR-30", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            const Period &p = l.period;
            if (p.present() && p.start.present() && p.end.present() && p.end.trimmed() < p.start.trimmed())
                c.fail(p.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "The period of invoice line %1 ends (BT-135) before it starts (BT-134)."),
                       {l.id.trimmed()});
        }
    });
    const auto eachDocumentLevel = [&rules](const char *id, bool charges,
                                            std::function<bool(const AllowanceCharge &)> ok, const char *message) {
        rule(rules, id, Both, [charges, ok, message](RuleContext &c) {
            for (const AllowanceCharge &a : charges ? c.invoice.charges : c.invoice.allowances) {
                if (!ok(a))
                    c.fail(a.node, message);
            }
        });
    };
    eachDocumentLevel(
        "BR-31", false, [](const AllowanceCharge &a) { return a.amount.present(); },
        QT_TRANSLATE_NOOP("InvoiceRules", "A document level allowance has no amount (BT-92)."));
    eachDocumentLevel(
        "BR-32", false, [](const AllowanceCharge &a) { return hasText(a.vatCategory); },
        QT_TRANSLATE_NOOP("InvoiceRules", "A document level allowance has no VAT category code (BT-95)."));
    eachDocumentLevel(
        "BR-33", false, [](const AllowanceCharge &a) { return a.reason.present() || a.reasonCode.present(); },
        QT_TRANSLATE_NOOP("InvoiceRules",
                          "A document level allowance gives neither a reason (BT-97) nor a reason code (BT-98)."));
    eachDocumentLevel(
        "BR-36", true, [](const AllowanceCharge &a) { return a.amount.present(); },
        QT_TRANSLATE_NOOP("InvoiceRules", "A document level charge has no amount (BT-99)."));
    eachDocumentLevel(
        "BR-37", true, [](const AllowanceCharge &a) { return hasText(a.vatCategory); },
        QT_TRANSLATE_NOOP("InvoiceRules", "A document level charge has no VAT category code (BT-102)."));
    eachDocumentLevel(
        "BR-38", true, [](const AllowanceCharge &a) { return a.reason.present() || a.reasonCode.present(); },
        QT_TRANSLATE_NOOP("InvoiceRules",
                          "A document level charge gives neither a reason (BT-104) nor a reason code (BT-105)."));
    const auto eachLineLevel = [&rules](const char *id, bool charges, std::function<bool(const AllowanceCharge &)> ok,
                                        const char *message) {
        rule(rules, id, Both, [charges, ok, message](RuleContext &c) {
            for (const InvoiceLine &l : c.invoice.lines) {
                for (const AllowanceCharge &a : charges ? l.charges : l.allowances) {
                    if (!ok(a))
                        c.fail(a.node, message, {l.id.trimmed()});
                }
            }
        });
    };
    eachLineLevel(
        "BR-41", false, [](const AllowanceCharge &a) { return a.amount.present(); },
        QT_TRANSLATE_NOOP("InvoiceRules", "An allowance of invoice line %1 has no amount (BT-136)."));
    eachLineLevel(
        "BR-42", false, [](const AllowanceCharge &a) { return a.reason.present() || a.reasonCode.present(); },
        QT_TRANSLATE_NOOP(
            "InvoiceRules",
            "An allowance of invoice line %1 gives neither a reason (BT-139) nor a reason code (BT-140)."));
    eachLineLevel(
        "BR-43", true, [](const AllowanceCharge &a) { return a.amount.present(); },
        QT_TRANSLATE_NOOP("InvoiceRules", "A charge of invoice line %1 has no amount (BT-141)."));
    eachLineLevel(
        "BR-44", true, [](const AllowanceCharge &a) { return a.reason.present() || a.reasonCode.present(); },
        QT_TRANSLATE_NOOP("InvoiceRules",
                          "A charge of invoice line %1 gives neither a reason (BT-144) nor a reason code (BT-145)."));
    const auto eachBreakdown = [&rules](const char *id, std::function<bool(const VatBreakdown &)> ok,
                                        const char *message) {
        rule(rules, id, Both, [ok, message](RuleContext &c) {
            for (const VatBreakdown &b : c.invoice.vatBreakdown) {
                if (!ok(b))
                    c.fail(b.node, message, {b.category.trimmed()});
            }
        });
    };
    eachBreakdown(
        "BR-45", [](const VatBreakdown &b) { return b.taxableAmount.present(); },
        QT_TRANSLATE_NOOP("InvoiceRules", "The VAT breakdown for category \"%1\" has no taxable amount (BT-116)."));
    eachBreakdown(
        "BR-46", [](const VatBreakdown &b) { return b.taxAmount.present(); },
        QT_TRANSLATE_NOOP("InvoiceRules", "The VAT breakdown for category \"%1\" has no VAT amount (BT-117)."));
    eachBreakdown(
        "BR-47", [](const VatBreakdown &b) { return hasText(b.category); },
        QT_TRANSLATE_NOOP("InvoiceRules", "A VAT breakdown has no VAT category code (BT-118)."));
    eachBreakdown(
        "BR-48", [](const VatBreakdown &b) { return b.rate.present() || b.category.trimmed() == QStringLiteral("O"); },
        QT_TRANSLATE_NOOP("InvoiceRules",
                          "The VAT breakdown for category \"%1\" has no VAT rate (BT-119); only category O has none."));
    rule(rules, "BR-49", Both, [](RuleContext &c) {
        for (const PaymentMeans &m : c.invoice.paymentMeans) {
            if (!hasText(m.typeCode))
                c.fail(m.node, QT_TRANSLATE_NOOP("InvoiceRules",
                                                 "A payment instruction has no payment means type code (BT-81)."));
        }
    });
    rule(rules, "BR-50", Both, [](RuleContext &c) {
        for (const PaymentMeans &m : c.invoice.paymentMeans) {
            // The accounts of credit transfers (codes 30, 58) need an identifier: with text in UBL,
            // an IBAN or proprietary identifier element in CII.
            const QString code = m.typeCode.text;
            if (code != QStringLiteral("30") && code != QStringLiteral("58"))
                continue;
            for (const PaymentMeans::Transfer &t : m.transfers) {
                if (c.ubl() ? !hasValue(t.account) : !t.account.present())
                    c.fail(t.node,
                           QT_TRANSLATE_NOOP("InvoiceRules",
                                             "A credit transfer (BG-17) has no payment account identifier (BT-84)."));
            }
        }
    });
    const auto cardNumberShown = [](RuleContext &c) {
        for (const PaymentMeans &m : c.invoice.paymentMeans) {
            if (m.cardNumber.present() && m.cardNumber.text.size() > 10)
                c.fail(m.cardNumber.node,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The card number (BT-87) shows more than the first six and "
                                                         "last four digits that card security standards allow."));
        }
    };
    rule(rules, "BR-51", InvoiceRule::Ubl, cardNumberShown, FindingSeverity::Warning);
    rule(rules, "BR-51", InvoiceRule::Cii, cardNumberShown);
    rule(rules, "BR-52", Both, [](RuleContext &c) {
        for (const SupportingDocument &d : c.invoice.supportingDocuments) {
            if (!hasText(d.reference))
                c.fail(d.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "An additional supporting document (BG-24) has no reference (BT-122)."));
        }
    });
    rule(rules, "BR-53", Both, [](RuleContext &c) {
        if (c.invoice.vatCurrency.present() && !c.invoice.vatTotalInVatCurrency())
            c.fail(c.invoice.vatCurrency.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The invoice names a VAT accounting currency (BT-6) "
                                                     "but gives no VAT total in it (BT-111)."));
    });
    rule(rules, "BR-54", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            for (const InvoiceLine::Attribute &a : l.attributes) {
                if (!a.name.present() || !a.value.present())
                    c.fail(a.node,
                           QT_TRANSLATE_NOOP("InvoiceRules",
                                             "An item attribute of invoice line %1 lacks its name (BT-160) or "
                                             "its value (BT-161)."),
                           {l.id.trimmed()});
            }
        }
    });
    rule(rules, "BR-55", Both, [](RuleContext &c) {
        for (const PrecedingInvoice &p : c.invoice.precedingInvoices) {
            if (!p.reference.present())
                c.fail(p.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "A preceding invoice reference (BG-3) has no invoice number (BT-25)."));
        }
    });
    rule(rules, "BR-56", Both, [](RuleContext &c) {
        const Party &r = c.invoice.taxRepresentative;
        if (r.present() && !r.vatIdentifier.present())
            c.fail(r.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The seller's tax representative has no VAT identifier (BT-63)."));
    });
    rule(rules, "BR-57", Both, [](RuleContext &c) {
        const PostalAddress &a = c.invoice.deliverTo.address;
        if (a.present() && !a.country.present())
            c.fail(a.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The deliver-to address (BG-15) has no country code (BT-80)."));
    });
    rule(rules, "BR-61", Both, [](RuleContext &c) {
        for (const PaymentMeans &m : c.invoice.paymentMeans) {
            const QString code = m.typeCode.trimmed();
            if (code != QStringLiteral("30") && code != QStringLiteral("58"))
                continue;
            // UBL asks it of the payment means; CII of each creditor account it gives.
            bool account = false;
            for (const PaymentMeans::Transfer &t : m.transfers) {
                account = account || t.account.present();
                if (c.cii() && !t.account.present())
                    c.fail(t.node,
                           QT_TRANSLATE_NOOP("InvoiceRules",
                                             "Payment by credit transfer (code %1) needs the payment account "
                                             "identifier (BT-84)."),
                           {code});
            }
            if (c.ubl() && !account)
                c.fail(m.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "Payment by credit transfer (code %1) needs the payment account "
                                         "identifier (BT-84)."),
                       {code});
        }
    });
    rule(rules, "BR-62", Both, [](RuleContext &c) {
        const SchemedTerm &e = c.invoice.seller.electronicAddress;
        if (e.present() && !e.hasScheme)
            c.fail(e.node, QT_TRANSLATE_NOOP("InvoiceRules",
                                             "The seller's electronic address (BT-34) has no scheme identifier."));
    });
    rule(rules, "BR-63", Both, [](RuleContext &c) {
        const SchemedTerm &e = c.invoice.buyer.electronicAddress;
        if (e.present() && !e.hasScheme)
            c.fail(e.node, QT_TRANSLATE_NOOP("InvoiceRules",
                                             "The buyer's electronic address (BT-49) has no scheme identifier."));
    });
    rule(rules, "BR-64", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            if (l.standardItemId.present() && !l.standardItemId.hasScheme)
                c.fail(l.standardItemId.node,
                       QT_TRANSLATE_NOOP(
                           "InvoiceRules",
                           "The standard item identifier of invoice line %1 (BT-157) has no scheme identifier."),
                       {l.id.trimmed()});
        }
    });
    rule(rules, "BR-65", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            for (const SchemedTerm &classification : l.classifications) {
                if (classification.present() && !classification.hasScheme)
                    c.fail(
                        classification.node,
                        QT_TRANSLATE_NOOP("InvoiceRules",
                                          "An item classification of invoice line %1 (BT-158) has no list identifier."),
                        {l.id.trimmed()});
            }
        }
    });
}

} // namespace amtsdesk::invoicerules
