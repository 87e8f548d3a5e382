#include "invoice/inbox/paymentterms.h"

#include <QRegularExpression>

#include <algorithm>

namespace amtsdesk {

const Skonto *PaymentDue::nextSkonto(QDate today) const
{
    for (const Skonto &s : skonti) {
        if (s.deadline.isValid() && s.deadline >= today)
            return &s;
    }
    return nullptr;
}

QList<Skonto> PaymentTerms::skonti(const QString &terms, QDate issueDate, const std::optional<Decimal> &amountDue)
{
    // BR-DE-18: "#SKONTO#TAGE=n#PROZENT=p#" (and "BASISBETRAG=b#"), each line ended by a line
    // break; we accept the last line without one, as senders forget it.
    static const QRegularExpression line(QStringLiteral("^#SKONTO#TAGE=([0-9]{1,3})#PROZENT=([0-9]{1,2}\\.[0-9]{2})#(?:"
                                                        "BASISBETRAG=(-?[0-9]{1,15}\\.[0-9]{2})#)?\\s*$"));
    QList<Skonto> result;
    for (const QString &raw : terms.split(QLatin1Char('\n'))) {
        const auto m = line.match(raw.trimmed());
        if (!m.hasMatch())
            continue;
        Skonto s;
        s.days = m.captured(1).toInt();
        s.percent = *Decimal::parse(m.captured(2));
        if (m.hasCaptured(3))
            s.base = *Decimal::parse(m.captured(3));
        if (issueDate.isValid())
            s.deadline = issueDate.addDays(s.days);
        const std::optional<Decimal> base = s.base ? s.base : amountDue;
        if (base) {
            auto product = base->mul(s.percent);
            auto discount = product ? product->div(Decimal::fromInt(100), 2, RoundingMode::HalfAwayFromZero)
                                    : Result<Decimal>(product.error());
            if (discount)
                s.amount = *discount;
        }
        result << s;
    }
    std::stable_sort(result.begin(), result.end(), [](const Skonto &a, const Skonto &b) { return a.days < b.days; });
    return result;
}

PaymentDue PaymentTerms::of(const EInvoice &invoice)
{
    PaymentDue due;
    const QDate issued = invoice.issueDate.date();
    QStringList terms;
    for (const Term &t : invoice.paymentTerms)
        terms << t.text;
    due.skonti = skonti(terms.join(QLatin1Char('\n')), issued, invoice.amountDue.number());
    if (const QDate stated = invoice.paymentDueDate.date(); stated.isValid()) {
        due.dueDate = stated;
        due.source = PaymentDue::Source::Invoice;
    } else if (issued.isValid()) {
        // No due date given: the longest Skonto period is no due date, the legal default is.
        due.dueDate = issued.addDays(kDefaultDays);
        due.source = PaymentDue::Source::Default;
    }
    return due;
}

} // namespace amtsdesk
