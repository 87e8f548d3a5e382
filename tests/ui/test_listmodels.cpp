#include "support/bulkrecords.h"
#include "support/teststore.h"

#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "models/caselistmodel.h"
#include "models/documentlistmodel.h"
#include "models/fileplanmodel.h"
#include "pages/efilepage.h"
#include "pages/fileplantree.h"
#include "pages/recordlists.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

// Department 63 with 6,000 documents in 1,200 cases under 63.1 and 63.2 (2 × 220 files in 63.3).
struct Archive {
    explicit Archive(int files = 200, int casesPerFile = 6, int documentsPerCase = 5)
    {
        const Actor admin = store.admin();
        REQUIRE(store.access().createDepartment(admin, QStringLiteral("63"), QStringLiteral("Bauaufsicht")).ok());
        FilePlan plan(store.db());
        for (const char *key : {"6", "63.1", "63.2", "63.3"}) {
            const QString k = QString::fromLatin1(key);
            REQUIRE(plan.addUnit(admin, PlanUnit{{}, k, QStringLiteral("Einheit ") + k, {},
                                                 k == QStringLiteral("6") ? QString() : QStringLiteral("6"), {},
                                                 QStringLiteral("63"), 30})
                        .ok());
        }
        clerk = store.user(QStringLiteral("u.krause"), {Role::Clerk}, QStringLiteral("63"));
        REQUIRE(BulkRecords{{QStringLiteral("63.1"), QStringLiteral("63.2")}, files, casesPerFile, documentsPerCase, 20}
                    .writeTo(store.db(), clerk.userId)
                    .ok());
        REQUIRE(BulkRecords{{QStringLiteral("63.3")}, 450, 1, 1, 20}.writeTo(store.db(), clerk.userId).ok());
    }
    Session session()
    {
        Session s;
        auto db = Database::open(store.path(), store.clock);
        REQUIRE(db.ok());
        s.db = std::move(*db);
        s.actor = clerk;
        s.location = StoreLocation{store.path(), StoreLocation::Source::CommandLine};
        return s;
    }
    PlanUnitId unit(const char *key) { return FilePlan(store.db()).unit(QString::fromLatin1(key))->id; }

    TestStore store;
    Actor clerk;
};

// Every document id of the list in its order, as core reads it.
QList<qint64> coreOrder(Database &db, const Actor &actor, const DocumentList::Query &query)
{
    auto list = DocumentList::open(db, actor, query);
    REQUIRE(list.ok());
    QList<qint64> ids;
    ListPosition position;
    for (;;) {
        auto rows = list->read(position, false, 0, 1000);
        REQUIRE(rows.ok());
        for (const DocumentListRow &r : *rows)
            ids << r.item.id.value;
        if (rows->size() < 1000)
            return ids;
        position = rows->last().position;
    }
}

} // namespace

TEST_CASE("the document list model grows, learns its length, jumps anywhere and sorts in SQL with bounded memory",
          "[ui][lists]")
{
    Archive archive;
    Session session = archive.session();
    DocumentListModel model(*session.db, session.actor);
    QSignalSpy length(&model, &PagedTableModel::lengthKnown);
    QSignalSpy outline(&model, &PagedTableModel::outlineReady);
    model.setScope(ListScope::all());
    // At once: the first window, and more to fetch while the rows are counted on a worker.
    REQUIRE(model.rowCount() == PagedTableModel::kWindow);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    REQUIRE(model.rowCount() == 2 * PagedTableModel::kWindow);
    REQUIRE(length.wait(20000));
    const int total = 6000 + 450;
    REQUIRE(model.rowCount() == total);
    REQUIRE(model.isComplete());
    REQUIRE_FALSE(model.canFetchMore({}));
    // Far from every row read so far, before the outline: shown as "…", not read at length.
    REQUIRE(outline.isEmpty());
    REQUIRE(model.data(model.index(3210, DocumentListModel::Title)).toString() == QStringLiteral("…"));
    REQUIRE(outline.wait(20000));
    const QList<qint64> expected = coreOrder(*session.db, session.actor, model.query());
    REQUIRE(expected.size() == total);
    REQUIRE(model.data(model.index(3210, 0), Qt::UserRole).toLongLong() == expected.at(3210));
    // The end, then the middle, then the end again: each window read from the nearest known row.
    REQUIRE(model.documentAt(total - 1).value == expected.last());
    REQUIRE(model.documentAt(total / 2).value == expected.at(total / 2));
    REQUIRE(model.documentAt(total - 150).value == expected.at(total - 150));
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Every row, in order, through the cache of windows: nothing missing, nothing twice.
        QList<qint64> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.data(model.index(row, 0), Qt::UserRole).toLongLong();
        REQUIRE(shown == expected);
        REQUIRE(model.cachedRows() <= PagedTableModel::kCachedWindows * PagedTableModel::kWindow);

        // Sorting by title, descending: the same rows in another order, read by SQL.
        model.sort(DocumentListModel::Title, Qt::DescendingOrder);
        REQUIRE(model.rowCount() == total);
        REQUIRE(model.sortedColumn() == DocumentListModel::Title);
        const QList<qint64> byTitle = coreOrder(*session.db, session.actor, model.query());
        REQUIRE(model.documentAt(0).value == byTitle.first());
        REQUIRE(model.documentAt(total - 1).value == byTitle.last());
        // A column without an index leaves the order as it is.
        model.sort(DocumentListModel::Type, Qt::AscendingOrder);
        REQUIRE(model.query().sort == DocumentList::Sort::Title);
        REQUIRE_FALSE(model.isSortable(DocumentListModel::Type));

        // A case's own list: short, complete at once.
        auto firstCase = CaseList::open(*session.db, session.actor, {})->read({}, false, 0, 1)->first().item;
        model.setScope(ListScope::ofCase(firstCase.id));
        REQUIRE(model.isComplete());
        REQUIRE(model.rowCount() == 5);
        REQUIRE(model.rowOf(model.documentAt(3)) == 3);
    }
}

