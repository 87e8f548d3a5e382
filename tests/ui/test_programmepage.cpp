// The programme page on the demo programme, as an officer of department 50 uses it: the
// dashboard for their department, a status report and a maturity level of their own, refusals
// for what is not theirs, the dashboard drawn again, the status report saved as PDF.
#include "programmedemo.h"

#include "access/accessservice.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "pages/programmepage.h"
#include "pdf/pdfdocument.h"
#include "programme/ideaspanel.h"
#include "programme/programmecharts.h"
#include "programme/servicespanel.h"
#include "programme/subprojectspanel.h"
#include "programme/trainingpanel.h"
#include "programme/trainingtabs.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

const ReportedSubProject *reported(const ProgrammeReportData &data, const QString &code)
{
    for (const ReportedSubProject &r : data.subProjects) {
        if (r.subProject.code == code)
            return &r;
    }
    return nullptr;
}

int servicesAtLevel(const ProgrammeReportData &data, MaturityModel model, int level)
{
    for (const MaturityDistribution &d : data.maturityNow) {
        if (d.model == model)
            return d.countPerLevel.value(level);
    }
    return 0;
}

} // namespace

TEST_CASE("an officer reports on their sub-project and the dashboard follows", "[ui][programme]")
{
    ProgrammeDemo demo;
    ProgrammePage page(demo.session);
    page.reload();
    QSignalSpy loaded(&page, &ProgrammePage::loaded);
    REQUIRE(loaded.wait(20000));
    REQUIRE(loaded.takeFirst().first().toBool());
    // An officer starts with their own department.
    REQUIRE(page.data().department == demo.officer.department);
    REQUIRE_FALSE(page.data().subProjects.isEmpty());
    REQUIRE(page.dashboard()->chartCount() >= 4);
    // The page fits beside the navigation on a 1366 px screen.
    REQUIRE(page.minimumSizeHint().width() <= 1100);

    SubProjectsPanel *panel = page.subProjects();
    const QString own = page.data().subProjects.first().subProject.code;
    REQUIRE(panel->select(own));
    REQUIRE(panel->current());
    REQUIRE(panel->current()->code == own);
    const int reportsBefore = panel->reportTable()->rowCount();
    QSignalSpy messages(&page, &ProgrammePage::message);
    REQUIRE(panel->addStatusReport(
        NewStatusReport{{}, TrafficLight::Red, 35, QStringLiteral("Die Schnittstelle zum Fachverfahren fehlt noch.")}));
    REQUIRE(messages.size() == 1);
    REQUIRE(panel->reportTable()->rowCount() == reportsBefore + 1);
    REQUIRE(panel->reportTable()->item(0, 1)->text() == ProgrammeTerms::name(TrafficLight::Red));
    REQUIRE(panel->reportTable()->item(0, 4)->text().contains(QStringLiteral("Schnittstelle")));
    REQUIRE(loaded.wait(20000));
    const ReportedSubProject *after = reported(page.data(), own);
    REQUIRE(after);
    REQUIRE(after->trafficLight == TrafficLight::Red);
    REQUIRE(after->latest->progress == 35);

    // A sub-project of another department only: readable, but core refuses the report.
    const int foreign = ProgrammeDemo::rowWith(panel->table(), 3, QStringLiteral("32"));
    REQUIRE(foreign >= 0);
    panel->table()->selectRow(foreign);
    REQUIRE(panel->current());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(panel->addStatusReport(NewStatusReport{{}, TrafficLight::Green, 50, QStringLiteral("x")}));
    REQUIRE_FALSE(MessageBox::lastText().isEmpty());
}

TEST_CASE("an officer raises a service's maturity, the history and the dashboard show it", "[ui][programme]")
{
    ProgrammeDemo demo;
    ProgrammePage page(demo.session);
    page.reload();
    QSignalSpy loaded(&page, &ProgrammePage::loaded);
    REQUIRE(loaded.wait(20000));
    ServicesPanel *services = page.services();
    const int row = ProgrammeDemo::rowWith(services->table(), 3, QStringLiteral("50"));
    REQUIRE(row >= 0);
    services->table()->selectRow(row);
    const DistrictService before = *services->current();
    const int max = ProgrammeTerms::maxLevel(before.now.model);
    const int level = before.now.level < max ? before.now.level + 1 : before.now.level - 1;
    const int atLevelBefore = servicesAtLevel(page.data(), before.now.model, level);
    const int historyBefore = services->historyTable()->rowCount();
    REQUIRE(
        services->setMaturity(Maturity{before.now.model, level}, {}, QStringLiteral("Online-Antrag freigeschaltet")));
    REQUIRE(services->current());
    REQUIRE(services->current()->id == before.id);
    REQUIRE(services->current()->now.level == level);
    REQUIRE(services->historyTable()->rowCount() == historyBefore + 1);
    REQUIRE(loaded.wait(20000));
    REQUIRE(servicesAtLevel(page.data(), before.now.model, level) == atLevelBefore + 1);

    // Beyond the model's top level: a clear refusal, nothing changes.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(services->setMaturity(Maturity{before.now.model, max + 1}, {}, {}));
    REQUIRE(services->historyTable()->rowCount() == historyBefore + 1);
}

