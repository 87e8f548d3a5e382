#pragma once

#include "programme/training.h"
#include "startup/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace amtsdesk::ui {

// A member of staff in the training directory, new or as the person saw them: name, department,
// position, e-mail, the Amtsdesk user where they have one, and whether they still work here. OK
// saves through core; a refusal or a conflict is shown and the dialog stays open.
class StaffDialog : public QDialog {
    Q_OBJECT

public:
    explicit StaffDialog(Session &session, const std::optional<StaffMember> &member = std::nullopt,
                         QWidget *parent = nullptr);

    // false, with a message box naming the problem, when core refuses.
    bool save();
    StaffId savedId() const { return m_savedId; }
    QString savedName() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *departmentBox() const { return m_department; }
    QLineEdit *positionEdit() const { return m_position; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *userBox() const { return m_user; }
    QCheckBox *activeBox() const { return m_active; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    Session &m_session;
    std::optional<StaffMember> m_seen;
    QLineEdit *m_name;
    QComboBox *m_department;
    QLineEdit *m_position;
    QLineEdit *m_email;
    QComboBox *m_user;
    QCheckBox *m_active;
    QDialogButtonBox *m_buttons;
    StaffId m_savedId;
};

} // namespace amtsdesk::ui
