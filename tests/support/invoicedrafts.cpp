#include "support/invoicedrafts.h"

using namespace amtsdesk;

InvoiceDraft sampleInvoiceDraft(const QString &number, const QString &leitwegId, InvoiceSyntax syntax)
{
    InvoiceDraft d;
    d.syntax = syntax;
    d.number = number;
    d.issueDate = QDate(2026, 2, 20);
    d.buyerReference = leitwegId;
    d.seller = InvoiceParty{QStringLiteral("Büro Schmidt GmbH"),
                            QStringLiteral("Hauptstraße 1"),
                            QStringLiteral("10115"),
                            QStringLiteral("Berlin"),
                            QStringLiteral("DE"),
                            QStringLiteral("DE123456789"),
                            {},
                            {},
                            QStringLiteral("rechnung@schmidt.example"),
                            QStringLiteral("EM"),
                            QStringLiteral("Eva Schmidt"),
                            QStringLiteral("030 123456"),
                            QStringLiteral("eva@schmidt.example")};
    d.buyer = InvoiceParty{QStringLiteral("Landkreis Musterfeld"),
                           QStringLiteral("Kreishausweg 1"),
                           QStringLiteral("12345"),
                           QStringLiteral("Musterfeld"),
                           QStringLiteral("DE"),
                           {},
                           {},
                           {},
                           leitwegId,
                           QStringLiteral("0204"),
                           {},
                           {},
                           {}};
    d.iban = QStringLiteral("DE02120300000000202051");
    d.paymentTerms = QStringLiteral("Zahlbar innerhalb von 30 Tagen ohne Abzug.");
    d.lines << InvoiceDraftLine{{},
                                QStringLiteral("Kopierpapier A4"),
                                *Decimal::parse(QStringLiteral("10")),
                                QStringLiteral("C62"),
                                *Decimal::parse(QStringLiteral("25.00")),
                                QStringLiteral("S"),
                                *Decimal::parse(QStringLiteral("19"))};
    return d;
}
