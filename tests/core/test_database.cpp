#include "support/teststore.h"

#include "store/database.h"
#include "store/transaction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

using namespace amtsdesk;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes a plain SQLite database with another program's content, through a separate connection.
void writeForeignDatabase(const QString &path, int userVersion, qint32 applicationId)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t(x)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO t VALUES(42)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

TEST_CASE("a new store is in WAL mode with foreign keys and the latest schema", "[store]")
{
    TestStore store;
    REQUIRE(store.db().schemaVersion() == Database::latestSchemaVersion());
    REQUIRE(store.db().kind() == StoreKind::Test);
    REQUIRE(store.db().scalar(QStringLiteral("PRAGMA journal_mode"))->toString() == QStringLiteral("wal"));
    REQUIRE(store.db().scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt() == 1);
    REQUIRE(store.db().scalar(QStringLiteral("PRAGMA busy_timeout"))->toInt() >= 1000);
    const FileHeader header = readFileHeader(store.path());
    REQUIRE(header.isSqlite);
    REQUIRE(header.applicationId == Database::kApplicationId);
    REQUIRE(header.userVersion == Database::latestSchemaVersion());
}

TEST_CASE("a store is reopened with its kind, and create refuses an existing file", "[store]")
{
    TestStore store;
    const QString path = store.path();
    store.database.reset();
    auto reopened = Database::open(path, store.clock);
    REQUIRE(reopened.ok());
    REQUIRE((*reopened)->kind() == StoreKind::Test);
    auto again = Database::create(path, StoreKind::Production, store.clock);
    REQUIRE_FALSE(again.ok());
    REQUIRE(again.error().code == ErrorCode::Conflict);
}

TEST_CASE("foreign and newer files are refused and left byte for byte as they were", "[store]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Dies ist keine Datenbank.\n");
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        REQUIRE(db.error().code == ErrorCode::Unsupported);
        REQUIRE(db.error().message.contains(QStringLiteral("notes.txt")));
        REQUIRE(fileHash(path) == before);
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        REQUIRE(QFileInfo(path).size() == 0);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        writeForeignDatabase(path, 3, 0);
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        REQUIRE(db.error().code == ErrorCode::Unsupported);
        REQUIRE(db.error().message.contains(QStringLiteral("another program")));
        REQUIRE(fileHash(path) == before);
        REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    }
    SECTION("an Amtsdesk store written by a newer version")
    {
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        writeForeignDatabase(path, Database::latestSchemaVersion() + 1, Database::kApplicationId);
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        REQUIRE(db.error().code == ErrorCode::Unsupported);
        REQUIRE(db.error().message.contains(QStringLiteral("newer")));
        REQUIRE(fileHash(path) == before);
    }
    SECTION("a missing file")
    {
        auto db = Database::open(dir.filePath(QStringLiteral("nothing.sqlite")));
        REQUIRE_FALSE(db.ok());
        REQUIRE(db.error().code == ErrorCode::NotFound);
        REQUIRE_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nothing.sqlite"))));
    }
}

