// EN 16931 rules per VAT category: standard rate (BR-S), zero rated (BR-Z), exempt (BR-E),
// reverse charge (BR-AE), intra-community supply (BR-IC, code K), export (BR-G), not subject
// to VAT (BR-O), Canary Islands IGIC (BR-AF, code L), Ceuta and Melilla IPSI (BR-AG, code M),
// and Italian split payment (BR-B). The ten rules of each family follow one pattern with the
// differences the official tests make per category and syntax kept in the Family table.
#include "invoice/invoicereader.h"
#include "invoice/rules/rulehelpers.h"

namespace amtsdesk::invoicerules {

namespace {

using xmlns::kCac;
using xmlns::kCbc;
using xmlns::kRam;

enum class Rate { Positive, Zero, None, NotNegative };
enum class SellerId { AnyTaxId, VatOnly, ReverseCharge, IntraCommunity, Forbidden };

struct Family {
    const char *prefix; // BR-S, BR-Z, …
    const char *code;   // the category code
    bool perRate;       // S, L, M: one breakdown per rate, taxable amount within ±1
    Rate rate;
    SellerId sellerId;
    bool exemptionRequired;  // E, AE, K, G, O: a reason is required; the others may give none
    bool taxWithinTolerance; // S, L, M: VAT = taxable × rate (±1); the others: VAT = 0
};

const Family kFamilies[] = {
    {"BR-S", "S", true, Rate::Positive, SellerId::AnyTaxId, false, true},
    {"BR-Z", "Z", false, Rate::Zero, SellerId::AnyTaxId, false, false},
    {"BR-E", "E", false, Rate::Zero, SellerId::AnyTaxId, true, false},
    {"BR-AE", "AE", false, Rate::Zero, SellerId::ReverseCharge, true, false},
    {"BR-IC", "K", false, Rate::Zero, SellerId::IntraCommunity, true, false},
    {"BR-G", "G", false, Rate::Zero, SellerId::VatOnly, true, false},
    {"BR-O", "O", false, Rate::None, SellerId::Forbidden, true, false},
    {"BR-AF", "L", true, Rate::NotNegative, SellerId::AnyTaxId, false, true},
    {"BR-AG", "M", true, Rate::NotNegative, SellerId::AnyTaxId, false, true},
};

QString id(const Family &f, int n)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(f.prefix)).arg(n, 2, 10, QLatin1Char('0'));
}

// A category as a rule sees it: where it stands, its code and its rate.
struct Use {
    XmlNode node;
    QString code;
    Term rate;
};

QList<Use> lineUses(const EInvoice &inv)
{
    QList<Use> out;
    for (const InvoiceLine &l : inv.lines) {
        if (l.vatCategory.present())
            out << Use{l.node, l.vatCategory.text.trimmed(), l.vatRate};
    }
    return out;
}

QList<Use> documentUses(const QList<AllowanceCharge> &list)
{
    QList<Use> out;
    for (const AllowanceCharge &a : list) {
        if (a.vatCategory.present())
            out << Use{a.node, a.vatCategory.text.trimmed(), a.vatRate};
    }
    return out;
}

int countCode(const QList<Use> &uses, const QString &code)
{
    int n = 0;
    for (const Use &u : uses)
        n += u.code == code ? 1 : 0;
    return n;
}

QList<const VatBreakdown *> breakdowns(const EInvoice &inv, const QString &code)
{
    QList<const VatBreakdown *> out;
    for (const VatBreakdown &b : inv.vatBreakdown) {
        if (b.category.text.trimmed() == code)
            out << &b;
    }
    return out;
}

// The seller's tax identification the categories ask for.
bool sellerVat(const EInvoice &inv)
{
    return inv.seller.vatIdentifier.present() || inv.taxRepresentative.vatIdentifier.present();
}

bool sellerAnyTaxId(const EInvoice &inv)
{
    // UBL: any PartyTaxScheme/CompanyID of the seller; CII: an ID with scheme VA or FC.
    return inv.seller.vatIdentifier.present() || inv.seller.taxRegistration.present() ||
           inv.taxRepresentative.vatIdentifier.present();
}

bool buyerVat(const EInvoice &inv)
{
    return inv.buyer.vatIdentifier.present();
}

bool identified(const EInvoice &inv, SellerId rule)
{
    switch (rule) {
    case SellerId::AnyTaxId: return sellerAnyTaxId(inv);
    case SellerId::VatOnly: return sellerVat(inv);
    case SellerId::ReverseCharge:
        return sellerAnyTaxId(inv) && (buyerVat(inv) || inv.buyer.legalRegistration.present());
    case SellerId::IntraCommunity: return sellerVat(inv) && buyerVat(inv);
    case SellerId::Forbidden: return !sellerVat(inv) && !buyerVat(inv);
    }
    return true;
}

