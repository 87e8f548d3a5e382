// The staff directory edited (with a conflict when someone changed the entry meanwhile), and the
// side-effect-free permission questions the pages ask agreeing with what the services enforce.
#include "programme/ideas.h"
#include "programme/ozgservices.h"
#include "programme/programmepermissions.h"
#include "programme/training.h"

#include "support/teststore.h"
#include <catch2/catch.hpp>

#include "store/database.h"

using namespace amtsdesk;

namespace {

qint64 auditCount(Database &db, const QString &action)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action});
    REQUIRE(n.ok());
    return n->toLongLong();
}

StaffMember member(Training &training, StaffId id)
{
    auto m = training.staffMember(id);
    REQUIRE(m.ok());
    return *m;
}

// The error of a step that must have been refused.
Error refused(const Status &s)
{
    REQUIRE_FALSE(s.ok());
    return s.error();
}

struct District {
    District()
    {
        pm = store.user(QStringLiteral("p.lange"), {Role::ProgrammeManager}, QStringLiteral("10"));
        officer32 = store.user(QStringLiteral("o.kaya"), {Role::DigitalisationOfficer}, QStringLiteral("32"));
        clerk32 = store.user(QStringLiteral("c.roth"), {Role::Clerk}, QStringLiteral("32"));
        (void)store.user(QStringLiteral("b.stein"), {Role::Clerk}, QStringLiteral("51"));
        auto found32 = store.access().departmentByCode(QStringLiteral("32"));
        auto found51 = store.access().departmentByCode(QStringLiteral("51"));
        REQUIRE(found32.ok());
        REQUIRE(found51.ok());
        d32 = *found32;
        d51 = *found51;
    }
    TestStore store;
    Actor pm, officer32, clerk32;
    DepartmentId d32, d51;
};

} // namespace

TEST_CASE("a staff entry is edited by who keeps the department's records, and a stale one is a conflict", "[programme]")
{
    District d;
    Training training(d.store.db());
    auto id = training.addStaff(
        d.officer32, NewStaffMember{QStringLiteral("Jonas Berg"), d.d32, QStringLiteral("Sachbearbeitung"), {}, {}});
    REQUIRE(id.ok());
    const StaffMember seen = member(training, *id);

    StaffMember changed = seen;
    changed.position = QStringLiteral("Teamleitung");
    changed.email = QStringLiteral("j.berg@kreis.example");
    changed.user = d.clerk32.userId;
    REQUIRE(training.updateStaff(d.officer32, seen, changed).ok());
    StaffMember now = member(training, *id);
    CHECK(now.position == QStringLiteral("Teamleitung"));
    CHECK(now.email == QStringLiteral("j.berg@kreis.example"));
    REQUIRE(now.user);
    CHECK(*now.user == d.clerk32.userId);
    CHECK(auditCount(d.store.db(), QStringLiteral("training.staff_changed")) == 1);

    // The same edit from the old view: someone changed the entry meanwhile.
    auto stale = training.updateStaff(d.officer32, seen, changed);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("Jonas Berg")));

    // Nothing changed: nothing written, nothing audited.
    REQUIRE(training.updateStaff(d.officer32, now, now).ok());
    CHECK(auditCount(d.store.db(), QStringLiteral("training.staff_changed")) == 1);

    // A clerk may not; an officer may not move someone to a department not theirs; the manager may.
    StaffMember moved = now;
    moved.department = d.d51;
    CHECK(refused(training.updateStaff(d.clerk32, now, moved)).code == ErrorCode::PermissionDenied);
    CHECK(refused(training.updateStaff(d.officer32, now, moved)).code == ErrorCode::PermissionDenied);
    REQUIRE(training.updateStaff(d.pm, now, moved).ok());
    CHECK(member(training, *id).department == d.d51);
    now = member(training, *id);

    // The rules of a new entry hold for an edit too.
    StaffMember bad = now;
    bad.name = QStringLiteral("  ");
    CHECK(refused(training.updateStaff(d.pm, now, bad)).code == ErrorCode::InvalidInput);
    bad = now;
    bad.email = QStringLiteral("keine Adresse");
    CHECK(refused(training.updateStaff(d.pm, now, bad)).message.contains(QStringLiteral("keine Adresse")));
    auto other = training.addStaff(d.pm, NewStaffMember{QStringLiteral("Eva Roth"), d.d32, {}, {}, {}});
    REQUIRE(other.ok());
    StaffMember twice = member(training, *other);
    const StaffMember twiceSeen = twice;
    twice.user = d.clerk32.userId; // linked to Jonas Berg already
    CHECK(refused(training.updateStaff(d.pm, twiceSeen, twice)).code == ErrorCode::Conflict);

    // Someone who left, through the same edit.
    StaffMember left = now;
    left.active = false;
    REQUIRE(training.updateStaff(d.pm, now, left).ok());
    CHECK_FALSE(member(training, *id).active);
}

