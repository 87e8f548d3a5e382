#pragma once

#include "startup/session.h"
#include "programme/milestonefigures.h"
#include "workflow/processfigures.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace amtsdesk::ui {

// Process figures for process managers: where each workflow's items wait, per state and
// month (median and 90th percentile of the time spent), as a table and a chart, exportable
// as CSV; and how the programme's milestones keep their dates (on time, late, overdue).
class ProcessFiguresPage : public QWidget {
    Q_OBJECT

public:
    // The entry of the workflow choice that shows the programme's milestones.
    static inline const QString kMilestones = QStringLiteral("#milestones");

    explicit ProcessFiguresPage(Session &session, QWidget *parent = nullptr);

    void reload();
    // Writes the figures shown as CSV; asks for the file. False when cancelled or failed.
    bool exportCsv();
    QTableWidget *table() const { return m_table; }
    int barCount() const;

signals:
    void loaded(int rows);

private:
    bool showingMilestones() const;
    // Replaces the table's content; columns from firstNumberColumn on are right-aligned.
    void fillTable(const QStringList &headers, const QList<QStringList> &rows, int firstNumberColumn);
    void replaceChart(QChart *chart);
    void showFigures(Result<QList<StateFigure>> figures);
    void showMilestones(Result<QList<MilestoneMonth>> months);
    void showChart();
    void showMilestoneChart();

    Session &m_session;
    QComboBox *m_workflow;
    QComboBox *m_month;
    QTableWidget *m_table;
    QChartView *m_chart;
    QLabel *m_summary;
    QList<StateFigure> m_figures;
    QList<MilestoneMonth> m_milestones;
    int m_generation = 0;
};

} // namespace amtsdesk::ui
