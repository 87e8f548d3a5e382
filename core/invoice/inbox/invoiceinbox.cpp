#include "invoice/inbox/invoiceinbox.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "common/clock.h"
#include "efile/documentservice.h"
#include "invoice/inbox/paymentterms.h"
#include "invoice/invoicefile.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/transaction.h"
#include "workflow/workflowengine.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace amtsdesk {

namespace {

QVariant nullText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Text columns are NOT NULL with '' for "none", but a null QString binds as NULL: make every
// null string empty. Deliberately null values (dates, amounts) are invalid QVariants.
QVariantList emptyNotNull(QVariantList values)
{
    for (QVariant &v : values) {
        if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
            v = QString(QLatin1String(""));
    }
    return values;
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant amountValue(const std::optional<Decimal> &d)
{
    return d ? QVariant(d->toString()) : QVariant();
}

std::optional<Decimal> amountFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    auto d = Decimal::parse(v.toString());
    return d ? std::optional<Decimal>(*d) : std::nullopt;
}

QJsonArray findingsJson(const QList<Finding> &findings)
{
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                {QStringLiteral("severity"), Finding::severityName(f.severity)},
                                {QStringLiteral("message"), f.message},
                                {QStringLiteral("location"), f.location},
                                {QStringLiteral("line"), f.line}});
    return list;
}

// The seller as duplicates are recognised: the VAT identifier without spaces, else the name
// in lower case with single spaces.
QString sellerKey(const EInvoice &invoice)
{
    QString vat = invoice.seller.vatIdentifier.trimmed().toUpper();
    vat.remove(QLatin1Char(' '));
    if (!vat.isEmpty())
        return QStringLiteral("vat:") + vat;
    const QString name = invoice.seller.name.text.simplified().toLower();
    return name.isEmpty() ? QString() : QStringLiteral("name:") + name;
}

QString stateLabel(WorkflowEngine &engine, QHash<QString, QString> &cache, const WorkflowItem &item)
{
    const QString key =
        item.workflowKey + QLatin1Char('/') + QString::number(item.definitionVersion) + QLatin1Char('/') + item.state;
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    auto def = engine.definitionOf(item);
    const WorkflowState *state = def ? def->state(item.state) : nullptr;
    const QString label = state ? state->labels.text(item.state) : item.state;
    cache.insert(key, label);
    return label;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QString InvoiceInbox::channelKey(InvoiceChannel channel)
{
    switch (channel) {
    case InvoiceChannel::Gui: return QStringLiteral("gui");
    case InvoiceChannel::Folder: return QStringLiteral("folder");
    case InvoiceChannel::Cli: return QStringLiteral("cli");
    case InvoiceChannel::Demo: return QStringLiteral("demo");
    }
    return QStringLiteral("cli");
}

bool InvoiceInbox::seesAll(const Actor &actor)
{
    return actor.isSystem || actor.hasRole(Role::InvoiceChecker) || actor.hasRole(Role::PaymentApprover) ||
           actor.hasRole(Role::Administrator);
}

QString InvoiceInbox::visibleTo(const Actor &actor)
{
    if (seesAll(actor))
        return {};
    QStringList ids;
    for (DepartmentId d : actor.departments())
        ids << QString::number(d.value);
    return ids.isEmpty() ? QStringLiteral(" AND 0")
                         : QStringLiteral(" AND i.department_id IN (%1)").arg(ids.join(u','));
}

Status InvoiceInbox::checkLeitwegId(const QString &leitwegId)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{2,12}(-[0-9A-Za-z]{1,30})?-[0-9]{2}$"));
    if (!pattern.match(leitwegId).hasMatch())
        return Error::invalid(tr("\"%1\" is no Leitweg-ID: it has 2 to 12 digits, optionally a hyphen and up to 30 "
                                 "letters or digits, then a hyphen and two check digits (e.g. 05315-12345-67).")
                                  .arg(leitwegId));
    return {};
}

