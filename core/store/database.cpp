#include "store/database.h"

#include "common/diskerror.h"
#include "search/searchextensions.h"
#include "store/transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QtEndian>

#include <cerrno>

#include <unistd.h>

#include <sqlite3.h>

namespace amtsdesk {

namespace {

constexpr int kBusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("amtsdesk-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Migration scripts embedded from resources/sql, by number: 0001_name.sql.
QMap<int, QString> migrationFiles(const QString &migrationDir)
{
    QMap<int, QString> files;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(migrationDir.isEmpty() ? QStringLiteral(":/sql") : migrationDir);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), dir.filePath(name));
    }
    return files;
}

// POSIX drops every lock a process holds on a file as soon as any descriptor of that file is
// closed, and SQLite relies on those locks: in WAL mode a connection's shared lock on the store
// tells other processes that its write-ahead log is in use. Without it, the next process that
// closes its own connection deletes the log, and everything this process writes afterwards goes
// into a deleted file and is lost. So the header is read through a descriptor of its own only
// while this process has no connection to the store (such a connection checked it already).
QRecursiveMutex &openStoresMutex()
{
    static QRecursiveMutex mutex;
    return mutex;
}

// Absolute path of a store -> Database objects of this process that have it open.
QHash<QString, int> &openStores()
{
    static QHash<QString, int> stores;
    return stores;
}

} // namespace

QString storeKindKey(StoreKind kind)
{
    switch (kind) {
    case StoreKind::Production: return QStringLiteral("production");
    case StoreKind::Demo: return QStringLiteral("demo");
    case StoreKind::Test: return QStringLiteral("test");
    }
    return {};
}

