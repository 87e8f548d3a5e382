#pragma once

#include "startup/session.h"

#include <QWidget>

class QTreeWidget;
class QTableWidget;

namespace amtsdesk::ui {

// Departments (Organisationseinheiten) as a tree and the people of the store with their roles.
class PeoplePage : public QWidget {
    Q_OBJECT

public:
    explicit PeoplePage(Session &session, QWidget *parent = nullptr);
    void reload();
    QTreeWidget *departmentTree() const { return m_departments; }
    QTableWidget *userTable() const { return m_users; }

private:
    Session &m_session;
    QTreeWidget *m_departments;
    QTableWidget *m_users;
};

} // namespace amtsdesk::ui
