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
             invoice ? dateValue(invoice->issueDate.date()) : dateValue({}),
             invoice ? invoice->typeCode.trimmed() : QString(),
             invoice ? invoice->currency.trimmed() : QString(),
             leitweg,
             invoice ? invoice->purchaseOrder.trimmed() : QString(),
             invoice ? invoice->seller.name.text.simplified() : QString(),
             invoice ? invoice->seller.vatIdentifier.trimmed() : QString(),
             key,
             iban,
             amountValue(invoice ? invoice->totalWithoutVat.number() : std::nullopt),
             amountValue(vat ? vat->number() : std::nullopt),
             amountValue(invoice ? invoice->totalWithVat.number() : std::nullopt),
             amountValue(invoice ? invoice->amountDue.number() : std::nullopt),
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

Status InvoiceInbox::route(const Actor &actor, InvoiceId id, const QString &departmentCode)
{
    if (!actor.hasRole(Role::InvoiceChecker) && !actor.hasRole(Role::Administrator))
        return AccessService(m_db).refused(
            actor, kItemType, QString::number(id.value), QStringLiteral("route"),
            Error::denied(tr("%1 may not route invoices: that needs the role \"%2\" or \"%3\".")
                              .arg(actor.signature(), Roles::displayName(Role::InvoiceChecker),
                                   Roles::displayName(Role::Administrator))));
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
