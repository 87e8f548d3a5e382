#include "programme/staffpanel.h"

#include "access/accessservice.h"
#include "programme/programmechoices.h"
#include "programme/programmepermissions.h"
#include "programme/programmetables.h"
#include "programme/staffdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace amtsdesk::ui {

StaffPanel::StaffPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_department(new QComboBox),
      m_former(new QCheckBox(tr("Show those who left"))),
      m_table(programmetables::readOnly(
          {tr("Name"), tr("Department"), tr("Position"), tr("E-mail"), tr("Amtsdesk user"), tr("Works here")})),
      m_addButton(new QPushButton(tr("&Add member of staff…"))), m_editButton(new QPushButton(tr("&Edit…")))
{
    m_department->addItem(tr("All departments"), QVariant());
    programmechoices::addDepartments(m_department, *m_session.db);
    if (!m_session.actor.hasRole(Role::ProgrammeManager))
        programmechoices::selectData(m_department, m_session.actor.department.value);
    m_department->setAccessibleName(tr("Department"));
    m_table->setAccessibleName(tr("Staff directory"));
    // The programme manager adds anywhere, an officer in their departments (the dialog offers those).
    m_addButton->setEnabled(ProgrammePermissions::mayMaintainTraining(m_session.actor));
    m_addButton->setToolTip(tr("Also for staff who do not use Amtsdesk"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Department:")));
    controls->addWidget(m_department);
    controls->addWidget(m_former);
    controls->addStretch(1);
    controls->addWidget(m_addButton);
    controls->addWidget(m_editButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);

    connect(m_department, &QComboBox::currentIndexChanged, this, &StaffPanel::reload);
    connect(m_former, &QCheckBox::toggled, this, &StaffPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffPanel::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &StaffPanel::openEdit);
    connect(m_addButton, &QPushButton::clicked, this, &StaffPanel::openAdd);
    connect(m_editButton, &QPushButton::clicked, this, &StaffPanel::openEdit);
}

void StaffPanel::reload()
{
    const std::optional<StaffMember> before = current();
    const DepartmentId department(m_department->currentData().toLongLong());
    auto staff = Training(*m_session.db).staff(department, !m_former->isChecked());
    m_shown = staff ? *staff : QList<StaffMember>{};
    QHash<qint64, QString> logins;
    if (auto users = AccessService(*m_session.db).users(); users) {
        for (const User &u : std::as_const(*users))
            logins.insert(u.id.value, u.login);
    }
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_shown.size()));
    int selected = -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        const StaffMember &m = m_shown.at(row);
        programmetables::setRow(m_table, row,
                                {m.name, m.departmentCode, m.position, m.email,
                                 m.user ? logins.value(m.user->value) : QString(), m.active ? tr("yes") : tr("left")});
        if (before && before->id == m.id)
            selected = row;
    }
    m_table->resizeColumnsToContents();
    if (selected >= 0)
        m_table->selectRow(selected);
    else if (!m_shown.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

bool StaffPanel::select(const QString &name)
{
    return programmetables::selectFirst<StaffMember>(m_table, m_shown,
                                                     [&](const StaffMember &m) { return m.name == name; });
}

std::optional<StaffMember> StaffPanel::current() const
{
    return programmetables::selected(m_table, m_shown);
}

void StaffPanel::updateButtons()
{
    const std::optional<StaffMember> m = current();
    m_editButton->setEnabled(m && ProgrammePermissions::mayMaintainTraining(m_session.actor, m->department));
}

StaffDialog *StaffPanel::openAdd()
{
    return openDialog(new StaffDialog(m_session, std::nullopt, this), tr("%1 added to the staff directory."));
}

StaffDialog *StaffPanel::openEdit()
{
    const std::optional<StaffMember> m = current();
    if (!m || !ProgrammePermissions::mayMaintainTraining(m_session.actor, m->department))
        return nullptr;
    return openDialog(new StaffDialog(m_session, m, this), tr("The entry of %1 saved."));
}

StaffDialog *StaffPanel::openDialog(StaffDialog *dialog, const QString &message)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, message] {
        const QString name = dialog->savedName();
        reload();
        select(name);
        emit changed(message.arg(name));
    });
    dialog->open();
    return dialog;
}

} // namespace amtsdesk::ui
