#include "programme/subprojectspanel.h"

#include "dialogs/amounttext.h"
#include "dialogs/formdialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/transitiondialog.h"
#include "programme/programmecharts.h"
#include "programme/programmetables.h"
#include "programme/subprojectdialog.h"
#include "workflow/workflowengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace amtsdesk::ui {

using programmetables::date;

namespace {

enum Column { Code, Title, Area, Department, Lead, Phase, Light, Progress, ForecastEnd };

QDate endOf(const SubProject &s)
{
    return s.forecastEnd.isValid() ? s.forecastEnd : s.plannedEnd;
}

} // namespace

SubProjectsPanel::SubProjectsPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_mine(new QCheckBox(tr("Only my departments"))),
      m_completed(new QCheckBox(tr("Show completed"))),
      m_table(programmetables::readOnly({tr("Code"), tr("Title"), tr("Area"), tr("Department"), tr("Lead"), tr("Phase"),
                                         tr("Traffic light"), tr("Progress"), tr("End (forecast)")})),
      m_details(new QLabel), m_reports(programmetables::readOnly(
                                 {tr("Date"), tr("Traffic light"), tr("Progress"), tr("Author"), tr("Report")})),
      m_milestones(programmetables::readOnly({tr("Milestone"), tr("Due"), tr("Reached"), tr("State")})),
      m_newButton(new QPushButton(tr("&New sub-project…"))), m_editButton(new QPushButton(tr("&Edit…"))),
      m_reportButton(new QPushButton(tr("New &status report…"))),
      m_milestoneButton(new QPushButton(tr("Add &milestone…"))),
      m_doneButton(new QPushButton(tr("Milestone &reached"))), m_phaseButton(new QToolButton),
      m_phaseMenu(new QMenu(this))
{
    m_table->setAccessibleName(tr("Sub-projects"));
    m_reports->setAccessibleName(tr("Status reports"));
    m_milestones->setAccessibleName(tr("Milestones"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_completed->setChecked(true);
    m_mine->setToolTip(tr("Sub-projects your departments sponsor or take part in"));
    m_phaseButton->setText(tr("Next &phase"));
    m_phaseButton->setPopupMode(QToolButton::InstantPopup);
    m_phaseButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_phaseButton->setMenu(m_phaseMenu);
    m_reportButton->setToolTip(tr("A dated status report: traffic light, progress and what happened; it cannot be "
                                  "changed afterwards"));

    m_newButton->setToolTip(tr("A new sub-project with all its fields"));
    m_editButton->setToolTip(tr("Code, title, area, lead, departments, dates, budget, risks, dependencies and e-file "
                                "of the selected sub-project"));
    m_newButton->setEnabled(mayCreate());

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_mine);
    filters->addWidget(m_completed);
    filters->addStretch(1);
    filters->addWidget(m_newButton);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_editButton);
    actions->addWidget(m_reportButton);
    actions->addWidget(m_milestoneButton);
    actions->addWidget(m_doneButton);
    actions->addWidget(m_phaseButton);
    actions->addStretch(1);

    auto *lower = new QSplitter(Qt::Horizontal);
    auto *reportsBox = new QWidget;
    auto *reportsLayout = new QVBoxLayout(reportsBox);
    reportsLayout->setContentsMargins(0, 0, 0, 0);
    reportsLayout->addWidget(new QLabel(tr("<b>Status reports</b> (newest first)")));
    reportsLayout->addWidget(m_reports);
    auto *milestonesBox = new QWidget;
    auto *milestonesLayout = new QVBoxLayout(milestonesBox);
    milestonesLayout->setContentsMargins(0, 0, 0, 0);
    milestonesLayout->addWidget(new QLabel(tr("<b>Milestones</b>")));
    milestonesLayout->addWidget(m_milestones);
    lower->addWidget(reportsBox);
    lower->addWidget(milestonesBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);

    auto *detailBox = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(lower, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_mine, &QCheckBox::toggled, this, &SubProjectsPanel::reload);
    connect(m_completed, &QCheckBox::toggled, this, &SubProjectsPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SubProjectsPanel::showCurrent);
    connect(m_milestones, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_milestones->currentRow();
        m_doneButton->setEnabled(m_reportButton->isEnabled() && row >= 0 && row < m_shownMilestones.size() &&
                                 !m_shownMilestones.at(row).done.isValid());
    });
    connect(m_newButton, &QPushButton::clicked, this, [this] { openNew(); });
    connect(m_editButton, &QPushButton::clicked, this, &SubProjectsPanel::openEdit);
    connect(m_reportButton, &QPushButton::clicked, this, &SubProjectsPanel::askStatusReport);
    connect(m_milestoneButton, &QPushButton::clicked, this, &SubProjectsPanel::askMilestone);
    connect(m_doneButton, &QPushButton::clicked, this, [this] { completeMilestone(m_milestones->currentRow()); });
    connect(m_phaseMenu, &QMenu::aboutToShow, this, &SubProjectsPanel::fillPhaseMenu);
}

