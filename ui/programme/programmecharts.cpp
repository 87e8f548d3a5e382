// The programme's charts. Every chart is built on a theme chosen first (the theme would repaint
// series added before it), then coloured explicitly where colour carries meaning.
#include "programme/programmecharts.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPalette>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace amtsdesk::ui {

namespace {

// The translation context of the charts (they are free functions).
class ProgrammeCharts {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeCharts)
};

const QList<TrafficLight> kLights = {TrafficLight::Green, TrafficLight::Amber, TrafficLight::Red, TrafficLight::None};

bool darkPalette()
{
    const QColor window = QApplication::palette().color(QPalette::Window);
    return window.lightnessF() < 0.5;
}

QChart *newChart(const QString &title, programmecharts::Look look)
{
    auto *chart = new QChart;
    const bool dark = look == programmecharts::Look::Palette && darkPalette();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (look == programmecharts::Look::Paper)
        chart->setDropShadowEnabled(false);
    return chart;
}

// A value axis for counts: whole numbers, a little room above the highest bar.
QValueAxis *countAxis(double maximum)
{
    auto *axis = new QValueAxis;
    // Whole steps of 1, 2, 5, 10, … with at most eight of them.
    const int top = std::max(1, int(std::ceil(maximum)));
    int step = 1;
    for (int factor = 1; top / step > 8; factor *= 10) {
        for (int s : {1, 2, 5}) {
            step = s * factor;
            if (top / step <= 8)
                break;
        }
    }
    const int ticks = (top + step - 1) / step;
    axis->setRange(0, ticks * step);
    axis->setTickCount(ticks + 1);
    // "%d" prints nothing while numbers are localised; "%.0f" does.
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

QBarSet *coloured(QBarSet *set, const QColor &colour)
{
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    return set;
}

// Stacked traffic lights per group; horizontal where the group names are long (areas).
QChart *trafficChart(const QList<TrafficCount> &groups, const QString &title, bool horizontal,
                     programmecharts::Look look)
{
    QChart *chart = newChart(title, look);
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    QStringList categories;
    int maximum = 0;
    for (const TrafficCount &group : groups) {
        categories << (group.label.isEmpty() ? group.key : group.label);
        int total = 0;
        for (int n : group.count)
            total += n;
        maximum = std::max(maximum, total);
    }
    // Horizontal bars run from the bottom up: fed in reverse, the first group is on top.
    QList<TrafficCount> ordered = groups;
    if (horizontal) {
        std::reverse(ordered.begin(), ordered.end());
        std::reverse(categories.begin(), categories.end());
    }
    for (TrafficLight light : kLights) {
        auto *set = coloured(new QBarSet(ProgrammeTerms::name(light)), programmecharts::trafficColour(light));
        for (const TrafficCount &group : ordered)
            *set << group.count.value(light, 0);
        series->append(set);
    }
    chart->addSeries(series);
    for (QBarSet *set : series->barSets())
        coloured(set, set->color());
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QValueAxis *valueAxis = countAxis(maximum);
    valueAxis->setTitleText(ProgrammeCharts::tr("sub-projects"));
    if (horizontal) {
        chart->addAxis(categoryAxis, Qt::AlignLeft);
        chart->addAxis(valueAxis, Qt::AlignBottom);
    } else {
        chart->addAxis(categoryAxis, Qt::AlignBottom);
        chart->addAxis(valueAxis, Qt::AlignLeft);
        if (categories.size() > 6)
            categoryAxis->setLabelsAngle(-45);
    }
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    return chart;
}

QDateTime atNoon(QDate day)
{
    return QDateTime(day, QTime(12, 0));
}

QString departmentOf(const ProgrammeReportData &data, const QString &subProjectCode)
{
    for (const ReportedSubProject &reported : data.subProjects) {
        if (reported.subProject.code == subProjectCode)
            return reported.subProject.departmentCode;
    }
    return {};
}

QString monthLabel(QDate day)
{
    return QLocale().toString(day, QStringLiteral("MMM yy"));
}

} // namespace

