#pragma once

#include "programme/programmereport.h"
#include "startup/session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;

namespace amtsdesk::ui {

class IdeasPanel;
class ProgrammeDashboard;
class ServicesPanel;
class SubProjectsPanel;
class TrainingTabs;

// Programm: what the digitalisation officers and the programme manager track. The overview
// shows the dashboard for a day and a department or the whole programme and exports it as the
// status report (PDF or HTML, the same code as amtsdesk-cli programme report); the other tabs
// list the sub-projects, the OZG services, the training (coverage, staff, courses with their
// sessions and attendance, required courses) and the ideas, and take the officer's and the
// programme manager's steps on them. Everyone may read; core decides who may change what.
class ProgrammePage : public QWidget {
    Q_OBJECT

public:
    explicit ProgrammePage(Session &session, QWidget *parent = nullptr);

    // Reads the store; nothing is read before the first call.
    void reload();
    const ProgrammeReportData &data() const { return m_data; }
    ProgrammeDashboard *dashboard() const { return m_dashboard; }
    SubProjectsPanel *subProjects() const { return m_subProjects; }
    ServicesPanel *services() const { return m_services; }
    TrainingTabs *training() const { return m_training; }
    IdeasPanel *ideas() const { return m_ideas; }
    QTabWidget *tabs() const { return m_tabs; }
    void setScope(QDate day, DepartmentId department);

    // Asks where to save and writes the status report; false when cancelled or it failed.
    bool exportReport(bool pdf);

signals:
    void message(const QString &text);
    // The overview was gathered (or failed) after reload().
    void loaded(bool ok);

private:
    void reloadOverview();

    Session &m_session;
    QComboBox *m_scope;
    QDateEdit *m_day;
    QLabel *m_state;
    QTabWidget *m_tabs;
    ProgrammeDashboard *m_dashboard;
    SubProjectsPanel *m_subProjects;
    ServicesPanel *m_services;
    TrainingTabs *m_training;
    IdeasPanel *m_ideas;
    ProgrammeReportData m_data;
    int m_generation = 0;
};

} // namespace amtsdesk::ui
