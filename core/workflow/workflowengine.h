#pragma once

#include "access/actor.h"
#include "common/ids.h"
#include "workflow/workflowregistry.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace amtsdesk {

class Database;

// What an item type hands the engine when something starts its way through a workflow.
struct NewWorkflowItem {
    QString workflowKey;
    QString itemType; // e.g. "case", "invoice", "subproject"
    QString itemRef;  // the item's own id within its type
    QString title;
    DepartmentId department;
    QDate dueDate;
    QJsonObject fields;
};

struct WorkflowItem {
    WorkflowItemId id;
    QString workflowKey;
    int definitionVersion = 0;
    QString itemType;
    QString itemRef;
    QString title;
    DepartmentId department;
    QDate dueDate;
    QJsonObject fields;
    QString state;
    QDateTime stateSince;
    qint64 rowVersion = 0;
    QDateTime createdAt;
};

struct WorkflowHistoryEntry {
    qint64 id = 0;
    QString transition; // empty for the start
    QString fromState;
    QString toState;
    QString transitionLabel; // as people read them, from the item's definition; empty for the start
    QString toStateLabel;
    UserId actor;
    QString actorName;
    std::optional<UserId> onBehalfOf;
    QString onBehalfOfName;
    QDateTime at;
    QString comment;
    int definitionVersion = 0;
};

struct TransitionRequest {
    QString transition;
    QString comment;
    QJsonObject fields;                       // merged into the item's fields before the checks
    std::optional<qint64> expectedRowVersion; // the version the person saw; a newer one is a conflict
};

// Moves items through their workflows. Taking a transition is one transaction: permission
// (role, department, deputy), guards, the state change, the history row and the audit
// entry; on any failure the item stays exactly as it was and the error says why.
class WorkflowEngine {
    Q_DECLARE_TR_FUNCTIONS(WorkflowEngine)

public:
    explicit WorkflowEngine(Database &db) : m_db(db), m_registry(db) {}

    Result<WorkflowItemId> start(const Actor &actor, const NewWorkflowItem &item);
    // The item without any permission check: for the services that own the items.
    Result<WorkflowItem> item(WorkflowItemId id) const;
    // The item for a person: refused (and audited) when they may not see it.
    Result<WorkflowItem> item(const Actor &actor, WorkflowItemId id) const;
    Result<WorkflowItem> itemFor(const QString &itemType, const QString &itemRef) const;
    Result<QList<WorkflowHistoryEntry>> history(WorkflowItemId id) const;
    Result<WorkflowDefinition> definitionOf(const WorkflowItem &item) const;

    Result<WorkflowItem> take(const Actor &actor, WorkflowItemId id, const TransitionRequest &request);
    // Who may see an item at all, whatever its steps say: the program itself; the people of its
    // department and their deputies; in the invoice workflow also invoice checkers, payment
    // approvers and administrators, who work for every department (central intake, Kreiskasse);
    // in the sub-project workflow everyone, as the programme is open to all. The services owning
    // the items apply the same rules (InvoiceInbox::seesAll, FileService::mayRead); nobody acts
    // on what they may not see.
    static Status maySee(const Actor &actor, const WorkflowItem &item);
    static bool seesEveryDepartment(const Actor &actor, const QString &workflowKey);
    // Whether the actor may take the transition on the item now (guards on fields and comment
    // aside); the error says why not. takenBy: who took which transition on the item so far.
    Status mayTake(const Actor &actor, const WorkflowItem &item, const WorkflowTransition &transition,
                   const QMultiHash<QString, qint64> &takenBy) const;
    // Takes every system transition whose due date field (WorkflowTransition::dueField) holds
    // today or an earlier day, as the program's system actor: a case set aside for
    // resubmission comes back into work on its day. Returns how many items moved; an item
    // that cannot move is left as it is and reported in the error only if nothing else failed.
    Result<int> takeDueSteps(QDate today);
    // The transitions a person could take now (not the system's ones).
    Result<QList<WorkflowTransition>> available(const Actor &actor, const WorkflowItem &item) const;
    // Who took which transition on each item: transition key → user ids.
    Result<QHash<qint64, QMultiHash<QString, qint64>>> takenBy(const QList<qint64> &itemIds) const;

    WorkflowRegistry &registry() { return m_registry; }

    // From the columns of itemColumns(), starting at the column first.
    static WorkflowItem readItem(const QSqlQuery &query, int first = 0);
    static QString itemColumns();

private:
    Database &m_db;
    WorkflowRegistry m_registry;
};

} // namespace amtsdesk
