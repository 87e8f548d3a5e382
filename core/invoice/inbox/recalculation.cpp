#include "invoice/inbox/recalculation.h"

#include <QLocale>

#include <algorithm>

namespace amtsdesk {

namespace {

using Amount = std::optional<Decimal>;

Amount plus(const Amount &a, const Amount &b)
{
    if (!a || !b)
        return std::nullopt;
    auto r = a->add(*b);
    return r ? Amount(*r) : std::nullopt;
}

Amount minus(const Amount &a, const Amount &b)
{
    return b ? plus(a, b->negated()) : std::nullopt;
}

// An optional amount that counts as zero where it is absent (BT-107, BT-108, BT-113, BT-114).
Amount orZero(const Term &term)
{
    if (!term.filled())
        return Decimal::fromInt(0);
    return term.number();
}

Amount sum(const QList<AllowanceCharge> &list)
{
    Amount total = Decimal::fromInt(0);
    for (const AllowanceCharge &a : list)
        total = plus(total, a.amount.number());
    return total;
}

Amount cents(const Amount &a)
{
    if (!a)
        return std::nullopt;
    auto r = a->rounded(2, RoundingMode::HalfAwayFromZero);
    return r ? Amount(*r) : std::nullopt;
}

} // namespace

bool Recalculation::agrees() const
{
    return std::all_of(totals.cbegin(), totals.cend(), [](const RecalculatedTotal &t) { return t.agrees(); });
}

Recalculation Recalculator::of(const EInvoice &invoice)
{
    Amount lines = Decimal::fromInt(0);
    for (const InvoiceLine &line : invoice.lines)
        lines = plus(lines, line.netAmount.number());
    const Amount allowances = sum(invoice.allowances);
    const Amount charges = sum(invoice.charges);
    const Amount net = plus(minus(lines, allowances), charges);

    Amount vat = Decimal::fromInt(0);
    QList<RecalculatedTotal> breakdown;
    for (const VatBreakdown &b : invoice.vatBreakdown) {
        const Amount base = b.taxableAmount.number();
        const Amount rate = b.rate.filled() ? b.rate.number() : Amount(Decimal::fromInt(0));
        Amount tax;
        if (base && rate) {
            auto product = base->mul(*rate);
            auto quotient = product ? product->div(Decimal::fromInt(100), 2, RoundingMode::HalfAwayFromZero) : product;
            if (quotient)
                tax = *quotient;
        }
        vat = plus(vat, b.taxAmount.number());
        breakdown << RecalculatedTotal{QStringLiteral("BT-117"),
                                       tr("VAT %1 %2 % on %3")
                                           .arg(b.category.trimmed(), b.rate.trimmed(),
                                                base ? base->toLocaleString(QLocale(), 2) : b.taxableAmount.trimmed()),
                                       b.taxAmount.number(), tax};
    }
    const AmountTerm *statedVat = invoice.vatTotalInInvoiceCurrency();
    const Amount gross = plus(net, cents(vat));
    const Amount due = plus(minus(gross, orZero(invoice.prepaid)), orZero(invoice.rounding));

    Recalculation r;
    r.totals << RecalculatedTotal{QStringLiteral("BT-106"), tr("Sum of the invoice lines"), invoice.lineTotal.number(),
                                  lines};
    r.totals << RecalculatedTotal{QStringLiteral("BT-107"), tr("Allowances"), invoice.allowanceTotal.number(),
                                  allowances};
    r.totals << RecalculatedTotal{QStringLiteral("BT-108"), tr("Charges"), invoice.chargeTotal.number(), charges};
    r.totals << RecalculatedTotal{QStringLiteral("BT-109"), tr("Total without VAT"), invoice.totalWithoutVat.number(),
                                  net};
    r.totals << breakdown;
    r.totals << RecalculatedTotal{QStringLiteral("BT-110"), tr("VAT total"), statedVat ? statedVat->number() : Amount(),
                                  cents(vat)};
    r.totals << RecalculatedTotal{QStringLiteral("BT-112"), tr("Total with VAT"), invoice.totalWithVat.number(), gross};
    r.totals << RecalculatedTotal{QStringLiteral("BT-115"), tr("Amount due for payment"), invoice.amountDue.number(),
                                  due};
    return r;
}

} // namespace amtsdesk
