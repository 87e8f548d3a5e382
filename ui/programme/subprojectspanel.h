#pragma once

#include "programme/subprojects.h"
#include "startup/session.h"
#include "workflow/workflowdefinition.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace amtsdesk::ui {

// Teilprojekte: the sub-projects everyone may read, with the selected one's details, its status
// reports (newest first) and milestones. Whoever may edit it (an officer of its departments, the
// programme manager) writes a status report, adds and completes milestones and moves it to its
// next phase. Every action goes through core, which checks the permission again.
class SubProjectsPanel : public QWidget {
    Q_OBJECT

public:
    explicit SubProjectsPanel(Session &session, QWidget *parent = nullptr);

    // Reads the store; nothing is read before the first call.
    void reload();
    bool select(const QString &code);
    std::optional<SubProject> current() const;
    QTableWidget *table() const { return m_table; }
    QTableWidget *reportTable() const { return m_reports; }
    QTableWidget *milestoneTable() const { return m_milestones; }

    // The actions behind the buttons, with what the dialogs asked (for tests); each shows a
    // message box and returns false when core refuses.
    bool addStatusReport(const NewStatusReport &report);
    bool addMilestone(const QString &title, QDate due);
    bool completeMilestone(int row, QDate done = {});
    bool takePhaseStep(const QString &transition, const QString &comment);
    // The phase steps the person may take on the selected sub-project.
    QList<WorkflowTransition> phaseSteps() const;

signals:
    // Something was written: the overview should be drawn again.
    void changed(const QString &message);

private:
    void showCurrent();
    void askStatusReport();
    void askMilestone();
    void fillPhaseMenu();
    bool refuse(const QString &title, const Status &status);

    Session &m_session;
    QCheckBox *m_mine;
    QCheckBox *m_completed;
    QTableWidget *m_table;
    QLabel *m_details;
    QTableWidget *m_reports;
    QTableWidget *m_milestones;
    QPushButton *m_reportButton;
    QPushButton *m_milestoneButton;
    QPushButton *m_doneButton;
    QToolButton *m_phaseButton;
    QMenu *m_phaseMenu;
    QList<SubProject> m_shown;
    QList<Milestone> m_shownMilestones;
};

} // namespace amtsdesk::ui