namespace programmecharts {

QColor trafficColour(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green: return QColor(0x2e, 0x7d, 0x32);
    case TrafficLight::Amber: return QColor(0xf9, 0xa8, 0x25);
    case TrafficLight::Red: return QColor(0xc6, 0x28, 0x28);
    case TrafficLight::None: break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QChart *trafficByArea(const ProgrammeReportData &data, Look look)
{
    return trafficChart(data.byArea, ProgrammeCharts::tr("Traffic lights by programme area"), true, look);
}

QChart *trafficByDepartment(const ProgrammeReportData &data, Look look)
{
    return trafficChart(data.byDepartment, ProgrammeCharts::tr("Traffic lights by department"), false, look);
}

QChart *phases(const ProgrammeReportData &data, Look look)
{
    QChart *chart = newChart(ProgrammeCharts::tr("Sub-projects by phase"), look);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(ProgrammeCharts::tr("Sub-projects"));
    QStringList categories;
    int maximum = 0;
    // Fed from the last phase, as horizontal bars run from the bottom up: workflow order from the top.
    for (auto it = data.phases.crbegin(); it != data.phases.crend(); ++it) {
        categories << it->first;
        *set << it->second;
        maximum = std::max(maximum, it->second);
    }
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    coloured(set, QColor(0x15, 0x65, 0xc0));
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    QValueAxis *valueAxis = countAxis(maximum);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    chart->legend()->hide();
    return chart;
}

int timelineHeight(const ProgrammeReportData &data)
{
    return std::clamp(140 + 22 * int(data.subProjects.size()), 300, 900);
}

QChart *timeline(const ProgrammeReportData &data, Look look)
{
    QChart *chart = newChart(ProgrammeCharts::tr("Timeline of the sub-projects"), look);
    const int rows = int(data.subProjects.size());
    const QDate today = data.date.isValid() ? data.date : QDate::currentDate();
    QDate first = today;
    QDate last = today;
    auto widen = [&](QDate day) {
        if (!day.isValid())
            return;
        first = std::min(first, day);
        last = std::max(last, day);
    };
    // A pen as thick as a row allows, so that 25 rows stay apart.
    const int barWidth = rows > 30 ? 6 : rows > 15 ? 10 : 14;
    auto *done = new QScatterSeries;
    done->setName(ProgrammeCharts::tr("Milestone reached"));
    auto *open = new QScatterSeries;
    open->setName(ProgrammeCharts::tr("Milestone open"));
    auto *overdue = new QScatterSeries;
    overdue->setName(ProgrammeCharts::tr("Milestone overdue"));
    QList<QPair<QLineSeries *, int>> bars; // a bar and its row
    for (int row = 0; row < rows; ++row) {
        const ReportedSubProject &reported = data.subProjects.at(row);
        const SubProject &sp = reported.subProject;
        const QDate start = sp.forecastStart.isValid() ? sp.forecastStart : sp.plannedStart;
        const QDate end = sp.forecastEnd.isValid() ? sp.forecastEnd : sp.plannedEnd;
        if (start.isValid() && end.isValid()) {
            widen(start);
            widen(end);
            auto *bar = new QLineSeries;
            bar->setName(sp.code);
            bar->append(atNoon(start).toMSecsSinceEpoch(), row);
            bar->append(atNoon(std::max(start, end)).toMSecsSinceEpoch(), row);
            bars << qMakePair(bar, row);
        }
        for (const Milestone &milestone : reported.milestones) {
            if (milestone.done.isValid()) {
                widen(milestone.done);
                done->append(atNoon(milestone.done).toMSecsSinceEpoch(), row);
            } else if (milestone.due.isValid()) {
                widen(milestone.due);
                (milestone.isOverdue(today) ? overdue : open)->append(atNoon(milestone.due).toMSecsSinceEpoch(), row);
            }
        }
    }
    for (const auto &[bar, row] : bars) {
        chart->addSeries(bar);
        QPen pen(trafficColour(data.subProjects.at(row).trafficLight), barWidth);
        pen.setCapStyle(Qt::FlatCap);
        bar->setPen(pen);
    }
    auto *todayLine = new QLineSeries;
    todayLine->setName(ProgrammeCharts::tr("Report date"));
    todayLine->append(atNoon(today).toMSecsSinceEpoch(), -0.5);
    todayLine->append(atNoon(today).toMSecsSinceEpoch(), std::max(0, rows) - 0.5);
    chart->addSeries(todayLine);
    QPen todayPen(QColor(0x6a, 0x1b, 0x9a), 2, Qt::DashLine);
    todayLine->setPen(todayPen);

    const qreal markSize = std::max(7, barWidth - 2);
    QList<QScatterSeries *> marks;
    for (QScatterSeries *series : {done, open, overdue}) {
        if (series->count() == 0) {
            delete series;
            continue;
        }
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(markSize);
        chart->addSeries(series);
        marks << series;
    }
    const QColor ink = look == Look::Paper || !darkPalette() ? QColor(0x21, 0x21, 0x21) : QColor(0xee, 0xee, 0xee);
    if (marks.contains(done)) {
        done->setBrush(ink);
        done->setPen(QPen(chart->backgroundBrush().color(), 1.5));
    }
    if (marks.contains(open)) {
        open->setBrush(chart->backgroundBrush().color());
        open->setPen(QPen(ink, 2));
    }
    if (marks.contains(overdue)) {
        overdue->setBrush(trafficColour(TrafficLight::Red));
        overdue->setPen(QPen(ink, 1.5));
    }

    auto *xAxis = new QDateTimeAxis;
    const int days = int(first.daysTo(last));
    xAxis->setFormat(days > 500 ? QStringLiteral("MM/yyyy") : QStringLiteral("MMM yy"));
    xAxis->setRange(atNoon(first.addDays(-std::max(7, days / 40))), atNoon(last.addDays(std::max(7, days / 40))));
    xAxis->setTickCount(std::clamp(days / 60 + 2, 4, 9));
    chart->addAxis(xAxis, Qt::AlignBottom);
    auto *yAxis = new QCategoryAxis;
    yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int row = 0; row < rows; ++row)
        yAxis->append(data.subProjects.at(row).subProject.code, row);
    yAxis->setRange(-0.5, std::max(0, rows) - 0.5);
    yAxis->setReverse(true); // the first sub-project on top
    yAxis->setGridLineVisible(false);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    // The legend names the marks and the report date; the bars are named on the axis.
    for (const auto &[bar, row] : bars) {
        for (QLegendMarker *marker : chart->legend()->markers(bar))
            marker->setVisible(false);
    }
    return chart;
}

QChart *milestonesDueAndOverdue(const ProgrammeReportData &data, Look look)
{
    // The whole programme groups by sponsoring department, one department's report by month.
    const bool byDepartment = !data.department.isValid();
    QChart *chart = newChart(byDepartment ? ProgrammeCharts::tr("Milestones by sponsoring department")
                                          : ProgrammeCharts::tr("Milestones by month"),
                             look);
    QMap<QString, std::array<int, 3>> groups; // key → reached, due, overdue
    QMap<QString, QString> labels;
    auto add = [&](const Milestone &milestone, int kind, QDate day) {
        QString key;
        if (byDepartment) {
            key = departmentOf(data, milestone.subProjectCode);
            if (key.isEmpty())
                key = ProgrammeCharts::tr("(none)");
            labels[key] = key;
        } else {
            key = day.toString(QStringLiteral("yyyy-MM"));
            labels[key] = monthLabel(day);
        }
        groups[key][size_t(kind)] += 1;
    };
    for (const Milestone &m : data.reached)
        add(m, 0, m.done.isValid() ? m.done : m.due);
    for (const Milestone &m : data.due)
        add(m, 1, m.due);
    for (const Milestone &m : data.overdue)
        add(m, 2, m.due);

    const QStringList names = {ProgrammeCharts::tr("Reached"), ProgrammeCharts::tr("Due"),
                               ProgrammeCharts::tr("Overdue")};
    const QList<QColor> colours = {trafficColour(TrafficLight::Green), QColor(0x15, 0x65, 0xc0),
                                   trafficColour(TrafficLight::Red)};
    auto *series = new QBarSeries;
    int maximum = 0;
    QStringList categories;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        categories << labels.value(it.key());
    for (int kind = 0; kind < 3; ++kind) {
        auto *set = new QBarSet(names.at(kind));
        for (const auto &counts : groups) {
            *set << counts[size_t(kind)];
            maximum = std::max(maximum, counts[size_t(kind)]);
        }
        series->append(set);
    }
    chart->addSeries(series);
    for (int kind = 0; kind < 3; ++kind)
        coloured(series->barSets().at(kind), colours.at(kind));
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    if (categories.size() > 6)
        categoryAxis->setLabelsAngle(-45);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    QValueAxis *valueAxis = countAxis(maximum);
    valueAxis->setTitleText(ProgrammeCharts::tr("milestones"));
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

QChart *maturityNow(const ProgrammeReportData &data, Look look)
{
    QChart *chart = newChart(ProgrammeCharts::tr("OZG services by maturity level"), look);
    int levels = 1;
    for (const MaturityDistribution &d : data.maturityNow)
        levels = std::max(levels, ProgrammeTerms::maxLevel(d.model) + 1);
    auto *series = new QBarSeries;
    const QList<QColor> colours = {QColor(0x00, 0x83, 0x8f), QColor(0x3f, 0x51, 0xb5)};
    int maximum = 0;
    for (const MaturityDistribution &d : data.maturityNow) {
        auto *set = new QBarSet(ProgrammeTerms::name(d.model));
        for (int level = 0; level < levels; ++level) {
            const int n = level < d.countPerLevel.size() ? d.countPerLevel.at(level) : 0;
            *set << n;
            maximum = std::max(maximum, n);
        }
        series->append(set);
    }
    chart->addSeries(series);
    for (int i = 0; i < series->count(); ++i)
        coloured(series->barSets().at(i), colours.at(i % colours.size()));
    QStringList categories;
    for (int level = 0; level < levels; ++level)
        categories << QLocale().toString(level);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTitleText(ProgrammeCharts::tr("maturity level"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    QValueAxis *valueAxis = countAxis(maximum);
    valueAxis->setTitleText(ProgrammeCharts::tr("services"));
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

QChart *maturityHistory(const ProgrammeReportData &data, Look look)
{
    // The model most of the services stand in on the day (a department may still record in 1.1).
    MaturityModel model = MaturityModel::V2_0;
    int most = -1;
    for (const MaturityDistribution &d : data.maturityNow) {
        const int total = std::accumulate(d.countPerLevel.cbegin(), d.countPerLevel.cend(), 0);
        if (total > most || (total == most && d.model == MaturityModel::V2_0)) {
            most = total;
            model = d.model;
        }
    }
    QChart *chart = newChart(ProgrammeCharts::tr("Maturity of the OZG services over the year (model %1)")
                                 .arg(ProgrammeTerms::key(model)),
                             look);
    const int levels = ProgrammeTerms::maxLevel(model) + 1;
    auto *series = new QStackedBarSeries;
    QStringList categories;
    int maximum = 0;
    QList<const MaturityDistribution *> months;
    for (const MaturityDistribution &d : data.maturityHistory) {
        if (d.model != model)
            continue;
        months << &d;
        categories << QLocale().toString(d.date, QStringLiteral("MM/yy")); // short: twelve of them
        int total = 0;
        for (int n : d.countPerLevel)
            total += n;
        maximum = std::max(maximum, total);
    }
    for (int level = 0; level < levels; ++level) {
        auto *set = new QBarSet(ProgrammeCharts::tr("Level %1").arg(QLocale().toString(level)));
        for (const MaturityDistribution *d : months)
            *set << (level < d->countPerLevel.size() ? d->countPerLevel.at(level) : 0);
        series->append(set);
    }
    chart->addSeries(series);
    // From grey (not online) to deep green (fully digital).
    const QList<QColor> shades = {QColor(0xbd, 0xbd, 0xbd), QColor(0xc5, 0xe1, 0xa5), QColor(0x9c, 0xcc, 0x65),
                                  QColor(0x7c, 0xb3, 0x42), QColor(0x55, 0x8b, 0x2f), QColor(0x33, 0x69, 0x1e),
                                  QColor(0x00, 0x89, 0x7b), QColor(0x00, 0x4d, 0x40)};
    for (int level = 0; level < levels; ++level)
        coloured(series->barSets().at(level), shades.at(std::min<int>(level, shades.size() - 1)));
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false); // "03/26" fits, though Qt Charts thinks not
    if (categories.size() > 14)
        categoryAxis->setLabelsAngle(-45);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    QValueAxis *valueAxis = countAxis(maximum);
    valueAxis->setTitleText(ProgrammeCharts::tr("services"));
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

QChart *trainingCoverage(const ProgrammeReportData &data, Look look)
{
    // Up to a dozen department/course pairs are shown one by one; more are averaged per course.
    const bool perPair = data.coverage.size() <= 12;
    QChart *chart = newChart(perPair ? ProgrammeCharts::tr("Training coverage by department and course")
                                     : ProgrammeCharts::tr("Training coverage by course (mean over departments)"),
                             look);
    QStringList categories;
    QList<double> values;
    if (perPair) {
        for (const TrainingCoverage &row : data.coverage) {
            categories << ProgrammeCharts::tr("%1 – %2").arg(row.departmentCode, row.courseCode);
            values << row.share() * 100.0;
        }
    } else {
        QStringList order;
        QHash<QString, QPair<double, int>> sums;
        for (const TrainingCoverage &row : data.coverage) {
            if (!sums.contains(row.courseCode))
                order << row.courseCode;
            auto &sum = sums[row.courseCode];
            sum.first += row.share();
            sum.second += 1;
        }
        for (const QString &course : order) {
            categories << course;
            values << sums.value(course).first / sums.value(course).second * 100.0;
        }
    }
    std::reverse(categories.begin(), categories.end()); // the first on top, as above
    std::reverse(values.begin(), values.end());
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(ProgrammeCharts::tr("Staff trained (%)"));
    for (double v : values)
        *set << v;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    coloured(set, QColor(0x00, 0x83, 0x8f));
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, 100);
    valueAxis->setTickCount(6);
    valueAxis->setLabelFormat(QStringLiteral("%.0f %"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    chart->legend()->hide();
    return chart;
}

QImage render(QChart *chart, QSize size, qreal devicePixelRatio)
{
    if (!chart || size.isEmpty())
        return {};
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(chart->backgroundBrush().color().isValid() ? chart->backgroundBrush().color() : QColor(Qt::white));
    // A scene of its own, without a window: the chart is laid out at the size and painted.
    QGraphicsItem *oldParent = chart->parentItem();
    QGraphicsScene *oldScene = chart->scene();
    if (oldScene)
        oldScene->removeItem(chart);
    {
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->setPos(0, 0);
        chart->resize(size);
        if (chart->layout())
            chart->layout()->activate();
        QCoreApplication::sendPostedEvents();
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const QRectF area(QPointF(0, 0), QSizeF(size));
        scene.setSceneRect(area);
        scene.render(&painter, area, area);
        painter.end();
        scene.removeItem(chart);
    }
    if (oldScene) {
        oldScene->addItem(chart);
        if (oldParent)
            chart->setParentItem(oldParent);
    }
    return image;
}

QList<ChartKind> chartKinds()
{
    return {
        {QStringLiteral("traffic-area"), false, [](const ProgrammeReportData &d) { return !d.byArea.isEmpty(); },
         &trafficByArea},
        {QStringLiteral("traffic-department"), false,
         [](const ProgrammeReportData &d) { return !d.byDepartment.isEmpty(); }, &trafficByDepartment},
        {QStringLiteral("phases"), false, [](const ProgrammeReportData &d) { return !d.phases.isEmpty(); }, &phases},
        {QStringLiteral("milestones"), false,
         [](const ProgrammeReportData &d) { return !d.reached.isEmpty() || !d.due.isEmpty() || !d.overdue.isEmpty(); },
         &milestonesDueAndOverdue},
        {QStringLiteral("timeline"), true, [](const ProgrammeReportData &d) { return !d.subProjects.isEmpty(); },
         &timeline},
        {QStringLiteral("maturity-now"), false,
         [](const ProgrammeReportData &d) { return !d.maturityNow.isEmpty() && !d.services.isEmpty(); }, &maturityNow},
        {QStringLiteral("maturity-history"), false,
         [](const ProgrammeReportData &d) { return !d.maturityHistory.isEmpty() && !d.services.isEmpty(); },
         &maturityHistory},
        {QStringLiteral("training"), false, [](const ProgrammeReportData &d) { return !d.coverage.isEmpty(); },
         &trainingCoverage},
    };
}

} // namespace programmecharts

} // namespace amtsdesk::ui
