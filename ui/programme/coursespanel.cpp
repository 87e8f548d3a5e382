#include "programme/coursespanel.h"

#include "dialogs/formdialog.h"
#include "dialogs/messagebox.h"
#include "programme/programmechoices.h"
#include "programme/programmepermissions.h"
#include "programme/programmetables.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace amtsdesk::ui {

using programmetables::date;

namespace {

QWidget *titledBox(const QString &title, QWidget *content, QLayout *below = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(title));
    layout->addWidget(content, 1);
    if (below)
        layout->addLayout(below);
    return box;
}

} // namespace

CoursesPanel::CoursesPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_courses(programmetables::readOnly({tr("Code"), tr("Title"), tr("Kind")})),
      m_sessions(programmetables::readOnly({tr("Date"), tr("Place"), tr("Trainer"), tr("Places"), tr("Attended")})),
      m_attendance(new QListWidget), m_department(new QComboBox), m_attendanceTitle(new QLabel),
      m_courseButton(new QPushButton(tr("Add &course…"))), m_sessionButton(new QPushButton(tr("Add &session…")))
{
    m_courses->setAccessibleName(tr("Courses"));
    m_sessions->setAccessibleName(tr("Sessions"));
    m_attendance->setAccessibleName(tr("Attendance"));
    m_department->addItem(tr("All departments"), QVariant());
    programmechoices::addDepartments(m_department, *m_session.db);
    if (!m_session.actor.hasRole(Role::ProgrammeManager))
        programmechoices::selectData(m_department, m_session.actor.department.value);
    m_department->setAccessibleName(tr("Staff of department"));
    m_attendanceTitle->setWordWrap(true);
    const bool maintains = ProgrammePermissions::mayMaintainTraining(m_session.actor);
    m_courseButton->setEnabled(maintains);
    m_sessionButton->setEnabled(false);

    auto *courseButtons = new QHBoxLayout;
    courseButtons->addWidget(m_courseButton);
    courseButtons->addStretch(1);
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(m_sessionButton);
    sessionButtons->addStretch(1);
    auto *attendanceControls = new QHBoxLayout;
    attendanceControls->addWidget(new QLabel(tr("Staff of:")));
    attendanceControls->addWidget(m_department, 1);

    auto *attendanceBox = new QWidget;
    auto *attendanceLayout = new QVBoxLayout(attendanceBox);
    attendanceLayout->setContentsMargins(0, 0, 0, 0);
    attendanceLayout->addWidget(m_attendanceTitle);
    attendanceLayout->addLayout(attendanceControls);
    attendanceLayout->addWidget(m_attendance, 1);

    auto *right = new QSplitter(Qt::Horizontal);
    right->addWidget(titledBox(tr("<b>Sessions</b> of the course"), m_sessions, sessionButtons));
    right->addWidget(attendanceBox);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(titledBox(tr("<b>Courses</b>"), m_courses, courseButtons));
    splitter->addWidget(right);
    // Room for the course titles; the sessions' columns are short.
    splitter->setSizes({380, 740});
    right->setSizes({380, 360});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);

    connect(m_courses, &QTableWidget::itemSelectionChanged, this, &CoursesPanel::showSessions);
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, &CoursesPanel::showAttendance);
    connect(m_department, &QComboBox::currentIndexChanged, this, &CoursesPanel::showAttendance);
    connect(m_attendance, &QListWidget::itemChanged, this, &CoursesPanel::attendanceTicked);
    connect(m_courseButton, &QPushButton::clicked, this, &CoursesPanel::askCourse);
    connect(m_sessionButton, &QPushButton::clicked, this, &CoursesPanel::askSession);
}

void CoursesPanel::reload()
{
    const std::optional<Course> before = currentCourse();
    auto courses = Training(*m_session.db).courses();
    m_shownCourses = courses ? *courses : QList<Course>{};
    {
        const QSignalBlocker block(m_courses);
        m_courses->setRowCount(int(m_shownCourses.size()));
        for (int row = 0; row < m_shownCourses.size(); ++row) {
            const Course &c = m_shownCourses.at(row);
            programmetables::setRow(m_courses, row, {c.code, c.title, ProgrammeTerms::name(c.kind)});
        }
        m_courses->resizeColumnsToContents();
        m_courses->setColumnWidth(1, qMin(m_courses->columnWidth(1), 260));
    }
    if (!(before && selectCourse(before->code)) && !m_shownCourses.isEmpty())
        m_courses->selectRow(0);
    showSessions();
}

bool CoursesPanel::selectCourse(const QString &code)
{
    return programmetables::selectFirst<Course>(m_courses, m_shownCourses,
                                                [&](const Course &c) { return c.code == code; });
}