TEST_CASE("the permission questions agree with the services and leave no trace in the audit trail", "[programme]")
{
    District d;
    OzgServices ozg(d.store.db());
    Training training(d.store.db());
    Ideas ideas(d.store.db());
    auto idea32 = ideas.record(
        d.clerk32,
        NewIdea{QStringLiteral("Online-Termine"), {}, QStringLiteral("C. Roth"), {}, IdeaSource::StaffWorkshop, d.d32});
    REQUIRE(idea32.ok());
    auto idea51 = ideas.record(
        d.clerk32,
        NewIdea{QStringLiteral("Chat"), {}, QStringLiteral("C. Roth"), {}, IdeaSource::StaffWorkshop, d.d51});
    REQUIRE(idea51.ok());
    auto ideaNone = ideas.record(
        d.clerk32,
        NewIdea{QStringLiteral("Open Data"), {}, QStringLiteral("Bürger"), {}, IdeaSource::CitizenWorkshop, {}});
    REQUIRE(ideaNone.ok());

    const qint64 deniedBefore = auditCount(d.store.db(), QStringLiteral("access.denied"));
    for (const Actor &actor : {d.pm, d.officer32, d.clerk32}) {
        INFO(actor.login.toStdString());
        for (const DepartmentId department : {d.d32, d.d51}) {
            CHECK(ProgrammePermissions::mayMaintainServices(actor, department) == ozg.mayEdit(actor, department).ok());
        }
        CHECK(ProgrammePermissions::mayImportCatalogue(actor) ==
              ozg.importCatalogue(actor, "leika_key,leika_name,leika_type,ozg_id,ozg_name,life_situation,topic\n",
                                  QStringLiteral("leer.csv"))
                  .ok());
        for (const DepartmentId department : {d.d32, d.d51}) {
            const bool added =
                training.addStaff(actor, NewStaffMember{QStringLiteral("Probe"), department, {}, {}, {}}).ok();
            CHECK(ProgrammePermissions::mayMaintainTraining(actor, department) == added);
        }
        const bool course = training
                                .addCourse(actor, Course{{},
                                                         QStringLiteral("K-") + actor.login.left(3),
                                                         QStringLiteral("Kurs"),
                                                         CourseKind::Workshop,
                                                         {}})
                                .ok();
        CHECK(ProgrammePermissions::mayMaintainTraining(actor) == course);
        for (const auto &[idea, department] :
             {std::pair{*idea32, d.d32}, std::pair{*idea51, d.d51}, std::pair{*ideaNone, DepartmentId()}}) {
            const Status s = ideas.decide(actor, idea, IdeaStatus::Review);
            // A second actor finds it under review already (a conflict, not a refusal).
            CHECK(ProgrammePermissions::mayDecideIdea(actor, department) ==
                  (s.ok() || s.error().code == ErrorCode::Conflict));
        }
    }
    // The services audited their refusals; asking alone adds none.
    const qint64 deniedAfter = auditCount(d.store.db(), QStringLiteral("access.denied"));
    for (const Actor &actor : {d.pm, d.officer32, d.clerk32}) {
        for (const DepartmentId department : {d.d32, d.d51}) {
            (void)ProgrammePermissions::mayMaintainServices(actor, department);
            (void)ProgrammePermissions::mayMaintainTraining(actor, department);
            (void)ProgrammePermissions::mayDecideIdea(actor, department);
        }
        (void)ProgrammePermissions::mayImportCatalogue(actor);
        (void)ProgrammePermissions::mayRequireOfRole(actor);
    }
    CHECK(deniedAfter > deniedBefore);
    CHECK(auditCount(d.store.db(), QStringLiteral("access.denied")) == deniedAfter);
    CHECK(ProgrammePermissions::mayRequireOfRole(d.pm));
    CHECK_FALSE(ProgrammePermissions::mayRequireOfRole(d.officer32));
}
