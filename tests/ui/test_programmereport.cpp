// The programme's charts, dashboard and status report from hand-made data (no database): the
// charts carry the expected series, the HTML is escaped, the PDF opens in Poppler with a footer.
#include "pdf/pdfdocument.h"
#include "programme/programmecharts.h"
#include "programme/programmereportdocument.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

#include <memory>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

const QDate kToday(2026, 3, 2);

Milestone milestone(const QString &code, const QString &title, QDate due, QDate done = {})
{
    Milestone m;
    m.subProjectCode = code;
    m.title = title;
    m.due = due;
    m.done = done;
    return m;
}

DistrictService service(const QString &name, const QString &key, int level, const QString &link)
{
    DistrictService s;
    s.catalogue.leikaName = name;
    s.catalogue.leikaKey = key;
    s.catalogue.ozgName = name;
    s.departmentCode = QStringLiteral("OA");
    s.now = Maturity{MaturityModel::V2_0, level};
    s.target = Maturity{MaturityModel::V2_0, 4};
    s.link = link;
    s.goLive = kToday.addDays(-10);
    s.status = ServiceStatus::Done;
    return s;
}

// A programme of 25 sub-projects in three departments, with milestones reached, due and overdue,
// services at several levels and training coverage.
ProgrammeReportData programme(int count = 25)
{
    ProgrammeReportData data;
    data.date = kToday;
    data.periodStart = kToday.addDays(-30);
    data.periodEnd = kToday.addDays(30);
    data.scope = QStringLiteral("Gesamtprogramm");
    const QStringList departments = {QStringLiteral("OA"), QStringLiteral("BA"), QStringLiteral("JA")};
    const QList<TrafficLight> lights = {TrafficLight::Green, TrafficLight::Amber, TrafficLight::Red,
                                        TrafficLight::None};
    for (int i = 1; i <= count; ++i) {
        ReportedSubProject r;
        SubProject &sp = r.subProject;
        sp.id = SubProjectId(i);
        sp.code = QStringLiteral("TP-%1").arg(i, 2, 10, QLatin1Char('0'));
        sp.title = QStringLiteral("Teilprojekt %1").arg(i);
        sp.area = ProgrammeArea(i % 7);
        sp.leadName = QStringLiteral("Anna Becker");
        sp.departmentCode = departments.at(i % 3);
        sp.plannedStart = QDate(2025, 1, 1).addDays(i * 10);
        sp.plannedEnd = sp.plannedStart.addDays(300);
        if (i % 4 == 0)
            sp.forecastEnd = sp.plannedEnd.addDays(60);
        sp.phase = QStringLiteral("execution");
        sp.phaseLabel = QStringLiteral("Umsetzung");
        sp.progress = (i * 7) % 100;
        r.trafficLight = lights.at(i % 4);
        StatusReport report;
        report.subProjectCode = sp.code;
        report.date = kToday.addDays(-i);
        report.trafficLight = r.trafficLight;
        report.progress = sp.progress;
        report.text = QStringLiteral("Stand %1: Schnittstelle zur E-Akte getestet, Schulung geplant.").arg(i);
        r.latest = report;
        r.milestones << milestone(sp.code, QStringLiteral("Konzept"), sp.plannedStart.addDays(60),
                                  sp.plannedStart.addDays(58));
        r.milestones << milestone(sp.code, QStringLiteral("Pilot"), sp.plannedStart.addDays(200));
        data.subProjects << r;
        const Milestone &pilot = r.milestones.last();
        if (pilot.isOverdue(kToday))
            data.overdue << pilot;
        else if (pilot.due <= data.periodEnd)
            data.due << pilot;
        if (r.milestones.first().done >= data.periodStart)
            data.reached << r.milestones.first();
    }
    data.reached << milestone(QStringLiteral("TP-01"), QStringLiteral("Abnahme"), kToday.addDays(-5),
                              kToday.addDays(-3));
    data.due << milestone(QStringLiteral("TP-02"), QStringLiteral("Rollout"), kToday.addDays(12));
    for (const QString &department : departments) {
        TrafficCount c;
        c.key = department;
        c.label = department;
        for (const ReportedSubProject &r : data.subProjects) {
            if (r.subProject.departmentCode == department)
                c.count[r.trafficLight] += 1;
        }
        data.byDepartment << c;
    }
    for (ProgrammeArea area : {ProgrammeArea::EFile, ProgrammeArea::EInvoice, ProgrammeArea::Ozg}) {
        TrafficCount c;
        c.key = QStringLiteral("area-%1").arg(int(area));
        c.label = c.key;
        c.count[TrafficLight::Green] = 2;
        c.count[TrafficLight::Red] = 1;
        data.byArea << c;
    }
    data.phases = {{QStringLiteral("Idee"), 2},
                   {QStringLiteral("Planung"), 5},
                   {QStringLiteral("Umsetzung"), 15},
                   {QStringLiteral("Abschluss"), 3}};
    data.services << service(QStringLiteral("Hundesteuer Anmeldung"), QStringLiteral("99107001000000"), 3,
                             QStringLiteral("https://service.example.de/hund"))
                  << service(QStringLiteral("Wohngeld"), QStringLiteral("99108001000000"), 2,
                             QStringLiteral("javascript:alert(1)"))
                  << service(QStringLiteral("Baugenehmigung"), QStringLiteral("99025010000000"), 4, {});
    data.wentOnline = data.services;
    MaturityDistribution now20{kToday, MaturityModel::V2_0, {0, 0, 1, 1, 1, 1, 0, 0}};
    MaturityDistribution now11{kToday, MaturityModel::V1_1, {1, 2, 0, 1, 0}};
    data.maturityNow = {now20, now11};
    for (int m = 11; m >= 0; --m) {
        const QDate end = QDate(kToday.year(), kToday.month(), 1).addMonths(-m).addDays(-1);
        data.maturityHistory << MaturityDistribution{end, MaturityModel::V2_0, {2, 1, m > 6 ? 0 : 1, 0, 0, 0, 0, 0}};
    }
    for (const QString &department : departments) {
        TrainingCoverage c;
        c.departmentCode = department;
        c.departmentName = QStringLiteral("Amt ") + department;
        c.courseCode = QStringLiteral("EA-1");
        c.courseTitle = QStringLiteral("E-Akte Grundlagen");
        c.required = 10;
        c.trained = department == QLatin1String("OA") ? 10 : 4;
        data.coverage << c;
    }
    data.sessionsInPeriod = 4;
    data.attendancesInPeriod = 37;
    return data;
}

