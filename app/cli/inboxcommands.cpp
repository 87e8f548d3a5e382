// amtsdesk-cli invoice import | list | info | route | routes | step | approve | reject | notice |
// export | file-plan | archive: the e-invoice inbox (Rechnungseingang).
#include "cli/cli.h"

#include "invoice/inbox/invoiceexport.h"
#include "invoice/inbox/invoiceinbox.h"
#include "invoice/inbox/invoicenotice.h"
#include "pdf/workerclient.h"

#include <QJsonDocument>
#include <QLocale>

namespace amtsdesk::cli {

namespace {

QString money(const std::optional<Decimal> &d)
{
    return d ? d->toString(2) : QStringLiteral("-");
}

QString day(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

std::optional<InvoiceId> invoiceId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<InvoiceId>(InvoiceId(id)) : std::nullopt;
}

} // namespace

int Cli::cmdInvoiceInbox(const QString &sub, const QStringList &args)
{
    QCommandLineParser p;
    const QString name = QStringLiteral("invoice ") + sub;
    if (sub == QStringLiteral("import")) {
        p.setApplicationDescription(tr("Takes e-invoices into the inbox: each is stored unchanged, validated, checked "
                                       "for duplicates and routed by its Leitweg-ID. Exit code 1 when any was not "
                                       "valid or not readable, 2 when one could not be taken in."));
        p.addPositionalArgument(QStringLiteral("FILE"), tr("invoice files (XML or PDF)"), QStringLiteral("FILE…"));
        if (!parseCommand(p, name, args, 1, 100000))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        PdfWorker worker;
        InvoiceInbox inbox(*session->db);
        int exit = Ok;
        for (const QString &path : p.positionalArguments()) {
            auto r = inbox.importFile(session->actor, path, InvoiceChannel::Cli, &worker);
            if (!r) {
                m_err << tr("FAILED   %1: %2").arg(path, r.error().message) << Qt::endl;
                exit = UsageOrReadError;
                continue;
            }
            m_out << tr("%1: %2, %3").arg(path, r->state, InvoiceInbox::describe(*r)) << '\n';
            if ((!r->readable || r->errors) && exit == Ok)
                exit = ProblemsFound;
        }
        m_out.flush();
        return exit;
    }
    if (sub == QStringLiteral("list")) {
        p.setApplicationDescription(tr("Lists the invoices you may see, soonest due first (S: the Skonto deadline)."));
        const QCommandLineOption state(QStringLiteral("state"), tr("only in this workflow state"),
                                       QStringLiteral("STATE"));
        const QCommandLineOption department(QStringLiteral("department"),
                                            tr("only of this department; - for the central intake queue"),
                                            QStringLiteral("CODE"));
        const QCommandLineOption dueBy(QStringLiteral("due-by"), tr("only due on or before"), QStringLiteral("DATE"));
        const QCommandLineOption invalid(QStringLiteral("invalid"), tr("only invalid or unreadable invoices"));
        const QCommandLineOption open(QStringLiteral("open"), tr("only invoices not rejected or archived"));
        const QCommandLineOption json(QStringLiteral("json"), tr("one JSON object per line"));
        p.addOptions({state, department, dueBy, invalid, open, json});
        if (!parseCommand(p, name, args, 0, 0))
            return stopped(p);
        InvoiceFilter filter;
        filter.state = p.value(state);
        filter.departmentCode = p.value(department);
        if (p.isSet(dueBy) && !(filter.dueBy = QDate::fromString(p.value(dueBy), Qt::ISODate)).isValid())
            return fail(tr("--due-by needs a date as YYYY-MM-DD, not \"%1\".").arg(p.value(dueBy)));
        if (p.isSet(invalid))
            filter.valid = false;
        filter.openOnly = p.isSet(open);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        auto list = InvoiceInbox(*session->db).list(session->actor, filter, 0, 100000);
        if (!list)
            return fail(list.error().message);
        for (const InvoiceRecord &r : std::as_const(*list)) {
            if (p.isSet(json)) {
                m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), r.id.value},
                                                   {QStringLiteral("number"), r.number},
                                                   {QStringLiteral("seller"), r.sellerName},
                                                   {QStringLiteral("amount_due"), money(r.payableAmount)},
                                                   {QStringLiteral("due_date"), day(r.dueDate)},
                                                   {QStringLiteral("skonto_date"), day(r.skontoDate)},
                                                   {QStringLiteral("state"), r.state},
                                                   {QStringLiteral("department"), r.departmentCode},
                                                   {QStringLiteral("leitweg_id"), r.leitwegId},
                                                   {QStringLiteral("valid"), r.valid()},
                                                   {QStringLiteral("duplicate_of"),
                                                    r.duplicateOf ? QJsonValue(r.duplicateOf->value) : QJsonValue()}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
                continue;
            }
            m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                         .arg(QString::number(r.id.value).rightJustified(6),
                              (day(r.nextDeadline) + (r.nextDeadline.isValid() && r.nextDeadline == r.skontoDate
                                                          ? QStringLiteral("S")
                                                          : QString()))
                                  .leftJustified(11),
                              (r.departmentCode.isEmpty() ? QStringLiteral("-") : r.departmentCode).leftJustified(5),
                              r.stateLabel.leftJustified(26), money(r.payableAmount).rightJustified(12),
                              r.number.leftJustified(14), r.sellerName)
                  << (r.valid() ? QString() : tr("  [not valid]"))
                  << (r.duplicateOf ? tr("  [duplicate of %1?]").arg(r.duplicateOf->value) : QString()) << '\n';
        }
        m_out.flush();
        return Ok;
    }
    if (sub == QStringLiteral("info")) {
        p.setApplicationDescription(tr("Shows an invoice of the inbox: what was read, where it is, its findings and "
                                       "the arithmetic check."));
        p.addPositionalArgument(QStringLiteral("ID"), tr("invoice number in the inbox"));
        if (!parseCommand(p, name, args, 1, 1))
            return stopped(p);
        const auto id = invoiceId(p.positionalArguments().first());
        if (!id)
            return fail(tr("\"%1\" is no invoice number.").arg(p.positionalArguments().first()));
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        InvoiceInbox inbox(*session->db);
        auto r = inbox.invoice(session->actor, *id);
        if (!r)
            return fail(r.error().message);
        m_out << tr("Invoice %1: %2 from %3").arg(r->id.value).arg(r->number, r->sellerName) << '\n'
              << tr("State: %1; department: %2")
                     .arg(r->stateLabel, r->departmentCode.isEmpty() ? tr("central intake queue") : r->departmentCode)
              << '\n'
              << tr("Amount due: %1 %2, due %3").arg(money(r->payableAmount), r->currency, day(r->dueDate)) << '\n';
        if (r->skontoDate.isValid())
            m_out << tr("Skonto: %1 % (%2) until %3")
                         .arg(money(r->skontoPercent), money(r->skontoAmount), day(r->skontoDate))
                  << '\n';
        if (!r->readable())
            m_out << tr("Not readable: %1").arg(r->readError) << '\n';
        if (r->duplicateOf)
            m_out << tr("Possible duplicate: %1").arg(r->duplicateWhy) << '\n';
        for (const Allocation &a : std::as_const(r->allocations))
            m_out << tr("Assigned: cost centre %1, budget item %2, %3")
                         .arg(a.costCentre, a.budgetItem, a.amount.toString(2))
                  << '\n';
        auto findings = inbox.findings(session->actor, *id);
        if (findings) {
            for (const Finding &f : std::as_const(*findings))
                m_out << QStringLiteral("  [%1] %2: %3").arg(f.rule, Finding::severityName(f.severity), f.message)
                      << '\n';
        }
        if (r->readable()) {
            PdfWorker worker;
            auto check = inbox.recalculation(session->actor, *id, &worker);
            if (check) {
                m_out << tr("Arithmetic check (stated / computed):") << '\n';
                for (const RecalculatedTotal &t : std::as_const(check->totals))
                    m_out << QStringLiteral("  %1 %2: %3 / %4 %5")
                                 .arg(t.term, t.label, money(t.stated), money(t.computed),
                                      t.agrees() ? QStringLiteral("ok") : tr("DIFFERS"))
                          << '\n';
            }
        }
        m_out.flush();
        return Ok;
    }
    if (sub == QStringLiteral("route")) {
        p.setApplicationDescription(tr("Routes an invoice to a department by hand."));
        p.addPositionalArgument(QStringLiteral("ID"), tr("invoice number in the inbox"));
        p.addPositionalArgument(QStringLiteral("DEPARTMENT"), tr("department code"));
        if (!parseCommand(p, name, args, 2, 2))
            return stopped(p);
        const auto id = invoiceId(p.positionalArguments().first());
        if (!id)
            return fail(tr("\"%1\" is no invoice number.").arg(p.positionalArguments().first()));
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        if (Status s = InvoiceInbox(*session->db).route(session->actor, *id, p.positionalArguments().at(1)); !s)
            return fail(s.error().message);
        m_out << tr("Invoice %1 routed to %2.").arg(id->value).arg(p.positionalArguments().at(1)) << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("routes")) {
        p.setApplicationDescription(tr("Lists the Leitweg-IDs and their departments; --set and --remove change them "
                                       "(administrators)."));
        const QCommandLineOption set(QStringLiteral("set"), tr("route LEITWEG-ID=DEPARTMENT"),
                                     QStringLiteral("LEITWEG-ID=DEPARTMENT"));
        const QCommandLineOption remove(QStringLiteral("remove"), tr("remove the route of a Leitweg-ID"),
                                        QStringLiteral("LEITWEG-ID"));
        p.addOptions({set, remove});
        if (!parseCommand(p, name, args, 0, 0))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        InvoiceInbox inbox(*session->db);
        for (const QString &value : p.values(set)) {
            const int eq = value.indexOf(QLatin1Char('='));
            if (eq < 0)
                return fail(tr("--set needs LEITWEG-ID=DEPARTMENT, not \"%1\".").arg(value));
            if (Status s = inbox.setRoute(session->actor, value.left(eq), value.mid(eq + 1)); !s)
                return fail(s.error().message);
        }
        for (const QString &value : p.values(remove)) {
            if (Status s = inbox.removeRoute(session->actor, value); !s)
                return fail(s.error().message);
        }
        auto routes = inbox.routes();
        if (!routes)
            return fail(routes.error().message);
        for (const LeitwegRoute &r : std::as_const(*routes))
            m_out << r.leitwegId.leftJustified(24) << ' ' << r.departmentCode.leftJustified(6) << ' '
                  << r.departmentName << '\n';
        m_out.flush();
        return Ok;
    }
    if (sub == QStringLiteral("step") || sub == QStringLiteral("reject")) {
        const bool reject = sub == QStringLiteral("reject");
        p.setApplicationDescription(
            reject ? tr("Rejects an invoice with a reason; --notice writes the rejection notice for the seller (PDF).")
                   : tr("Takes a step of the invoice workflow: accept_despite_findings, approve_factually (with "
                        "--allocation), approve_arithmetically, order_payment, return_for_check, reject."));
        p.addPositionalArgument(QStringLiteral("ID"), tr("invoice number in the inbox"));
        if (!reject)
            p.addPositionalArgument(QStringLiteral("STEP"), tr("the step's key"));
        const QCommandLineOption comment(QStringList{QStringLiteral("comment"), QStringLiteral("reason")},
                                         tr("comment or reason"), QStringLiteral("TEXT"));
        const QCommandLineOption allocation(
            QStringLiteral("allocation"),
            tr("account assignment COST-CENTRE:BUDGET-ITEM[:AMOUNT], repeatable to split; without AMOUNT the whole "
               "amount due"),
            QStringLiteral("ASSIGNMENT"));
        const QCommandLineOption notice(QStringLiteral("notice"),
                                        tr("write the rejection notice to this file: PDF/A, or plain text for .txt"),
                                        QStringLiteral("FILE"));
        p.addOption(comment);
        if (!reject)
            p.addOption(allocation); // the account assignment belongs to approving, not to rejecting
        p.addOption(notice);
        if (!parseCommand(p, name, args, reject ? 1 : 2, reject ? 1 : 2))
            return stopped(p);
        const auto id = invoiceId(p.positionalArguments().first());
        if (!id)
            return fail(tr("\"%1\" is no invoice number.").arg(p.positionalArguments().first()));
        const QString step = reject ? QStringLiteral("reject") : p.positionalArguments().at(1);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        InvoiceInbox inbox(*session->db);
        QJsonObject fields;
        if (!reject && p.isSet(allocation)) {
            auto r = inbox.invoice(session->actor, *id);
            if (!r)
                return fail(r.error().message);
            QList<Allocation> allocations;
            for (const QString &value : p.values(allocation)) {
                const QStringList parts = value.split(QLatin1Char(':'));
                if (parts.size() < 2 || parts.size() > 3)
                    return fail(tr("--allocation needs COST-CENTRE:BUDGET-ITEM[:AMOUNT], not \"%1\".").arg(value));
                QString amount = parts.value(2);
                if (amount.isEmpty() && r->payableAmount)
                    amount = r->payableAmount->toString();
                const auto parsed = Decimal::parse(amount);
                if (!parsed)
                    return fail(tr("\"%1\" is no amount (write it as 1234.56).").arg(amount));
                allocations << Allocation{parts.at(0), parts.at(1), *parsed};
            }
            fields = InvoiceInbox::allocationFields(allocations);
        }
        if (Status s = inbox.take(session->actor, *id, step, p.value(comment), fields); !s)
            return fail(s.error().message);
        auto r = inbox.invoice(session->actor, *id);
        if (!r)
            return fail(r.error().message);
        m_out << tr("Invoice %1 is now \"%2\".").arg(id->value).arg(r->stateLabel) << '\n';
        if (reject && p.isSet(notice)) {
            auto text = InvoiceNotices::rejection(*session->db, session->actor, *id);
            if (!text)
                return fail(text.error().message);
            if (Status s = text->write(p.value(notice)); !s)
                return fail(s.error().message);
            m_out << tr("Rejection notice written to %1.").arg(p.value(notice)) << '\n';
        }
        m_out.flush();
        return Ok;
    }
    if (sub == QStringLiteral("export")) {
        p.setApplicationDescription(tr("Hands every invoice whose payment was ordered to the finance software: a CSV "
                                       "and the original files into FOLDER; then files them in the e-file."));
        p.addPositionalArgument(QStringLiteral("FOLDER"), tr("the finance software's import folder"));
        const QCommandLineOption again(QStringLiteral("again"), tr("export this invoice once more, on purpose"),
                                       QStringLiteral("ID"));
        p.addOption(again);
        if (!parseCommand(p, name, args, 1, 1))
            return stopped(p);
        QList<InvoiceId> repeat;
        for (const QString &value : p.values(again)) {
            const auto id = invoiceId(value);
            if (!id)
                return fail(tr("\"%1\" is no invoice number.").arg(value));
            repeat << *id;
        }
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        PdfWorker worker;
        auto r = InvoiceExport(*session->db)
                     .exportReleased(session->actor, p.positionalArguments().first(), &worker, repeat);
        if (!r)
            return fail(r.error().message);
        if (r->exported.isEmpty()) {
            m_out << tr("No invoice is waiting to be handed over: none has its payment ordered and unexported.")
                  << Qt::endl;
            return Ok;
        }
        m_out << tr("Export %1: %n invoice(s) in %2", nullptr, int(r->exported.size())).arg(r->exportId).arg(r->csvPath)
              << '\n';
        m_out << tr("%n filed in the e-file", nullptr, int(r->archived.size())) << '\n';
        for (const QString &e : std::as_const(r->archiveErrors))
            m_out << tr("NOT FILED: %1").arg(e) << '\n';
        m_out.flush();
        return r->archiveErrors.isEmpty() ? Ok : ProblemsFound;
    }
    if (sub == QStringLiteral("file-plan")) {
        p.setApplicationDescription(tr("Shows or sets (administrators) the file plan unit under which invoices are "
                                       "filed, one file per department and year."));
        p.addPositionalArgument(QStringLiteral("KEY"), tr("file plan key"), QStringLiteral("[KEY]"));
        if (!parseCommand(p, name, args, 0, 1))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        InvoiceExport exporter(*session->db);
        if (!p.positionalArguments().isEmpty()) {
            if (Status s = exporter.setFilePlanKey(session->actor, p.positionalArguments().first()); !s)
                return fail(s.error().message);
        }
        auto key = exporter.filePlanKey();
        if (!key)
            return fail(key.error().message);
        m_out << (key->isEmpty() ? tr("No file plan unit is set for invoices.") : *key) << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("archive")) {
        p.setApplicationDescription(tr("Files every invoice handed over but not filed yet."));
        if (!parseCommand(p, name, args, 0, 0))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        PdfWorker worker;
        QStringList errors;
        auto n = InvoiceExport(*session->db).archivePending(&worker, &errors);
        if (!n)
            return fail(n.error().message);
        m_out << tr("%n invoice(s) filed.", nullptr, *n) << '\n';
        for (const QString &e : std::as_const(errors))
            m_out << tr("NOT FILED: %1").arg(e) << '\n';
        m_out.flush();
        return errors.isEmpty() ? Ok : ProblemsFound;
    }
    return fail(tr("Unknown invoice command \"%1\".").arg(sub));
}

} // namespace amtsdesk::cli