TEST_CASE("the case list model sorts by each column and finds a case's row", "[ui][lists]")
{
    Archive archive(40, 30, 1);
    Session session = archive.session();
    CaseListModel model(*session.db, session.actor);
    QSignalSpy length(&model, &PagedTableModel::lengthKnown);
    model.setScope(ListScope::ofUnit(archive.unit("6")));
    REQUIRE(length.wait(20000));
    REQUIRE(model.rowCount() == 1200 + 450);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("column " << column << ", order " << order);
            model.sort(column, order);
            REQUIRE(model.rowCount() == 1650);
            const QVariant first = model.data(model.index(0, column));
            const QVariant last = model.data(model.index(1649, column));
            REQUIRE(first.isValid());
            REQUIRE(last.isValid());
            const CaseId middle = model.caseAt(777);
            REQUIRE(middle.isValid());
            REQUIRE(model.rowOf(middle) == 777);
        }
    }
    model.sort(CaseListModel::State, Qt::AscendingOrder);
    REQUIRE(model.data(model.index(0, CaseListModel::State)).toString() == QStringLiteral("Closed to file"));
}

TEST_CASE("the file plan tree reads a unit's files a page at a time and finds a file deep down", "[ui][lists]")
{
    Archive archive(10, 1, 1);
    Session session = archive.session();
    FilePlanModel model(*session.db, session.actor);
    REQUIRE(model.data(model.index(0, 0)).toString() == QStringLiteral("All files"));
    const QModelIndex big = model.indexOfUnit(archive.unit("63.3"));
    REQUIRE(big.isValid());
    REQUIRE(model.hasChildren(big));
    REQUIRE(model.loadedFiles(big) == 0); // nothing read before the unit is opened
    REQUIRE(model.canFetchMore(big));
    model.fetchMore(big);
    REQUIRE(model.loadedFiles(big) == FilePlanModel::kFilePage);
    // From here on the tester checks every change (it reads a page of each unit itself).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The last file of the unit: read on until it is there, not further.
    auto files = FileService(*session.db).files(session.actor, archive.unit("63.3"), {}, 1000);
    REQUIRE(files->size() == 450);
    const QModelIndex last = model.indexOfFile(files->last().id);
    REQUIRE(last.isValid());
    REQUIRE(model.fileAt(last) == files->last().id);
    REQUIRE(model.loadedFiles(big) == 450);
    REQUIRE_FALSE(model.canFetchMore(big));
    // The parent unit holds units, not files; a closed file says so.
    const QModelIndex parent = model.indexOfUnit(archive.unit("6"));
    REQUIRE_FALSE(model.isLeaf(parent));
    REQUIRE_FALSE(model.canFetchMore(parent));
    // A file whose one case is closed can be closed itself.
    FileService service(*session.db);
    const auto closable = std::find_if(files->cbegin(), files->cend(),
                                       [&](const EFile &f) { return service.cases(session.actor, f.id)->first().closed; });
    REQUIRE(closable != files->cend());
    REQUIRE(service.closeFile(session.actor, closable->id).ok());
    model.reloadFiles(archive.unit("63.3"));
    const QModelIndex closed = model.indexOfFile(closable->id);
    REQUIRE(model.data(closed).toString().endsWith(QStringLiteral("(zdA)")));
}

TEST_CASE("the e-file page lists a unit's cases and documents and opens a case in its file", "[ui][lists][efile]")
{
    Archive archive(20, 3, 2);
    Session session = archive.session();
    EFilePage page(session);
    FilePlanModel *plan = page.tree()->planModel();
    page.tree()->setCurrentIndex(plan->indexOfUnit(archive.unit("63.1")));
    RecordListsPanel *lists = page.unitLists();
    REQUIRE(lists->caseModel()->rowCount() == 30);
    REQUIRE(lists->caseModel()->isComplete());
    // Documents are read once their tab is shown.
    REQUIRE(lists->documentModel()->rowCount() == 0);
    lists->showDocuments();
    REQUIRE(lists->documentModel()->rowCount() == 60);
    // "All files": everything the clerk may see.
    QSignalSpy length(lists->documentModel(), &PagedTableModel::lengthKnown);
    page.tree()->setCurrentIndex(plan->index(0, 0));
    REQUIRE(length.wait(20000));
    REQUIRE(lists->documentModel()->rowCount() == 120 + 450);
    lists->showCases();
    REQUIRE(lists->caseModel()->rowCount() == PagedTableModel::kWindow); // more coming
    // Activating a case opens its file with the case chosen.
    const CaseListRow row = *lists->caseModel()->rowAt(0);
    QSignalSpy activated(lists, &RecordListsPanel::caseActivated);
    emit lists->caseView()->activated(lists->caseModel()->index(0, CaseListModel::Subject));
    REQUIRE(activated.size() == 1);
    REQUIRE(page.currentFile() == row.item.file);
    REQUIRE(page.currentCase() == row.item.id);
    REQUIRE(page.documentModel()->rowCount() == (row.item.referenceNumber.contains(QStringLiteral("63.3")) ? 1 : 2));
}
