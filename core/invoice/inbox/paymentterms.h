#pragma once

#include "common/decimal.h"
#include "invoice/invoicemodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace amtsdesk {

// One Skonto of an XRechnung's payment terms (BT-20, syntax of BR-DE-18):
// "#SKONTO#TAGE=14#PROZENT=2.00#" with an optional "BASISBETRAG=…#", one per line.
struct Skonto {
    int days = 0;
    Decimal percent;
    std::optional<Decimal> base; // BASISBETRAG; else the amount due (BT-115)
    QDate deadline;              // issue date (BT-2) + days
    Decimal amount;              // the discount, rounded to cents
};

// When an invoice must be paid, and what paying early saves.
struct PaymentDue {
    QDate dueDate;
    enum class Source { None, Invoice, Default } source = Source::None;
    QList<Skonto> skonti; // in the order given; the earliest deadline first after sorting
    // The first Skonto deadline on or after today, if any.
    const Skonto *nextSkonto(QDate today) const;
};

class PaymentTerms {
    Q_DECLARE_TR_FUNCTIONS(PaymentTerms)

public:
    // Days until payment where an invoice names no due date (BT-9): the 30 days after which a
    // debtor is in default under § 286 (3) BGB.
    static constexpr int kDefaultDays = 30;

    // The Skonto lines of BT-20 in BR-DE-18 syntax; lines that are not Skonto are ignored.
    static QList<Skonto> skonti(const QString &terms, QDate issueDate, const std::optional<Decimal> &amountDue);
    static PaymentDue of(const EInvoice &invoice);
};

} // namespace amtsdesk