bool rateOk(Rate rule, const Term &rate)
{
    const auto r = number(rate);
    switch (rule) {
    case Rate::Positive: return r && r->sign() > 0;
    case Rate::Zero: return r && r->isZero();
    case Rate::None: return !rate.present();
    case Rate::NotNegative: return r && r->sign() >= 0;
    }
    return true;
}

// Σ lines + Σ charges − Σ allowances of the category (and rate, when given); each sum rounded
// to cents when `roundEach`, as the CII tests do.
Decimal basis(const EInvoice &inv, const QString &code, const std::optional<Decimal> &rate, bool roundEach)
{
    const auto matches = [&](const Term &category, const Term &r) {
        if (category.text.trimmed() != code)
            return false;
        if (!rate)
            return true;
        const auto value = number(r);
        return value && *value == *rate;
    };
    Decimal lines, charges, allowances;
    for (const InvoiceLine &l : inv.lines) {
        if (matches(l.vatCategory, l.vatRate))
            lines = plus(lines, numberOrZero(l.netAmount));
    }
    for (const AllowanceCharge &a : inv.charges) {
        if (matches(a.vatCategory, a.vatRate))
            charges = plus(charges, numberOrZero(a.amount));
    }
    for (const AllowanceCharge &a : inv.allowances) {
        if (matches(a.vatCategory, a.vatRate))
            allowances = plus(allowances, numberOrZero(a.amount));
    }
    if (roundEach)
        return minus(plus(round2(lines), round2(charges)), round2(allowances));
    return minus(plus(lines, charges), allowances);
}

bool withinOne(const Decimal &value, const Decimal &target, bool strict)
{
    const Decimal low = minus(value, Decimal::fromInt(1)), high = plus(value, Decimal::fromInt(1));
    return strict ? (low < target && high > target) : (low <= target && high >= target);
}

