// Benchmark of the invoice inbox (not a test; run by tools/bench): taking invoices in (written
// by InvoiceWriter, read, validated, routed, stored), then a large inbox: the invoices copied by
// SQL to N rows, and the inbox list as the page asks for it (count and first page, a page deep
// down, with filters), for a central checker and for a department's clerk; and the task list.
//   bench_inbox [N_INVOICES] [N_IMPORTED]
#include "access/accessservice.h"
#include "invoice/inbox/invoiceinbox.h"
#include "invoice/invoicewriter.h"
#include "store/database.h"
#include "store/transaction.h"
#include "tasks/standardtasks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace amtsdesk;

namespace {

QTextStream out(stdout);

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

const char *const kDepartments[] = {"10", "20", "32", "36", "40", "50", "51", "53", "63", "70"};

InvoiceDraft draft(int n)
{
    InvoiceDraft d;
    d.syntax = n % 2 ? InvoiceSyntax::Cii : InvoiceSyntax::Ubl;
    d.number = QStringLiteral("B-%1").arg(n, 6, 10, QLatin1Char('0'));
    d.issueDate = QDate(2026, 1, 1).addDays(n % 300);
    d.dueDate = d.issueDate.addDays(30);
    d.buyerReference = QStringLiteral("034590000000-%1-00").arg(QString::fromLatin1(kDepartments[n % 10])).remove(QLatin1Char('.'));
    d.seller = InvoiceParty{QStringLiteral("Lieferant %1 GmbH").arg(n % 97),
                            QStringLiteral("Hauptstraße %1").arg(n % 50),
                            QStringLiteral("30161"),
                            QStringLiteral("Hannover"),
                            QStringLiteral("DE"),
                            QStringLiteral("DE%1").arg(100000000 + n % 97),
                            {},
                            {},
                            QStringLiteral("rechnung@lieferant.example"),
                            QStringLiteral("EM"),
                            QStringLiteral("Eva Muster"),
                            QStringLiteral("0511 1234"),
                            QStringLiteral("rechnung@lieferant.example")};
    d.buyer = InvoiceParty{QStringLiteral("Landkreis Musterfeld"),
                           {},
                           QStringLiteral("31999"),
                           QStringLiteral("Musterfeld"),
                           QStringLiteral("DE"),
                           {},
                           {},
                           {},
                           d.buyerReference,
                           QStringLiteral("0204"),
                           {},
                           {},
                           {}};
    d.iban = QStringLiteral("DE89370400440532013000");
    d.paymentTerms = n % 3 ? QStringLiteral("Zahlbar ohne Abzug.")
                           : InvoiceWriter::skontoLine(14, dec("2")) + QStringLiteral("Netto 30 Tage.");
    for (int l = 0; l < 1 + n % 5; ++l)
        d.lines << InvoiceDraftLine{{},
                                    QStringLiteral("Artikel %1").arg(l),
                                    dec("3"),
                                    QStringLiteral("C62"),
                                    dec("19.90"),
                                    QStringLiteral("S"),
                                    dec(l % 2 ? "7" : "19")};
    return d;
}

double ms(const std::function<void()> &work, int rounds = 5)
{
    QList<double> times;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = app.arguments().value(1, QStringLiteral("100000")).toInt();
    const int imported = std::min(total, app.arguments().value(2, QStringLiteral("500")).toInt());
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("bench.sqlite")), StoreKind::Test);
    if (!db)
        return out << db.error().message << "\n", 1;
    AccessService access(**db);
    if (!access.bootstrap(QStringLiteral("admin"), QStringLiteral("Admin")))
        return 1;
    const Actor admin = *access.actorForLogin(QStringLiteral("admin"));
    InvoiceInbox inbox(**db);
    for (const char *code : kDepartments) {
        const QString c = QString::fromLatin1(code);
        if (!access.createDepartment(admin, c, QStringLiteral("Fachdienst %1").arg(c)) ||
            !inbox.setRoute(admin, QStringLiteral("034590000000-%1-00").arg(QString(c).remove(QLatin1Char('.'))), c))
            return out << "setup failed\n", 1;
    }
    (void)access.createUser(admin, NewUser{QStringLiteral("clerk"), QStringLiteral("Clerk"), {}, QStringLiteral("20")});
    auto clerkUser = access.userByLogin(QStringLiteral("clerk"));
    (void)access.grantRole(admin, clerkUser->id, Role::Clerk);
    const Actor clerk = *access.actorForLogin(QStringLiteral("clerk"));
    (void)access.grantRole(admin, admin.userId, Role::InvoiceChecker);
    const Actor checker = *access.actorForLogin(QStringLiteral("admin"));

    // Intake through the product: write, read, validate, route, store, start the workflow.
    QElapsedTimer t;
    t.start();
    for (int n = 0; n < imported; ++n) {
        auto bytes = InvoiceWriter::write(draft(n));
        const QString path = dir.filePath(QStringLiteral("in.xml"));
        QFile f(path);
        if (!bytes || !f.open(QIODevice::WriteOnly) || f.write(*bytes) < 0)
            return out << "cannot write invoice " << n << "\n", 1;
        f.close();
        if (auto r = inbox.importFile(checker, path, InvoiceChannel::Cli, nullptr); !r || r->errors)
            return out << "import " << n << ": " << (r ? QStringLiteral("invalid") : r.error().message) << "\n", 1;
    }
    const double intake = t.nsecsElapsed() / 1e6;
    out << "Invoice inbox, " << QDate::currentDate().toString(Qt::ISODate) << "\n";
    out << QStringLiteral("  intake of %1 invoices (write, read, validate, route, store): %2 ms each\n")
               .arg(imported)
               .arg(intake / imported, 0, 'f', 2);

    // A large inbox: the imported rows copied until there are `total`.
    t.restart();
    {
        Transaction tx(**db);
        int have = imported;
        for (int round = 1; have < total; ++round) {
            const QString tag = QStringLiteral("copy%1-").arg(round);
            auto w = (*db)->exec(
                QStringLiteral("INSERT INTO workflow_items(workflow_key, definition_version, item_type, item_ref, "
                               "title, department_id, due_date, fields, state, is_open, state_since, row_version, "
                               "created_at) SELECT workflow_key, definition_version, item_type, ? || item_ref, title, "
                               "department_id, date(due_date, ?), fields, state, is_open, state_since, row_version, "
                               "created_at FROM workflow_items WHERE item_type = 'invoice' AND item_ref NOT LIKE "
                               "'copy%' LIMIT ?"),
                {tag, QStringLiteral("+%1 days").arg(round % 365), std::min(imported, total - have)});
            auto v = (*db)->exec(
                QStringLiteral(
                    "INSERT INTO invoices(workflow_item_id, blob_hash, file_name, container, syntax, profile, "
                    "received_at, received_via, received_by, number, issue_date, type_code, currency, leitweg_id, "
                    "seller_name, seller_vat_id, seller_key, iban, net_amount, tax_amount, gross_amount, "
                    "payable_amount, due_date, due_source, skonto_date, skonto_percent, skonto_amount, skonti, "
                    "errors, warnings, findings) SELECT w.id, v.blob_hash, v.file_name, v.container, v.syntax, "
                    "v.profile, v.received_at, v.received_via, v.received_by, v.number || ?, v.issue_date, "
                    "v.type_code, v.currency, v.leitweg_id, v.seller_name, v.seller_vat_id, v.seller_key, v.iban, "
                    "v.net_amount, v.tax_amount, v.gross_amount, v.payable_amount, w.due_date, v.due_source, "
                    "v.skonto_date, v.skonto_percent, v.skonto_amount, v.skonti, v.errors, v.warnings, v.findings "
                    "FROM invoices v JOIN workflow_items w ON w.item_type = 'invoice' AND w.item_ref = ? || v.id "
                    "WHERE v.id <= ?"),
                {QStringLiteral("-%1").arg(round), tag, imported});
            if (!w || !v)
                return out << (!w ? w.error().message : v.error().message) << "\n", 1;
            have += int(w->numRowsAffected());
        }
        if (!tx.commit())
            return 1;
    }
    out << QStringLiteral("  copied to %1 invoices in %2 s\n").arg(total).arg(t.nsecsElapsed() / 1e9, 0, 'f', 1);

    auto page = [&](const Actor &who, const InvoiceFilter &f, int offset) {
        return ms([&] {
            if (!inbox.count(who, f) || !inbox.list(who, f, offset, 200))
                out << "list failed\n";
        });
    };
    InvoiceFilter open;
    open.openOnly = true;
    InvoiceFilter department = open;
    department.departmentCode = QStringLiteral("20");
    InvoiceFilter state;
    state.state = QStringLiteral("checked");
    InvoiceFilter text;
    text.text = QStringLiteral("B-000123");
    InvoiceFilter bySeller = open;
    bySeller.sort = InvoiceFilter::Sort::Seller;
    InvoiceFilter due = open;
    due.dueBy = QDate(2026, 3, 1);
    out << "  the inbox page (count + 200 rows), median of 5, ms:\n";
    out << QStringLiteral("    checker, open, by due date:        first page %1, page at row %2: %3\n")
               .arg(page(checker, open, 0), 0, 'f', 1)
               .arg(total / 2)
               .arg(page(checker, open, total / 2), 0, 'f', 1);
    out << QStringLiteral("    checker, open, by seller:          %1\n").arg(page(checker, bySeller, 0), 0, 'f', 1);
    out << QStringLiteral("    checker, one department:           %1\n").arg(page(checker, department, 0), 0, 'f', 1);
    out << QStringLiteral("    checker, state \"checked\":          %1\n").arg(page(checker, state, 0), 0, 'f', 1);
    out << QStringLiteral("    checker, due by a date:            %1\n").arg(page(checker, due, 0), 0, 'f', 1);
    out << QStringLiteral("    checker, text \"B-000123\":          %1\n").arg(page(checker, text, 0), 0, 'f', 1);
    out << QStringLiteral("    clerk of one department, open:     %1\n").arg(page(clerk, open, 0), 0, 'f', 1);
    const double tasks = ms([&] { (void)standardTaskList(**db).tasksFor(clerk); }, 3);
    out << QStringLiteral("  task list of the department's clerk: %1 ms\n").arg(tasks, 0, 'f', 0);
    return 0;
}
