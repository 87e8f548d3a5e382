#include "common/decimal.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

using amtsdesk::Decimal;
using amtsdesk::ErrorCode;
using amtsdesk::Result;
using amtsdesk::RoundingMode;

namespace {

const std::string kMax = "99999999999999999999999999999999999999"; // 38 nines, the largest coefficient

Decimal dec(const std::string &text)
{
    const auto result = Decimal::parse(QString::fromStdString(text));
    INFO("parsing " << text << ": " << (result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    return *result;
}

// Strings rather than Decimals in assertions, so Catch prints readable values on failure.
std::string str(const Decimal &d)
{
    return d.toString().toStdString();
}

std::string str(const Result<Decimal> &r)
{
    return r ? str(*r) : "error: " + r.error().message.toStdString();
}

ErrorCode parseError(const std::string &text)
{
    const auto result = Decimal::parse(QString::fromStdString(text));
    INFO("parsing " << text);
    REQUIRE_FALSE(result.ok());
    return result.error().code;
}

ErrorCode errorOf(const Result<Decimal> &r)
{
    INFO("expected an error, got " << str(r));
    REQUIRE_FALSE(r.ok());
    return r.error().code;
}

std::string loc(const char *localeName, const std::string &value, int minDecimals = 0)
{
    return dec(value).toLocaleString(QLocale(QString::fromLatin1(localeName)), minDecimals).toStdString();
}

std::string rnd(const std::string &value, int places, RoundingMode mode)
{
    return str(dec(value).rounded(places, mode));
}

std::string quot(const std::string &a, const std::string &b, int scale, RoundingMode mode)
{
    return str(dec(a).div(dec(b), scale, mode));
}

constexpr auto HalfAway = RoundingMode::HalfAwayFromZero;
constexpr auto HalfUp = RoundingMode::HalfUp;
constexpr auto Trunc = RoundingMode::TowardZero;

} // namespace

TEST_CASE("Decimal parses the xs:decimal lexical form and keeps the scale", "[decimal]")
{
    REQUIRE(str(dec("1")) == "1");
    REQUIRE(dec("1").scale() == 0);
    REQUIRE(str(dec("-0.50")) == "-0.50");
    REQUIRE(dec("-0.50").scale() == 2);
    REQUIRE(str(dec("+3.")) == "3");
    REQUIRE(dec("+3.").scale() == 0);
    REQUIRE(str(dec(".5")) == "0.5");
    REQUIRE(str(dec("-.5")) == "-0.5");
    REQUIRE(str(dec("100.00")) == "100.00");
    REQUIRE(dec("100.00").scale() == 2);
    REQUIRE(str(dec("007.10")) == "7.10");
    REQUIRE(str(dec("0")) == "0");
    REQUIRE(str(dec("0000000000000000000000000000000000000000000000000001.5")) == "1.5");
    REQUIRE(str(dec(kMax)) == kMax);
    REQUIRE(str(dec("-" + kMax)) == "-" + kMax);
    REQUIRE(str(dec("0.00000000000000000000000000000000000001")) == "0.00000000000000000000000000000000000001");
    REQUIRE(dec("0.00000000000000000000000000000000000001").scale() == 38);
    REQUIRE(str(dec("9.9999999999999999999999999999999999999")) == "9.9999999999999999999999999999999999999");

    SECTION("there is no negative zero")
    {
        const Decimal z = dec("-0.00");
        REQUIRE(z.isZero());
        REQUIRE_FALSE(z.isNegative());
        REQUIRE(z.sign() == 0);
        REQUIRE(z.scale() == 2);
        REQUIRE(str(z) == "0.00");
        REQUIRE(str(dec("-0")) == "0");
        REQUIRE(str(dec("-.000")) == "0.000");
    }
}

TEST_CASE("Decimal refuses malformed text with InvalidInput", "[decimal]")
{
    for (const char *bad :
         {"",   "1e3",   "1E3", "1,5", " 1",    "1 ",   "--1", "+-1", "-+1",   ".",  "-",   "+",    "-.",
          "+.", "1.2.3", "..1", "abc", "1_000", "0x10", "NaN", "INF", "1.5\n", "1-", "1+1", "1'000"}) {
        INFO("text: '" << bad << "'");
        REQUIRE(parseError(bad) == ErrorCode::InvalidInput);
    }
    // Digits of other scripts are digits to QChar, but not to xs:decimal.
    REQUIRE(parseError("\u0661\u0662") == ErrorCode::InvalidInput);
    REQUIRE(parseError("\uff11") == ErrorCode::InvalidInput);
    // Malformed text stays malformed even when it is also too long.
    REQUIRE(parseError(kMax + "1x") == ErrorCode::InvalidInput);

    SECTION("the message quotes the text and says what is wrong")
    {
        const auto r = Decimal::parse(u"1,5");
        REQUIRE_FALSE(r.ok());
        const QString message = r.error().message;
        INFO(message.toStdString());
        REQUIRE(message.contains(QStringLiteral("\"1,5\"")));
        REQUIRE(message.contains(QStringLiteral("','")));
        REQUIRE(message.contains(QStringLiteral("position 2")));

        const auto noDigits = Decimal::parse(u"-.");
        REQUIRE(noDigits.error().message.contains(QStringLiteral("no digits")));
        REQUIRE(Decimal::parse(u"").error().message.contains(QStringLiteral("\"\"")));
    }

    SECTION("a long text is quoted truncated to 40 characters")
    {
        const QString longText = QString(40, u'1') + QStringLiteral("XYZ") + QString(30, u'2');
        const auto r = Decimal::parse(longText);
        REQUIRE_FALSE(r.ok());
        const QString message = r.error().message;
        INFO(message.toStdString());
        REQUIRE(message.contains(QString(40, u'1')));
        REQUIRE_FALSE(message.contains(QStringLiteral("XYZ")));
        REQUIRE_FALSE(message.contains(QString(41, u'1')));
        REQUIRE(message.contains(QStringLiteral("position 41")));
    }
}

TEST_CASE("Decimal refuses numbers with more digits than fit with Overflow", "[decimal]")
{
    REQUIRE(parseError("1" + std::string(38, '0')) == ErrorCode::Overflow);
    REQUIRE(parseError("-" + kMax + "9") == ErrorCode::Overflow);
    REQUIRE(parseError(kMax + ".5") == ErrorCode::Overflow);
    REQUIRE(parseError("0." + std::string(39, '0')) == ErrorCode::Overflow);
    REQUIRE(parseError("0." + std::string(38, '0') + "1") == ErrorCode::Overflow);
    REQUIRE(parseError("1." + std::string(38, '0')) == ErrorCode::Overflow);
    REQUIRE(str(dec("1." + std::string(37, '0'))) == "1." + std::string(37, '0')); // 38 digits still fit
}

TEST_CASE("Decimal formats canonically", "[decimal]")
{
    REQUIRE(str(Decimal()) == "0");
    REQUIRE(Decimal().scale() == 0);
    REQUIRE(str(Decimal::fromInt(42)) == "42");
    REQUIRE(str(Decimal::fromInt(-7)) == "-7");
    REQUIRE(str(Decimal::fromInt(std::numeric_limits<qint64>::max())) == "9223372036854775807");
    REQUIRE(str(Decimal::fromInt(std::numeric_limits<qint64>::min())) == "-9223372036854775808");
    REQUIRE(str(dec("0.05")) == "0.05");
    REQUIRE(str(dec("-0.005")) == "-0.005");
    REQUIRE(str(dec("-12345.678")) == "-12345.678");
    for (const std::string text : {"0.00", "1.10", "-99.99", "123456789012345678901234567890.12345678"})
        REQUIRE(str(dec(text)) == text);
    // With a least number of decimals: padded, never rounded.
    REQUIRE(dec("336.9").toString(2).toStdString() == "336.90");
    REQUIRE(dec("-5").toString(2).toStdString() == "-5.00");
    REQUIRE(dec("1.005").toString(2).toStdString() == "1.005");
    REQUIRE(dec("12.34").toString(2).toStdString() == "12.34");
}

TEST_CASE("Decimal formats for people in the locale", "[decimal]")
{
    SECTION("German")
    {
        REQUIRE(loc("de_DE", "1234567.89") == "1.234.567,89");
        REQUIRE(loc("de_DE", "-1234.50") == "-1.234,50");
        REQUIRE(loc("de_DE", "999") == "999");
        REQUIRE(loc("de_DE", "1000") == "1.000");
        REQUIRE(loc("de_DE", "12", 2) == "12,00");
        REQUIRE(loc("de_DE", "1.5", 2) == "1,50");
        REQUIRE(loc("de_DE", "1.2345", 2) == "1,2345"); // pads, never rounds away digits
        REQUIRE(loc("de_DE", "-0.00") == "0,00");
        REQUIRE(loc("de_DE", "-0.05") == "-0,05");
        REQUIRE(loc("de_DE", "0") == "0");
        REQUIRE(loc("de_DE", "1000000000000000000000000000000.5") == "1.000.000.000.000.000.000.000.000.000.000,5");
        REQUIRE(loc("de_DE", "-" + kMax) == "-99.999.999.999.999.999.999.999.999.999.999.999.999");
        REQUIRE(loc("de_DE", "9223372036854775808") == "9.223.372.036.854.775.808"); // just beyond qint64
    }
    SECTION("English")
    {
        REQUIRE(loc("en_US", "1234567.89") == "1,234,567.89");
        REQUIRE(loc("en_US", "-1234567.89") == "-1,234,567.89");
        REQUIRE(loc("en_GB", "0.5", 2) == "0.50");
        REQUIRE(loc("en_US", "-123456789012345678901234.125", 4) == "-123,456,789,012,345,678,901,234.1250");
    }
    SECTION("without group separators when the locale says so")
    {
        QLocale de(QStringLiteral("de_DE"));
        de.setNumberOptions(QLocale::OmitGroupSeparator);
        REQUIRE(dec("1234567.89").toLocaleString(de).toStdString() == "1234567,89");
        REQUIRE(dec("123456789012345678901234.5").toLocaleString(de).toStdString() == "123456789012345678901234,5");
    }
    SECTION("locales with their own digits")
    {
        const QLocale ar(QStringLiteral("ar_EG"));
        const QString small = dec("1234.5").toLocaleString(ar);
        const QString large = dec("123456789012345678901234.5").toLocaleString(ar);
        REQUIRE(small.startsWith(ar.toString(qlonglong(1234))));
        for (const QString &s : {small, large})
            REQUIRE(std::none_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }));
    }
}