void SubProjectsPanel::reload()
{
    const QString selected = current() ? current()->code : QString();
    SubProjectFilter filter;
    filter.includeCompleted = m_completed->isChecked();
    auto all = SubProjects(*m_session.db).list(filter);
    if (!all) {
        m_shown.clear();
        m_table->setRowCount(0);
        m_details->setText(tr("The sub-projects cannot be read: %1").arg(all.error().message.toHtmlEscaped()));
        return;
    }
    const QSet<DepartmentId> mine = m_session.actor.departments();
    m_shown.clear();
    for (const SubProject &s : std::as_const(*all)) {
        bool ours = mine.contains(s.department);
        for (const DepartmentId d : s.participating)
            ours = ours || mine.contains(d);
        if (!m_mine->isChecked() || ours)
            m_shown << s;
    }
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const SubProject &s = m_shown.at(row);
        programmetables::setRow(m_table, row,
                                {s.code, s.title, ProgrammeTerms::name(s.area), s.departmentCode, s.leadName,
                                 s.phaseLabel, ProgrammeTerms::name(s.trafficLight),
                                 QLocale().toString(s.progress) + QStringLiteral(" %"), date(endOf(s))});
        QTableWidgetItem *light = m_table->item(row, Light);
        light->setIcon([&] {
            QPixmap dot(12, 12);
            dot.fill(programmecharts::trafficColour(s.trafficLight));
            return QIcon(dot);
        }());
        if (!s.trafficReason.isEmpty())
            light->setToolTip(s.trafficReason);
        if (endOf(s).isValid() && endOf(s) < m_session.db->clock().today() && s.progress < 100)
            m_table->item(row, ForecastEnd)->setForeground(QColor(0xb0, 0x20, 0x20));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Title, qMin(m_table->columnWidth(Title), 360));
    if (!select(selected) && !m_shown.isEmpty())
        m_table->selectRow(0);
    showCurrent();
}

bool SubProjectsPanel::select(const QString &code)
{
    return programmetables::selectFirst<SubProject>(m_table, m_shown,
                                                    [&](const SubProject &s) { return s.code == code; });
}

std::optional<SubProject> SubProjectsPanel::current() const
{
    return programmetables::selected(m_table, m_shown);
}

