// The e-invoice inbox: intake (storing, validating, routing, duplicates, due dates), the
// approval with four eyes, the hand-over to the finance software and the filing in the e-file.
#include "support/invoicedrafts.h"
#include "support/teststore.h"

#include "efile/documentservice.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "invoice/inbox/invoiceexport.h"
#include "invoice/inbox/invoiceinbox.h"
#include "invoice/inbox/invoicenotice.h"
#include "invoice/inbox/paymentterms.h"
#include "invoice/invoicewriter.h"
#include "maintenance/storeverifier.h"
#include "tasks/standardtasks.h"
#include "workflow/workflowengine.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace amtsdesk;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

InvoiceDraft draft(const QString &number, const QString &leitweg, InvoiceSyntax syntax = InvoiceSyntax::Ubl)
{
    return sampleInvoiceDraft(number, leitweg, syntax); // 250.00 net, 47.50 VAT, 297.50 due
}

QString writeInvoice(const QTemporaryDir &dir, const InvoiceDraft &d, const QString &name)
{
    auto bytes = InvoiceWriter::write(d);
    if (!bytes)
        FAIL(bytes.error().message.toStdString());
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(*bytes);
    return path;
}

struct Inbox {
    TestStore store;
    QTemporaryDir files;
    Actor admin = store.admin();
    Actor clerk = store.user(QStringLiteral("k.wolf"), {Role::Clerk, Role::PaymentApprover}, QStringLiteral("20"));
    Actor checker = store.user(QStringLiteral("e.schwarz"), {Role::InvoiceChecker}, QStringLiteral("20.2"));
    Actor payer = store.user(QStringLiteral("h.zimmermann"), {Role::PaymentApprover}, QStringLiteral("20.2"));
    Actor stranger = store.user(QStringLiteral("l.lange"), {Role::Clerk}, QStringLiteral("50"));
    InvoiceInbox inbox{store.db()};

    Inbox() { REQUIRE(inbox.setRoute(admin, QStringLiteral("05315-20000-33"), QStringLiteral("20")).ok()); }
    InvoiceImport take(const InvoiceDraft &d, const QString &name)
    {
        auto r = inbox.importFile(clerk, writeInvoice(files, d, name), InvoiceChannel::Cli, nullptr);
        REQUIRE(r.ok());
        return *r;
    }
};

} // namespace

TEST_CASE("Skonto terms (BR-DE-18) and due dates are computed from the invoice", "[invoice][inbox]")
{
    const QString terms = QStringLiteral("Zahlbar innerhalb 30 Tagen.\n#SKONTO#TAGE=14#PROZENT=2.00#\n"
                                         "#SKONTO#TAGE=7#PROZENT=3.00#BASISBETRAG=100.00#\n#SKONTO#TAGE=x#");
    const QList<Skonto> skonti = PaymentTerms::skonti(terms, QDate(2026, 2, 20), dec("297.50"));
    REQUIRE(skonti.size() == 2);
    CHECK(skonti.at(0).days == 7);
    CHECK(skonti.at(0).deadline == QDate(2026, 2, 27));
    CHECK(skonti.at(0).amount == dec("3.00")); // 3 % of the base amount 100.00
    CHECK(skonti.at(1).deadline == QDate(2026, 3, 6));
    CHECK(skonti.at(1).amount == dec("5.95")); // 2 % of 297.50
    PaymentDue due;
    due.skonti = skonti;
    REQUIRE(due.nextSkonto(QDate(2026, 3, 1)) != nullptr);
    CHECK(due.nextSkonto(QDate(2026, 3, 1))->days == 14);
    CHECK(due.nextSkonto(QDate(2026, 3, 7)) == nullptr);
}

