#pragma once

#include "programme/programmereport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace amtsdesk::ui {

// The key figures on top of the dashboard and of the status report, computed once from the data.
struct ReportFigure {
    QString label;
    QString value;
    QString hint; // a longer explanation (tool tip)
};

class ReportFigures {
    Q_DECLARE_TR_FUNCTIONS(ReportFigures)

public:
    static QList<ReportFigure> of(const ProgrammeReportData &data);
    // Services that are online on the day: gone live on or before it, or done.
    static int servicesOnline(const ProgrammeReportData &data);
    // The mean share over all department/course pairs, 0…1; nullopt where nothing is required.
    static std::optional<double> meanCoverage(const ProgrammeReportData &data);
    // "87 %" in the current locale.
    static QString percent(double share);
};

} // namespace amtsdesk::ui
