#include "programme/training.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "programme/programmepermissions.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace amtsdesk {

namespace {

constexpr int kMaxName = 200;
constexpr int kMaxDescription = 4000;

QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

const QString kStaffSelect = QStringLiteral("SELECT s.id, s.name, s.department_id, d.code, s.position, s.email, "
                                            "s.user_id, s.active FROM staff s JOIN departments d ON d.id = "
                                            "s.department_id ");

StaffMember readStaff(const QSqlQuery &q)
{
    StaffMember m;
    m.id = StaffId(q.value(0).toLongLong());
    m.name = q.value(1).toString();
    m.department = DepartmentId(q.value(2).toLongLong());
    m.departmentCode = q.value(3).toString();
    m.position = q.value(4).toString();
    m.email = q.value(5).toString();
    if (!q.value(6).isNull())
        m.user = UserId(q.value(6).toLongLong());
    m.active = q.value(7).toBool();
    return m;
}

const QString kCourseSelect = QStringLiteral("SELECT id, code, title, kind, description FROM courses ");

Course readCourse(const QSqlQuery &q)
{
    Course c;
    c.id = CourseId(q.value(0).toLongLong());
    c.code = q.value(1).toString();
    c.title = q.value(2).toString();
    c.kind = ProgrammeTerms::courseKind(q.value(3).toString()).value_or(CourseKind::Workshop);
    c.description = q.value(4).toString();
    return c;
}

const QString kSessionSelect =
    QStringLiteral("SELECT cs.id, cs.course_id, c.code, cs.held_on, cs.place, cs.trainer, cs.capacity, "
                   "(SELECT count(*) FROM attendance a WHERE a.session_id = cs.id) "
                   "FROM course_sessions cs JOIN courses c ON c.id = cs.course_id ");

CourseSession readSession(const QSqlQuery &q)
{
    CourseSession s;
    s.id = CourseSessionId(q.value(0).toLongLong());
    s.course = CourseId(q.value(1).toLongLong());
    s.courseCode = q.value(2).toString();
    s.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.place = q.value(4).toString();
    s.trainer = q.value(5).toString();
    if (!q.value(6).isNull())
        s.capacity = q.value(6).toInt();
    s.attendees = q.value(7).toInt();
    return s;
}

// A requirement by role reaches every department: the programme manager's decision alone.
Status roleRequirementDenied(Database &db, const Actor &actor)
{
    (void)AuditLog(db).append(actor.record(
        QStringLiteral("access.denied"), QStringLiteral("training"), QString(),
        QJsonObject{{QStringLiteral("attempted"), QStringLiteral("maintain course requirements by role")}}));
    return Error::denied(Training::tr("%1 may not require a course of a role: that is for the programme manager.")
                             .arg(actor.signature()));
}

bool validName(const QString &name)
{
    const QString t = name.trimmed();
    return !t.isEmpty() && t.size() <= kMaxName;
}

} // namespace

Status Training::mayMaintain(const Actor &actor, DepartmentId department) const
{
    // Courses and sessions (no department): every digitalisation officer; staff and
    // attendance: the officers of the member's department.
    if (ProgrammePermissions::mayMaintainTraining(actor, department))
        return {};
    (void)AuditLog(m_db).append(
        actor.record(QStringLiteral("access.denied"), QStringLiteral("training"), QString::number(department.value),
                     QJsonObject{{QStringLiteral("attempted"), QStringLiteral("maintain training")}}));
    if (!department.isValid())
        return Error::denied(tr("%1 may not maintain courses: that needs the programme manager or a digitalisation "
                                "officer.")
                                 .arg(actor.signature()));
    return Error::denied(tr("%1 may not maintain the training records of this department: that needs the programme "
                            "manager, or the digitalisation officer of the department.")
                             .arg(actor.signature()));
}