TEST_CASE("Decimal sign helpers", "[decimal]")
{
    REQUIRE(dec("-1.5").isNegative());
    REQUIRE(dec("-1.5").sign() == -1);
    REQUIRE(dec("0.001").sign() == 1);
    REQUIRE(Decimal().isZero());
    REQUIRE_FALSE(dec("0.001").isZero());
    REQUIRE(str(dec("-1.50").negated()) == "1.50");
    REQUIRE(str(dec("1.50").negated()) == "-1.50");
    REQUIRE(str(dec("-1.50").abs()) == "1.50");
    REQUIRE(str(dec("1.50").abs()) == "1.50");
    REQUIRE(str(dec("0.00").negated()) == "0.00");
    REQUIRE_FALSE(dec("0.00").negated().isNegative());
    REQUIRE(str(dec("-" + kMax).negated()) == kMax);
    REQUIRE(str(dec("-" + kMax).abs()) == kMax);
}

TEST_CASE("Decimal adds and subtracts exactly across scales and signs", "[decimal]")
{
    REQUIRE(str(dec("0.1").add(dec("0.2"))) == "0.3");
    REQUIRE(str(dec("1.5").add(dec("2.25"))) == "3.75");
    REQUIRE(str(dec("2.25").add(dec("1.5"))) == "3.75");
    REQUIRE(str(dec("-1.5").add(dec("0.25"))) == "-1.25");
    REQUIRE(str(dec("1.5").add(dec("-2"))) == "-0.5");
    REQUIRE(str(dec("1").add(dec("0.000"))) == "1.000");
    REQUIRE(str(dec("1.00").sub(dec("1"))) == "0.00");
    REQUIRE_FALSE(dec("1.00").sub(dec("1"))->isNegative());
    REQUIRE(str(dec("-0.5").sub(dec("-0.5"))) == "0.0");
    REQUIRE(str(dec("0.1").sub(dec("0.35"))) == "-0.25");
    REQUIRE(str(dec("-10").sub(dec("0.01"))) == "-10.01");
    REQUIRE(str(dec("-10").sub(dec("-0.01"))) == "-9.99");

    SECTION("large amounts")
    {
        const Decimal big = dec("1000000000000000000000000000000.00"); // 10^30
        REQUIRE(str(big.add(big)) == "2000000000000000000000000000000.00");
        REQUIRE(str(big.add(dec("0.01"))) == "1000000000000000000000000000000.01");
        REQUIRE(str(big.sub(dec("0.01"))) == "999999999999999999999999999999.99");
        REQUIRE(str(big.negated().sub(big)) == "-2000000000000000000000000000000.00");
        REQUIRE(str(dec(kMax).sub(dec(kMax))) == "0");
        REQUIRE(str(dec(kMax).add(dec("-1"))) == "99999999999999999999999999999999999998");
        REQUIRE(str(dec("99999999999999999999999999999999999998").add(dec("1"))) == kMax);
    }
    SECTION("overflow is an error, never a wrap")
    {
        REQUIRE(errorOf(dec(kMax).add(dec("1"))) == ErrorCode::Overflow);
        REQUIRE(errorOf(dec("-" + kMax).add(dec("-1"))) == ErrorCode::Overflow);
        REQUIRE(errorOf(dec("-" + kMax).sub(dec("1"))) == ErrorCode::Overflow);
        REQUIRE(errorOf(dec(kMax).sub(dec("-" + kMax))) == ErrorCode::Overflow);
        REQUIRE(errorOf(dec(kMax).add(dec(kMax))) == ErrorCode::Overflow);
        // The sum would fit in value, but not at the scale of the other operand.
        REQUIRE(errorOf(dec("10000000000000000000000000000000000000").add(dec("0.1"))) == ErrorCode::Overflow);
        REQUIRE(errorOf(dec("0.1").sub(dec("10000000000000000000000000000000000000"))) == ErrorCode::Overflow);
        REQUIRE(str(dec("1").add(dec("0.0000000000000000000000000000000000001"))) ==
                "1.0000000000000000000000000000000000001"); // 38 digits: fits
        REQUIRE(errorOf(dec("10").add(dec("0.0000000000000000000000000000000000001"))) == ErrorCode::Overflow);
    }
}

