#include "support/teststore.h"

#include "audit/auditlog.h"
#include "maintenance/backup.h"
#include "maintenance/backupschedule.h"
#include "maintenance/storeverifier.h"
#include "store/blobstore.h"
#include "store/transaction.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace amtsdesk;

namespace {

BlobRef storeDocument(TestStore &store, const QByteArray &bytes)
{
    BlobStore blobs(store.db());
    auto ref = blobs.writeBytes(bytes);
    REQUIRE(ref.ok());
    Transaction tx(store.db());
    REQUIRE(blobs.reference(*ref).ok());
    REQUIRE(tx.commit().ok());
    return *ref;
}

} // namespace

TEST_CASE("a backup holds the records and the blobs, and restores to a new place", "[backup]")
{
    TestStore store;
    const BlobRef a = storeDocument(store, QByteArrayLiteral("Erster Bescheid"));
    const BlobRef b = storeDocument(store, QByteArray(300000, 'z'));
    BlobStore(store.db()).writeBytes(QByteArrayLiteral("an orphan is not backed up")).value();
    const QString head = AuditLog(store.db()).headHash().value();

    const QString dest = store.dir.filePath(QStringLiteral("backup-1"));
    auto summary = Backup::create(store.db(), dest);
    REQUIRE(summary.ok());
    REQUIRE(summary->blobs == 2);
    REQUIRE(QFileInfo::exists(dest + QStringLiteral("/amtsdesk.sqlite")));
    REQUIRE_FALSE(QFileInfo::exists(dest + QStringLiteral("/amtsdesk.sqlite-wal")));

    SECTION("a second backup into the same folder is refused")
    {
        auto again = Backup::create(store.db(), dest);
        REQUIRE(again.error().code == ErrorCode::Conflict);
    }
    SECTION("restore to a new place gives identical records and blobs")
    {
        const QString target = store.dir.filePath(QStringLiteral("restored/amtsdesk.sqlite"));
        auto restored = Backup::restore(dest, target, false);
        REQUIRE(restored.ok());
        auto db = Database::open(target);
        REQUIRE(db.ok());
        REQUIRE(StoreVerifier::run(**db).ok());
        REQUIRE(AuditLog(**db).headHash().value() == head);
        BlobStore blobs(**db);
        REQUIRE(blobs.read(a.hash).value() == QByteArrayLiteral("Erster Bescheid"));
        REQUIRE(blobs.read(b.hash)->size() == 300000);
        REQUIRE(blobs.filesOnDisk().size() == 2);
    }
    SECTION("restore over an existing store needs --replace and moves the old one aside")
    {
        const QString target = store.path();
        REQUIRE(Backup::restore(dest, target, false).error().code == ErrorCode::Conflict);
        // Work done after the backup is in the current store only.
        REQUIRE(store.db().setStoreInfo(QStringLiteral("after"), QStringLiteral("backup")).ok());
        store.database.reset();
        QString aside;
        REQUIRE(Backup::restore(dest, target, true, &aside).ok());
        REQUIRE(QFileInfo::exists(aside));
        auto db = Database::open(target);
        REQUIRE(db.ok());
        REQUIRE((*db)->storeInfo(QStringLiteral("after")).isEmpty());
        auto old = Database::open(aside);
        REQUIRE(old.ok());
        REQUIRE((*old)->storeInfo(QStringLiteral("after")) == QStringLiteral("backup"));
    }
    SECTION("a damaged backup is refused and the target is not touched")
    {
        const QString blob = dest + QStringLiteral("/amtsdesk.sqlite.blobs/") + a.hash.left(2) + QLatin1Char('/') + a.hash;
        QFile::setPermissions(blob, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile f(blob);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("tampered");
        f.close();
        const QString target = store.dir.filePath(QStringLiteral("restored/amtsdesk.sqlite"));
        auto restored = Backup::restore(dest, target, false);
        REQUIRE_FALSE(restored.ok());
        REQUIRE(restored.error().code == ErrorCode::Corrupt);
        REQUIRE_FALSE(QFileInfo::exists(target));
    }
    SECTION("a folder that is no backup is refused")
    {
        REQUIRE(Backup::restore(store.dir.filePath(QStringLiteral("nothing")), store.dir.filePath(QStringLiteral("x.sqlite")), false)
                    .error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("a backup taken while another connection writes is consistent", "[backup]")
{
    TestStore store;
    auto writer = Database::open(store.path(), store.clock);
    REQUIRE(writer.ok());
    AuditLog writerLog(**writer);
    const Actor admin = store.admin();
    Transaction tx(**writer);
    REQUIRE(writerLog.append(admin.record(QStringLiteral("test.pending"), QStringLiteral("thing"), QStringLiteral("1"))).ok());
    // Uncommitted work is not in the snapshot; committed work is.
    auto summary = Backup::create(store.db(), store.dir.filePath(QStringLiteral("b")));
    REQUIRE(summary.ok());
    REQUIRE(tx.commit().ok());
    auto copy = Database::open(summary->databaseFile);
    REQUIRE(copy.ok());
    REQUIRE(AuditLog(**copy).count().value() == 3);
    REQUIRE(StoreVerifier::run(**copy).ok());
}

TEST_CASE("rotation names backups by their time and keeps the newest N", "[backup][rotation]")
{
    TestStore store;
    storeDocument(store, QByteArrayLiteral("Bescheid"));
    const QString folder = store.dir.filePath(QStringLiteral("backups"));
    // Whatever else lies in the folder is never touched.
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/amtsdesk-backup-by-hand")));
    {
        QFile note(folder + QStringLiteral("/README.txt"));
        REQUIRE(note.open(QIODevice::WriteOnly));
        note.write("Sicherungen des Landkreises\n");
    }
    QStringList made;
    for (int day = 0; day < 4; ++day) {
        auto rotated = Backup::createRotated(store.db(), folder, 2);
        REQUIRE(rotated.ok());
        made << rotated->summary.folder;
        CHECK(rotated->removed == (day < 2 ? QStringList() : QStringList{made.at(day - 2)}));
        store.clock.advanceSeconds(24 * 3600);
    }
    CHECK(QFileInfo(made.first()).fileName() == QStringLiteral("amtsdesk-backup-2026-03-02T093000Z"));
    CHECK(Backup::rotatedBackups(folder) == QStringList{made.at(3), made.at(2)});
    QStringList inFolder = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    inFolder.sort();
    CHECK(inFolder ==
          QStringList{QStringLiteral("README.txt"), QStringLiteral("amtsdesk-backup-2026-03-04T093000Z"),
                      QStringLiteral("amtsdesk-backup-2026-03-05T093000Z"), QStringLiteral("amtsdesk-backup-by-hand")});
    for (const QString &kept : Backup::rotatedBackups(folder)) {
        auto copy = Database::open(kept + QStringLiteral("/amtsdesk.sqlite"));
        REQUIRE(copy.ok());
        CHECK(StoreVerifier::run(**copy).ok());
    }

    SECTION("two backups in the same second get names of their own")
    {
        auto again = Backup::createRotated(store.db(), folder, 5);
        auto third = Backup::createRotated(store.db(), folder, 5);
        REQUIRE(again.ok());
        REQUIRE(third.ok());
        CHECK(QFileInfo(third->summary.folder).fileName() == QFileInfo(again->summary.folder).fileName() + QStringLiteral("-2"));
        CHECK(Backup::rotatedBackups(folder).first() == third->summary.folder);
    }
    SECTION("at least one is kept")
    {
        CHECK(Backup::createRotated(store.db(), folder, 0).error().code == ErrorCode::InvalidInput);
        CHECK(Backup::rotatedBackups(folder).size() == 2);
    }
}

TEST_CASE("a backup that fails never removes the older ones", "[backup][rotation]")
{
    TestStore store;
    const BlobRef letter = storeDocument(store, QByteArrayLiteral("Anhörung"));
    const QString folder = store.dir.filePath(QStringLiteral("backups"));
    REQUIRE(Backup::createRotated(store.db(), folder, 2).ok());
    store.clock.advanceSeconds(3600);
    REQUIRE(Backup::createRotated(store.db(), folder, 2).ok());
    const QStringList before = Backup::rotatedBackups(folder);
    REQUIRE(before.size() == 2);
    store.clock.advanceSeconds(3600);

    SECTION("the store lost a document's bytes")
    {
        const QString blob = BlobStore(store.db()).pathFor(letter.hash);
        REQUIRE(QFile::remove(blob));
        auto failed = Backup::createRotated(store.db(), folder, 1);
        REQUIRE_FALSE(failed.ok());
    }
    SECTION("the new backup cannot be written")
    {
        // A file where the new backup's folder would go.
        QFile blocker(folder + QStringLiteral("/amtsdesk-backup-2026-03-02T113000Z.partial-%1")
                                   .arg(QCoreApplication::applicationPid()));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto failed = Backup::createRotated(store.db(), folder, 1);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().code == ErrorCode::Io);
        QFile::remove(blocker.fileName());
    }
    CHECK(Backup::rotatedBackups(folder) == before);
    CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size() == 2);
}

TEST_CASE("the scheduled backup is due by its interval and waits an hour after a failure", "[backup][schedule]")
{
    const QDateTime monday(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const BackupPlan daily{QStringLiteral("/srv/sicherung"), 24, 7};
    BackupRun never;
    CHECK(BackupSchedule::isDue(daily, never, monday));
    CHECK_FALSE(BackupSchedule::isDue(BackupPlan{}, never, monday)); // none set up

    BackupRun good{monday, true, QStringLiteral("/srv/sicherung/x"), monday};
    CHECK_FALSE(BackupSchedule::isDue(daily, good, monday.addSecs(23 * 3600 + 3599)));
    CHECK(BackupSchedule::isDue(daily, good, monday.addSecs(24 * 3600)));
    const BackupPlan weekly{QStringLiteral("/srv/sicherung"), 24 * 7, 4};
    CHECK_FALSE(BackupSchedule::isDue(weekly, good, monday.addDays(6)));
    CHECK(BackupSchedule::isDue(weekly, good, monday.addDays(7)));
    const BackupPlan sixHours{QStringLiteral("/srv/sicherung"), 6, 8};
    CHECK(BackupSchedule::isDue(sixHours, good, monday.addSecs(6 * 3600)));

    // Failed a day later: tried again after an hour, not on every check before.
    BackupRun failed{monday.addDays(1), false, QStringLiteral("disk full"), monday};
    CHECK_FALSE(BackupSchedule::isDue(daily, failed, monday.addDays(1).addSecs(59 * 60)));
    CHECK(BackupSchedule::isDue(daily, failed, monday.addDays(1).addSecs(60 * 60)));
}

TEST_CASE("the scheduled backup: set up by an administrator, shared in the store, each run recorded", "[backup][schedule]")
{
    TestStore store;
    storeDocument(store, QByteArrayLiteral("Bescheid"));
    const Actor admin = store.admin();
    const Actor clerk = store.user(QStringLiteral("k.wolf"), {Role::Clerk}, QStringLiteral("20"));
    BackupSchedule schedule(store.db());
    const QString folder = store.dir.filePath(QStringLiteral("sicherung"));

    REQUIRE_FALSE(schedule.plan().enabled());
    CHECK_FALSE(schedule.isDue());
    CHECK(schedule.setPlan(clerk, BackupPlan{folder, 24, 3}).error().code == ErrorCode::PermissionDenied);
    CHECK(AuditLog(store.db()).page({}, 1)->first().action == QStringLiteral("access.denied"));
    CHECK(schedule.setPlan(admin, BackupPlan{QStringLiteral("relative/folder"), 24, 3}).error().code ==
          ErrorCode::InvalidInput);
    CHECK(schedule.setPlan(admin, BackupPlan{folder, 0, 3}).error().code == ErrorCode::InvalidInput);
    REQUIRE(schedule.setPlan(admin, BackupPlan{folder, 24, 3}).ok());
    CHECK(AuditLog(store.db()).page({}, 1)->first().action == QStringLiteral("backup.plan_changed"));
    // Every user of the installation sees the same plan: it is in the store.
    {
        auto other = Database::open(store.path(), store.clock);
        REQUIRE(other.ok());
        CHECK(BackupSchedule(**other).plan().folder == folder);
        CHECK(BackupSchedule(**other).plan().keep == 3);
    }

    REQUIRE(schedule.isDue());
    auto first = schedule.run();
    REQUIRE(first.ok());
    BackupRun last = schedule.lastRun();
    CHECK(last.ok);
    CHECK(last.at == store.clock.nowUtc());
    CHECK(last.message == first->summary.folder);
    CHECK(AuditLog(store.db()).page({}, 1)->first().action == QStringLiteral("backup.made"));
    CHECK(store.db().storeInfo(QStringLiteral("backup.running_since")).isEmpty()); // the claim is given back
    CHECK_FALSE(schedule.isDue());
    store.clock.advanceSeconds(24 * 3600);
    REQUIRE(schedule.isDue());

    SECTION("a failure is recorded, and the next try waits an hour")
    {
        // The folder is gone and a file stands in its way.
        REQUIRE(QDir(folder).removeRecursively());
        QFile blocker(folder);
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto failed = schedule.run();
        REQUIRE_FALSE(failed.ok());
        last = schedule.lastRun();
        CHECK_FALSE(last.ok);
        CHECK(last.message == failed.error().message);
        CHECK(last.lastSuccess == store.clock.nowUtc().addSecs(-24 * 3600));
        CHECK(AuditLog(store.db()).page({}, 1)->first().action == QStringLiteral("backup.failed"));
        CHECK_FALSE(schedule.isDue());
        store.clock.advanceSeconds(3600);
        CHECK(schedule.isDue());
    }
    SECTION("only one Amtsdesk makes it at a time")
    {
        REQUIRE(store.db().setStoreInfo(QStringLiteral("backup.running_since"),
                                        toStoredTimestamp(store.clock.nowUtc().addSecs(-60)))
                    .ok());
        CHECK(schedule.run().error().code == ErrorCode::Conflict);
        CHECK(Backup::rotatedBackups(folder).size() == 1);
        // A claim left by an Amtsdesk that died lapses.
        store.clock.advanceSeconds(BackupSchedule::kStaleClaimHours * 3600);
        CHECK(schedule.run().ok());
        CHECK(Backup::rotatedBackups(folder).size() == 2);
    }
}