TEST_CASE("Intake stores the original, validates, routes by Leitweg-ID and flags duplicates", "[invoice][inbox]")
{
    Inbox t;
    InvoiceDraft d = draft(QStringLiteral("R-2026-001"), QStringLiteral("05315-20000-33"));
    d.paymentTerms = InvoiceWriter::skontoLine(14, dec("2"));
    const InvoiceImport first = t.take(d, QStringLiteral("r1.xml"));
    CHECK(first.state == QStringLiteral("checked"));
    CHECK(first.department == QStringLiteral("20"));
    CHECK(first.errors == 0);
    CHECK_FALSE(first.duplicateOf);

    auto record = t.inbox.invoice(t.clerk, first.id);
    REQUIRE(record.ok());
    CHECK(record->number == QStringLiteral("R-2026-001"));
    CHECK(record->sellerName == QStringLiteral("Büro Schmidt GmbH"));
    CHECK(*record->payableAmount == dec("297.50"));
    CHECK(record->dueDate == QDate(2026, 3, 22)); // no BT-9: 30 days after the invoice date
    CHECK(record->dueSource == QStringLiteral("default"));
    CHECK(record->skontoDate == QDate(2026, 3, 6));
    CHECK(*record->skontoAmount == dec("5.95"));
    // The original is kept byte for byte.
    auto path = t.inbox.originalPath(t.clerk, first.id);
    REQUIRE(path.ok());
    QFile stored(*path), given(t.files.filePath(QStringLiteral("r1.xml")));
    REQUIRE(stored.open(QIODevice::ReadOnly));
    REQUIRE(given.open(QIODevice::ReadOnly));
    CHECK(stored.readAll() == given.readAll());

    SECTION("the same number from the same seller, in the other syntax, is a duplicate")
    {
        d.syntax = InvoiceSyntax::Cii;
        const InvoiceImport again = t.take(d, QStringLiteral("r1-cii.xml"));
        REQUIRE(again.duplicateOf);
        CHECK(*again.duplicateOf == first.id);
        CHECK(again.state == QStringLiteral("received")); // not passed on by the system
    }
    SECTION("identical bytes are a duplicate")
    {
        auto again =
            t.inbox.importFile(t.clerk, t.files.filePath(QStringLiteral("r1.xml")), InvoiceChannel::Folder, nullptr);
        REQUIRE(again.ok());
        REQUIRE(again->duplicateOf);
        CHECK(*again->duplicateOf == first.id);
    }
    SECTION("an unknown Leitweg-ID waits in the central intake queue, seen only by the central roles")
    {
        const InvoiceImport other =
            t.take(draft(QStringLiteral("R-9"), QStringLiteral("05315-99999-01")), QStringLiteral("r9.xml"));
        CHECK(other.department.isEmpty());
        CHECK_FALSE(t.inbox.invoice(t.stranger, other.id).ok());
        CHECK(t.inbox.invoice(t.checker, other.id).ok());
        InvoiceFilter central;
        central.departmentCode = QStringLiteral("-");
        CHECK(*t.inbox.count(t.checker, central) == 1);
        // Nobody can confirm it factually before it is routed.
        CHECK_FALSE(
            t.inbox
                .approveFactually(t.clerk, other.id, {{QStringLiteral("4711"), QStringLiteral("1.1"), dec("297.50")}})
                .ok());
        CHECK_FALSE(t.inbox.route(t.clerk, other.id, QStringLiteral("20")).ok()); // not a checker
        REQUIRE(t.inbox.route(t.checker, other.id, QStringLiteral("20")).ok());
        CHECK(t.inbox.invoice(t.clerk, other.id).ok());
    }
    SECTION("another department sees nothing of it")
    {
        CHECK(t.inbox.invoice(t.stranger, first.id).error().code == ErrorCode::PermissionDenied);
        CHECK(*t.inbox.count(t.stranger, InvoiceFilter{}) == 0);
        CHECK(*t.inbox.count(t.clerk, InvoiceFilter{}) == 1);
    }
}

