#pragma once

#include "startup/session.h"
#include "workflow/processfigures.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace amtsdesk::ui {

// Process figures for process managers: where each workflow's items wait, per state and
// month (median and 90th percentile of the time spent), as a table and a chart, exportable
// as CSV.
class ProcessFiguresPage : public QWidget {
    Q_OBJECT

public:
    explicit ProcessFiguresPage(Session &session, QWidget *parent = nullptr);

    void reload();
    // Writes the figures shown as CSV; asks for the file. False when cancelled or failed.
    bool exportCsv();
    QTableWidget *table() const { return m_table; }
    int barCount() const;

signals:
    void loaded(int rows);

private:
    void showFigures(Result<QList<StateFigure>> figures);
    void showChart();

    Session &m_session;
    QComboBox *m_workflow;
    QComboBox *m_month;
    QTableWidget *m_table;
    QChartView *m_chart;
    QLabel *m_summary;
    QList<StateFigure> m_figures;
    int m_generation = 0;
};

} // namespace amtsdesk::ui
