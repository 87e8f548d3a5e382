#include "support/teststore.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace amtsdesk;

TEST_CASE("a new store has its administrator and a system actor nobody can sign in as", "[access]")
{
    TestStore store;
    AccessService access = store.access();
    const Actor admin = store.admin();
    REQUIRE(admin.hasRole(Role::Administrator));
    REQUIRE_FALSE(admin.hasRole(Role::PaymentApprover));
    REQUIRE(access.systemActor()->isSystem);
    auto asSystem = access.actorForLogin(AccessService::kSystemLogin);
    REQUIRE_FALSE(asSystem.ok());
    REQUIRE(asSystem.error().code == ErrorCode::PermissionDenied);
    REQUIRE(access.users()->size() == 1); // the system actor is not listed
    REQUIRE(access.bootstrap(QStringLiteral("second"), QString()).error().code == ErrorCode::Conflict);
}

TEST_CASE("only administrators manage people, and refusals are audited", "[access]")
{
    TestStore store;
    AccessService access = store.access();
    const Actor admin = store.admin();
    REQUIRE(access.createDepartment(admin, QStringLiteral("20"), QStringLiteral("Finanzen")).ok());
    REQUIRE(access.createDepartment(admin, QStringLiteral("20.2"), QStringLiteral("Kreiskasse"), QStringLiteral("20")).ok());
    const Actor clerk = store.user(QStringLiteral("k.wolf"), {Role::Clerk}, QStringLiteral("20"));
    REQUIRE(clerk.department == access.departmentByCode(QStringLiteral("20")).value());

    const qint64 auditBefore = AuditLog(store.db()).count().value();
    auto refused = access.createUser(clerk, NewUser{QStringLiteral("x.y"), QStringLiteral("X Y"), {}, {}});
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().code == ErrorCode::PermissionDenied);
    REQUIRE(refused.error().message.contains(Roles::displayName(Role::Administrator)));
    REQUIRE_FALSE(access.userByLogin(QStringLiteral("x.y")).ok());
    const auto last = AuditLog(store.db()).page({}, 1).value().first();
    REQUIRE(AuditLog(store.db()).count().value() == auditBefore + 1);
    REQUIRE(last.action == QStringLiteral("access.denied"));
    REQUIRE(last.actorLogin == QStringLiteral("k.wolf"));

    REQUIRE_FALSE(access.grantRole(clerk, clerk.userId, Role::PaymentApprover).ok());
    REQUIRE_FALSE(access.createDepartment(clerk, QStringLiteral("99"), QStringLiteral("Neu")).ok());
}

TEST_CASE("bad input to people and departments is refused with a message naming it", "[access]")
{
    TestStore store;
    AccessService access = store.access();
    const Actor admin = store.admin();
    auto badLogin = access.createUser(admin, NewUser{QStringLiteral("../etc"), QStringLiteral("Eve"), {}, {}});
    REQUIRE(badLogin.error().code == ErrorCode::InvalidInput);
    REQUIRE(badLogin.error().message.contains(QStringLiteral("../etc")));
    REQUIRE(access.createUser(admin, NewUser{QStringLiteral("system"), QStringLiteral("S"), {}, {}}).error().code == ErrorCode::InvalidInput);
    REQUIRE(access.createUser(admin, NewUser{QStringLiteral("ok.name"), QStringLiteral("  "), {}, {}}).error().code == ErrorCode::InvalidInput);
    REQUIRE(access.createUser(admin, NewUser{QStringLiteral("ok.name"), QStringLiteral("Ok"), {}, QStringLiteral("77")}).error().code == ErrorCode::NotFound);
    REQUIRE(access.createUser(admin, NewUser{QStringLiteral("ADMIN"), QStringLiteral("Dup"), {}, {}}).error().code == ErrorCode::Conflict);
    REQUIRE(access.createDepartment(admin, QString(), QStringLiteral("Leer")).error().code == ErrorCode::InvalidInput);
    REQUIRE(access.createDepartment(admin, QStringLiteral("1"), QStringLiteral("A")).ok());
    REQUIRE(access.createDepartment(admin, QStringLiteral("1"), QStringLiteral("B")).error().code == ErrorCode::Conflict);
    REQUIRE(access.createDepartment(admin, QStringLiteral("2"), QStringLiteral("C"), QStringLiteral("nope")).error().code == ErrorCode::NotFound);
    // Umlauts and Turkish letters are fine in logins and names.
    REQUIRE(access.createUser(admin, NewUser{QStringLiteral("m.yılmaz"), QStringLiteral("Mehmet Yılmaz"), {}, {}}).ok());
    REQUIRE(access.createUser(admin, NewUser{QStringLiteral("j.müller"), QStringLiteral("Jörg Müller"), {}, {}}).ok());
}

