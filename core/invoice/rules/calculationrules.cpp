// EN 16931 conditions BR-CO-…: totals agree with their parts (exact decimals, the official
// rounding round(x * 100) div 100, half towards positive infinity), and what goes together.
// Where an amount the test needs is missing, the comparison is false, as in XPath.
#include "invoice/invoicereader.h"
#include "invoice/rules/rulehelpers.h"

namespace amtsdesk::invoicerules {

namespace {

constexpr int Both = InvoiceRule::Both;
using xmlns::kCac;
using xmlns::kCbc;
using xmlns::kRam;

using Num = std::optional<Decimal>;

bool same(const Num &a, const Num &b)
{
    return a && b && *a == *b;
}

Num add(const Num &a, const Num &b)
{
    if (!a || !b)
        return std::nullopt;
    return plus(*a, *b);
}

Num sub(const Num &a, const Num &b)
{
    if (!a || !b)
        return std::nullopt;
    return minus(*a, *b);
}

Num r2(const Num &a)
{
    if (!a)
        return std::nullopt;
    return round2(*a);
}

// XPath round() to a whole number (half towards positive infinity).
Decimal roundWhole(const Decimal &d)
{
    auto r = d.rounded(0, RoundingMode::HalfUp);
    return r ? *r : d;
}

// XPath's effective boolean value of xs:decimal(x): false when absent or zero.
bool truthy(const Num &n)
{
    return n && !n->isZero();
}

Decimal sumOf(const QList<AllowanceCharge> &list)
{
    Decimal sum;
    for (const AllowanceCharge &a : list)
        sum = plus(sum, numberOrZero(a.amount));
    return sum;
}

QString show(const Num &n)
{
    return n ? n->toString() : QStringLiteral("—");
}

// The ISO 3166-1 alpha-2 codes with the VAT prefixes 1A (Kosovo), EL (Greece) and XI (Northern
// Ireland), as the official rule BR-CO-09 lists them.
const QString &countryList()
{
    static const QString list = QStringLiteral(" 1A AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG "
                                               "BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA "
                                               "CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO "
                                               "DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO FR GA GB "
                                               "GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU "
                                               "ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH "
                                               "KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME "
                                               "MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX "
                                               "MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
                                               "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE "
                                               "SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK "
                                               "TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC "
                                               "VE VG VI VN VU WF WS XI YE YT ZA ZM ZW ");
    return list;
}

} // namespace

void addCalculationRules(QList<InvoiceRule> &rules)
{
    rule(rules, "BR-CO-03", Both, [](RuleContext &c) {
        const bool both = c.invoice.taxPointDate.present() && c.invoice.vatDueDateCode.present();
        if (!both)
            return;
        if (c.ubl()) {
            c.fail(c.invoice.taxPointDate.node,
                   QT_TRANSLATE_NOOP("InvoiceRules", "The invoice gives both a VAT point date (BT-7) and a "
                                                     "VAT point date code (BT-8); only one of them may be given."));
            return;
        }
        for (const VatBreakdown &b : c.invoice.vatBreakdown) {
            const QString category = b.category.trimmed();
            if (category == QStringLiteral("L") || category == QStringLiteral("M") || category == QStringLiteral("O"))
                continue;
            c.fail(b.node, QT_TRANSLATE_NOOP("InvoiceRules",
                                             "The invoice gives both a VAT point date (BT-7) and a VAT point date "
                                             "code (BT-8); only one of them may be given."));
        }
    });
    rule(rules, "BR-CO-04", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            bool categorised = false;
            if (c.ubl()) {
                const XmlNode tax = l.node.child(kCac, "Item").child(kCac, "ClassifiedTaxCategory");
                categorised = tax.child(kCac, "TaxScheme").child(kCbc, "ID").text().simplified().toUpper() ==
                                  QStringLiteral("VAT") &&
                              tax.child(kCbc, "ID");
            } else {
                const XmlNode tax =
                    l.node.child(kRam, "SpecifiedLineTradeSettlement").child(kRam, "ApplicableTradeTax");
                categorised = tax.child(kRam, "TypeCode").text().toUpper() == QStringLiteral("VAT") &&
                              tax.child(kRam, "CategoryCode");
            }
            if (!categorised)
                c.fail(l.node, QT_TRANSLATE_NOOP("InvoiceRules", "Invoice line %1 has no VAT category code (BT-151)."),
                       {l.id.trimmed()});
        }
    });
    // BR-CO-05 … BR-CO-08 (the reason code and reason of an allowance or charge mean the same)
    // cannot be tested by a machine; the official rules state them as always true.
    for (const char *id : {"BR-CO-05", "BR-CO-06", "BR-CO-07", "BR-CO-08"})
        rule(rules, id, Both, [](RuleContext &) {});
    // In CII a credit transfer (codes 30 and 58) names its account by an IBAN or by a proprietary
    // identifier, not both. The rule's context is the credit transfer codes, as in the Factur-X
    // rules and the correction of the CEN rule (EN 16931 issue 454); other payment means (42,
    // "payment to bank account", for one) may carry both. A transfer without any account is
    // left to BR-50 and BR-61, as the CEN examples show (CII_example5 is valid).
    rule(rules, "BR-CO-27", InvoiceRule::Cii, [](RuleContext &c) {
        for (const PaymentMeans &m : c.invoice.paymentMeans) {
            const QString code = m.typeCode.text.simplified();
            if (code != QStringLiteral("30") && code != QStringLiteral("58"))
                continue;
            bool iban = false, proprietary = false;
            for (const XmlNode &account : m.node.children(kRam, "PayeePartyCreditorFinancialAccount")) {
                iban = iban || account.child(kRam, "IBANID");
                proprietary = proprietary || account.child(kRam, "ProprietaryID");
            }
            if (iban && proprietary)
                c.fail(m.node.child(kRam, "PayeePartyCreditorFinancialAccount"),
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "A payment account gives both an IBAN and a proprietary identifier "
                                         "(BT-84); use one of them."));
        }
    });
    rule(rules, "BR-CO-09", Both, [](RuleContext &c) {
        const auto check = [&c](const XmlNode &node, const QString &id) {
            const QString prefix = id.left(2);
            const bool known = c.ubl() ? countryList().contains(prefix)
                                       : countryList().contains(QLatin1Char(' ') + prefix + QLatin1Char(' '));
            if (!known)
                c.fail(node,
                       QT_TRANSLATE_NOOP("InvoiceRules", "The VAT identifier %1 does not start with a country code."),
                       {id});
        };
        // Every VAT identifier in the invoice: seller, buyer and tax representative.
        for (const Party *p : {&c.invoice.seller, &c.invoice.buyer, &c.invoice.taxRepresentative}) {
            if (c.ubl()) {
                for (const XmlNode &scheme : p->node.children(kCac, "PartyTaxScheme")) {
                    if (scheme.child(kCac, "TaxScheme").child(kCbc, "ID").text().simplified().toUpper() ==
                        QStringLiteral("VAT"))
                        check(scheme.child(kCbc, "CompanyID"), scheme.child(kCbc, "CompanyID").text());
                }
            } else {
                for (const XmlNode &registration : p->node.children(kRam, "SpecifiedTaxRegistration")) {
                    const XmlNode id = registration.child(kRam, "ID");
                    if (id.attribute("schemeID") == QStringLiteral("VA"))
                        check(id, id.text());
                }
            }
        }
    });
    rule(rules, "BR-CO-10", Both, [](RuleContext &c) {
        if (c.invoice.totalsNode.isNull())
            return;
        Decimal sum;
        for (const InvoiceLine &l : c.invoice.lines)
            sum = plus(sum, numberOrZero(l.netAmount));
        if (!same(number(c.invoice.lineTotal), round2(sum)))
            c.fail(c.invoice.lineTotal.present() ? c.invoice.lineTotal.node : c.invoice.totalsNode,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "The sum of the line net amounts (BT-106) is %1, but the lines add up to %2."),
                   {show(number(c.invoice.lineTotal)), round2(sum).toString()});
    });
    const auto totalOf = [&rules](const char *id, bool charges) {
        rule(rules, id, Both, [charges](RuleContext &c) {
            if (c.invoice.totalsNode.isNull())
                return;
            const AmountTerm &total = charges ? c.invoice.chargeTotal : c.invoice.allowanceTotal;
            const QList<AllowanceCharge> &parts = charges ? c.invoice.charges : c.invoice.allowances;
            if (!total.present() && parts.isEmpty())
                return;
            const Decimal sum = round2(sumOf(parts));
            if (!same(number(total), sum))
                c.fail(
                    total.present() ? total.node : c.invoice.totalsNode,
                    charges
                        ? QT_TRANSLATE_NOOP(
                              "InvoiceRules",
                              "The sum of charges (BT-108) is %1, but the document level charges add up to %2.")
                        : QT_TRANSLATE_NOOP(
                              "InvoiceRules",
                              "The sum of allowances (BT-107) is %1, but the document level allowances add up to %2."),
                    {show(number(total)), sum.toString()});
        });
    };
    totalOf("BR-CO-11", false);
    totalOf("BR-CO-12", true);
    rule(rules, "BR-CO-13", Both, [](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        if (inv.totalsNode.isNull())
            return;
        const Num net = number(inv.totalWithoutVat), lines = number(inv.lineTotal);
        const Num allowances = number(inv.allowanceTotal), charges = number(inv.chargeTotal);
        const bool a = inv.allowanceTotal.present(), ch = inv.chargeTotal.present();
        bool ok = false;
        if (c.ubl()) {
            ok = (ch && a && same(net, r2(sub(add(lines, charges), allowances)))) ||
                 (!ch && a && same(net, r2(sub(lines, allowances)))) ||
                 (ch && !a && same(net, r2(add(lines, charges)))) || (!ch && !a && same(net, lines));
        } else {
            ok = same(net, r2(add(sub(lines, allowances), charges))) ||
                 (same(net, r2(sub(lines, allowances))) && !ch) || (same(net, r2(add(lines, charges))) && !a) ||
                 (same(net, r2(lines)) && !ch && !a);
        }
        if (!ok)
            c.fail(inv.totalWithoutVat.present() ? inv.totalWithoutVat.node : inv.totalsNode,
                   QT_TRANSLATE_NOOP(
                       "InvoiceRules",
                       "The total without VAT (BT-109) is %1; it must be the sum of the lines (BT-106) minus "
                       "allowances (BT-107) plus charges (BT-108)."),
                   {show(net)});
    });
    rule(rules, "BR-CO-14", Both, [](RuleContext &c) {
        Decimal sum;
        for (const VatBreakdown &b : c.invoice.vatBreakdown)
            sum = plus(sum, numberOrZero(b.taxAmount));
        if (c.ubl()) {
            for (const XmlNode &total : c.invoice.root.children(kCac, "TaxTotal")) {
                Decimal own;
                const QList<XmlNode> subtotals = total.children(kCac, "TaxSubtotal");
                for (const XmlNode &sub : subtotals)
                    own = plus(own, number(Term{sub, sub.child(kCbc, "TaxAmount").text()}).value_or(Decimal()));
                const XmlNode amount = total.child(kCbc, "TaxAmount");
                if (!subtotals.isEmpty() && !same(number(Term{amount, amount.text()}), round2(own)))
                    c.fail(amount ? amount : total,
                           QT_TRANSLATE_NOOP("InvoiceRules", "The VAT total (BT-110) is %1, but the VAT breakdown "
                                                             "adds up to %2."),
                           {amount.text().trimmed(), round2(own).toString()});
            }
            return;
        }
        for (const AmountTerm &total : c.invoice.vatTotals) {
            if (total.currency != c.invoice.currency.text)
                continue;
            if (!same(number(total), round2(sum)))
                c.fail(total.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "The VAT total (BT-110) is %1, but the VAT breakdown adds up to %2."),
                       {total.trimmed(), round2(sum).toString()});
        }
    });
    rule(rules, "BR-CO-15", Both, [](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        if (!inv.currency.present())
            return;
        const QString currency = inv.currency.text;
        int count = 0;
        Num tax;
        for (const AmountTerm &t : inv.vatTotals) {
            if (t.hasCurrency && t.currency == currency) {
                ++count;
                tax = number(t);
            }
        }
        const Num gross = number(inv.totalWithVat), net = number(inv.totalWithoutVat);
        bool ok = count == 1 && same(gross, r2(add(net, tax)));
        if (c.cii())
            ok = ok || same(gross, net);
        if (!ok)
            c.fail(
                inv.totalWithVat.present() ? inv.totalWithVat.node : inv.root,
                QT_TRANSLATE_NOOP("InvoiceRules",
                                  "The total with VAT (BT-112) is %1; it must be the total without VAT (BT-109) plus "
                                  "exactly one VAT total in the invoice currency (BT-110)."),
                {show(gross)});
    });
    rule(rules, "BR-CO-16", Both, [](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        // The XRechnung extension adds third party payments to the amount due; its own rule
        // BR-DEX-09 checks the sum there, as the KoSIT validator's extension scenario does.
        if (inv.totalsNode.isNull() || isXRechnungExtension(inv))
            return;
        const Num due = number(inv.amountDue), gross = number(inv.totalWithVat), prepaid = number(inv.prepaid),
                  rounding = number(inv.rounding);
        bool ok = false;
        if (c.ubl()) {
            const bool p = inv.prepaid.present(), r = inv.rounding.present();
            ok = (p && !r && same(due, r2(sub(gross, prepaid)))) || (!p && !r && same(due, gross)) ||
                 (p && r && same(r2(sub(due, rounding)), r2(sub(gross, prepaid)))) ||
                 (!p && r && same(r2(sub(due, rounding)), gross));
        } else {
            ok = same(due, add(sub(gross, prepaid), rounding)) ||
                 (same(due, add(gross, rounding)) && !truthy(prepaid)) ||
                 (same(due, sub(gross, prepaid)) && !truthy(rounding)) ||
                 (same(due, gross) && !truthy(prepaid) && !truthy(rounding));
        }
        if (!ok)
            c.fail(inv.amountDue.present() ? inv.amountDue.node : inv.totalsNode,
                   QT_TRANSLATE_NOOP(
                       "InvoiceRules",
                       "The amount due (BT-115) is %1; it must be the total with VAT (BT-112) minus the paid "
                       "amount (BT-113) plus the rounding amount (BT-114)."),
                   {show(due)});
    });
    rule(rules, "BR-CO-17", Both, [](RuleContext &c) {
        for (const VatBreakdown &b : c.invoice.vatBreakdown) {
            bool vat = true;
            if (c.ubl()) {
                const XmlNode category = b.node.child(kCac, "TaxCategory");
                vat = category.child(kCac, "TaxScheme").child(kCbc, "ID").text().simplified().toUpper() ==
                      QStringLiteral("VAT");
            } else {
                const QString category = b.category.trimmed();
                if (category == QStringLiteral("L") || category == QStringLiteral("M") ||
                    category == QStringLiteral("O"))
                    continue;
                vat = b.node.child(kRam, "TypeCode").text().simplified().toUpper() == QStringLiteral("VAT");
            }
            const Num rate = vat ? number(b.rate) : std::nullopt;
            const Num tax = number(b.taxAmount), base = number(b.taxableAmount);
            bool ok = false;
            if (!rate) {
                ok = tax && roundWhole(*tax).isZero();
            } else if (roundWhole(*rate).isZero()) {
                ok = tax && roundWhole(*tax).isZero();
            } else if (tax && base) {
                // Within one currency unit of taxable amount × rate, rounded to cents.
                const Decimal hundred = Decimal::fromInt(100);
                const Decimal expected =
                    round2(times(base->abs(), rate->div(hundred, 20, RoundingMode::HalfUp).valueOr(Decimal())));
                const Decimal low = minus(tax->abs(), Decimal::fromInt(1)),
                              high = plus(tax->abs(), Decimal::fromInt(1));
                ok = c.ubl() ? (low < expected && high > expected) : (low <= expected && high >= expected);
            }
            if (!ok)
                c.fail(b.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "The VAT amount of category \"%1\" (BT-117) is %2; at the rate of %3 % on %4 "
                                         "it should be within one currency unit of the taxable amount times the rate."),
                       {b.category.trimmed(), b.taxAmount.trimmed(), b.rate.trimmed(), b.taxableAmount.trimmed()});
        }
    });
    rule(rules, "BR-CO-18", Both, [](RuleContext &c) {
        if (!c.invoice.vatBreakdown.isEmpty())
            return;
        if (c.ubl()) {
            c.fail(c.invoice.root, QT_TRANSLATE_NOOP("InvoiceRules", "The invoice has no VAT breakdown (BG-23)."));
            return;
        }
        for (const InvoiceLine &l : c.invoice.lines)
            c.fail(l.node, QT_TRANSLATE_NOOP("InvoiceRules", "The invoice has no VAT breakdown (BG-23)."));
    });
    rule(rules, "BR-CO-19", Both, [](RuleContext &c) {
        const Period &p = c.invoice.invoicingPeriod;
        if (!p.present())
            return;
        const bool ok = p.start.present() || p.end.present() || (c.ubl() && c.invoice.vatDueDateCode.present());
        if (!ok)
            c.fail(p.node, QT_TRANSLATE_NOOP(
                               "InvoiceRules",
                               "The invoicing period (BG-14) gives neither a start (BT-73) nor an end date (BT-74)."));
    });
    rule(rules, "BR-CO-20", Both, [](RuleContext &c) {
        for (const InvoiceLine &l : c.invoice.lines) {
            if (l.period.present() && !l.period.start.present() && !l.period.end.present())
                c.fail(
                    l.period.node,
                    QT_TRANSLATE_NOOP("InvoiceRules",
                                      "The period of invoice line %1 (BG-26) gives neither a start nor an end date."),
                    {l.id.trimmed()});
        }
    });
    const auto reasons = [&rules](const char *id, bool lineLevel, bool charges, const char *message) {
        rule(rules, id, Both, [lineLevel, charges, message](RuleContext &c) {
            const auto check = [&](const QList<AllowanceCharge> &list) {
                for (const AllowanceCharge &a : list) {
                    if (!a.reason.present() && !a.reasonCode.present())
                        c.fail(a.node, message);
                }
            };
            if (!lineLevel) {
                check(charges ? c.invoice.charges : c.invoice.allowances);
                return;
            }
            for (const InvoiceLine &l : c.invoice.lines)
                check(charges ? l.charges : l.allowances);
        });
    };
    reasons("BR-CO-21", false, false,
            QT_TRANSLATE_NOOP("InvoiceRules",
                              "A document level allowance needs a reason (BT-97) or a reason code (BT-98)."));
    reasons("BR-CO-22", false, true,
            QT_TRANSLATE_NOOP("InvoiceRules",
                              "A document level charge needs a reason (BT-104) or a reason code (BT-105)."));
    reasons("BR-CO-23", true, false,
            QT_TRANSLATE_NOOP("InvoiceRules", "A line allowance needs a reason (BT-139) or a reason code (BT-140)."));
    reasons("BR-CO-24", true, true,
            QT_TRANSLATE_NOOP("InvoiceRules", "A line charge needs a reason (BT-144) or a reason code (BT-145)."));
    rule(rules, "BR-CO-25", Both, [](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        if (c.ubl() && (inv.creditNote || !inv.amountDue.present()))
            return;
        const Num due = number(inv.amountDue);
        const bool positive = due && due->sign() > 0;
        if (c.cii() && !positive)
            return;
        const bool unreadable = c.ubl() && !due; // a non-number compares neither > 0 nor <= 0
        if (!positive && !unreadable)
            return;
        if (!inv.paymentDueDate.present() && inv.paymentTerms.isEmpty())
            c.fail(inv.amountDue.present() ? inv.amountDue.node : inv.root,
                   QT_TRANSLATE_NOOP(
                       "InvoiceRules",
                       "An amount is due (BT-115), but the invoice gives neither a payment due date (BT-9) nor "
                       "payment terms (BT-20)."));
    });
    rule(rules, "BR-CO-26", Both, [](RuleContext &c) {
        const Party &s = c.invoice.seller;
        if (!s.present())
            return;
        const bool identified = s.vatIdentifier.present() || !s.identifiers.isEmpty() || s.legalRegistration.present();
        if (!identified)
            c.fail(s.node,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "The seller needs an identifier (BT-29), a legal registration identifier (BT-30) "
                                     "or a VAT identifier (BT-31)."));
    });
}

} // namespace amtsdesk::invoicerules
