#include "invoice/inbox/invoiceexport.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "common/csv.h"
#include "efile/documentindexer.h"
#include "efile/documentservice.h"
#include "efile/fileservice.h"
#include "invoice/inbox/invoiceinbox.h"
#include "invoice/inbox/invoicenotice.h"
#include "invoice/invoicefile.h"
#include "invoice/invoicesheet.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/transaction.h"
#include "workflow/workflowengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QTemporaryDir>

namespace amtsdesk {

namespace {

// Who took a transition last (with "i.V." where a deputy did), from the item's history.
QString takenBy(const QList<WorkflowHistoryEntry> &history, const QString &transition)
{
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->transition == transition)
            return it->onBehalfOf ? QStringLiteral("%1 i.V. %2").arg(it->actorName, it->onBehalfOfName) : it->actorName;
    }
    return {};
}

// Money with at least two decimals (336.9 is written 336.90); more decimals are kept exactly.
QString money(const std::optional<Decimal> &d)
{
    return d ? d->toString(2) : QString();
}

QString number(const std::optional<Decimal> &d)
{
    return d ? d->toString() : QString();
}

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList InvoiceExport::columns()
{
    return {QStringLiteral("invoice_id"),
            QStringLiteral("invoice_number"),
            QStringLiteral("issue_date"),
            QStringLiteral("type_code"),
            QStringLiteral("seller"),
            QStringLiteral("seller_vat_id"),
            QStringLiteral("iban"),
            QStringLiteral("currency"),
            QStringLiteral("net_amount"),
            QStringLiteral("vat_amount"),
            QStringLiteral("gross_amount"),
            QStringLiteral("amount_due"),
            QStringLiteral("due_date"),
            QStringLiteral("skonto_date"),
            QStringLiteral("skonto_percent"),
            QStringLiteral("skonto_amount"),
            QStringLiteral("leitweg_id"),
            QStringLiteral("order_reference"),
            QStringLiteral("department"),
            QStringLiteral("cost_centre"),
            QStringLiteral("budget_item"),
            QStringLiteral("allocation_amount"),
            QStringLiteral("factually_approved_by"),
            QStringLiteral("arithmetically_approved_by"),
            QStringLiteral("payment_ordered_by"),
            QStringLiteral("original_file"),
            QStringLiteral("repeated_export")};
}

