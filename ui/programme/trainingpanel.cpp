#include "programme/trainingpanel.h"

#include "programme/programmetables.h"
#include "programme/reportfigures.h"
#include "programme/training.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace amtsdesk::ui {

namespace {
// Below this share of trained staff a required course is marked (the programme's goal).
constexpr double kCoverageGoal = 0.8;
} // namespace

TrainingPanel::TrainingPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_day(new QDateEdit(session.db->clock().today())), m_summary(new QLabel),
      m_table(
          programmetables::readOnly({tr("Department"), tr("Course"), tr("Must take it"), tr("Trained"), tr("Share")}))
{
    m_day->setCalendarPopup(true);
    m_day->setAccessibleName(tr("Coverage on"));
    m_table->setAccessibleName(tr("Training coverage"));
    m_summary->setWordWrap(true);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("On:")));
    controls->addWidget(m_day);
    controls->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    connect(m_day, &QDateEdit::dateChanged, this, &TrainingPanel::reload);
}

void TrainingPanel::reload()
{
    auto coverage = Training(*m_session.db).coverage(m_day->date());
    if (!coverage) {
        m_table->setRowCount(0);
        m_summary->setText(tr("The training figures cannot be read: %1").arg(coverage.error().message));
        return;
    }
    m_table->setRowCount(int(coverage->size()));
    int below = 0;
    for (int row = 0; row < coverage->size(); ++row) {
        const TrainingCoverage &c = coverage->at(row);
        programmetables::setRow(m_table, row,
                                {c.departmentCode + QStringLiteral(" ") + c.departmentName,
                                 c.courseCode + QStringLiteral(" ") + c.courseTitle, QLocale().toString(c.required),
                                 QLocale().toString(c.trained), ReportFigures::percent(c.share())});
        if (c.share() < kCoverageGoal) {
            ++below;
            m_table->item(row, 4)->setForeground(QColor(0xb0, 0x20, 0x20));
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(coverage->isEmpty() ? tr("No course is required of any department yet.")
                                           : tr("%1 of %2 required courses are below %3 of their staff trained.")
                                                 .arg(below)
                                                 .arg(coverage->size())
                                                 .arg(ReportFigures::percent(kCoverageGoal)));
}

} // namespace amtsdesk::ui
