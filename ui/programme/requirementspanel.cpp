#include "programme/requirementspanel.h"

#include "dialogs/formdialog.h"
#include "dialogs/messagebox.h"
#include "programme/programmechoices.h"
#include "programme/programmepermissions.h"
#include "programme/programmetables.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace amtsdesk::ui {

namespace {

QString requiredOf(const CourseRequirement &r)
{
    if (!r.role.isEmpty()) {
        const std::optional<Role> role = Roles::fromKey(r.role);
        return RequirementsPanel::tr("everyone with the role \"%1\"").arg(role ? Roles::displayName(*role) : r.role);
    }
    return RequirementsPanel::tr("the staff of department %1").arg(r.departmentCode);
}

} // namespace

RequirementsPanel::RequirementsPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_table(programmetables::readOnly({tr("Course"), tr("Required of")})),
      m_addButton(new QPushButton(tr("&Require a course…"))), m_removeButton(new QPushButton(tr("Re&move")))
{
    m_table->setAccessibleName(tr("Required courses"));
    m_addButton->setEnabled(ProgrammePermissions::mayMaintainTraining(m_session.actor));
    auto *intro = new QLabel(tr("A required course counts in the coverage of every department whose staff must take "
                                "it: all its staff, or those whose Amtsdesk user holds the role."));
    intro->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_addButton);
    actions->addWidget(m_removeButton);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RequirementsPanel::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &RequirementsPanel::askRequirement);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeRequirement(m_table->currentRow()); });
}

void RequirementsPanel::reload()
{
    auto requirements = Training(*m_session.db).requirements();
    m_shown = requirements ? *requirements : QList<CourseRequirement>{};
    QHash<qint64, QString> titles;
    if (auto courses = Training(*m_session.db).courses(); courses) {
        for (const Course &c : std::as_const(*courses))
            titles.insert(c.id.value, c.title);
    }
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const CourseRequirement &r = m_shown.at(row);
        programmetables::setRow(m_table, row,
                                {r.courseCode + QStringLiteral(" ") + titles.value(r.course.value), requiredOf(r)});
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

bool RequirementsPanel::mayChange(const CourseRequirement &r) const
{
    return r.role.isEmpty() ? ProgrammePermissions::mayMaintainTraining(m_session.actor, r.department)
                            : ProgrammePermissions::mayRequireOfRole(m_session.actor);
}

void RequirementsPanel::updateButtons()
{
    const std::optional<CourseRequirement> chosen = programmetables::selected(m_table, m_shown);
    m_removeButton->setEnabled(chosen && mayChange(*chosen));
}

bool RequirementsPanel::addRequirement(CourseId course, DepartmentId department, const QString &role)
{
    if (auto id = Training(*m_session.db).addRequirement(m_session.actor, course, department, role); !id) {
        MessageBox::critical(this, tr("Require a course"), id.error().message);
        return false;
    }
    reload();
    emit changed(tr("Course requirement added."));
    return true;
}

bool RequirementsPanel::removeRequirement(int row)
{
    if (row < 0 || row >= m_shown.size())
        return false;
    const CourseRequirement r = m_shown.at(row);
    if (Status s = Training(*m_session.db).removeRequirement(m_session.actor, r.id); !s) {
        MessageBox::critical(this, tr("Remove requirement"), s.error().message);
        return false;
    }
    reload();
    emit changed(tr("%1 is no longer required of %2.").arg(r.courseCode, requiredOf(r)));
    return true;
}

void RequirementsPanel::askRequirement()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Require a course"));
    auto *course = new QComboBox;
    if (auto courses = Training(*m_session.db).courses(); courses) {
        for (const Course &c : std::as_const(*courses))
            course->addItem(c.code + QStringLiteral(" ") + c.title, c.id.value);
    }
    auto *byDepartment = new QRadioButton(tr("Of the staff of a &department:"));
    auto *byRole = new QRadioButton(tr("Of everyone with a &role:"));
    auto *group = new QButtonGroup(&dialog);
    group->addButton(byDepartment);
    group->addButton(byRole);
    auto *department = new QComboBox;
    programmechoices::addDepartments(department, *m_session.db, [this](DepartmentId id) {
        return ProgrammePermissions::mayMaintainTraining(m_session.actor, id);
    });
    programmechoices::selectData(department, m_session.actor.department.value);
    auto *role = new QComboBox;
    for (const Role r : Roles::all())
        role->addItem(Roles::displayName(r), Roles::key(r));
    byDepartment->setChecked(true);
    const bool roles = ProgrammePermissions::mayRequireOfRole(m_session.actor);
    byRole->setEnabled(roles);
    if (!roles)
        byRole->setToolTip(tr("A course required of a role reaches every department: the programme manager sets it"));
    role->setEnabled(false);
    connect(byRole, &QRadioButton::toggled, role, &QComboBox::setEnabled);
    connect(byDepartment, &QRadioButton::toggled, department, &QComboBox::setEnabled);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Course:"), course);
    form->addRow(byDepartment, department);
    form->addRow(byRole, role);
    QDialogButtonBox *buttons = formdialog::saveOrCancel(dialog, [&] {
        const CourseId id(course->currentData().toLongLong());
        return byRole->isChecked()
                   ? addRequirement(id, {}, role->currentData().toString())
                   : addRequirement(id, DepartmentId(department->currentData().toLongLong()), QString());
    });
    form->addRow(buttons);
    dialog.exec();
}

} // namespace amtsdesk::ui
