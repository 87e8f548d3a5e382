// Amounts as people type them, in German and English: group separators count only in groups of
// three, so nothing is read as another amount than the one meant.
#include "dialogs/amounttext.h"

#include <catch2/catch.hpp>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

QString read(const QString &text, const QLocale &locale)
{
    const std::optional<Decimal> d = amounttext::parse(text, locale);
    return d ? d->toString() : QStringLiteral("none");
}

} // namespace

TEST_CASE("amounts are read in the German way, the program's way, and refused when ambiguous", "[ui][amount]")
{
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(read(QStringLiteral("12.500,00"), german) == QStringLiteral("12500.00"));
    CHECK(read(QStringLiteral("12500,5"), german) == QStringLiteral("12500.5"));
    CHECK(read(QStringLiteral("12.500"), german) == QStringLiteral("12500"));
    CHECK(read(QStringLiteral("1.234.567,89"), german) == QStringLiteral("1234567.89"));
    CHECK(read(QStringLiteral(" 1 250,50 "), german) == QStringLiteral("1250.50"));
    CHECK(read(QStringLiteral("1234.56"), german) == QStringLiteral("1234.56")); // the program's way
    CHECK(read(QStringLiteral("-3,10"), german) == QStringLiteral("-3.10"));
    CHECK(read(QStringLiteral("12.50.0"), german) == QStringLiteral("none"));
    CHECK(read(QStringLiteral("1.2345,00"), german) == QStringLiteral("none"));
    CHECK(read(QStringLiteral("12,500,00"), german) == QStringLiteral("none"));
    CHECK(read(QStringLiteral("12.500,0x"), german) == QStringLiteral("none"));
    CHECK(read(QStringLiteral(""), german) == QStringLiteral("none"));
    CHECK(read(QStringLiteral("€ 5"), german) == QStringLiteral("none"));
    CHECK(amounttext::format(*Decimal::parse(u"12500"), german) == QStringLiteral("12.500,00"));
}

TEST_CASE("amounts are read in the English way, and a German amount is not misread there", "[ui][amount]")
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    CHECK(read(QStringLiteral("12,500.00"), english) == QStringLiteral("12500.00"));
    CHECK(read(QStringLiteral("12500.5"), english) == QStringLiteral("12500.5"));
    CHECK(read(QStringLiteral("12,500"), english) == QStringLiteral("12500"));
    CHECK(read(QStringLiteral("12.500,00"), english) == QStringLiteral("none"));
    CHECK(read(QStringLiteral("12500,00"), english) == QStringLiteral("none"));
    CHECK(amounttext::format(*Decimal::parse(u"1250.5"), english) == QStringLiteral("1,250.50"));
}
