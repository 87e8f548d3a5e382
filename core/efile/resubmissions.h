#pragma once

#include "access/actor.h"
#include "efile/efiletypes.h"
#include "workflow/tasklist.h"

#include <QCoreApplication>

namespace amtsdesk {

class Database;

struct Resubmission {
    qint64 id = 0;
    CaseId caseId;
    QString caseTitle;
    UserId user;
    QString userName;
    QDate dueDate;
    QString reason;
    bool done = false;
};

// Wiedervorlagen: a case comes back to a person on a date, with a reason. Due ones are tasks.
class Resubmissions {
    Q_DECLARE_TR_FUNCTIONS(Resubmissions)

public:
    explicit Resubmissions(Database &db) : m_db(db) {}

    // For the actor themself, or (login given) for a colleague of the file's department.
    Result<qint64> add(const Actor &actor, CaseId caseId, QDate due, const QString &reason, const QString &forLogin = {});
    Status markDone(const Actor &actor, qint64 id);
    Result<QList<Resubmission>> forCase(const Actor &actor, CaseId caseId) const;
    // The open resubmissions of a person due on or before the day.
    Result<QList<Resubmission>> due(UserId user, QDate day) const;

private:
    Database &m_db;
};

// Due resubmissions on the task list, for the person they are for (or their deputy).
class ResubmissionTaskSource : public TaskSource {
    Q_DECLARE_TR_FUNCTIONS(ResubmissionTaskSource)

public:
    explicit ResubmissionTaskSource(Database &db) : m_db(db) {}
    QString itemType() const override { return QStringLiteral("resubmission"); }
    Result<QList<Task>> tasksFor(const Actor &actor, QDate today, int limit) const override;
    Status act(const Actor &actor, const Task &task, const QString &action, const QString &comment,
               const QJsonObject &fields) const override;

private:
    Database &m_db;
};

} // namespace amtsdesk
