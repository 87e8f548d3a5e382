// Reading the inbox: one invoice, lists for the page and the command line, findings, the
// stored original and its recalculation; who may see what (InvoiceInbox, the rest in
// invoiceinbox.cpp).
#include "invoice/inbox/invoiceinbox.h"

#include "access/accessservice.h"
#include "common/clock.h"
#include "invoice/invoicefile.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "workflow/workflowengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace amtsdesk {

namespace {

std::optional<Decimal> amountFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    auto d = Decimal::parse(v.toString());
    return d ? std::optional<Decimal>(*d) : std::nullopt;
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

bool InvoiceInbox::seesAll(const Actor &actor)
{
    return WorkflowEngine::seesEveryDepartment(actor, QStringLiteral("invoice")); // the invoices' workflow
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
        return AccessService(m_db).refused(actor, kItemType, QString::number(id.value), QStringLiteral("view"),
                                           s.error());
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

Result<QString> InvoiceInbox::storedPath(const InvoiceRecord &record) const
{
    BlobStore blobs(m_db);
    if (!blobs.exists(record.blobHash))
        return Error::corrupt(tr("The stored original of invoice %1 is missing (%2); restore it from a backup.")
                                  .arg(record.id.value)
                                  .arg(record.blobHash));
    return blobs.pathFor(record.blobHash);
}

Result<QString> InvoiceInbox::originalPath(const Actor &actor, InvoiceId id) const
{
    auto r = invoice(actor, id);
    if (!r)
        return r.error();
    return storedPath(*r);
}

Result<InvoiceFile> InvoiceInbox::read(const Actor &actor, InvoiceId id, PdfWorker *worker) const
{
    auto r = invoice(actor, id);
    if (!r)
        return r.error();
    auto path = storedPath(*r);
    if (!path)
        return path.error();
    return InvoiceFiles::open(*path, worker, r->fileName);
}

Result<Recalculation> InvoiceInbox::recalculation(const Actor &actor, InvoiceId id, PdfWorker *worker) const
{
    auto file = read(actor, id, worker);
    if (!file)
        return file.error();
    return Recalculator::of(file->invoice);
}

} // namespace amtsdesk