TEST_CASE("Decimal multiplies exactly", "[decimal]")
{
    REQUIRE(str(dec("1.5").mul(dec("2.25"))) == "3.375");
    REQUIRE(str(dec("-0.5").mul(dec("0.5"))) == "-0.25");
    REQUIRE(str(dec("0.5").mul(dec("-0.5"))) == "-0.25");
    REQUIRE(str(dec("-2").mul(dec("-3"))) == "6");
    REQUIRE(str(dec("19.99").mul(dec("0.19"))) == "3.7981");
    REQUIRE(str(dec("3").mul(dec("0.1"))) == "0.3");
    REQUIRE(str(dec("0.00").mul(dec("-5"))) == "0.00");
    REQUIRE_FALSE(dec("0.00").mul(dec("-5"))->isNegative());
    REQUIRE(str(dec("10000000000000000000").mul(dec("1000000000000000000"))) == "1" + std::string(37, '0'));
    REQUIRE(str(dec("-1000000000000000000000000000000.00").mul(dec("99.99"))) ==
            "-99990000000000000000000000000000.0000");

    SECTION("overflow of the coefficient or the scale")
    {
        REQUIRE(errorOf(dec("10000000000000000000").mul(dec("10000000000000000000"))) == ErrorCode::Overflow);
        REQUIRE(errorOf(dec(kMax).mul(dec(kMax))) == ErrorCode::Overflow); // beyond __int128 itself
        REQUIRE(errorOf(dec("-" + kMax).mul(dec("2"))) == ErrorCode::Overflow);
        REQUIRE(errorOf(dec(kMax).mul(dec("-1.0"))) == ErrorCode::Overflow); // 39 digits with the scale
        REQUIRE(str(dec(kMax).mul(dec("-1"))) == "-" + kMax);
        const Decimal tiny = dec("0.00000000000000000001"); // scale 20
        REQUIRE(errorOf(tiny.mul(tiny)) == ErrorCode::Overflow);
        REQUIRE(errorOf(dec("0.00000000000000000000").mul(dec("0.0000000000000000000"))) == ErrorCode::Overflow);
        REQUIRE(errorOf(dec("0.0000000000000000001").mul(tiny)) == ErrorCode::Overflow); // scale 39
        REQUIRE(str(dec("0.0000000000000000001").mul(dec("-0.0000000000000000001"))) ==
                "-0.00000000000000000000000000000000000001"); // scale 38
    }
}

