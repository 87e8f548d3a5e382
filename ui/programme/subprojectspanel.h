#pragma once

#include "programme/ideas.h"
#include "programme/subprojects.h"
#include "startup/session.h"
#include "workflow/workflowdefinition.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace amtsdesk::ui {

class SubProjectDialog;

// Teilprojekte: the sub-projects everyone may read, with the selected one's details, its status
// reports (newest first) and milestones. Whoever may edit it (an officer of its departments, the
// programme manager) changes its fields, writes a status report, adds and completes milestones
// and moves it to its next phase; officers and the programme manager create sub-projects. Every
// action goes through core, which checks the permission again.
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
    // Opens the dialog for a new sub-project (from the idea, when given) or for the selected one;
    // it saves through core and stays open on a refusal. nullptr when there is nothing to edit.
    // On saving, the list is read again, the sub-project selected and changed() emitted.
    SubProjectDialog *openNew(const std::optional<Idea> &idea = std::nullopt);
    SubProjectDialog *openEdit();
    // Whether core lets this person create a sub-project in any department.
    bool mayCreate() const;
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
    // done: the message for changed(), given the code saved.
    SubProjectDialog *openDialog(SubProjectDialog *dialog, const std::function<QString(const QString &)> &done);
    bool refuse(const QString &title, const Status &status);

    Session &m_session;
    QCheckBox *m_mine;
    QCheckBox *m_completed;
    QTableWidget *m_table;
    QLabel *m_details;
    QTableWidget *m_reports;
    QTableWidget *m_milestones;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_reportButton;
    QPushButton *m_milestoneButton;
    QPushButton *m_doneButton;
    QToolButton *m_phaseButton;
    QMenu *m_phaseMenu;
    QList<SubProject> m_shown;
    QList<Milestone> m_shownMilestones;
};

} // namespace amtsdesk::ui