std::optional<StoreKind> storeKindFromKey(const QString &key)
{
    for (StoreKind kind : {StoreKind::Production, StoreKind::Demo, StoreKind::Test}) {
        if (storeKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

FileHeader readFileHeader(const QString &path)
{
    FileHeader header;
    QFile file(path);
    if (!file.exists())
        return header;
    header.exists = true;
    header.size = file.size();
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    header.isSqlite = true;
    header.walMode = bytes.at(18) == 2 && bytes.at(19) == 2;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return header;
}

QString sqlErrorText(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return text;
}

QString sqlPlaceholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

int Database::latestSchemaVersion(const QString &migrationDir)
{
    const auto files = migrationFiles(migrationDir);
    return files.isEmpty() ? 0 : files.lastKey();
}

Database::Database(QString path, QString connectionName, const Clock &clock, QString migrationDir)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_clock(&clock),
      m_migrationDir(std::move(migrationDir))
{
    const QMutexLocker lock(&openStoresMutex());
    ++openStores()[m_path];
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    const QMutexLocker lock(&openStoresMutex());
    if (--openStores()[m_path] <= 0)
        openStores().remove(m_path);
}

Result<std::unique_ptr<Database>> Database::create(const QString &path, StoreKind kind, const Clock &clock,
                                                   const QString &migrationDir)
{
    const QFileInfo info(path);
    if (info.exists())
        return Error::conflict(tr("There is already a file at %1; a new store is only created where none exists.")
                                   .arg(QDir::toNativeSeparators(path)));
    if (!QDir().mkpath(info.absolutePath()))
        return Error::io(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));

    if (::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0) {
        const int error = errno;
        return Error::io(tr("A new store cannot be created at %1: %2.")
                             .arg(QDir::toNativeSeparators(path), DiskError::describe(error, info.absolutePath())));
    }
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), nextConnectionName(), clock, migrationDir));
    db->m_kind = kind;
    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = db->migrate(true); !s) {
        db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(info.absoluteFilePath() + suffix);
        return s.error();
    }
    {
        Transaction tx(*db);
        if (!tx.status())
            return tx.status().error();
        if (Status s = db->setStoreInfo(QStringLiteral("kind"), storeKindKey(kind)); !s)
            return s.error();
        if (Status s = db->setStoreInfo(QStringLiteral("created_at"), toStoredTimestamp(clock.nowUtc())); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    // Put the identity into the main file now, so that header checks see it.
    (void)db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return db;
}

Status Database::checkFile(const QString &path, const QString &migrationDir)
{
    const QString shown = QDir::toNativeSeparators(path);
    // A connection of this process checked the file already; reading the header again through a
    // descriptor of its own would drop that connection's locks when the descriptor closes.
    const QMutexLocker lock(&openStoresMutex());
    if (openStores().value(QFileInfo(path).absoluteFilePath()) > 0)
        return {};
    const FileHeader header = readFileHeader(path);
    if (!header.exists)
        return Error::notFound(tr("There is no Amtsdesk store at %1.").arg(shown));
    if (QFileInfo(path).isDir())
        return Error::invalid(tr("%1 is a folder, not an Amtsdesk store.").arg(shown));
    if (header.size == 0)
        return Error::unsupported(tr("%1 is an empty file, not an Amtsdesk store; it was left as it is.").arg(shown));
    if (!header.isSqlite)
        return Error::unsupported(tr("%1 is not an Amtsdesk store (not an SQLite database); it was left as it is.").arg(shown));
    const bool identityPending = header.applicationId == 0 && header.walMode && QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (header.applicationId != kApplicationId && !identityPending)
        return Error::unsupported(tr("%1 is an SQLite database of another program, not an Amtsdesk store; it was left as it is.").arg(shown));
    if (header.userVersion > latestSchemaVersion(migrationDir))
        return Error::unsupported(tr("%1 was written by a newer Amtsdesk (schema %2; this program knows up to %3). "
                                     "Install the newer version; the store was left as it is.")
                                      .arg(shown).arg(header.userVersion).arg(latestSchemaVersion(migrationDir)));
    return {};
}

Status Database::checkWritable(const QString &path)
{
    // Amtsdesk writes whenever it is used, and SQLite's write-ahead log needs files beside the
    // database: a store that cannot be written is named here, not later by a puzzling SQLite error.
    const QString folder = QFileInfo(path).absolutePath();
    for (const QString &place : {path, folder}) {
        if (::access(QFile::encodeName(place).constData(), W_OK) != 0) {
            const int error = errno;
            return Error::denied(tr("The store %1 cannot be opened for work: %2. It was left as it is; "
                                    "'amtsdesk-cli verify' and 'backup' can still read it.")
                                     .arg(QDir::toNativeSeparators(path), DiskError::describe(error, place)));
        }
    }
    return {};
}

Status Database::checkIdentity(const QString &migrationDir)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    // The header may lag behind a write-ahead log; ask SQLite before changing anything.
    const auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!appId || !version) {
        const Error &error = !appId ? appId.error() : version.error();
        // A full or read-only disk is not damage: its own message says what to do.
        if (error.code == ErrorCode::Io)
            return error;
        return Error::corrupt(tr("The store %1 cannot be read: %2").arg(shown, error.message));
    }
    if (appId->toInt() != kApplicationId)
        return Error::unsupported(tr("%1 is an SQLite database of another program, not an Amtsdesk store; it was left as it is.").arg(shown));
    if (version->toInt() > latestSchemaVersion(migrationDir))
        return Error::unsupported(tr("%1 was written by a newer Amtsdesk (schema %2; this program knows up to %3). "
                                     "Install the newer version; the store was left as it is.")
                                      .arg(shown).arg(version->toInt()).arg(latestSchemaVersion(migrationDir)));
    m_schemaVersion = version->toInt();
    return {};
}

