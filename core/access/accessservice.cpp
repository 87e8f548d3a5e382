#include "access/accessservice.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace amtsdesk {

QString currentSystemLogin()
{
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    QString login = qEnvironmentVariable("USER");
    return login.isEmpty() ? qEnvironmentVariable("USERNAME") : login;
}

Status AccessService::checkLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w][\\w.@\\-]{0,63}$"), QRegularExpression::UseUnicodePropertiesOption);
    if (!pattern.match(login).hasMatch())
        return Error::invalid(tr("\"%1\" is not a valid login: use up to 64 letters, digits, '.', '_', '-' or '@', "
                                 "starting with a letter or digit.").arg(login.left(80)));
    return {};
}

Result<UserId> AccessService::bootstrap(const QString &adminLogin, const QString &adminName)
{
    if (Status s = checkLogin(adminLogin); !s)
        return s.error();
    if (adminLogin.compare(kSystemLogin, Qt::CaseInsensitive) == 0)
        return Error::invalid(tr("\"%1\" is reserved for the program itself.").arg(adminLogin));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto existing = m_db.scalar(QStringLiteral("SELECT count(*) FROM users"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return Error::conflict(tr("This store already has users; its first administrator was named when it was created."));
    const QString now = toStoredTimestamp(m_db.clock().nowUtc());
    auto sys = m_db.exec(QStringLiteral("INSERT INTO users(login, display_name, is_system, created_at) VALUES(?, ?, 1, ?)"),
                         {kSystemLogin, tr("Amtsdesk (system)"), now});
    if (!sys)
        return sys.error();
    const UserId systemId(sys->lastInsertId().toLongLong());
    const QString name = adminName.trimmed().isEmpty() ? adminLogin : adminName.trimmed();
    auto admin = m_db.exec(QStringLiteral("INSERT INTO users(login, display_name, created_at) VALUES(?, ?, ?)"),
                           {adminLogin, name, now});
    if (!admin)
        return admin.error();
    const UserId adminId(admin->lastInsertId().toLongLong());
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO user_roles(user_id, role) VALUES(?, ?)"),
                           {adminId.value, Roles::key(Role::Administrator)}); !r)
        return r.error();

    AuditLog audit(m_db);
    AuditRecord created{systemId, std::nullopt, QStringLiteral("store.created"), QStringLiteral("store"), {},
                        QJsonObject{{QStringLiteral("kind"), storeKindKey(m_db.kind())},
                                    {QStringLiteral("schema"), m_db.schemaVersion()}}, {}};
    AuditRecord user{systemId, std::nullopt, QStringLiteral("user.created"), QStringLiteral("user"),
                     QString::number(adminId.value),
                     QJsonObject{{QStringLiteral("login"), adminLogin}, {QStringLiteral("display_name"), name}}, {}};
    AuditRecord role{systemId, std::nullopt, QStringLiteral("role.granted"), QStringLiteral("user"),
                     QString::number(adminId.value), QJsonObject{{QStringLiteral("role"), Roles::key(Role::Administrator)}}, {}};
    for (const AuditRecord &record : {created, user, role}) {
        if (auto r = audit.append(record); !r)
            return r.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return adminId;
}

Result<QList<Role>> AccessService::rolesOf(UserId id) const
{
    auto query = m_db.exec(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {id.value});
    if (!query)
        return query.error();
    QList<Role> roles;
    while (query->next()) {
        if (auto role = Roles::fromKey(query->value(0).toString()))
            roles << *role;
    }
    std::sort(roles.begin(), roles.end());
    return roles;
}

Result<QList<User>> AccessService::queryUsers(const QString &where, const QVariantList &params) const
{
    auto query = m_db.exec(QStringLiteral("SELECT u.id, u.login, u.display_name, u.email, u.department_id, d.code, "
                                          "u.is_system, u.active FROM users u LEFT JOIN departments d ON d.id = u.department_id ")
                               + where + QStringLiteral(" ORDER BY u.display_name COLLATE NOCASE"),
                           params);
    if (!query)
        return query.error();
    QList<User> users;
    while (query->next()) {
        User u;
        u.id = UserId(query->value(0).toLongLong());
        u.login = query->value(1).toString();
        u.displayName = query->value(2).toString();
        u.email = query->value(3).toString();
        u.department = DepartmentId(query->value(4).toLongLong());
        u.departmentCode = query->value(5).toString();
        u.isSystem = query->value(6).toBool();
        u.active = query->value(7).toBool();
        users << u;
    }
    for (User &u : users) {
        auto roles = rolesOf(u.id);
        if (!roles)
            return roles.error();
        u.roles = *roles;
    }
    return users;
}

Result<QList<User>> AccessService::users() const
{
    return queryUsers(QStringLiteral("WHERE u.is_system = 0"), {});
}

Result<User> AccessService::user(UserId id) const
{
    auto found = queryUsers(QStringLiteral("WHERE u.id = ?"), {id.value});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no user with the number %1.").arg(id.value));
    return found->first();
}

Result<User> AccessService::userByLogin(const QString &login) const
{
    auto found = queryUsers(QStringLiteral("WHERE u.login = ?"), {login});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("The login \"%1\" has no user record in this store. Ask an administrator to add you.").arg(login));
    return found->first();
}

