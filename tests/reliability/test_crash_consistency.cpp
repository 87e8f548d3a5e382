// Crash consistency: the crash driver works on one store and is killed (SIGKILL) at random
// moments, again and again. After each kill the store must pass what `amtsdesk-cli verify` checks
// (integrity, audit chain, blob hashes, whole records), hold every operation the driver reported
// as committed, and let the next run simply go on; blobs a kill left unreferenced are collected.
// AMTSDESK_KILL_ITERATIONS (default 100), AMTSDESK_KILL_SEED and AMTSDESK_KILL_MAX_DELAY_MS
// (default 200, after the driver is ready or, every fifth time, after its start) set the kills;
// tools/soak runs many more.
#include "driverrun.h"

#include "efile/documentsearch.h"
#include "store/blobstore.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <iostream>
#include <random>

using namespace amtsdesk;
using namespace reliability;

TEST_CASE("killed at random moments, the store stays whole and the work goes on", "[reliability][kill]")
{
    const qint64 iterations = envNumber("AMTSDESK_KILL_ITERATIONS", 100);
    const qint64 seed = envNumber("AMTSDESK_KILL_SEED", 20260302);
    const int maxDelayMs = int(envNumber("AMTSDESK_KILL_MAX_DELAY_MS", 200));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const QString initError = initStore(store);
    INFO(initError.toStdString());
    REQUIRE(initError.isEmpty());

    std::mt19937_64 rng{quint64(seed)};
    std::uniform_int_distribution<int> delays(0, maxDelayMs);
    QList<Committed> all;
    int killed = 0;
    qint64 orphansCollected = 0;
    for (qint64 i = 0; i < iterations; ++i) {
        const int delay = delays(rng);
        // Mostly the delay counts from "ready", so that every run gets work done however slow the
        // machine; every fifth from the start, so that opening and recovering are killed too.
        const bool fromStart = rng() % 5 == 0;
        const qint64 runSeed = seed * 100000 + i;
        INFO("kill loop: AMTSDESK_KILL_SEED=" << seed << ", iteration " << i << ", driver seed " << runSeed
                                              << ", killed " << delay << " ms after "
                                              << (fromStart ? "the start" : "ready"));
        auto driver = startDriver(
            {QStringLiteral("run"), store, QString::number(runSeed), QStringLiteral("1000"), QStringLiteral("k")});
        REQUIRE(driver->waitForStarted());
        QByteArray early;
        while (!fromStart && !early.contains("ready\n") && driver->waitForReadyRead(30000))
            early += driver->readAllStandardOutput();
        if (!driver->waitForFinished(delay)) {
            driver->kill();
            ++killed;
        }
        Finished run = finish(*driver);
        run.out.prepend(early);
        INFO("driver's errors: " << run.err.toStdString());
        REQUIRE_FALSE(run.err.contains(QLatin1String("failed")));
        if (!run.crashed)
            REQUIRE(run.exitCode == 0);
        // Alone on the store, nobody else can move an item first.
        REQUIRE_FALSE(run.out.contains("\nlost "));
        const QList<Committed> ops = committedLines(run.out);
        all += ops;

        const auto db = requireWhole(store, {ops});
        if (i % 10 == 9) {
            // Nothing else works on the store now, so no grace period is needed.
            auto removed = BlobStore(*db).collectOrphans(0);
            REQUIRE(removed.ok());
            orphansCollected += *removed;
            REQUIRE(BlobStore(*db).verify().orphans == 0);
        }
    }

    // Left alone, a run ends by itself; afterwards everything reported by any run is there and
    // nothing waits to be indexed.
    auto last = startDriver({QStringLiteral("run"), store, QString::number(seed * 100000 + iterations),
                             QStringLiteral("40"), QStringLiteral("k")});
    const Finished end = finish(*last);
    INFO(end.err.toStdString());
    REQUIRE_FALSE(end.crashed);
    REQUIRE(end.exitCode == 0);
    all += committedLines(end.out);
    const auto db = requireWhole(store, {all});
    REQUIRE(DocumentIndex(*db).pending(10)->isEmpty());
    // The loop did real work, mostly interrupted.
    CHECK(killed * 2 > iterations);
    CHECK(all.size() > iterations);
    // One line for tools/soak.
    std::cout << "kill loop: " << iterations << " iterations, " << killed << " killed, " << all.size()
              << " operations committed, " << orphansCollected << " orphan blobs collected, 0 failures (seed " << seed
              << ")" << std::endl;
}

TEST_CASE("the check of reported operations notices each kind that is not in the store", "[reliability][kill]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(initStore(store).isEmpty());
    auto db = Database::open(store);
    REQUIRE(db.ok());
    const QByteArray reported = "committed file 1 10-10.1-0001/2026\n" // there (made by init)
                                "committed file 1 10-10.2-0009/2026\n"
                                "committed case 99 1\n"
                                "committed document 99 1 abc\n"
                                "committed version 99 1 abc\n"
                                "committed note 99 case 1\n"
                                "committed resubmission 99 1\n"
                                "committed resubmission-done 99 1\n"
                                "committed step 1 start_work in_progress\n"
                                "committed refile 1 10.3\n"
                                "committed invoice 99 R-1\n"
                                "committed route 99 10\n"
                                "committed case 98 1"; // cut off by the kill: not reported
    const QStringList missing = missingCommitted(**db, committedLines(reported));
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.size() == 11);
    CHECK_FALSE(missing.join(QLatin1Char('\n')).contains(QLatin1String("0001/2026")));
}