void addFamily(QList<InvoiceRule> &rules, const Family &f)
{
    const QString code = QString::fromLatin1(f.code);
    const int both = InvoiceRule::Both;

    // 01: the category is used in lines, allowances or charges exactly where the breakdown has it.
    rule(rules, qPrintable(id(f, 1)), both, [f, code](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        const int inLines = countCode(lineUses(inv), code);
        const int inDocument = countCode(documentUses(inv.allowances) + documentUses(inv.charges), code);
        const int inBreakdown = int(breakdowns(inv, code).size());
        bool ok = true;
        if (c.ubl()) {
            if (f.perRate)
                ok = (inLines + inDocument > 0 && inBreakdown > 0) || (inLines + inDocument == 0 && inBreakdown == 0);
            else
                ok = (inLines + inDocument + inBreakdown == 0) || inBreakdown == 1;
        } else if (f.perRate) {
            ok = (inLines + inBreakdown >= 2 || inLines == 0) && (inDocument + inBreakdown >= 2 || inDocument == 0);
        } else {
            ok = (inBreakdown == 0 && inLines == 0 && inDocument == 0) ||
                 (inBreakdown == 1 && (inLines > 0 || inDocument > 0));
        }
        if (!ok)
            c.fail(inv.root,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "VAT category %1 is used in the lines, allowances or charges but not "
                                     "(or not exactly once) in the VAT breakdown (BG-23), or the other way round."),
                   {code});
    });
    // 02–04: who must be identified for VAT where the category is used.
    const auto identification = [&rules, f, code](int n, std::function<QList<Use>(const EInvoice &)> uses) {
        rule(rules, qPrintable(id(f, n)), InvoiceRule::Both, [f, code, uses](RuleContext &c) {
            for (const Use &u : uses(c.invoice)) {
                if (u.code == code && !identified(c.invoice, f.sellerId)) {
                    c.fail(u.node,
                           f.sellerId == SellerId::Forbidden
                               ? QT_TRANSLATE_NOOP("InvoiceRules",
                                                   "Where VAT category %1 (not subject to VAT) is used, neither the "
                                                   "seller nor the buyer may give a VAT identifier.")
                               : QT_TRANSLATE_NOOP("InvoiceRules",
                                                   "Where VAT category %1 is used, the invoice needs the seller's "
                                                   "VAT identifier or tax number (for some categories also the "
                                                   "buyer's)."),
                           {code});
                    if (c.ubl())
                        return; // the UBL test is one per invoice
                }
            }
        });
    };
    identification(2, [](const EInvoice &i) { return lineUses(i); });
    identification(3, [](const EInvoice &i) { return documentUses(i.allowances); });
    identification(4, [](const EInvoice &i) { return documentUses(i.charges); });
    // 05–07: the rate of lines, allowances and charges in the category.
    const auto rates = [&rules, f, code](int n, std::function<QList<Use>(const EInvoice &)> uses) {
        rule(rules, qPrintable(id(f, n)), InvoiceRule::Both, [f, code, uses](RuleContext &c) {
            for (const Use &u : uses(c.invoice)) {
                if (u.code == code && !rateOk(f.rate, u.rate))
                    c.fail(
                        u.rate.present() ? u.rate.node : u.node,
                        f.rate == Rate::None
                            ? QT_TRANSLATE_NOOP("InvoiceRules", "VAT category %1 takes no VAT rate, but one is given.")
                        : f.rate == Rate::Positive
                            ? QT_TRANSLATE_NOOP("InvoiceRules", "VAT category %1 needs a VAT rate above zero.")
                        : f.rate == Rate::Zero
                            ? QT_TRANSLATE_NOOP("InvoiceRules", "VAT category %1 needs the VAT rate 0.")
                            : QT_TRANSLATE_NOOP("InvoiceRules", "VAT category %1 needs a VAT rate of zero or more."),
                        {code});
            }
        });
    };
    rates(5, [](const EInvoice &i) { return lineUses(i); });
    rates(6, [](const EInvoice &i) { return documentUses(i.allowances); });
    rates(7, [](const EInvoice &i) { return documentUses(i.charges); });
    // 08: the taxable amount of the breakdown is what the lines, charges and allowances make.
    rule(rules, qPrintable(id(f, 8)), both, [f, code](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        for (const VatBreakdown *b : breakdowns(inv, code)) {
            const auto taxable = number(b->taxableAmount);
            bool ok = true;
            if (f.perRate) {
                if (c.cii() && f.rate == Rate::NotNegative)
                    continue; // CII's BR-AF-08/BR-AG-08 iterate over nothing and never fail
                const auto rate = number(b->rate);
                if (!rate)
                    continue;
                if (c.ubl()) {
                    bool used = false;
                    for (const Use &u : lineUses(inv) + documentUses(inv.allowances) + documentUses(inv.charges)) {
                        const auto r = number(u.rate);
                        used = used || (u.code == code && r && *r == *rate);
                    }
                    ok = used && taxable && withinOne(*taxable, basis(inv, code, rate, false), true);
                } else {
                    ok = taxable && *taxable == basis(inv, code, rate, true);
                }
            } else if (c.ubl()) {
                ok = taxable && *taxable == basis(inv, code, std::nullopt, false);
            } else if (f.sellerId == SellerId::Forbidden) {
                ok = taxable && *taxable == basis(inv, code, std::nullopt, true);
            } else {
                ok = taxable && withinOne(*taxable, basis(inv, code, std::nullopt, true), true);
            }
            if (!ok)
                c.fail(b->node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "The taxable amount of VAT category %1 (BT-116) is %2; it must be the sum "
                                         "of the line net amounts minus allowances plus charges of that category."),
                       {code, b->taxableAmount.trimmed()});
        }
    });
    // 09: the VAT amount of the breakdown.
    rule(rules, qPrintable(id(f, 9)), both, [f, code](RuleContext &c) {
        for (const VatBreakdown *b : breakdowns(c.invoice, code)) {
            const auto tax = number(b->taxAmount), taxable = number(b->taxableAmount), rate = number(b->rate);
            bool ok = true;
            if (f.taxWithinTolerance) {
                if (c.cii() && f.rate == Rate::NotNegative)
                    continue; // CII's BR-AF-09/BR-AG-09 are true()
                ok = tax && taxable && rate &&
                     withinOne(
                         tax->abs(),
                         round2(times(taxable->abs(),
                                      rate->div(Decimal::fromInt(100), 20, RoundingMode::HalfUp).valueOr(Decimal()))),
                         true);
            } else {
                ok = tax && tax->isZero();
            }
            if (!ok)
                c.fail(b->node,
                       f.taxWithinTolerance
                           ? QT_TRANSLATE_NOOP("InvoiceRules",
                                               "The VAT amount of category %1 (BT-117) does not match taxable "
                                               "amount times rate.")
                           : QT_TRANSLATE_NOOP("InvoiceRules", "The VAT amount of category %1 (BT-117) must be 0."),
                       {code});
        }
    });
    // 10: the exemption reason.
    rule(rules, qPrintable(id(f, 10)), both, [f, code](RuleContext &c) {
        for (const VatBreakdown *b : breakdowns(c.invoice, code)) {
            const bool given = b->exemptionReason.present() || b->exemptionReasonCode.present();
            if (given != f.exemptionRequired)
                c.fail(
                    b->node,
                    f.exemptionRequired
                        ? QT_TRANSLATE_NOOP("InvoiceRules",
                                            "VAT category %1 needs an exemption reason (BT-120) or its code (BT-121).")
                        : QT_TRANSLATE_NOOP("InvoiceRules",
                                            "VAT category %1 takes no exemption reason (BT-120, BT-121)."),
                    {code});
        }
    });
}

} // namespace

