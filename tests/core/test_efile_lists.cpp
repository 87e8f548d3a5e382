#include "support/bulkrecords.h"
#include "support/teststore.h"

#include "efile/caselist.h"
#include "efile/documentlist.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace amtsdesk;

namespace {

// Two departments: 32 with many files under 3 → 32 → 32.1 and 32.2, 51 with a few under 5 → 51.1.
struct Registry {
    Registry()
    {
        const Actor admin = store.admin();
        AccessService access = store.access();
        REQUIRE(access.createDepartment(admin, QStringLiteral("32"), QStringLiteral("Ordnung")).ok());
        REQUIRE(access.createDepartment(admin, QStringLiteral("51"), QStringLiteral("Jugend")).ok());
        FilePlan plan(store.db());
        const auto unit = [&](const char *key, const char *parent, const char *department) {
            REQUIRE(plan.addUnit(admin, PlanUnit{{},
                                                 QString::fromLatin1(key),
                                                 QStringLiteral("Einheit %1").arg(QString::fromLatin1(key)),
                                                 {},
                                                 QString::fromLatin1(parent),
                                                 {},
                                                 QString::fromLatin1(department),
                                                 10})
                        .ok());
        };
        unit("3", "", "32");
        unit("32", "3", "32");
        unit("32.1", "32", "32");
        unit("32.2", "32", "32");
        unit("5", "", "51");
        unit("51.1", "5", "51");
        clerk = store.user(QStringLiteral("d.braun"), {Role::Clerk}, QStringLiteral("32"));
        outsider = store.user(QStringLiteral("n.werner"), {Role::Clerk}, QStringLiteral("51"));
        // 2,250 cases and 4,500 documents in 32 (both large), a few in 51; titles repeat.
        REQUIRE(BulkRecords{{QStringLiteral("32.1"), QStringLiteral("32.2")}, 250, 9, 2, 12}
                    .writeTo(store.db(), clerk.userId)
                    .ok());
        REQUIRE(BulkRecords{{QStringLiteral("51.1")}, 10, 2, 3, 12}.writeTo(store.db(), outsider.userId).ok());
    }

    PlanUnitId unitId(const char *key) { return FilePlan(store.db()).unit(QString::fromLatin1(key))->id; }
    FileId someFile(const char *planKey)
    {
        return FileService(store.db()).files(clerk, unitId(planKey), {}, 1)->first().id;
    }

    TestStore store;
    Actor clerk, outsider;
};

// Reads a whole list forwards in windows of `window` rows, each after the last row read.
template <typename List>
auto readForwards(const List &list, int window)
{
    decltype(list.read({}, false, 0, 1).value()) all;
    ListPosition position;
    for (;;) {
        auto rows = list.read(position, false, 0, window);
        REQUIRE(rows.ok());
        all += *rows;
        if (rows->size() < window)
            return all;
        position = rows->last().position;
    }
}

// Reads it backwards from the end, nearest first, and turns the result around.
template <typename List>
auto readBackwards(const List &list, int window)
{
    decltype(list.read({}, false, 0, 1).value()) all;
    ListPosition position;
    for (;;) {
        auto rows = list.read(position, true, 0, window);
        REQUIRE(rows.ok());
        all += *rows;
        if (rows->size() < window)
            break;
        position = rows->last().position;
    }
    std::reverse(all.begin(), all.end());
    return all;
}

// SQLite's NOCASE: ASCII letters fold, everything else compares by its UTF-8 bytes.
int noCase(const QString &a, const QString &b)
{
    QByteArray x = a.toUtf8(), y = b.toUtf8();
    for (QByteArray *s : {&x, &y}) {
        for (char &c : *s)
            c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    }
    return x < y ? -1 : (x == y ? 0 : 1);
}

template <typename Row>
QList<qint64> idsOf(const QList<Row> &rows)
{
    QList<qint64> ids;
    for (const Row &r : rows)
        ids << r.item.id.value;
    return ids;
}

QString dateKey(const Document &d)
{
    return d.documentDate.isValid() ? d.documentDate.toString(Qt::ISODate)
                                    : d.createdAt.toUTC().date().toString(Qt::ISODate);
}

} // namespace