TEST_CASE("a deputy borrows the principal's rights for the period and stays themselves", "[access]")
{
    TestStore store;
    AccessService access = store.access();
    const Actor admin = store.admin();
    const Actor principal = store.user(QStringLiteral("f.neumann"), {Role::PaymentApprover}, QStringLiteral("20"));
    const Actor deputy = store.user(QStringLiteral("h.zimmermann"), {Role::Clerk}, QStringLiteral("20.2"));
    const QDate today = store.clock.today();

    REQUIRE_FALSE(access.actAsDeputy(deputy, QStringLiteral("f.neumann")).ok());
    REQUIRE(access.addDeputy(admin, principal.userId, deputy.userId, today.addDays(-1), today.addDays(10)).ok());
    auto acting = access.actAsDeputy(deputy, QStringLiteral("f.neumann"));
    REQUIRE(acting.ok());
    REQUIRE(acting->hasRole(Role::PaymentApprover));
    REQUIRE(acting->hasRole(Role::Clerk));
    REQUIRE(acting->userId == deputy.userId); // four-eyes compares this, the real person
    REQUIRE(*acting->onBehalfOf == principal.userId);
    REQUIRE(acting->departments().size() == 2);
    REQUIRE(acting->signature() == QStringLiteral("h.zimmermann i.V. f.neumann"));
    auto rec = acting->record(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("1"));
    REQUIRE(rec.actor == deputy.userId);
    REQUIRE(*rec.onBehalfOf == principal.userId);

    // Outside the period the deputyship gives nothing.
    store.clock.advanceSeconds(20 * 86400);
    REQUIRE_FALSE(access.actAsDeputy(deputy, QStringLiteral("f.neumann")).ok());

    // People may name their own deputy, but not someone else's.
    const Actor other = store.user(QStringLiteral("e.schwarz"), {Role::Clerk});
    REQUIRE(access.addDeputy(principal, principal.userId, other.userId, today, today.addDays(3)).ok());
    REQUIRE(access.addDeputy(other, principal.userId, other.userId, today, today.addDays(3)).error().code == ErrorCode::PermissionDenied);
    REQUIRE(access.addDeputy(admin, principal.userId, principal.userId, today, today).error().code == ErrorCode::InvalidInput);
    REQUIRE(access.addDeputy(admin, principal.userId, other.userId, today, today.addDays(-1)).error().code == ErrorCode::InvalidInput);
    REQUIRE(access.deputyships(principal.userId, today).value().size() == 2);
}

TEST_CASE("the last administrator keeps the role", "[access]")
{
    TestStore store;
    AccessService access = store.access();
    const Actor admin = store.admin();
    REQUIRE(access.revokeRole(admin, admin.userId, Role::Administrator).error().code == ErrorCode::Conflict);
    const Actor second = store.user(QStringLiteral("second"), {Role::Administrator});
    REQUIRE(access.revokeRole(admin, admin.userId, Role::Administrator).ok());
    REQUIRE_FALSE(access.actorForLogin(QStringLiteral("admin"))->hasRole(Role::Administrator));
    REQUIRE(second.hasRole(Role::Administrator));
}

TEST_CASE("every role has a stable key and a name", "[access]")
{
    QSet<QString> keys;
    for (Role role : Roles::all()) {
        REQUIRE(Roles::fromKey(Roles::key(role)) == role);
        REQUIRE_FALSE(Roles::displayName(role).isEmpty());
        keys.insert(Roles::key(role));
    }
    REQUIRE(keys.size() == 8);
    REQUIRE_FALSE(Roles::fromKey(QStringLiteral("superuser")).has_value());
}

TEST_CASE("moving a person to another department is audited with the old and new value", "[access]")
{
    TestStore store;
    AccessService access = store.access();
    const Actor admin = store.admin();
    const Actor clerk = store.user(QStringLiteral("s.koch"), {Role::Clerk}, QStringLiteral("11"));
    REQUIRE(access.createDepartment(admin, QStringLiteral("10"), QStringLiteral("Zentrale Dienste")).ok());
    REQUIRE(access.assignDepartment(clerk, clerk.userId, QStringLiteral("10")).error().code == ErrorCode::PermissionDenied);
    REQUIRE(access.assignDepartment(admin, clerk.userId, QStringLiteral("99")).error().code == ErrorCode::NotFound);
    REQUIRE(access.assignDepartment(admin, clerk.userId, QStringLiteral("10")).ok());
    REQUIRE(access.user(clerk.userId)->departmentCode == QStringLiteral("10"));
    const AuditEntry last = AuditLog(store.db()).page({}, 1).value().first();
    REQUIRE(last.action == QStringLiteral("user.department_changed"));
    const QJsonObject change = last.details.value(QStringLiteral("department")).toObject();
    REQUIRE(change.value(QStringLiteral("old")).toString() == QStringLiteral("11"));
    REQUIRE(change.value(QStringLiteral("new")).toString() == QStringLiteral("10"));
}
