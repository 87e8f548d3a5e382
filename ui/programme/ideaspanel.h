#pragma once

#include "programme/ideas.h"
#include "startup/session.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace amtsdesk::ui {

// Ideenregister: suggestions with who brought them, from where and what became of them. The
// programme manager or the department's officer decides on them; an adopted idea is turned into
// a sub-project that remembers it.
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
    // "Turn into sub-project…": asks for the sub-project (subProjectWanted); false when the row
    // is no adopted idea without a sub-project.
    bool turnIntoSubProject(int row);

signals:
    void changed(const QString &message);
    // The sub-project dialog should open, filled in from this idea.
    void subProjectWanted(const amtsdesk::Idea &idea);

private:
    void askRecord();
    void updateButtons();

    Session &m_session;
    QTableWidget *m_table;
    QPushButton *m_recordButton;
    QPushButton *m_reviewButton;
    QPushButton *m_adoptButton;
    QPushButton *m_declineButton;
    QPushButton *m_subProjectButton;
    QList<Idea> m_shown;
};

} // namespace amtsdesk::ui