Result<InvoiceExportResult> InvoiceExport::exportReleased(const Actor &actor, const QString &folder, PdfWorker *worker,
                                                          const QList<InvoiceId> &again)
{
    if (!actor.hasRole(Role::PaymentApprover) && !actor.hasRole(Role::InvoiceChecker) &&
        !actor.hasRole(Role::Administrator)) {
        return AccessService(m_db).refused(
            actor, InvoiceInbox::kItemType, {}, QStringLiteral("export"),
            Error::denied(tr("%1 may not hand invoices over to the finance software: that needs the role \"%2\".")
                              .arg(actor.signature(), Roles::displayName(Role::PaymentApprover))));
    }
    const QDir dir(folder);
    if (!dir.exists())
        return Error::notFound(tr("The export folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));

    InvoiceInbox inbox(m_db);
    QList<InvoiceRecord> records;
    {
        InvoiceFilter ordered;
        ordered.state = QStringLiteral("payment_ordered");
        auto list = inbox.list(actor, ordered, 0, 1000000);
        if (!list)
            return list.error();
        for (const InvoiceRecord &r : std::as_const(*list)) {
            if (!r.exportId)
                records << r;
        }
    }
    int repeated = 0;
    for (InvoiceId id : again) {
        auto r = inbox.invoice(actor, id);
        if (!r)
            return r.error();
        if (!r->exportId)
            return Error::invalid(tr("Invoice %1 was never exported; it is exported with the others once its payment "
                                     "is ordered.")
                                      .arg(id.value));
        if (std::none_of(records.cbegin(), records.cend(), [&](const InvoiceRecord &x) { return x.id == id; })) {
            records << *r;
            ++repeated;
        }
    }
    // Nothing waiting is a normal outcome (a scheduled hand-over often finds nothing): no CSV, no export.
    if (records.isEmpty())
        return InvoiceExportResult{};

    const QDateTime now = m_db.clock().nowUtc();
    const QString stamp = now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // Nothing in the folder is ever overwritten: names that exist get a number.
    const QString csvName =
        QFileInfo(DocumentService::unusedPath(dir.path(), QStringLiteral("amtsdesk-invoices-%1.csv").arg(stamp)))
            .fileName();

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto insert =
        m_db.exec(QStringLiteral("INSERT INTO invoice_exports(at, actor_id, folder, csv_name, count, "
                                 "repeated) VALUES(?,?,?,?,?,?)"),
                  {toStoredTimestamp(now), actor.userId.value, dir.absolutePath(), csvName, records.size(), repeated});
    if (!insert)
        return insert.error();
    InvoiceExportResult result;
    result.exportId = insert->lastInsertId().toLongLong();
    result.repeated = repeated;
    result.csvPath = dir.absoluteFilePath(csvName);

    auto system = AccessService(m_db).systemActor();
    if (!system)
        return system.error();
    WorkflowEngine engine(m_db);
    BlobStore blobs(m_db);
    QString csvText = columns().join(QLatin1Char(';')) + QStringLiteral("\r\n");
    QStringList written;
    auto removeWritten = [&written] {
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
    };
    for (const InvoiceRecord &r : std::as_const(records)) {
        const bool again = r.exportId.has_value();
        const QString original =
            QFileInfo(DocumentService::unusedPath(dir.path(), QStringLiteral("%1-%2").arg(r.id.value).arg(r.fileName)))
                .fileName();
        auto history = engine.history(r.workflowItem);
        if (!history)
            return history.error();
        QList<Allocation> allocations = r.allocations;
        if (allocations.isEmpty())
            allocations << Allocation{QString(), QString(), r.payableAmount.value_or(Decimal())};
        for (const Allocation &a : std::as_const(allocations)) {
            const QStringList cells{QString::number(r.id.value),
                                    csv::field(r.number),
                                    isoDate(r.issueDate),
                                    csv::field(r.typeCode),
                                    csv::field(r.sellerName),
                                    csv::field(r.sellerVatId),
                                    csv::field(r.iban),
                                    csv::field(r.currency),
                                    money(r.netAmount),
                                    money(r.taxAmount),
                                    money(r.grossAmount),
                                    money(r.payableAmount),
                                    isoDate(r.dueDate),
                                    isoDate(r.skontoDate),
                                    number(r.skontoPercent),
                                    money(r.skontoAmount),
                                    csv::field(r.leitwegId),
                                    csv::field(r.orderReference),
                                    csv::field(r.departmentCode),
                                    csv::field(a.costCentre),
                                    csv::field(a.budgetItem),
                                    a.amount.toString(2),
                                    csv::field(takenBy(*history, QStringLiteral("approve_factually"))),
                                    csv::field(takenBy(*history, QStringLiteral("approve_arithmetically"))),
                                    csv::field(takenBy(*history, QStringLiteral("order_payment"))),
                                    csv::field(original),
                                    again ? QStringLiteral("1") : QStringLiteral("0")};
            csvText += cells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
        }
        // The original, byte for byte, beside the CSV.
        auto bytes = blobs.read(r.blobHash);
        if (!bytes) {
            removeWritten();
            return bytes.error();
        }
        QSaveFile out(dir.absoluteFilePath(original));
        if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit()) {
            removeWritten();
            return Error::io(tr("%1 cannot be written: %2").arg(dir.absoluteFilePath(original), out.errorString()));
        }
        written << dir.absoluteFilePath(original);

        if (auto item = m_db.exec(QStringLiteral("INSERT INTO invoice_export_items(export_id, invoice_id) VALUES(?,?)"),
                                  {result.exportId, r.id.value});
            !item) {
            removeWritten();
            return item.error();
        }
        if (!again) {
            if (auto u = m_db.exec(QStringLiteral("UPDATE invoices SET export_id = ? WHERE id = ?"),
                                   {result.exportId, r.id.value});
                !u) {
                removeWritten();
                return u.error();
            }
            auto moved =
                engine.take(*system, r.workflowItem,
                            TransitionRequest{QStringLiteral("hand_over"),
                                              tr("Export %1 by %2").arg(result.exportId).arg(actor.signature()),
                                              {},
                                              {}});
            if (!moved) {
                removeWritten();
                return moved.error();
            }
        }
        result.exported << r.id;
    }
    QSaveFile csvOut(result.csvPath);
    const QByteArray csvBytes = csvText.toUtf8();
    if (!csvOut.open(QIODevice::WriteOnly) || csvOut.write(csvBytes) != csvBytes.size() || !csvOut.commit()) {
        removeWritten();
        return Error::io(tr("%1 cannot be written: %2").arg(result.csvPath, csvOut.errorString()));
    }
    written << result.csvPath;
    QJsonArray ids;
    for (InvoiceId id : std::as_const(result.exported))
        ids.append(id.value);
    if (auto a = AuditLog(m_db).append(actor.record(QStringLiteral("invoice.exported"),
                                                    QStringLiteral("invoice_export"), QString::number(result.exportId),
                                                    QJsonObject{{QStringLiteral("folder"), dir.absolutePath()},
                                                                {QStringLiteral("csv"), csvName},
                                                                {QStringLiteral("invoices"), ids},
                                                                {QStringLiteral("repeated"), repeated}}));
        !a) {
        removeWritten();
        return a.error();
    }
    if (Status s = tx.commit(); !s) {
        removeWritten();
        return s.error();
    }
    QStringList errors;
    for (InvoiceId id : std::as_const(result.exported)) {
        auto filed = archive(id, worker);
        if (filed)
            result.archived << id;
        else
            errors << filed.error().message;
    }
    result.archiveErrors = errors;
    return result;
}

Result<QString> InvoiceExport::filePlanKey() const
{
    auto key = m_db.scalar(QStringLiteral("SELECT value FROM store_info WHERE key = ?"), {kPlanKeySetting});
    if (!key)
        return key.error();
    return key->isNull() ? QString() : key->toString();
}

Status InvoiceExport::setFilePlanKey(const Actor &actor, const QString &planKey)
{
    if (Status s = AccessService(m_db).require(actor, Role::Administrator,
                                               QT_TRANSLATE_NOOP("AccessService", "choose where invoices are filed"));
        !s)
        return s;
    auto unit = m_db.scalar(QStringLiteral("SELECT id FROM file_plan_units WHERE key = ? AND active = 1"), {planKey});
    if (!unit)
        return unit.error();
    if (unit->isNull())
        return Error::notFound(tr("The file plan has no active unit %1.").arg(planKey));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO store_info(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE "
                                          "SET value = excluded.value"),
                           {kPlanKeySetting, planKey});
        !r)
        return r.error();
    if (auto a =
            AuditLog(m_db).append(actor.record(QStringLiteral("invoice.file_plan_key_set"), QStringLiteral("store"),
                                               kPlanKeySetting, QJsonObject{{QStringLiteral("plan_key"), planKey}}));
        !a)
        return a.error();
    return tx.commit();
}