Status Training::checkStaff(const NewStaffMember &member, StaffId self) const
{
    if (!validName(member.name))
        return Error::invalid(tr("A member of staff needs a name of 1 to 200 characters."));
    if (member.position.trimmed().size() > kMaxName)
        return Error::invalid(tr("The position of %1 is longer than 200 characters.").arg(member.name.trimmed()));
    const QString email = member.email.trimmed();
    if (email.size() > kMaxName || (!email.isEmpty() && !email.contains(QLatin1Char('@'))))
        return Error::invalid(tr("\"%1\" is not an e-mail address.").arg(email));
    auto dept = m_db.scalar(QStringLiteral("SELECT id FROM departments WHERE id = ?"), {member.department.value});
    if (!dept)
        return dept.error();
    if (!dept->isValid())
        return Error::invalid(
            tr("A member of staff needs a department; number %1 is none.").arg(member.department.value));
    if (member.user) {
        auto user = m_db.scalar(QStringLiteral("SELECT id FROM users WHERE id = ?"), {member.user->value});
        if (!user)
            return user.error();
        if (!user->isValid())
            return Error::invalid(
                tr("There is no user number %1 to link %2 to.").arg(member.user->value).arg(member.name.trimmed()));
        auto linked = m_db.scalar(QStringLiteral("SELECT name FROM staff WHERE user_id = ? AND id <> ?"),
                                  {member.user->value, self.value});
        if (!linked)
            return linked.error();
        if (linked->isValid())
            return Error::conflict(tr("The user is linked to the member of staff %1 already.").arg(linked->toString()));
    }
    return {};
}

Result<StaffId> Training::addStaff(const Actor &actor, const NewStaffMember &member)
{
    if (Status s = mayMaintain(actor, member.department); !s)
        return s.error();
    if (Status s = checkStaff(member, {}); !s)
        return s.error();
    const QString email = member.email.trimmed();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto insert =
        m_db.exec(QStringLiteral("INSERT INTO staff(name, department_id, position, email, user_id, active, "
                                 "created_at) VALUES(?,?,?,?,?,1,?)"),
                  {member.name.trimmed(), member.department.value, text(member.position.trimmed()), text(email),
                   member.user ? QVariant(member.user->value) : QVariant(), toStoredTimestamp(m_db.clock().nowUtc())});
    if (!insert)
        return insert.error();
    const StaffId id(insert->lastInsertId().toLongLong());
    if (auto a = AuditLog(m_db).append(
            actor.record(QStringLiteral("training.staff_added"), QStringLiteral("staff"), QString::number(id.value),
                         QJsonObject{{QStringLiteral("name"), member.name.trimmed()},
                                     {QStringLiteral("department"), member.department.value}}));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status Training::setStaffActive(const Actor &actor, StaffId id, bool active)
{
    auto member = staffMember(id);
    if (!member)
        return member.error();
    if (Status s = mayMaintain(actor, member->department); !s)
        return s;
    if (member->active == active)
        return {};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto u = m_db.exec(QStringLiteral("UPDATE staff SET active = ? WHERE id = ?"), {active ? 1 : 0, id.value}); !u)
        return u.error();
    if (auto a = AuditLog(m_db).append(actor.record(active ? QStringLiteral("training.staff_activated")
                                                           : QStringLiteral("training.staff_deactivated"),
                                                    QStringLiteral("staff"), QString::number(id.value)));
        !a)
        return a.error();
    return tx.commit();
}

namespace {

// What a person sees of an entry in the staff directory, to tell whether someone changed it.
QJsonObject staffJson(const StaffMember &m)
{
    return QJsonObject{{QStringLiteral("name"), m.name},
                       {QStringLiteral("department"), m.department.value},
                       {QStringLiteral("position"), m.position},
                       {QStringLiteral("email"), m.email},
                       {QStringLiteral("user"), m.user ? m.user->value : 0},
                       {QStringLiteral("active"), m.active}};
}

} // namespace

Status Training::updateStaff(const Actor &actor, const StaffMember &seen, const StaffMember &changed)
{
    auto current = staffMember(seen.id);
    if (!current)
        return current.error();
    if (Status s = mayMaintain(actor, current->department); !s)
        return s;
    if (changed.department != current->department) {
        // Moving someone to another department needs the right there too.
        if (Status s = mayMaintain(actor, changed.department); !s)
            return s;
    }
    const NewStaffMember member{changed.name, changed.department, changed.position, changed.email, changed.user};
    if (Status s = checkStaff(member, seen.id); !s)
        return s;
    StaffMember next = changed;
    next.id = seen.id;
    next.name = changed.name.trimmed();
    next.position = changed.position.trimmed();
    next.email = changed.email.trimmed();

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    // The staff table has no row version: the entry as the person saw it must still be there.
    auto now = staffMember(seen.id);
    if (!now)
        return now.error();
    const QJsonObject before = staffJson(*now);
    if (before != staffJson(seen))
        return Error::conflict(tr("The entry of %1 in the staff directory was changed by someone else in the "
                                  "meantime. Please look at it again.")
                                   .arg(now->name));
    const QJsonObject after = staffJson(next);
    QJsonObject details;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value())
            details.insert(it.key(), QJsonObject{{QStringLiteral("old"), before.value(it.key())},
                                                 {QStringLiteral("new"), it.value()}});
    }
    if (details.isEmpty())
        return {};
    if (auto u = m_db.exec(QStringLiteral("UPDATE staff SET name = ?, department_id = ?, position = ?, email = ?, "
                                          "user_id = ?, active = ? WHERE id = ?"),
                           {next.name, next.department.value, text(next.position), text(next.email),
                            next.user ? QVariant(next.user->value) : QVariant(), next.active ? 1 : 0, next.id.value});
        !u)
        return u.error();
    if (auto a = AuditLog(m_db).append(actor.record(QStringLiteral("training.staff_changed"), QStringLiteral("staff"),
                                                    QString::number(next.id.value), details));
        !a)
        return a.error();
    return tx.commit();
}