TEST_CASE("the document list reads every order a window at a time, neither skipping nor repeating equal titles",
          "[efile][lists]")
{
    Registry r;
    using Sort = DocumentList::Sort;
    for (const ListScope &scope : {ListScope::all(), ListScope::ofUnit(r.unitId("32.1")), ListScope::ofFile(r.someFile("32.2"))}) {
        for (Sort sort : {Sort::Added, Sort::Title, Sort::Date, Sort::Direction, Sort::Case}) {
            for (bool descending : {false, true}) {
                INFO("scope " << int(scope.kind) << ", sort " << int(sort) << ", descending " << descending);
                auto list = DocumentList::open(r.store.db(), r.clerk, {scope, sort, descending});
                REQUIRE(list.ok());
                const int count = *list->count();
                REQUIRE(count == (scope.kind == ListScope::Kind::All    ? 4500
                                  : scope.kind == ListScope::Kind::File ? 18
                                                                        : 2250));
                const auto rows = readForwards(*list, 37);
                REQUIRE(rows.size() == count);
                const QList<qint64> ids = idsOf(rows);
                REQUIRE(QSet<qint64>(ids.cbegin(), ids.cend()).size() == count);
                for (qsizetype i = 1; i < rows.size(); ++i) {
                    const Document &a = rows.at(i - 1).item, &b = rows.at(i).item;
                    int c = 0;
                    switch (sort) {
                    case Sort::Added: break;
                    case Sort::Title: c = noCase(a.title, b.title); break;
                    case Sort::Date: c = dateKey(a).compare(dateKey(b)); break;
                    case Sort::Direction: c = directionKey(a.direction).compare(directionKey(b.direction)); break;
                    case Sort::Case:
                        c = rows.at(i - 1).fileReference.compare(rows.at(i).fileReference);
                        if (c == 0)
                            c = rows.at(i - 1).caseNumber - rows.at(i).caseNumber;
                        break;
                    }
                    if (descending)
                        c = -c;
                    INFO("rows " << i - 1 << " and " << i);
                    REQUIRE(c <= 0);
                    if (c == 0) // equal keys: by id, in the list's direction
                        REQUIRE((descending ? a.id.value > b.id.value : a.id.value < b.id.value));
                }
                // The same list read backwards from its end, and from the middle with an offset.
                REQUIRE(idsOf(readBackwards(*list, 41)) == ids);
                const int k = count / 2;
                auto skipped = list->read(rows.at(k).position, false, 5, 9);
                REQUIRE(skipped.ok());
                REQUIRE(idsOf(*skipped) == ids.mid(k + 6, 9));
                auto before = list->read(rows.at(k).position, true, 3, 4);
                REQUIRE(before.ok());
                QList<qint64> expected = ids.mid(k - 7, 4);
                std::reverse(expected.begin(), expected.end());
                REQUIRE(idsOf(*before) == expected);
                REQUIRE(*list->rowOf(rows.at(k).item.id) == k);
            }
        }
    }
}

