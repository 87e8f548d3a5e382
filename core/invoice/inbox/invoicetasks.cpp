#include "invoice/inbox/invoicetasks.h"

#include "invoice/inbox/invoiceinbox.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace amtsdesk {

InvoiceTaskSource::InvoiceTaskSource(Database &db) : WorkflowTaskSource(db, InvoiceInbox::kItemType), m_db(db) {}

Result<int> InvoiceTaskSource::refreshDueDates(Database &db, QDate today)
{
    auto q = db.exec(QStringLiteral("SELECT i.id, v.due_date, v.skonti FROM workflow_items i JOIN invoices v ON "
                                    "v.workflow_item_id = i.id WHERE i.item_type = 'invoice' AND i.is_open = 1 AND "
                                    "i.due_date < ? AND i.due_date < v.due_date"),
                     {today.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> changes;
    while (q->next()) {
        QString next = q->value(1).toString();
        const QJsonArray skonti = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).array();
        for (const QJsonValue &s : skonti) {
            const QString deadline = s.toObject().value(QStringLiteral("deadline")).toString();
            if (deadline >= today.toString(Qt::ISODate) && deadline < next)
                next = deadline;
        }
        changes << qMakePair(q->value(0).toLongLong(), next);
    }
    q->finish();
    if (changes.isEmpty())
        return 0;
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    for (const auto &[id, due] : std::as_const(changes)) {
        if (auto r = db.exec(QStringLiteral("UPDATE workflow_items SET due_date = ? WHERE id = ?"), {due, id}); !r)
            return r.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(changes.size());
}

QString InvoiceTaskSource::scope(const Actor &actor, QVariantList &) const
{
    return InvoiceInbox::visibleTo(actor);
}

Result<QList<Task>> InvoiceTaskSource::tasksFor(const Actor &actor, QDate today, int limit) const
{
    if (auto moved = refreshDueDates(m_db, today); !moved)
        qWarning("Amtsdesk: the due dates of invoices could not be brought up to date: %s",
                 qPrintable(moved.error().message));
    // Tasks that only turn an invoice back are left out below: with a limit, twice as many are read.
    auto tasks = WorkflowTaskSource::tasksFor(actor, today, limit < 0 ? -1 : 2 * limit);
    if (!tasks)
        return tasks;
    static const QStringList turningBack{QStringLiteral("reject"), QStringLiteral("return_for_check")};
    QList<Task> result;
    for (const Task &task : std::as_const(*tasks)) {
        if (std::all_of(task.actions.cbegin(), task.actions.cend(),
                        [](const TaskAction &a) { return turningBack.contains(a.transition); }))
            continue;
        result << task;
    }
    return result;
}

Status InvoiceTaskSource::act(const Actor &actor, const Task &task, const QString &action, const QString &comment,
                              const QJsonObject &fields) const
{
    bool ok = false;
    const qint64 id = task.itemRef.toLongLong(&ok);
    if (!ok)
        return Error::internal(tr("The task names no invoice (\"%1\").").arg(task.itemRef));
    return InvoiceInbox(m_db).take(actor, InvoiceId(id), action, comment, fields, task.rowVersion);
}

} // namespace amtsdesk
