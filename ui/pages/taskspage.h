#pragma once

#include "startup/session.h"
#include "workflow/tasklist.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace amtsdesk::ui {

class TaskListModel;

// Meine Aufgaben: what waits for the person (also as deputy), soonest due first, and the steps
// they may take from here. The list is computed off the GUI thread.
class TasksPage : public QWidget {
    Q_OBJECT

public:
    // At most this many tasks are listed, the soonest due (a department's whole open work can
    // be hundreds of thousands of cases).
    static constexpr int kShown = 1000;

    explicit TasksPage(Session &session, QWidget *parent = nullptr);

    void reload();
    TaskListModel *model() const { return m_model; }
    // Takes the action (a workflow step, "done" for a resubmission…) on the task in model row
    // `row`; false (with a message shown) when refused.
    bool takeStep(int row, const QString &action, const QString &comment, const QJsonObject &fields);

signals:
    void loaded(int count);
    void stepTaken(const QString &message);

private:
    struct Loaded {
        QList<Task> tasks;
        bool more = false;
    };
    void showLoaded(Result<Loaded> result);
    void updateStepMenu();
    int currentRow() const;

    Session &m_session;
    TaskListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QToolButton *m_stepButton;
    QLabel *m_summary;
    int m_generation = 0;
};

} // namespace amtsdesk::ui