void addVatCategoryRules(QList<InvoiceRule> &rules)
{
    for (const Family &f : kFamilies)
        addFamily(rules, f);
    // Intra-community supply: a delivery date or period, and where the goods went.
    rule(rules, "BR-IC-11", InvoiceRule::Both, [](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        if (breakdowns(inv, QStringLiteral("K")).isEmpty())
            return;
        const bool dated = c.ubl() ? (inv.deliveryDate.text.size() > 1 || inv.invoicingPeriod.node.hasElementChildren())
                                   : (inv.deliveryDate.present() || inv.invoicingPeriod.start.present() ||
                                      inv.invoicingPeriod.end.present());
        if (!dated)
            c.fail(inv.root,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "An intra-community supply needs the delivery date (BT-72) or the invoicing "
                                     "period (BG-14)."));
    });
    rule(rules, "BR-IC-12", InvoiceRule::Both, [](RuleContext &c) {
        const EInvoice &inv = c.invoice;
        if (breakdowns(inv, QStringLiteral("K")).isEmpty())
            return;
        const Term &country = inv.deliverTo.address.country;
        if (c.ubl() ? country.text.size() <= 1 : !country.present())
            c.fail(inv.root, QT_TRANSLATE_NOOP("InvoiceRules",
                                               "An intra-community supply needs the deliver-to country (BT-80)."));
    });
    // Not subject to VAT: no other category anywhere.
    const auto onlyO = [&rules](const char *id, std::function<QList<Use>(const EInvoice &)> uses, const char *message) {
        rule(rules, id, InvoiceRule::Both, [uses, message](RuleContext &c) {
            if (breakdowns(c.invoice, QStringLiteral("O")).isEmpty())
                return;
            for (const Use &u : uses(c.invoice)) {
                if (u.code != QStringLiteral("O")) {
                    c.fail(u.node, message);
                    return;
                }
            }
        });
    };
    onlyO(
        "BR-O-11",
        [](const EInvoice &i) {
            QList<Use> out;
            for (const VatBreakdown &b : i.vatBreakdown)
                out << Use{b.node, b.category.text.trimmed(), b.rate};
            return out;
        },
        QT_TRANSLATE_NOOP(
            "InvoiceRules",
            "An invoice not subject to VAT (category O) may have no other VAT category in its breakdown."));
    onlyO(
        "BR-O-12", [](const EInvoice &i) { return lineUses(i); },
        QT_TRANSLATE_NOOP("InvoiceRules",
                          "An invoice not subject to VAT (category O) may have no line in another VAT category."));
    onlyO(
        "BR-O-13", [](const EInvoice &i) { return documentUses(i.allowances); },
        QT_TRANSLATE_NOOP("InvoiceRules",
                          "An invoice not subject to VAT (category O) may have no allowance in another VAT category."));
    onlyO(
        "BR-O-14", [](const EInvoice &i) { return documentUses(i.charges); },
        QT_TRANSLATE_NOOP("InvoiceRules",
                          "An invoice not subject to VAT (category O) may have no charge in another VAT category."));
    // Italian split payment.
    const auto usesCode = [](const EInvoice &inv, const QString &code) {
        for (const Use &u : lineUses(inv) + documentUses(inv.allowances) + documentUses(inv.charges)) {
            if (u.code == code)
                return true;
        }
        return !breakdowns(inv, code).isEmpty();
    };
    rule(rules, "BR-B-01", InvoiceRule::Both, [usesCode](RuleContext &c) {
        if (!usesCode(c.invoice, QStringLiteral("B")))
            return;
        for (const Party *p :
             {&c.invoice.seller, &c.invoice.buyer, &c.invoice.taxRepresentative, &c.invoice.deliverTo}) {
            if (p->address.country.present() && p->address.country.text != QStringLiteral("IT")) {
                c.fail(p->address.node,
                       QT_TRANSLATE_NOOP("InvoiceRules",
                                         "Split payment (category B) is only for Italian domestic invoices."));
                return;
            }
        }
    });
    rule(rules, "BR-B-02", InvoiceRule::Both, [usesCode](RuleContext &c) {
        if (usesCode(c.invoice, QStringLiteral("B")) && usesCode(c.invoice, QStringLiteral("S")))
            c.fail(c.invoice.root,
                   QT_TRANSLATE_NOOP("InvoiceRules",
                                     "Split payment (category B) and standard rate (category S) may not be "
                                     "used in the same invoice."));
    });
}

} // namespace amtsdesk::invoicerules
