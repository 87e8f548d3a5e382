#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "programme/programmetypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace amtsdesk {

class Database;

// How the programme keeps its dates: the milestones that fell due in one month.
struct MilestoneMonth {
    QString month;        // "2026-03", the month the milestones were due in
    int due = 0;          // due in that month (up to today)
    int onTime = 0;       // reached on or before their due date
    int late = 0;         // reached after it
    int overdue = 0;      // not reached, and the due date has passed
    double medianDelayDays = 0; // of those reached late
};

// Milestone figures for the process figures: per month of the due date, how many milestones
// were reached on time, late, or are overdue now. For process managers, programme managers and
// administrators, as the workflow figures are.
class MilestoneFigures {
    Q_DECLARE_TR_FUNCTIONS(MilestoneFigures)

public:
    // department valid: only the sub-projects that department sponsors. Months from..to by
    // due date (invalid: open); never after today.
    static Result<QList<MilestoneMonth>> compute(Database &db, const Actor &actor, DepartmentId department = {},
                                                 QDate from = {}, QDate to = {});
    // CSV for spreadsheets, as ProcessFigures::toCsv: UTF-8, comma-separated, a header row.
    static QByteArray toCsv(const QList<MilestoneMonth> &months);
};

} // namespace amtsdesk