TEST_CASE("Invalid and unreadable files are kept with their findings and can be rejected with a notice",
          "[invoice][inbox]")
{
    Inbox t;
    // A broken total: the file is an invoice, but BR-CO-15 and friends fail.
    QString path = writeInvoice(t.files, draft(QStringLiteral("R-BAD"), QStringLiteral("05315-20000-33")),
                                QStringLiteral("bad.xml"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        REQUIRE(bytes.contains("297.50"));
        bytes.replace("<cbc:PayableAmount currencyID=\"EUR\">297.50", "<cbc:PayableAmount currencyID=\"EUR\">279.50");
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    auto bad = t.inbox.importFile(t.clerk, path, InvoiceChannel::Gui, nullptr);
    REQUIRE(bad.ok());
    CHECK(bad->errors > 0);
    CHECK(bad->state == QStringLiteral("received"));
    auto findings = t.inbox.findings(t.clerk, bad->id);
    REQUIRE(findings.ok());
    CHECK(std::any_of(findings->cbegin(), findings->cend(),
                      [](const Finding &f) { return f.rule == QStringLiteral("BR-CO-16"); }));

    const QString junk = t.files.filePath(QStringLiteral("letter.txt"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Sehr geehrte Damen und Herren, anbei unsere Rechnung.");
    }
    auto unreadable = t.inbox.importFile(t.clerk, junk, InvoiceChannel::Gui, nullptr);
    REQUIRE(unreadable.ok());
    CHECK_FALSE(unreadable->readable);
    auto record = t.inbox.invoice(t.checker, unreadable->id);
    REQUIRE(record.ok());
    CHECK(record->readError.contains(QLatin1String("letter.txt")));
    // It cannot be accepted, only rejected.
    CHECK_FALSE(
        t.inbox.take(t.checker, unreadable->id, QStringLiteral("accept_despite_findings"), QStringLiteral("ok")).ok());

    CHECK_FALSE(t.inbox.take(t.clerk, bad->id, QStringLiteral("reject"), {}).ok()); // a reason is required
    REQUIRE(t.inbox.take(t.clerk, bad->id, QStringLiteral("reject"), QStringLiteral("Summe falsch")).ok());
    auto rejected = t.inbox.invoice(t.clerk, bad->id);
    REQUIRE(rejected.ok());
    CHECK(rejected->state == QStringLiteral("rejected"));
    const NoticeText notice = InvoiceNotices::rejection(*rejected, *findings, QStringLiteral("Summe falsch"),
                                                        t.clerk.signature(), QDate(2026, 3, 2));
    CHECK(notice.text.contains(QLatin1String("R-BAD")));
    CHECK(notice.text.contains(QLatin1String("Summe falsch")));
    CHECK(notice.text.contains(QLatin1String("BR-CO-16")));
    const QString pdf = t.files.filePath(QStringLiteral("notice.pdf"));
    REQUIRE(notice.writePdf(pdf).ok());
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == "%PDF-");
}

TEST_CASE("Approval: account assignment, arithmetic check, payment order with four eyes", "[invoice][inbox]")
{
    Inbox t;
    const InvoiceImport in =
        t.take(draft(QStringLiteral("R-2026-002"), QStringLiteral("05315-20000-33")), QStringLiteral("r2.xml"));
    REQUIRE(in.state == QStringLiteral("checked"));

    // The account assignment must add up to the amount due.
    auto wrong =
        t.inbox.approveFactually(t.clerk, in.id, {{QStringLiteral("4711"), QStringLiteral("1.100"), dec("200")}});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QLatin1String("297.50")));
    CHECK_FALSE(
        t.inbox.approveFactually(t.clerk, in.id, {{QStringLiteral(""), QStringLiteral("1.100"), dec("297.50")}}).ok());
    REQUIRE(t.inbox
                .approveFactually(t.clerk, in.id,
                                  {{QStringLiteral("4711"), QStringLiteral("1.100.5200"), dec("200.00")},
                                   {QStringLiteral("4712"), QStringLiteral("1.200.5200"), dec("97.50")}})
                .ok());
    auto record = t.inbox.invoice(t.clerk, in.id);
    REQUIRE(record->allocations.size() == 2);
    CHECK(record->allocations.at(1).amount == dec("97.50"));

    auto check = t.inbox.recalculation(t.checker, in.id, nullptr);
    REQUIRE(check.ok());
    CHECK(check->agrees());
    REQUIRE(t.inbox.take(t.checker, in.id, QStringLiteral("approve_arithmetically"), {}).ok());

    // Four eyes: who confirmed it factually may not order the payment, also not as a deputy.
    auto refused = t.inbox.take(t.clerk, in.id, QStringLiteral("order_payment"), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(refused.error().message.contains(QLatin1String("four eyes")));
    const QDate today = t.store.clock.today();
    REQUIRE(t.store.access().addDeputy(t.admin, t.payer.userId, t.clerk.userId, today, today.addDays(5)).ok());
    auto asDeputy = t.store.access().actAsDeputy(t.clerk, QStringLiteral("h.zimmermann"));
    REQUIRE(asDeputy.ok());
    CHECK_FALSE(t.inbox.take(*asDeputy, in.id, QStringLiteral("order_payment"), {}).ok());
    REQUIRE(t.inbox.take(t.payer, in.id, QStringLiteral("order_payment"), {}).ok());
    CHECK(t.inbox.invoice(t.payer, in.id)->state == QStringLiteral("payment_ordered"));
}

TEST_CASE("Invoices are on the task list by Skonto deadline, then by due date", "[invoice][inbox][tasks]")
{
    Inbox t;
    InvoiceDraft d = draft(QStringLiteral("R-2026-003"), QStringLiteral("05315-20000-33"));
    d.issueDate = QDate(2026, 2, 25);
    d.dueDate = QDate(2026, 3, 27);
    d.paymentTerms = InvoiceWriter::skontoLine(10, dec("2"));
    const InvoiceImport in = t.take(d, QStringLiteral("r3.xml"));
    auto tasks = standardTaskList(t.store.db()).tasksFor(t.clerk);
    REQUIRE(tasks.ok());
    auto it = std::find_if(tasks->cbegin(), tasks->cend(),
                           [&](const Task &task) { return task.itemRef == QString::number(in.id.value); });
    REQUIRE(it != tasks->cend());
    CHECK(it->dueDate == QDate(2026, 3, 7)); // the Skonto deadline
    CHECK(std::any_of(it->actions.cbegin(), it->actions.cend(),
                      [](const TaskAction &a) { return a.transition == QStringLiteral("approve_factually"); }));
    // Nobody else's list shows it: not another department's, and not the invoice checker's,
    // whose only step now would be to reject it.
    auto onOther = [&](const Actor &who) {
        auto list = standardTaskList(t.store.db()).tasksFor(who);
        REQUIRE(list.ok());
        return std::any_of(list->cbegin(), list->cend(),
                           [&](const Task &task) { return task.itemType == InvoiceInbox::kItemType; });
    };
    CHECK_FALSE(onOther(t.stranger));
    CHECK_FALSE(onOther(t.checker));

    // Once the Skonto deadline has passed, the due date counts.
    t.store.clock = FixedClock(QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC));
    tasks = standardTaskList(t.store.db()).tasksFor(t.clerk);
    REQUIRE(tasks.ok());
    it = std::find_if(tasks->cbegin(), tasks->cend(),
                      [&](const Task &task) { return task.itemRef == QString::number(in.id.value); });
    REQUIRE(it != tasks->cend());
    CHECK(it->dueDate == QDate(2026, 3, 27));

    // A step taken from the task list goes through the inbox's checks.
    auto status = standardTaskList(t.store.db())
                      .act(t.clerk, *it, QStringLiteral("approve_factually"), {},
                           QJsonObject{{QStringLiteral("cost_centre"), QStringLiteral("4711")},
                                       {QStringLiteral("budget_item"), QStringLiteral("1.100")}});
    REQUIRE(status.ok());
    CHECK(t.inbox.invoice(t.clerk, in.id)->allocations.size() == 1);
}

