#include "common/decimal.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace amtsdesk {
namespace {

using Coefficient = Decimal::Coefficient;
__extension__ using Magnitude = unsigned __int128;

constexpr int kMaxDigits = 38;

// Translation context for the messages, without pulling QCoreApplication into the header.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(amtsdesk::Decimal)
};

Magnitude magnitudeOf(Coefficient c)
{
    // Safe: the coefficient limit keeps the minimum __int128 out of reach.
    return Magnitude(c < 0 ? -c : c);
}

// Decimal digits of a magnitude, most significant first, without sign.
QString digitsOf(Magnitude m)
{
    if (m == 0)
        return QStringLiteral("0");
    std::array<char16_t, kMaxDigits + 1> buffer{};
    qsizetype pos = qsizetype(buffer.size());
    while (m != 0) {
        buffer[--pos] = char16_t(u'0' + int(m % 10));
        m /= 10;
    }
    return QString(reinterpret_cast<const QChar *>(buffer.data() + pos), qsizetype(buffer.size()) - pos);
}

// Digits with at least one before the decimal point: 5 at scale 2 gives "005".
QString paddedDigits(Coefficient c, int scale)
{
    QString digits = digitsOf(magnitudeOf(c));
    if (digits.size() <= scale)
        digits.prepend(QString(scale - digits.size() + 1, u'0'));
    return digits;
}

// Unsigned 256-bit integer: big enough for a coefficient times 10^38 times 10 (10^77 < 2^256),
// which is what exact comparison and division across scales need.
struct Wide {
    std::array<std::uint64_t, 4> limbs{}; // least significant first

    explicit Wide(Magnitude m) : limbs{std::uint64_t(m), std::uint64_t(m >> 64), 0, 0} {}

    void mulAdd(unsigned factor, unsigned addend)
    {
        Magnitude carry = addend;
        for (auto &limb : limbs) {
            const Magnitude t = Magnitude(limb) * factor + carry;
            limb = std::uint64_t(t);
            carry = t >> 64;
        }
    }
    // Caller guarantees *this >= other.
    void subtract(const Wide &other)
    {
        std::uint64_t borrow = 0;
        for (std::size_t i = 0; i < limbs.size(); ++i) {
            const std::uint64_t a = limbs[i];
            const std::uint64_t b = other.limbs[i];
            limbs[i] = a - b - borrow;
            borrow = (a < b || a - b < borrow) ? 1 : 0;
        }
    }
    friend std::strong_ordering operator<=>(const Wide &a, const Wide &b)
    {
        for (std::size_t i = a.limbs.size(); i-- > 0;) {
            if (a.limbs[i] != b.limbs[i])
                return a.limbs[i] <=> b.limbs[i];
        }
        return std::strong_ordering::equal;
    }
};

Wide scaledUp(Coefficient c, int powerOfTen)
{
    Wide w(magnitudeOf(c));
    for (int i = 0; i < powerOfTen; ++i)
        w.mulAdd(10, 0);
    return w;
}

// round(num * 10^up / (den * 10^down)) by schoolbook long division on the wide type, so that
// intermediate values far beyond __int128 still give the exact quotient. nullopt: quotient too big.
std::optional<Coefficient> divideRounded(Coefficient num, Coefficient den, int up, int down, RoundingMode mode)
{
    const bool negative = (num < 0) != (den < 0) && num != 0;
    const Wide divisor = scaledUp(den, down);
    const QString digits = digitsOf(magnitudeOf(num)) + QString(up, u'0');
    const auto limit = Magnitude(Decimal::MaxCoefficient);

    Wide remainder(0);
    Magnitude quotient = 0;
    for (const QChar ch : digits) {
        remainder.mulAdd(10, unsigned(ch.unicode() - u'0'));
        unsigned digit = 0;
        while (remainder >= divisor) {
            remainder.subtract(divisor);
            ++digit;
        }
        if (quotient > (limit - digit) / 10)
            return std::nullopt;
        quotient = quotient * 10 + digit;
    }

    Wide twice = remainder;
    twice.mulAdd(2, 0);
    const auto half = twice <=> divisor;
    bool awayFromZero = false;
    switch (mode) {
    case RoundingMode::HalfAwayFromZero: awayFromZero = half >= 0; break;
    // Towards +infinity: an exact half only moves a positive result up.
    case RoundingMode::HalfUp: awayFromZero = negative ? half > 0 : half >= 0; break;
    case RoundingMode::TowardZero: break;
    }
    if (awayFromZero) {
        if (quotient == limit)
            return std::nullopt;
        ++quotient;
    }
    const auto result = Coefficient(quotient);
    return negative ? -result : result;
}

