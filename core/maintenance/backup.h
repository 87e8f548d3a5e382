#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace amtsdesk {

class Database;

struct BackupSummary {
    QString folder;
    QString databaseFile;
    qint64 blobs = 0;
    qint64 bytes = 0;
};

// Online backup and restore of a whole store: the database and its blobs.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static inline const QString kDatabaseFileName = QStringLiteral("amtsdesk.sqlite");

    // Writes a consistent copy into the new folder dest while others keep working: a snapshot
    // of the database (VACUUM INTO, one read transaction), then every blob it references
    // (blobs are immutable, so the set is complete). The copy is verified before it is kept.
    static Result<BackupSummary> create(Database &db, const QString &dest);
    // Puts the backup in folder source in place of the store at target. An existing store is
    // only replaced when `replace` is set, and is then moved aside, never deleted.
    static Result<BackupSummary> restore(const QString &source, const QString &target, bool replace,
                                         QString *movedAsideTo = nullptr);
};

} // namespace amtsdesk
