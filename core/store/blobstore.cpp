#include "store/blobstore.h"

#include "common/clock.h"
#include "common/diskerror.h"
#include "common/fdio.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/time.h>
#include <unistd.h>

namespace amtsdesk {

namespace {

constexpr qint64 kChunk = 1 << 20;

bool fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    errno = error; // for the caller's message
    return ok;
}

} // namespace

BlobStore::BlobStore(Database &db) : BlobStore(db, db.blobDirectory()) {}

BlobStore::BlobStore(Database &db, QString directory) : m_db(db), m_dir(std::move(directory)) {}

bool BlobStore::isValidHash(const QString &hash)
{
    if (hash.size() != 64)
        return false;
    for (QChar c : hash) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString BlobStore::pathFor(const QString &hash) const
{
    return QStringLiteral("%1/%2/%3").arg(m_dir, hash.left(2), hash);
}

bool BlobStore::exists(const QString &hash) const
{
    return isValidHash(hash) && QFileInfo::exists(pathFor(hash));
}

Result<BlobRef> BlobStore::write(QIODevice &source)
{
    const QString tmpDir = m_dir + QStringLiteral("/tmp");
    errno = 0;
    if (!QDir().mkpath(tmpDir))
        return Error::io(tr("The blob folder cannot be created: %1.").arg(DiskError::describe(errno, tmpDir)));
    QTemporaryFile tmp(tmpDir + QStringLiteral("/incoming-XXXXXX"));
    errno = 0;
    if (!tmp.open())
        return Error::io(tr("A temporary file cannot be created: %1.").arg(DiskError::describe(errno, tmpDir)));
    const int fd = tmp.handle();
    const auto *file = qobject_cast<const QFile *>(&source);
    const QString sourceName = file ? QDir::toNativeSeparators(file->fileName()) : QString();
    const auto unreadable = [&](const QString &why) {
        return Error::io(sourceName.isEmpty()
                             ? tr("The document could not be read to the end (%1); nothing was stored.").arg(why)
                             : tr("%1 could not be read to the end (%2); nothing was stored.").arg(sourceName, why));
    };

    QCryptographicHash hasher(QCryptographicHash::Sha256);
    qint64 size = 0;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    while (true) {
        // A failed read is -1, never a short document: a file whose disk fails halfway must not be
        // stored as if it ended there.
        const qint64 n = source.read(buffer.data(), kChunk);
        if (n < 0)
            return unreadable(source.errorString());
        if (n == 0) {
            if (!source.isSequential() || source.atEnd())
                break;
            if (!source.waitForReadyRead(30000)) {
                if (source.atEnd())
                    break;
                return unreadable(tr("it stopped sending"));
            }
            continue;
        }
        hasher.addData(QByteArrayView(buffer.constData(), n));
        const Moved written =
            moveAll(n, [&](qint64 done) { return ::write(fd, buffer.constData() + done, size_t(n - done)); });
        if (written.bytes < n)
            return Error::io(tr("The document could not be stored: %1.")
                                 .arg(DiskError::describe(written.last < 0 ? errno : ENOSPC, m_dir)));
        size += n;
    }
    if (::fsync(fd) != 0)
        return Error::io(
            tr("The document could not be written to disk safely: %1.").arg(DiskError::describe(errno, m_dir)));

    BlobRef ref{QString::fromLatin1(hasher.result().toHex()), size};
    const QString target = pathFor(ref.hash);
    if (QFileInfo::exists(target)) {
        // Same bytes already stored. Renew its time, so that orphan collection running in another
        // process leaves it alone until the caller's transaction references it.
        ::utimes(QFile::encodeName(target).constData(), nullptr);
        return ref;
    }
    const QString parent = QFileInfo(target).absolutePath();
    errno = 0;
    if (!QDir().mkpath(parent))
        return Error::io(tr("The blob folder cannot be created: %1.").arg(DiskError::describe(errno, parent)));
    tmp.close();
    if (::rename(QFile::encodeName(tmp.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        return Error::io(
            tr("The document could not be moved into the blob store: %1.").arg(DiskError::describe(errno, target)));
    tmp.setAutoRemove(false);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    if (!fsyncPath(parent, true))
        return Error::io(
            tr("The blob folder could not be synchronised to disk: %1.").arg(DiskError::describe(errno, parent)));
    return ref;
}

Result<BlobRef> BlobStore::writeBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return write(buffer);
}

Result<BlobRef> BlobStore::writeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return write(file);
}

Result<BlobRef> BlobStore::writeUnsynced(const QByteArray &bytes)
{
    const BlobRef ref{QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                      bytes.size()};
    const QString target = pathFor(ref.hash);
    if (QFileInfo::exists(target)) {
        ::utimes(QFile::encodeName(target).constData(), nullptr); // as in write(): kept from orphan collection
        return ref;
    }
    const QString parent = QFileInfo(target).absolutePath();
    const QString tmpDir = m_dir + QStringLiteral("/tmp");
    if (!QDir().mkpath(parent) || !QDir().mkpath(tmpDir))
        return Error::io(tr("The blob folder %1 cannot be created.").arg(QDir::toNativeSeparators(parent)));
    QTemporaryFile tmp(tmpDir + QStringLiteral("/incoming-XXXXXX"));
    if (!tmp.open() || tmp.write(bytes) != bytes.size() || !tmp.flush())
        return Error::io(tr("The document could not be written to the blob store (%1). Is the disk full?")
                             .arg(tmp.errorString()));
    tmp.close();
    if (::rename(QFile::encodeName(tmp.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        return Error::io(
            tr("The document could not be moved into the blob store at %1.").arg(QDir::toNativeSeparators(target)));
    tmp.setAutoRemove(false);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    return ref;
}

Status BlobStore::syncAll()
{
    if (!QDir().mkpath(m_dir))
        return Error::io(tr("The blob folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_dir)));
    const int fd = ::open(QFile::encodeName(m_dir).constData(), O_RDONLY | O_DIRECTORY);
    const bool ok = fd >= 0 && ::syncfs(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!ok)
        return Error::io(
            tr("The blob folder %1 could not be synchronised to disk.").arg(QDir::toNativeSeparators(m_dir)));
    return {};
}

Status BlobStore::reference(const BlobRef &blob)
{
    if (!isValidHash(blob.hash) || !QFileInfo::exists(pathFor(blob.hash)))
        return Error::internal(tr("The blob %1 is referenced before it was written.").arg(blob.hash));
    auto r = m_db.exec(QStringLiteral("INSERT INTO blobs(hash, size, created_at) VALUES(?, ?, ?) ON CONFLICT(hash) DO NOTHING"),
                       {blob.hash, blob.size, toStoredTimestamp(m_db.clock().nowUtc())});
    if (!r)
        return r.error();
    return {};
}

Result<QByteArray> BlobStore::read(const QString &hash) const
{
    if (!isValidHash(hash))
        return Error::invalid(tr("%1 is not a blob hash.").arg(hash));
    QFile file(pathFor(hash));
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("The stored document %1 is missing from the blob store.").arg(hash));
    return file.readAll();
}

Result<QString> BlobStore::hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    if (!hasher.addData(&file))
        return Error::io(tr("The file %1 cannot be read to the end.").arg(QDir::toNativeSeparators(path)));
    return QString::fromLatin1(hasher.result().toHex());
}

Result<QSet<QString>> BlobStore::referencedHashes() const
{
    auto query = m_db.exec(QStringLiteral("SELECT hash FROM blobs"));
    if (!query)
        return query.error();
    QSet<QString> hashes;
    while (query->next())
        hashes.insert(query->value(0).toString());
    return hashes;
}

QSet<QString> BlobStore::filesOnDisk() const
{
    QSet<QString> files;
    QDirIterator it(m_dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        if (isValidHash(name) && it.fileInfo().dir().dirName() == name.left(2))
            files.insert(name);
    }
    return files;
}

BlobCheckReport BlobStore::verify(const std::function<void(qint64, qint64)> &progress) const
{
    BlobCheckReport report;
    auto referenced = referencedHashes();
    if (!referenced) {
        report.corrupted << referenced.error().message;
        return report;
    }
    QStringList hashes = referenced->values();
    hashes.sort();
    for (const QString &hash : hashes) {
        if (progress)
            progress(report.checked, hashes.size());
        ++report.checked;
        const QString path = pathFor(hash);
        if (!QFileInfo::exists(path)) {
            report.missing << hash;
            continue;
        }
        const auto actual = hashFile(path);
        if (!actual || *actual != hash)
            report.corrupted << hash;
    }
    const QSet<QString> onDisk = filesOnDisk();
    report.orphans = (onDisk - *referenced).size();
    return report;
}

Result<qint64> BlobStore::collectOrphans(qint64 graceSeconds)
{
    // Under the write lock: another process references a blob (reference()) and commits in one
    // write transaction, so it cannot do so between the reading of the references here and the
    // removal. Its write() renews an existing file's time before; a file removed all the same
    // makes its reference() fail, and nothing is stored that points at a missing blob.
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto referenced = referencedHashes();
    if (!referenced)
        return referenced.error();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-graceSeconds);
    qint64 removed = 0;
    for (const QString &hash : filesOnDisk() - *referenced) {
        const QFileInfo info(pathFor(hash));
        if (info.lastModified().toUTC() > cutoff)
            continue;
        QFile::setPermissions(info.filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (QFile::remove(info.filePath()))
            ++removed;
    }
    tx.rollback(); // nothing was written
    // Temporary files left by a crash during a write.
    QDirIterator tmp(m_dir + QStringLiteral("/tmp"), QDir::Files);
    while (tmp.hasNext()) {
        tmp.next();
        if (tmp.fileInfo().lastModified().toUTC() <= cutoff)
            QFile::remove(tmp.filePath());
    }
    return removed;
}

} // namespace amtsdesk
