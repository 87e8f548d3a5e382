#include "pages/processfigurespage.h"

#include "background.h"
#include "common/settings.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "workflow/workflowregistry.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
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
    m_workflow->setAccessibleName(tr("Workflow"));
    m_month->setAccessibleName(tr("Month for the chart"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"));
    auto *reloadButton = new QPushButton(tr("&Reload"));

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Workflow"), tr("Month"), tr("State"), tr("Items"), tr("Median (h)"), tr("90th percentile (h)")});
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

void ProcessFiguresPage::reload()
{
    const int generation = ++m_generation;
    m_summary->setText(tr("Computing…"));
    const Actor actor = m_session.actor;
    const QString workflow = m_workflow->currentData().toString();
    runInBackground<QList<StateFigure>>(
        this, *m_session.db,
        [actor, workflow](Database &db) { return ProcessFigures::compute(db, actor, workflow); },
        [this, generation](Result<QList<StateFigure>> figures) {
            if (generation == m_generation)
                showFigures(std::move(figures));
        });
}

void ProcessFiguresPage::showFigures(Result<QList<StateFigure>> figures)
{
    m_figures = figures ? *figures : QList<StateFigure>();
    m_summary->setText(figures ? (m_figures.isEmpty() ? tr("No item has left a state yet: there is nothing to measure.") : QString())
                               : figures.error().message.toHtmlEscaped());
    const QLocale locale;
    m_table->setRowCount(int(m_figures.size()));
    QStringList months;
    for (int row = 0; row < m_figures.size(); ++row) {
        const StateFigure &f = m_figures.at(row);
        const QStringList cells{f.workflowLabel, f.month, f.stateLabel, locale.toString(f.stays),
                                locale.toString(f.medianHours, 'f', 1), locale.toString(f.p90Hours, 'f', 1)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        if (!months.contains(f.month))
            months << f.month;
    }
    m_table->resizeColumnsToContents();
    std::sort(months.begin(), months.end(), std::greater<>());
    const QSignalBlocker block(m_month);
    m_month->clear();
    for (const QString &month : std::as_const(months))
        m_month->addItem(locale.toString(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMMM yyyy")), month);
    showChart();
    emit loaded(int(m_figures.size()));
}

void ProcessFiguresPage::showChart()
{
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
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("hours"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

int ProcessFiguresPage::barCount() const
{
    int count = 0;
    for (QAbstractSeries *series : m_chart->chart()->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series); bars && !bars->barSets().isEmpty())
            count = std::max(count, int(bars->barSets().first()->count()));
    }
    return count;
}

bool ProcessFiguresPage::exportCsv()
{
    const QString folder = settings::lastExportFolder.value().isEmpty() ? QDir::homePath() : settings::lastExportFolder.value();
    const QString suggested = QDir(folder).filePath(QStringLiteral("prozesskennzahlen-%1.csv")
                                                        .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = FileDialog::saveFileName(this, tr("Export process figures"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    const QByteArray bytes = ProcessFigures::toCsv(m_figures);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::critical(this, tr("Export failed"), tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    settings::lastExportFolder.setValue(QFileInfo(path).absolutePath());
    return true;
}

} // namespace amtsdesk::ui
