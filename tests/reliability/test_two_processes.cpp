// Two Amtsdesk processes on one store at the same time: no corruption, no lost update, and a
// clear message where one has to wait longer than the store's busy timeout. (Two processes
// taking the same workflow step: tests/cli/test_cli_workflow.cpp.)
#include "driverrun.h"

#include "access/accessservice.h"
#include "efile/documentservice.h"
#include "efile/fileservice.h"
#include "store/database.h"
#include "store/transaction.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace amtsdesk;
using namespace reliability;

namespace {

struct SharedStore {
    SharedStore()
    {
        REQUIRE(dir.isValid());
        const QString error = initStore(path);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
    }
    QStringList asClerk(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--database"), path, QStringLiteral("--user"), kClerk} + args;
    }
    QString firstFileReference()
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        auto file = FileService(**db).loadFile(FileId(1));
        REQUIRE(file.ok());
        return file->referenceNumber;
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("store.sqlite"));
};

} // namespace

TEST_CASE("two drivers work on one store at once: nothing lost, nothing broken", "[reliability][concurrency]")
{
    SharedStore s;
    auto a =
        startDriver({QStringLiteral("run"), s.path, QStringLiteral("11"), QStringLiteral("200"), QStringLiteral("a")});
    auto b =
        startDriver({QStringLiteral("run"), s.path, QStringLiteral("12"), QStringLiteral("200"), QStringLiteral("b")});
    const Finished ra = finish(*a);
    const Finished rb = finish(*b);
    INFO("first: " << ra.err.toStdString() << "\nsecond: " << rb.err.toStdString());
    REQUIRE_FALSE(ra.crashed);
    REQUIRE_FALSE(rb.crashed);
    REQUIRE(ra.exitCode == 0);
    REQUIRE(rb.exitCode == 0);
    // Where the other process moved an item first, the step is refused as such ("lost"), never
    // because the store stayed busy.
    REQUIRE_FALSE(QString::fromUtf8(ra.out + rb.out).contains(QLatin1String("busy")));
    CHECK(committedLines(ra.out).size() >= 100);
    CHECK(committedLines(rb.out).size() >= 100);
    requireWhole(s.path, {committedLines(ra.out), committedLines(rb.out)});
}

TEST_CASE("two command lines import into the same case at once: every document is there", "[reliability][concurrency]")
{
    SharedStore s;
    QStringList first, second;
    for (int i = 0; i < 6; ++i) {
        for (QStringList *list : {&first, &second}) {
            const QString path = s.dir.filePath(
                QStringLiteral("%1-%2.txt").arg(list == &first ? QLatin1String("a") : QLatin1String("b")).arg(i));
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("Schreiben %1 für den Vorgang\n").arg(path).toUtf8());
            *list << path;
        }
    }
    auto a = startCli(
        s.asClerk(QStringList{QStringLiteral("import"), QStringLiteral("--case"), QStringLiteral("1")} + first));
    auto b = startCli(
        s.asClerk(QStringList{QStringLiteral("import"), QStringLiteral("--case"), QStringLiteral("1")} + second));
    const Finished ra = finish(*a);
    const Finished rb = finish(*b);
    INFO(ra.err.toStdString() << rb.err.toStdString());
    REQUIRE(ra.exitCode == 0);
    REQUIRE(rb.exitCode == 0);
    const auto db = requireWhole(s.path, {});
    auto clerk = AccessService(*db).actorForLogin(kClerk);
    REQUIRE(clerk.ok());
    auto documents = DocumentService(*db).documents(*clerk, CaseId(1));
    REQUIRE(documents.ok());
    CHECK(documents->size() == 12);
}

TEST_CASE("a process that waits longer than the busy timeout says the store is busy and what to do",
          "[reliability][concurrency]")
{
    SharedStore s;
    const QString reference = s.firstFileReference();
    auto db = Database::open(s.path);
    REQUIRE(db.ok());
    auto cases = [&] { return (*db)->scalar(QStringLiteral("SELECT count(*) FROM cases"))->toInt(); };
    const int before = cases();
    {
        // Another process holds the write lock (a long import, say) beyond the timeout.
        Transaction held(**db);
        REQUIRE(held.status().ok());
        auto cli = startCli(
            s.asClerk({QStringLiteral("case"), QStringLiteral("create"), reference, QStringLiteral("Anfrage")}));
        const Finished waited = finish(*cli);
        INFO(waited.err.toStdString());
        REQUIRE_FALSE(waited.crashed);
        REQUIRE(waited.exitCode != 0);
        CHECK(waited.err.contains(QLatin1String("busy")));
        CHECK(waited.err.contains(QLatin1String("try again")));
    }
    CHECK(cases() == before);
    // Once the lock is gone, the same command goes through.
    auto cli =
        startCli(s.asClerk({QStringLiteral("case"), QStringLiteral("create"), reference, QStringLiteral("Anfrage")}));
    const Finished again = finish(*cli);
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(cases() == before + 1);
}
