#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "programme/programmetypes.h"
#include "workflow/tasklist.h"

#include <QCoreApplication>

namespace amtsdesk {

class Database;

// What a person enters for a sub-project; on update every field is replaced.
struct SubProjectDraft {
    QString code;
    QString title;
    ProgrammeArea area = ProgrammeArea::Other;
    QString description;
    UserId lead;
    DepartmentId department; // sponsoring
    QList<DepartmentId> participating;
    QList<SubProjectId> dependsOn;
    QDate plannedStart, plannedEnd, forecastStart, forecastEnd;
    Decimal budgetPlanned, budgetSpent;
    QString risks;
    FileId file;
    IdeaId idea; // the suggestion it carries on (set by Ideas::turnIntoSubProject)
};

struct NewStatusReport {
    QDate date; // the day it reports on; today when invalid
    TrafficLight trafficLight = TrafficLight::None;
    int progress = 0;
    QString text; // what happened, what comes, and for amber or red the reason
};

struct SubProjectFilter {
    DepartmentId department; // sponsoring or participating; invalid: all
    std::optional<ProgrammeArea> area;
    std::optional<TrafficLight> trafficLight;
    bool includeCompleted = true;
};

// Teilprojekte of the digitalisation programme, their milestones and status reports.
// Everyone may read; a digitalisation officer edits the sub-projects their departments sponsor,
// the programme manager edits all. The phase is the sub-project's workflow state ("subproject"
// workflow), moved through WorkflowEngine like any other item. Every change is audited.
class SubProjects {
    Q_DECLARE_TR_FUNCTIONS(SubProjects)

public:
    static inline const QString kItemType = QStringLiteral("subproject");

    explicit SubProjects(Database &db) : m_db(db) {}

    // Creates it and starts it in its workflow (phase "idea").
    Result<SubProjectId> create(const Actor &actor, const SubProjectDraft &draft);
    // expectedRowVersion: the version the person saw; a newer one is a conflict.
    Status update(const Actor &actor, SubProjectId id, const SubProjectDraft &draft, qint64 expectedRowVersion);
    Status mayEdit(const Actor &actor, const SubProject &subProject) const;

    Result<SubProject> get(SubProjectId id) const;
    Result<SubProject> byCode(const QString &code) const;
    Result<QList<SubProject>> list(const SubProjectFilter &filter = {}) const;

    // A dated, unchangeable snapshot; sets the sub-project's traffic light and progress when it
    // is the newest report. Amber and red need a text (the reason).
    Result<qint64> addReport(const Actor &actor, SubProjectId id, const NewStatusReport &report);
    // Newest first.
    Result<QList<StatusReport>> reports(SubProjectId id) const;

    Result<MilestoneId> addMilestone(const Actor &actor, SubProjectId id, const QString &title, QDate due);
    Status moveMilestone(const Actor &actor, MilestoneId id, QDate due);
    // done invalid: today.
    Status completeMilestone(const Actor &actor, MilestoneId id, QDate done = {});
    Result<Milestone> milestone(MilestoneId id) const;
    // Of one sub-project, by due date.
    Result<QList<Milestone>> milestones(SubProjectId id) const;
    // Open milestones due before today whose sub-project the user leads.
    Result<QList<Milestone>> overdueFor(UserId lead, QDate today) const;

private:
    Result<SubProject> load(const QString &where, const QVariant &key) const;
    Status check(const Actor &actor, const SubProjectDraft &draft, SubProjectId self) const;
    Status writeLinks(SubProjectId id, const SubProjectDraft &draft);
    Database &m_db;
};

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
