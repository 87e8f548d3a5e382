#include "programme/reportfigures.h"

#include <QLocale>

namespace amtsdesk::ui {

int ReportFigures::servicesOnline(const ProgrammeReportData &data)
{
    int count = 0;
    for (const DistrictService &service : data.services) {
        const bool live = service.goLive.isValid() && (!data.date.isValid() || service.goLive <= data.date);
        if (live || service.status == ServiceStatus::Done)
            ++count;
    }
    return count;
}

std::optional<double> ReportFigures::meanCoverage(const ProgrammeReportData &data)
{
    double sum = 0;
    int n = 0;
    for (const TrainingCoverage &row : data.coverage) {
        if (row.required <= 0)
            continue;
        sum += row.share();
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

QString ReportFigures::percent(double share)
{
    return tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 0));
}

QList<ReportFigure> ReportFigures::of(const ProgrammeReportData &data)
{
    int atRisk = 0;
    int offTrack = 0;
    for (const ReportedSubProject &reported : data.subProjects) {
        if (reported.trafficLight == TrafficLight::Amber)
            ++atRisk;
        else if (reported.trafficLight == TrafficLight::Red)
            ++offTrack;
    }
    const QLocale locale;
    const std::optional<double> coverage = meanCoverage(data);
    return {
        {tr("Sub-projects"), locale.toString(data.subProjects.size()), tr("Sub-projects in the scope of the report")},
        {tr("At risk"), locale.toString(atRisk), tr("Sub-projects whose latest status is amber")},
        {tr("Off track"), locale.toString(offTrack), tr("Sub-projects whose latest status is red")},
        {tr("Overdue milestones"), locale.toString(data.overdue.size()),
         tr("Open milestones whose due date has passed")},
        {tr("Services online"), locale.toString(servicesOnline(data)),
         tr("OZG services of the scope that are online on the day")},
        {tr("Mean training coverage"), coverage ? percent(*coverage) : tr("none required"),
         tr("Mean share of staff trained over every required course and department")},
    };
}

} // namespace amtsdesk::ui
