#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "efile/efiletypes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace amtsdesk {

class Database;
class PdfWorker;

// exportId 0 and no CSV when nothing was waiting to be handed over.
struct InvoiceExportResult {
    qint64 exportId = 0;
    QString csvPath;
    QList<InvoiceId> exported; // in the CSV, in its order
    int repeated = 0;          // of them, exported before
    QList<InvoiceId> archived; // filed in the e-file afterwards
    QStringList archiveErrors; // invoices handed over but not filed (archivePending retries)
};

// The hand-over to the finance software and the filing in the e-file. Export writes every
// invoice whose payment was ordered and that was never exported (and, only when named, ones
// exported before) as a CSV with the original files into a folder (format in the README), takes
// "hand over" for each and audits the export. Afterwards each invoice, its readable PDF/A, its
// validation report and its approval history are filed as documents of a new case in the
// department's file "Invoices YEAR", under the file plan unit set for invoices; then "archive".
class InvoiceExport {
    Q_DECLARE_TR_FUNCTIONS(InvoiceExport)

public:
    static inline const QString kPlanKeySetting = QStringLiteral("invoice.file_plan_key");
    // The CSV's columns, in order; documented in the README.
    static QStringList columns();

    explicit InvoiceExport(Database &db) : m_db(db) {}

    // A payment approver, an invoice checker or an administrator. again: invoices exported
    // before that are to be written once more (audited as a repetition).
    Result<InvoiceExportResult> exportReleased(const Actor &actor, const QString &folder, PdfWorker *worker,
                                               const QList<InvoiceId> &again = {});
    // Files the invoice in the e-file (as the program) and takes "archive"; nothing happens for
    // one filed already.
    Result<CaseId> archive(InvoiceId id, PdfWorker *worker);
    // Files every invoice that was handed over but not filed yet (say the file plan unit was
    // missing then); returns how many were filed.
    Result<int> archivePending(PdfWorker *worker, QStringList *errors = nullptr);

    Result<QString> filePlanKey() const;
    Status setFilePlanKey(const Actor &actor, const QString &planKey);

private:
    Result<FileId> invoiceFile(DepartmentId department, int year);
    Database &m_db;
};

} // namespace amtsdesk