std::optional<Coefficient> rescaledUp(Coefficient c, int powerOfTen)
{
    Coefficient factor = 1;
    for (int i = 0; i < powerOfTen; ++i)
        factor *= 10;
    Coefficient result = 0;
    if (__builtin_mul_overflow(c, factor, &result) || result > Decimal::MaxCoefficient ||
        result < -Decimal::MaxCoefficient)
        return std::nullopt;
    return result;
}

bool inRange(Coefficient c)
{
    return c <= Decimal::MaxCoefficient && c >= -Decimal::MaxCoefficient;
}

// Maps ASCII digits to the locale's digits (e.g. Arabic-Indic) for the parts we format ourselves.
QString localDigits(const QString &ascii, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == u"0")
        return ascii;
    const char32_t base = zero.toUcs4().value(0);
    QString out;
    for (const QChar ch : ascii) {
        const char32_t digit = base + (ch.unicode() - u'0');
        out += QString::fromUcs4(&digit, 1);
    }
    return out;
}

Error placesError(int places)
{
    return Error::invalid(
        Msg::tr("%1 decimal places requested, allowed are 0 to %2").arg(places).arg(Decimal::MaxScale));
}

QString overflowMessage(const Decimal &a, QStringView op, const Decimal &b)
{
    return Msg::tr("%1 %2 %3 does not fit into %4 digits")
        .arg(a.toString(), op.toString(), b.toString(), QString::number(kMaxDigits));
}

} // namespace

Decimal::Decimal() = default;

Decimal::Decimal(Coefficient coefficient, int scale) : m_coefficient(coefficient), m_scale(scale) {}

Decimal Decimal::fromInt(qint64 value)
{
    return Decimal(Coefficient(value), 0);
}

Result<Decimal> Decimal::parse(QStringView text)
{
    const auto fail = [text](ErrorCode code, const QString &why) {
        QString shown = text.left(40).toString();
        if (text.size() > 40)
            shown += QChar(0x2026);
        return Error{code, Msg::tr("\"%1\" is not a valid decimal number: %2").arg(shown, why)};
    };

    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, Msg::tr("the text is empty"));
    qsizetype pos = 0;
    bool negative = false;
    if (pos < text.size() && (text[pos] == u'+' || text[pos] == u'-')) {
        negative = text[pos] == u'-';
        ++pos;
    }
    Coefficient coefficient = 0;
    int digitCount = 0;
    int scale = 0;
    bool seenPoint = false;
    bool tooManyDigits = false;
    for (; pos < text.size(); ++pos) {
        const QChar ch = text[pos];
        if (ch == u'.' && !seenPoint) {
            seenPoint = true;
            continue;
        }
        // Only ASCII digits: QChar::isDigit() would also accept other scripts' digits.
        if (ch < u'0' || ch > u'9')
            return fail(ErrorCode::InvalidInput,
                        Msg::tr("unexpected character '%1' at position %2").arg(ch).arg(pos + 1));
        ++digitCount;
        if (seenPoint)
            ++scale;
        const int digit = ch.unicode() - u'0';
        if (coefficient > (MaxCoefficient - digit) / 10)
            tooManyDigits = true;
        else
            coefficient = coefficient * 10 + digit;
    }
    if (digitCount == 0)
        return fail(ErrorCode::InvalidInput, Msg::tr("it contains no digits"));
    // Checked after the syntax so that malformed text is reported as such, not as too long.
    if (tooManyDigits)
        return fail(ErrorCode::Overflow, Msg::tr("it has more than %1 significant digits").arg(kMaxDigits));
    if (scale > MaxScale)
        return fail(ErrorCode::Overflow, Msg::tr("it has more than %1 decimal places").arg(MaxScale));
    return Decimal(negative ? -coefficient : coefficient, scale);
}

QString Decimal::toString() const
{
    QString digits = paddedDigits(m_coefficient, m_scale);
    if (m_scale > 0)
        digits.insert(digits.size() - m_scale, u'.');
    if (isNegative())
        digits.prepend(u'-');
    return digits;
}

QString Decimal::toString(int minDecimals) const
{
    QString text = toString();
    if (m_scale < minDecimals)
        text += (m_scale == 0 ? QStringLiteral(".") : QString()) + QString(minDecimals - m_scale, u'0');
    return text;
}

