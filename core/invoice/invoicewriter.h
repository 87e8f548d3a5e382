#pragma once

#include "common/decimal.h"
#include "common/result.h"
#include "invoice/invoicemodel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace amtsdesk {

// A seller (BG-4) or buyer (BG-7) as the writer needs it. Empty optional fields are left out.
struct InvoiceParty {
    QString name;                                           // BT-27, BT-44
    QString street;                                         // BT-35, BT-50 (optional)
    QString postcode;                                       // BT-38, BT-53
    QString city;                                           // BT-37, BT-52
    QString countryCode = QStringLiteral("DE");             // BT-40, BT-55
    QString vatId;                                          // BT-31, BT-48, with country prefix: DE123456789
    QString taxNumber;                                      // BT-32, seller only: the Steuernummer
    QString legalRegistrationId;                            // BT-30, BT-47: e.g. "HRB 12345"
    QString electronicAddress;                              // BT-34, BT-49
    QString electronicAddressScheme = QStringLiteral("EM"); // EAS code: EM e-mail, 0204 Leitweg-ID
    QString contactName, contactPhone, contactEmail;        // BG-6 (required for the seller), BG-9
};

struct InvoiceDraftLine {                      // BG-25
    QString id;                                // BT-126; empty: the line's position (1, 2, …)
    QString name;                              // BT-153
    Decimal quantity;                          // BT-129
    QString unitCode = QStringLiteral("C62");  // BT-130 (UN/ECE Rec. 20: C62, H87, HUR, DAY, KGM, …)
    Decimal netPrice;                          // BT-146, per one unit, never negative
    QString vatCategory = QStringLiteral("S"); // BT-151: S (rate above 0), Z or E (rate 0)
    Decimal vatRate;                           // BT-152: 19, 7, …
};

// What an invoice says, without its totals: the writer computes those.
struct InvoiceDraft {
    InvoiceSyntax syntax = InvoiceSyntax::Ubl;
    QString number;                           // BT-1
    QDate issueDate;                          // BT-2
    QDate dueDate;                            // BT-9, may be null
    QDate deliveryDate;                       // BT-72, may be null
    QString currency = QStringLiteral("EUR"); // BT-5
    QString buyerReference;                   // BT-10, for public buyers the Leitweg-ID, e.g. "05315-12345-67"
    QString orderReference;                   // BT-13, optional
    InvoiceParty seller, buyer;
    // BG-17, paid by SEPA credit transfer (payment means code 58); spaces in the IBAN are dropped.
    QString iban, bic, accountName;
    QString paymentTerms;       // BT-20; Skonto lines as skontoLine() makes them
    QString vatExemptionReason; // BT-120, required when a line has category E (e.g. § 19 UStG)
    QString note;               // BT-22, optional
    QList<InvoiceDraftLine> lines;
};

struct InvoiceVatGroup {   // BG-23: one per VAT category and rate, in the order the lines first use them
    QString category;      // BT-118
    Decimal rate;          // BT-119
    Decimal taxableAmount; // BT-116
    Decimal taxAmount;     // BT-117
};

struct InvoiceTotals {
    QList<Decimal> lineNetAmounts; // BT-131, per line
    Decimal lineTotal;             // BT-106
    Decimal totalWithoutVat;       // BT-109
    Decimal vatTotal;              // BT-110
    Decimal totalWithVat;          // BT-112
    Decimal amountDue;             // BT-115
    QList<InvoiceVatGroup> vatBreakdown;
};

// Writes an XRechnung 3.0 invoice (type 380, paid by SEPA credit transfer) in UBL 2.1 or CII
// D16B from a draft, with the totals computed exactly; a draft that would not give a valid
// XRechnung is refused with a message naming what is wrong.
class InvoiceWriter {
    Q_DECLARE_TR_FUNCTIONS(InvoiceWriter)

public:
    static constexpr char kSpecificationId[] =
        "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";        // BT-24
    static constexpr char kProcessId[] = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"; // BT-23

    static Result<QByteArray> write(const InvoiceDraft &draft);

    // Line nets are quantity × price, each VAT amount taxable amount × rate, both rounded
    // commercially to cents. Does not check the draft (write() does).
    static Result<InvoiceTotals> totals(const InvoiceDraft &draft);

    // A cash discount line for BT-20 in the form BR-DE-18 requires, with its line break:
    // "#SKONTO#TAGE=14#PROZENT=2.00#\n". Percent and base amount are written with two decimals.
    static QString skontoLine(int days, const Decimal &percent, std::optional<Decimal> baseAmount = std::nullopt);
};

} // namespace amtsdesk