int seriesOf(QChart *chart, QAbstractSeries::SeriesType type)
{
    int n = 0;
    for (QAbstractSeries *s : chart->series())
        n += s->type() == type ? 1 : 0;
    return n;
}

QStringList setNames(QChart *chart)
{
    QStringList names;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                names << set->label();
        }
    }
    return names;
}

// The value of the first bar set for a category of the chart's category axis.
double valueFor(QChart *chart, const QString &category)
{
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    REQUIRE(bars);
    for (QAbstractAxis *axis : bars->attachedAxes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            const int index = int(categories->categories().indexOf(category));
            REQUIRE(index >= 0);
            return bars->barSets().at(0)->at(index);
        }
    }
    FAIL("no category axis");
    return 0;
}

QStringList categoriesOf(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

} // namespace

TEST_CASE("programme charts carry a series or set for every group", "[programme]")
{
    const ProgrammeReportData data = programme();

    SECTION("traffic lights: four coloured sets, one value per department")
    {
        std::unique_ptr<QChart> chart(programmecharts::trafficByDepartment(data));
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        REQUIRE(bars);
        REQUIRE(bars->count() == 4);
        REQUIRE(bars->barSets().at(0)->count() == 3);
        REQUIRE(bars->barSets().at(0)->color() == QColor(QStringLiteral("#2e7d32")));
        REQUIRE(bars->barSets().at(2)->color() == QColor(QStringLiteral("#c62828")));
        REQUIRE(bars->barSets().at(0)->label() == ProgrammeTerms::name(TrafficLight::Green));
        int total = 0;
        for (QBarSet *set : bars->barSets())
            for (int i = 0; i < set->count(); ++i)
                total += int(set->at(i));
        REQUIRE(total == 25);
    }
    SECTION("by area and phases")
    {
        std::unique_ptr<QChart> area(programmecharts::trafficByArea(data));
        REQUIRE(setNames(area.get()).size() == 4);
        std::unique_ptr<QChart> phases(programmecharts::phases(data));
        auto *bars = qobject_cast<QAbstractBarSeries *>(phases->series().value(0));
        REQUIRE(bars);
        REQUIRE(bars->barSets().at(0)->count() == 4);
        REQUIRE(valueFor(phases.get(), QStringLiteral("Umsetzung")) == 15);
        // Horizontal bars run from the bottom up: the first phase comes last, so it is on top.
        REQUIRE(categoriesOf(phases.get()).constLast() == QStringLiteral("Idee"));
    }
    SECTION("timeline: a bar per sub-project, marks for reached, open and overdue, the report date")
    {
        std::unique_ptr<QChart> chart(programmecharts::timeline(data));
        REQUIRE(seriesOf(chart.get(), QAbstractSeries::SeriesTypeLine) == 25 + 1);
        REQUIRE(seriesOf(chart.get(), QAbstractSeries::SeriesTypeScatter) == 3);
        int marks = 0;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                marks += scatter->count();
        }
        REQUIRE(marks == 50);
        // TP-04 has a forecast end 60 days after its planned end: the bar ends there.
        QLineSeries *tp04 = nullptr;
        for (QAbstractSeries *s : chart->series()) {
            if (s->name() == QLatin1String("TP-04"))
                tp04 = qobject_cast<QLineSeries *>(s);
        }
        REQUIRE(tp04);
        REQUIRE(tp04->count() >= 2);
        REQUIRE(QDateTime::fromMSecsSinceEpoch(qint64(tp04->at(1).x())).date() ==
                data.subProjects.at(3).subProject.plannedEnd.addDays(60));
    }
    SECTION("milestones, maturity and training")
    {
        std::unique_ptr<QChart> milestones(programmecharts::milestonesDueAndOverdue(data));
        REQUIRE(setNames(milestones.get()).size() == 3);
        std::unique_ptr<QChart> now(programmecharts::maturityNow(data));
        auto *bars = qobject_cast<QAbstractBarSeries *>(now->series().value(0));
        REQUIRE(bars);
        REQUIRE(bars->count() == 2); // one set per model
        REQUIRE(bars->barSets().at(0)->count() == 8);
        std::unique_ptr<QChart> history(programmecharts::maturityHistory(data));
        auto *stacked = qobject_cast<QAbstractBarSeries *>(history->series().value(0));
        REQUIRE(stacked);
        REQUIRE(stacked->count() == 8);                   // a set per level of model 2.0
        REQUIRE(stacked->barSets().at(0)->count() == 12); // a bar per month end
        REQUIRE(history->title().contains(QStringLiteral("2.0")));
        // Where most services stand in model 1.1, the year is shown in its five levels.
        ProgrammeReportData older = data;
        older.maturityNow = {MaturityDistribution{kToday, MaturityModel::V1_1, {1, 2, 2, 1, 0}}, data.maturityNow.first()};
        older.maturityHistory.clear();
        for (int m = 11; m >= 0; --m)
            older.maturityHistory << MaturityDistribution{QDate(kToday.year(), kToday.month(), 1).addMonths(-m).addDays(-1),
                                                          MaturityModel::V1_1, {3, 2, 1, 0, 0}};
        std::unique_ptr<QChart> history11(programmecharts::maturityHistory(older));
        auto *stacked11 = qobject_cast<QAbstractBarSeries *>(history11->series().value(0));
        REQUIRE(stacked11);
        REQUIRE(stacked11->count() == 5);
        REQUIRE(stacked11->barSets().at(0)->at(0) == 3);
        REQUIRE(history11->title().contains(QStringLiteral("1.1")));
        std::unique_ptr<QChart> training(programmecharts::trainingCoverage(data));
        auto *coverage = qobject_cast<QAbstractBarSeries *>(training->series().value(0));
        REQUIRE(coverage);
        REQUIRE(coverage->barSets().at(0)->count() == 3);
        REQUIRE(valueFor(training.get(), QStringLiteral("OA – EA-1")) == Approx(100.0));
        REQUIRE(valueFor(training.get(), QStringLiteral("BA – EA-1")) == Approx(40.0));
    }
}

