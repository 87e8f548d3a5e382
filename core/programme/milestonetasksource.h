#pragma once

#include "common/result.h"
#include "workflow/tasklist.h"

#include <QCoreApplication>

namespace amtsdesk {

class Database;

// Overdue milestones on Meine Aufgaben, for the lead of the sub-project (or their deputy).
class MilestoneTaskSource : public TaskSource {
    Q_DECLARE_TR_FUNCTIONS(MilestoneTaskSource)

public:
    explicit MilestoneTaskSource(Database &db) : m_db(db) {}
    QString itemType() const override { return QStringLiteral("milestone"); }
    Result<QList<Task>> tasksFor(const Actor &actor, QDate today, int limit) const override;
    // "done" marks it reached today.
    Status act(const Actor &actor, const Task &task, const QString &action, const QString &comment,
               const QJsonObject &fields) const override;

private:
    Database &m_db;
};

} // namespace amtsdesk
