#include "support/teststore.h"

#include "audit/auditlog.h"
#include "maintenance/backup.h"
#include "maintenance/storeverifier.h"
#include "store/blobstore.h"
#include "store/transaction.h"

#include <catch2/catch.hpp>

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