TEST_CASE("charts follow a dark palette, the report's charts stay light", "[programme]")
{
    const QPalette before = QApplication::palette();
    QPalette dark = before;
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    const ProgrammeReportData data = programme(3);
    std::unique_ptr<QChart> onScreen(programmecharts::phases(data));
    std::unique_ptr<QChart> onPaper(programmecharts::phases(data, programmecharts::Look::Paper));
    QApplication::setPalette(before);
    REQUIRE(onScreen->theme() == QChart::ChartThemeDark);
    REQUIRE(onPaper->theme() == QChart::ChartThemeLight);
    std::unique_ptr<QChart> light(programmecharts::phases(data));
    REQUIRE(light->theme() == QChart::ChartThemeLight);
}

TEST_CASE("a chart renders into an image of the size asked for", "[programme]")
{
    const ProgrammeReportData data = programme();
    std::unique_ptr<QChart> chart(programmecharts::timeline(data, programmecharts::Look::Paper));
    const QImage image = programmecharts::render(chart.get(), QSize(640, 400), 2.0);
    REQUIRE_FALSE(image.isNull());
    REQUIRE(image.size() == QSize(1280, 800));
    // Something was drawn: the traffic-light red of the bars appears somewhere.
    bool red = false;
    for (int y = 0; y < image.height() && !red; y += 2) {
        for (int x = 0; x < image.width() && !red; x += 2)
            red = image.pixelColor(x, y) == QColor(QStringLiteral("#c62828"));
    }
    REQUIRE(red);
    REQUIRE(chart->scene() == nullptr); // handed back to the caller
}

