#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace amtsdesk {

class Database;

// How long items stayed in one state of a workflow, for the stays that ended in one month.
struct StateFigure {
    QString workflowKey;
    QString workflowLabel;
    QString month; // "2026-03"
    QString state;
    QString stateLabel;
    int stays = 0;          // how many times an item left this state in that month
    double medianHours = 0; // linear interpolation between the two middle values
    double p90Hours = 0;    // 90th percentile, linear interpolation (as numpy's default)
};

// Where the district's processes wait: per workflow, per state and per month, computed from
// the workflow history. For process managers, programme managers and administrators.
class ProcessFigures {
    Q_DECLARE_TR_FUNCTIONS(ProcessFigures)

public:
    // workflowKey empty: every workflow. from/to limit the months (by the day a stay ended).
    // Process managers, programme managers and administrators; a refusal is audited.
    static Status mayCompute(Database &db, const Actor &actor);
    static Result<QList<StateFigure>> compute(Database &db, const Actor &actor, const QString &workflowKey = {},
                                              QDate from = {}, QDate to = {});
    // CSV for spreadsheets: UTF-8, comma-separated, a header row, hours with a '.' decimal point.
    static QByteArray toCsv(const QList<StateFigure> &figures);
    // The p-th percentile (0..100) of sorted values, by linear interpolation.
    static double percentile(const QList<double> &sorted, double p);
};

} // namespace amtsdesk
