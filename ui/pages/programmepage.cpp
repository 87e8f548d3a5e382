#include "pages/programmepage.h"

#include "background.h"
#include "common/settings.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "programme/ideaspanel.h"
#include "programme/programmecharts.h"
#include "programme/programmechoices.h"
#include "programme/programmereportdocument.h"
#include "programme/servicespanel.h"
#include "programme/subprojectspanel.h"
#include "programme/trainingtabs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace amtsdesk::ui {

ProgrammePage::ProgrammePage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_scope(new QComboBox), m_day(new QDateEdit(session.db->clock().today())),
      m_state(new QLabel), m_tabs(new QTabWidget), m_dashboard(new ProgrammeDashboard),
      m_subProjects(new SubProjectsPanel(session)), m_services(new ServicesPanel(session)),
      m_training(new TrainingTabs(session)), m_ideas(new IdeasPanel(session))
{
    m_scope->addItem(tr("Whole programme"), QVariant());
    programmechoices::addDepartments(m_scope, *session.db);
    // An officer starts with their own department, the programme manager with the whole.
    if (!session.actor.hasRole(Role::ProgrammeManager) && session.actor.department.isValid()) {
        const int own = m_scope->findData(session.actor.department.value);
        if (own >= 0)
            m_scope->setCurrentIndex(own);
    }
    m_scope->setAccessibleName(tr("Report scope"));
    // The state may wrap rather than push the export buttons off a 1366 px screen.
    m_state->setWordWrap(true);
    m_day->setCalendarPopup(true);
    m_day->setAccessibleName(tr("Report date"));
    auto *pdf = new QPushButton(tr("Status report as &PDF…"));
    auto *html = new QPushButton(tr("Status report as &HTML…"));
    pdf->setToolTip(tr("The status report / newsletter for the day and scope chosen: charts, each sub-project's "
                       "latest status, milestones, services that went online, training figures"));
    html->setToolTip(pdf->toolTip());

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Scope:")));
    controls->addWidget(m_scope);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("On:")));
    controls->addWidget(m_day);
    controls->addWidget(m_state, 1);
    controls->addWidget(pdf);
    controls->addWidget(html);
    auto *overview = new QWidget;
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addLayout(controls);
    overviewLayout->addWidget(m_dashboard, 1);

    m_tabs->addTab(overview, tr("&Overview"));
    m_tabs->addTab(m_subProjects, tr("&Sub-projects"));
    m_tabs->addTab(m_services, tr("OZG s&ervices"));
    m_tabs->addTab(m_training, tr("&Training"));
    m_tabs->addTab(m_ideas, tr("&Ideas"));
    auto *title = new QLabel(tr("<h2>Digitalisation programme</h2>"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ProgrammePage::reloadOverview);
    connect(m_day, &QDateEdit::dateChanged, this, &ProgrammePage::reloadOverview);
    connect(pdf, &QPushButton::clicked, this, [this] { exportReport(true); });
    connect(html, &QPushButton::clicked, this, [this] { exportReport(false); });
    connect(m_subProjects, &SubProjectsPanel::changed, this, &ProgrammePage::message);
    connect(m_services, &ServicesPanel::changed, this, &ProgrammePage::message);
    connect(m_training, &TrainingTabs::changed, this, &ProgrammePage::message);
    connect(m_ideas, &IdeasPanel::changed, this, &ProgrammePage::message);
    connect(m_subProjects, &SubProjectsPanel::changed, this, [this] {
        m_services->reload();
        m_ideas->reload(); // an idea shows the sub-project it became
        reloadOverview();
    });
    connect(m_services, &ServicesPanel::changed, this, &ProgrammePage::reloadOverview);
    connect(m_training, &TrainingTabs::changed, this, &ProgrammePage::reloadOverview);
    connect(m_ideas, &IdeasPanel::changed, this, [this] { m_subProjects->reload(); });
    connect(m_ideas, &IdeasPanel::subProjectWanted, this, [this](const Idea &idea) { m_subProjects->openNew(idea); });
    // Nothing is read here: the main window reloads the area it opens, so start-up does not
    // pay for a page nobody looks at.
}

void ProgrammePage::reload()
{
    m_subProjects->reload();
    m_services->reload();
    m_training->reload();
    m_ideas->reload();
    reloadOverview();
}

void ProgrammePage::setScope(QDate day, DepartmentId department)
{
    const QSignalBlocker blockDay(m_day);
    const QSignalBlocker blockScope(m_scope);
    m_day->setDate(day);
    const int index = department.isValid() ? m_scope->findData(department.value) : 0;
    m_scope->setCurrentIndex(qMax(0, index));
    reloadOverview();
}

void ProgrammePage::reloadOverview()
{
    const int generation = ++m_generation;
    m_state->setText(tr("Gathering…"));
    ProgrammeReportRequest request;
    request.date = m_day->date();
    if (m_scope->currentData().isValid())
        request.department = DepartmentId(m_scope->currentData().toLongLong());
    runInBackground<ProgrammeReportData>(
        this, *m_session.db,
        [request, actor = m_session.actor](Database &db) { return ProgrammeReport::gather(db, actor, request); },
        [this, generation](Result<ProgrammeReportData> result) {
            if (generation != m_generation)
                return; // a newer request is on its way
            if (!result) {
                m_state->setText(tr("The programme cannot be read: %1").arg(result.error().message));
                emit loaded(false);
                return;
            }
            m_data = std::move(*result);
            m_dashboard->setData(m_data);
            m_state->setText(tr("%1 · %2 sub-projects, %3 services")
                                 .arg(m_data.scope)
                                 .arg(m_data.subProjects.size())
                                 .arg(m_data.services.size()));
            emit loaded(true);
        });
}

bool ProgrammePage::exportReport(bool pdf)
{
    const QString folder =
        settings::lastExportFolder.value().isEmpty() ? QDir::homePath() : settings::lastExportFolder.value();
    const QString name =
        QStringLiteral("statusbericht-%1.%2")
            .arg(m_data.date.toString(Qt::ISODate), pdf ? QStringLiteral("pdf") : QStringLiteral("html"));
    const QString path = FileDialog::saveFileName(this, tr("Save status report"), QDir(folder).filePath(name),
                                                  pdf ? tr("PDF files (*.pdf)") : tr("HTML files (*.html *.htm)"));
    if (path.isEmpty())
        return false;
    const Status written =
        pdf ? ProgrammeReportDocument::writePdf(m_data, path) : ProgrammeReportDocument::writeHtml(m_data, path);
    if (!written) {
        MessageBox::critical(this, tr("Save status report"), written.error().message);
        return false;
    }
    settings::lastExportFolder.setValue(QFileInfo(path).absolutePath());
    emit message(tr("Status report saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace amtsdesk::ui