Result<QList<StaffMember>> Training::staff(DepartmentId department, bool activeOnly) const
{
    QStringList where;
    QVariantList params;
    if (department.isValid()) {
        where << QStringLiteral("s.department_id = ?");
        params << department.value;
    }
    if (activeOnly)
        where << QStringLiteral("s.active = 1");
    auto q = m_db.exec(
        kStaffSelect + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY d.code, s.name, s.id"),
        params);
    if (!q)
        return q.error();
    QList<StaffMember> result;
    while (q->next())
        result << readStaff(*q);
    return result;
}

Result<StaffMember> Training::staffMember(StaffId id) const
{
    auto q = m_db.exec(kStaffSelect + QStringLiteral("WHERE s.id = ?"), {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no member of staff number %1.").arg(id.value));
    return readStaff(*q);
}

Result<CourseId> Training::addCourse(const Actor &actor, const Course &course)
{
    if (Status s = mayMaintain(actor, {}); !s)
        return s.error();
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$"));
    const QString code = course.code.trimmed();
    if (!codePattern.match(code).hasMatch())
        return Error::invalid(tr("The course code \"%1\" must be 1 to 20 letters, digits, '.', '_' or '-', starting "
                                 "with a letter or digit.")
                                  .arg(code));
    if (!validName(course.title))
        return Error::invalid(tr("The course %1 needs a title of 1 to 200 characters.").arg(code));
    if (course.description.size() > kMaxDescription)
        return Error::invalid(tr("The description of course %1 is longer than 4,000 characters.").arg(code));
    auto existing = m_db.scalar(QStringLiteral("SELECT id FROM courses WHERE code = ?"), {code});
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return Error::conflict(tr("There is a course with the code %1 already.").arg(code));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto insert = m_db.exec(QStringLiteral("INSERT INTO courses(code, title, kind, description, created_at) "
                                           "VALUES(?,?,?,?,?)"),
                            {code, course.title.trimmed(), ProgrammeTerms::key(course.kind),
                             text(course.description.trimmed()), toStoredTimestamp(m_db.clock().nowUtc())});
    if (!insert)
        return insert.error();
    const CourseId id(insert->lastInsertId().toLongLong());
    if (auto a = AuditLog(m_db).append(
            actor.record(QStringLiteral("training.course_added"), QStringLiteral("course"), code,
                         QJsonObject{{QStringLiteral("title"), course.title.trimmed()},
                                     {QStringLiteral("kind"), ProgrammeTerms::key(course.kind)}}));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Course>> Training::courses() const
{
    auto q = m_db.exec(kCourseSelect + QStringLiteral("ORDER BY code"));
    if (!q)
        return q.error();
    QList<Course> result;
    while (q->next())
        result << readCourse(*q);
    return result;
}

Result<Course> Training::courseByCode(const QString &code) const
{
    auto q = m_db.exec(kCourseSelect + QStringLiteral("WHERE code = ?"), {code.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no course with the code \"%1\".").arg(code.trimmed()));
    return readCourse(*q);
}

Result<CourseSessionId> Training::addSession(const Actor &actor, const CourseSession &session)
{
    if (Status s = mayMaintain(actor, {}); !s)
        return s.error();
    auto course = m_db.scalar(QStringLiteral("SELECT code FROM courses WHERE id = ?"), {session.course.value});
    if (!course)
        return course.error();
    if (!course->isValid())
        return Error::invalid(tr("There is no course number %1 for the session.").arg(session.course.value));
    if (!session.date.isValid())
        return Error::invalid(tr("A session of course %1 needs a valid date.").arg(course->toString()));
    if (session.capacity && *session.capacity <= 0)
        return Error::invalid(
            tr("The capacity of a session must be more than 0 places; %1 is not.").arg(*session.capacity));
    if (session.place.trimmed().size() > kMaxName || session.trainer.trimmed().size() > kMaxName)
        return Error::invalid(tr("The place and the trainer of a session may have at most 200 characters each."));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto insert =
        m_db.exec(QStringLiteral("INSERT INTO course_sessions(course_id, held_on, place, trainer, capacity) "
                                 "VALUES(?,?,?,?,?)"),
                  {session.course.value, session.date.toString(Qt::ISODate), text(session.place.trimmed()),
                   text(session.trainer.trimmed()), session.capacity ? QVariant(*session.capacity) : QVariant()});
    if (!insert)
        return insert.error();
    const CourseSessionId id(insert->lastInsertId().toLongLong());
    if (auto a = AuditLog(m_db).append(actor.record(
            QStringLiteral("training.session_added"), QStringLiteral("course_session"), QString::number(id.value),
            QJsonObject{{QStringLiteral("course"), course->toString()},
                        {QStringLiteral("date"), session.date.toString(Qt::ISODate)}}));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<CourseSession>> Training::sessions(CourseId course) const
{
    auto q = course.isValid()
                 ? m_db.exec(kSessionSelect + QStringLiteral("WHERE cs.course_id = ? ORDER BY cs.held_on, cs.id"),
                             {course.value})
                 : m_db.exec(kSessionSelect + QStringLiteral("ORDER BY cs.held_on, cs.id"));
    if (!q)
        return q.error();
    QList<CourseSession> result;
    while (q->next())
        result << readSession(*q);
    return result;
}

Status Training::recordAttendance(const Actor &actor, CourseSessionId sessionId, StaffId memberId)
{
    auto q = m_db.exec(kSessionSelect + QStringLiteral("WHERE cs.id = ?"), {sessionId.value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no session number %1.").arg(sessionId.value));
    const CourseSession session = readSession(*q);
    q->finish();
    auto member = staffMember(memberId);
    if (!member)
        return member.error();
    if (Status s = mayMaintain(actor, member->department); !s)
        return s;
    auto already = m_db.scalar(QStringLiteral("SELECT 1 FROM attendance WHERE session_id = ? AND staff_id = ?"),
                               {sessionId.value, memberId.value});
    if (!already)
        return already.error();
    if (already->isValid())
        return {};
    if (!member->active)
        return Error::invalid(tr("%1 no longer works here and cannot be recorded as attending.").arg(member->name));
    if (session.capacity && session.attendees >= *session.capacity)
        return Error::invalid(tr("The session of %1 on %2 is full: all %3 places are taken.")
                                  .arg(session.courseCode, session.date.toString(Qt::ISODate))
                                  .arg(*session.capacity));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto i = m_db.exec(QStringLiteral("INSERT INTO attendance(session_id, staff_id) VALUES(?,?)"),
                           {sessionId.value, memberId.value});
        !i)
        return i.error();
    if (auto a = AuditLog(m_db).append(actor.record(QStringLiteral("training.attendance_recorded"),
                                                    QStringLiteral("course_session"), QString::number(sessionId.value),
                                                    QJsonObject{{QStringLiteral("staff"), memberId.value}}));
        !a)
        return a.error();
    return tx.commit();
}

Status Training::removeAttendance(const Actor &actor, CourseSessionId session, StaffId memberId)
{
    auto member = staffMember(memberId);
    if (!member)
        return member.error();
    if (Status s = mayMaintain(actor, member->department); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto d = m_db.exec(QStringLiteral("DELETE FROM attendance WHERE session_id = ? AND staff_id = ?"),
                       {session.value, memberId.value});
    if (!d)
        return d.error();
    if (d->numRowsAffected() == 0)
        return Error::notFound(
            tr("%1 is not recorded as attending session number %2.").arg(member->name).arg(session.value));
    if (auto a = AuditLog(m_db).append(actor.record(QStringLiteral("training.attendance_removed"),
                                                    QStringLiteral("course_session"), QString::number(session.value),
                                                    QJsonObject{{QStringLiteral("staff"), memberId.value}}));
        !a)
        return a.error();
    return tx.commit();
}

Result<QList<StaffMember>> Training::attendees(CourseSessionId session) const
{
    auto q = m_db.exec(kStaffSelect + QStringLiteral("JOIN attendance a ON a.staff_id = s.id WHERE a.session_id = ? "
                                                     "ORDER BY s.name, s.id"),
                       {session.value});
    if (!q)
        return q.error();
    QList<StaffMember> result;
    while (q->next())
        result << readStaff(*q);
    return result;
}

Result<qint64> Training::addRequirement(const Actor &actor, CourseId course, DepartmentId department,
                                        const QString &role)
{
    const QString roleKey = role.trimmed();
    if (department.isValid() == !roleKey.isEmpty())
        return Error::invalid(tr("A course is required either of a department or of a role, not of both or neither."));
    if (!roleKey.isEmpty() && !ProgrammePermissions::mayRequireOfRole(actor))
        return roleRequirementDenied(m_db, actor).error();
    if (Status s = mayMaintain(actor, department); !s)
        return s.error();
    if (!roleKey.isEmpty() && !Roles::fromKey(roleKey))
        return Error::invalid(tr("\"%1\" is not a role.").arg(roleKey));
    auto code = m_db.scalar(QStringLiteral("SELECT code FROM courses WHERE id = ?"), {course.value});
    if (!code)
        return code.error();
    if (!code->isValid())
        return Error::invalid(tr("There is no course number %1 to require.").arg(course.value));
    if (department.isValid()) {
        auto dept = m_db.scalar(QStringLiteral("SELECT id FROM departments WHERE id = ?"), {department.value});
        if (!dept)
            return dept.error();
        if (!dept->isValid())
            return Error::invalid(
                tr("There is no department number %1 to require the course of.").arg(department.value));
    }
    // UNIQUE does not see rows whose other column is NULL as equal, hence the check here.
    auto existing = m_db.scalar(QStringLiteral("SELECT id FROM course_requirements WHERE course_id = ? AND "
                                               "department_id IS ? AND role IS ?"),
                                {course.value, department.isValid() ? QVariant(department.value) : QVariant(),
                                 roleKey.isEmpty() ? QVariant() : QVariant(roleKey)});
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return Error::conflict(tr("The course %1 is required there already.").arg(code->toString()));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto insert =
        m_db.exec(QStringLiteral("INSERT INTO course_requirements(course_id, department_id, role) VALUES(?,?,?)"),
                  {course.value, department.isValid() ? QVariant(department.value) : QVariant(),
                   roleKey.isEmpty() ? QVariant() : QVariant(roleKey)});
    if (!insert)
        return insert.error();
    const qint64 id = insert->lastInsertId().toLongLong();
    if (auto a = AuditLog(m_db).append(actor.record(QStringLiteral("training.requirement_added"),
                                                    QStringLiteral("course"), code->toString(),
                                                    QJsonObject{{QStringLiteral("requirement"), id},
                                                                {QStringLiteral("department"), department.value},
                                                                {QStringLiteral("role"), roleKey}}));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status Training::removeRequirement(const Actor &actor, qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT r.department_id, r.role, c.code FROM course_requirements r "
                                      "JOIN courses c ON c.id = r.course_id WHERE r.id = ?"),
                       {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no course requirement number %1.").arg(id));
    const DepartmentId department(q->value(0).toLongLong());
    const QString role = q->value(1).toString();
    const QString code = q->value(2).toString();
    q->finish();
    if (!department.isValid() && !ProgrammePermissions::mayRequireOfRole(actor))
        return roleRequirementDenied(m_db, actor);
    if (Status s = mayMaintain(actor, department); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM course_requirements WHERE id = ?"), {id}); !d)
        return d.error();
    if (auto a = AuditLog(m_db).append(actor.record(QStringLiteral("training.requirement_removed"),
                                                    QStringLiteral("course"), code,
                                                    QJsonObject{{QStringLiteral("requirement"), id},
                                                                {QStringLiteral("department"), department.value},
                                                                {QStringLiteral("role"), role}}));
        !a)
        return a.error();
    return tx.commit();
}

Result<QList<CourseRequirement>> Training::requirements() const
{
    auto q = m_db.exec(QStringLiteral("SELECT r.id, r.course_id, c.code, r.department_id, d.code, r.role "
                                      "FROM course_requirements r JOIN courses c ON c.id = r.course_id "
                                      "LEFT JOIN departments d ON d.id = r.department_id "
                                      "ORDER BY c.code, d.code, r.role"));
    if (!q)
        return q.error();
    QList<CourseRequirement> result;
    while (q->next()) {
        CourseRequirement r;
        r.id = q->value(0).toLongLong();
        r.course = CourseId(q->value(1).toLongLong());
        r.courseCode = q->value(2).toString();
        r.department = DepartmentId(q->value(3).toLongLong());
        r.departmentCode = q->value(4).toString();
        r.role = q->value(5).toString();
        result << r;
    }
    return result;
}

Result<QList<TrainingCoverage>> Training::coverage(QDate asOf, DepartmentId department) const
{
    if (!asOf.isValid())
        asOf = m_db.clock().today();
    // Who must take which course: the active staff of a department that requires it, and the
    // active staff whose Amtsdesk user holds a role that requires it; each person once.
    QString sql =
        QStringLiteral("WITH req AS (SELECT DISTINCT s.id AS staff_id, s.department_id, r.course_id FROM staff s "
                       "JOIN course_requirements r ON r.department_id = s.department_id OR (r.role IS NOT NULL AND "
                       "s.user_id IS NOT NULL AND EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = s.user_id AND "
                       "ur.role = r.role)) WHERE s.active = 1");
    QVariantList params;
    if (department.isValid()) {
        sql += QStringLiteral(" AND s.department_id = ?");
        params << department.value;
    }
    sql +=
        QStringLiteral(") SELECT req.department_id, d.code, d.name, req.course_id, c.code, c.title, count(*), "
                       "sum(EXISTS (SELECT 1 FROM attendance a JOIN course_sessions cs ON cs.id = a.session_id "
                       "WHERE a.staff_id = req.staff_id AND cs.course_id = req.course_id AND cs.held_on <= ?)) "
                       "FROM req JOIN departments d ON d.id = req.department_id JOIN courses c ON c.id = req.course_id "
                       "GROUP BY req.department_id, req.course_id ORDER BY d.code, c.code");
    params << asOf.toString(Qt::ISODate);
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    QList<TrainingCoverage> result;
    while (q->next()) {
        TrainingCoverage c;
        c.department = DepartmentId(q->value(0).toLongLong());
        c.departmentCode = q->value(1).toString();
        c.departmentName = q->value(2).toString();
        c.course = CourseId(q->value(3).toLongLong());
        c.courseCode = q->value(4).toString();
        c.courseTitle = q->value(5).toString();
        c.required = q->value(6).toInt();
        c.trained = q->value(7).toInt();
        result << c;
    }
    return result;
}

} // namespace amtsdesk
