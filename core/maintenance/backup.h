#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace amtsdesk {

class Database;

struct BackupSummary {
    QString folder;
    QString databaseFile;
    qint64 blobs = 0;
    qint64 bytes = 0;
};

struct RotatedBackup {
    BackupSummary summary;
    QStringList removed; // older backups removed once the new one had verified
};

// Online backup and restore of a whole store: the database and its blobs.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static inline const QString kDatabaseFileName = QStringLiteral("amtsdesk.sqlite");
    static inline const QString kRotationPrefix = QStringLiteral("amtsdesk-backup-");

    // Writes a consistent copy into the new folder dest while others keep working: a snapshot
    // of the database (VACUUM INTO, one read transaction), then every blob it references
    // (blobs are immutable, so the set is complete). The copy is verified before it is kept.
    static Result<BackupSummary> create(Database &db, const QString &dest);
    // A backup in a new sub-folder of folder named by its time (amtsdesk-backup-2026-03-02T093000Z,
    // UTC, so that names sort by time), then only the newest `keep` such backups stay. The new
    // one is written and verified first; older ones are removed only after that, so a failed
    // backup never costs an older one. Nothing else in the folder is touched.
    static Result<RotatedBackup> createRotated(Database &db, const QString &folder, int keep);
    // The complete backups createRotated wrote into folder, newest first.
    static QStringList rotatedBackups(const QString &folder);
    // Puts the backup in folder source in place of the store at target. An existing store is
    // only replaced when `replace` is set, and is then moved aside, never deleted.
    static Result<BackupSummary> restore(const QString &source, const QString &target, bool replace,
                                         QString *movedAsideTo = nullptr);
};

} // namespace amtsdesk
