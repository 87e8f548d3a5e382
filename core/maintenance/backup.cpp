#include "maintenance/backup.h"

#include "common/clock.h"
#include "common/diskerror.h"
#include "maintenance/storeverifier.h"
#include "store/blobstore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

#include <cerrno>
#include <cstdio>

namespace amtsdesk {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Copies every blob the database at copy references from sourceBlobs, rehashing on the way.
Result<qint64> copyReferencedBlobs(Database &copy, const QString &sourceBlobs, qint64 *bytes)
{
    auto query = copy.exec(QStringLiteral("SELECT hash FROM blobs ORDER BY hash"));
    if (!query)
        return query.error();
    QStringList hashes;
    while (query->next())
        hashes << query->value(0).toString();
    query->finish();
    BlobStore source(copy, sourceBlobs);
    BlobStore target(copy);
    for (const QString &hash : hashes) {
        if (!QFileInfo::exists(source.pathFor(hash)))
            return Error::corrupt(Backup::tr("The stored document %1 is missing from %2; run verify on the store.")
                                      .arg(hash, shown(sourceBlobs)));
        auto written = target.writeFile(source.pathFor(hash));
        if (!written)
            return written.error();
        if (written->hash != hash)
            return Error::corrupt(Backup::tr("The stored document %1 is damaged (its bytes no longer match); "
                                             "run verify on the store.").arg(hash));
        *bytes += written->size;
    }
    return hashes.size();
}

Status verifyCopy(Database &copy)
{
    const VerifyReport report = StoreVerifier::run(copy);
    if (!report.ok())
        return Error::corrupt(Backup::tr("The copy did not verify: %1").arg(report.describe().join(QStringLiteral("; "))));
    // Everything into the database file: the log is removed afterwards, so a checkpoint that could
    // not finish (a full disk) must fail the copy instead of losing what the log holds.
    auto checkpoint = copy.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint)
        return checkpoint.error();
    if (checkpoint->next() && checkpoint->value(0).toInt() != 0)
        return Error::io(Backup::tr("The copy %1 could not be completed: its write-ahead log could not be written "
                                    "into it.")
                             .arg(shown(copy.path())));
    return {};
}

Status moveAside(const QString &target, const QString &suffix)
{
    for (const QString &extra : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".blobs")}) {
        const QString from = target + extra;
        if (!QFileInfo::exists(from))
            continue;
        if (!QDir().rename(from, target + suffix + extra))
            return Error::io(Backup::tr("%1 could not be moved aside; nothing was restored.").arg(shown(from)));
    }
    return {};
}

} // namespace

Result<BackupSummary> Backup::create(Database &db, const QString &dest)
{
    const QFileInfo destInfo(dest);
    if (destInfo.exists() && !(destInfo.isDir() && QDir(dest).isEmpty()))
        return Error::conflict(tr("%1 exists already and is not an empty folder; choose a new folder for the backup.").arg(shown(dest)));
    const QString finalDir = destInfo.absoluteFilePath();
    const QString staging = finalDir + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    errno = 0;
    if (QFileInfo::exists(staging) || !QDir().mkpath(staging))
        return Error::io(
            tr("The backup folder cannot be created: %1.").arg(DiskError::describe(errno ? errno : EEXIST, staging)));
    auto cleanup = qScopeGuard([&] { QDir(staging).removeRecursively(); });
    // Whatever fails names the backup's place, never the store's: only the backup is written.
    const auto failed = [&](const Error &error) {
        const QString why = QString(error.message).replace(shown(staging), shown(finalDir));
        return Error{error.code,
                     tr("The backup to %1 was not written: %2 Nothing was kept there; the store is unchanged.")
                         .arg(shown(finalDir), why)};
    };

    const QString copyPath = staging + QLatin1Char('/') + kDatabaseFileName;
    if (Status s = db.copyInto(copyPath); !s)
        return failed(s.error());

    BackupSummary summary;
    {
        auto copy = Database::open(copyPath, db.clock());
        if (!copy)
            return failed(copy.error());
        auto blobs = copyReferencedBlobs(**copy, db.blobDirectory(), &summary.bytes);
        if (!blobs)
            return failed(blobs.error());
        summary.blobs = *blobs;
        if (Status s = verifyCopy(**copy); !s)
            return failed(s.error());
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copyPath + suffix);
    if (destInfo.exists())
        QDir().rmdir(finalDir);
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(finalDir).constData()) != 0)
        return Error::io(tr("The finished backup could not be moved to %1: %2.")
                             .arg(shown(finalDir), DiskError::describe(errno, finalDir)));
    cleanup.dismiss();
    summary.folder = finalDir;
    summary.databaseFile = finalDir + QLatin1Char('/') + kDatabaseFileName;
    summary.bytes += QFileInfo(summary.databaseFile).size();
    return summary;
}

