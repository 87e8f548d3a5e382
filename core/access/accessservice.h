#pragma once

#include "access/actor.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace amtsdesk {

class Database;

// An Organisationseinheit.
struct Department {
    DepartmentId id;
    QString code;
    QString name;
    DepartmentId parent;
    bool active = true;
};

struct User {
    UserId id;
    QString login;
    QString displayName;
    QString email;
    DepartmentId department;
    QString departmentCode;
    bool isSystem = false;
    bool active = true;
    QList<Role> roles;
};

struct NewUser {
    QString login;
    QString displayName;
    QString email;
    QString departmentCode; // empty: no department
};

// A Vertretung: deputy acts for principal from `from` to `until`, both inclusive.
struct Deputyship {
    qint64 id = 0;
    UserId principal;
    QString principalName;
    UserId deputy;
    QString deputyName;
    QDate from;
    QDate until;
};

// Users, departments, roles and deputies. Every change checks the actor's rights itself and is
// audited; a refusal is audited too.
class AccessService {
    Q_DECLARE_TR_FUNCTIONS(AccessService)

public:
    static inline const QString kSystemLogin = QStringLiteral("system");

    explicit AccessService(Database &db) : m_db(db) {}

    // For a new store: the system actor and the first administrator, in one transaction.
    Result<UserId> bootstrap(const QString &adminLogin, const QString &adminName);

    // The acting user for an operating-system login (or a demo/test --user).
    Result<Actor> actorForLogin(const QString &login) const;
    // The actor for steps the program takes by itself.
    Result<Actor> systemActor() const;
    // The same person acting as deputy for principalLogin; needs a Vertretung in force today.
    Result<Actor> actAsDeputy(const Actor &self, const QString &principalLogin) const;

    Result<DepartmentId> createDepartment(const Actor &actor, const QString &code, const QString &name,
                                          const QString &parentCode = {});
    Result<UserId> createUser(const Actor &actor, const NewUser &user);
    Status assignDepartment(const Actor &actor, UserId user, const QString &departmentCode);
    Status grantRole(const Actor &actor, UserId user, Role role);
    Status revokeRole(const Actor &actor, UserId user, Role role);
    // An administrator, or the principal for themself, names a deputy for a period.
    Result<qint64> addDeputy(const Actor &actor, UserId principal, UserId deputy, QDate from, QDate until);

    Result<QList<Department>> departments() const;
    Result<QList<User>> users() const;
    Result<User> user(UserId id) const;
    Result<User> userByLogin(const QString &login) const;
    Result<DepartmentId> departmentByCode(const QString &code) const;
    // Deputyships in which the user is principal or deputy, current and future.
    Result<QList<Deputyship>> deputyships(UserId user, QDate from) const;

    // Refuses (and audits the refusal) unless the actor holds the role; `what` is marked with
    // QT_TR_NOOP in this class's context.
    Status require(const Actor &actor, Role role, const char *what) const;
    // Keeps a refusal in the audit trail (access.denied: who, for whom, which object, what was
    // attempted) in a transaction of its own, whatever the caller does next, and returns error.
    Error refused(const Actor &actor, const QString &objectType, const QString &objectId, const QString &attempted,
                  Error error) const;

    static Status checkLogin(const QString &login);

private:
    Result<QList<User>> queryUsers(const QString &where, const QVariantList &params) const;
    Result<QList<Role>> rolesOf(UserId id) const;

    Database &m_db;
};

// The operating-system login of the person running this process.
QString currentSystemLogin();

} // namespace amtsdesk
