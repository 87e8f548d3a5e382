#pragma once

#include "programme/training.h"
#include "startup/session.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace amtsdesk::ui {

// Pflichtschulungen: which course a department's staff, or a role's holders, must take. The
// programme manager sets any; a digitalisation officer those of their departments.
class RequirementsPanel : public QWidget {
    Q_OBJECT

public:
    explicit RequirementsPanel(Session &session, QWidget *parent = nullptr);
    // Reads the store; nothing is read before the first call.
    void reload();
    QTableWidget *table() const { return m_table; }

    // The actions behind the buttons (for tests); false with a message box when core refuses.
    // Exactly one of department and role.
    bool addRequirement(CourseId course, DepartmentId department, const QString &role);
    bool removeRequirement(int row);

signals:
    void changed(const QString &message);

private:
    void askRequirement();
    void updateButtons();
    bool mayChange(const CourseRequirement &requirement) const;

    Session &m_session;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QList<CourseRequirement> m_shown;
};

} // namespace amtsdesk::ui
