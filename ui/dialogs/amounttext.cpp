#include "dialogs/amounttext.h"

namespace amtsdesk::ui::amounttext {

namespace {

bool digitsOnly(const QString &s)
{
    for (const QChar c : s) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// Digits with optional group separators, each group after the first exactly three digits.
std::optional<QString> ungrouped(const QString &integer, const QString &separator)
{
    if (separator.isEmpty() || !integer.contains(separator))
        return digitsOnly(integer) && !integer.isEmpty() ? std::optional<QString>(integer) : std::nullopt;
    const QStringList groups = integer.split(separator);
    if (groups.first().isEmpty() || groups.first().size() > 3 || !digitsOnly(groups.first()))
        return std::nullopt;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3 || !digitsOnly(groups.at(i)))
            return std::nullopt;
    }
    return groups.join(QString());
}

} // namespace

std::optional<Decimal> parse(const QString &text, const QLocale &locale)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x00a0)); // no-break space, as some locales group
    s.remove(QChar(0x202f)); // narrow no-break space
    if (s.isEmpty())
        return std::nullopt;
    QString sign;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        sign = s.left(1) == QLatin1String("-") ? QStringLiteral("-") : QString();
        s.remove(0, 1);
    }
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    QString canonical;
    if (s.contains(point)) {
        const qsizetype at = s.lastIndexOf(point);
        const QString fraction = s.mid(at + point.size());
        const auto integer = ungrouped(s.left(at), group);
        if (!integer || fraction.isEmpty() || !digitsOnly(fraction))
            return std::nullopt;
        canonical = *integer + QLatin1Char('.') + fraction;
    } else if (const auto integer = ungrouped(s, group)) {
        canonical = *integer;
    } else if (point != QLatin1String(".") && s.count(QLatin1Char('.')) == 1) {
        // The program's own way with a point, where the locale writes a comma ("1234.56").
        const qsizetype at = s.indexOf(QLatin1Char('.'));
        const QString integer = s.left(at);
        const QString fraction = s.mid(at + 1);
        if (integer.isEmpty() || fraction.isEmpty() || !digitsOnly(integer) || !digitsOnly(fraction))
            return std::nullopt;
        canonical = s;
    } else {
        return std::nullopt;
    }
    auto d = Decimal::parse(sign + canonical);
    return d ? std::optional<Decimal>(*d) : std::nullopt;
}

QString format(const Decimal &amount, const QLocale &locale)
{
    return amount.toLocaleString(locale, 2);
}

} // namespace amtsdesk::ui::amounttext
