#include "support/teststore.h"

#include "dialogs/messagebox.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "inbox/inboxwatcher.h"
#include "pages/disposalpage.h"
#include "models/caselistmodel.h"
#include "models/documentlistmodel.h"
#include "models/fileplanmodel.h"
#include "pages/efilepage.h"
#include "pages/fileplantree.h"
#include "pages/searchpage.h"

#include <catch2/catch.hpp>

#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

struct Office {
    Office()
    {
        const Actor admin = store.admin();
        REQUIRE(store.access().createDepartment(admin, QStringLiteral("63"), QStringLiteral("Bauaufsicht")).ok());
        REQUIRE(store.access().createDepartment(admin, QStringLiteral("51"), QStringLiteral("Jugend")).ok());
        REQUIRE(FilePlan(store.db())
                    .addUnit(admin, PlanUnit{{},
                                             QStringLiteral("63.1"),
                                             QStringLiteral("Baugenehmigungen"),
                                             {},
                                             {},
                                             {},
                                             QStringLiteral("63"),
                                             30})
                    .ok());
        clerk = store.user(QStringLiteral("u.krause"), {Role::Clerk}, QStringLiteral("63"));
        outsider = store.user(QStringLiteral("n.werner"), {Role::Clerk}, QStringLiteral("51"));
    }
    Session session(const Actor &actor)
    {
        Session s;
        auto db = Database::open(store.path(), store.clock);
        REQUIRE(db.ok());
        s.db = std::move(db.value());
        s.actor = actor;
        s.location = StoreLocation{store.path(), StoreLocation::Source::CommandLine};
        return s;
    }
    QString pdf(const QString &name, const QString &text)
    {
        const QString path = store.dir.filePath(name);
        QPdfWriter writer(path);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
        painter.drawText(QRect(0, 0, writer.width(), writer.height() / 4), Qt::TextWordWrap, text);
        painter.end();
        return path;
    }

    TestStore store;
    Actor clerk, outsider;
};

} // namespace

TEST_CASE("the e-file page: a clerk creates a file and a case and adds documents in the background", "[ui][efile]")
{
    Office office;
    Session session = office.session(office.clerk);
    EFilePage page(session);
    auto file = page.createFile(NewFile{
        QStringLiteral("63.1"), QStringLiteral("Neubau Wohnhaus Gänseweg 4"), {}, Confidentiality::Open, {}, {}});
    REQUIRE(file.ok());
    REQUIRE(page.currentFile() == *file);
    auto caseId = page.createCase(QStringLiteral("Bauantrag"));
    REQUIRE(caseId.ok());
    REQUIRE(page.caseModel()->rowCount() == 1);
    REQUIRE(page.currentCase() == *caseId);

    const QString letter = office.pdf(QStringLiteral("Antrag.pdf"),
                                      QStringLiteral("Bauantrag von Jürgen Müller für das Grundstück Gänseweg 4"));
    const QString empty = office.store.dir.filePath(QStringLiteral("leer.pdf"));
    QFile(empty).open(QIODevice::WriteOnly);
    QSignalSpy finished(&page, &EFilePage::importFinished);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE(page.importFiles({letter, empty, letter}));
    REQUIRE(finished.wait(60000));
    const auto summary = finished.first().first().value<ImportSummary>();
    REQUIRE(summary.added.size() == 2);      // the letter and the empty file (stored, without text)
    REQUIRE(summary.duplicates.size() == 1); // the letter a second time
    REQUIRE(page.documentModel()->rowCount() == 2);

    SearchPage search(session);
    QSignalSpy found(&search, &SearchPage::finished);
    search.search(QStringLiteral("Mueller Gaensew*"));
    REQUIRE(found.wait(20000));
    REQUIRE(found.first().first().toInt() == 1);
    REQUIRE(search.hit(0).page == 1);
    REQUIRE(search.hit(0).title == QStringLiteral("Antrag"));
    // A result is as high as its two lines (title and place, snippet), at any width.
    search.resize(900, 600);
    search.show();
    auto *results = search.findChild<QListWidget *>();
    REQUIRE(results);
    for (const int width : {900, 500}) {
        search.resize(width, 600);
        QCoreApplication::processEvents();
        const int lines = results->sizeHintForRow(0) / results->fontMetrics().lineSpacing();
        INFO(width << " px wide: " << results->sizeHintForRow(0) << " px high");
        CHECK(lines >= 2);
        CHECK(lines <= (width == 900 ? 3 : 5));
    }
    search.hide();

    search.search(QStringLiteral("\"Bauantrag"));
    REQUIRE(found.wait(20000));
    REQUIRE(search.statusText().contains(QStringLiteral("quote")));

    // Another department sees neither the file nor the documents.
    Session other = office.session(office.outsider);
    EFilePage otherPage(other);
    FilePlanModel *plan = otherPage.tree()->planModel();
    const QModelIndex unit = plan->indexOfUnit(FilePlan(office.store.db()).unit(QStringLiteral("63.1"))->id);
    REQUIRE(unit.isValid());
    REQUIRE_FALSE(plan->canFetchMore(unit));
    REQUIRE(plan->rowCount(unit) == 0);
    REQUIRE_FALSE(plan->indexOfFile(*file).isValid());
    SearchPage otherSearch(other);
    QSignalSpy otherFound(&otherSearch, &SearchPage::finished);
    otherSearch.search(QStringLiteral("Müller"));
    REQUIRE(otherFound.wait(20000));
    REQUIRE(otherFound.first().first().toInt() == 0);
}

