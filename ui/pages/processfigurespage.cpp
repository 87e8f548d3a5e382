#include "pages/processfigurespage.h"

#include "background.h"
#include "common/settings.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "programme/programmecharts.h"
#include "workflow/workflowregistry.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace amtsdesk::ui {

ProcessFiguresPage::ProcessFiguresPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_workflow(new QComboBox), m_month(new QComboBox), m_table(new QTableWidget),
      m_chart(new QChartView), m_summary(new QLabel)
{
    auto *title = new QLabel(tr("<h2>Process figures</h2>How long items wait in each state of a workflow, from the "
                                "workflow history: per month, the number of items that left a state, and the median "
                                "and 90th percentile of the hours they spent in it."));
    title->setWordWrap(true);
    m_workflow->addItem(tr("All workflows"), QString());
    if (auto all = WorkflowRegistry(*session.db).all(); all) {
        for (const WorkflowDefinition &def : *all)
            m_workflow->addItem(def.label(), def.key());
    }
    m_workflow->addItem(tr("Milestones of the programme"), kMilestones);
    m_workflow->setAccessibleName(tr("Workflow"));
    m_month->setAccessibleName(tr("Month for the chart"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"));
    auto *reloadButton = new QPushButton(tr("&Reload"));

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Workflow:")));
    controls->addWidget(m_workflow);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Chart for:")));
    controls->addWidget(m_month);
    controls->addStretch(1);
    controls->addWidget(exportButton);
    controls->addWidget(reloadButton);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_workflow, &QComboBox::currentIndexChanged, this, &ProcessFiguresPage::reload);
    connect(m_month, &QComboBox::currentIndexChanged, this, &ProcessFiguresPage::showChart);
    connect(reloadButton, &QPushButton::clicked, this, &ProcessFiguresPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &ProcessFiguresPage::exportCsv);
    reload();
}

namespace {

// "2026-03" as "March 2026" in the user's language.
QString monthName(const QString &month)
{
    return QLocale().toString(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMMM yyyy"));
}

} // namespace

void ProcessFiguresPage::fillTable(const QStringList &headers, const QList<QStringList> &rows, int firstNumberColumn)
{
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column) {
            auto *item = new QTableWidgetItem(rows.at(row).at(column));
            if (column >= firstNumberColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void ProcessFiguresPage::replaceChart(QChart *chart)
{
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

bool ProcessFiguresPage::showingMilestones() const
{
    return m_workflow->currentData().toString() == kMilestones;
}

void ProcessFiguresPage::reload()
{
    const int generation = ++m_generation;
    m_summary->setText(tr("Computing…"));
    const Actor actor = m_session.actor;
    const QString workflow = m_workflow->currentData().toString();
    m_month->setEnabled(!showingMilestones());
    if (showingMilestones()) {
        runInBackground<QList<MilestoneMonth>>(
            this, *m_session.db, [actor](Database &db) { return MilestoneFigures::compute(db, actor); },
            [this, generation](Result<QList<MilestoneMonth>> months) {
                if (generation == m_generation)
                    showMilestones(std::move(months));
            });
        return;
    }
    runInBackground<QList<StateFigure>>(
        this, *m_session.db,
        [actor, workflow](Database &db) { return ProcessFigures::compute(db, actor, workflow); },
        [this, generation](Result<QList<StateFigure>> figures) {
            if (generation == m_generation)
                showFigures(std::move(figures));
        });
}

void ProcessFiguresPage::showMilestones(Result<QList<MilestoneMonth>> months)
{
    m_milestones = months ? *months : QList<MilestoneMonth>();
    m_summary->setText(months ? (m_milestones.isEmpty() ? tr("No milestone has fallen due yet.") : QString())
                              : months.error().message.toHtmlEscaped());
    const QLocale locale;
    QList<QStringList> rows;
    // Newest month first, as a person looks for the recent ones.
    for (auto m = m_milestones.crbegin(); m != m_milestones.crend(); ++m)
        rows << QStringList{monthName(m->month), locale.toString(m->due), locale.toString(m->onTime),
                            locale.toString(m->late), locale.toString(m->overdue),
                            m->late > 0 ? locale.toString(m->medianDelayDays, 'f', 1) : QString()};
    fillTable({tr("Month due"), tr("Due"), tr("Reached on time"), tr("Reached late"), tr("Overdue"),
               tr("Median delay (days)")},
              rows, 1);
    const QSignalBlocker block(m_month);
    m_month->clear();
    showMilestoneChart();
    emit loaded(int(m_milestones.size()));
}

void ProcessFiguresPage::showMilestoneChart()
{
    // The twelve months up to the last one with milestones, stacked: on time, late, still
    // overdue; a month without any stays on the axis as a gap.
    auto *onTime = new QBarSet(tr("Reached on time"));
    auto *late = new QBarSet(tr("Reached late"));
    auto *overdue = new QBarSet(tr("Overdue"));
    onTime->setColor(programmecharts::trafficColour(TrafficLight::Green));
    late->setColor(programmecharts::trafficColour(TrafficLight::Amber));
    overdue->setColor(programmecharts::trafficColour(TrafficLight::Red));
    QStringList categories;
    int most = 0;
    const QLocale locale;
    const QDate last = m_milestones.isEmpty()
                           ? QDate()
                           : QDate::fromString(m_milestones.last().month + QStringLiteral("-01"), Qt::ISODate);
    for (int back = 11; last.isValid() && back >= 0; --back) {
        const QDate month = last.addMonths(-back);
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        const auto found = std::find_if(m_milestones.cbegin(), m_milestones.cend(),
                                        [&](const MilestoneMonth &m) { return m.month == key; });
        const MilestoneMonth m = found != m_milestones.cend() ? *found : MilestoneMonth{};
        categories << locale.toString(month, QStringLiteral("MMM yy"));
        *onTime << m.onTime;
        *late << m.late;
        *overdue << m.overdue;
        most = std::max(most, m.onTime + m.late + m.overdue);
    }
    auto *series = new QStackedBarSeries;
    series->append(onTime);
    series->append(late);
    series->append(overdue);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(categories.isEmpty() ? tr("No milestones yet") : tr("Milestones by the month they were due"));
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::max(most, 1));
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickInterval(std::max(1, most / 5));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("milestones"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(chart);
}

void ProcessFiguresPage::showFigures(Result<QList<StateFigure>> figures)
{
    m_figures = figures ? *figures : QList<StateFigure>();
    m_summary->setText(figures ? (m_figures.isEmpty() ? tr("No item has left a state yet: there is nothing to measure.") : QString())
                               : figures.error().message.toHtmlEscaped());
    const QLocale locale;
    QList<QStringList> rows;
    QStringList months;
    for (const StateFigure &f : std::as_const(m_figures)) {
        rows << QStringList{f.workflowLabel, f.month, f.stateLabel, locale.toString(f.stays),
                            locale.toString(f.medianHours, 'f', 1), locale.toString(f.p90Hours, 'f', 1)};
        if (!months.contains(f.month))
            months << f.month;
    }
    fillTable({tr("Workflow"), tr("Month"), tr("State"), tr("Items"), tr("Median (h)"), tr("90th percentile (h)")},
              rows, 3);
    std::sort(months.begin(), months.end(), std::greater<>());
    const QSignalBlocker block(m_month);
    m_month->clear();
    for (const QString &month : std::as_const(months))
        m_month->addItem(monthName(month), month);
    showChart();
    emit loaded(int(m_figures.size()));
}

void ProcessFiguresPage::showChart()
{
    if (showingMilestones())
        return;
    const QString month = m_month->currentData().toString();
    auto *median = new QBarSet(tr("Median (h)"));
    auto *p90 = new QBarSet(tr("90th percentile (h)"));
    QStringList categories;
    double maxHours = 0;
    for (const StateFigure &f : std::as_const(m_figures)) {
        if (f.month != month)
            continue;
        categories << (m_workflow->currentData().toString().isEmpty() ? QStringLiteral("%1: %2").arg(f.workflowLabel, f.stateLabel)
                                                                      : f.stateLabel);
        *median << f.medianHours;
        *p90 << f.p90Hours;
        maxHours = std::max(maxHours, f.p90Hours);
    }
    auto *series = new QBarSeries;
    series->append(median);
    series->append(p90);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(month.isEmpty() ? tr("No figures yet") : tr("Hours spent per state, %1").arg(m_month->currentText()));
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, maxHours > 0 ? maxHours * 1.1 : 10);
    axisY->applyNiceNumbers();
    // Short stays need decimals, or every mark reads 0.
    axisY->setLabelFormat(maxHours < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    axisY->setTitleText(tr("hours"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(chart);
}

int ProcessFiguresPage::barCount() const
{
    int count = 0;
    for (QAbstractSeries *series : m_chart->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series); bars && !bars->barSets().isEmpty())
            count = std::max(count, int(bars->barSets().first()->count()));
    }
    return count;
}

bool ProcessFiguresPage::exportCsv()
{
    const QString folder = settings::lastExportFolder.value().isEmpty() ? QDir::homePath() : settings::lastExportFolder.value();
    const QString suggested =
        QDir(folder).filePath((showingMilestones() ? QStringLiteral("meilensteine-%1.csv") : QStringLiteral("prozesskennzahlen-%1.csv"))
                                  .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = FileDialog::saveFileName(this, tr("Export process figures"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    const QByteArray bytes = showingMilestones() ? MilestoneFigures::toCsv(m_milestones) : ProcessFigures::toCsv(m_figures);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::critical(this, tr("Export failed"), tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    settings::lastExportFolder.setValue(QFileInfo(path).absolutePath());
    return true;
}

} // namespace amtsdesk::ui
