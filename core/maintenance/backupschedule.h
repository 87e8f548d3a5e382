#pragma once

#include "access/actor.h"
#include "maintenance/backup.h"

#include <QCoreApplication>
#include <QDateTime>

namespace amtsdesk {

class Database;

// Where, how often and how many: the scheduled backup an administrator sets up.
struct BackupPlan {
    QString folder; // empty: no scheduled backup
    int intervalHours = 24;
    int keep = 7;
    bool enabled() const { return !folder.isEmpty() && intervalHours > 0 && keep > 0; }
};

// How the last backup went, whoever made it (a workstation's Amtsdesk, or a timer running
// `amtsdesk-cli backup DEST --rotate N`).
struct BackupRun {
    QDateTime at; // when it ended (UTC); invalid: never
    bool ok = false;
    QString message;       // where it went, or what went wrong
    QDateTime lastSuccess; // the last one that was written and verified; invalid: none
};

// The scheduled backup of an installation. Plan and outcome live in the store (settings.h:
// StoreSetting), which every user shares: every Amtsdesk sees them, and whichever finds the
// backup due first makes it while the others see that one is under way.
class BackupSchedule {
    Q_DECLARE_TR_FUNCTIONS(BackupSchedule)

public:
    // After a failure the next attempt waits this long, so that a missing folder is not tried
    // on every check.
    static constexpr int kRetryMinutes = 60;
    // A backup under way for longer than this is taken to have died with its program.
    static constexpr int kStaleClaimHours = 6;

    explicit BackupSchedule(Database &db) : m_db(db) {}

    BackupPlan plan() const;
    // Administrators only; the change is audited.
    Status setPlan(const Actor &actor, const BackupPlan &plan);
    BackupRun lastRun() const;

    // Due when set up, the interval has passed since the last success (or there was none), and
    // no attempt failed in the last kRetryMinutes.
    static bool isDue(const BackupPlan &plan, const BackupRun &last, const QDateTime &nowUtc);
    bool isDue() const;

    // Makes the backup into the plan's folder (Backup::createRotated) and records the outcome,
    // a failure too. Refused as a conflict while another Amtsdesk is making one.
    Result<RotatedBackup> run();
    // Records a backup's outcome as the last run: in the store and in the audit trail.
    Status record(const Result<RotatedBackup> &outcome);

private:
    Database &m_db;
};

} // namespace amtsdesk
