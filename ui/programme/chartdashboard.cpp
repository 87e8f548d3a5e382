// ProgrammeDashboard (declared in programmecharts.h): the key figures and every chart that has
// something to show, two to a row, the timeline across the whole width.
#include "programme/programmecharts.h"
#include "programme/reportfigures.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace amtsdesk::ui {

ProgrammeDashboard::ProgrammeDashboard(QWidget *parent) : QWidget(parent)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    m_figures = new QGridLayout;
    m_figures->setHorizontalSpacing(12);
    column->addLayout(m_figures);
    m_grid = new QGridLayout;
    m_grid->setSpacing(8);
    // Two charts to a row share it evenly, whatever their legends and labels ask for.
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    column->addLayout(m_grid);
    column->addStretch(1);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setAccessibleName(tr("Programme dashboard"));
    rebuild();
}

void ProgrammeDashboard::setData(const ProgrammeReportData &data)
{
    m_data = data;
    rebuild();
}

int ProgrammeDashboard::chartCount() const
{
    return int(m_views.size());
}

void ProgrammeDashboard::changeEvent(QEvent *event)
{
    // A switch between light and dark palette redraws the charts in the matching theme.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ProgrammeDashboard::rebuild()
{
    for (QLabel *label : std::as_const(m_figureLabels))
        delete label;
    m_figureLabels.clear();
    for (QChartView *view : std::as_const(m_views))
        delete view; // deletes its chart as well
    m_views.clear();

    const QList<ReportFigure> figures = ReportFigures::of(m_data);
    for (int i = 0; i < figures.size(); ++i) {
        const ReportFigure &figure = figures.at(i);
        auto *value = new QLabel(figure.value);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        value->setAlignment(Qt::AlignCenter);
        value->setToolTip(figure.hint);
        value->setAccessibleName(figure.label);
        value->setAccessibleDescription(figure.hint);
        auto *caption = new QLabel(figure.label);
        caption->setAlignment(Qt::AlignCenter);
        caption->setWordWrap(true);
        caption->setToolTip(figure.hint);
        caption->setBuddy(value);
        m_figures->addWidget(value, 0, i);
        m_figures->addWidget(caption, 1, i);
        m_figureLabels << value << caption;
    }

    int row = 0;
    int col = 0;
    for (const programmecharts::ChartKind &kind : programmecharts::chartKinds()) {
        if (!kind.hasData(m_data))
            continue;
        QChart *chart = kind.make(m_data, programmecharts::Look::Palette);
        auto *view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setObjectName(kind.name);
        view->setAccessibleName(chart->title());
        view->setMinimumHeight(kind.wide ? programmecharts::timelineHeight(m_data) : 320);
        view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        view->setMinimumWidth(320);
        if (kind.wide) {
            if (col != 0) {
                ++row;
                col = 0;
            }
            m_grid->addWidget(view, row++, 0, 1, 2);
        } else {
            m_grid->addWidget(view, row, col);
            if (++col == 2) {
                col = 0;
                ++row;
            }
        }
        m_views << view;
    }
    if (m_views.isEmpty()) {
        auto *empty = new QLabel(tr("Nothing to show yet: the scope has no sub-projects, services or training."));
        empty->setAlignment(Qt::AlignCenter);
        m_grid->addWidget(empty, 0, 0, 1, 2);
        m_figureLabels << empty; // removed with the figures on the next rebuild
    }
}

} // namespace amtsdesk::ui
