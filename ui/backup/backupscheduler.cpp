#include "backup/backupscheduler.h"

#include "background.h"

#include "maintenance/backupschedule.h"

#include <QDir>

namespace amtsdesk::ui {

BackupScheduler::BackupScheduler(Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkNow(); });
}

void BackupScheduler::start(int firstCheckMs)
{
    QTimer::singleShot(firstCheckMs, this, [this] { checkNow(); });
    m_timer.start();
}

bool BackupScheduler::checkNow(bool force)
{
    if (m_running)
        return false;
    BackupSchedule schedule(*m_session.db);
    if (!schedule.plan().enabled() || (!force && !schedule.isDue()))
        return false;
    m_running = true;
    emit started();
    runInBackground<RotatedBackup>(
        this, *m_session.db, [](Database &db) { return BackupSchedule(db).run(); },
        [this](Result<RotatedBackup> outcome) {
            m_running = false;
            emit finished(outcome.ok(),
                          outcome ? QDir::toNativeSeparators(outcome->summary.folder) : outcome.error().message);
        });
    return true;
}

} // namespace amtsdesk::ui
