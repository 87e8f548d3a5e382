#include "maintenance/backupschedule.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/settings.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace amtsdesk {

namespace {

// The outcome of the last run, kept beside the plan in store_info.
const QString kLastAt = QStringLiteral("backup.last_at");
const QString kLastOk = QStringLiteral("backup.last_ok");
const QString kLastMessage = QStringLiteral("backup.last_message");
const QString kLastSuccess = QStringLiteral("backup.last_success_at");
const QString kRunningSince = QStringLiteral("backup.running_since");

QDateTime storedTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : fromStoredTimestamp(text);
}

} // namespace

BackupPlan BackupSchedule::plan() const
{
    BackupPlan p;
    p.folder = settings::backupFolder.from(m_db.storeInfo(settings::backupFolder.key()));
    p.intervalHours = settings::backupIntervalHours.from(m_db.storeInfo(settings::backupIntervalHours.key()));
    p.keep = settings::backupKeep.from(m_db.storeInfo(settings::backupKeep.key()));
    return p;
}

Status BackupSchedule::setPlan(const Actor &actor, const BackupPlan &plan)
{
    if (Status s = AccessService(m_db).require(actor, Role::Administrator,
                                               QT_TRANSLATE_NOOP("AccessService", "set up the scheduled backup"));
        !s)
        return s;
    const QString folder = plan.folder.trimmed();
    if (!folder.isEmpty() && QDir::isRelativePath(folder))
        return Error::invalid(tr("The backup folder must be given as a full path, not \"%1\".").arg(folder));
    if (!folder.isEmpty() &&
        QDir::cleanPath(QDir(folder).absolutePath())
            .startsWith(QDir::cleanPath(QFileInfo(m_db.path()).absoluteFilePath() + QStringLiteral(".blobs"))))
        return Error::invalid(tr("The backups cannot go inside the store's own documents folder."));
    if (plan.intervalHours < 1 || plan.intervalHours > 24 * 366)
        return Error::invalid(tr("A backup interval needs 1 to 8,784 hours; %1 is outside.").arg(plan.intervalHours));
    if (plan.keep < 1 || plan.keep > 1000)
        return Error::invalid(tr("Between 1 and 1,000 backups can be kept; %1 is outside.").arg(plan.keep));
    const BackupPlan old = this->plan();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    for (const auto &[key, value] :
         {std::pair{settings::backupFolder.key(), settings::backupFolder.toStored(folder)},
          std::pair{settings::backupIntervalHours.key(), settings::backupIntervalHours.toStored(plan.intervalHours)},
          std::pair{settings::backupKeep.key(), settings::backupKeep.toStored(plan.keep)}}) {
        if (Status s = m_db.setStoreInfo(key, value); !s)
            return s;
    }
    auto change = [](const QJsonValue &o, const QJsonValue &n) {
        return QJsonObject{{QStringLiteral("old"), o}, {QStringLiteral("new"), n}};
    };
    if (auto r = AuditLog(m_db).append(
            actor.record(QStringLiteral("backup.plan_changed"), QStringLiteral("store"), {},
                         QJsonObject{{QStringLiteral("folder"), change(old.folder, folder)},
                                     {QStringLiteral("interval_hours"), change(old.intervalHours, plan.intervalHours)},
                                     {QStringLiteral("keep"), change(old.keep, plan.keep)}}));
        !r)
        return r.error();
    return tx.commit();
}

BackupRun BackupSchedule::lastRun() const
{
    BackupRun run;
    run.at = storedTime(m_db.storeInfo(kLastAt));
    run.ok = m_db.storeInfo(kLastOk) == QStringLiteral("1");
    run.message = m_db.storeInfo(kLastMessage);
    run.lastSuccess = storedTime(m_db.storeInfo(kLastSuccess));
    return run;
}

bool BackupSchedule::isDue(const BackupPlan &plan, const BackupRun &last, const QDateTime &nowUtc)
{
    if (!plan.enabled())
        return false;
    if (last.at.isValid() && !last.ok && last.at.secsTo(nowUtc) < qint64(kRetryMinutes) * 60)
        return false;
    return !last.lastSuccess.isValid() || last.lastSuccess.secsTo(nowUtc) >= qint64(plan.intervalHours) * 3600;
}

bool BackupSchedule::isDue() const
{
    return isDue(plan(), lastRun(), m_db.clock().nowUtc());
}

Result<RotatedBackup> BackupSchedule::run()
{
    const BackupPlan p = plan();
    if (p.folder.isEmpty())
        return Error::invalid(tr("No backup folder is set up; an administrator sets it on the start page."));
    {
        // Only one Amtsdesk of the installation makes it; the claim lapses if that one dies.
        Transaction tx(m_db);
        if (!tx.status())
            return tx.status().error();
        const QDateTime since = storedTime(m_db.storeInfo(kRunningSince));
        const QDateTime now = m_db.clock().nowUtc();
        if (since.isValid() && since.secsTo(now) < qint64(kStaleClaimHours) * 3600 && since <= now)
            return Error::conflict(tr("Another Amtsdesk has been making the backup since %1.")
                                       .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)));
        if (Status s = m_db.setStoreInfo(kRunningSince, toStoredTimestamp(now)); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    Result<RotatedBackup> outcome = Backup::createRotated(m_db, p.folder, p.keep);
    (void)m_db.exec(QStringLiteral("DELETE FROM store_info WHERE key = ?"), {kRunningSince});
    (void)record(outcome);
    return outcome;
}

Status BackupSchedule::record(const Result<RotatedBackup> &outcome)
{
    const QString now = toStoredTimestamp(m_db.clock().nowUtc());
    auto system = AccessService(m_db).systemActor();
    if (!system)
        return system.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QList<std::pair<QString, QString>> values{
        {kLastAt, now},
        {kLastOk, outcome ? QStringLiteral("1") : QStringLiteral("0")},
        {kLastMessage, outcome ? outcome->summary.folder : outcome.error().message}};
    if (outcome)
        values.append({kLastSuccess, now});
    for (const auto &[key, value] : std::as_const(values)) {
        if (Status s = m_db.setStoreInfo(key, value); !s)
            return s;
    }
    QJsonObject details;
    if (outcome) {
        details.insert(QStringLiteral("folder"), outcome->summary.folder);
        details.insert(QStringLiteral("documents"), outcome->summary.blobs);
        details.insert(QStringLiteral("removed"), QJsonArray::fromStringList(outcome->removed));
    } else {
        details.insert(QStringLiteral("error"), outcome.error().message);
    }
    if (auto r = AuditLog(m_db).append(
            system->record(outcome ? QStringLiteral("backup.made") : QStringLiteral("backup.failed"),
                           QStringLiteral("store"), {}, details));
        !r)
        return r.error();
    return tx.commit();
}

} // namespace amtsdesk
