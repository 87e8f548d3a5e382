#pragma once

#include "access/actor.h"
#include "common/decimal.h"
#include "common/ids.h"
#include "common/result.h"
#include "efile/batchimport.h"
#include "efile/efiletypes.h"
#include "invoice/inbox/recalculation.h"
#include "invoice/invoicevalidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

class QSqlQuery;

namespace amtsdesk {

class Database;
class PdfWorker;
struct InvoiceFile;

// How an invoice reached the inbox.
enum class InvoiceChannel { Gui, Folder, Cli, Demo };

// One line of the account assignment (Kontierung): which cost centre and budget item bear
// how much of the amount due. Several lines split an invoice.
struct Allocation {
    QString costCentre; // Kostenstelle
    QString budgetItem; // Haushaltsstelle
    Decimal amount;
};

// An invoice in the inbox: what was read from its original, where it is routed, its state.
struct InvoiceRecord {
    InvoiceId id;
    WorkflowItemId workflowItem;
    QString blobHash;
    QString fileName;
    QString container; // xml, pdf
    QString syntax;    // ubl, cii; empty when it could not be read
    QString profile;
    QDateTime receivedAt;
    QString receivedVia;
    QString receivedByName;
    QString readError;
    QString number;
    QDate issueDate;
    QString typeCode;
    QString currency;
    QString leitwegId;
    QString orderReference;
    QString sellerName;
    QString sellerVatId;
    QString iban;
    std::optional<Decimal> netAmount, taxAmount, grossAmount, payableAmount;
    QDate dueDate;
    QString dueSource; // invoice (BT-9), default (issue date + 30 days)
    QDate skontoDate;
    std::optional<Decimal> skontoPercent, skontoAmount;
    QDate nextDeadline; // what the task list sorts by: the next Skonto deadline ahead, else dueDate
    int errors = 0;
    int warnings = 0;
    std::optional<InvoiceId> duplicateOf;
    QString duplicateWhy;
    DepartmentId department; // invalid: in the central intake queue
    QString departmentCode;
    QString departmentName;
    QString state;
    QString stateLabel;
    qint64 rowVersion = 0;
    std::optional<qint64> exportId;
    CaseId archivedIn;
    QList<Allocation> allocations;

    bool readable() const { return readError.isEmpty(); }
    bool valid() const { return readable() && errors == 0; }
};

struct InvoiceFilter {
    QString state;          // a workflow state key; empty: any
    QString departmentCode; // empty: any; "-": the central intake queue
    QDate dueBy;            // due (or Skonto deadline) on or before; null: any
    std::optional<bool> valid;
    bool openOnly = false; // not rejected or archived
    QString text;          // in number, seller, Leitweg-ID, file name
    enum class Sort { Due, Received, Seller, Amount } sort = Sort::Due;
};

struct InvoiceImport {
    InvoiceId id;
    QString state;      // the first workflow state it reached
    QString department; // routed to; empty: central intake queue
    int errors = 0;
    bool readable = true;
    std::optional<InvoiceId> duplicateOf;
};

struct LeitwegRoute {
    QString leitwegId;
    QString departmentCode;
    QString departmentName;
    QString note;
};

// The Rechnungseingang: invoices arrive (GUI, watched folder, CLI), are stored unchanged, read,
// validated by the system actor and routed by their Leitweg-ID; people then take them through
// the invoice workflow. Who may see an invoice: the people of its department, and everyone
// with the role invoice checker, payment approver or administrator (the central intake and the
// Kreiskasse work across departments). Every step is audited.
class InvoiceInbox {
    Q_DECLARE_TR_FUNCTIONS(InvoiceInbox)

public:
    static inline const QString kItemType = QStringLiteral("invoice");
    static constexpr qint64 kMaxBytes = qint64(64) << 20;

    explicit InvoiceInbox(Database &db) : m_db(db) {}

    // Stores the file as it is, reads and validates it, flags duplicates, routes it and starts
    // its workflow (the system actor takes "validation passed" where nothing fatal was found
    // and it is no duplicate). A file that is no invoice at all is kept too, with the reason.
    Result<InvoiceImport> importFile(const Actor &actor, const QString &path, InvoiceChannel channel,
                                     PdfWorker *worker);

