#include "models/tasklistmodel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace amtsdesk::ui {

void TaskListModel::setTasks(QList<Task> tasks)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    endResetModel();
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const Task &t = m_tasks.at(index.row());
    if (role == SortRole && index.column() == Due)
        return t.dueDate.isValid() ? t.dueDate.toString(Qt::ISODate) : QStringLiteral("9999");
    if (role == Qt::ForegroundRole && t.overdue && index.column() == Due)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::FontRole && t.overdue && index.column() == Due) {
        QFont font = QGuiApplication::font();
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == Due && t.overdue)
        return tr("Overdue");
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Due:
        if (!t.dueDate.isValid())
            return QString();
        return t.overdue ? tr("%1 (overdue)").arg(QLocale().toString(t.dueDate, QLocale::ShortFormat))
                         : QLocale().toString(t.dueDate, QLocale::ShortFormat);
    case Kind: return t.kind;
    case Title: return t.title;
    case State: return t.state;
    case OnBehalfOf: return t.onBehalfOf ? tr("i.V. %1").arg(t.onBehalfOfName) : QString();
    case Steps: {
        QStringList labels;
        for (const TaskAction &a : t.actions)
            labels << a.label;
        return labels.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due: return tr("Due");
    case Kind: return tr("Kind");
    case Title: return tr("Title");
    case State: return tr("State");
    case OnBehalfOf: return tr("For");
    case Steps: return tr("Possible steps");
    default: return {};
    }
}

} // namespace amtsdesk::ui