bool CoursesPanel::selectSession(QDate day)
{
    return programmetables::selectFirst<CourseSession>(m_sessions, m_shownSessions,
                                                       [&](const CourseSession &s) { return s.date == day; });
}

std::optional<Course> CoursesPanel::currentCourse() const
{
    return programmetables::selected(m_courses, m_shownCourses);
}

std::optional<CourseSession> CoursesPanel::currentSession() const
{
    return programmetables::selected(m_sessions, m_shownSessions);
}

void CoursesPanel::showSessions()
{
    const std::optional<Course> course = currentCourse();
    const std::optional<CourseSession> before = currentSession();
    m_sessionButton->setEnabled(course && ProgrammePermissions::mayMaintainTraining(m_session.actor));
    auto sessions =
        course ? Training(*m_session.db).sessions(course->id) : Result<QList<CourseSession>>(QList<CourseSession>{});
    m_shownSessions = sessions ? *sessions : QList<CourseSession>{};
    // Newest first: the session just held is the one whose attendance is recorded.
    std::reverse(m_shownSessions.begin(), m_shownSessions.end());
    {
        const QSignalBlocker block(m_sessions);
        m_sessions->setRowCount(int(m_shownSessions.size()));
        for (int row = 0; row < m_shownSessions.size(); ++row) {
            const CourseSession &s = m_shownSessions.at(row);
            programmetables::setRow(m_sessions, row,
                                    {date(s.date), s.place, s.trainer,
                                     s.capacity ? QLocale().toString(*s.capacity) : QString(),
                                     QLocale().toString(s.attendees)});
        }
        m_sessions->resizeColumnsToContents();
    }
    int row = 0;
    for (int i = 0; before && i < m_shownSessions.size(); ++i) {
        if (m_shownSessions.at(i).id == before->id)
            row = i;
    }
    if (!m_shownSessions.isEmpty())
        m_sessions->selectRow(row);
    showAttendance();
}

void CoursesPanel::showAttendance()
{
    const std::optional<Course> course = currentCourse();
    const std::optional<CourseSession> session = currentSession();
    const QSignalBlocker block(m_attendance);
    m_attendance->clear();
    if (!course || !session) {
        m_attendanceTitle->setText(course ? tr("<b>Attendance</b>: choose or add a session.")
                                          : tr("<b>Attendance</b>: choose a course."));
        return;
    }
    Training training(*m_session.db);
    QSet<qint64> attended;
    if (auto attendees = training.attendees(session->id); attendees) {
        for (const StaffMember &m : std::as_const(*attendees))
            attended.insert(m.id.value);
    }
    // Who took the course before: ticking them again changes no coverage, and the officer sees why.
    QHash<qint64, QDate> before;
    for (const CourseSession &earlier : std::as_const(m_shownSessions)) {
        if (earlier.id == session->id || earlier.date > session->date)
            continue;
        if (auto attendees = training.attendees(earlier.id); attendees) {
            for (const StaffMember &m : std::as_const(*attendees))
                before[m.id.value] = qMax(before.value(m.id.value), earlier.date);
        }
    }
    const DepartmentId department(m_department->currentData().toLongLong());
    auto staff = training.staff(department, false);
    int shown = 0;
    for (const StaffMember &m : staff ? *staff : QList<StaffMember>{}) {
        const bool was = attended.contains(m.id.value);
        if (!m.active && !was)
            continue;
        QString text = QStringLiteral("%1 (%2)").arg(m.name, m.departmentCode);
        if (before.contains(m.id.value))
            text += QStringLiteral(" – ") + tr("took the course on %1").arg(date(before.value(m.id.value)));
        auto *item = new QListWidgetItem(text, m_attendance);
        item->setData(Qt::UserRole, m.id.value);
        item->setCheckState(was ? Qt::Checked : Qt::Unchecked);
        const bool mayTick = m.active && ProgrammePermissions::mayMaintainTraining(m_session.actor, m.department);
        item->setFlags(mayTick ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemFlags());
        if (!m.active)
            item->setToolTip(tr("No longer works here"));
        else if (!mayTick)
            item->setToolTip(
                tr("Recorded by the programme manager or the officer of department %1").arg(m.departmentCode));
        ++shown;
    }
    m_attendanceTitle->setText(tr("<b>Attendance</b> of %1 on %2: tick who took part.")
                                   .arg(course->code.toHtmlEscaped(), date(session->date)));
    if (shown == 0)
        new QListWidgetItem(tr("No staff in this department's directory."), m_attendance);
}

void CoursesPanel::attendanceTicked(QListWidgetItem *item)
{
    if (!item->data(Qt::UserRole).isValid())
        return;
    const bool attended = item->checkState() == Qt::Checked;
    if (!setAttended(StaffId(item->data(Qt::UserRole).toLongLong()), attended)) {
        const QSignalBlocker block(m_attendance);
        item->setCheckState(attended ? Qt::Unchecked : Qt::Checked);
    }
}