    // Several files, going on past one that cannot be taken in: every file taken is "added"
    // (its message says where it went and what is wrong with it), the rest "failed". Also what
    // a watched invoice folder does with the files that arrive (InboxFolder).
    ImportSummary importFiles(const Actor &actor, const QStringList &paths, InvoiceChannel channel, PdfWorker *worker);
    // "invoice 12, department 20, 2 errors, possible duplicate of invoice 3"
    static QString describe(const InvoiceImport &outcome);

    Result<InvoiceRecord> invoice(const Actor &actor, InvoiceId id) const;
    Result<int> count(const Actor &actor, const InvoiceFilter &filter) const;
    Result<QList<InvoiceRecord>> list(const Actor &actor, const InvoiceFilter &filter, int offset = 0,
                                      int limit = 500) const;
    Result<QList<Finding>> findings(const Actor &actor, InvoiceId id) const;
    // The stored original (XML or PDF), to show or to attach; never to write to.
    Result<QString> originalPath(const Actor &actor, InvoiceId id) const;
    // Reads the stored original again (PDFs through the worker).
    Result<InvoiceFile> read(const Actor &actor, InvoiceId id, PdfWorker *worker) const;
    Result<Recalculation> recalculation(const Actor &actor, InvoiceId id, PdfWorker *worker) const;

    // Routes an invoice by hand (from the central intake queue, or elsewhere); an invoice
    // checker or administrator, while nobody has confirmed it factually yet.
    Status route(const Actor &actor, InvoiceId id, const QString &departmentCode);
    // A step of the invoice workflow, with the invoice's own checks: factual approval needs an
    // account assignment that adds up to the amount due; an unreadable invoice cannot be
    // accepted. fields may carry "allocations" (an array of cost_centre, budget_item, amount)
    // or a single "cost_centre" and "budget_item" for the whole amount.
    Status take(const Actor &actor, InvoiceId id, const QString &transition, const QString &comment,
                const QJsonObject &fields = {}, std::optional<qint64> expectedRowVersion = {});
    Status approveFactually(const Actor &actor, InvoiceId id, const QList<Allocation> &allocations,
                            const QString &comment = {}, std::optional<qint64> expectedRowVersion = {});

    // Leitweg-IDs and their departments, kept by an administrator.
    Result<QList<LeitwegRoute>> routes() const;
    Status setRoute(const Actor &actor, const QString &leitwegId, const QString &departmentCode,
                    const QString &note = {});
    Status removeRoute(const Actor &actor, const QString &leitwegId);
    // 2–12 digits, an optional part of up to 30 letters or digits, 2 check digits, by hyphens.
    static Status checkLeitwegId(const QString &leitwegId);

    // May the actor see this invoice (its department, or a cross-department role)?
    static bool seesAll(const Actor &actor);
    // The same as SQL on the invoices' workflow items (alias i): " AND i.department_id IN (…)".
    static QString visibleTo(const Actor &actor);
    static QList<Allocation> allocationsOf(const QJsonObject &fields, const std::optional<Decimal> &amountDue);
    // The fields of approve_factually for an account assignment: {"allocations": [...]}.
    static QJsonObject allocationFields(const QList<Allocation> &allocations);
    static QString channelKey(InvoiceChannel channel);

    static QString selectColumns(bool invoicesFirst = false);
    static InvoiceRecord readRecord(const QSqlQuery &query);

private:
    Status mayRead(const Actor &actor, const InvoiceRecord &record) const;
    // The department a filter names, invalid for none, -1 for a code that does not exist.
    Result<DepartmentId> filterDepartment(const InvoiceFilter &filter) const;
    Result<InvoiceRecord> load(InvoiceId id) const;
    // Where the original's blob is; Corrupt when it is gone.
    Result<QString> storedPath(const InvoiceRecord &record) const;

    Database &m_db;
};

} // namespace amtsdesk
