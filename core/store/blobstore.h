#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QSet>
#include <QStringList>

#include <functional>

namespace amtsdesk {

class Database;

// A blob written to disk: its SHA-256 (lower-case hex) and size in bytes.
struct BlobRef {
    QString hash;
    qint64 size = 0;
};

// What checking every referenced blob found.
struct BlobCheckReport {
    qint64 checked = 0;
    QStringList missing;   // referenced, but no file
    QStringList corrupted; // the file's bytes no longer hash to its name
    qint64 orphans = 0;    // files no row references (collected by collectOrphans)
    bool ok() const { return missing.isEmpty() && corrupted.isEmpty(); }
};

// Content-addressed, immutable document bytes next to the database: <db>.blobs/ab/abcdef…
// Write protocol: temporary file, fsync, rename, fsync of the folder; only then does the
// caller's transaction reference the blob (reference()). Referenced blobs are never removed.
class BlobStore {
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    explicit BlobStore(Database &db);
    BlobStore(Database &db, QString directory);

    QString directory() const { return m_dir; }
    // Writes the bytes of source durably and returns their hash; nothing is referenced yet.
    Result<BlobRef> write(QIODevice &source);
    Result<BlobRef> writeBytes(const QByteArray &bytes);
    Result<BlobRef> writeFile(const QString &path);
    // For writers of many blobs at once (the scale generator): writes the bytes without an
    // fsync of their own; syncAll() then makes every blob written so far durable with one
    // sync of the file system, before the transaction that references them.
    Result<BlobRef> writeUnsynced(const QByteArray &bytes);
    Status syncAll();
    // Records in the caller's transaction that the blob is in use.
    Status reference(const BlobRef &blob);
    QString pathFor(const QString &hash) const;
    bool exists(const QString &hash) const;
    Result<QByteArray> read(const QString &hash) const;

    // Rehashes every referenced blob; progress gets (done, total).
    BlobCheckReport verify(const std::function<void(qint64, qint64)> &progress = {}) const;
    // Removes files that no row references and that are older than the grace period, so that a
    // blob written by another process whose transaction has not committed yet is left alone.
    // Holds the store's write lock meanwhile, so that no reference can be committed in between.
    Result<qint64> collectOrphans(qint64 graceSeconds = 3600);
    // Every blob file present, by hash.
    QSet<QString> filesOnDisk() const;

    static bool isValidHash(const QString &hash);
    static Result<QString> hashFile(const QString &path);

private:
    Result<QSet<QString>> referencedHashes() const;

    Database &m_db;
    QString m_dir;
};

} // namespace amtsdesk