void SubProjectsPanel::showCurrent()
{
    const std::optional<SubProject> s = current();
    const bool editable = s && SubProjects(*m_session.db).mayEdit(m_session.actor, *s).ok();
    m_editButton->setEnabled(editable);
    m_reportButton->setEnabled(editable);
    m_milestoneButton->setEnabled(editable);
    m_doneButton->setEnabled(false);
    m_phaseButton->setEnabled(s && !phaseSteps().isEmpty());
    m_reports->setRowCount(0);
    m_milestones->setRowCount(0);
    m_shownMilestones.clear();
    if (!s) {
        m_details->setText(m_shown.isEmpty() ? tr("No sub-projects to show.") : tr("Choose a sub-project above."));
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines << QStringLiteral("<b>%1 %2</b>").arg(s->code.toHtmlEscaped(), s->title.toHtmlEscaped());
    if (!s->description.isEmpty())
        lines << s->description.toHtmlEscaped();
    lines << tr("Lead: %1 · sponsoring department: %2 · taking part: %3")
                 .arg(s->leadName.toHtmlEscaped(), s->departmentCode.toHtmlEscaped(),
                      s->participatingCodes.isEmpty() ? tr("none") : s->participatingCodes.join(QStringLiteral(", ")));
    lines << tr("Planned %1 – %2 · forecast %3 – %4")
                 .arg(date(s->plannedStart), date(s->plannedEnd), date(s->forecastStart), date(s->forecastEnd));
    lines << tr("Budget: %1 € planned, %2 € spent")
                 .arg(amounttext::format(s->budgetPlanned), amounttext::format(s->budgetSpent));
    if (!s->dependsOnCodes.isEmpty())
        lines << tr("Depends on: %1").arg(s->dependsOnCodes.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!s->risks.isEmpty())
        lines << tr("Risks: %1").arg(s->risks.toHtmlEscaped());
    if (!s->fileReference.isEmpty())
        lines << tr("E-file: %1").arg(s->fileReference.toHtmlEscaped());
    if (s->idea) {
        auto idea = Ideas(*m_session.db).idea(*s->idea);
        lines << tr("From idea %1: %2")
                     .arg(s->idea->value)
                     .arg(idea ? idea->title.toHtmlEscaped() : idea.error().message.toHtmlEscaped());
    }
    if (!editable)
        lines << tr("<i>You may read this sub-project; its officers and the programme manager edit it.</i>");
    m_details->setText(lines.join(QStringLiteral("<br>")));

    SubProjects subProjects(*m_session.db);
    if (auto reports = subProjects.reports(s->id); reports) {
        QList<StatusReport> newestFirst = *reports;
        std::sort(newestFirst.begin(), newestFirst.end(), [](const StatusReport &a, const StatusReport &b) {
            return a.date != b.date ? a.date > b.date : a.id > b.id;
        });
        m_reports->setRowCount(int(newestFirst.size()));
        for (int row = 0; row < newestFirst.size(); ++row) {
            const StatusReport &r = newestFirst.at(row);
            programmetables::setRow(m_reports, row,
                                    {date(r.date), ProgrammeTerms::name(r.trafficLight),
                                     locale.toString(r.progress) + QStringLiteral(" %"), r.authorName,
                                     QString(r.text).replace(QLatin1Char('\n'), QLatin1Char(' '))});
            m_reports->item(row, 4)->setToolTip(r.text);
        }
        m_reports->resizeColumnsToContents();
    }
    if (auto milestones = subProjects.milestones(s->id); milestones) {
        m_shownMilestones = *milestones;
        const QDate today = m_session.db->clock().today();
        m_milestones->setRowCount(int(m_shownMilestones.size()));
        for (int row = 0; row < m_shownMilestones.size(); ++row) {
            const Milestone &m = m_shownMilestones.at(row);
            const QString state = m.done.isValid() ? tr("reached") : m.isOverdue(today) ? tr("overdue") : tr("open");
            programmetables::setRow(m_milestones, row, {m.title, date(m.due), date(m.done), state});
            if (m.isOverdue(today))
                m_milestones->item(row, 3)->setForeground(QColor(0xb0, 0x20, 0x20));
        }
        m_milestones->resizeColumnsToContents();
    }
}

QList<WorkflowTransition> SubProjectsPanel::phaseSteps() const
{
    const std::optional<SubProject> s = current();
    if (!s || !s->workflowItem.isValid())
        return {};
    WorkflowEngine engine(*m_session.db);
    auto item = engine.item(s->workflowItem);
    if (!item)
        return {};
    auto steps = engine.available(m_session.actor, *item);
    return steps ? *steps : QList<WorkflowTransition>{};
}

void SubProjectsPanel::fillPhaseMenu()
{
    m_phaseMenu->clear();
    const std::optional<SubProject> s = current();
    for (const WorkflowTransition &t : phaseSteps()) {
        const QString label = t.labels.text(t.key);
        m_phaseMenu->addAction(label, this, [this, t, label, s] {
            Task task;
            task.kind = tr("Sub-project");
            task.title = s ? s->code + QStringLiteral(" ") + s->title : QString();
            TransitionDialog dialog(task, TaskAction{t.key, label, t.commentRequired, t.requiredFields}, this);
            if (dialog.exec() == QDialog::Accepted)
                takePhaseStep(t.key, dialog.comment());
        });
    }
}

bool SubProjectsPanel::takePhaseStep(const QString &transition, const QString &comment)
{
    const std::optional<SubProject> s = current();
    if (!s)
        return false;
    WorkflowEngine engine(*m_session.db);
    auto item = engine.item(s->workflowItem);
    if (!item)
        return refuse(tr("Next phase"), item.error());
    auto moved =
        engine.take(m_session.actor, s->workflowItem, TransitionRequest{transition, comment, {}, item->rowVersion});
    if (!moved)
        return refuse(tr("Next phase"), moved.error());
    reload();
    emit changed(tr("%1 is now in the phase %2.").arg(s->code, current() ? current()->phaseLabel : moved->state));
    return true;
}

void SubProjectsPanel::askStatusReport()
{
    const std::optional<SubProject> s = current();
    if (!s)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Status report for %1").arg(s->code));
    auto *day = new QDateEdit(m_session.db->clock().today());
    day->setCalendarPopup(true);
    day->setMaximumDate(m_session.db->clock().today());
    auto *light = new QComboBox;
    for (const TrafficLight l : ProgrammeTerms::trafficLights())
        light->addItem(ProgrammeTerms::name(l), int(l));
    light->setCurrentIndex(light->findData(int(s->trafficLight)));
    auto *progress = new QSpinBox;
    progress->setRange(0, 100);
    progress->setSuffix(QStringLiteral(" %"));
    progress->setValue(s->progress);
    auto *text = new QPlainTextEdit;
    text->setPlaceholderText(tr("What happened, what comes next; for amber or red, the reason"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Date:"), day);
    form->addRow(tr("Traffic light:"), light);
    form->addRow(tr("Progress:"), progress);
    form->addRow(tr("Report:"), text);
    QDialogButtonBox *buttons = formdialog::addOkCancel(dialog, form);
    const auto updateOk = [&] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text->toPlainText().trimmed().isEmpty());
    };
    connect(text, &QPlainTextEdit::textChanged, &dialog, updateOk);
    updateOk();
    dialog.resize(520, 360);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addStatusReport(NewStatusReport{day->date(), TrafficLight(light->currentData().toInt()), progress->value(),
                                    text->toPlainText().trimmed()});
}

bool SubProjectsPanel::addStatusReport(const NewStatusReport &report)
{
    const std::optional<SubProject> s = current();
    if (!s)
        return false;
    if (auto added = SubProjects(*m_session.db).addReport(m_session.actor, s->id, report); !added)
        return refuse(tr("Status report"), added.error());
    reload();
    emit changed(tr("Status report for %1 saved.").arg(s->code));
    return true;
}

void SubProjectsPanel::askMilestone()
{
    const std::optional<SubProject> s = current();
    if (!s)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Milestone for %1").arg(s->code));
    auto *title = new QLineEdit;
    auto *due = new QDateEdit(m_session.db->clock().today().addMonths(1));
    due->setCalendarPopup(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Milestone:"), title);
    form->addRow(tr("Due:"), due);
    formdialog::okOnlyWithText(formdialog::addOkCancel(dialog, form), title);
    if (dialog.exec() == QDialog::Accepted)
        addMilestone(title->text().trimmed(), due->date());
}

bool SubProjectsPanel::addMilestone(const QString &title, QDate due)
{
    const std::optional<SubProject> s = current();
    if (!s)
        return false;
    if (auto added = SubProjects(*m_session.db).addMilestone(m_session.actor, s->id, title, due); !added)
        return refuse(tr("Milestone"), added.error());
    reload();
    emit changed(tr("Milestone for %1 added.").arg(s->code));
    return true;
}

bool SubProjectsPanel::completeMilestone(int row, QDate done)
{
    if (row < 0 || row >= m_shownMilestones.size())
        return false;
    const Milestone m = m_shownMilestones.at(row);
    if (Status s = SubProjects(*m_session.db).completeMilestone(m_session.actor, m.id, done); !s)
        return refuse(tr("Milestone"), s);
    reload();
    emit changed(tr("Milestone “%1” reached.").arg(m.title));
    return true;
}

bool SubProjectsPanel::mayCreate() const
{
    if (m_session.actor.hasRole(Role::ProgrammeManager))
        return true;
    SubProjects subProjects(*m_session.db);
    for (const DepartmentId d : m_session.actor.departments()) {
        SubProject probe;
        probe.department = d;
        if (subProjects.mayEdit(m_session.actor, probe).ok())
            return true;
    }
    return false;
}

SubProjectDialog *SubProjectsPanel::openNew(const std::optional<Idea> &idea)
{
    auto *dialog = new SubProjectDialog(m_session, idea, this);
    return openDialog(dialog, [idea](const QString &code) {
        return idea ? tr("Idea %1 became the sub-project %2.").arg(idea->id.value).arg(code)
                    : tr("Sub-project %1 created.").arg(code);
    });
}

SubProjectDialog *SubProjectsPanel::openEdit()
{
    const std::optional<SubProject> s = current();
    if (!s)
        return nullptr;
    return openDialog(new SubProjectDialog(m_session, *s, this),
                      [](const QString &code) { return tr("Sub-project %1 saved.").arg(code); });
}

SubProjectDialog *SubProjectsPanel::openDialog(SubProjectDialog *dialog,
                                               const std::function<QString(const QString &)> &done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, done] {
        const QString code = dialog->savedCode();
        reload();
        select(code);
        emit changed(done(code));
    });
    // Window-modal without a nested event loop: the page stays drawn, and tests can fill it in.
    dialog->open();
    return dialog;
}

bool SubProjectsPanel::refuse(const QString &title, const Status &status)
{
    MessageBox::critical(this, title, status.error().message);
    showCurrent();
    return false;
}

} // namespace amtsdesk::ui
