#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "programme/programmetypes.h"

#include <QCoreApplication>

namespace amtsdesk {

class Database;

struct NewStaffMember {
    QString name;
    DepartmentId department;
    QString position;
    QString email;
    std::optional<UserId> user;
};

// Qualifizierung: the staff directory per department (not every member of staff uses Amtsdesk),
// courses and their sessions, attendance, the courses a department or a role requires, and per
// department the share of its staff trained for each required course. Everyone may read; the
// programme manager and the digitalisation officers maintain courses and sessions, and the
// staff and attendance of their departments (the programme manager: of all).
class Training {
    Q_DECLARE_TR_FUNCTIONS(Training)

public:
    explicit Training(Database &db) : m_db(db) {}

    Result<StaffId> addStaff(const Actor &actor, const NewStaffMember &member);
    // Someone who left: kept in the records of past sessions, no longer counted.
    Status setStaffActive(const Actor &actor, StaffId id, bool active);
    // Replaces name, department, position, e-mail, user and whether they still work here with
    // those of changed. seen is the entry as the person read it: when it has changed since, the
    // edit is refused as a conflict. Moving someone needs the right in both departments.
    Status updateStaff(const Actor &actor, const StaffMember &seen, const StaffMember &changed);
    Result<QList<StaffMember>> staff(DepartmentId department = {}, bool activeOnly = true) const;
    Result<StaffMember> staffMember(StaffId id) const;

    Result<CourseId> addCourse(const Actor &actor, const Course &course);
    Result<QList<Course>> courses() const;
    Result<Course> courseByCode(const QString &code) const;

    Result<CourseSessionId> addSession(const Actor &actor, const CourseSession &session);
    // Of one course (invalid: all), by date.
    Result<QList<CourseSession>> sessions(CourseId course = {}) const;

    // Marks the member of staff as having attended; a second time changes nothing.
    Status recordAttendance(const Actor &actor, CourseSessionId session, StaffId member);
    Status removeAttendance(const Actor &actor, CourseSessionId session, StaffId member);
    Result<QList<StaffMember>> attendees(CourseSessionId session) const;

    // Exactly one of department (valid) and role (non-empty role key).
    Result<qint64> addRequirement(const Actor &actor, CourseId course, DepartmentId department, const QString &role);
    Status removeRequirement(const Actor &actor, qint64 id);
    Result<QList<CourseRequirement>> requirements() const;

    // Per department and required course: the active staff who must take it and how many of
    // them attended a session of it on or before asOf. Department invalid: every department.
    Result<QList<TrainingCoverage>> coverage(QDate asOf, DepartmentId department = {}) const;

private:
    Status mayMaintain(const Actor &actor, DepartmentId department) const;
    // The rules for a staff entry; self is the entry being changed (invalid for a new one).
    Status checkStaff(const NewStaffMember &member, StaffId self) const;
    Database &m_db;
};

} // namespace amtsdesk