Status Database::readKind()
{
    const auto kind = storeKindFromKey(storeInfo(QStringLiteral("kind")));
    if (!kind)
        return Error::corrupt(
            tr("The store %1 does not say what kind of store it is.").arg(QDir::toNativeSeparators(m_path)));
    m_kind = *kind;
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Clock &clock, const QString &migrationDir)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Held until the new connection is registered, so that no header is read while it opens.
    QMutexLocker lock(&openStoresMutex());
    if (Status s = checkFile(path, migrationDir); !s)
        return s.error();
    if (Status s = checkWritable(path); !s)
        return s.error();
    std::unique_ptr<Database> db(
        new Database(QFileInfo(path).absoluteFilePath(), nextConnectionName(), clock, migrationDir));
    lock.unlock();
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        conn.setDatabaseName(db->m_path);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!conn.open())
            return Error::io(tr("The store %1 cannot be opened: %2").arg(shown, conn.lastError().text()));
    }
    if (Status s = db->checkIdentity(migrationDir); !s)
        return s.error();
    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = db->migrate(false); !s)
        return s.error();
    if (Status s = db->readKind(); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path, const Clock &clock)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (Status s = checkFile(path, {}); !s)
        return s.error();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // SQLite reads a database in WAL mode read-only only through its existing -wal and -shm files.
    // Without a -wal file (the last connection closed cleanly) the database file holds every
    // committed transaction, and nothing can change it on a read-only disk: it is read as immutable,
    // which needs no -shm file. With a -wal file its changes must be read too, so that is tried.
    const bool hasLog = QFileInfo::exists(absolute + QStringLiteral("-wal"));
    QUrl uri = QUrl::fromLocalFile(absolute);
    uri.setQuery(hasLog ? QStringLiteral("mode=ro") : QStringLiteral("immutable=1"));

    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName(), clock, {}));
    db->m_readOnly = true;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        conn.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        conn.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!conn.open())
            return Error::io(tr("The store %1 cannot be opened: %2").arg(shown, conn.lastError().text()));
    }
    if (!db->handle())
        return Error::internal(tr("The SQLite driver of this Qt installation does not expose its connection."));
    if (Status s = registerSearchExtensions(db->handle()); !s)
        return s.error();
    if (Status s = db->checkIdentity({}); !s) {
        if (hasLog && s.error().code != ErrorCode::Unsupported)
            return Error::io(tr("The store %1 is read-only and was not closed properly: its write-ahead log %2 holds "
                                "changes that can only be read where the store can be written. Copy the store's "
                                "folder to a writable disk and open the copy.")
                                 .arg(shown, QDir::toNativeSeparators(absolute + QStringLiteral("-wal"))));
        return s.error();
    }
    if (db->m_schemaVersion < latestSchemaVersion())
        return Error::unsupported(tr("%1 was written by an older Amtsdesk (schema %2) and must be updated before it "
                                     "can be read, which needs a writable store; it was left as it is.")
                                      .arg(shown)
                                      .arg(db->m_schemaVersion));
    if (Status s = db->readKind(); !s)
        return s.error();
    return db;
}

Status Database::configure()
{
    QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
    if (!conn.isValid()) {
        conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        conn.setDatabaseName(m_path);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    }
    if (!conn.isOpen() && !conn.open())
        return Error::io(tr("The store %1 cannot be opened: %2").arg(QDir::toNativeSeparators(m_path), conn.lastError().text()));
    if (!handle())
        return Error::internal(tr("The SQLite driver of this Qt installation does not expose its connection."));
    // The full-text index uses the German tokenizer and its ranking: every connection needs them.
    if (Status s = registerSearchExtensions(handle()); !s)
        return s;
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // FULL: a transaction reported as committed survives a power cut, not only a crash.
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
    };
    for (const QString &pragma : pragmas) {
        if (auto r = exec(pragma); !r)
            return r.error();
    }
    const auto mode = scalar(QStringLiteral("PRAGMA journal_mode"));
    if (!mode || mode->toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return Error::io(tr("The store %1 cannot use write-ahead logging; it must be on a local disk, not a network share.")
                             .arg(QDir::toNativeSeparators(m_path)));
    return {};
}

Status Database::migrate(bool isNew)
{
    const auto files = migrationFiles(m_migrationDir);
    if (files.isEmpty())
        return Error::internal(tr("This program was built without its schema migrations."));
    if (m_schemaVersion == files.lastKey())
        return {};
    if (!isNew && m_schemaVersion > 0) {
        const QString stamp = m_clock->nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        m_migrationBackup = QStringLiteral("%1.schema%2-%3.bak").arg(m_path).arg(m_schemaVersion).arg(stamp);
        if (Status s = copyInto(m_migrationBackup); !s)
            return Error::io(tr("Before updating its schema, a copy of the store could not be written to %1: %2")
                                 .arg(QDir::toNativeSeparators(m_migrationBackup), s.error().message));
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() <= m_schemaVersion)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return Error::internal(tr("The migration %1 cannot be read.").arg(it.value()));
        if (Status s = applyMigration(it.key(), file.readAll()); !s)
            return s;
        m_schemaVersion = it.key();
    }
    return {};
}

