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

#include "support/pdffixtures.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

// A clerk of department 63 with one case to put documents into, and a session of theirs.
struct Desk {
    Desk()
    {
        const Actor admin = store.admin();
        REQUIRE(store.access().createDepartment(admin, QStringLiteral("63"), QStringLiteral("Bauaufsicht")).ok());
        REQUIRE(
            FilePlan(store.db())
                .addUnit(
                    admin,
                    PlanUnit{{}, QStringLiteral("63.1"), QStringLiteral("Bau"), {}, {}, {}, QStringLiteral("63"), 30})
                .ok());
        clerk = store.user(QStringLiteral("u.krause"), {Role::Clerk}, QStringLiteral("63"));
        FileService files(store.db());
        const FileId file = *files.createFile(
            clerk, NewFile{QStringLiteral("63.1"), QStringLiteral("Akte"), {}, Confidentiality::Open, {}, {}});
        caseId = *files.createCase(clerk, file, QStringLiteral("Vorgang"));
    }

    // The clerk's session on its own connection, as the GUI has it.
    Session &session()
    {
        auto db = Database::open(store.path(), store.clock);
        REQUIRE(db.ok());
        m_session.db = std::move(db.value());
        m_session.actor = clerk;
        return m_session;
    }

    TestStore store;
    Actor clerk;
    CaseId caseId;

private:
    Session m_session;
};

// Shows a window that can preview its document, at a size a person would use.
void showPreview(DocumentWindow &window)
{
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(window.isPreviewable());
    window.resize(900, 1000);
    window.show();
}

} // namespace

