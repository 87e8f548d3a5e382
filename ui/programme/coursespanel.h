#pragma once

#include "programme/training.h"
#include "startup/session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;

namespace amtsdesk::ui {

// Schulungen: the courses, the sessions of the selected course and who attended the selected
// session. The programme manager and the digitalisation officers add courses and sessions;
// attendance is ticked per member of staff by the programme manager or the officer of their
// department. Every change goes through core.
class CoursesPanel : public QWidget {
    Q_OBJECT

public:
    explicit CoursesPanel(Session &session, QWidget *parent = nullptr);
    // Reads the store; nothing is read before the first call.
    void reload();
    QTableWidget *courseTable() const { return m_courses; }
    QTableWidget *sessionTable() const { return m_sessions; }
    QListWidget *attendanceList() const { return m_attendance; }
    QComboBox *departmentFilter() const { return m_department; }
    bool selectCourse(const QString &code);
    bool selectSession(QDate date);
    std::optional<Course> currentCourse() const;
    std::optional<CourseSession> currentSession() const;

    // The actions behind the buttons and ticks (for tests); false with a message box when core
    // refuses. addSession is for the selected course.
    bool addCourse(const Course &course);
    bool addSession(const CourseSession &session);
    bool setAttended(StaffId member, bool attended);

signals:
    void changed(const QString &message);

private:
    void showSessions();
    void showAttendance();
    void attendanceTicked(QListWidgetItem *item);
    void askCourse();
    void askSession();

    Session &m_session;
    QTableWidget *m_courses;
    QTableWidget *m_sessions;
    QListWidget *m_attendance;
    QComboBox *m_department;
    QLabel *m_attendanceTitle;
    QPushButton *m_courseButton;
    QPushButton *m_sessionButton;
    QList<Course> m_shownCourses;
    QList<CourseSession> m_shownSessions;
};

} // namespace amtsdesk::ui
