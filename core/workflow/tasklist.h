#pragma once

#include "access/actor.h"
#include "common/ids.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace amtsdesk {

class Database;
class WorkflowEngine;
struct WorkflowItem;

// A step someone could take on a task from the task list.
struct TaskAction {
    QString transition;
    QString label;
    bool commentRequired = false;
    QStringList requiredFields;
};

// Something waiting for a person: a workflow item whose next step they may take, a due
// resubmission, an overdue milestone…
struct Task {
    QString itemType;
    QString itemRef;
    WorkflowItemId workflowItem; // invalid when the task is not a workflow step
    qint64 rowVersion = 0;       // what the person saw, for conflict detection
    QString title;
    QString kind;  // the item type in words
    QString state; // the state in words
    QDate dueDate;
    bool overdue = false;
    std::optional<UserId> onBehalfOf; // waiting for the person as deputy ("i.V.")
    QString onBehalfOfName;
    QList<TaskAction> actions;
};

// How an item type puts its tasks on the list ("Meine Aufgaben") and carries out the steps
// taken from there; one per item type.
class TaskSource {
public:
    virtual ~TaskSource() = default;
    virtual QString itemType() const = 0;
    // Everything of this type waiting for the actor (with the actor's roles and departments);
    // with a limit (not -1), at least the limit soonest due of them where there are as many (a
    // source with few tasks may give all).
    virtual Result<QList<Task>> tasksFor(const Actor &actor, QDate today, int limit) const = 0;
    virtual bool handles(const Task &task) const { return task.itemType == itemType(); }
    // Takes one of the task's actions as the actor (already acting as deputy where the task says so).
    virtual Status act(const Actor &actor, const Task &task, const QString &action, const QString &comment,
                       const QJsonObject &fields) const = 0;
};

// The tasks of workflow items: items whose current state has a step the actor may take. Every
// item type that moves through a workflow appears through this one source; itemType limits
// it to one type (empty: all). Listing takes the system steps that have come due first
// (WorkflowEngine::takeDueSteps).
class WorkflowTaskSource : public TaskSource {
    Q_DECLARE_TR_FUNCTIONS(WorkflowTaskSource)

public:
    // itemType empty: every type but those in otherwise (item types with a source of their own).
    explicit WorkflowTaskSource(Database &db, QString itemType = {}, QStringList otherwise = {});
    QString itemType() const override { return m_itemType; }
    Result<QList<Task>> tasksFor(const Actor &actor, QDate today, int limit) const override;
    bool handles(const Task &task) const override;
    Status act(const Actor &actor, const Task &task, const QString &action, const QString &comment,
               const QJsonObject &fields) const override;

protected:
    // More conditions on the items (alias i) that could wait for the actor, as SQL starting with
    // " AND", with their parameters: a source that knows who may see its items narrows here.
    virtual QString scope(const Actor &actor, QVariantList &params) const;

private:
    // " AND (…)": the workflow states (by version) where some step could be the actor's, with
    // their parameters appended to params; empty when there is none.
    Result<QString> candidateStates(const Actor &actor, QVariantList &params) const;
    // The tasks among items: their steps the actor may take now (four eyes included).
    Result<QList<Task>> tasksAmong(const Actor &actor, QDate today, const QList<WorkflowItem> &items) const;

    Database &m_db;
    QString m_itemType;
    QStringList m_otherwise;
};

// Meine Aufgaben: every registered source, for the actor and for everyone the actor stands in
// for today, sorted by due date (undated last). With a limit, the soonest due of them.
class TaskList {
    Q_DECLARE_TR_FUNCTIONS(TaskList)

public:
    explicit TaskList(Database &db) : m_db(db) {}
    void addSource(std::shared_ptr<TaskSource> source) { m_sources << std::move(source); }
    // limit -1: every task; else at most limit, with *more saying whether there are others.
    Result<QList<Task>> tasksFor(const Actor &actor, int limit = -1, bool *more = nullptr) const;
    // Takes an action of a task from the list: as the deputy where the task is marked i.V.
    Status act(const Actor &actor, const Task &task, const QString &action, const QString &comment = {},
               const QJsonObject &fields = {}) const;

private:
    Database &m_db;
    QList<std::shared_ptr<TaskSource>> m_sources;
};

} // namespace amtsdesk