QString Decimal::toLocaleString(const QLocale &locale, int minDecimals) const
{
    const QString digits = paddedDigits(m_coefficient, m_scale);
    const QString integerDigits = digits.left(digits.size() - m_scale);
    const QString fraction = digits.right(m_scale) + QString(std::max(0, minDecimals - m_scale), u'0');

    QString out;
    bool fits = false;
    const qlonglong integer = integerDigits.toLongLong(&fits);
    if (fits) {
        // QLocale knows the locale's grouping rules (e.g. en_IN's 12,34,567) and digits.
        out = locale.toString(integer);
    } else {
        // Beyond qint64 QLocale cannot help; thousands grouping is right for the locales we serve.
        const bool group = !(locale.numberOptions() & QLocale::OmitGroupSeparator);
        for (qsizetype i = 0; i < integerDigits.size(); ++i) {
            if (group && i > 0 && (integerDigits.size() - i) % 3 == 0)
                out += locale.groupSeparator();
            out += integerDigits[i];
        }
        out = localDigits(out, locale);
    }
    if (!fraction.isEmpty())
        out += locale.decimalPoint() + localDigits(fraction, locale);
    if (isNegative())
        out.prepend(locale.negativeSign());
    return out;
}

Decimal Decimal::negated() const
{
    return Decimal(-m_coefficient, m_scale);
}

Decimal Decimal::abs() const
{
    return isNegative() ? negated() : *this;
}

Result<Decimal> Decimal::add(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const auto a = rescaledUp(m_coefficient, scale - m_scale);
    const auto b = rescaledUp(other.m_coefficient, scale - other.m_scale);
    Coefficient sum = 0;
    if (!a || !b || __builtin_add_overflow(*a, *b, &sum) || !inRange(sum))
        return Error::overflow(overflowMessage(*this, u"+", other));
    return Decimal(sum, scale);
}

Result<Decimal> Decimal::sub(const Decimal &other) const
{
    auto result = add(other.negated());
    if (!result)
        return Error::overflow(overflowMessage(*this, u"-", other));
    return result;
}

Result<Decimal> Decimal::mul(const Decimal &other) const
{
    const int scale = m_scale + other.m_scale;
    Coefficient product = 0;
    if (scale > MaxScale || __builtin_mul_overflow(m_coefficient, other.m_coefficient, &product) || !inRange(product))
        return Error::overflow(overflowMessage(*this, u"\u00d7", other));
    return Decimal(product, scale);
}

Result<Decimal> Decimal::div(const Decimal &divisor, int scale, RoundingMode mode) const
{
    if (divisor.isZero())
        return Error::invalid(Msg::tr("Cannot divide %1 by zero").arg(toString()));
    if (scale < 0 || scale > MaxScale)
        return placesError(scale);
    // a/b at `scale` places is round(ca * 10^(scale - sa + sb) / cb).
    const int exponent = scale - m_scale + divisor.m_scale;
    const auto quotient =
        divideRounded(m_coefficient, divisor.m_coefficient, std::max(exponent, 0), std::max(-exponent, 0), mode);
    if (!quotient)
        return Error::overflow(overflowMessage(*this, u":", divisor));
    return Decimal(*quotient, scale);
}

Result<Decimal> Decimal::rounded(int places, RoundingMode mode) const
{
    if (places < 0 || places > MaxScale)
        return placesError(places);
    const auto coefficient = places >= m_scale ? rescaledUp(m_coefficient, places - m_scale)
                                               : divideRounded(m_coefficient, 1, 0, m_scale - places, mode);
    if (!coefficient)
        return Error::overflow(Msg::tr("%1 with %2 decimal places does not fit into %3 digits")
                                   .arg(toString())
                                   .arg(places)
                                   .arg(kMaxDigits));
    return Decimal(*coefficient, places);
}

double Decimal::toDouble() const
{
    // Parsing the exact text gives the correctly rounded double, unlike dividing by 10^scale.
    return toString().toDouble();
}

bool operator==(const Decimal &a, const Decimal &b)
{
    return (a <=> b) == 0;
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    if (a.sign() != b.sign() || a.isZero())
        return a.sign() <=> b.sign();
    // Compare magnitudes at the common scale in 256 bits, where 10^38 * 10^38 still fits.
    const int scale = std::max(a.m_scale, b.m_scale);
    const auto magnitudes =
        scaledUp(a.m_coefficient, scale - a.m_scale) <=> scaledUp(b.m_coefficient, scale - b.m_scale);
    return a.isNegative() ? 0 <=> magnitudes : magnitudes;
}

size_t qHash(const Decimal &d, size_t seed)
{
    Coefficient c = d.coefficient();
    int scale = d.scale();
    while (scale > 0 && c % 10 == 0) {
        c /= 10;
        --scale;
    }
    const auto bits = Magnitude(c);
    return qHashMulti(seed, quint64(bits >> 64), quint64(bits), scale);
}

} // namespace amtsdesk
