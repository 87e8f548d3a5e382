#pragma once

#include "startup/session.h"

#include <QObject>
#include <QTimer>

namespace amtsdesk::ui {

// Makes the scheduled backup (BackupSchedule) while Amtsdesk is open: checks shortly after the
// start and then every few minutes whether one is due, and makes it on a worker thread with a
// connection of its own, so that work in the window goes on meanwhile.
class BackupScheduler : public QObject {
    Q_OBJECT

public:
    static constexpr int kCheckIntervalMs = 10 * 60 * 1000;

    explicit BackupScheduler(Session &session, QObject *parent = nullptr);

    // Starts the checks: the first after firstCheckMs, then every kCheckIntervalMs.
    void start(int firstCheckMs = 5000);
    // Starts a backup when one is due, or at once when forced ("Back up now"); false when none
    // was started (not due, none set up, or one under way).
    bool checkNow(bool force = false);
    bool isRunning() const { return m_running; }

signals:
    void started();
    // ok: written and verified; message: where it went, or what went wrong.
    void finished(bool ok, const QString &message);

private:
    Session &m_session;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace amtsdesk::ui