TEST_CASE("the document window draws pages off the GUI thread, rotates, finds and prints", "[ui][preview]")
{
    Desk desk;
    TestStore &store = desk.store;
    const Actor clerk = desk.clerk;
    const CaseId caseId = desk.caseId;

    const QString path = store.dir.filePath(QStringLiteral("Bescheid.pdf"));
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
        const QStringList pages{QStringLiteral("Seite eins: Bescheid"),
                                QStringLiteral("Seite zwei: Auflage zur Straße"),
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

    Session &session = desk.session();
    DocumentWindow window(session, summary.added.first().document);
    showPreview(window);
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

TEST_CASE("an image is shown as a page, and said to be not searchable", "[ui][preview][image]")
{
    Desk desk;
    TestStore &store = desk.store;
    const Actor clerk = desk.clerk;
    const CaseId caseId = desk.caseId;

    // A scanned A5 page at 150 dpi as JPEG, as a scanner leaves it.
    QImage scan(874, 1240, QImage::Format_RGB32);
    scan.fill(Qt::white);
    QPainter(&scan).fillRect(100, 100, 300, 80, Qt::black);
    scan.setDotsPerMeterX(5906);
    scan.setDotsPerMeterY(5906);
    const QString path = store.dir.filePath(QStringLiteral("Scan 0001.jpg"));
    REQUIRE(scan.save(path, "JPEG"));
    PdfWorker worker;
    const ImportSummary summary = BatchImport(store.db(), worker).run(clerk, caseId, {path});
    REQUIRE(summary.added.size() == 1);
    REQUIRE(summary.describe().join(QLatin1Char('\n')).contains(QStringLiteral("is an image")));

    Session &session = desk.session();
    DocumentWindow window(session, summary.added.first().document);
    showPreview(window);
    PdfView *view = window.view();
    REQUIRE(view->pageCount() == 1);
    QSignalSpy rendered(view, &PdfView::pageRendered);
    REQUIRE(rendered.wait(20000));
    REQUIRE(view->problem().isEmpty());
    view->rotate(90);
    REQUIRE(rendered.wait(20000));
    REQUIRE(window.findNext(QStringLiteral("Bescheid")) == 0);
}

TEST_CASE("a password-protected PDF opens with its password, which also makes it searchable", "[ui][preview]")
{
    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    const QString pdf =
        corpus +
        QStringLiteral("/pdf/py-pdf-sample-files/005-libreoffice-writer-password/libreoffice-writer-password.pdf");
    Desk desk;
    TestStore &store = desk.store;
    const Actor clerk = desk.clerk;
    const CaseId caseId = desk.caseId;
    PdfWorker worker;
    const ImportSummary summary = BatchImport(store.db(), worker).run(clerk, caseId, {pdf});
    REQUIRE(summary.added.size() == 1);
    REQUIRE(summary.added.first().message.contains(QStringLiteral("password")));

    Session &session = desk.session();
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
    auto hits = DocumentSearch(*session.db)
                    .search(clerk, window.pageText(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
}

TEST_CASE("a hostile PDF shows cannot be previewed instead of hanging the window", "[ui][preview][hostile]")
{
    // Shorter limits for every worker the viewer starts, as for the import here; still generous
    // enough that no harmless page is stopped on a loaded machine (the bombs take minutes).
    const PdfWorker::Limits previous = PdfWorker::defaultLimits();
    PdfWorker::setDefaultLimits(PdfWorker::Limits{10000, 256});
    auto restore = qScopeGuard([&] { PdfWorker::setDefaultLimits(previous); });
    Desk desk;
    TestStore &store = desk.store;
    // Text that is read at once over an image that inflates to 2.5 GB when drawn; and a page whose
    // content stream inflates to gigabytes, so that not even its text can be read within the limits.
    const QString drawing =
        writeFile(store.dir, QStringLiteral("Bauantrag-Plan.pdf"), imageBombPdf("Bauantrag Lageplan", 2));
    const QString unreadable = writeFile(store.dir, QStringLiteral("Lageplan.pdf"), stringBombPdf(4));
    PdfWorker worker;
    const ImportSummary summary = BatchImport(store.db(), worker).run(desk.clerk, desk.caseId, {drawing, unreadable});
    REQUIRE(summary.added.size() == 2);
    Session &session = desk.session();

    {
        // Nothing could be read: the window says so at once and asks nobody to draw it.
        DocumentWindow window(session, summary.added.at(1).document);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        REQUIRE_FALSE(window.isPreviewable());
        window.show();
        const QString message = window.statusBar()->currentMessage();
        INFO(message.toStdString());
        REQUIRE(message.contains(QStringLiteral("cannot be previewed")));
        REQUIRE(message.contains(QStringLiteral("Lageplan.pdf")));
    }

    DocumentWindow window(session, summary.added.at(0).document);
    showPreview(window);
    PdfView *view = window.view();
    QSignalSpy failed(view, &PdfView::renderFailed);
    // The window keeps answering while the worker struggles: its event loop runs on.
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(100);
    REQUIRE(failed.wait(60000));
    CHECK(ticks >= 3);
    const QString problem = view->problem();
    INFO(problem.toStdString());
    CHECK(problem.contains(QStringLiteral("Bauantrag-Plan.pdf")));
    CHECK(problem.contains(QStringLiteral("within 10 s")));
    CHECK_FALSE(problem.contains(session.db->blobDirectory())); // the stored copy's path means nothing to people
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("cannot be previewed")));
    CHECK(view->renderedPages() == 0);
    QTest::qWait(100); // the status bar made for the message is shown by the event loop
    CHECK(window.statusBar()->isVisible());
    const QImage shot = window.grab().toImage();
    REQUIRE_FALSE(shot.isNull());
    if (const QString folder = qEnvironmentVariable("AMTSDESK_SCREENSHOTS"); !folder.isEmpty())
        shot.save(folder + QStringLiteral("/hostile-preview.png"));

    // Closing a window while its page is being drawn ends the drawing: the window does not wait
    // for the worker's time limit (here two minutes) before it goes.
    PdfWorker::setDefaultLimits(PdfWorker::Limits{120000, 256});
    auto *drawn = new DocumentWindow(session, summary.added.at(0).document);
    showPreview(*drawn);
    QTest::qWait(1500); // the page is asked for and being drawn
    QElapsedTimer closing;
    closing.start();
    delete drawn;
    CHECK(closing.elapsed() < 30000);
}