TEST_CASE("Decimal divides with a chosen scale and rounding", "[decimal]")
{
    REQUIRE(quot("10", "4", 2, HalfAway) == "2.50");
    REQUIRE(quot("1", "3", 2, HalfAway) == "0.33");
    REQUIRE(quot("2", "3", 2, HalfAway) == "0.67");
    REQUIRE(quot("2", "3", 2, HalfUp) == "0.67");
    REQUIRE(quot("2", "3", 2, Trunc) == "0.66");
    REQUIRE(quot("-2", "3", 2, HalfAway) == "-0.67");
    REQUIRE(quot("-2", "3", 2, HalfUp) == "-0.67"); // not a half: nearest wins
    REQUIRE(quot("-2", "3", 2, Trunc) == "-0.66");
    REQUIRE(quot("2", "-3", 2, Trunc) == "-0.66");
    REQUIRE(quot("-2", "-3", 2, HalfAway) == "0.67");
    REQUIRE(quot("1.000", "0.2", 1, HalfAway) == "5.0");
    REQUIRE(quot("0.001", "1000", 6, HalfAway) == "0.000001");
    REQUIRE(quot("0.001", "1000", 5, HalfAway) == "0.00000");
    REQUIRE(quot("123.456", "1", 1, HalfAway) == "123.5");
    REQUIRE(quot("100", "0.25", 0, Trunc) == "400");
    REQUIRE(quot("0", "-7", 3, HalfAway) == "0.000");

    SECTION("exact halves in each mode, all sign combinations")
    {
        REQUIRE(quot("5", "2", 0, HalfAway) == "3");
        REQUIRE(quot("5", "2", 0, HalfUp) == "3");
        REQUIRE(quot("5", "2", 0, Trunc) == "2");
        REQUIRE(quot("-5", "2", 0, HalfAway) == "-3");
        REQUIRE(quot("-5", "2", 0, HalfUp) == "-2");
        REQUIRE(quot("-5", "2", 0, Trunc) == "-2");
        REQUIRE(quot("5", "-2", 0, HalfAway) == "-3");
        REQUIRE(quot("5", "-2", 0, HalfUp) == "-2");
        REQUIRE(quot("-5", "-2", 0, HalfAway) == "3");
        REQUIRE(quot("-5", "-2", 0, HalfUp) == "3");
        REQUIRE(quot("-5", "-2", 0, Trunc) == "2");
        REQUIRE(quot("-1", "2", 0, HalfUp) == "0"); // -0.5 rounds to zero, and zero has no sign
        REQUIRE(quot("-1", "2", 0, HalfAway) == "-1");
        REQUIRE(quot("-1", "3", 0, HalfAway) == "0");
        REQUIRE(quot("-0.001", "1", 2, HalfAway) == "0.00");
        REQUIRE_FALSE(dec("-0.001").div(dec("1"), 2, HalfAway)->isNegative());
    }
    SECTION("large values whose intermediate products exceed 128 bits")
    {
        const std::string e37 = "1" + std::string(37, '0');
        REQUIRE(quot(e37, e37, 37, HalfAway) == "1." + std::string(37, '0'));
        REQUIRE(quot("2" + std::string(36, '0'), "3" + std::string(36, '0'), 30, HalfAway) ==
                "0." + std::string(29, '6') + "7");
        REQUIRE(quot("12345678901234567890123456789.123456789", "0.0000000987654321", 2, HalfAway) ==
                "124999998873437499901582031241105224.60");
        REQUIRE(quot("12345678901234567890123456789.123456789", "0.0000000987654321", 2, Trunc) ==
                "124999998873437499901582031241105224.59");
        REQUIRE(quot("-12345678901234567890123456789.123456789", "0.0000000987654321", 2, HalfUp) ==
                "-124999998873437499901582031241105224.60");
        REQUIRE(quot(kMax, "7", 0, HalfAway) == "14285714285714285714285714285714285714");
        REQUIRE(quot("1", "7", 38, HalfAway) == "0.14285714285714285714285714285714285714");
        REQUIRE(quot("-1", "3", 38, HalfUp) == "-0.33333333333333333333333333333333333333");
        REQUIRE(quot(kMax, kMax, 37, HalfAway) == "1." + std::string(37, '0'));
        REQUIRE(quot("-" + kMax, "1", 0, HalfAway) == "-" + kMax);
        // A dividend at scale 38 and a quotient at scale 0: the divisor is scaled by 10^38.
        const std::string half38 = "0.5" + std::string(37, '0');
        REQUIRE(quot(half38, "1", 0, HalfAway) == "1");
        REQUIRE(quot(half38, "1", 0, Trunc) == "0");
        REQUIRE(quot("-" + half38, "1", 0, HalfUp) == "0");
        REQUIRE(quot("-" + half38, "1", 0, HalfAway) == "-1");
        REQUIRE(quot("0.00000000000000000000000000000000000001", kMax, 0, HalfAway) == "0");
        // Chosen so that a partial remainder exceeds 2^128 and its middle 64-bit word equals the divisor's,
        // which needs a borrow through an equal word in the 256-bit subtraction.
        const std::string divisor = "99999999999999999999999999999999999989";
        REQUIRE(quot("44028236692093846346268720788036753818", divisor, 38, Trunc) ==
                "0.44028236692093846346268720788036753822");
        REQUIRE(quot("94028236692093846346268720788036753813", divisor, 38, Trunc) ==
                "0.94028236692093846346268720788036753823");
        REQUIRE(quot("-94028236692093846346268720788036753813", divisor, 1, HalfAway) == "-0.9");
    }
    SECTION("errors")
    {
        REQUIRE(errorOf(dec("1").div(dec("0"), 2, HalfAway)) == ErrorCode::InvalidInput);
        REQUIRE(errorOf(dec("1").div(dec("-0.00"), 2, HalfAway)) == ErrorCode::InvalidInput);
        REQUIRE(errorOf(dec("0").div(dec("0"), 0, Trunc)) == ErrorCode::InvalidInput);
        REQUIRE(errorOf(dec("1").div(dec("3"), -1, HalfAway)) == ErrorCode::InvalidInput);
        REQUIRE(errorOf(dec("1").div(dec("3"), 39, HalfAway)) == ErrorCode::InvalidInput);
        REQUIRE(errorOf(dec(kMax).div(dec("0.1"), 0, Trunc)) == ErrorCode::Overflow);
        REQUIRE(errorOf(dec("1").div(dec("0.00000000000000000000000000000000000001"), 0, Trunc)) ==
                ErrorCode::Overflow);
        REQUIRE(errorOf(dec("1").div(dec("1"), 38, Trunc)) == ErrorCode::Overflow); // 1 with 38 decimals
        REQUIRE(errorOf(dec("-" + kMax).div(dec("0.5"), 0, HalfAway)) == ErrorCode::Overflow);
    }
}

