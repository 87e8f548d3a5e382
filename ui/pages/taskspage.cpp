#include "pages/taskspage.h"

#include "background.h"
#include "dialogs/messagebox.h"
#include "dialogs/transitiondialog.h"
#include "models/tasklistmodel.h"
#include "tasks/standardtasks.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace amtsdesk::ui {

TasksPage::TasksPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new TaskListModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView), m_stepButton(new QToolButton), m_summary(new QLabel)
{
    auto *title = new QLabel(tr("<h2>My tasks</h2>"));
    m_summary->setWordWrap(true);
    auto *reloadButton = new QPushButton(tr("&Reload"));
    m_stepButton->setText(tr("&Take step"));
    m_stepButton->setPopupMode(QToolButton::InstantPopup);
    m_stepButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stepButton->setMenu(new QMenu(m_stepButton));
    m_stepButton->setEnabled(false);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TaskListModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskListModel::Due, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(TaskListModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TaskListModel::Steps, QHeaderView::Interactive);
    m_view->setAccessibleName(tr("My tasks"));

    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(m_stepButton);
    top->addWidget(reloadButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(reloadButton, &QPushButton::clicked, this, &TasksPage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TasksPage::updateStepMenu);
    connect(m_view, &QTableView::activated, this, [this] { m_stepButton->showMenu(); });
    reload();
}

void TasksPage::reload()
{
    const int generation = ++m_generation;
    m_summary->setText(tr("Loading…"));
    const Actor actor = m_session.actor;
    runInBackground<Loaded>(
        this, *m_session.db,
        [actor](Database &db) -> Result<Loaded> {
            bool more = false;
            auto tasks = standardTaskList(db).tasksFor(actor, kShown, &more);
            if (!tasks)
                return tasks.error();
            return Loaded{*tasks, more};
        },
        [this, generation](Result<Loaded> tasks) {
            // A newer reload may have started meanwhile; only its answer counts.
            if (generation == m_generation)
                showLoaded(std::move(tasks));
        });
}

void TasksPage::showLoaded(Result<Loaded> result)
{
    if (!result) {
        m_model->setTasks({});
        m_summary->setText(result.error().message.toHtmlEscaped());
        emit loaded(0);
        return;
    }
    int overdue = 0;
    for (const Task &t : std::as_const(result->tasks))
        overdue += t.overdue ? 1 : 0;
    const int count = int(result->tasks.size());
    const bool more = result->more;
    m_model->setTasks(std::move(result->tasks));
    m_view->resizeColumnToContents(TaskListModel::Due);
    m_view->resizeColumnToContents(TaskListModel::Kind);
    m_view->resizeColumnToContents(TaskListModel::State);
    if (count == 0)
        m_summary->setText(tr("Nothing waits for you."));
    else if (overdue > 0)
        m_summary->setText(tr("%n task(s) wait for you", nullptr, count) + QStringLiteral(", ")
                           + tr("<span style='color:#b00020'><b>%n overdue</b></span>", nullptr, overdue) + QLatin1Char('.'));
    else
        m_summary->setText(tr("%n task(s) wait for you", nullptr, count) + QLatin1Char('.'));
    if (more)
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("More wait: these are the %1 soonest due.").arg(QLocale().toString(count)));
    updateStepMenu();
    emit loaded(count);
}

int TasksPage::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void TasksPage::updateStepMenu()
{
    QMenu *menu = m_stepButton->menu();
    menu->clear();
    const int row = currentRow();
    m_stepButton->setEnabled(row >= 0);
    if (row < 0)
        return;
    const Task task = m_model->task(row);
    for (const TaskAction &action : task.actions) {
        menu->addAction(action.label, this, [this, task, action] {
            QString comment;
            QJsonObject fields;
            if (action.commentRequired || !action.requiredFields.isEmpty()) {
                TransitionDialog dialog(task, action, this);
                if (dialog.exec() != QDialog::Accepted)
                    return;
                comment = dialog.comment();
                fields = dialog.fields();
            }
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (m_model->task(r).workflowItem == task.workflowItem) {
                    takeStep(r, action.transition, comment, fields);
                    break;
                }
            }
        });
    }
}

bool TasksPage::takeStep(int row, const QString &action, const QString &comment, const QJsonObject &fields)
{
    const Task task = m_model->task(row);
    if (Status s = standardTaskList(*m_session.db).act(m_session.actor, task, action, comment, fields); !s) {
        MessageBox::critical(this, tr("Step not taken"), s.error().message);
        reload();
        return false;
    }
    emit stepTaken(tr("\"%1\": done.").arg(task.title));
    reload();
    return true;
}

} // namespace amtsdesk::ui
