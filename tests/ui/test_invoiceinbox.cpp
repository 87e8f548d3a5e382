// The invoice inbox page as two colleagues use it: invoices dropped in, routed, confirmed
// factually with a split account assignment, checked, refused to the one who checked them
// (four eyes), released by another, handed over to finance and filed in the e-file.
#include "support/teststore.h"

#include "dialogs/allocationdialog.h"
#include "dialogs/messagebox.h"
#include "efile/fileplan.h"
#include "invoice/inbox/invoiceexport.h"
#include "invoice/invoicewriter.h"
#include "models/invoiceinboxmodel.h"
#include "pages/invoiceinboxpage.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

Session sessionAs(const QString &path, const Actor &actor)
{
    Session session;
    auto db = Database::open(path);
    REQUIRE(db.ok());
    session.db = std::move(*db);
    session.actor = actor;
    session.location = StoreLocation{path, StoreLocation::Source::CommandLine};
    return session;
}

QString writeInvoice(const QTemporaryDir &dir, const QString &number, InvoiceSyntax syntax)
{
    InvoiceDraft d;
    d.syntax = syntax;
    d.number = number;
    d.issueDate = QDate(2026, 2, 27);
    d.dueDate = QDate(2026, 3, 20);
    d.buyerReference = QStringLiteral("05315-20000-33");
    d.seller = InvoiceParty{QStringLiteral("Bürobedarf Krüger GmbH"),
                            QStringLiteral("Lister Meile 12"),
                            QStringLiteral("30161"),
                            QStringLiteral("Hannover"),
                            QStringLiteral("DE"),
                            QStringLiteral("DE811234567"),
                            {},
                            {},
                            QStringLiteral("rechnung@krueger.example"),
                            QStringLiteral("EM"),
                            QStringLiteral("Sabine Krüger"),
                            QStringLiteral("0511 445566"),
                            QStringLiteral("rechnung@krueger.example")};
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
    d.paymentTerms = QStringLiteral("Zahlbar ohne Abzug.");
    d.lines << InvoiceDraftLine{{},
                                QStringLiteral("Kopierpapier"),
                                *Decimal::parse(u"40"),
                                QStringLiteral("C62"),
                                *Decimal::parse(u"25.00"),
                                QStringLiteral("S"),
                                *Decimal::parse(u"19")};
    auto bytes = InvoiceWriter::write(d); // 1000.00 net, 1190.00 due
    REQUIRE(bytes.ok());
    const QString path = dir.filePath(number + QStringLiteral(".xml"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(*bytes);
    return path;
}

} // namespace

TEST_CASE("invoice inbox: import, approve with four eyes, hand over and file", "[ui][invoice]")
{
    TestStore store;
    const Actor admin = store.admin();
    const Actor wolf = store.user(QStringLiteral("k.wolf"), {Role::Clerk, Role::InvoiceChecker, Role::PaymentApprover},
                                  QStringLiteral("20"));
    const Actor neumann = store.user(QStringLiteral("f.neumann"), {Role::PaymentApprover}, QStringLiteral("20"));
    REQUIRE(InvoiceInbox(store.db()).setRoute(admin, QStringLiteral("05315-20000-33"), QStringLiteral("20")).ok());
    REQUIRE(FilePlan(store.db())
                .addUnit(admin, PlanUnit{{},
                                         QStringLiteral("0.3"),
                                         QStringLiteral("Rechnungswesen"),
                                         {},
                                         {},
                                         {},
                                         QStringLiteral("20"),
                                         10,
                                         true})
                .ok());
    REQUIRE(InvoiceExport(store.db()).setFilePlanKey(admin, QStringLiteral("0.3")).ok());
    QTemporaryDir files;
    const QStringList paths{writeInvoice(files, QStringLiteral("KR-1"), InvoiceSyntax::Ubl),
                            writeInvoice(files, QStringLiteral("KR-2"), InvoiceSyntax::Cii)};

    Session wolfSession = sessionAs(store.path(), wolf);
    InvoiceInboxPage page(wolfSession);
    QSignalSpy imported(&page, &InvoiceInboxPage::imported);
    page.importFiles(paths);
    REQUIRE(imported.wait(20000));
    const QStringList lines = imported.first().first().toStringList();
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.first().startsWith(QStringLiteral("2 added")));
    REQUIRE(page.model()->total() == 2);
    const InvoiceId first = page.model()->record(0).id;
    page.select(first);
    CHECK(page.details()->toPlainText().contains(QStringLiteral("Arithmetic check")));
    CHECK(page.details()->toPlainText().contains(QStringLiteral("Amount due for payment (BT-115)")));
    CHECK(page.stepLabels().contains(QStringLiteral("Confirm factually correct")));

    // The account assignment dialog takes German amounts and refuses a split that does not add up.
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        CHECK(*AllocationDialog::parseAmount(QStringLiteral("1.190,00")) == *Decimal::parse(u"1190.00"));
        QLocale::setDefault(QLocale::c());
        AllocationDialog dialog(page.model()->record(0));
        CHECK(dialog.allocations().size() == 1);
        CHECK(dialog.allocations().first().amount == *Decimal::parse(u"1190.00"));
        // A row added to split the amount takes what is still unassigned.
        auto *table = dialog.findChild<QTableWidget *>();
        REQUIRE(table);
        table->item(0, 2)->setText(QStringLiteral("1000.00"));
        QPushButton *add = nullptr;
        for (auto *b : dialog.findChildren<QPushButton *>())
            add = b->text() == QStringLiteral("&Add row") ? b : add;
        REQUIRE(add);
        add->click();
        REQUIRE(dialog.allocations().size() == 2);
        CHECK(dialog.allocations().at(1).amount == *Decimal::parse(u"190.00"));
    }
    const QJsonObject split{{QStringLiteral("allocations"),
                             QJsonArray{QJsonObject{{QStringLiteral("cost_centre"), QStringLiteral("KST-20")},
                                                    {QStringLiteral("budget_item"), QStringLiteral("1.20.0100.523100")},
                                                    {QStringLiteral("amount"), QStringLiteral("1000.00")}},
                                        QJsonObject{{QStringLiteral("cost_centre"), QStringLiteral("KST-202")},
                                                    {QStringLiteral("budget_item"), QStringLiteral("1.20.0200.523100")},
                                                    {QStringLiteral("amount"), QStringLiteral("190.00")}}}}};
    REQUIRE(page.takeStep(QStringLiteral("approve_factually"), {}, split));
    REQUIRE(page.takeStep(QStringLiteral("approve_arithmetically"), {}));
    // Four eyes: the same person is refused the payment order, with the reason.
    CHECK(page.stepLabels().contains(QStringLiteral("Order payment")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(page.takeStep(QStringLiteral("order_payment"), {}));
    CHECK(MessageBox::lastText().contains(QStringLiteral("four eyes")));

    // The other one is rejected with a reason; the notice for the seller names it.
    const InvoiceId second = page.model()->record(1).id;
    page.select(second);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(page.takeStep(QStringLiteral("reject"), {})); // a reason is required
    REQUIRE(page.takeStep(QStringLiteral("reject"), QStringLiteral("Doppelt geliefert")));
    REQUIRE(page.model()->load(InvoiceFilter{}));
    page.select(second);
    const QString noticePath = files.filePath(QStringLiteral("notice.txt"));
    REQUIRE(page.saveRejectionNotice(noticePath));
    QFile notice(noticePath);
    REQUIRE(notice.open(QIODevice::ReadOnly));
    const QString noticeText = QString::fromUtf8(notice.readAll());
    CHECK(noticeText.contains(QStringLiteral("Doppelt geliefert")));
    CHECK(noticeText.contains(QStringLiteral("KR-2")));

    // A colleague releases it and hands it over to finance.
    Session neumannSession = sessionAs(store.path(), neumann);
    InvoiceInboxPage other(neumannSession);
    other.select(first);
    REQUIRE(other.selected());
    REQUIRE(other.takeStep(QStringLiteral("order_payment"), {}));
    QTemporaryDir finance;
    QSignalSpy exported(&other, &InvoiceInboxPage::exported);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    other.exportTo(finance.path());
    REQUIRE(exported.wait(30000));
    const QString summary = exported.first().first().toString();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("All are filed in the e-file")));
    CHECK(QDir(finance.path()).entryList(QDir::Files).size() == 2); // the CSV and the original
    // Archived invoices are not "open", the page's first filter: all of them, then.
    REQUIRE(page.model()->load(InvoiceFilter{}));
    page.select(first);
    REQUIRE(page.selected());
    CHECK(page.selected()->state == QStringLiteral("archived"));
    CHECK(page.selected()->archivedIn.isValid());
}
