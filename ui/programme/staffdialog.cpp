#include "programme/staffdialog.h"

#include "dialogs/formdialog.h"
#include "dialogs/messagebox.h"
#include "programme/programmechoices.h"
#include "programme/programmepermissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace amtsdesk::ui {

StaffDialog::StaffDialog(Session &session, const std::optional<StaffMember> &member, QWidget *parent)
    : QDialog(parent), m_session(session), m_seen(member), m_name(new QLineEdit), m_department(new QComboBox),
      m_position(new QLineEdit), m_email(new QLineEdit), m_user(new QComboBox),
      m_active(new QCheckBox(tr("Still works here")))
{
    setWindowTitle(member ? tr("Member of staff: %1").arg(member->name) : tr("Add member of staff"));
    const DepartmentId current = member ? member->department : DepartmentId();
    // The departments whose training records this person keeps, and where the member is now.
    programmechoices::addDepartments(m_department, *m_session.db, [&](DepartmentId id) {
        return id == current || ProgrammePermissions::mayMaintainTraining(m_session.actor, id);
    });
    m_user->addItem(tr("none: does not use Amtsdesk"), QVariant());
    programmechoices::addUsers(m_user, *m_session.db);
    m_name->setMaxLength(200);
    m_position->setMaxLength(200);
    m_email->setMaxLength(200);
    m_position->setPlaceholderText(tr("e.g. Sachbearbeitung Wohngeld"));
    m_active->setToolTip(tr("Someone who left stays in the records of past sessions but no longer counts"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Amtsdesk &user:"), m_user);
    form->addRow(QString(), m_active);
    m_buttons = formdialog::saveOrCancel(*this, [this] { return save(); });
    form->addRow(m_buttons);
    formdialog::okOnlyWithText(m_buttons, m_name);

    if (member) {
        m_name->setText(member->name);
        programmechoices::selectData(m_department, member->department.value);
        m_position->setText(member->position);
        m_email->setText(member->email);
        if (member->user)
            programmechoices::selectData(m_user, member->user->value);
        m_active->setChecked(member->active);
    } else {
        programmechoices::selectData(m_department, m_session.actor.department.value);
        m_active->setChecked(true);
        m_active->hide();
    }
    resize(460, sizeHint().height());
}

QString StaffDialog::savedName() const
{
    return m_name->text().trimmed();
}

bool StaffDialog::save()
{
    Training training(*m_session.db);
    StaffMember changed;
    changed.name = m_name->text().trimmed();
    changed.department = DepartmentId(m_department->currentData().toLongLong());
    changed.position = m_position->text().trimmed();
    changed.email = m_email->text().trimmed();
    if (m_user->currentData().isValid())
        changed.user = UserId(m_user->currentData().toLongLong());
    changed.active = m_active->isChecked();
    Status saved;
    if (m_seen) {
        saved = training.updateStaff(m_session.actor, *m_seen, changed);
        if (saved)
            m_savedId = m_seen->id;
    } else {
        auto added = training.addStaff(m_session.actor, NewStaffMember{changed.name, changed.department,
                                                                       changed.position, changed.email, changed.user});
        if (added)
            m_savedId = *added;
        else
            saved = added.error();
    }
    if (!saved) {
        MessageBox::critical(this, windowTitle(), saved.error().message);
        return false;
    }
    return true;
}

} // namespace amtsdesk::ui