TEST_CASE("an older schema is copied aside, then migrated, a failed migration changes nothing", "[store]")
{
    QTemporaryDir dir;
    const QString v1 = dir.filePath(QStringLiteral("v1"));
    const QString v2 = dir.filePath(QStringLiteral("v2"));
    REQUIRE(QDir().mkpath(v1));
    REQUIRE(QDir().mkpath(v2));
    REQUIRE(QFile::copy(QStringLiteral(":/sql/0001_foundation.sql"), v1 + QStringLiteral("/0001_foundation.sql")));
    REQUIRE(QFile::copy(QStringLiteral(":/sql/0001_foundation.sql"), v2 + QStringLiteral("/0001_foundation.sql")));
    auto write = [](const QString &path, const QByteArray &text) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(v2 + QStringLiteral("/0002_extra.sql"), "CREATE TABLE extra(x INTEGER);");
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    FixedClock clock(QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
    {
        auto db = Database::create(path, StoreKind::Test, clock, v1);
        REQUIRE(db.ok());
        REQUIRE((*db)->schemaVersion() == 1);
        REQUIRE((*db)->setStoreInfo(QStringLiteral("marker"), QStringLiteral("kept")).ok());
    }
    SECTION("upgrade")
    {
        auto db = Database::open(path, clock, v2);
        REQUIRE(db.ok());
        REQUIRE((*db)->schemaVersion() == 2);
        REQUIRE((*db)->exec(QStringLiteral("INSERT INTO extra VALUES(1)")).ok());
        const QString copy = (*db)->migrationBackupPath();
        REQUIRE_FALSE(copy.isEmpty());
        REQUIRE(readFileHeader(copy).userVersion == 1);
        auto old = Database::open(copy, clock, v1);
        REQUIRE(old.ok());
        REQUIRE((*old)->storeInfo(QStringLiteral("marker")) == QStringLiteral("kept"));
        // Now the store is newer than a program that knows only schema 1.
        db->reset();
        auto refused = Database::open(path, clock, v1);
        REQUIRE_FALSE(refused.ok());
        REQUIRE(refused.error().code == ErrorCode::Unsupported);
    }
    SECTION("a broken migration leaves the store at its old version")
    {
        write(v2 + QStringLiteral("/0002_extra.sql"), "CREATE TABLE extra(x INTEGER); THIS IS NOT SQL;");
        auto db = Database::open(path, clock, v2);
        REQUIRE_FALSE(db.ok());
        REQUIRE(db.error().message.contains(QStringLiteral("2")));
        auto again = Database::open(path, clock, v1);
        REQUIRE(again.ok());
        REQUIRE((*again)->schemaVersion() == 1);
        REQUIRE_FALSE((*again)->exec(QStringLiteral("SELECT * FROM extra")).ok());
        REQUIRE((*again)->storeInfo(QStringLiteral("marker")) == QStringLiteral("kept"));
    }
}

TEST_CASE("transactions roll back unless committed, and nest as savepoints", "[store]")
{
    TestStore store;
    Database &db = store.db();
    auto count = [&] { return db.scalar(QStringLiteral("SELECT count(*) FROM store_info"))->toInt(); };
    const int before = count();
    {
        Transaction tx(db);
        REQUIRE(tx.status().ok());
        REQUIRE(db.setStoreInfo(QStringLiteral("a"), QStringLiteral("1")).ok());
    }
    REQUIRE(count() == before);
    {
        Transaction outer(db);
        REQUIRE(db.setStoreInfo(QStringLiteral("b"), QStringLiteral("1")).ok());
        {
            Transaction inner(db);
            REQUIRE(db.setStoreInfo(QStringLiteral("c"), QStringLiteral("1")).ok());
            inner.rollback();
        }
        {
            Transaction inner(db);
            REQUIRE(db.setStoreInfo(QStringLiteral("d"), QStringLiteral("1")).ok());
            REQUIRE(inner.commit().ok());
        }
        REQUIRE(outer.commit().ok());
    }
    REQUIRE(db.storeInfo(QStringLiteral("b")) == QStringLiteral("1"));
    REQUIRE(db.storeInfo(QStringLiteral("c")).isEmpty());
    REQUIRE(db.storeInfo(QStringLiteral("d")) == QStringLiteral("1"));
    REQUIRE(db.transactionDepth() == 0);
}

TEST_CASE("a second connection waits for a writer and then sees the committed data", "[store]")
{
    TestStore store;
    auto second = Database::open(store.path(), store.clock);
    REQUIRE(second.ok());
    {
        Transaction tx(store.db());
        REQUIRE(store.db().setStoreInfo(QStringLiteral("k"), QStringLiteral("v")).ok());
        // The other connection reads the last committed state while the write is open.
        REQUIRE((*second)->storeInfo(QStringLiteral("k")).isEmpty());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE((*second)->storeInfo(QStringLiteral("k")) == QStringLiteral("v"));
}
