#pragma once

#include "startup/session.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace amtsdesk::ui {

// The first page: who you are here, your roles and deputyships, and the state of the store,
// with a check of the whole store that runs off the GUI thread, and how the last backup went
// (for administrators with the settings of the scheduled backup).
class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(Session &session, QWidget *parent = nullptr);

    void refresh();
    // Starts the full check of the store in the background.
    void verifyStore();
    // Opens the settings of the scheduled backup (administrators); true when they were changed.
    bool editBackupPlan();
    // While a backup is being made (BackupScheduler), the page says so.
    void setBackupRunning(bool running);
    QString backupText() const;

signals:
    void verificationFinished(bool ok);
    void backupRequested();

private:
    void showVerification(bool ok, const QStringList &lines);
    void showBackupState();

    Session &m_session;
    QLabel *m_greeting;
    QLabel *m_person;
    QLabel *m_deputies;
    QLabel *m_store;
    QLabel *m_verifyResult;
    QPushButton *m_verifyButton;
    QLabel *m_backup;
    QPushButton *m_backupSettingsButton;
    QPushButton *m_backupNowButton;
    bool m_backupRunning = false;
};

} // namespace amtsdesk::ui
