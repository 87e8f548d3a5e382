#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "programme/ozgservices.h"
#include "programme/programmetypes.h"

#include <QCoreApplication>
#include <QMap>

namespace amtsdesk {

class Database;

struct ProgrammeReportRequest {
    QDate date;              // the day the report stands on; today when invalid
    DepartmentId department; // invalid: the whole programme
    int periodDays = 30;     // "reached" and "went online" look back this far, "due" ahead as far
};

// Counts of traffic lights for one group (an area or a department).
struct TrafficCount {
    QString key;   // area key or department code
    QString label; // as people read it
    QMap<TrafficLight, int> count;
};

// A sub-project as the report shows it: its state on the report's date.
struct ReportedSubProject {
    SubProject subProject;
    std::optional<StatusReport> latest;             // the newest status report on or before the date
    TrafficLight trafficLight = TrafficLight::None; // from latest, else none
    QList<Milestone> milestones;
};

// Everything the dashboard and the status report / newsletter show, as of one day, for one
// department or the whole programme. The charts are drawn from it in ui.
struct ProgrammeReportData {
    QDate date;
    QDate periodStart; // date - periodDays
    QDate periodEnd;   // date + periodDays
    DepartmentId department;
    QString scope;                         // "Gesamtprogramm" or the department's name
    QList<ReportedSubProject> subProjects; // by code
    QList<TrafficCount> byArea;
    QList<TrafficCount> byDepartment;
    QList<QPair<QString, int>> phases;       // phase label → number of sub-projects, in workflow order
    QList<Milestone> reached;                // done in [periodStart, date]
    QList<Milestone> due;                    // open, due in (date, periodEnd]
    QList<Milestone> overdue;                // open, due before date
    QList<DistrictService> services;         // of the scope
    QList<DistrictService> wentOnline;       // go-live in [periodStart, date]
    QList<MaturityDistribution> maturityNow; // on the date, one per model in use
    // The month ends of the 12 months before the date, then the date; per day one entry for each model in use
    QList<MaturityDistribution> maturityHistory;
    QList<TrainingCoverage> coverage;
    int sessionsInPeriod = 0;
    int attendancesInPeriod = 0;
};

class ProgrammeReport {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeReport)

public:
    // Everyone may read the programme (transparency is its point): any person or the program
    // itself gets the report; a department's report holds only what concerns that department.
    static Result<ProgrammeReportData> gather(Database &db, const Actor &actor, const ProgrammeReportRequest &request);
};

} // namespace amtsdesk
