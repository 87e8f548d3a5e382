#pragma once

#include "common/decimal.h"
#include "invoice/invoicemodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace amtsdesk {

// The arithmetic check (rechnerisch richtig): each total of an invoice as stated beside the
// same total computed again from its lines, allowances, charges and VAT breakdown, exactly
// (Decimal, commercial rounding to cents where EN 16931 rounds).
struct RecalculatedTotal {
    QString term;  // BT-106, BT-109, …
    QString label; // translated
    std::optional<Decimal> stated;
    std::optional<Decimal> computed;
    // The invoice's figure equals the computed one; a total the invoice leaves out that computes
    // to zero agrees too (BT-107 without allowances).
    bool agrees() const { return computed && (stated ? *stated == *computed : computed->isZero()); }
};

struct Recalculation {
    QList<RecalculatedTotal> totals;
    bool agrees() const;
};

class Recalculator {
    Q_DECLARE_TR_FUNCTIONS(Recalculator)

public:
    static Recalculation of(const EInvoice &invoice);
};

} // namespace amtsdesk
