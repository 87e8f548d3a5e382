#pragma once

#include "workflow/tasklist.h"

namespace amtsdesk {

// Invoices on Meine Aufgaben: the steps of the invoice workflow the person may take, due by
// the next Skonto deadline while one lies ahead and by the payment due date after it. Steps
// taken from the list go through InvoiceInbox, with its checks (account assignment).
class InvoiceTaskSource : public WorkflowTaskSource {
    Q_DECLARE_TR_FUNCTIONS(InvoiceTaskSource)

public:
    explicit InvoiceTaskSource(Database &db);
    Result<QList<Task>> tasksFor(const Actor &actor, QDate today) const override;
    Status act(const Actor &actor, const Task &task, const QString &action, const QString &comment,
               const QJsonObject &fields) const override;

    // Moves the due date of open invoices whose Skonto deadline passed to the next deadline
    // or the payment due date; returns how many changed.
    static Result<int> refreshDueDates(Database &db, QDate today);

private:
    Database &m_db;
};

} // namespace amtsdesk