TEST_CASE("Decimal division agrees with multiplication", "[decimal]")
{
    const std::vector<std::string> values = {"1",          "-1",     "3",           "-7",
                                             "0.3",        "12.345", "-98765.4321", "0.00017",
                                             "1000000.01", "-2.5",   "19.99",       "123456789012.3456",
                                             "-0.0625",    "333.333"};
    for (const auto &a : values) {
        for (const auto &b : values) {
            for (int scale : {0, 2, 5, 12}) {
                const auto q = dec(a).div(dec(b), scale, Trunc);
                INFO(a << " / " << b << " at " << scale << " = " << str(q));
                REQUIRE(q.ok());
                REQUIRE(q->scale() == scale);
                // |q*b| <= |a| < (|q| + ulp) * |b| pins down the truncated quotient exactly.
                const Decimal ulp = *dec("1").div(dec("1" + std::string(scale, '0')), scale, Trunc);
                const auto lower = q->abs().mul(dec(b).abs());
                const auto upper = q->abs().add(ulp)->mul(dec(b).abs());
                REQUIRE(lower.ok());
                REQUIRE(upper.ok());
                REQUIRE(*lower <= dec(a).abs());
                REQUIRE(dec(a).abs() < *upper);
                REQUIRE((q->isZero() || q->sign() == dec(a).sign() * dec(b).sign()));
            }
        }
    }
}

