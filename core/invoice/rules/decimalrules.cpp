// EN 16931 BR-DEC-…: amounts carry at most two decimals (the official tests count the
// characters after the point, so 1.500 fails and trailing blanks count).
#include "invoice/rules/rulehelpers.h"

namespace amtsdesk::invoicerules {

namespace {

constexpr int Both = InvoiceRule::Both;

// XPath string-length(substring-after(x, '.')) <= 2, on the text as written.
bool twoDecimals(const Term &t)
{
    if (!t.present())
        return true;
    const qsizetype dot = t.text.indexOf(QLatin1Char('.'));
    return dot < 0 || t.text.size() - dot - 1 <= 2;
}

void decimals(QList<InvoiceRule> &rules, const char *id,
              std::function<QList<const AmountTerm *>(const EInvoice &, bool cii)> amounts, const char *what)
{
    rule(rules, id, Both, [amounts, what](RuleContext &c) {
        for (const AmountTerm *a : amounts(c.invoice, c.cii())) {
            if (!twoDecimals(*a))
                c.fail(a->node, QT_TRANSLATE_NOOP("InvoiceRules", "The amount %1 (%2) has more than two decimals."),
                       {a->text, QCoreApplication::translate("InvoiceRules", what)});
        }
    });
}

QList<const AmountTerm *> documentLevel(const QList<AllowanceCharge> &list, bool base)
{
    QList<const AmountTerm *> out;
    for (const AllowanceCharge &a : list)
        out << (base ? &a.baseAmount : &a.amount);
    return out;
}

QList<const AmountTerm *> lineLevel(const EInvoice &inv, bool charges, bool base)
{
    QList<const AmountTerm *> out;
    for (const InvoiceLine &l : inv.lines)
        out << documentLevel(charges ? l.charges : l.allowances, base);
    return out;
}

QList<const AmountTerm *> total(const EInvoice &inv, const AmountTerm &t)
{
    return inv.totalsNode.isNull() ? QList<const AmountTerm *>() : QList<const AmountTerm *>{&t};
}

// The VAT breakdowns a CII rule context reaches: those of categories other than L, M and O.
QList<const VatBreakdown *> breakdowns(const EInvoice &inv, bool cii)
{
    QList<const VatBreakdown *> out;
    for (const VatBreakdown &b : inv.vatBreakdown) {
        const QString category = b.category.trimmed();
        if (cii &&
            (category == QStringLiteral("L") || category == QStringLiteral("M") || category == QStringLiteral("O")))
            continue;
        out << &b;
    }
    return out;
}

} // namespace

void addDecimalRules(QList<InvoiceRule> &rules)
{
    decimals(
        rules, "BR-DEC-01", [](const EInvoice &i, bool) { return documentLevel(i.allowances, false); },
        QT_TRANSLATE_NOOP("InvoiceRules", "document level allowance amount, BT-92"));
    decimals(
        rules, "BR-DEC-02", [](const EInvoice &i, bool) { return documentLevel(i.allowances, true); },
        QT_TRANSLATE_NOOP("InvoiceRules", "document level allowance base amount, BT-93"));
    decimals(
        rules, "BR-DEC-05", [](const EInvoice &i, bool) { return documentLevel(i.charges, false); },
        QT_TRANSLATE_NOOP("InvoiceRules", "document level charge amount, BT-99"));
    decimals(
        rules, "BR-DEC-06", [](const EInvoice &i, bool) { return documentLevel(i.charges, true); },
        QT_TRANSLATE_NOOP("InvoiceRules", "document level charge base amount, BT-100"));
    decimals(
        rules, "BR-DEC-09", [](const EInvoice &i, bool) { return total(i, i.lineTotal); },
        QT_TRANSLATE_NOOP("InvoiceRules", "sum of invoice line net amounts, BT-106"));
    decimals(
        rules, "BR-DEC-10", [](const EInvoice &i, bool) { return total(i, i.allowanceTotal); },
        QT_TRANSLATE_NOOP("InvoiceRules", "sum of allowances, BT-107"));
    decimals(
        rules, "BR-DEC-11", [](const EInvoice &i, bool) { return total(i, i.chargeTotal); },
        QT_TRANSLATE_NOOP("InvoiceRules", "sum of charges, BT-108"));
    decimals(
        rules, "BR-DEC-12", [](const EInvoice &i, bool) { return total(i, i.totalWithoutVat); },
        QT_TRANSLATE_NOOP("InvoiceRules", "invoice total without VAT, BT-109"));
    // In UBL the official test of BR-DEC-13 and BR-DEC-15 can never fail (its path looks for the
    // currency code under the amount); in CII the amount must have at most two decimals.
    const auto vatTotal = [&rules](const char *id, bool accountingCurrency, const char *what) {
        rule(rules, id, InvoiceRule::Cii, [accountingCurrency, what](RuleContext &c) {
            if (c.invoice.totalsNode.isNull())
                return;
            const QString currency = accountingCurrency ? c.invoice.vatCurrency.text : c.invoice.currency.text;
            if (accountingCurrency && !c.invoice.vatCurrency.present())
                return;
            for (const AmountTerm &t : c.invoice.vatTotals) {
                const auto value = number(t);
                if (t.currency == currency && value && *value != round2(*value))
                    c.fail(t.node, QT_TRANSLATE_NOOP("InvoiceRules", "The amount %1 (%2) has more than two decimals."),
                           {t.text, QCoreApplication::translate("InvoiceRules", what)});
            }
        });
        rule(rules, id, InvoiceRule::Ubl, [](RuleContext &) {});
    };
    vatTotal("BR-DEC-13", false, QT_TRANSLATE_NOOP("InvoiceRules", "invoice total VAT amount, BT-110"));
    decimals(
        rules, "BR-DEC-14", [](const EInvoice &i, bool) { return total(i, i.totalWithVat); },
        QT_TRANSLATE_NOOP("InvoiceRules", "invoice total with VAT, BT-112"));
    vatTotal("BR-DEC-15", true,
             QT_TRANSLATE_NOOP("InvoiceRules", "invoice total VAT amount in accounting currency, BT-111"));
    decimals(
        rules, "BR-DEC-16", [](const EInvoice &i, bool) { return total(i, i.prepaid); },
        QT_TRANSLATE_NOOP("InvoiceRules", "paid amount, BT-113"));
    decimals(
        rules, "BR-DEC-17", [](const EInvoice &i, bool) { return total(i, i.rounding); },
        QT_TRANSLATE_NOOP("InvoiceRules", "rounding amount, BT-114"));
    decimals(
        rules, "BR-DEC-18", [](const EInvoice &i, bool) { return total(i, i.amountDue); },
        QT_TRANSLATE_NOOP("InvoiceRules", "amount due for payment, BT-115"));
    decimals(
        rules, "BR-DEC-19",
        [](const EInvoice &i, bool cii) {
            QList<const AmountTerm *> out;
            for (const VatBreakdown *b : breakdowns(i, cii))
                out << &b->taxableAmount;
            return out;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "VAT category taxable amount, BT-116"));
    decimals(
        rules, "BR-DEC-20",
        [](const EInvoice &i, bool cii) {
            QList<const AmountTerm *> out;
            for (const VatBreakdown *b : breakdowns(i, cii))
                out << &b->taxAmount;
            return out;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "VAT category tax amount, BT-117"));
    decimals(
        rules, "BR-DEC-23",
        [](const EInvoice &i, bool) {
            QList<const AmountTerm *> out;
            for (const InvoiceLine &l : i.lines)
                out << &l.netAmount;
            return out;
        },
        QT_TRANSLATE_NOOP("InvoiceRules", "invoice line net amount, BT-131"));
    decimals(
        rules, "BR-DEC-24", [](const EInvoice &i, bool) { return lineLevel(i, false, false); },
        QT_TRANSLATE_NOOP("InvoiceRules", "line allowance amount, BT-136"));
    decimals(
        rules, "BR-DEC-25", [](const EInvoice &i, bool) { return lineLevel(i, false, true); },
        QT_TRANSLATE_NOOP("InvoiceRules", "line allowance base amount, BT-137"));
    decimals(
        rules, "BR-DEC-27", [](const EInvoice &i, bool) { return lineLevel(i, true, false); },
        QT_TRANSLATE_NOOP("InvoiceRules", "line charge amount, BT-141"));
    decimals(
        rules, "BR-DEC-28", [](const EInvoice &i, bool) { return lineLevel(i, true, true); },
        QT_TRANSLATE_NOOP("InvoiceRules", "line charge base amount, BT-142"));
}

} // namespace amtsdesk::invoicerules