Result<Actor> AccessService::actorForLogin(const QString &login) const
{
    auto u = userByLogin(login);
    if (!u)
        return u.error();
    if (u->isSystem)
        return Error::denied(tr("Nobody can sign in as the program's own system actor."));
    if (!u->active)
        return Error::denied(tr("The user \"%1\" is deactivated in this store.").arg(login));
    Actor actor;
    actor.userId = u->id;
    actor.login = u->login;
    actor.displayName = u->displayName;
    actor.department = u->department;
    actor.ownRoles = QSet<Role>(u->roles.cbegin(), u->roles.cend());
    return actor;
}

Result<Actor> AccessService::systemActor() const
{
    auto u = userByLogin(kSystemLogin);
    if (!u)
        return u.error();
    Actor actor;
    actor.userId = u->id;
    actor.login = u->login;
    actor.displayName = u->displayName;
    actor.isSystem = true;
    return actor;
}

Result<Actor> AccessService::actAsDeputy(const Actor &self, const QString &principalLogin) const
{
    auto principal = userByLogin(principalLogin);
    if (!principal)
        return principal.error();
    const QString today = m_db.clock().today().toString(Qt::ISODate);
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM deputies WHERE principal_id = ? AND deputy_id = ? "
                                            "AND valid_from <= ? AND valid_until >= ?"),
                             {principal->id.value, self.userId.value, today, today});
    if (!count)
        return count.error();
    if (count->toLongLong() == 0)
        return Error::denied(tr("%1 is not deputy for %2 today.").arg(self.displayName, principal->displayName));
    Actor actor = self;
    actor.onBehalfOf = principal->id;
    actor.onBehalfOfName = principal->displayName;
    actor.onBehalfOfDepartment = principal->department;
    actor.borrowedRoles = QSet<Role>(principal->roles.cbegin(), principal->roles.cend());
    return actor;
}

Status AccessService::require(const Actor &actor, Role role, const char *what) const
{
    if (actor.hasRole(role))
        return {};
    // The refusal is kept, in a transaction of its own, whatever the caller does next; the
    // trail records the untranslated words, the person reads their own language.
    AuditLog audit(m_db);
    (void)audit.append(actor.record(QStringLiteral("access.denied"), QStringLiteral("permission"), Roles::key(role),
                                    QJsonObject{{QStringLiteral("attempted"), QString::fromLatin1(what)}}));
    return Error::denied(tr("%1 may not %2: that needs the role \"%3\".").arg(actor.signature(), tr(what), Roles::displayName(role)));
}

Error AccessService::refused(const Actor &actor, const QString &objectType, const QString &objectId,
                             const QString &attempted, Error error) const
{
    (void)AuditLog(m_db).append(actor.record(QStringLiteral("access.denied"), objectType, objectId,
                                             QJsonObject{{QStringLiteral("attempted"), attempted}}));
    return error;
}

Result<DepartmentId> AccessService::departmentByCode(const QString &code) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM departments WHERE code = ?"), {code});
    if (!id)
        return id.error();
    if (!id->isValid())
        return Error::notFound(tr("There is no department with the code \"%1\".").arg(code));
    return DepartmentId(id->toLongLong());
}

