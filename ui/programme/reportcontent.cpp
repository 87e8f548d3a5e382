#include "programme/reportcontent.h"

#include "programme/programmecharts.h"
#include "programme/reportfigures.h"

#include <QBuffer>
#include <QLocale>
#include <QUrl>
#include <QtCharts/QChart>

#include <memory>

namespace amtsdesk::ui {

namespace {

constexpr int kChartWidth = 640; // CSS pixels: the width of the A4 text area
constexpr int kChartHeight = 340;

QString shortDate(QDate day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString cell(const QString &html, const QString &attributes = {})
{
    return QStringLiteral("<td%1>%2</td>").arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, html);
}

// The header of a table, repeated on every page the table runs onto; widths in per cent.
QString headerRow(const QStringList &labels, const QList<int> &widths = {})
{
    QString row = QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString width = i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString();
        row += QStringLiteral("<th%1>%2</th>").arg(width, ReportContent::text(labels.at(i)));
    }
    return row + QStringLiteral("</tr></thead>");
}

QString tableStart()
{
    // Attributes for QTextDocument, which reads little CSS; the style sheet serves browsers.
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
}

QString trafficCell(TrafficLight light)
{
    const QString colour = programmecharts::trafficColour(light).name();
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2")
        .arg(colour, ReportContent::text(ProgrammeTerms::name(light)));
}

QString maturityText(const Maturity &maturity)
{
    return ReportContent::tr("level %1 (model %2)")
        .arg(QLocale().toString(maturity.level), ProgrammeTerms::key(maturity.model));
}

QString sectionEmpty(const QString &message)
{
    return QStringLiteral("<p class=\"empty\">%1</p>").arg(ReportContent::text(message));
}

QString subProjectTitle(const ProgrammeReportData &data, const QString &code)
{
    for (const ReportedSubProject &reported : data.subProjects) {
        if (reported.subProject.code == code)
            return reported.subProject.title;
    }
    return {};
}

QString milestoneTable(const ProgrammeReportData &data, const QList<Milestone> &milestones, bool withDone)
{
    if (milestones.isEmpty())
        return sectionEmpty(ReportContent::tr("None."));
    QString html = tableStart();
    QStringList labels = {ReportContent::tr("Sub-project"), ReportContent::tr("Milestone"), ReportContent::tr("Due")};
    if (withDone)
        labels << ReportContent::tr("Reached");
    html += headerRow(labels, withDone ? QList<int>{34, 34, 16, 16} : QList<int>{40, 40, 20});
    for (const Milestone &m : milestones) {
        const QString title = subProjectTitle(data, m.subProjectCode);
        QString sub = ReportContent::text(m.subProjectCode);
        if (!title.isEmpty())
            sub += QStringLiteral(" ") + ReportContent::text(title);
        html += QStringLiteral("<tr>") + cell(sub) + cell(ReportContent::text(m.title)) +
                cell(ReportContent::text(shortDate(m.due)));
        if (withDone)
            html += cell(ReportContent::text(shortDate(m.done)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString figuresTable(const ProgrammeReportData &data)
{
    QString html = QStringLiteral("<table class=\"figures\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\"><tr>");
    for (const ReportFigure &figure : ReportFigures::of(data)) {
        html += QStringLiteral("<td align=\"center\" width=\"16%\"><span class=\"value\" style=\"font-size:16pt; "
                               "font-weight:bold\">%1</span><br>%2</td>")
                    .arg(ReportContent::text(figure.value), ReportContent::text(figure.label));
    }
    return html + QStringLiteral("</tr></table>");
}

QString subProjectsTable(const ProgrammeReportData &data)
{
    if (data.subProjects.isEmpty())
        return sectionEmpty(ReportContent::tr("No sub-projects in this scope."));
    QString html = tableStart();
    html += headerRow({ReportContent::tr("Code"), ReportContent::tr("Title"), ReportContent::tr("Lead"),
                       ReportContent::tr("Phase"), ReportContent::tr("Status"), ReportContent::tr("Progress"),
                       ReportContent::tr("Latest report")});
    for (const ReportedSubProject &reported : data.subProjects) {
        const SubProject &sp = reported.subProject;
        const int progress = reported.latest ? reported.latest->progress : sp.progress;
        QString latest;
        if (reported.latest) {
            latest = QStringLiteral("<b>%1</b>").arg(ReportContent::text(shortDate(reported.latest->date)));
            if (!reported.latest->text.isEmpty())
                latest += QStringLiteral("<br>") + ReportContent::text(reported.latest->text);
        } else {
            latest = ReportContent::text(ReportContent::tr("no report yet"));
        }
        html += QStringLiteral("<tr>") + cell(ReportContent::text(sp.code)) + cell(ReportContent::text(sp.title)) +
                cell(ReportContent::text(sp.leadName)) +
                cell(ReportContent::text(sp.phaseLabel.isEmpty() ? sp.phase : sp.phaseLabel)) +
                cell(trafficCell(reported.trafficLight)) +
                cell(ReportContent::text(ReportFigures::percent(progress / 100.0)), QStringLiteral("align=\"right\"")) +
                cell(latest) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString servicesTable(const ProgrammeReportData &data)
{
    if (data.wentOnline.isEmpty())
        return sectionEmpty(ReportContent::tr("No service went online in the period."));
    QString html = tableStart();
    html += headerRow({ReportContent::tr("Service (LeiKa)"), ReportContent::tr("LeiKa key"),
                       ReportContent::tr("Department"), ReportContent::tr("Maturity"),
                       ReportContent::tr("Online since"), ReportContent::tr("Link")},
                      {23, 20, 12, 13, 11, 21});
    for (const DistrictService &service : data.wentOnline) {
        const QString name =
            service.catalogue.leikaName.isEmpty() ? service.catalogue.ozgName : service.catalogue.leikaName;
        html += QStringLiteral("<tr>") + cell(ReportContent::text(name)) +
                cell(ReportContent::text(service.catalogue.leikaKey)) +
                cell(ReportContent::text(service.departmentCode)) +
                cell(ReportContent::text(maturityText(service.now))) +
                cell(ReportContent::text(shortDate(service.goLive))) + cell(ReportContent::link(service.link)) +
                QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString trainingSection(const ProgrammeReportData &data)
{
    QString html;
    if (data.coverage.isEmpty()) {
        html += sectionEmpty(ReportContent::tr("No course is required in this scope."));
    } else {
        html += tableStart();
        html += headerRow({ReportContent::tr("Department"), ReportContent::tr("Course"),
                           ReportContent::tr("Trained / required"), ReportContent::tr("Share")},
                          {30, 40, 18, 12});
        const QLocale locale;
        for (const TrainingCoverage &row : data.coverage) {
            const QString department = row.departmentName.isEmpty()
                                           ? row.departmentCode
                                           : ReportContent::tr("%1 (%2)").arg(row.departmentName, row.departmentCode);
            const QString course = row.courseTitle.isEmpty()
                                       ? row.courseCode
                                       : ReportContent::tr("%1 %2").arg(row.courseCode, row.courseTitle);
            html += QStringLiteral("<tr>") + cell(ReportContent::text(department)) + cell(ReportContent::text(course)) +
                    cell(ReportContent::text(ReportContent::tr("%1 / %2").arg(locale.toString(row.trained),
                                                                              locale.toString(row.required))),
                         QStringLiteral("align=\"right\"")) +
                    cell(ReportContent::text(ReportFigures::percent(row.share())), QStringLiteral("align=\"right\"")) +
                    QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(ReportContent::text(
                    ReportContent::tr("In the period: %1 sessions, %2 attendances.")
                        .arg(QLocale().toString(data.sessionsInPeriod), QLocale().toString(data.attendancesInPeriod))));
    return html;
}

const char *kStyle = "body { font-family: sans-serif; font-size: 10pt; color: #212121; max-width: 48em; margin: 2em "
                     "auto; }\n"
                     "h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 1.4em; } h3 { font-size: 11pt; }\n"
                     "table { border-collapse: collapse; margin: 0.4em 0; }\n"
                     "th, td { border: 1px solid #bdbdbd; padding: 4px; vertical-align: top; text-align: left; }\n"
                     "th { background: #eeeeee; }\n"
                     "table.figures td { border: none; text-align: center; }\n"
                     "img { max-width: 100%; height: auto; }\n"
                     "p.empty { color: #616161; font-style: italic; }\n";

} // namespace

QString ReportContent::title()
{
    return tr("Digitalisation programme – status report");
}

QString ReportContent::text(const QString &plain)
{
    QString escaped = plain.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}

QString ReportContent::link(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl parsed(trimmed, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        parsed.host().isEmpty())
        return text(trimmed);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(text(QString::fromLatin1(parsed.toEncoded())), text(trimmed));
}

ReportContent ReportContent::build(const ProgrammeReportData &data, Images images)
{
    ReportContent content;
    const QLocale locale;
    QString &h = content.html;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(text(locale.bcp47Name()));
    h += QStringLiteral("<title>%1</title>\n").arg(text(title()));
    if (images == Images::DataUri)
        h += QStringLiteral("<style>\n%1</style>\n").arg(QLatin1String(kStyle));
    h += QStringLiteral("</head>\n<body>\n<h1>%1</h1>\n").arg(text(title()));
    const QString scope = data.scope.isEmpty() ? tr("Whole programme") : data.scope;
    h += QStringLiteral("<p>%1<br>%2")
             .arg(text(tr("Scope: %1").arg(scope)),
                  text(tr("As of %1").arg(locale.toString(data.date, QLocale::LongFormat))));
    if (data.periodStart.isValid() && data.periodEnd.isValid())
        h += QStringLiteral("<br>") +
             text(tr("Period: %1 to %2").arg(shortDate(data.periodStart), shortDate(data.periodEnd)));
    h += QStringLiteral("</p>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(text(tr("Key figures"))) + figuresTable(data) + QLatin1Char('\n');

    const QList<programmecharts::ChartKind> kinds = programmecharts::chartKinds();
    bool anyChart = false;
    for (const programmecharts::ChartKind &kind : kinds) {
        if (!kind.hasData(data))
            continue;
        if (!anyChart)
            h += QStringLiteral("<h2>%1</h2>\n").arg(text(tr("Charts")));
        anyChart = true;
        std::unique_ptr<QChart> chart(kind.make(data, programmecharts::Look::Paper));
        const QSize size(kChartWidth, kind.wide ? programmecharts::timelineHeight(data) : kChartHeight);
        const QImage image = programmecharts::render(chart.get(), size, 2.0);
        QString source;
        if (images == Images::DataUri) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            source = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
        } else {
            source = QStringLiteral("chart:") + kind.name;
            content.charts << Chart{source, image};
        }
        h += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n")
                 .arg(source, QString::number(size.width()), QString::number(size.height()), text(chart->title()));
    }

    h += QStringLiteral("<h2>%1</h2>\n").arg(text(tr("Sub-projects"))) + subProjectsTable(data) + QLatin1Char('\n');
    h += QStringLiteral("<h2>%1</h2>\n").arg(text(tr("Milestones")));
    h += QStringLiteral("<h3>%1</h3>\n").arg(text(tr("Reached in the period"))) +
         milestoneTable(data, data.reached, true);
    h += QStringLiteral("<h3>%1</h3>\n").arg(text(tr("Due in the period"))) + milestoneTable(data, data.due, false);
    h += QStringLiteral("<h3>%1</h3>\n").arg(text(tr("Overdue"))) + milestoneTable(data, data.overdue, false);
    h += QStringLiteral("<h2>%1</h2>\n").arg(text(tr("Services that went online"))) + servicesTable(data);
    h += QStringLiteral("<h2>%1</h2>\n").arg(text(tr("Training"))) + trainingSection(data);
    h += QStringLiteral("</body>\n</html>\n");
    return content;
}

} // namespace amtsdesk::ui
