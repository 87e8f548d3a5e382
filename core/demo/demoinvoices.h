#pragma once

#include "common/result.h"
#include "invoice/invoicewriter.h"

#include <QCoreApplication>
#include <QString>

namespace amtsdesk {

class Database;
class PdfWorker;

// The demo's invoice inbox: Leitweg-IDs of six departments, and invoices the program writes
// itself (XRechnung in UBL and CII from German suppliers: office supplies, IT, school furniture,
// licence plates…), some with Skonto due in a few days, some overdue, a duplicate, two that
// break rules, one for an unknown Leitweg-ID and a PDF without invoice data. Several are taken
// along the approval, and two are handed over to the finance software (a folder beside the
// store) and filed in the e-file.
class DemoInvoices {
    Q_DECLARE_TR_FUNCTIONS(DemoInvoices)

public:
    static Status fill(Database &db, const QString &adminLogin, PdfWorker *worker);

    // The demo's suppliers and the Leitweg-IDs routed to departments, for the scale generator.
    static int supplierCount();
    static QStringList leitwegIds();
    // A Leitweg-ID no department has: such invoices wait in the central intake queue.
    static QString unknownLeitwegId();
    // A draft from the supplier to the Landkreis Musterfeld for the Leitweg-ID, issued on the day:
    // seller, buyer, bank account and payment terms (with Skonto when skontoDays > 0) filled
    // in; the number, dates beyond the issue date and the lines are the caller's.
    static InvoiceDraft supplierDraft(int supplier, const QString &leitwegId, QDate issued, int skontoDays = 0);
};

} // namespace amtsdesk