QList<Allocation> InvoiceInbox::allocationsOf(const QJsonObject &fields, const std::optional<Decimal> &amountDue)
{
    QList<Allocation> result;
    const QJsonArray list = fields.value(QStringLiteral("allocations")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        auto amount = Decimal::parse(o.value(QStringLiteral("amount")).toString());
        result << Allocation{o.value(QStringLiteral("cost_centre")).toString().trimmed(),
                             o.value(QStringLiteral("budget_item")).toString().trimmed(), amount ? *amount : Decimal()};
    }
    if (result.isEmpty() && fields.contains(QStringLiteral("cost_centre")) && amountDue)
        result << Allocation{fields.value(QStringLiteral("cost_centre")).toString().trimmed(),
                             fields.value(QStringLiteral("budget_item")).toString().trimmed(), *amountDue};
    return result;
}

QString InvoiceInbox::selectColumns(bool invoicesFirst)
{
    // The due-date order walks the workflow items' index; the other orders walk the invoices'
    // own indexes (CROSS JOIN keeps SQLite from turning the loops around and sorting it all).
    const QString from =
        invoicesFirst ? QStringLiteral("FROM invoices v CROSS JOIN workflow_items i ON i.id = v.workflow_item_id ")
                      : QStringLiteral("FROM workflow_items i JOIN invoices v ON v.workflow_item_id = i.id ");
    return QStringLiteral(
               "v.id, v.workflow_item_id, v.blob_hash, v.file_name, v.container, v.syntax, v.profile, v.received_at, "
               "v.received_via, r.display_name, v.read_error, v.number, v.issue_date, v.type_code, v.currency, "
               "v.leitweg_id, v.order_reference, v.seller_name, v.seller_vat_id, v.iban, v.net_amount, v.tax_amount, "
               "v.gross_amount, v.payable_amount, v.due_date, v.due_source, v.skonto_date, v.skonto_percent, "
               "v.skonto_amount, v.errors, v.warnings, v.duplicate_of, v.duplicate_why, v.export_id, v.case_id, "
               "d.code, d.name, %1 "
               "%2JOIN users r ON r.id = v.received_by LEFT JOIN departments d ON d.id = i.department_id ")
        .arg(WorkflowEngine::itemColumns(), from);
}

InvoiceRecord InvoiceInbox::readRecord(const QSqlQuery &q)
{
    InvoiceRecord r;
    r.id = InvoiceId(q.value(0).toLongLong());
    r.workflowItem = WorkflowItemId(q.value(1).toLongLong());
    r.blobHash = q.value(2).toString();
    r.fileName = q.value(3).toString();
    r.container = q.value(4).toString();
    r.syntax = q.value(5).toString();
    r.profile = q.value(6).toString();
    r.receivedAt = fromStoredTimestamp(q.value(7).toString());
    r.receivedVia = q.value(8).toString();
    r.receivedByName = q.value(9).toString();
    r.readError = q.value(10).toString();
    r.number = q.value(11).toString();
    r.issueDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    r.typeCode = q.value(13).toString();
    r.currency = q.value(14).toString();
    r.leitwegId = q.value(15).toString();
    r.orderReference = q.value(16).toString();
    r.sellerName = q.value(17).toString();
    r.sellerVatId = q.value(18).toString();
    r.iban = q.value(19).toString();
    r.netAmount = amountFrom(q.value(20));
    r.taxAmount = amountFrom(q.value(21));
    r.grossAmount = amountFrom(q.value(22));
    r.payableAmount = amountFrom(q.value(23));
    r.dueDate = QDate::fromString(q.value(24).toString(), Qt::ISODate);
    r.dueSource = q.value(25).toString();
    r.skontoDate = QDate::fromString(q.value(26).toString(), Qt::ISODate);
    r.skontoPercent = amountFrom(q.value(27));
    r.skontoAmount = amountFrom(q.value(28));
    r.errors = q.value(29).toInt();
    r.warnings = q.value(30).toInt();
    if (!q.value(31).isNull())
        r.duplicateOf = InvoiceId(q.value(31).toLongLong());
    r.duplicateWhy = q.value(32).toString();
    if (!q.value(33).isNull())
        r.exportId = q.value(33).toLongLong();
    r.archivedIn = CaseId(q.value(34).toLongLong());
    r.departmentCode = q.value(35).toString();
    r.departmentName = q.value(36).toString();
    const WorkflowItem item = WorkflowEngine::readItem(q, 37);
    r.department = item.department;
    r.nextDeadline = item.dueDate;
    r.state = item.state;
    r.rowVersion = item.rowVersion;
    r.allocations = allocationsOf(item.fields, r.payableAmount);
    return r;
}

