#pragma once

#include "workflow/tasklist.h"

#include <QAbstractTableModel>

namespace amtsdesk::ui {

// Meine Aufgaben as a table: due date (overdue marked), kind, title, state, for whom, steps.
class TaskListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Due, Kind, Title, State, OnBehalfOf, Steps, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setTasks(QList<Task> tasks);
    const Task &task(int row) const { return m_tasks.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Task> m_tasks;
};

} // namespace amtsdesk::ui