bool CoursesPanel::setAttended(StaffId member, bool attended)
{
    const std::optional<CourseSession> session = currentSession();
    if (!session)
        return false;
    Training training(*m_session.db);
    const Status s = attended ? training.recordAttendance(m_session.actor, session->id, member)
                              : training.removeAttendance(m_session.actor, session->id, member);
    if (!s) {
        MessageBox::critical(this, tr("Attendance"), s.error().message);
        return false;
    }
    auto who = training.staffMember(member);
    const QString name = who ? who->name : QString();
    // The list stays as it is (this may run inside its own itemChanged); the tick and the counts
    // follow what core has now.
    {
        const QSignalBlocker block(m_attendance);
        for (int i = 0; i < m_attendance->count(); ++i) {
            QListWidgetItem *item = m_attendance->item(i);
            if (item->data(Qt::UserRole).toLongLong() == member.value)
                item->setCheckState(attended ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (auto sessions = training.sessions(session->course); sessions) {
        for (const CourseSession &now : std::as_const(*sessions)) {
            for (int row = 0; row < m_shownSessions.size(); ++row) {
                if (m_shownSessions.at(row).id == now.id) {
                    m_shownSessions[row].attendees = now.attendees;
                    m_sessions->item(row, 4)->setText(QLocale().toString(now.attendees));
                }
            }
        }
    }
    emit changed(attended
                     ? tr("%1 attended %2 on %3.").arg(name, session->courseCode, date(session->date))
                     : tr("%1 no longer recorded for %2 on %3.").arg(name, session->courseCode, date(session->date)));
    return true;
}

bool CoursesPanel::addCourse(const Course &course)
{
    if (auto id = Training(*m_session.db).addCourse(m_session.actor, course); !id) {
        MessageBox::critical(this, tr("Add course"), id.error().message);
        return false;
    }
    reload();
    selectCourse(course.code.trimmed());
    emit changed(tr("Course %1 added.").arg(course.code.trimmed()));
    return true;
}

bool CoursesPanel::addSession(const CourseSession &session)
{
    const std::optional<Course> course = currentCourse();
    if (!course)
        return false;
    CourseSession s = session;
    s.course = course->id;
    if (auto id = Training(*m_session.db).addSession(m_session.actor, s); !id) {
        MessageBox::critical(this, tr("Add session"), id.error().message);
        return false;
    }
    showSessions();
    selectSession(s.date);
    emit changed(tr("Session of %1 on %2 added.").arg(course->code, date(s.date)));
    return true;
}

void CoursesPanel::askCourse()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add course"));
    auto *code = new QLineEdit;
    code->setMaxLength(20);
    code->setPlaceholderText(tr("e.g. EAKTE-2"));
    auto *title = new QLineEdit;
    title->setMaxLength(200);
    auto *kind = new QComboBox;
    for (const CourseKind k : ProgrammeTerms::courseKinds())
        kind->addItem(ProgrammeTerms::name(k), int(k));
    auto *description = new QPlainTextEdit;
    description->setTabChangesFocus(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Code:"), code);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Description:"), description);
    // OK saves; a refusal leaves the dialog open with what was entered.
    QDialogButtonBox *buttons = formdialog::saveOrCancel(dialog, [&] {
        return addCourse(Course{{},
                                code->text().trimmed(),
                                title->text().trimmed(),
                                CourseKind(kind->currentData().toInt()),
                                description->toPlainText().trimmed()});
    });
    form->addRow(buttons);
    formdialog::okOnlyWithText(buttons, {code, title});
    dialog.exec();
}

void CoursesPanel::askSession()
{
    const std::optional<Course> course = currentCourse();
    if (!course)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Session of %1").arg(course->code));
    auto *day = new QDateEdit(m_session.db->clock().today());
    day->setCalendarPopup(true);
    auto *place = new QLineEdit;
    place->setMaxLength(200);
    auto *trainer = new QLineEdit;
    trainer->setMaxLength(200);
    auto *capacity = new QSpinBox;
    capacity->setRange(0, 10000);
    capacity->setSpecialValueText(tr("no limit"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Date:"), day);
    form->addRow(tr("&Place:"), place);
    form->addRow(tr("&Trainer:"), trainer);
    form->addRow(tr("&Places:"), capacity);
    dialog.setMinimumWidth(380);
    QDialogButtonBox *buttons = formdialog::saveOrCancel(dialog, [&] {
        CourseSession s;
        s.date = day->date();
        s.place = place->text().trimmed();
        s.trainer = trainer->text().trimmed();
        if (capacity->value() > 0)
            s.capacity = capacity->value();
        return addSession(s);
    });
    form->addRow(buttons);
    dialog.exec();
}

} // namespace amtsdesk::ui
