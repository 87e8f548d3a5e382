#pragma once

#include "workflow/tasklist.h"

namespace amtsdesk {

// Invoices on Meine Aufgaben: the steps of the invoice workflow the person may take on the
// invoices they may see, due by the next Skonto deadline while one lies ahead and by the
// payment due date after it. An invoice whose only steps would turn it back (reject, return
// for checking) is not work waiting for the person and stays off the list; it is in the
// inbox. Steps taken from the list go through InvoiceInbox, with its checks.
class InvoiceTaskSource : public WorkflowTaskSource {
    Q_DECLARE_TR_FUNCTIONS(InvoiceTaskSource)

public:
    explicit InvoiceTaskSource(Database &db);
    Result<QList<Task>> tasksFor(const Actor &actor, QDate today, int limit) const override;
    Status act(const Actor &actor, const Task &task, const QString &action, const QString &comment,
               const QJsonObject &fields) const override;

    // Moves the due date of open invoices whose Skonto deadline passed to the next deadline
    // or the payment due date; returns how many changed.
    static Result<int> refreshDueDates(Database &db, QDate today);

protected:
    // Only the invoices the actor may see: their departments', unless a central role.
    QString scope(const Actor &actor, QVariantList &params) const override;

private:
    Database &m_db;
};

} // namespace amtsdesk
