// The e-invoice window as a clerk uses it: open, read, print to PDF/A, save an attachment.
#include "support/teststore.h"

#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "invoice/invoicewindow.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextBrowser>

using namespace amtsdesk;
using namespace amtsdesk::ui;

TEST_CASE("invoice window: a file that is no e-invoice is refused with the reason", "[ui][invoice]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief.xml"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("<brief>Sehr geehrte Damen und Herren</brief>");
    f.close();
    InvoiceWindow window(path);
    REQUIRE_FALSE(window.isLoaded());
    REQUIRE(window.errorText().contains(QStringLiteral("brief.xml")));
}

TEST_CASE("invoice window: an XRechnung read, exported as PDF/A, its attachment saved", "[ui][invoice]")
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    const QString path =
        corpus + QStringLiteral("/einvoice/kosit-xrechnung-testsuite/business-cases/standard/02.03a-INVOICE_ubl.xml");
    auto *window = new InvoiceWindow(path);
    REQUIRE(window->isLoaded());
    REQUIRE(window->sheet().valid);
    const QString shown = window->browser()->toPlainText();
    REQUIRE(shown.contains(window->sheet().title));
    REQUIRE_FALSE(window->showsPdf());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("rechnung.pdf"));
    REQUIRE(window->exportPdfA(pdf));
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    REQUIRE(bytes.startsWith("%PDF-1.4"));
    REQUIRE(bytes.contains("pdfaid:part"));

    REQUIRE_FALSE(window->attachments().isEmpty());
    const QString saved = dir.filePath(QStringLiteral("anlage.bin"));
    REQUIRE(window->saveAttachment(0, saved));
    QFile attachment(saved);
    REQUIRE(attachment.open(QIODevice::ReadOnly));
    REQUIRE(attachment.readAll() == window->attachments().first().data);
    REQUIRE_FALSE(window->attachments().first().data.isEmpty());
    window->close();
}

TEST_CASE("invoice window: a Factur-X PDF beside its data", "[ui][invoice]")
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    InvoiceWindow window(corpus + QStringLiteral("/einvoice/factur-x/pdf/invoice_EN16931.pdf"));
    REQUIRE(window.isLoaded());
    REQUIRE(window.showsPdf());
    REQUIRE(window.sheet().container == QStringLiteral("PDF"));
    // The PDF shows the amount due that its data names.
    REQUIRE(window.pdfNote().isEmpty());
}

TEST_CASE("invoice window: every PDF of the e-invoice corpus opens, or says what it is", "[ui][invoice]")
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    QDirIterator it(corpus + QStringLiteral("/einvoice"), {QStringLiteral("*.pdf")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int opened = 0, refused = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        InvoiceWindow window(path);
        INFO(path.toStdString());
        if (window.isLoaded()) {
            ++opened;
            CHECK(window.showsPdf());
            CHECK_FALSE(window.browser()->toPlainText().isEmpty());
        } else {
            ++refused; // ZUGFeRD 1.0, an order, a PDF without invoice data: named in the message
            CHECK(window.errorText().contains(QFileInfo(path).fileName()));
        }
    }
    WARN(QStringLiteral("%1 PDFs opened, %2 refused with the reason").arg(opened).arg(refused).toStdString());
    CHECK(opened >= 8);
}
