#pragma once

#include "startup/session.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace amtsdesk::ui {

// The first page: who you are here, your roles and deputyships, and the state of the store,
// with a check of the whole store that runs off the GUI thread.
class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(Session &session, QWidget *parent = nullptr);

    void refresh();
    // Starts the full check of the store in the background.
    void verifyStore();

signals:
    void verificationFinished(bool ok);

private:
    void showVerification(bool ok, const QStringList &lines);

    Session &m_session;
    QLabel *m_greeting;
    QLabel *m_person;
    QLabel *m_deputies;
    QLabel *m_store;
    QLabel *m_verifyResult;
    QPushButton *m_verifyButton;
};

} // namespace amtsdesk::ui
