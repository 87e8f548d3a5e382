#pragma once

#include "startup/session.h"

#include <QTabWidget>

namespace amtsdesk::ui {

class CoursesPanel;
class RequirementsPanel;
class StaffPanel;
class TrainingPanel;

// Qualifizierung, the Training tab of the programme page: the coverage per department, the
// staff directory, courses with their sessions and attendance, and the required courses. A
// change in any of them draws the coverage again.
class TrainingTabs : public QTabWidget {
    Q_OBJECT

public:
    explicit TrainingTabs(Session &session, QWidget *parent = nullptr);
    // Reads the store; nothing is read before the first call.
    void reload();
    TrainingPanel *coverage() const { return m_coverage; }
    StaffPanel *staff() const { return m_staff; }
    CoursesPanel *courses() const { return m_courses; }
    RequirementsPanel *requirements() const { return m_requirements; }

signals:
    void changed(const QString &message);

private:
    TrainingPanel *m_coverage;
    StaffPanel *m_staff;
    CoursesPanel *m_courses;
    RequirementsPanel *m_requirements;
};

} // namespace amtsdesk::ui