Result<InvoiceImport> InvoiceInbox::importFile(const Actor &actor, const QString &path, InvoiceChannel channel,
                                               PdfWorker *worker)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.isFile())
        return Error::notFound(tr("%1 is not a file.").arg(shown));
    if (info.size() > kMaxBytes)
        return Error::overflow(tr("%1 is larger than %2 MB; no invoice is that large, so it was not taken in.")
                                   .arg(shown)
                                   .arg(kMaxBytes >> 20));
    if (info.size() == 0)
        return Error::invalid(tr("%1 is empty.").arg(shown));

    BlobStore blobs(m_db);
    auto blob = blobs.writeFile(path);
    if (!blob)
        return blob.error();

    const QString fileName = DocumentService::safeFileName(info.fileName());
    InvoiceImport outcome;
    QList<Finding> findings;
    std::optional<EInvoice> invoice;
    QString readError, container = QStringLiteral("xml"), profile;
    // What is read is the stored copy, so that what was checked is exactly what is kept, even
    // when the file changes meanwhile (a folder still being written to).
    auto file = InvoiceFiles::open(blobs.pathFor(blob->hash), worker, shown);
    if (file) {
        findings = InvoiceFiles::check(*file);
        invoice = file->invoice;
        profile = file->profile;
        container = file->container == InvoiceFile::Container::Pdf ? QStringLiteral("pdf") : QStringLiteral("xml");
    } else {
        readError = file.error().message;
        QFile f(blobs.pathFor(blob->hash));
        if (f.open(QIODevice::ReadOnly) && f.peek(1024).contains("%PDF-"))
            container = QStringLiteral("pdf");
    }
    int errors = 0, warnings = 0;
    for (const Finding &f : std::as_const(findings)) {
        errors += f.severity == FindingSeverity::Fatal;
        warnings += f.severity == FindingSeverity::Warning;
    }
    outcome.errors = errors;
    outcome.readable = readError.isEmpty();

    const QDate today = m_db.clock().today();
    PaymentDue due;
    QString number, key, leitweg;
    if (invoice) {
        due = PaymentTerms::of(*invoice);
        number = invoice->number.trimmed();
        key = sellerKey(*invoice);
        leitweg = invoice->buyerReference.trimmed();
    }

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (Status s = blobs.reference(*blob); !s)
        return s.error();

    // Duplicates: identical bytes, or the same seller's invoice number again (a rejected one
    // does not count: the seller may send it once more, corrected).
    QString duplicateWhy;
    auto same = m_db.scalar(QStringLiteral("SELECT min(id) FROM invoices WHERE blob_hash = ?"), {blob->hash});
    if (!same)
        return same.error();
    if (!same->isNull()) {
        outcome.duplicateOf = InvoiceId(same->toLongLong());
        duplicateWhy = tr("The very same file was taken in before as invoice %1.").arg(same->toLongLong());
    } else if (!number.isEmpty() && !key.isEmpty()) {
        auto earlier = m_db.exec(QStringLiteral("SELECT v.id FROM invoices v JOIN workflow_items i ON i.id = "
                                                "v.workflow_item_id WHERE v.seller_key = ? AND v.number = ? AND "
                                                "i.state <> 'rejected' ORDER BY v.id LIMIT 1"),
                                 {key, number});
        if (!earlier)
            return earlier.error();
        if (earlier->next()) {
            outcome.duplicateOf = InvoiceId(earlier->value(0).toLongLong());
            duplicateWhy = tr("Invoice %1 has the same number %2 from the same seller.")
                               .arg(earlier->value(0).toLongLong())
                               .arg(number);
        }
    }

    DepartmentId department;
    if (!leitweg.isEmpty()) {
        auto route = m_db.scalar(
            QStringLiteral("SELECT r.department_id FROM invoice_routes r JOIN departments d ON d.id = r.department_id "
                           "WHERE r.leitweg_id = ? AND d.active = 1"),
            {leitweg});
        if (!route)
            return route.error();
        if (!route->isNull())
            department = DepartmentId(route->toLongLong());
    }

    QJsonArray skonti;
    for (const Skonto &s : std::as_const(due.skonti))
        skonti.append(QJsonObject{{QStringLiteral("deadline"), s.deadline.toString(Qt::ISODate)},
                                  {QStringLiteral("days"), s.days},
                                  {QStringLiteral("percent"), s.percent.toString()},
                                  {QStringLiteral("amount"), s.amount.toString()}});
    const Skonto *first = due.skonti.isEmpty() ? nullptr : &due.skonti.first();
    const AmountTerm *vat = invoice ? invoice->vatTotalInInvoiceCurrency() : nullptr;
    QString iban;
    if (invoice) {
        for (const PaymentMeans &m : invoice->paymentMeans) {
            for (const PaymentMeans::Transfer &t : m.transfers) {
                if (iban.isEmpty())
                    iban = t.account.trimmed().remove(QLatin1Char(' '));
            }
        }
    }
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO invoices(blob_hash, file_name, container, syntax, profile, received_at, "
                       "received_via, received_by, read_error, number, issue_date, type_code, currency, leitweg_id, "
                       "order_reference, seller_name, seller_vat_id, seller_key, iban, net_amount, tax_amount, "
                       "gross_amount, payable_amount, due_date, due_source, skonto_date, skonto_percent, "
                       "skonto_amount, skonti, errors, warnings, findings, duplicate_of, duplicate_why) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        emptyNotNull(
            {blob->hash,
             fileName,
             container,
             invoice ? (invoice->syntax == InvoiceSyntax::Ubl ? QStringLiteral("ubl") : QStringLiteral("cii"))
                     : QString(),
             profile,
             toStoredTimestamp(m_db.clock().nowUtc()),
             channelKey(channel),
             actor.userId.value,
             readError,
             number,
             invoice ? dateValue(PaymentTerms::date(invoice->issueDate)) : dateValue({}),
             invoice ? invoice->typeCode.trimmed() : QString(),
             invoice ? invoice->currency.trimmed() : QString(),
             leitweg,
             invoice ? invoice->purchaseOrder.trimmed() : QString(),
             invoice ? invoice->seller.name.text.simplified() : QString(),
             invoice ? invoice->seller.vatIdentifier.trimmed() : QString(),
             key,
             iban,
             amountValue(invoice ? PaymentTerms::amount(invoice->totalWithoutVat) : std::nullopt),
             amountValue(vat ? PaymentTerms::amount(*vat) : std::nullopt),
             amountValue(invoice ? PaymentTerms::amount(invoice->totalWithVat) : std::nullopt),
             amountValue(invoice ? PaymentTerms::amount(invoice->amountDue) : std::nullopt),
             dateValue(due.dueDate),
             due.source == PaymentDue::Source::Invoice   ? QStringLiteral("invoice")
             : due.source == PaymentDue::Source::Default ? QStringLiteral("default")
                                                         : QString(),
             first ? dateValue(first->deadline) : dateValue({}),
             first ? QVariant(first->percent.toString()) : nullText({}),
             first ? QVariant(first->amount.toString()) : nullText({}),
             QString::fromUtf8(QJsonDocument(skonti).toJson(QJsonDocument::Compact)),
             errors,
             warnings,
             QString::fromUtf8(QJsonDocument(findingsJson(findings)).toJson(QJsonDocument::Compact)),
             outcome.duplicateOf ? QVariant(outcome.duplicateOf->value) : QVariant(QMetaType::fromType<qint64>()),
             duplicateWhy}));
    if (!insert)
        return insert.error();
    outcome.id = InvoiceId(insert->lastInsertId().toLongLong());

    const Skonto *next = due.nextSkonto(today);
    const QString title =
        // The task list says "Invoice" already: number and seller name the item.
        invoice ? QStringLiteral("%1 – %2").arg(number.isEmpty() ? tr("without number") : number,
                                                invoice->seller.name.text.simplified().isEmpty()
                                                    ? tr("unknown seller")
                                                    : invoice->seller.name.text.simplified())
                : tr("Unreadable invoice file %1").arg(fileName);
    WorkflowEngine engine(m_db);
    auto item =
        engine.start(actor, NewWorkflowItem{QStringLiteral("invoice"), kItemType, QString::number(outcome.id.value),
                                            title, department, next ? next->deadline : due.dueDate, QJsonObject{}});
    if (!item)
        return item.error();
    if (auto r = m_db.exec(QStringLiteral("UPDATE invoices SET workflow_item_id = ? WHERE id = ?"),
                           {item->value, outcome.id.value});
        !r)
        return r.error();
    AuditLog audit(m_db);
    if (auto r = audit.append(
            actor.record(QStringLiteral("invoice.received"), kItemType, QString::number(outcome.id.value),
                         QJsonObject{{QStringLiteral("file"), fileName},
                                     {QStringLiteral("hash"), blob->hash},
                                     {QStringLiteral("via"), channelKey(channel)},
                                     {QStringLiteral("number"), number},
                                     {QStringLiteral("errors"), errors},
                                     {QStringLiteral("readable"), outcome.readable},
                                     {QStringLiteral("leitweg_id"), leitweg},
                                     {QStringLiteral("routed"), department.isValid()},
                                     {QStringLiteral("duplicate_of"),
                                      outcome.duplicateOf ? QJsonValue(outcome.duplicateOf->value) : QJsonValue()}}));
        !r)
        return r.error();
    outcome.state = QStringLiteral("received");
    if (outcome.readable && errors == 0 && !outcome.duplicateOf) {
        auto system = AccessService(m_db).systemActor();
        if (!system)
            return system.error();
        auto moved = engine.take(*system, *item, TransitionRequest{QStringLiteral("validation_passed"), {}, {}, {}});
        if (!moved)
            return moved.error();
        outcome.state = moved->state;
    }
    if (department.isValid()) {
        auto code = m_db.scalar(QStringLiteral("SELECT code FROM departments WHERE id = ?"), {department.value});
        if (code)
            outcome.department = code->toString();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

QString InvoiceInbox::describe(const InvoiceImport &r)
{
    QString line =
        tr("invoice %1, %2")
            .arg(r.id.value)
            .arg(r.department.isEmpty() ? tr("central intake queue") : tr("department %1").arg(r.department));
    if (!r.readable)
        line += tr(", not readable");
    else if (r.errors)
        line += tr(", %n error(s)", nullptr, r.errors);
    if (r.duplicateOf)
        line += tr(", possible duplicate of invoice %1").arg(r.duplicateOf->value);
    return line;
}

ImportSummary InvoiceInbox::importFiles(const Actor &actor, const QStringList &paths, InvoiceChannel channel,
                                        PdfWorker *worker)
{
    ImportSummary summary;
    for (const QString &path : paths) {
        auto r = importFile(actor, path, channel, worker);
        if (r)
            summary.added << ImportItem{path, DocumentId(), describe(*r)};
        else
            summary.failed << ImportItem{path, DocumentId(), r.error().message};
    }
    return summary;
}

Result<InvoiceRecord> InvoiceInbox::load(InvoiceId id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + selectColumns() + QStringLiteral("WHERE v.id = ?"), {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no invoice number %1.").arg(id.value));
    InvoiceRecord r = readRecord(*q);
    WorkflowEngine engine(m_db);
    QHash<QString, QString> cache;
    r.stateLabel = stateLabel(engine, cache, WorkflowEngine::readItem(*q, 37));
    return r;
}

Status InvoiceInbox::mayRead(const Actor &actor, const InvoiceRecord &record) const
{
    if (seesAll(actor) || (record.department.isValid() && actor.departments().contains(record.department)))
        return {};
    return Error::denied(record.department.isValid()
                             ? tr("%1 may not see invoice %2: it belongs to the department %3.")
                                   .arg(actor.signature())
                                   .arg(record.id.value)
                                   .arg(record.departmentCode)
                             : tr("%1 may not see invoice %2: it waits in the central intake queue.")
                                   .arg(actor.signature())
                                   .arg(record.id.value));
}

Result<InvoiceRecord> InvoiceInbox::invoice(const Actor &actor, InvoiceId id) const
{
    auto r = load(id);
    if (!r)
        return r;
    if (Status s = mayRead(actor, *r); !s)
        return s.error();
    return r;
}

namespace {

// The WHERE clause (after "WHERE i.item_type = 'invoice'") and its parameters for a filter, as
// the actor may see; department is the filter's department code looked up (invalid: none such).
QString filterClause(const Actor &actor, const InvoiceFilter &filter, DepartmentId department, QVariantList &params)
{
    QString where = InvoiceInbox::visibleTo(actor);
    if (!filter.state.isEmpty()) {
        where += QStringLiteral(" AND i.state = ?");
        params << filter.state;
    }
    if (filter.departmentCode == QStringLiteral("-")) {
        where += QStringLiteral(" AND i.department_id IS NULL");
    } else if (!filter.departmentCode.isEmpty()) {
        where += QStringLiteral(" AND i.department_id = ?");
        params << department.value;
    }
    if (filter.dueBy.isValid()) {
        where += QStringLiteral(" AND i.due_date <= ?");
        params << filter.dueBy.toString(Qt::ISODate);
    }
    // Conditions on the invoice's own columns as a set of workflow items: SQLite reads the
    // invoices once, in order, instead of looking each one up while walking the due dates.
    if (filter.valid)
        where += *filter.valid ? QStringLiteral(" AND i.id IN (SELECT workflow_item_id FROM invoices WHERE "
                                                "read_error = '' AND errors = 0)")
                               : QStringLiteral(" AND i.id IN (SELECT workflow_item_id FROM invoices WHERE "
                                                "read_error <> '' OR errors > 0)");
    if (filter.openOnly)
        where += QStringLiteral(" AND i.is_open = 1");
    if (!filter.text.trimmed().isEmpty()) {
        where += QStringLiteral(" AND i.id IN (SELECT workflow_item_id FROM invoices WHERE number LIKE ? ESCAPE "
                                "'\\' OR seller_name LIKE ? ESCAPE '\\' OR leitweg_id LIKE ? ESCAPE '\\' OR "
                                "file_name LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(filter.text.trimmed());
        params << pattern << pattern << pattern << pattern;
    }
    return where;
}

QString orderClause(InvoiceFilter::Sort sort)
{
    switch (sort) {
    case InvoiceFilter::Sort::Due: return QStringLiteral(" ORDER BY i.due_date, i.id");
    case InvoiceFilter::Sort::Received: return QStringLiteral(" ORDER BY v.id DESC");
    case InvoiceFilter::Sort::Seller: return QStringLiteral(" ORDER BY v.seller_name COLLATE NOCASE, v.id");
    case InvoiceFilter::Sort::Amount: return QStringLiteral(" ORDER BY CAST(v.payable_amount AS REAL) DESC, v.id");
    }
    return {};
}

} // namespace

Result<DepartmentId> InvoiceInbox::filterDepartment(const InvoiceFilter &filter) const
{
    if (filter.departmentCode.isEmpty() || filter.departmentCode == QStringLiteral("-"))
        return DepartmentId();
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM departments WHERE code = ?"), {filter.departmentCode});
    if (!id)
        return id.error();
    return DepartmentId(id->isNull() ? -1 : id->toLongLong());
}

Result<int> InvoiceInbox::count(const Actor &actor, const InvoiceFilter &filter) const
{
    auto department = filterDepartment(filter);
    if (!department)
        return department.error();
    QVariantList params;
    const QString where = filterClause(actor, filter, *department, params);
    // The workflow items alone: the filter reaches the invoices' columns through subqueries.
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM workflow_items i WHERE i.item_type = 'invoice'") + where,
                         params);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<InvoiceRecord>> InvoiceInbox::list(const Actor &actor, const InvoiceFilter &filter, int offset,
                                                int limit) const
{
    auto department = filterDepartment(filter);
    if (!department)
        return department.error();
    QVariantList params;
    const QString where = filterClause(actor, filter, *department, params);
    params << limit << offset;
    auto q = m_db.exec(QStringLiteral("SELECT ") + selectColumns(filter.sort != InvoiceFilter::Sort::Due) +
                           QStringLiteral("WHERE i.item_type = 'invoice'") + where + orderClause(filter.sort) +
                           QStringLiteral(" LIMIT ? OFFSET ?"),
                       params);
    if (!q)
        return q.error();
    WorkflowEngine engine(m_db);
    QHash<QString, QString> labels;
    QList<InvoiceRecord> result;
    while (q->next()) {
        InvoiceRecord r = readRecord(*q);
        r.stateLabel = stateLabel(engine, labels, WorkflowEngine::readItem(*q, 37));
        result << r;
    }
    return result;
}

Result<QList<Finding>> InvoiceInbox::findings(const Actor &actor, InvoiceId id) const
{
    auto r = invoice(actor, id);
    if (!r)
        return r.error();
    auto json = m_db.scalar(QStringLiteral("SELECT findings FROM invoices WHERE id = ?"), {id.value});
    if (!json)
        return json.error();
    QList<Finding> result;
    const QJsonArray list = QJsonDocument::fromJson(json->toString().toUtf8()).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Finding f;
        f.rule = o.value(QStringLiteral("rule")).toString();
        const QString severity = o.value(QStringLiteral("severity")).toString();
        f.severity = severity == Finding::severityName(FindingSeverity::Warning)       ? FindingSeverity::Warning
                     : severity == Finding::severityName(FindingSeverity::Information) ? FindingSeverity::Information
                                                                                       : FindingSeverity::Fatal;
        f.message = o.value(QStringLiteral("message")).toString();
        f.location = o.value(QStringLiteral("location")).toString();
        f.line = o.value(QStringLiteral("line")).toInt();
        result << f;
    }
    return result;
}

Result<QString> InvoiceInbox::originalPath(const Actor &actor, InvoiceId id) const
{
    auto r = invoice(actor, id);
    if (!r)
        return r.error();
    BlobStore blobs(m_db);
    if (!blobs.exists(r->blobHash))
        return Error::corrupt(tr("The stored original of invoice %1 is missing (%2); restore it from a backup.")
                                  .arg(id.value)
                                  .arg(r->blobHash));
    return blobs.pathFor(r->blobHash);
}

Result<InvoiceFile> InvoiceInbox::read(const Actor &actor, InvoiceId id, PdfWorker *worker) const
{
    auto path = originalPath(actor, id);
    if (!path)
        return path.error();
    auto r = invoice(actor, id);
    return InvoiceFiles::open(*path, worker, r ? r->fileName : QString());
}

Result<Recalculation> InvoiceInbox::recalculation(const Actor &actor, InvoiceId id, PdfWorker *worker) const
{
    auto file = read(actor, id, worker);
    if (!file)
        return file.error();
    return Recalculator::of(file->invoice);
}

Status InvoiceInbox::route(const Actor &actor, InvoiceId id, const QString &departmentCode)
{
    if (!actor.hasRole(Role::InvoiceChecker) && !actor.hasRole(Role::Administrator))
        return Error::denied(tr("%1 may not route invoices: that needs the role \"%2\" or \"%3\".")
                                 .arg(actor.signature(), Roles::displayName(Role::InvoiceChecker),
                                      Roles::displayName(Role::Administrator)));
    auto r = invoice(actor, id);
    if (!r)
        return r.error();
    if (r->state != QStringLiteral("received") && r->state != QStringLiteral("checked"))
        return Error::conflict(tr("Invoice %1 is \"%2\"; only invoices not yet confirmed factually can be routed.")
                                   .arg(id.value)
                                   .arg(r->stateLabel));
    auto department = AccessService(m_db).departmentByCode(departmentCode);
    if (!department)
        return department.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto u = m_db.exec(QStringLiteral("UPDATE workflow_items SET department_id = ?, row_version = row_version + 1 "
                                          "WHERE id = ?"),
                           {department->value, r->workflowItem.value});
        !u)
        return u.error();
    if (auto a = AuditLog(m_db).append(actor.record(
            QStringLiteral("invoice.routed"), kItemType, QString::number(id.value),
            QJsonObject{{QStringLiteral("from"), r->departmentCode}, {QStringLiteral("to"), departmentCode}}));
        !a)
        return a.error();
    return tx.commit();
}

Status InvoiceInbox::take(const Actor &actor, InvoiceId id, const QString &transition, const QString &comment,
                          const QJsonObject &fields, std::optional<qint64> expectedRowVersion)
{
    auto r = invoice(actor, id);
    if (!r)
        return r.error();
    QJsonObject given = fields;
    if (transition == QStringLiteral("accept_despite_findings") && !r->readable())
        return Error::invalid(
            tr("Invoice %1 could not be read at all (%2); it can only be rejected.").arg(id.value).arg(r->readError));
    if (transition == QStringLiteral("approve_factually")) {
        const QList<Allocation> allocations = allocationsOf(fields, r->payableAmount);
        if (allocations.isEmpty())
            return Error::invalid(
                tr("Confirming invoice %1 factually needs a cost centre and a budget item.").arg(id.value));
        Decimal total;
        QStringList centres, items;
        for (const Allocation &a : allocations) {
            if (a.costCentre.isEmpty() || a.budgetItem.isEmpty())
                return Error::invalid(
                    tr("Each line of the account assignment of invoice %1 needs a cost centre and a budget item.")
                        .arg(id.value));
            auto sum = total.add(a.amount);
            if (!sum)
                return sum.error();
            total = *sum;
            if (!centres.contains(a.costCentre))
                centres << a.costCentre;
            if (!items.contains(a.budgetItem))
                items << a.budgetItem;
        }
        if (r->payableAmount && total != *r->payableAmount)
            return Error::invalid(tr("The account assignment of invoice %1 adds up to %2, but the amount due is %3.")
                                      .arg(id.value)
                                      .arg(total.toString(), r->payableAmount->toString()));
        given.insert(QStringLiteral("allocations"), allocationFields(allocations).value(QStringLiteral("allocations")));
        given.insert(QStringLiteral("cost_centre"), centres.join(QStringLiteral(", ")));
        given.insert(QStringLiteral("budget_item"), items.join(QStringLiteral(", ")));
    }
    auto moved = WorkflowEngine(m_db).take(actor, r->workflowItem,
                                           TransitionRequest{transition, comment, given, expectedRowVersion});
    if (!moved)
        return moved.error();
    return {};
}

Status InvoiceInbox::approveFactually(const Actor &actor, InvoiceId id, const QList<Allocation> &allocations,
                                      const QString &comment, std::optional<qint64> expectedRowVersion)
{
    return take(actor, id, QStringLiteral("approve_factually"), comment, allocationFields(allocations),
                expectedRowVersion);
}

QJsonObject InvoiceInbox::allocationFields(const QList<Allocation> &allocations)
{
    QJsonArray list;
    for (const Allocation &a : allocations)
        list.append(QJsonObject{{QStringLiteral("cost_centre"), a.costCentre},
                                {QStringLiteral("budget_item"), a.budgetItem},
                                {QStringLiteral("amount"), a.amount.toString()}});
    return QJsonObject{{QStringLiteral("allocations"), list}};
}

Result<QList<LeitwegRoute>> InvoiceInbox::routes() const
{
    auto q = m_db.exec(QStringLiteral("SELECT r.leitweg_id, d.code, d.name, r.note FROM invoice_routes r JOIN "
                                      "departments d ON d.id = r.department_id ORDER BY r.leitweg_id"));
    if (!q)
        return q.error();
    QList<LeitwegRoute> result;
    while (q->next())
        result << LeitwegRoute{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toString()};
    return result;
}

Status InvoiceInbox::setRoute(const Actor &actor, const QString &leitwegId, const QString &departmentCode,
                              const QString &note)
{
    AccessService access(m_db);
    if (Status s =
            access.require(actor, Role::Administrator, QT_TRANSLATE_NOOP("AccessService", "keep the Leitweg-IDs"));
        !s)
        return s;
    const QString id = leitwegId.trimmed();
    if (Status s = checkLeitwegId(id); !s)
        return s;
    auto department = access.departmentByCode(departmentCode);
    if (!department)
        return department.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto r =
            m_db.exec(QStringLiteral("INSERT INTO invoice_routes(leitweg_id, department_id, note) VALUES(?,?,?) "
                                     "ON CONFLICT(leitweg_id) DO UPDATE SET department_id = excluded.department_id, "
                                     "note = excluded.note"),
                      emptyNotNull({id, department->value, note.trimmed()}));
        !r)
        return r.error();
    if (auto a = AuditLog(m_db).append(actor.record(QStringLiteral("invoice.route_set"), QStringLiteral("leitweg_id"),
                                                    id, QJsonObject{{QStringLiteral("department"), departmentCode}}));
        !a)
        return a.error();
    return tx.commit();
}

Status InvoiceInbox::removeRoute(const Actor &actor, const QString &leitwegId)
{
    if (Status s = AccessService(m_db).require(actor, Role::Administrator,
                                               QT_TRANSLATE_NOOP("AccessService", "keep the Leitweg-IDs"));
        !s)
        return s;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto r = m_db.exec(QStringLiteral("DELETE FROM invoice_routes WHERE leitweg_id = ?"), {leitwegId.trimmed()});
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return Error::notFound(tr("The Leitweg-ID %1 has no route.").arg(leitwegId));
    if (auto a = AuditLog(m_db).append(
            actor.record(QStringLiteral("invoice.route_removed"), QStringLiteral("leitweg_id"), leitwegId.trimmed()));
        !a)
        return a.error();
    return tx.commit();
}

} // namespace amtsdesk