TEST_CASE("Decimal rounds in each mode", "[decimal]")
{
    SECTION("halves")
    {
        REQUIRE(rnd("2.5", 0, HalfAway) == "3");
        REQUIRE(rnd("2.5", 0, HalfUp) == "3");
        REQUIRE(rnd("2.5", 0, Trunc) == "2");
        REQUIRE(rnd("-2.5", 0, HalfAway) == "-3");
        REQUIRE(rnd("-2.5", 0, HalfUp) == "-2");
        REQUIRE(rnd("-2.5", 0, Trunc) == "-2");
        REQUIRE(rnd("2.345", 2, HalfAway) == "2.35");
        REQUIRE(rnd("2.345", 2, HalfUp) == "2.35");
        REQUIRE(rnd("2.345", 2, Trunc) == "2.34");
        REQUIRE(rnd("-2.345", 2, HalfAway) == "-2.35");
        REQUIRE(rnd("-2.345", 2, HalfUp) == "-2.34");
        REQUIRE(rnd("-2.345", 2, Trunc) == "-2.34");
        REQUIRE(rnd("-2.3450000", 2, HalfUp) == "-2.34");
        REQUIRE(rnd("-2.3450001", 2, HalfUp) == "-2.35");
        REQUIRE(rnd("0.5", 0, HalfUp) == "1");
        REQUIRE(rnd("-0.5", 0, HalfUp) == "0");
        REQUIRE(rnd("-0.5", 0, HalfAway) == "-1");
        REQUIRE_FALSE(dec("-0.5").rounded(0, HalfUp)->isNegative());
    }
    SECTION("not halves")
    {
        REQUIRE(rnd("2.344", 2, HalfAway) == "2.34");
        REQUIRE(rnd("2.344", 2, HalfUp) == "2.34");
        REQUIRE(rnd("2.346", 2, Trunc) == "2.34");
        REQUIRE(rnd("-2.346", 2, HalfAway) == "-2.35");
        REQUIRE(rnd("-2.346", 2, HalfUp) == "-2.35");
        REQUIRE(rnd("-2.344", 2, HalfUp) == "-2.34");
        REQUIRE(rnd("-2.349", 2, Trunc) == "-2.34");
        REQUIRE(rnd("-0.4", 0, HalfAway) == "0");
        REQUIRE(rnd("9.995", 2, HalfAway) == "10.00");
        REQUIRE(rnd("-9.995", 2, HalfAway) == "-10.00");
        REQUIRE(rnd("-9.995", 2, HalfUp) == "-9.99");
        REQUIRE(rnd("0.00000000000000000000000000000000000005", 37, HalfAway) ==
                "0.0000000000000000000000000000000000001");
        REQUIRE(rnd("9999999999999999999999999999999999999.5", 0, HalfAway) == "1" + std::string(37, '0'));
    }
    SECTION("padding to more places")
    {
        REQUIRE(rnd("1.5", 3, HalfAway) == "1.500");
        REQUIRE(rnd("-1.5", 3, Trunc) == "-1.500");
        REQUIRE(rnd("7", 2, HalfUp) == "7.00");
        REQUIRE(rnd("1.25", 2, HalfAway) == "1.25");
        REQUIRE(rnd("0", 38, HalfAway) == "0." + std::string(38, '0'));
        REQUIRE(errorOf(dec(kMax).rounded(1, HalfAway)) == ErrorCode::Overflow);
        REQUIRE(errorOf(dec("1").rounded(38, HalfAway)) == ErrorCode::Overflow);
        REQUIRE(errorOf(dec("-12345678901234567890").rounded(19, Trunc)) == ErrorCode::Overflow);
        REQUIRE(rnd("-1234567890123456789", 19, Trunc) == "-1234567890123456789." + std::string(19, '0'));
    }
    SECTION("places out of range")
    {
        REQUIRE(errorOf(dec("1.5").rounded(-1, HalfAway)) == ErrorCode::InvalidInput);
        REQUIRE(errorOf(dec("1.5").rounded(39, HalfAway)) == ErrorCode::InvalidInput);
    }
}