Result<FileId> InvoiceExport::invoiceFile(DepartmentId department, int year)
{
    auto key = filePlanKey();
    if (!key)
        return key.error();
    if (key->isEmpty())
        return Error::notFound(tr("No file plan unit is set for invoices, so they cannot be filed; an administrator "
                                  "sets one (amtsdesk-cli invoice file-plan KEY)."));
    const QString subject = tr("Invoices %1").arg(year);
    auto existing = m_db.scalar(
        QStringLiteral("SELECT f.id FROM files f JOIN file_plan_units u ON u.id = f.plan_unit_id WHERE u.key = ? AND "
                       "f.lead_department_id = ? AND f.subject = ? AND f.closed_at IS NULL ORDER BY f.id LIMIT 1"),
        {*key, department.value, subject});
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        return FileId(existing->toLongLong());
    auto system = AccessService(m_db).systemActor();
    if (!system)
        return system.error();
    auto code = m_db.scalar(QStringLiteral("SELECT code FROM departments WHERE id = ?"), {department.value});
    if (!code)
        return code.error();
    return FileService(m_db).createFile(*system,
                                        NewFile{*key, subject, code->toString(), Confidentiality::Open, {}, {}});
}

Result<CaseId> InvoiceExport::archive(InvoiceId id, PdfWorker *worker)
{
    auto system = AccessService(m_db).systemActor();
    if (!system)
        return system.error();
    InvoiceInbox inbox(m_db);
    auto r = inbox.invoice(*system, id);
    if (!r)
        return r.error();
    if (r->archivedIn.isValid())
        return r->archivedIn;
    if (r->state != QStringLiteral("handed_over"))
        return Error::conflict(
            tr("Invoice %1 is \"%2\"; only invoices handed over are filed.").arg(id.value).arg(r->stateLabel));
    auto findings = inbox.findings(*system, id);
    if (!findings)
        return findings.error();
    auto file = inbox.read(*system, id, worker);
    if (!file)
        return Error{file.error().code, tr("Invoice %1 cannot be filed: %2").arg(id.value).arg(file.error().message)};
    auto original = inbox.originalPath(*system, id);
    if (!original)
        return original.error();

    // The documents are written to a private folder first; the store copies them in.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::io(tr("No temporary folder can be made to file invoice %1.").arg(id.value));
    const QString base = DocumentService::safeFileName(r->number.isEmpty() ? QString::number(id.value) : r->number);
    const QString originalCopy = scratch.filePath(r->fileName);
    if (!QFile::copy(*original, originalCopy))
        return Error::io(tr("The original of invoice %1 cannot be copied for filing.").arg(id.value));
    const QString sheetPath = scratch.filePath(tr("Invoice %1 (readable).pdf").arg(base));
    if (Status s = InvoiceSheet::build(*file, *findings).writePdfA(sheetPath); !s)
        return s.error();
    const QString reportPath = scratch.filePath(tr("Validation report %1.pdf").arg(base));
    if (Status s = InvoiceNotices::validationReport(*r, *findings).writePdf(reportPath); !s)
        return s.error();
    WorkflowEngine engine(m_db);
    const QString historyPath = scratch.filePath(tr("Approval history %1.pdf").arg(base));
    auto history = engine.history(r->workflowItem);
    if (!history)
        return history.error();
    if (Status s = InvoiceNotices::approvalHistory(*r, *history).writePdf(historyPath); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto fileId = invoiceFile(r->department, m_db.clock().today().year());
    if (!fileId)
        return fileId.error();
    FileService files(m_db);
    auto caseId = files.createCase(
        *system, *fileId,
        tr("Invoice %1 – %2").arg(r->number.isEmpty() ? tr("without number") : r->number, r->sellerName));
    if (!caseId)
        return caseId.error();
    DocumentService documents(m_db);
    const QList<QPair<QString, QString>> toFile{{tr("Invoice %1 (original)").arg(base), originalCopy},
                                                {tr("Invoice %1 (readable)").arg(base), sheetPath},
                                                {tr("Validation report %1").arg(base), reportPath},
                                                {tr("Approval history %1").arg(base), historyPath}};
    QList<DocumentId> filed;
    for (const auto &[title, path] : toFile) {
        auto doc = documents.addDocument(
            *system, NewDocument{*caseId, title, Direction::Incoming, r->issueDate, r->sellerName, {}}, path);
        if (!doc)
            return doc.error();
        filed << *doc;
    }
    if (auto u = m_db.exec(QStringLiteral("UPDATE invoices SET case_id = ? WHERE id = ?"), {caseId->value, id.value});
        !u)
        return u.error();
    auto moved = engine.take(*system, r->workflowItem, TransitionRequest{QStringLiteral("archive"), {}, {}, {}});
    if (!moved)
        return moved.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    // Searchable at once, as documents added by hand are; what cannot be read now waits for
    // the next indexing run (it is filed either way).
    if (worker) {
        DocumentIndexer indexer(m_db, worker);
        for (DocumentId doc : std::as_const(filed)) {
            if (auto versions = documents.versions(*system, doc); versions && !versions->isEmpty())
                (void)indexer.indexVersion(versions->last().id);
        }
    }
    return *caseId;
}

Result<int> InvoiceExport::archivePending(PdfWorker *worker, QStringList *errors)
{
    auto q = m_db.exec(QStringLiteral("SELECT v.id FROM invoices v JOIN workflow_items i ON i.id = v.workflow_item_id "
                                      "WHERE i.state = 'handed_over' AND v.case_id IS NULL ORDER BY v.id"));
    if (!q)
        return q.error();
    QList<InvoiceId> pending;
    while (q->next())
        pending << InvoiceId(q->value(0).toLongLong());
    q->finish();
    int filed = 0;
    for (InvoiceId id : std::as_const(pending)) {
        auto done = archive(id, worker);
        if (done)
            ++filed;
        else if (errors)
            *errors << done.error().message;
    }
    return filed;
}

} // namespace amtsdesk