TEST_CASE("a running import can be cancelled, what is stored stays", "[ui][efile]")
{
    Office office;
    Session session = office.session(office.clerk);
    EFilePage page(session);
    REQUIRE(page.createFile(
                    NewFile{QStringLiteral("63.1"), QStringLiteral("Viele Anlagen"), {}, Confidentiality::Open, {}, {}})
                .ok());
    REQUIRE(page.createCase(QStringLiteral("Nachreichungen")).ok());
    QStringList paths;
    for (int i = 0; i < 40; ++i)
        paths << office.pdf(QStringLiteral("anlage-%1.pdf").arg(i), QStringLiteral("Anlage %1 zum Bauantrag").arg(i));
    QSignalSpy finished(&page, &EFilePage::importFinished);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE(page.importFiles(paths));
    REQUIRE(page.importRunning());
    REQUIRE_FALSE(page.importFiles(paths)); // one import at a time
    page.cancelImport();
    REQUIRE(finished.wait(60000));
    const auto summary = finished.first().first().value<ImportSummary>();
    REQUIRE(summary.cancelled);
    REQUIRE(summary.added.size() < 40);
    REQUIRE(page.documentModel()->rowCount() == summary.added.size());
    REQUIRE_FALSE(page.importRunning());
}

TEST_CASE("a scanner folder feeds the chosen case while the page is open, and again after a restart",
          "[ui][efile][inbox]")
{
    Office office;
    Session session = office.session(office.clerk);
    QTemporaryDir scans;
    {
        EFilePage page(session);
        REQUIRE(
            page.createFile(
                    NewFile{QStringLiteral("63.1"), QStringLiteral("Eingangspost"), {}, Confidentiality::Open, {}, {}})
                .ok());
        REQUIRE(page.createCase(QStringLiteral("Gescannte Post")).ok());
        REQUIRE_FALSE(page.watchScannerFolder(scans.filePath(QStringLiteral("gibt-es-nicht"))));
        REQUIRE(page.watchScannerFolder(scans.path(), 50, 0));
        QSignalSpy finished(&page, &EFilePage::importFinished);
        QFile::copy(
            office.pdf(QStringLiteral("Scan_0001.pdf"), QStringLiteral("Widerspruch gegen den Gebührenbescheid")),
            scans.filePath(QStringLiteral("Scan_0001.pdf")));
        REQUIRE(finished.wait(60000));
        REQUIRE(finished.first().first().value<ImportSummary>().added.size() == 1);
        REQUIRE(page.documentModel()->rowCount() == 1);
        REQUIRE(QFile::exists(scans.filePath(QStringLiteral("imported/Scan_0001.pdf"))));
    }
    {
        // Opened again, the page watches the same folder for the same case.
        EFilePage page(session);
        REQUIRE(page.inboxWatcher());
        REQUIRE(page.inboxWatcher()->folder() == scans.path());
        REQUIRE(page.documentModel()->rowCount() == 1);
        page.stopWatching();
    }
    EFilePage later(session);
    REQUIRE_FALSE(later.inboxWatcher());
}

TEST_CASE("the disposal list: a clerk asks, a signatory who did not ask approves, the file is gone",
          "[ui][efile][disposal]")
{
    Office office;
    const Actor signatory = office.store.user(QStringLiteral("b.schulz"), {Role::Signatory}, QStringLiteral("63"));
    FileService files(office.store.db());
    const FileId file = *files.createFile(
        office.clerk,
        NewFile{
            QStringLiteral("63.1"), QStringLiteral("Abbruch Scheune Feldweg 2"), {}, Confidentiality::Open, {}, {}});
    REQUIRE(files.closeFile(office.clerk, file).ok());
    const QString reference = files.file(office.clerk, file)->referenceNumber;

    Session clerkSession = office.session(office.clerk);
    // The list is read on a worker thread; each page says when it is shown.
    const auto loaded = [](DisposalPage &page) {
        QSignalSpy spy(&page, &DisposalPage::loaded);
        REQUIRE(spy.wait(20000));
    };
    DisposalPage early(clerkSession);
    loaded(early);
    REQUIRE(early.candidates().isEmpty()); // kept 30 years from closing
    office.store.clock.advanceSeconds(qint64(32) * 365 * 86400);

    DisposalPage clerkPage(clerkSession);
    loaded(clerkPage);
    REQUIRE(clerkPage.candidates().size() == 1);
    REQUIRE(clerkPage.table()->item(0, 0)->text() == reference);
    clerkPage.table()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::No); // thought better of it: nothing happens
    clerkPage.requestDestruction();
    REQUIRE_FALSE(clerkPage.candidates().first().requestId);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clerkPage.requestDestruction();
    loaded(clerkPage);
    REQUIRE(clerkPage.candidates().first().requestId);
    REQUIRE(clerkPage.table()->item(0, 5)->text().contains(office.clerk.displayName));

    Session signatorySession = office.session(signatory);
    DisposalPage signatoryPage(signatorySession);
    loaded(signatoryPage);
    signatoryPage.table()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    signatoryPage.approveDestruction();
    loaded(signatoryPage);
    REQUIRE(signatoryPage.candidates().isEmpty());
    REQUIRE(files.file(office.clerk, file).error().code == ErrorCode::NotFound);
    // Someone of another department never sees the file on the list.
    Session outsiderSession = office.session(office.outsider);
    DisposalPage outsiderPage(outsiderSession);
    loaded(outsiderPage);
    REQUIRE(outsiderPage.candidates().isEmpty());
}
