// Training on the programme page, as the officer of department 50 and the programme manager use
// it: the staff directory (add, edit, a conflict), a session of a required course with ticked
// attendance, the coverage following, and the refusals core gives for other departments.
#include "programmedemo.h"

#include "dialogs/messagebox.h"
#include "pages/programmepage.h"
#include "programme/coursespanel.h"
#include "programme/requirementspanel.h"
#include "programme/staffdialog.h"
#include "programme/staffpanel.h"
#include "programme/trainingpanel.h"
#include "programme/trainingtabs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

struct Figures {
    int required = -1;
    int trained = -1;
};

// The coverage row of a department and course, as the Coverage tab shows it.
Figures coverageOf(TrainingPanel *coverage, const QString &department, const QString &course)
{
    QTableWidget *table = coverage->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (ProgrammeDemo::cell(table, row, 0).startsWith(department + QLatin1Char(' ')) &&
            ProgrammeDemo::cell(table, row, 1).startsWith(course + QLatin1Char(' ')))
            return Figures{ProgrammeDemo::cell(table, row, 2).toInt(), ProgrammeDemo::cell(table, row, 3).toInt()};
    }
    return {};
}

QListWidgetItem *attendanceItem(QListWidget *list, const QString &name)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(name + QStringLiteral(" (")))
            return list->item(i);
    }
    return nullptr;
}

} // namespace

