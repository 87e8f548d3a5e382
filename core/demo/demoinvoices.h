#pragma once

#include "common/result.h"

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
};

} // namespace amtsdesk