QStringList Backup::rotatedBackups(const QString &folder)
{
    static const QRegularExpression name(QStringLiteral("^%1\\d{4}-\\d{2}-\\d{2}T\\d{6}Z(-\\d+)?$")
                                             .arg(QRegularExpression::escape(kRotationPrefix)));
    QStringList found;
    const QDir dir(folder);
    for (const QFileInfo &entry : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (name.match(entry.fileName()).hasMatch() && QFileInfo(entry.filePath() + QLatin1Char('/') + kDatabaseFileName).isFile())
            found << entry.absoluteFilePath();
    }
    // The names hold the time, so their order is the time's (a "-2" made in the same second sorts after).
    std::sort(found.begin(), found.end(), std::greater<>());
    return found;
}

Result<RotatedBackup> Backup::createRotated(Database &db, const QString &folder, int keep)
{
    if (keep < 1)
        return Error::invalid(tr("At least one backup must be kept; %1 is too few.").arg(keep));
    if (!QDir().mkpath(folder))
        return Error::io(tr("The backup folder %1 cannot be created.").arg(shown(folder)));
    const QString stamp = db.clock().nowUtc().toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'"));
    QString dest = QDir(folder).absoluteFilePath(kRotationPrefix + stamp);
    for (int n = 2; QFileInfo::exists(dest); ++n)
        dest = QDir(folder).absoluteFilePath(kRotationPrefix + stamp + QStringLiteral("-%1").arg(n));
    auto summary = create(db, dest);
    if (!summary)
        return summary.error();
    RotatedBackup result{*summary, {}};
    const QStringList all = rotatedBackups(folder);
    for (qsizetype i = keep; i < all.size(); ++i) {
        if (all.at(i) == summary->folder)
            continue; // never the one just written, whatever a clock did
        // Renamed first, so that a removal cut short leaves no half backup that counts as one.
        const QFileInfo old(all.at(i));
        const QString doomed = old.absolutePath() + QStringLiteral("/.") + old.fileName() + QStringLiteral(".removing");
        if (QDir().rename(old.absoluteFilePath(), doomed)) {
            QDir(doomed).removeRecursively();
            result.removed << all.at(i);
        }
    }
    return result;
}

Result<BackupSummary> Backup::restore(const QString &source, const QString &target, bool replace, QString *movedAsideTo)
{
    const QString sourceDb = QDir(source).absoluteFilePath(kDatabaseFileName);
    const FileHeader header = readFileHeader(sourceDb);
    if (!header.exists)
        return Error::notFound(tr("%1 is not an Amtsdesk backup: it holds no %2.").arg(shown(source), kDatabaseFileName));
    if (!header.isSqlite || header.applicationId != Database::kApplicationId)
        return Error::unsupported(tr("%1 is not an Amtsdesk backup: %2 is not an Amtsdesk store.").arg(shown(source), kDatabaseFileName));
    const QFileInfo targetInfo(target);
    const QString targetPath = targetInfo.absoluteFilePath();
    if (targetInfo.exists() && !replace)
        return Error::conflict(tr("There is a store at %1 already; restore with --replace to put the backup in its place "
                                  "(the current store is then moved aside, not deleted).").arg(shown(targetPath)));
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return Error::io(tr("The folder %1 cannot be created.").arg(shown(targetInfo.absolutePath())));

    const QString staging = targetInfo.absolutePath() + QStringLiteral("/.%1.restoring-%2")
                                                            .arg(targetInfo.fileName())
                                                            .arg(QCoreApplication::applicationPid());
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging))
        return Error::io(tr("The folder %1 cannot be created.").arg(shown(staging)));
    auto cleanup = qScopeGuard([&] { QDir(staging).removeRecursively(); });

    const QString stagedDb = staging + QLatin1Char('/') + kDatabaseFileName;
    if (!QFile::copy(sourceDb, stagedDb))
        return Error::io(tr("The backup database %1 could not be copied. Is the disk full?").arg(shown(sourceDb)));
    QFile::setPermissions(stagedDb, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    BackupSummary summary;
    {
        auto staged = Database::open(stagedDb);
        if (!staged)
            return staged.error();
        auto blobs = copyReferencedBlobs(**staged, sourceDb + QStringLiteral(".blobs"), &summary.bytes);
        if (!blobs)
            return blobs.error();
        summary.blobs = *blobs;
        if (Status s = verifyCopy(**staged); !s)
            return s.error();
    }
    if (targetInfo.exists()) {
        const QString suffix = QStringLiteral(".replaced-%1").arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (Status s = moveAside(targetPath, suffix); !s)
            return s.error();
        if (movedAsideTo)
            *movedAsideTo = targetPath + suffix;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(stagedDb + suffix);
    if (!QDir().rename(stagedDb, targetPath))
        return Error::io(tr("The restored database could not be moved to %1.").arg(shown(targetPath)));
    if (QFileInfo::exists(stagedDb + QStringLiteral(".blobs")) && !QDir().rename(stagedDb + QStringLiteral(".blobs"), targetPath + QStringLiteral(".blobs")))
        return Error::io(tr("The restored documents could not be moved to %1.").arg(shown(targetPath + QStringLiteral(".blobs"))));
    summary.folder = targetInfo.absolutePath();
    summary.databaseFile = targetPath;
    summary.bytes += QFileInfo(targetPath).size();
    return summary;
}

} // namespace amtsdesk