Result<DepartmentId> AccessService::createDepartment(const Actor &actor, const QString &code, const QString &name,
                                                     const QString &parentCode)
{
    if (Status s = require(actor, Role::Administrator, QT_TR_NOOP("create departments")); !s)
        return s.error();
    const QString c = code.trimmed();
    const QString n = name.trimmed();
    if (c.isEmpty() || c.size() > 32)
        return Error::invalid(tr("A department code must have 1 to 32 characters; \"%1\" has %2.").arg(c.left(40)).arg(c.size()));
    if (n.isEmpty() || n.size() > 200)
        return Error::invalid(tr("The department \"%1\" needs a name of 1 to 200 characters.").arg(c));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QVariant parent(QMetaType::fromType<qint64>());
    if (!parentCode.isEmpty()) {
        auto p = departmentByCode(parentCode);
        if (!p)
            return p.error();
        parent = p->value;
    }
    if (auto existing = departmentByCode(c); existing)
        return Error::conflict(tr("A department with the code \"%1\" exists already.").arg(c));
    auto insert = m_db.exec(QStringLiteral("INSERT INTO departments(code, name, parent_id) VALUES(?, ?, ?)"), {c, n, parent});
    if (!insert)
        return insert.error();
    const DepartmentId id(insert->lastInsertId().toLongLong());
    AuditLog audit(m_db);
    if (auto r = audit.append(actor.record(QStringLiteral("department.created"), QStringLiteral("department"),
                                           QString::number(id.value),
                                           QJsonObject{{QStringLiteral("code"), c}, {QStringLiteral("name"), n},
                                                       {QStringLiteral("parent"), parentCode}}));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<UserId> AccessService::createUser(const Actor &actor, const NewUser &nu)
{
    if (Status s = require(actor, Role::Administrator, QT_TR_NOOP("create users")); !s)
        return s.error();
    if (Status s = checkLogin(nu.login); !s)
        return s.error();
    if (nu.login.compare(kSystemLogin, Qt::CaseInsensitive) == 0)
        return Error::invalid(tr("\"%1\" is reserved for the program itself.").arg(nu.login));
    const QString name = nu.displayName.trimmed();
    if (name.isEmpty() || name.size() > 200)
        return Error::invalid(tr("The user \"%1\" needs a name of 1 to 200 characters.").arg(nu.login));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QVariant department(QMetaType::fromType<qint64>());
    if (!nu.departmentCode.isEmpty()) {
        auto d = departmentByCode(nu.departmentCode);
        if (!d)
            return d.error();
        department = d->value;
    }
    if (auto existing = userByLogin(nu.login); existing)
        return Error::conflict(tr("The login \"%1\" is taken already.").arg(nu.login));
    auto insert = m_db.exec(QStringLiteral("INSERT INTO users(login, display_name, email, department_id, created_at) "
                                           "VALUES(?, ?, ?, ?, ?)"),
                            {nu.login, name, nu.email.trimmed(), department, toStoredTimestamp(m_db.clock().nowUtc())});
    if (!insert)
        return insert.error();
    const UserId id(insert->lastInsertId().toLongLong());
    AuditLog audit(m_db);
    if (auto r = audit.append(actor.record(QStringLiteral("user.created"), QStringLiteral("user"), QString::number(id.value),
                                           QJsonObject{{QStringLiteral("login"), nu.login},
                                                       {QStringLiteral("display_name"), name},
                                                       {QStringLiteral("department"), nu.departmentCode}}));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status AccessService::assignDepartment(const Actor &actor, UserId userId, const QString &departmentCode)
{
    if (Status s = require(actor, Role::Administrator, QT_TR_NOOP("move people between departments")); !s)
        return s;
    auto target = user(userId);
    if (!target)
        return target.error();
    auto department = departmentByCode(departmentCode);
    if (!department)
        return department.error();
    if (target->department == *department)
        return {};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto r = m_db.exec(QStringLiteral("UPDATE users SET department_id = ? WHERE id = ?"), {department->value, userId.value}); !r)
        return r.error();
    AuditLog audit(m_db);
    const QJsonObject change{{QStringLiteral("old"), target->departmentCode}, {QStringLiteral("new"), departmentCode}};
    if (auto r = audit.append(actor.record(QStringLiteral("user.department_changed"), QStringLiteral("user"),
                                           QString::number(userId.value),
                                           QJsonObject{{QStringLiteral("login"), target->login}, {QStringLiteral("department"), change}}));
        !r)
        return r.error();
    return tx.commit();
}

Status AccessService::grantRole(const Actor &actor, UserId userId, Role role)
{
    if (Status s = require(actor, Role::Administrator, QT_TR_NOOP("grant roles")); !s)
        return s;
    auto target = user(userId);
    if (!target)
        return target.error();
    if (target->isSystem)
        return Error::invalid(tr("The program's system actor has no roles."));
    if (target->roles.contains(role))
        return {};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO user_roles(user_id, role) VALUES(?, ?)"), {userId.value, Roles::key(role)}); !r)
        return r.error();
    AuditLog audit(m_db);
    if (auto r = audit.append(actor.record(QStringLiteral("role.granted"), QStringLiteral("user"), QString::number(userId.value),
                                           QJsonObject{{QStringLiteral("login"), target->login},
                                                       {QStringLiteral("role"), Roles::key(role)}}));
        !r)
        return r.error();
    return tx.commit();
}

Status AccessService::revokeRole(const Actor &actor, UserId userId, Role role)
{
    if (Status s = require(actor, Role::Administrator, QT_TR_NOOP("revoke roles")); !s)
        return s;
    auto target = user(userId);
    if (!target)
        return target.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (role == Role::Administrator) {
        auto admins = m_db.scalar(QStringLiteral("SELECT count(*) FROM user_roles r JOIN users u ON u.id = r.user_id "
                                                 "WHERE r.role = ? AND u.active = 1 AND u.id <> ?"),
                                  {Roles::key(role), userId.value});
        if (!admins)
            return admins.error();
        if (admins->toLongLong() == 0)
            return Error::conflict(tr("The last administrator keeps that role: name another administrator first."));
    }
    auto removed = m_db.exec(QStringLiteral("DELETE FROM user_roles WHERE user_id = ? AND role = ?"), {userId.value, Roles::key(role)});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return {};
    AuditLog audit(m_db);
    if (auto r = audit.append(actor.record(QStringLiteral("role.revoked"), QStringLiteral("user"), QString::number(userId.value),
                                           QJsonObject{{QStringLiteral("login"), target->login},
                                                       {QStringLiteral("role"), Roles::key(role)}}));
        !r)
        return r.error();
    return tx.commit();
}

Result<qint64> AccessService::addDeputy(const Actor &actor, UserId principal, UserId deputy, QDate from, QDate until)
{
    if (actor.userId != principal || actor.onBehalfOf) {
        if (Status s = require(actor, Role::Administrator, QT_TR_NOOP("name deputies for other people")); !s)
            return s.error();
    }
    if (!from.isValid() || !until.isValid() || from > until)
        return Error::invalid(tr("A deputyship needs a start date on or before its end date."));
    if (principal == deputy)
        return Error::invalid(tr("Nobody can be their own deputy."));
    auto p = user(principal);
    if (!p)
        return p.error();
    auto d = user(deputy);
    if (!d)
        return d.error();
    if (p->isSystem || d->isSystem)
        return Error::invalid(tr("The program's system actor cannot take part in a deputyship."));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto insert = m_db.exec(QStringLiteral("INSERT INTO deputies(principal_id, deputy_id, valid_from, valid_until) VALUES(?, ?, ?, ?)"),
                            {principal.value, deputy.value, from.toString(Qt::ISODate), until.toString(Qt::ISODate)});
    if (!insert)
        return insert.error();
    const qint64 id = insert->lastInsertId().toLongLong();
    AuditLog audit(m_db);
    if (auto r = audit.append(actor.record(QStringLiteral("deputy.added"), QStringLiteral("user"), QString::number(principal.value),
                                           QJsonObject{{QStringLiteral("principal"), p->login},
                                                       {QStringLiteral("deputy"), d->login},
                                                       {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                                       {QStringLiteral("until"), until.toString(Qt::ISODate)}}));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Department>> AccessService::departments() const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, code, name, parent_id, active FROM departments ORDER BY code"));
    if (!query)
        return query.error();
    QList<Department> result;
    while (query->next()) {
        result << Department{DepartmentId(query->value(0).toLongLong()), query->value(1).toString(),
                             query->value(2).toString(), DepartmentId(query->value(3).toLongLong()), query->value(4).toBool()};
    }
    return result;
}

Result<QList<Deputyship>> AccessService::deputyships(UserId userId, QDate from) const
{
    auto query = m_db.exec(QStringLiteral("SELECT d.id, d.principal_id, p.display_name, d.deputy_id, s.display_name, "
                                          "d.valid_from, d.valid_until FROM deputies d JOIN users p ON p.id = d.principal_id "
                                          "JOIN users s ON s.id = d.deputy_id WHERE (d.principal_id = ? OR d.deputy_id = ?) "
                                          "AND d.valid_until >= ? ORDER BY d.valid_from"),
                           {userId.value, userId.value, from.toString(Qt::ISODate)});
    if (!query)
        return query.error();
    QList<Deputyship> result;
    while (query->next()) {
        result << Deputyship{query->value(0).toLongLong(), UserId(query->value(1).toLongLong()), query->value(2).toString(),
                             UserId(query->value(3).toLongLong()), query->value(4).toString(),
                             QDate::fromString(query->value(5).toString(), Qt::ISODate),
                             QDate::fromString(query->value(6).toString(), Qt::ISODate)};
    }
    return result;
}

} // namespace amtsdesk