TEST_CASE("an officer adds a colleague, records a session's attendance and the coverage follows", "[ui][programme]")
{
    ProgrammeDemo demo;
    ProgrammePage page(demo.session);
    page.reload();
    TrainingTabs *training = page.training();
    REQUIRE(training);
    const Figures before = coverageOf(training->coverage(), QStringLiteral("50"), QStringLiteral("EAKTE-1"));
    REQUIRE(before.required > 0);

    // Someone who does not use Amtsdesk joins the department: one more who must take the course.
    StaffPanel *staff = training->staff();
    QSignalSpy messages(&page, &ProgrammePage::message);
    QPointer<QDialog> dialog = staff->openAdd();
    auto *add = qobject_cast<StaffDialog *>(dialog.data());
    REQUIRE(add);
    REQUIRE(add->departmentBox()->count() == 1); // the officer's own department
    add->nameEdit()->setText(QStringLiteral("Petra Neumeier"));
    add->positionEdit()->setText(QStringLiteral("Sachbearbeitung Wohngeld"));
    add->emailEdit()->setText(QStringLiteral("keine-adresse"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(ProgrammeDemo::pressOk(dialog)); // not an e-mail address
    CHECK(MessageBox::lastText().contains(QStringLiteral("keine-adresse")));
    add->emailEdit()->clear();
    REQUIRE(ProgrammeDemo::pressOk(dialog));
    REQUIRE(messages.size() == 1);
    REQUIRE(staff->current());
    const StaffMember petra = *staff->current();
    CHECK(petra.name == QStringLiteral("Petra Neumeier"));
    CHECK(petra.department == demo.officer.department);
    CHECK(petra.position == QStringLiteral("Sachbearbeitung Wohngeld"));
    CHECK_FALSE(petra.user);
    Figures now = coverageOf(training->coverage(), QStringLiteral("50"), QStringLiteral("EAKTE-1"));
    CHECK(now.required == before.required + 1);
    CHECK(now.trained == before.trained);

    // Edit her entry.
    dialog = staff->openEdit();
    auto *edit = qobject_cast<StaffDialog *>(dialog.data());
    REQUIRE(edit);
    REQUIRE(edit->nameEdit()->text() == petra.name);
    edit->positionEdit()->setText(QStringLiteral("Teamleitung Wohngeld"));
    REQUIRE(ProgrammeDemo::pressOk(dialog));
    REQUIRE(staff->current());
    CHECK(staff->current()->position == QStringLiteral("Teamleitung Wohngeld"));

    // A session of the required course, and her attendance ticked.
    CoursesPanel *courses = training->courses();
    REQUIRE(courses->selectCourse(QStringLiteral("EAKTE-1")));
    const QDate day = demo.session.db->clock().today();
    CourseSession session;
    session.date = day;
    session.place = QStringLiteral("Schulungsraum IT");
    REQUIRE(courses->addSession(session));
    REQUIRE(courses->currentSession());
    REQUIRE(courses->currentSession()->date == day);
    REQUIRE(courses->currentSession()->attendees == 0);
    QListWidgetItem *item = attendanceItem(courses->attendanceList(), petra.name);
    REQUIRE(item);
    REQUIRE(item->flags().testFlag(Qt::ItemIsUserCheckable));
    REQUIRE(item->checkState() == Qt::Unchecked);
    item->setCheckState(Qt::Checked); // as a click does
    CHECK(ProgrammeDemo::cell(courses->sessionTable(), courses->sessionTable()->currentRow(), 4) ==
          QStringLiteral("1"));
    auto attendees = Training(*demo.session.db).attendees(courses->currentSession()->id);
    REQUIRE(attendees.ok());
    REQUIRE(attendees->size() == 1);
    CHECK(attendees->first().id == petra.id);
    now = coverageOf(training->coverage(), QStringLiteral("50"), QStringLiteral("EAKTE-1"));
    CHECK(now.required == before.required + 1);
    CHECK(now.trained == before.trained + 1);

    // Unticked again: no longer counted.
    item = attendanceItem(courses->attendanceList(), petra.name);
    REQUIRE(item);
    item->setCheckState(Qt::Unchecked);
    now = coverageOf(training->coverage(), QStringLiteral("50"), QStringLiteral("EAKTE-1"));
    CHECK(now.trained == before.trained);

    // Staff of another department: shown, not tickable, and core refuses the attendance.
    const int other = courses->departmentFilter()->findText(QStringLiteral("32 "), Qt::MatchStartsWith);
    REQUIRE(other >= 0);
    courses->departmentFilter()->setCurrentIndex(other);
    REQUIRE(courses->attendanceList()->count() > 0);
    QListWidgetItem *foreign = courses->attendanceList()->item(0);
    REQUIRE(foreign);
    CHECK_FALSE(foreign->flags().testFlag(Qt::ItemIsUserCheckable));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(courses->setAttended(StaffId(foreign->data(Qt::UserRole).toLongLong()), true));
    CHECK(MessageBox::lastText().contains(QStringLiteral("department")));
}

TEST_CASE("a staff entry changed meanwhile is a conflict, and the dialog keeps what was entered", "[ui][programme]")
{
    ProgrammeDemo demo;
    StaffPanel panel(demo.session);
    panel.reload();
    REQUIRE(panel.table()->rowCount() > 0);
    panel.table()->selectRow(0);
    REQUIRE(panel.current());
    const StaffMember seen = *panel.current();
    QPointer<QDialog> dialog = panel.openEdit();
    auto *d = qobject_cast<StaffDialog *>(dialog.data());
    REQUIRE(d);
    d->positionEdit()->setText(QStringLiteral("Datenschutzbeauftragte"));

    Session manager = demo.sessionFor(QStringLiteral("a.becker"));
    StaffMember changed = seen;
    changed.email = QStringLiteral("neu@landkreis-musterfeld.example");
    REQUIRE(Training(*manager.db).updateStaff(manager.actor, seen, changed).ok());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(ProgrammeDemo::pressOk(dialog));
    CHECK(MessageBox::lastText().contains(QStringLiteral("changed by someone else")));
    CHECK(d->positionEdit()->text() == QStringLiteral("Datenschutzbeauftragte"));
    dialog->reject();
}

TEST_CASE("courses and required courses: the manager sets them, the coverage counts them", "[ui][programme]")
{
    ProgrammeDemo demo;
    Session manager = demo.sessionFor(QStringLiteral("a.becker"));
    TrainingTabs training(manager);
    training.reload();
    CoursesPanel *courses = training.courses();
    QSignalSpy changed(&training, &TrainingTabs::changed);
    Course course;
    course.code = QStringLiteral("OZG-2");
    course.title = QStringLiteral("Onlinedienste betreuen");
    course.kind = CourseKind::Workshop;
    REQUIRE(courses->addCourse(course));
    REQUIRE(courses->currentCourse());
    CHECK(courses->currentCourse()->code == QStringLiteral("OZG-2"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(courses->addCourse(course)); // the code is taken
    CHECK(MessageBox::lastText().contains(QStringLiteral("OZG-2")));

    RequirementsPanel *requirements = training.requirements();
    const int before = requirements->table()->rowCount();
    auto department = AccessService(*manager.db).departmentByCode(QStringLiteral("51"));
    REQUIRE(department.ok());
    REQUIRE(requirements->addRequirement(courses->currentCourse()->id, *department, {}));
    REQUIRE(requirements->table()->rowCount() == before + 1);
    const Figures figures = coverageOf(training.coverage(), QStringLiteral("51"), QStringLiteral("OZG-2"));
    CHECK(figures.required > 0);
    CHECK(figures.trained == 0);
    CHECK(changed.size() == 2);

    // An officer may not require a course of a role: refused with core's reason.
    TrainingTabs officers(demo.session);
    officers.reload();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(officers.requirements()->addRequirement(courses->currentCourse()->id, {}, Roles::key(Role::Clerk)));
    CHECK(MessageBox::lastText().contains(QStringLiteral("programme manager")));
}
