#include "invoice/inbox/recalculation.h"

#include "invoice/inbox/paymentterms.h"

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
    return PaymentTerms::amount(term);
}

Amount sum(const QList<AllowanceCharge> &list)
{
    Amount total = Decimal::fromInt(0);
    for (const AllowanceCharge &a : list)
        total = plus(total, PaymentTerms::amount(a.amount));
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
    return std::all_of(totals.cbegin(), totals.cend(), [](const RecalculatedTotal &t) {
        // A total the invoice leaves out that computes to zero agrees (BT-107 without allowances).
        return t.agrees() || (!t.stated && t.computed && t.computed->isZero());
    });
}

Recalculation Recalculator::of(const EInvoice &invoice)
{
    Amount lines = Decimal::fromInt(0);
    for (const InvoiceLine &line : invoice.lines)
        lines = plus(lines, PaymentTerms::amount(line.netAmount));
    const Amount allowances = sum(invoice.allowances);
    const Amount charges = sum(invoice.charges);
    const Amount net = plus(minus(lines, allowances), charges);

    Amount vat = Decimal::fromInt(0);
    QList<RecalculatedTotal> breakdown;
    for (const VatBreakdown &b : invoice.vatBreakdown) {
        const Amount base = PaymentTerms::amount(b.taxableAmount);
        const Amount rate = b.rate.filled() ? PaymentTerms::amount(b.rate) : Amount(Decimal::fromInt(0));
        Amount tax;
        if (base && rate) {
            auto product = base->mul(*rate);
            auto quotient = product ? product->div(Decimal::fromInt(100), 2, RoundingMode::HalfAwayFromZero) : product;
            if (quotient)
                tax = *quotient;
        }
        vat = plus(vat, PaymentTerms::amount(b.taxAmount));
        breakdown << RecalculatedTotal{QStringLiteral("BT-117"),
                                       tr("VAT %1 %2 % on %3")
                                           .arg(b.category.trimmed(), b.rate.trimmed(),
                                                base ? base->toLocaleString(QLocale(), 2) : b.taxableAmount.trimmed()),
                                       PaymentTerms::amount(b.taxAmount), tax};
    }
    const AmountTerm *statedVat = invoice.vatTotalInInvoiceCurrency();
    const Amount gross = plus(net, cents(vat));
    const Amount due = plus(minus(gross, orZero(invoice.prepaid)), orZero(invoice.rounding));

    Recalculation r;
    r.totals << RecalculatedTotal{QStringLiteral("BT-106"), tr("Sum of the invoice lines"),
                                  PaymentTerms::amount(invoice.lineTotal), lines};
    r.totals << RecalculatedTotal{QStringLiteral("BT-107"), tr("Allowances"),
                                  PaymentTerms::amount(invoice.allowanceTotal), allowances};
    r.totals << RecalculatedTotal{QStringLiteral("BT-108"), tr("Charges"), PaymentTerms::amount(invoice.chargeTotal),
                                  charges};
    r.totals << RecalculatedTotal{QStringLiteral("BT-109"), tr("Total without VAT"),
                                  PaymentTerms::amount(invoice.totalWithoutVat), net};
    r.totals << breakdown;
    r.totals << RecalculatedTotal{QStringLiteral("BT-110"), tr("VAT total"),
                                  statedVat ? PaymentTerms::amount(*statedVat) : Amount(), cents(vat)};
    r.totals << RecalculatedTotal{QStringLiteral("BT-112"), tr("Total with VAT"),
                                  PaymentTerms::amount(invoice.totalWithVat), gross};
    r.totals << RecalculatedTotal{QStringLiteral("BT-115"), tr("Amount due for payment"),
                                  PaymentTerms::amount(invoice.amountDue), due};
    return r;
}

} // namespace amtsdesk
