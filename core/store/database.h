#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

struct sqlite3;

namespace amtsdesk {

// What a store is for: only demo and test stores accept an acting user chosen on the command line.
enum class StoreKind { Production, Demo, Test };
QString storeKindKey(StoreKind kind);
std::optional<StoreKind> storeKindFromKey(const QString &key);

// One Amtsdesk store: the SQLite database file (WAL, foreign keys, busy timeout), its schema
// migrations and its identity. Opening refuses foreign and newer files without touching them.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr qint32 kApplicationId = 0x414D5444; // "AMTD"

    // Creates a new store at path; the file must not exist yet.
    // migrationDir: where the numbered migrations are; empty means the built-in ones (tests
    // pass their own to prove upgrades).
    static Result<std::unique_ptr<Database>> create(const QString &path, StoreKind kind,
                                                     const Clock &clock = Clock::system(),
                                                     const QString &migrationDir = {});
    // Opens an existing store; an older schema is copied aside, then migrated.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Clock &clock = Clock::system(),
                                                  const QString &migrationDir = {});
    // Opens an existing store only to read it (verify, backup), also on a read-only disk: nothing is
    // migrated or written. Refused when its schema is older than this program's, or when it lies on a
    // read-only disk with a write-ahead log SQLite cannot read there (it was not closed properly).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path, const Clock &clock = Clock::system());
    static int latestSchemaVersion(const QString &migrationDir = {});

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    QString blobDirectory() const;
    StoreKind kind() const { return m_kind; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    const Clock &clock() const { return *m_clock; }
    // Where the copy taken before the last migration went (empty when none was needed).
    QString migrationBackupPath() const { return m_migrationBackup; }

    // Prepares, binds and runs one statement; the error names the statement's purpose.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &params = {}) const;
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &params = {}) const;
    // Writes a consistent copy of the whole database to the new file target (VACUUM INTO, one read
    // transaction). Its errors name target's disk: the store itself is only read.
    Status copyInto(const QString &target) const;
    QString storeInfo(const QString &key) const;
    Status setStoreInfo(const QString &key, const QString &value);

    // Transaction nesting, used by Transaction only.
    int &transactionDepth() { return m_transactionDepth; }

private:
    Database(QString path, QString connectionName, const Clock &clock, QString migrationDir);
    // Refuses what is not an Amtsdesk store this program can read, without touching it.
    static Status checkFile(const QString &path, const QString &migrationDir);
    // Refuses a store on a read-only disk or in a folder the user may not write to, by name.
    static Status checkWritable(const QString &path);
    // Application id and schema version as SQLite sees them (the header may lag behind the log).
    Status checkIdentity(const QString &migrationDir);
    Status readKind();
    Status configure();
    Status migrate(bool isNew);
    Status applyMigration(int version, const QByteArray &script);

    QString m_path;
    QString m_connectionName;
    const Clock *m_clock;
    StoreKind m_kind = StoreKind::Production;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
    QString m_migrationBackup;
    QString m_migrationDir;
};

// The first 100 bytes of a database file, read without SQLite so that nothing is changed.
struct FileHeader {
    bool exists = false;
    qint64 size = 0;
    bool isSqlite = false;
    bool walMode = false;
    qint32 applicationId = 0;
    int userVersion = 0;
};
FileHeader readFileHeader(const QString &path);

// Why an SQL call failed, for messages: driver text of the query or connection.
QString sqlErrorText(const QSqlQuery &query);

// "?,?,?": count placeholders for an IN (...) list.
QString sqlPlaceholders(qsizetype count);

} // namespace amtsdesk
