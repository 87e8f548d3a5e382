#pragma once

#include "programme/programmereport.h"

#include <QImage>
#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QChartView;
class QGridLayout;
class QLabel;

namespace amtsdesk::ui {

// The charts of the programme dashboard and of the status report, drawn with Qt Charts from
// ProgrammeReportData. Each function returns a new chart owned by the caller.
namespace programmecharts {

// Palette: dark theme when the application's window colour is dark (the dashboard);
// Paper: always light, for the printed report.
enum class Look { Palette, Paper };

QChart *trafficByArea(const ProgrammeReportData &data, Look look = Look::Palette);
QChart *trafficByDepartment(const ProgrammeReportData &data, Look look = Look::Palette);
QChart *phases(const ProgrammeReportData &data, Look look = Look::Palette);
// Gantt-like: a bar per sub-project from (forecast, else planned) start to end, its milestones
// as marks, and a line for the report's day.
QChart *timeline(const ProgrammeReportData &data, Look look = Look::Palette);
QChart *milestonesDueAndOverdue(const ProgrammeReportData &data, Look look = Look::Palette);
QChart *maturityNow(const ProgrammeReportData &data, Look look = Look::Palette);
QChart *maturityHistory(const ProgrammeReportData &data, Look look = Look::Palette);
QChart *trainingCoverage(const ProgrammeReportData &data, Look look = Look::Palette);

// The chart drawn into an image of the given size in device-independent pixels (for the report).
QImage render(QChart *chart, QSize size, qreal devicePixelRatio = 2.0);
// Every chart above, in that order.
QList<QChart *> all(const ProgrammeReportData &data);

// The colour of a traffic light in every chart and in the report.
QColor trafficColour(TrafficLight light);
// A height for the timeline (device-independent pixels) at which every row stays readable.
int timelineHeight(const ProgrammeReportData &data);

// One chart of the dashboard and the report: a stable name, whether the data has anything to
// show in it, and the function that draws it.
struct ChartKind {
    QString name;      // "traffic-area", "timeline", …
    bool wide = false; // spans the whole width (the timeline)
    bool (*hasData)(const ProgrammeReportData &);
    QChart *(*make)(const ProgrammeReportData &, Look);
};
QList<ChartKind> chartKinds();

} // namespace programmecharts

// Übersicht: all the charts above in a scrollable grid, with the key figures on top.
class ProgrammeDashboard : public QWidget {
    Q_OBJECT

public:
    explicit ProgrammeDashboard(QWidget *parent = nullptr);
    void setData(const ProgrammeReportData &data);
    // The number of charts shown (for tests).
    int chartCount() const;
    // The charts shown (for tests).
    QList<QChartView *> chartViews() const { return m_views; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    ProgrammeReportData m_data;
    QGridLayout *m_figures = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QChartView *> m_views;
    QList<QLabel *> m_figureLabels;
};

} // namespace amtsdesk::ui
