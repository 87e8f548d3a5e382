#pragma once

#include "common/decimal.h"

#include <QLocale>

#include <optional>

namespace amtsdesk::ui::amounttext {

// An amount as a person types it: in the locale's way ("12.500,00" in German, "12,500.00" in
// English, group separators optional) or the program's way with a point ("12500.00"). Group
// separators count only in groups of three digits, so a German "12.500" is 12500 and never
// 12.5, and "12.500,00" in English is refused rather than read as 12.5. Empty or not an
// amount: std::nullopt.
std::optional<Decimal> parse(const QString &text, const QLocale &locale = QLocale());
// For people: the locale's separators, at least two decimals.
QString format(const Decimal &amount, const QLocale &locale = QLocale());

} // namespace amtsdesk::ui::amounttext