TEST_CASE("Hand-over: a CSV with the originals, each invoice once, then filed in the e-file", "[invoice][inbox]")
{
    Inbox t;
    REQUIRE(FilePlan(t.store.db())
                .addUnit(t.admin, PlanUnit{{},
                                           QStringLiteral("902"),
                                           QStringLiteral("Rechnungen"),
                                           {},
                                           {},
                                           {},
                                           QStringLiteral("20"),
                                           10,
                                           true})
                .ok());
    QList<InvoiceId> ids;
    for (const char *number : {"R-10", "R-11"}) {
        const InvoiceImport in = t.take(draft(QString::fromLatin1(number), QStringLiteral("05315-20000-33")),
                                        QString::fromLatin1(number) + QStringLiteral(".xml"));
        // The second share is entered without its trailing zero; the CSV still writes 297.50.
        const Decimal share = ids.isEmpty() ? dec("297.50") : dec("297.5");
        REQUIRE(
            t.inbox.approveFactually(t.clerk, in.id, {{QStringLiteral("4711"), QStringLiteral("1.100"), share}}).ok());
        REQUIRE(t.inbox.take(t.checker, in.id, QStringLiteral("approve_arithmetically"), {}).ok());
        REQUIRE(t.inbox.take(t.payer, in.id, QStringLiteral("order_payment"), {}).ok());
        ids << in.id;
    }
    QTemporaryDir out;
    InvoiceExport exporter(t.store.db());
    CHECK(exporter.exportReleased(t.stranger, out.path(), nullptr).error().code == ErrorCode::PermissionDenied);

    // Without a file plan unit for invoices, they are handed over but not filed.
    auto first = exporter.exportReleased(t.payer, out.path(), nullptr);
    REQUIRE(first.ok());
    CHECK(first->exported == ids);
    CHECK(first->archived.isEmpty());
    CHECK(first->archiveErrors.size() == 2);
    QFile csv(first->csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == InvoiceExport::columns().join(QLatin1Char(';')));
    CHECK(lines.at(1).startsWith(QString::number(ids.at(0).value) + QStringLiteral(";R-10;2026-02-20;380;")));
    CHECK(lines.at(1).contains(QLatin1String(";DE02120300000000202051;EUR;250.00;47.50;297.50;297.50;")));
    // The test users' display names are their logins.
    CHECK(lines.at(1).contains(QLatin1String(";20;4711;1.100;297.50;k.wolf;e.schwarz;h.zimmermann;")));
    CHECK(lines.at(2).contains(QLatin1String(";20;4711;1.100;297.50;k.wolf;e.schwarz;h.zimmermann;")));
    CHECK(QFile::exists(QDir(out.path()).filePath(QStringLiteral("%1-R-10.xml").arg(ids.at(0).value))));
    CHECK(t.inbox.invoice(t.payer, ids.at(0))->state == QStringLiteral("handed_over"));

    // Exported once: a second run finds nothing, unless asked to repeat on purpose.
    const QStringList before = QDir(out.path()).entryList(QDir::Files);
    auto none = exporter.exportReleased(t.payer, out.path(), nullptr);
    REQUIRE(none.ok());
    CHECK(none->exported.isEmpty());
    CHECK(none->csvPath.isEmpty());
    CHECK(QDir(out.path()).entryList(QDir::Files) == before);
    t.store.clock = FixedClock(QDateTime(QDate(2026, 3, 2), QTime(9, 31), Qt::UTC));
    auto repeat = exporter.exportReleased(t.payer, out.path(), nullptr, {ids.at(1)});
    REQUIRE(repeat.ok());
    CHECK(repeat->repeated == 1);
    CHECK(repeat->exported == QList<InvoiceId>{ids.at(1)});

    // Filed once the unit is set: original, readable PDF/A, validation report, approval history.
    REQUIRE(exporter.setFilePlanKey(t.admin, QStringLiteral("902")).ok());
    QStringList errors;
    auto filed = exporter.archivePending(nullptr, &errors);
    REQUIRE(filed.ok());
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK(*filed == 2);
    auto record = t.inbox.invoice(t.clerk, ids.at(0));
    CHECK(record->state == QStringLiteral("archived"));
    REQUIRE(record->archivedIn.isValid());
    auto system = t.store.access().systemActor();
    auto documents = DocumentService(t.store.db()).documents(*system, record->archivedIn);
    REQUIRE(documents.ok());
    CHECK(documents->size() == 4);
    auto theCase = FileService(t.store.db()).caseById(t.clerk, record->archivedIn);
    REQUIRE(theCase.ok());
    auto file = FileService(t.store.db()).file(t.clerk, theCase->file);
    REQUIRE(file.ok());
    CHECK(file->subject == QStringLiteral("Invoices 2026"));

    // The store is consistent afterwards: audit chain, blobs, integrity.
    const VerifyReport report = StoreVerifier::run(t.store.db());
    CHECK(report.ok());
}
