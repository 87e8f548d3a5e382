#include "programme/trainingtabs.h"

#include "programme/coursespanel.h"
#include "programme/requirementspanel.h"
#include "programme/staffpanel.h"
#include "programme/trainingpanel.h"

namespace amtsdesk::ui {

TrainingTabs::TrainingTabs(Session &session, QWidget *parent)
    : QTabWidget(parent), m_coverage(new TrainingPanel(session)), m_staff(new StaffPanel(session)),
      m_courses(new CoursesPanel(session)), m_requirements(new RequirementsPanel(session))
{
    setDocumentMode(true);
    addTab(m_coverage, tr("Coverage"));
    addTab(m_staff, tr("Staff"));
    addTab(m_courses, tr("Courses and attendance"));
    addTab(m_requirements, tr("Required courses"));
    const auto follow = [this](const QString &message) {
        m_coverage->reload();
        emit changed(message);
    };
    connect(m_staff, &StaffPanel::changed, this, follow);
    connect(m_courses, &CoursesPanel::changed, this, follow);
    connect(m_requirements, &RequirementsPanel::changed, this, follow);
    // A new member of staff is someone whose attendance can be ticked; a new course can be required.
    connect(m_staff, &StaffPanel::changed, m_courses, &CoursesPanel::reload);
    connect(m_courses, &CoursesPanel::changed, m_requirements, &RequirementsPanel::reload);
}

void TrainingTabs::reload()
{
    m_coverage->reload();
    m_staff->reload();
    m_courses->reload();
    m_requirements->reload();
}

} // namespace amtsdesk::ui
