#pragma once

#include "programme/training.h"
#include "startup/session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QTableWidget;

namespace amtsdesk::ui {

class StaffDialog;

// Personalverzeichnis: the staff of each department for training, whether or not they use
// Amtsdesk. The programme manager and a department's officer add and edit its members.
class StaffPanel : public QWidget {
    Q_OBJECT

public:
    explicit StaffPanel(Session &session, QWidget *parent = nullptr);
    // Reads the store; nothing is read before the first call.
    void reload();
    QTableWidget *table() const { return m_table; }
    QComboBox *departmentFilter() const { return m_department; }
    bool select(const QString &name);
    std::optional<StaffMember> current() const;

    // Open the dialog (window-modal); on saving the list is read again and changed() emitted.
    // openEdit: nullptr when nobody is selected or core would not let this person change them.
    StaffDialog *openAdd();
    StaffDialog *openEdit();

signals:
    void changed(const QString &message);

private:
    StaffDialog *openDialog(StaffDialog *dialog, const QString &message);
    void updateButtons();

    Session &m_session;
    QComboBox *m_department;
    QCheckBox *m_former;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QList<StaffMember> m_shown;
};

} // namespace amtsdesk::ui
