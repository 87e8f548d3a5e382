// The Peppol BIS 3 rules that XRechnung 3.0 takes over (PEPPOL-EN16931-R…), as the KoSIT
// XRechnung Schematron merges them (its tolerance of 0.5 for HUF, R053 "at most one" in CII,
// R043 split in CII, and its own CII versions of R008, R044 and R046). XRechnung rules: they
// run where BT-24 names XRechnung.
#include "invoice/invoicereader.h"
#include "invoice/rules/rulehelpers.h"

namespace amtsdesk::invoicerules {

namespace {

constexpr int Both = InvoiceRule::Both;
constexpr int Ubl = InvoiceRule::Ubl;
constexpr int Cii = InvoiceRule::Cii;
using xmlns::kCac;
using xmlns::kCbc;
using xmlns::kRam;
using xmlns::kRsm;
using xmlns::kUdt;

// The base quantities of a line's prices (BT-149): UBL has one, CII one for the net and one for
// the gross price.
QList<XmlNode> baseQuantities(const RuleContext &c, const InvoiceLine &l)
{
    if (c.ubl())
        return {l.priceNode.child(kCbc, "BaseQuantity")};
    const XmlNode agreement = l.node.child(kRam, "SpecifiedLineTradeAgreement");
    return {agreement.child(kRam, "NetPriceProductTradePrice").child(kRam, "BasisQuantity"),
            agreement.child(kRam, "GrossPriceProductTradePrice").child(kRam, "BasisQuantity")};
}

// u:slack: |expected − value| ≤ slack, with 0.5 for HUF and 0.02 otherwise.
bool slack(const EInvoice &inv, const Decimal &value, const Decimal &expected)
{
    const Decimal tolerance = *Decimal::parse(inv.currency.text == QStringLiteral("HUF") ? u"0.5" : u"0.02");
    return minus(expected, value).abs() <= tolerance;
}

// The allowances and charges R040–R043 look at: document level and line level, each in its
// first matching context (a percentage without base, a base without percentage, or neither).
enum class AcShape { PercentNoBase, BaseNoPercent, Other };

struct Ac {
    XmlNode node;
    AcShape shape;
};

QList<Ac> allowanceCharges(const EInvoice &inv)
{
    QList<XmlNode> nodes;
    if (inv.syntax == InvoiceSyntax::Ubl) {
        nodes << inv.root.children(kCac, "AllowanceCharge");
        for (const XmlNode &l : inv.root.children(kCac, inv.creditNote ? "CreditNoteLine" : "InvoiceLine"))
            nodes << l.children(kCac, "AllowanceCharge");
    } else {
        const QList<XmlNode> &all = allElements(inv);
        for (const XmlNode &n : std::as_const(all)) {
            if (n.is(kRam, "SpecifiedTradeAllowanceCharge"))
                nodes << n;
        }
    }
    QList<Ac> out;
    for (const XmlNode &n : std::as_const(nodes)) {
        const bool percent = inv.syntax == InvoiceSyntax::Ubl ? !n.child(kCbc, "MultiplierFactorNumeric").isNull()
                                                              : !n.child(kRam, "CalculationPercent").isNull();
        const bool base = inv.syntax == InvoiceSyntax::Ubl ? !n.child(kCbc, "BaseAmount").isNull()
                                                           : !n.child(kRam, "BasisAmount").isNull();
        out << Ac{n, percent && !base ? AcShape::PercentNoBase
                                      : (!percent && base ? AcShape::BaseNoPercent : AcShape::Other)};
    }
    return out;
}

std::optional<Decimal> decimalOf(const XmlNode &n)
{
    if (!n)
        return std::nullopt;
    return number(Term{n, n.text()});
}

} // namespace

void addPeppolRules(QList<InvoiceRule> &rules)
{
    xrechnungRule(rules, "PEPPOL-EN16931-R001", Both, [](RuleContext &c) {
        if (!c.invoice.processId.present())
            c.fail(c.invoice.root, QT_TRANSLATE_NOOP("InvoiceRules", "The business process (BT-23) is missing."));
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R005", Both, [](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        if (inv.vatCurrency.present() && inv.vatCurrency.text.simplified() == inv.currency.text.simplified())
            c.fail(inv.vatCurrency.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The VAT accounting currency (BT-6) may only be given when it "
                                                     "differs from the invoice currency (BT-5)."));
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R008", Both, [](RuleContext &c) {
        const QList<XmlNode> &all = allElements(c.invoice);
        for (const XmlNode &n : std::as_const(all)) {
            if (n.hasElementChildren() || n.hasNonBlankText())
                continue;
            if (c.cii() && n.rawName() == "ApplicableHeaderTradeDelivery")
                continue;
            c.fail(n, QT_TRANSLATE_NOOP("InvoiceRules", "The element %1 is empty; leave out what has no value."),
                   {n.localName()});
        }
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R010", Both, [](RuleContext &c) {
        const Party &b = c.invoice.buyer;
        if (b.present() && !b.electronicAddress.present())
            c.fail(b.node, QT_TRANSLATE_NOOP("InvoiceRules", "The buyer's electronic address (BT-49) is missing."));
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R020", Both, [](RuleContext &c) {
        const Party &s = c.invoice.seller;
        if (s.present() && !s.electronicAddress.present())
            c.fail(s.node, QT_TRANSLATE_NOOP("InvoiceRules", "The seller's electronic address (BT-34) is missing."));
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R040", Both, [](RuleContext &c) {
        for (const Ac &a : allowanceCharges(c.invoice)) {
            if (a.shape != AcShape::Other)
                continue;
            const auto percent = decimalOf(
                a.node.child(c.ubl() ? kCbc : kRam, c.ubl() ? "MultiplierFactorNumeric" : "CalculationPercent"));
            const auto base = decimalOf(a.node.child(c.ubl() ? kCbc : kRam, c.ubl() ? "BaseAmount" : "BasisAmount"));
            if (!percent || !base)
                continue;
            const auto amount = decimalOf(a.node.child(c.ubl() ? kCbc : kRam, c.ubl() ? "Amount" : "ActualAmount"));
            const Decimal expected =
                times(*base, *percent).div(Decimal::fromInt(100), 10, RoundingMode::HalfUp).valueOr(Decimal());
            if (!slack(c.invoice, amount.value_or(Decimal()), expected))
                c.fail(a.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "An allowance or charge amount is not its base amount times its "
                                         "percentage (expected %1)."),
                       {expected.toString()});
        }
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R041", Both, [](RuleContext &c) {
        for (const Ac &a : allowanceCharges(c.invoice)) {
            if (a.shape == AcShape::PercentNoBase)
                c.fail(a.node, QT_TRANSLATE_NOOP("InvoiceRules",
                                                 "An allowance or charge gives a percentage but no base amount."));
        }
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R042", Both, [](RuleContext &c) {
        for (const Ac &a : allowanceCharges(c.invoice)) {
            if (a.shape == AcShape::BaseNoPercent)
                c.fail(a.node, QT_TRANSLATE_NOOP("InvoiceRules",
                                                 "An allowance or charge gives a base amount but no percentage."));
        }
    });
    const auto indicatorOk = [](const XmlNode &indicator) {
        const QString v = indicator.text().simplified();
        return indicator && (v == QStringLiteral("true") || v == QStringLiteral("false"));
    };
    xrechnungRule(rules, "PEPPOL-EN16931-R043", Ubl, [indicatorOk](RuleContext &c) {
        for (const Ac &a : allowanceCharges(c.invoice)) {
            if (a.shape == AcShape::Other && !indicatorOk(a.node.child(kCbc, "ChargeIndicator")))
                c.fail(a.node,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The charge indicator must be \"true\" or \"false\"."));
        }
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R043-1", Cii, [indicatorOk](RuleContext &c) {
        for (const Ac &a : allowanceCharges(c.invoice)) {
            if (a.shape == AcShape::Other &&
                !indicatorOk(a.node.child(kRam, "ChargeIndicator").child(kUdt, "Indicator")))
                c.fail(a.node,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The charge indicator must be \"true\" or \"false\"."));
        }
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R043-2", Cii, [indicatorOk](RuleContext &c) {
        const QList<XmlNode> &all = allElements(c.invoice);
        for (const XmlNode &n : std::as_const(all)) {
            if (n.rawName() == "AppliedTradeAllowanceCharge" &&
                !indicatorOk(n.child(kRam, "ChargeIndicator").child(kUdt, "Indicator")))
                c.fail(n, QT_TRANSLATE_NOOP("InvoiceRules", "The charge indicator must be \"true\" or \"false\"."));
        }
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R044", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            if (c.ubl()) {
                const XmlNode discount = l.priceNode.child(kCac, "AllowanceCharge");
                if (discount && discount.child(kCbc, "ChargeIndicator").text().simplified() != QStringLiteral("false"))
                    c.fail(discount,
                           QT_TRANSLATE_NOOP("InvoiceRules", "A price may only carry a discount, not a charge."));
            } else {
                const XmlNode gross =
                    l.node.child(kRam, "SpecifiedLineTradeAgreement").child(kRam, "GrossPriceProductTradePrice");
                const XmlNode applied = gross.child(kRam, "AppliedTradeAllowanceCharge");
                if (gross && applied.child(kRam, "ActualAmount") &&
                    applied.child(kRam, "ChargeIndicator").child(kUdt, "Indicator").text() != QStringLiteral("false"))
                    c.fail(gross,
                           QT_TRANSLATE_NOOP("InvoiceRules", "A price may only carry a discount, not a charge."));
            }
        }
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R046", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            if (c.ubl()) {
                const XmlNode discount = l.priceNode.child(kCac, "AllowanceCharge");
                if (!discount || !discount.child(kCbc, "BaseAmount"))
                    continue;
                const auto net = number(l.netPrice), gross = decimalOf(discount.child(kCbc, "BaseAmount")),
                           amount = decimalOf(discount.child(kCbc, "Amount"));
                if (!(net && gross && amount && *net == minus(*gross, *amount)))
                    c.fail(discount,
                           QT_TRANSLATE_NOOP("InvoiceRules",
                                             "The net price (BT-146) must be the gross price (BT-148) minus the "
                                             "price discount (BT-147)."));
            } else {
                const XmlNode gross =
                    l.node.child(kRam, "SpecifiedLineTradeAgreement").child(kRam, "GrossPriceProductTradePrice");
                if (!gross.child(kRam, "ChargeAmount"))
                    continue;
                const auto net = number(l.netPrice), grossAmount = decimalOf(gross.child(kRam, "ChargeAmount"));
                const Decimal discount =
                    decimalOf(gross.child(kRam, "AppliedTradeAllowanceCharge").child(kRam, "ActualAmount"))
                        .value_or(Decimal());
                if (!(net && grossAmount && *net == minus(*grossAmount, discount)))
                    c.fail(gross, QT_TRANSLATE_NOOP("InvoiceRules",
                                                    "The net price (BT-146) must be the gross price (BT-148) minus the "
                                                    "price discount (BT-147)."));
            }
        }
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R053", Both, [](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        if (c.ubl()) {
            int withSubtotals = 0;
            for (const XmlNode &t : inv.root.children(kCac, "TaxTotal"))
                withSubtotals += t.child(kCac, "TaxSubtotal") ? 1 : 0;
            if (withSubtotals != 1)
                c.fail(inv.root, QT_TRANSLATE_NOOP("InvoiceRules",
                                                   "The invoice needs exactly one VAT total with a VAT breakdown."));
            return;
        }
        if (inv.totalsNode.isNull())
            return;
        int inCurrency = 0;
        for (const AmountTerm &t : inv.vatTotals)
            inCurrency += t.currency == inv.currency.text ? 1 : 0;
        if (inCurrency > 1)
            c.fail(inv.totalsNode,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "The VAT total in the invoice currency (BT-110) is given more than once."));
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R054", Both, [](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        int count = 0;
        if (c.ubl()) {
            for (const XmlNode &t : inv.root.children(kCac, "TaxTotal"))
                count += t.child(kCac, "TaxSubtotal") ? 0 : 1;
        } else {
            if (inv.totalsNode.isNull() && !inv.vatCurrency.present())
                return;
            for (const AmountTerm &t : inv.vatTotals)
                count += t.currency != inv.currency.text ? 1 : 0;
        }
        if (count != (inv.vatCurrency.present() ? 1 : 0))
            c.fail(inv.root, QT_TRANSLATE_NOOP("InvoiceRules",
                                               "A VAT total without breakdown (BT-111) is needed exactly when the VAT "
                                               "accounting currency (BT-6) is given."));
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R055", Both, [](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        if (!inv.vatCurrency.present())
            return;
        QList<Decimal> inVat, inInvoice;
        for (const AmountTerm &t : inv.vatTotals) {
            const auto v = number(t);
            if (!v)
                continue;
            if (t.currency == inv.vatCurrency.text.simplified())
                inVat << *v;
            if (t.currency == inv.currency.text.simplified())
                inInvoice << *v;
        }
        if (c.cii() && inInvoice.isEmpty())
            return;
        const auto any = [](const QList<Decimal> &list, auto predicate) {
            return std::any_of(list.cbegin(), list.cend(), predicate);
        };
        const bool negative = c.ubl() ? any(inVat, [](const Decimal &d) { return d.sign() <= 0; }) &&
                                            any(inInvoice, [](const Decimal &d) { return d.sign() <= 0; })
                                      : any(inVat, [](const Decimal &d) { return d.sign() < 0; }) &&
                                            any(inInvoice, [](const Decimal &d) { return d.sign() < 0; });
        const bool positive = any(inVat, [](const Decimal &d) { return d.sign() >= 0; }) &&
                              any(inInvoice, [](const Decimal &d) { return d.sign() >= 0; });
        if (!negative && !positive)
            c.fail(inv.vatCurrency.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The VAT totals in the two currencies (BT-110, BT-111) must have "
                                                     "the same sign."));
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R061", Both, [](RuleContext &c) {
        for (const PaymentMeans &m : c.invoice.paymentMeans) {
            const QString code = m.typeCode.text.simplified();
            if (code != QStringLiteral("49") && code != QStringLiteral("59"))
                continue;
            bool mandate = false;
            if (c.ubl()) {
                mandate = !m.directDebitNode.child(kCbc, "ID").isNull();
            } else {
                for (const XmlNode &terms : m.node.parent().children(kRam, "SpecifiedTradePaymentTerms"))
                    mandate = mandate || terms.child(kRam, "DirectDebitMandateID");
            }
            if (!mandate)
                c.fail(
                    m.node,
                    QT_TRANSLATE_NOOP("InvoiceRules", "A direct debit (code %1) needs the mandate reference (BT-89)."),
                    {code});
        }
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R101", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            QList<XmlNode> references;
            if (c.ubl())
                references = l.node.children(kCac, "DocumentReference");
            else
                references =
                    l.node.child(kRam, "SpecifiedLineTradeSettlement").children(kRam, "AdditionalReferencedDocument");
            bool ok = references.isEmpty();
            for (const XmlNode &r : std::as_const(references))
                ok = ok || r.child(c.ubl() ? kCbc : kRam, c.ubl() ? "DocumentTypeCode" : "TypeCode").text() ==
                               QStringLiteral("130");
            if (!ok)
                c.fail(l.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "A document referenced from invoice line %1 may only be its invoiced object "
                                         "(code 130)."),
                       {l.id.trimmed()});
        }
    });
    const auto linePeriod = [&rules](const char *id, bool start) {
        xrechnungRule(rules, id, Both, [start](RuleContext &c) {
            const Term &header = start ? c.invoice.invoicingPeriod.start : c.invoice.invoicingPeriod.end;
            if (!header.present())
                return;
            for (const InvoiceLine &l : c.invoice.lines) {
                const Term &own = start ? l.period.start : l.period.end;
                if (!own.present())
                    continue;
                // As text: YYYY-MM-DD and YYYYMMDD order as the dates do.
                const bool ok = start ? own.trimmed() >= header.trimmed() : own.trimmed() <= header.trimmed();
                if (!ok)
                    c.fail(own.node,
                           start ? QT_TRANSLATE_NOOP("InvoiceRules",
                                                     "The period of invoice line %1 starts before the invoicing "
                                                     "period.")
                                 : QT_TRANSLATE_NOOP("InvoiceRules",
                                                     "The period of invoice line %1 ends after the invoicing period."),
                           {l.id.trimmed()});
            }
        });
    };
    linePeriod("PEPPOL-EN16931-R110", true);
    linePeriod("PEPPOL-EN16931-R111", false);
    rule(
        rules, "PEPPOL-EN16931-R120", Both,
        [](RuleContext &c) {
            // Line net amount = quantity × (price ÷ base quantity) + charges − allowances, within the
            // slack, each part as the official rule reads it (a missing part counts as 0 or 1).
            const auto value = [](const XmlNode &n, const char *fallback) -> std::optional<Decimal> {
                if (!n)
                    return Decimal::parse(QString::fromLatin1(fallback)).valueOr(Decimal());
                return decimalOf(n);
            };
            for (const InvoiceLine &l : c.invoice.lines) {
                XmlNode amount, quantity, price, base, fallbackBase;
                QList<XmlNode> acs;
                if (c.ubl()) {
                    amount = l.node.child(kCbc, "LineExtensionAmount");
                    quantity = l.node.child(kCbc, c.invoice.creditNote ? "CreditedQuantity" : "InvoicedQuantity");
                    price = l.node.child(kCac, "Price").child(kCbc, "PriceAmount");
                    base = l.node.child(kCac, "Price").child(kCbc, "BaseQuantity");
                    acs = l.node.children(kCac, "AllowanceCharge");
                } else {
                    const XmlNode settlement = l.node.child(kRam, "SpecifiedLineTradeSettlement");
                    const XmlNode agreement = l.node.child(kRam, "SpecifiedLineTradeAgreement");
                    amount = settlement.child(kRam, "SpecifiedTradeSettlementLineMonetarySummation")
                                 .child(kRam, "LineTotalAmount");
                    quantity = l.node.child(kRam, "SpecifiedLineTradeDelivery").child(kRam, "BilledQuantity");
                    price = agreement.child(kRam, "NetPriceProductTradePrice").child(kRam, "ChargeAmount");
                    base = agreement.child(kRam, "NetPriceProductTradePrice").child(kRam, "BasisQuantity");
                    fallbackBase = agreement.child(kRam, "GrossPriceProductTradePrice").child(kRam, "BasisQuantity");
                    acs = settlement.children(kRam, "SpecifiedTradeAllowanceCharge");
                }
                const auto net = value(amount, "0"), qty = value(quantity, "1"), unitPrice = value(price, "0");
                if (!net || !qty || !unitPrice)
                    continue; // not a number: the official rule stops there with an error
                Decimal perUnit = *Decimal::parse(u"1");
                for (const XmlNode &b : {base, fallbackBase}) {
                    const auto v = b ? decimalOf(b) : std::nullopt;
                    if (v && v->sign() != 0) {
                        perUnit = *v;
                        break;
                    }
                }
                Decimal allowances, charges;
                for (const XmlNode &ac : std::as_const(acs)) {
                    const QString indicator = (c.ubl() ? ac.child(kCbc, "ChargeIndicator")
                                                       : ac.child(kRam, "ChargeIndicator").child(kUdt, "Indicator"))
                                                  .text()
                                                  .simplified();
                    const auto a = decimalOf(ac.child(c.ubl() ? kCbc : kRam, c.ubl() ? "Amount" : "ActualAmount"));
                    if (indicator == QStringLiteral("false"))
                        allowances = plus(allowances, a.value_or(Decimal()));
                    else if (indicator == QStringLiteral("true"))
                        charges = plus(charges, a.value_or(Decimal()));
                }
                const Decimal expected = minus(
                    plus(times(*qty, unitPrice->div(perUnit, 20, RoundingMode::HalfAwayFromZero).valueOr(Decimal())),
                         round2(charges)),
                    round2(allowances));
                if (!slack(c.invoice, *net, expected))
                    c.fail(amount ? amount : l.node,
                           QT_TRANSLATE_NOOP("InvoiceRules",
                                             "The net amount of line %1 is %2, but quantity × price, plus charges "
                                             "and less allowances, gives %3."),
                           {l.id.text.trimmed(), net->toString(), round2(expected).toString()});
            }
        },
        FindingSeverity::Warning, true);
    xrechnungRule(rules, "PEPPOL-EN16931-R121", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            for (const XmlNode &q : baseQuantities(c, l)) {
                const auto v = decimalOf(q);
                if (q && !(v && v->sign() > 0))
                    c.fail(q, QT_TRANSLATE_NOOP("InvoiceRules",
                                                "The base quantity of a price (BT-149) must be above zero."));
            }
        }
    });
    xrechnungRule(rules, "PEPPOL-EN16931-R130", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            for (const XmlNode &q : baseQuantities(c, l)) {
                if (!q || !q.hasAttribute("unitCode"))
                    continue;
                if (c.ubl() && !l.quantity.present())
                    continue;
                if (q.attribute("unitCode") != l.quantity.unit || !l.quantity.hasUnit)
                    c.fail(q,
                           QT_TRANSLATE_NOOP("InvoiceRules",
                                             "The unit of the price's base quantity (BT-150) differs from that of the "
                                             "invoiced quantity (BT-130) on line %1."),
                           {l.id.trimmed()});
            }
        }
    });
}

} // namespace amtsdesk::invoicerules