TEST_CASE("Decimal supports the round(x * 100) div 100 idiom of the e-invoice rules", "[decimal]")
{
    const auto roundCents = [](const std::string &x, RoundingMode mode) {
        const auto hundred = dec("100");
        return str(dec(x).mul(hundred)->rounded(0, mode)->div(hundred, 2, Trunc));
    };
    // 2.675 is 2.67499999... as a double; exact arithmetic gives the right cent.
    REQUIRE(roundCents("2.675", HalfAway) == "2.68");
    REQUIRE(roundCents("2.675", HalfUp) == "2.68");
    REQUIRE(roundCents("-2.675", HalfAway) == "-2.68");
    REQUIRE(roundCents("-2.675", HalfUp) == "-2.67");
    REQUIRE(roundCents("1.005", HalfUp) == "1.01");
    REQUIRE(roundCents("-1.005", HalfUp) == "-1.00");
    REQUIRE(roundCents("0.004", HalfUp) == "0.00");

    // Line net 3 x 19.99, VAT 19 %: 59.97 * 0.19 = 11.3943 -> 11.39
    const auto net = dec("3").mul(dec("19.99"));
    REQUIRE(str(net) == "59.97");
    const auto vat = net->mul(dec("0.19"))->rounded(2, HalfUp);
    REQUIRE(str(vat) == "11.39");
    REQUIRE(str(net->add(*vat)) == "71.36");

    // A thousand times 0.1 is exactly 100, unlike with binary floating point.
    Decimal sum;
    for (int i = 0; i < 1000; ++i)
        sum = *sum.add(dec("0.1"));
    REQUIRE(str(sum) == "100.0");
    REQUIRE(sum == Decimal::fromInt(100));
}