TEST_CASE("the programme page saves the status report as PDF and HTML", "[ui][programme]")
{
    ProgrammeDemo demo;
    ProgrammePage page(demo.session);
    page.reload();
    QSignalSpy loaded(&page, &ProgrammePage::loaded);
    REQUIRE(loaded.wait(20000));
    page.setScope(page.data().date, DepartmentId());
    REQUIRE(loaded.wait(20000));
    REQUIRE(page.data().subProjects.size() >= 20);

    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(QStringLiteral("bericht.pdf"));
    FileDialog::setNextAnswer(pdfPath);
    REQUIRE(page.exportReport(true));
    auto pdf = PdfDocument::open(pdfPath);
    REQUIRE(pdf.ok());
    REQUIRE((*pdf)->pageCount() >= 2);
    QString text;
    for (int p = 0; p < (*pdf)->pageCount(); ++p)
        text += (*pdf)->pageText(p);
    for (const ReportedSubProject &r : page.data().subProjects)
        REQUIRE(text.contains(r.subProject.code));

    const QString htmlPath = dir.filePath(QStringLiteral("bericht.html"));
    FileDialog::setNextAnswer(htmlPath);
    REQUIRE(page.exportReport(false));
    REQUIRE(QFileInfo(htmlPath).size() > 1000);
    FileDialog::setNextAnswer(QString());
    REQUIRE_FALSE(page.exportReport(true)); // cancelled

    // An unwritable place: a message naming the problem, no crash.
    FileDialog::setNextAnswer(dir.filePath(QStringLiteral("missing/folder/bericht.pdf")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(page.exportReport(true));
    REQUIRE_FALSE(MessageBox::lastText().isEmpty());
}

TEST_CASE("training coverage and the ideas register on the programme page", "[ui][programme]")
{
    ProgrammeDemo demo;
    ProgrammePage page(demo.session);
    page.reload();
    REQUIRE(page.training()->coverage()->table()->rowCount() > 0);
    IdeasPanel *ideas = page.ideas();
    const int before = ideas->table()->rowCount();
    REQUIRE(before > 0);
    NewIdea idea;
    idea.title = QStringLiteral("Terminbuchung online für die Wohngeldstelle");
    idea.submittedBy = QStringLiteral("Bürgerwerkstatt Nord");
    idea.source = IdeaSource::CitizenWorkshop;
    idea.department = demo.officer.department;
    REQUIRE(ideas->record(idea));
    REQUIRE(ideas->table()->rowCount() == before + 1);
    const int row = ProgrammeDemo::rowWith(ideas->table(), 5, idea.title);
    REQUIRE(row >= 0);
    REQUIRE(ideas->table()->item(row, 6)->text() == ProgrammeTerms::name(IdeaStatus::New));
    REQUIRE(ideas->decide(row, IdeaStatus::Review));
    const int reviewed = ProgrammeDemo::rowWith(ideas->table(), 5, idea.title);
    REQUIRE(reviewed >= 0);
    REQUIRE(ideas->table()->item(reviewed, 6)->text() == ProgrammeTerms::name(IdeaStatus::Review));
    // Declining needs a reason.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(ideas->decide(reviewed, IdeaStatus::Declined, {}));
}

TEST_CASE("the programme manager moves a department's sub-project to its next phase", "[ui][programme]")
{
    ProgrammeDemo demo;
    Session session = demo.sessionFor(QStringLiteral("a.becker"));
    SubProjectsPanel panel(session);
    panel.reload();
    // The officer of 50 sees no step on TP-05 in the pilot; the programme manager decides the rollout.
    SubProjectsPanel officers(demo.session);
    officers.reload();
    REQUIRE(officers.select(QStringLiteral("TP-05")));
    REQUIRE(officers.current());
    REQUIRE(officers.current()->phase == QStringLiteral("pilot"));
    for (const WorkflowTransition &t : officers.phaseSteps())
        REQUIRE(t.key != QStringLiteral("start_rollout"));
    REQUIRE(panel.select(QStringLiteral("TP-05")));
    bool offered = false;
    for (const WorkflowTransition &t : panel.phaseSteps())
        offered = offered || t.key == QStringLiteral("start_rollout");
    REQUIRE(offered);
    QSignalSpy changed(&panel, &SubProjectsPanel::changed);
    REQUIRE(panel.takePhaseStep(QStringLiteral("start_rollout"), {}));
    REQUIRE(changed.size() == 1);
    REQUIRE(panel.current());
    REQUIRE(panel.current()->phase == QStringLiteral("rollout"));
    REQUIRE(panel.table()->item(panel.table()->currentRow(), 5)->text() == panel.current()->phaseLabel);
}