TEST_CASE("the case list sorts by reference, subject, state and date in SQL, large and small scopes alike",
          "[efile][lists]")
{
    Registry r;
    using Sort = CaseList::Sort;
    for (const ListScope &scope : {ListScope::all(), ListScope::ofUnit(r.unitId("32.2")), ListScope::ofFile(r.someFile("32.1"))}) {
        for (Sort sort : {Sort::Reference, Sort::Subject, Sort::State, Sort::Opened}) {
            for (bool descending : {false, true}) {
                INFO("scope " << int(scope.kind) << ", sort " << int(sort) << ", descending " << descending);
                auto list = CaseList::open(r.store.db(), r.clerk, {scope, sort, descending});
                REQUIRE(list.ok());
                const int count = *list->count();
                REQUIRE(count == (scope.kind == ListScope::Kind::All    ? 2250
                                  : scope.kind == ListScope::Kind::File ? 9
                                                                        : 1125));
                const auto rows = readForwards(*list, 50);
                REQUIRE(rows.size() == count);
                for (qsizetype i = 1; i < rows.size(); ++i) {
                    const Case &a = rows.at(i - 1).item, &b = rows.at(i).item;
                    int c = 0;
                    switch (sort) {
                    case Sort::Reference:
                        c = a.referenceNumber.compare(b.referenceNumber);
                        REQUIRE((c != 0 || a.number != b.number));
                        c = c ? c : a.number - b.number;
                        break;
                    case Sort::Subject: c = noCase(a.subject, b.subject); break;
                    case Sort::State: c = a.state.compare(b.state); break;
                    case Sort::Opened: c = a.createdAt < b.createdAt ? -1 : (a.createdAt == b.createdAt ? 0 : 1); break;
                    }
                    if (descending)
                        c = -c;
                    INFO("rows " << i - 1 << " and " << i);
                    REQUIRE(c <= 0);
                    if (c == 0)
                        REQUIRE((descending ? a.id.value > b.id.value : a.id.value < b.id.value));
                }
                REQUIRE(idsOf(readBackwards(*list, 64)) == idsOf(rows));
                // An outline marks every step-th row, so that a view can start reading anywhere.
                auto outline = list->outline(100);
                REQUIRE(outline.ok());
                REQUIRE(outline->marks.size() == count / 100);
                for (qsizetype m = 0; m < outline->marks.size(); ++m)
                    REQUIRE(outline->marks.at(m) == rows.at((m + 1) * 100 - 1).position);
            }
        }
    }
    // Runs of one state are long: "same state, larger case" must be one seek, in both shapes.
    auto byState = CaseList::open(r.store.db(), r.clerk, {ListScope::all(), Sort::State, false});
    REQUIRE(byState->keyset().from.contains(QStringLiteral("CROSS JOIN")));
}

TEST_CASE("the lists hold only what the person may see, and refuse another department's file", "[efile][lists]")
{
    Registry r;
    auto outsiderCases = CaseList::open(r.store.db(), r.outsider, {});
    REQUIRE(*outsiderCases->count() == 20);
    for (const CaseListRow &row : readForwards(*outsiderCases, 7))
        REQUIRE(row.item.referenceNumber.startsWith(QStringLiteral("51-")));
    auto outsiderDocuments = DocumentList::open(r.store.db(), r.outsider, {ListScope::all(), DocumentList::Sort::Title});
    REQUIRE(*outsiderDocuments->count() == 60);
    REQUIRE(readForwards(*outsiderDocuments, 1000).size() == 60);
    // The unit of another department holds nothing for them; its file is refused by name.
    auto foreignUnit = DocumentList::open(r.store.db(), r.outsider, {ListScope::ofUnit(r.unitId("3"))});
    REQUIRE(*foreignUnit->count() == 0);
    REQUIRE(foreignUnit->read({}, false, 0, 10)->isEmpty());
    auto foreignFile = CaseList::open(r.store.db(), r.outsider, {ListScope::ofFile(r.someFile("32.1"))});
    REQUIRE_FALSE(foreignFile.ok());
    REQUIRE(foreignFile.error().code == ErrorCode::PermissionDenied);
    auto missing = DocumentList::open(r.store.db(), r.clerk, {ListScope::ofCase(CaseId(999999))});
    REQUIRE(missing.error().code == ErrorCode::NotFound);
    // The parent unit covers the files of the units below it.
    auto parent = CaseList::open(r.store.db(), r.clerk, {ListScope::ofUnit(r.unitId("3"))});
    REQUIRE(*parent->count() == 2250);
    // A case of the other department is not in the clerk's list.
    const Case foreign = outsiderCases->read({}, false, 0, 1)->first().item;
    auto all = CaseList::open(r.store.db(), r.clerk, {});
    REQUIRE(all->rowOf(foreign.id).error().code == ErrorCode::NotFound);
}