TEST_CASE("the dashboard shows the key figures and a view per chart with data", "[programme]")
{
    ProgrammeDashboard dashboard;
    REQUIRE(dashboard.chartCount() == 0);
    dashboard.setData(programme());
    REQUIRE(dashboard.chartCount() == 8);
    for (QChartView *view : dashboard.chartViews())
        REQUIRE_FALSE(view->accessibleName().isEmpty());
    ProgrammeReportData empty;
    empty.date = kToday;
    dashboard.setData(empty);
    REQUIRE(dashboard.chartCount() == 0);
}

TEST_CASE("the HTML report escapes the data and links only to the web", "[programme]")
{
    ProgrammeReportData data = programme(3);
    data.subProjects[0].subProject.title = QStringLiteral("<script>alert(1)</script>");
    data.subProjects[1].latest->text = QStringLiteral("Zeile 1\n<b onmouseover=\"x\">fett</b> & Co");
    const QString html = ProgrammeReportDocument::html(data);
    REQUIRE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    REQUIRE(html.contains(QStringLiteral("Digitalisation programme – status report")));
    REQUIRE_FALSE(html.contains(QStringLiteral("<script")));
    REQUIRE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    REQUIRE_FALSE(html.contains(QStringLiteral("<b onmouseover")));
    REQUIRE(html.contains(QStringLiteral("&amp; Co")));
    REQUIRE_FALSE(html.contains(QStringLiteral("href=\"javascript:"), Qt::CaseInsensitive));
    REQUIRE(html.contains(QStringLiteral("<a href=\"https://service.example.de/hund\">")));
    REQUIRE(html.count(QStringLiteral("<img src=\"data:image/png;base64,")) == 8);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    REQUIRE(ProgrammeReportDocument::writeHtml(data, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(QString::fromUtf8(file.readAll()) == html);
}

TEST_CASE("the PDF report has every page numbered and the sub-projects in it", "[programme]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(ProgrammeReportDocument::writePdf(programme(), path).ok());
    auto pdf = PdfDocument::open(path);
    REQUIRE(pdf.ok());
    const int pages = (*pdf)->pageCount();
    REQUIRE(pages >= 2);
    QString all;
    for (int page = 0; page < pages; ++page)
        all += (*pdf)->pageText(page) + QLatin1Char('\n');
    REQUIRE(all.contains(QStringLiteral("TP-01")));
    REQUIRE(all.contains(QStringLiteral("TP-25")));
    REQUIRE((*pdf)->pageText(0).contains(QStringLiteral("Page 1 of %1").arg(pages)));
    REQUIRE((*pdf)->pageText(pages - 1).contains(QStringLiteral("Page %1 of %1").arg(pages)));
    REQUIRE(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("report.pdf")});
}

TEST_CASE("an empty programme still gives a one-page report", "[programme]")
{
    ProgrammeReportData empty;
    empty.date = kToday;
    empty.scope = QStringLiteral("Ordnungsamt");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    REQUIRE(ProgrammeReportDocument::writePdf(empty, path).ok());
    auto pdf = PdfDocument::open(path);
    REQUIRE(pdf.ok());
    REQUIRE((*pdf)->pageCount() == 1);
    REQUIRE((*pdf)->pageText(0).contains(QStringLiteral("Page 1 of 1")));
    REQUIRE((*pdf)->pageText(0).contains(QStringLiteral("Ordnungsamt")));
    REQUIRE_FALSE(ProgrammeReportDocument::html(empty).contains(QStringLiteral("<img")));
}

TEST_CASE("a report into a missing folder fails and names the path", "[programme]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/report.pdf"));
    const Status status = ProgrammeReportDocument::writePdf(programme(2), path);
    REQUIRE_FALSE(status.ok());
    REQUIRE(status.error().message.contains(QDir::toNativeSeparators(path)));
    REQUIRE_FALSE(QFileInfo::exists(path));
    const Status html = ProgrammeReportDocument::writeHtml(programme(2), path);
    REQUIRE_FALSE(html.ok());
    REQUIRE(html.error().message.contains(QDir::toNativeSeparators(path)));
}
