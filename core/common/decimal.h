#pragma once

#include "common/result.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <cstddef>

class QLocale;

namespace amtsdesk {

// How a value that lies between two representable results is resolved.
enum class RoundingMode {
    HalfAwayFromZero, // commercial rounding (kaufmännisch), for amounts a person sees: 2.5 -> 3, -2.5 -> -3
    HalfUp, // XPath round(): half towards positive infinity, as the official e-invoice rules use: 2.5 -> 3, -2.5 -> -2
    TowardZero, // truncation
};

// Exact decimal number for money and quantities: an integer coefficient scaled by 10^-scale.
class Decimal {
public:
    // __int128 is a GCC extension; -Wpedantic would warn on every include otherwise.
    __extension__ using Coefficient = __int128;

    static constexpr int MaxScale = 38;
    // 38 nines: keeps the minimum __int128 unreachable, so negation never overflows.
    static constexpr Coefficient MaxCoefficient =
        Coefficient(10'000'000'000'000'000'000ULL) * Coefficient(10'000'000'000'000'000'000ULL) - 1;

    Decimal();
    static Decimal fromInt(qint64 value);
    // xs:decimal lexical form; keeps the scale as written ("100.00" has scale 2).
    static Result<Decimal> parse(QStringView text);

    // Canonical form with '.' and the full scale, as stored and as XML wants it.
    QString toString() const;
    // The same with at least minDecimals decimals, padded with zeros and never rounded (336.9 -> "336.90").
    QString toString(int minDecimals) const;
    // For people: the locale's separators, padded (never rounded) to at least minDecimals decimals.
    QString toLocaleString(const QLocale &locale, int minDecimals = 0) const;

    int scale() const { return m_scale; }
    // The value is coefficient() * 10^-scale(); for storage and hashing, not for arithmetic.
    Coefficient coefficient() const { return m_coefficient; }
    bool isZero() const { return m_coefficient == 0; }
    bool isNegative() const { return m_coefficient < 0; }
    int sign() const { return m_coefficient < 0 ? -1 : (m_coefficient > 0 ? 1 : 0); }
    Decimal negated() const;
    Decimal abs() const;

    // Result scale is the larger of both scales.
    Result<Decimal> add(const Decimal &other) const;
    Result<Decimal> sub(const Decimal &other) const;
    // Result scale is the sum of both scales; beyond MaxScale is Overflow.
    Result<Decimal> mul(const Decimal &other) const;
    // Exact quotient rounded once to `scale` places, however large the operands.
    Result<Decimal> div(const Decimal &divisor, int scale, RoundingMode mode) const;
    // Exactly `places` decimals: rounds when fewer than the scale, pads with zeros otherwise.
    Result<Decimal> rounded(int places, RoundingMode mode) const;

    // Only for drawing charts; never feed the result back into money arithmetic.
    double toDouble() const;

    // Numeric comparison: 1.0 == 1.00; exact even where rescaling one side would overflow.
    friend bool operator==(const Decimal &a, const Decimal &b);
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b);

private:
    Decimal(Coefficient coefficient, int scale);

    Coefficient m_coefficient = 0;
    int m_scale = 0;
};

// Hashes the value with trailing zeros stripped, so equal numbers of any scale hash alike.
size_t qHash(const Decimal &d, size_t seed = 0);

} // namespace amtsdesk
