// Sub-projects created and edited through their dialog, as an officer of department 50 does it:
// every field, German amounts, the e-file, a refused cycle and a conflict that leave the dialog
// open with what was entered, and an adopted idea turned into a sub-project.
#include "programmedemo.h"

#include "dialogs/messagebox.h"
#include "dialogs/optionaldateedit.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "pages/programmepage.h"
#include "programme/ideaspanel.h"
#include "programme/subprojectdialog.h"
#include "programme/subprojectspanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

// German amounts for the length of a test.
struct GermanLocale {
    GermanLocale() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    ~GermanLocale() { QLocale::setDefault(QLocale::c()); }
};

Decimal euros(QStringView text)
{
    auto d = Decimal::parse(text);
    REQUIRE(d.ok());
    return *d;
}

// A new sub-project of the officer's department, written through core.
QString createOwn(Session &session, const QString &code)
{
    SubProjectDraft d;
    d.code = code;
    d.title = QStringLiteral("Testvorhaben ") + code;
    d.lead = session.actor.userId;
    d.department = session.actor.department;
    auto id = SubProjects(*session.db).create(session.actor, d);
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return code;
}

} // namespace

TEST_CASE("an officer creates a sub-project with every field through the dialog, then edits it", "[ui][programme]")
{
    ProgrammeDemo demo;
    GermanLocale german;
    // An e-file of department 50 for the sub-project's documents.
    auto admin = AccessService(*demo.session.db).actorForLogin(QStringLiteral("admin"));
    REQUIRE(admin.ok());
    REQUIRE(FilePlan(*demo.session.db)
                .addUnit(*admin, PlanUnit{{},
                                          QStringLiteral("50.9"),
                                          QStringLiteral("Digitalisierung"),
                                          {},
                                          {},
                                          {},
                                          QStringLiteral("50"),
                                          10})
                .ok());
    auto fileId = FileService(*demo.session.db)
                      .createFile(demo.officer, NewFile{QStringLiteral("50.9"),
                                                        QStringLiteral("Teilprojekt Onlinedienste"),
                                                        {},
                                                        Confidentiality::Open,
                                                        {},
                                                        {}});
    REQUIRE(fileId.ok());
    auto file = FileService(*demo.session.db).file(demo.officer, *fileId);
    INFO((file ? QString() : file.error().message).toStdString());
    REQUIRE(file.ok());
    const QString reference = file->referenceNumber;

    SubProjectsPanel panel(demo.session);
    panel.reload();
    REQUIRE(panel.mayCreate());
    QSignalSpy changed(&panel, &SubProjectsPanel::changed);
    QPointer<QDialog> dialog = panel.openNew();
    auto *d = qobject_cast<SubProjectDialog *>(dialog.data());
    REQUIRE(d);
    // An officer sponsors only in their own department; the code is the next free one.
    REQUIRE(d->departmentBox()->count() == 1);
    REQUIRE(d->departmentBox()->currentData().toLongLong() == demo.officer.department.value);
    REQUIRE(d->codeEdit()->text() == QStringLiteral("TP-25"));
    // Every field on a 1366 × 768 screen.
    CHECK(d->minimumSizeHint().width() <= 1300);
    CHECK(d->minimumSizeHint().height() <= 700);
    CHECK(d->height() <= 700);

    d->codeEdit()->setText(QStringLiteral("TP-30"));
    d->titleEdit()->setText(QStringLiteral("Online-Anträge Jugendhilfe"));
    d->areaBox()->setCurrentIndex(d->areaBox()->findData(int(ProgrammeArea::Ozg)));
    d->descriptionEdit()->setPlainText(QStringLiteral("Anträge der Jugendhilfe online annehmen."));
    d->risksEdit()->setPlainText(QStringLiteral("Schnittstelle zum Fachverfahren"));
    d->plannedStartEdit()->setDate(QDate(2026, 4, 1));
    d->plannedEndEdit()->setDate(QDate(2027, 3, 31));
    d->forecastEndEdit()->setDate(QDate(2027, 6, 30));
    SubProjectDialog::tick(d->participatingList(), {QStringLiteral("32"), QStringLiteral("51")});
    SubProjectDialog::tick(d->dependencyList(), {QStringLiteral("TP-01")});
    d->fileEdit()->setText(reference);
    d->budgetSpentEdit()->setText(QStringLiteral("1.250,50"));

    // An amount that is none: named, and nothing entered is lost.
    d->budgetPlannedEdit()->setText(QStringLiteral("12.500,0x"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(ProgrammeDemo::pressOk(dialog));
    REQUIRE(MessageBox::lastText().contains(QStringLiteral("12.500,0x")));
    REQUIRE(d->titleEdit()->text() == QStringLiteral("Online-Anträge Jugendhilfe"));
    REQUIRE(changed.isEmpty());

    d->budgetPlannedEdit()->setText(QStringLiteral("12.500,00"));
    REQUIRE(ProgrammeDemo::pressOk(dialog));
    REQUIRE(changed.size() == 1);
    REQUIRE(panel.current());
    const SubProject created = *panel.current();
    CHECK(created.code == QStringLiteral("TP-30"));
    CHECK(created.area == ProgrammeArea::Ozg);
    CHECK(created.lead == demo.officer.userId);
    CHECK(created.budgetPlanned == euros(u"12500.00"));
    CHECK(created.budgetSpent == euros(u"1250.50"));
    CHECK(created.plannedStart == QDate(2026, 4, 1));
    CHECK(created.forecastStart == QDate());
    CHECK(created.forecastEnd == QDate(2027, 6, 30));
    CHECK(created.participatingCodes == QStringList{QStringLiteral("32"), QStringLiteral("51")});
    CHECK(created.dependsOnCodes == QStringList{QStringLiteral("TP-01")});
    CHECK(created.fileReference == reference);
    CHECK(created.risks == QStringLiteral("Schnittstelle zum Fachverfahren"));
    CHECK(created.phase == QStringLiteral("idea"));

    // Editing shows every field as stored; a change is saved with the row version seen.
    dialog = panel.openEdit();
    d = qobject_cast<SubProjectDialog *>(dialog.data());
    REQUIRE(d);
    REQUIRE(d->budgetPlannedEdit()->text() == QStringLiteral("12.500,00"));
    REQUIRE(d->fileEdit()->text() == reference);
    REQUIRE(d->plannedEndEdit()->date() == QDate(2027, 3, 31));
    REQUIRE(d->forecastStartEdit()->date() == QDate());
    d->budgetSpentEdit()->setText(QStringLiteral("4.000"));
    d->titleEdit()->setText(QStringLiteral("Online-Anträge Jugendhilfe und Unterhaltsvorschuss"));
    SubProjectDialog::tick(d->participatingList(), {QStringLiteral("32")});
    REQUIRE(ProgrammeDemo::pressOk(dialog));
    REQUIRE(changed.size() == 2);
    REQUIRE(panel.current());
    CHECK(panel.current()->budgetSpent == euros(u"4000"));
    CHECK(panel.current()->title == QStringLiteral("Online-Anträge Jugendhilfe und Unterhaltsvorschuss"));
    CHECK(panel.current()->participatingCodes == QStringList{QStringLiteral("32")});
    CHECK(panel.current()->rowVersion == created.rowVersion + 1);
}

TEST_CASE("a refused cycle and a conflict leave the sub-project dialog open with what was entered", "[ui][programme]")
{
    ProgrammeDemo demo;
    SubProjectsPanel panel(demo.session);
    panel.reload();
    const QString first = createOwn(demo.session, QStringLiteral("TP-40"));
    const QString second = createOwn(demo.session, QStringLiteral("TP-41"));
    panel.reload();
    // second depends on first; first then depending on second would go round in a circle.
    {
        REQUIRE(panel.select(second));
        QPointer<QDialog> dialog = panel.openEdit();
        auto *d = qobject_cast<SubProjectDialog *>(dialog.data());
        REQUIRE(d);
        SubProjectDialog::tick(d->dependencyList(), {first});
        REQUIRE(ProgrammeDemo::pressOk(dialog));
    }
    REQUIRE(panel.select(first));
    QPointer<QDialog> dialog = panel.openEdit();
    auto *d = qobject_cast<SubProjectDialog *>(dialog.data());
    REQUIRE(d);
    d->risksEdit()->setPlainText(QStringLiteral("Personalwechsel im Team"));
    SubProjectDialog::tick(d->dependencyList(), {second});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(ProgrammeDemo::pressOk(dialog));
    REQUIRE(MessageBox::lastText().contains(QStringLiteral("circle")));
    REQUIRE(d->risksEdit()->toPlainText() == QStringLiteral("Personalwechsel im Team"));

    // Meanwhile the programme manager changes the same sub-project: saving is a conflict.
    Session manager = demo.sessionFor(QStringLiteral("a.becker"));
    auto seen = SubProjects(*manager.db).byCode(first);
    REQUIRE(seen.ok());
    SubProjectDraft moved;
    moved.code = seen->code;
    moved.title = seen->title + QStringLiteral(" (neu geplant)");
    moved.area = seen->area;
    moved.lead = seen->lead;
    moved.department = seen->department;
    REQUIRE(SubProjects(*manager.db).update(manager.actor, seen->id, moved, seen->rowVersion).ok());
    SubProjectDialog::tick(d->dependencyList(), {});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(ProgrammeDemo::pressOk(dialog));
    REQUIRE(MessageBox::lastText().contains(QStringLiteral("changed by someone else")));
    REQUIRE(d->risksEdit()->toPlainText() == QStringLiteral("Personalwechsel im Team"));
    // Nothing of the dialog reached the store.
    CHECK(SubProjects(*demo.session.db).byCode(first)->risks != QStringLiteral("Personalwechsel im Team"));
    dialog->reject();
}

TEST_CASE("the sub-project dialog is offered to whom core lets edit", "[ui][programme]")
{
    ProgrammeDemo demo;
    Session clerk = demo.sessionFor(QStringLiteral("r.schmitt")); // clerk of department 50, no programme role
    SubProjectsPanel panel(clerk);
    panel.reload();
    REQUIRE_FALSE(panel.mayCreate());
    REQUIRE(panel.select(QStringLiteral("TP-05"))); // department 50's
    REQUIRE(panel.current());
    QPushButton *edit = nullptr;
    for (QPushButton *b : panel.findChildren<QPushButton *>())
        edit = b->text() == QStringLiteral("&Edit…") ? b : edit;
    REQUIRE(edit);
    CHECK_FALSE(edit->isEnabled());

    Session manager = demo.sessionFor(QStringLiteral("a.becker"));
    SubProjectsPanel managers(manager);
    managers.reload();
    REQUIRE(managers.mayCreate());
    QPointer<QDialog> dialog = managers.openNew();
    auto *d = qobject_cast<SubProjectDialog *>(dialog.data());
    REQUIRE(d);
    // The programme manager sponsors in every department.
    CHECK(d->departmentBox()->count() > 10);
    dialog->reject();
}

TEST_CASE("an adopted idea turns into a sub-project that shows where it came from", "[ui][programme]")
{
    ProgrammeDemo demo;
    ProgrammePage page(demo.session);
    page.reload();
    IdeasPanel *ideas = page.ideas();
    const QString title = QStringLiteral("QR-Code auf Bescheiden zum Online-Widerspruch");
    int row = ProgrammeDemo::rowWith(ideas->table(), 5, title);
    REQUIRE(row >= 0);
    // Not adopted yet: nothing to turn into a sub-project.
    REQUIRE_FALSE(ideas->turnIntoSubProject(row));
    REQUIRE(ideas->decide(row, IdeaStatus::Adopted));
    row = ProgrammeDemo::rowWith(ideas->table(), 5, title);
    REQUIRE(row >= 0);
    const IdeaId ideaId(ProgrammeDemo::cell(ideas->table(), row, 0).toLongLong());
    ideas->table()->selectRow(row);
    QPushButton *turn = nullptr;
    for (QPushButton *b : ideas->findChildren<QPushButton *>())
        turn = b->text() == QStringLiteral("&Turn into sub-project…") ? b : turn;
    REQUIRE(turn);
    REQUIRE(turn->isEnabled());
    turn->click();
    QPointer<QDialog> dialog = page.subProjects()->findChild<SubProjectDialog *>();
    auto *d = qobject_cast<SubProjectDialog *>(dialog.data());
    REQUIRE(d);
    REQUIRE(d->titleEdit()->text() == title);
    REQUIRE(d->departmentBox()->currentData().toLongLong() == demo.officer.department.value);
    bool origin = false;
    for (const QLabel *label : d->findChildren<QLabel *>())
        origin = origin || label->text().contains(QStringLiteral("From idea %1").arg(ideaId.value));
    REQUIRE(origin);
    const QString code = d->codeEdit()->text();
    REQUIRE_FALSE(code.isEmpty());
    REQUIRE(ProgrammeDemo::pressOk(dialog));

    // The idea knows its sub-project, and the sub-project its idea.
    auto idea = Ideas(*demo.session.db).idea(ideaId);
    REQUIRE(idea.ok());
    REQUIRE(idea->subProject);
    REQUIRE(idea->subProjectCode == code);
    row = ProgrammeDemo::rowWith(ideas->table(), 5, title);
    REQUIRE(row >= 0);
    CHECK(ProgrammeDemo::cell(ideas->table(), row, 8) == code);
    CHECK_FALSE(turn->isEnabled());
    REQUIRE(page.subProjects()->current());
    REQUIRE(page.subProjects()->current()->code == code);
    bool shown = false;
    for (const QLabel *label : page.subProjects()->findChildren<QLabel *>())
        shown = shown || label->text().contains(QStringLiteral("From idea %1: %2").arg(ideaId.value).arg(title));
    CHECK(shown);
}
