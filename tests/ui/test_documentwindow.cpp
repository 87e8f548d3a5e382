#include "support/teststore.h"

#include "dialogs/messagebox.h"
#include "efile/batchimport.h"
#include "efile/documentsearch.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "pdf/workerclient.h"
#include "preview/documentwindow.h"
#include "preview/pdfview.h"

#include <catch2/catch.hpp>

#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSignalSpy>

using namespace amtsdesk;
using namespace amtsdesk::ui;

TEST_CASE("the document window draws pages off the GUI thread, rotates, finds and prints", "[ui][preview]")
{
    TestStore store;
    const Actor admin = store.admin();
    REQUIRE(store.access().createDepartment(admin, QStringLiteral("63"), QStringLiteral("Bauaufsicht")).ok());
    REQUIRE(FilePlan(store.db()).addUnit(admin, PlanUnit{{}, QStringLiteral("63.1"), QStringLiteral("Bau"), {}, {}, {}, QStringLiteral("63"), 30}).ok());
    const Actor clerk = store.user(QStringLiteral("u.krause"), {Role::Clerk}, QStringLiteral("63"));
    FileService files(store.db());
    const FileId file = *files.createFile(clerk, NewFile{QStringLiteral("63.1"), QStringLiteral("Akte"), {}, Confidentiality::Open, {}, {}});
    const CaseId caseId = *files.createCase(clerk, file, QStringLiteral("Vorgang"));

    const QString path = store.dir.filePath(QStringLiteral("Bescheid.pdf"));
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
        const QStringList pages{QStringLiteral("Seite eins: Bescheid"), QStringLiteral("Seite zwei: Auflage zur Straße"),
                                QStringLiteral("Seite drei: Rechtsbehelfsbelehrung")};
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QRect(0, 0, writer.width(), writer.height() / 4), Qt::TextWordWrap, pages.at(i));
        }
    }
    PdfWorker worker;
    const ImportSummary summary = BatchImport(store.db(), worker).run(clerk, caseId, {path});
    REQUIRE(summary.added.size() == 1);

    Session session;
    auto db = Database::open(store.path(), store.clock);
    REQUIRE(db.ok());
    session.db = std::move(db.value());
    session.actor = clerk;
    DocumentWindow window(session, summary.added.first().document);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(window.isPreviewable());
    window.resize(900, 1000);
    window.show();
    PdfView *view = window.view();
    REQUIRE(view->pageCount() == 3);
    QSignalSpy rendered(view, &PdfView::pageRendered);
    REQUIRE(rendered.wait(20000));
    REQUIRE(view->renderedPages() >= 1);
    REQUIRE(view->problem().isEmpty());

    // Find uses the folded words: "Strasse" finds "Straße" on page 2.
    REQUIRE(window.findNext(QStringLiteral("Strasse")) == 2);
    REQUIRE(window.findNext(QStringLiteral("nirgends")) == 0);
    REQUIRE(window.pageText(3).contains(QStringLiteral("Rechtsbehelfsbelehrung")));

    // The hits of a search are marked where the words are, in any spelling.
    QSignalSpy marked(view, &PdfView::highlightsReady);
    window.highlight({QStringLiteral("strasse"), QStringLiteral("rechtsbehelf*")});
    view->goToPage(2);
    while (view->highlights(2).isEmpty() && marked.wait(20000)) {
    }
    REQUIRE(view->highlights(2).size() == 1);
    const QRectF hit = view->highlights(2).first();
    REQUIRE(hit.width() > 5);
    REQUIRE(hit.y() < 842 / 4); // drawn in the top quarter of the page

    view->rotate(90);
    REQUIRE(view->rotation() == 90);
    REQUIRE(rendered.wait(20000));
    view->setZoom(2.0);
    REQUIRE(view->fit() == PdfView::Fit::None);
    REQUIRE(view->zoom() == Approx(2.0));

    const QString printed = store.dir.filePath(QStringLiteral("gedruckt.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    REQUIRE(window.printTo(printer));
    auto printedDoc = worker.extract(printed);
    REQUIRE(printedDoc.ok());
    REQUIRE(printedDoc->pages == 3);
}

TEST_CASE("a password-protected PDF opens with its password, which also makes it searchable", "[ui][preview]")
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    const QString pdf = corpus + QStringLiteral("/pdf/py-pdf-sample-files/005-libreoffice-writer-password/libreoffice-writer-password.pdf");
    TestStore store;
    const Actor admin = store.admin();
    REQUIRE(store.access().createDepartment(admin, QStringLiteral("63"), QStringLiteral("Bauaufsicht")).ok());
    REQUIRE(FilePlan(store.db()).addUnit(admin, PlanUnit{{}, QStringLiteral("63.1"), QStringLiteral("Bau"), {}, {}, {}, QStringLiteral("63"), 30}).ok());
    const Actor clerk = store.user(QStringLiteral("u.krause"), {Role::Clerk}, QStringLiteral("63"));
    FileService files(store.db());
    const FileId file = *files.createFile(clerk, NewFile{QStringLiteral("63.1"), QStringLiteral("Akte"), {}, Confidentiality::Open, {}, {}});
    const CaseId caseId = *files.createCase(clerk, file, QStringLiteral("Vorgang"));
    PdfWorker worker;
    const ImportSummary summary = BatchImport(store.db(), worker).run(clerk, caseId, {pdf});
    REQUIRE(summary.added.size() == 1);
    REQUIRE(summary.added.first().message.contains(QStringLiteral("password")));

    Session session;
    auto db = Database::open(store.path(), store.clock);
    REQUIRE(db.ok());
    session.db = std::move(db.value());
    session.actor = clerk;
    DocumentWindow window(session, summary.added.first().document);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE_FALSE(window.isPreviewable());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(window.unlock("falsch"));
    REQUIRE(MessageBox::lastText().contains(QStringLiteral("password")));
    REQUIRE(window.unlock("openpassword"));
    REQUIRE(window.isPreviewable());
    window.show();
    QSignalSpy rendered(window.view(), &PdfView::pageRendered);
    REQUIRE(rendered.wait(20000));
    auto hits = DocumentSearch(*session.db).search(clerk, window.pageText(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
}