TEST_CASE("Decimal compares numerically across scales", "[decimal]")
{
    REQUIRE(dec("1.0") == dec("1.00"));
    REQUIRE(dec("1") == dec("1.000"));
    REQUIRE(dec("-0.00") == Decimal());
    REQUIRE(dec("0.000") == dec("-0"));
    REQUIRE(dec("1.5") != dec("1.50001"));
    REQUIRE(dec("0.1") < dec("0.10001"));
    REQUIRE(dec("-1") < dec("-0.5"));
    REQUIRE(dec("-0.5") < dec("0"));
    REQUIRE(dec("0") < dec("0.00000000000000000000000000000000000001"));
    REQUIRE(dec("-0.00000000000000000000000000000000000001") < dec("0"));
    REQUIRE(dec("10") > dec("9.99"));
    REQUIRE(dec("-10") < dec("-9.99"));
    REQUIRE((dec("2.50") <=> dec("2.5")) == std::strong_ordering::equal);
    REQUIRE((dec("2.49") <=> dec("2.5")) == std::strong_ordering::less);
    REQUIRE((dec("-2.49") <=> dec("-2.5")) == std::strong_ordering::greater);

    SECTION("at the extremes, where rescaling one side would overflow")
    {
        const Decimal max = dec(kMax);
        const Decimal almostOne = dec("0.99999999999999999999999999999999999999");
        REQUIRE(max > almostOne);
        REQUIRE(max.negated() < almostOne.negated());
        REQUIRE(almostOne < dec("1"));
        REQUIRE(almostOne.negated() > dec("-1"));
        REQUIRE(max > dec("9999999999999999999999999999999999999.9"));
        REQUIRE(max.negated() < dec("-9999999999999999999999999999999999999.9"));
        REQUIRE(dec("0.10000000000000000000000000000000000000") == dec("0.1"));
        REQUIRE(dec("9.9999999999999999999999999999999999999") < dec("10"));
        REQUIRE(dec("9.9999999999999999999999999999999999999") > almostOne);
        REQUIRE(dec("-9.9999999999999999999999999999999999999") < almostOne.negated());
        REQUIRE(max.negated() < max);
        REQUIRE(max == dec("00" + kMax));
    }
    SECTION("ordering is consistent with subtraction and sorts")
    {
        const std::vector<std::string> texts = {"3",       "-1.5",     "0.00",
                                                "1.50",    "1.5",      "-0.000001",
                                                kMax,      "-" + kMax, "0.99999999999999999999999999999999999999",
                                                "100.001", "-100.0010"};
        std::vector<Decimal> values;
        for (const auto &t : texts)
            values.push_back(dec(t));
        for (const auto &a : values) {
            for (const auto &b : values) {
                INFO(str(a) << " vs " << str(b));
                REQUIRE((a <=> b) == (0 <=> (b <=> a)));
                const auto diff = a.sub(b);
                if (diff.ok())
                    REQUIRE((a <=> b) == (diff->sign() <=> 0));
                REQUIRE((a == b) == ((a <=> b) == 0));
            }
        }
        std::sort(values.begin(), values.end());
        std::vector<std::string> sorted;
        for (const auto &v : values)
            sorted.push_back(str(v));
        REQUIRE(sorted.front() == "-" + kMax);
        REQUIRE(sorted.back() == kMax);
        REQUIRE(std::is_sorted(values.begin(), values.end()));
        REQUIRE(sorted[1] == "-100.0010");
    }
}

TEST_CASE("Decimal hashes consistently with equality", "[decimal]")
{
    using amtsdesk::qHash;
    REQUIRE(qHash(dec("1")) == qHash(dec("1.0")));
    REQUIRE(qHash(dec("1")) == qHash(dec("1.00000")));
    REQUIRE(qHash(dec("-1.50")) == qHash(dec("-1.5")));
    REQUIRE(qHash(dec("0")) == qHash(dec("-0.000")));
    REQUIRE(qHash(dec("100"), 42) == qHash(dec("100.00"), 42));
    REQUIRE(qHash(dec("0.10000000000000000000000000000000000000")) == qHash(dec("0.1")));
    REQUIRE(qHash(dec("1")) != qHash(dec("10")));
    REQUIRE(qHash(dec("1.5")) != qHash(dec("-1.5")));
    REQUIRE(qHash(dec("0.1")) != qHash(dec("1")));

    QSet<Decimal> set;
    for (const char *t : {"1", "1.0", "1.00", "-0", "0.000", "2.50", "2.5", "2.05"})
        set.insert(dec(t));
    REQUIRE(set.size() == 4);
    REQUIRE(set.contains(dec("2.500")));
    REQUIRE_FALSE(set.contains(dec("0.25")));
}

TEST_CASE("Decimal converts to double for charts", "[decimal]")
{
    REQUIRE(dec("0.1").toDouble() == 0.1);
    REQUIRE(dec("-1234.5").toDouble() == -1234.5);
    REQUIRE(dec("0").toDouble() == 0.0);
    REQUIRE(dec(kMax).toDouble() == 1e38);
}