Status Database::applyMigration(int version, const QByteArray &script)
{
    Transaction tx(*this);
    if (!tx.status())
        return tx.status();
    char *message = nullptr;
    // The scripts hold triggers with inner semicolons: sqlite3_exec runs a whole script.
    if (sqlite3_exec(handle(), script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        return Error::internal(tr("Schema migration %1 failed: %2").arg(version).arg(text));
    }
    if (auto r = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !r)
        return r.error();
    if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !r)
        return r.error();
    return tx.commit();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString Database::blobDirectory() const
{
    // Named after the database file, so that two stores in one folder never share blobs.
    return m_path + QStringLiteral(".blobs");
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &params) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error::internal(tr("A database statement could not be prepared: %1").arg(sqlErrorText(query)));
    for (const QVariant &param : params)
        query.addBindValue(param);
    if (!query.exec()) {
        const QString text = sqlErrorText(query);
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        // What the operating system said to SQLite's last failed call: a "disk I/O error" is often a
        // full disk (the shared-memory index cannot grow) or a read-only one.
        const int system = handle() ? sqlite3_system_errno(handle()) : 0;
        const QString shown = QDir::toNativeSeparators(m_path);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return Error::conflict(tr("The store is busy: another Amtsdesk (or a backup) has kept it locked for more "
                                      "than %1 seconds. Please try again in a moment.")
                                       .arg(kBusyTimeoutMs / 1000));
        if (code == SQLITE_FULL || (code == SQLITE_IOERR && DiskError::isFull(system)))
            return Error::io(tr("The disk holding the store %1 is full; nothing was changed. Free some space there "
                                "and try again.")
                                 .arg(shown));
        if (code == SQLITE_READONLY || (code == SQLITE_IOERR && system == EROFS))
            return Error::io(tr("The store %1 is read-only; nothing was changed.").arg(shown));
        if (code == SQLITE_CONSTRAINT)
            return Error::conflict(tr("The change breaks a rule of the store: %1").arg(text));
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return Error::corrupt(tr("The store is damaged: %1").arg(text));
        if ((code == SQLITE_IOERR || code == SQLITE_CANTOPEN) && system != 0)
            return Error::io(tr("A database statement failed: %1 (%2)").arg(text, DiskError::describe(system, m_path)));
        return Error::io(tr("A database statement failed: %1").arg(text));
    }
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &params) const
{
    auto query = exec(sql, params);
    if (!query)
        return query.error();
    return query->next() ? query->value(0) : QVariant();
}

Status Database::copyInto(const QString &target) const
{
    QSqlQuery query(connection());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return Error::internal(tr("A database statement could not be prepared: %1").arg(sqlErrorText(query)));
    query.addBindValue(target);
    if (query.exec())
        return {};
    // Only the copy is written: a full or read-only disk is the one holding the copy, not the store.
    const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
    const int system = handle() ? sqlite3_system_errno(handle()) : 0;
    const QString folder = QFileInfo(target).absolutePath();
    if (code == SQLITE_FULL || DiskError::isFull(system))
        return Error::io(
            tr("The copy of the database could not be written: %1.").arg(DiskError::describe(ENOSPC, folder)));
    if ((code == SQLITE_IOERR || code == SQLITE_CANTOPEN || code == SQLITE_READONLY) && system != 0)
        return Error::io(
            tr("The copy of the database could not be written: %1.").arg(DiskError::describe(system, folder)));
    return Error::io(tr("The copy of the database could not be written to %1: %2")
                         .arg(QDir::toNativeSeparators(target), sqlErrorText(query)));
}

QString Database::storeInfo(const QString &key) const
{
    const auto value = scalar(QStringLiteral("SELECT value FROM store_info WHERE key = ?"), {key});
    return value ? value->toString() : QString();
}

Status Database::setStoreInfo(const QString &key, const QString &value)
{
    auto r = exec(QStringLiteral("INSERT INTO store_info(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                  {key, value});
    if (!r)
        return r.error();
    return {};
}

} // namespace amtsdesk
