#include "pages/peoplepage.h"

#include "access/accessservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace amtsdesk::ui {

PeoplePage::PeoplePage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_departments(new QTreeWidget), m_users(new QTableWidget)
{
    auto *title = new QLabel(tr("<h2>People and departments</h2>"));
    m_departments->setHeaderLabels({tr("Code"), tr("Department")});
    m_departments->setColumnWidth(0, 80);
    m_users->setColumnCount(4);
    m_users->setHorizontalHeaderLabels({tr("Name"), tr("Login"), tr("Department"), tr("Roles")});
    m_users->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_users->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_users->setAlternatingRowColors(true);
    m_users->verticalHeader()->hide();
    m_users->horizontalHeader()->setStretchLastSection(true);
    m_users->setSortingEnabled(true);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_departments);
    splitter->addWidget(m_users);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(splitter, 1);
    reload();
}

void PeoplePage::reload()
{
    AccessService access(*m_session.db);
    m_departments->clear();
    if (auto departments = access.departments(); departments) {
        QHash<qint64, QTreeWidgetItem *> items;
        for (const Department &d : *departments) {
            auto *item = new QTreeWidgetItem({d.code, d.name});
            items.insert(d.id.value, item);
        }
        for (const Department &d : *departments) {
            QTreeWidgetItem *parent = items.value(d.parent.value);
            if (parent)
                parent->addChild(items.value(d.id.value));
            else
                m_departments->addTopLevelItem(items.value(d.id.value));
        }
        m_departments->expandAll();
        m_departments->resizeColumnToContents(0);
    }
    m_users->setSortingEnabled(false);
    m_users->setRowCount(0);
    if (auto users = access.users(); users) {
        m_users->setRowCount(int(users->size()));
        for (int row = 0; row < users->size(); ++row) {
            const User &u = users->at(row);
            QStringList roles;
            for (Role role : u.roles)
                roles << Roles::displayName(role);
            const QStringList cells{u.displayName, u.login, u.departmentCode, roles.join(QStringLiteral(", "))};
            for (int column = 0; column < cells.size(); ++column)
                m_users->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_users->resizeColumnsToContents();
    m_users->setSortingEnabled(true);
    m_users->sortByColumn(0, Qt::AscendingOrder);
}

} // namespace amtsdesk::ui
