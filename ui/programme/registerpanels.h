#pragma once

#include "programme/ideas.h"
#include "programme/training.h"
#include "startup/session.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace amtsdesk::ui {

// Schulungsquote: per department and required course, how many of the staff who must take it
// have, on a chosen day; shares below the goal stand out.
class TrainingPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrainingPanel(Session &session, QWidget *parent = nullptr);
    // Reads the store; nothing is read before the first call.
    void reload();
    QTableWidget *table() const { return m_table; }

private:
    Session &m_session;
    QDateEdit *m_day;
    QLabel *m_summary;
    QTableWidget *m_table;
};

// Ideenregister: suggestions with who brought them, from where and what became of them.
class IdeasPanel : public QWidget {
    Q_OBJECT

public:
    explicit IdeasPanel(Session &session, QWidget *parent = nullptr);
    // Reads the store; nothing is read before the first call.
    void reload();
    QTableWidget *table() const { return m_table; }

    // The actions behind the buttons (for tests); false with a message box when core refuses.
    bool record(const NewIdea &idea);
    bool decide(int row, IdeaStatus status, const QString &reason = {});

signals:
    void changed(const QString &message);

private:
    void askRecord();
    void updateButtons();

    Session &m_session;
    QTableWidget *m_table;
    QPushButton *m_recordButton;
    QPushButton *m_reviewButton;
    QPushButton *m_adoptButton;
    QPushButton *m_declineButton;
    QList<Idea> m_shown;
};

} // namespace amtsdesk::ui
