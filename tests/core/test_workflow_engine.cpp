#include "support/teststore.h"

#include "audit/auditlog.h"
#include "workflow/workflowengine.h"

#include <catch2/catch.hpp>

using namespace amtsdesk;

namespace {

// The tests' own item type in the shipped invoice workflow.
struct InvoiceFlow {
    explicit InvoiceFlow(TestStore &s) : store(s), engine(s.db())
    {
        admin = s.admin();
        system = *s.access().systemActor();
        clerk = s.user(QStringLiteral("k.wolf"), {Role::Clerk}, QStringLiteral("20"));
        otherClerk = s.user(QStringLiteral("d.braun"), {Role::Clerk}, QStringLiteral("32"));
        checker = s.user(QStringLiteral("p.richter"), {Role::InvoiceChecker}, QStringLiteral("14"));
        approver = s.user(QStringLiteral("f.neumann"), {Role::PaymentApprover, Role::Clerk}, QStringLiteral("20"));
    }

    WorkflowItemId startItem(const QString &ref, QDate due = {})
    {
        auto department = store.access().departmentByCode(QStringLiteral("20"));
        auto id = engine.start(system, NewWorkflowItem{QStringLiteral("invoice"), QStringLiteral("test_invoice"), ref,
                                                       QStringLiteral("Rechnung ") + ref, *department, due, {}});
        REQUIRE(id.ok());
        return *id;
    }

    Status take(const Actor &actor, WorkflowItemId id, const QString &transition, const QString &comment = {},
                const QJsonObject &fields = {})
    {
        auto r = engine.take(actor, id, TransitionRequest{transition, comment, fields, std::nullopt});
        if (!r)
            return r.error();
        return {};
    }

    TestStore &store;
    WorkflowEngine engine;
    Actor admin, system, clerk, otherClerk, checker, approver;
};

const QJsonObject kAssignment{{QStringLiteral("cost_centre"), QStringLiteral("20-110")},
                              {QStringLiteral("budget_item"), QStringLiteral("1.1.2.01.543100")}};

} // namespace

TEST_CASE("an item starts in the initial state with a history row and an audit entry", "[workflow]")
{
    TestStore store;
    InvoiceFlow flow(store);
    const WorkflowItemId id = flow.startItem(QStringLiteral("R-1"));
    auto item = flow.engine.item(id);
    REQUIRE(item->state == QStringLiteral("received"));
    REQUIRE(item->definitionVersion == 1);
    REQUIRE(item->rowVersion == 1);
    auto history = flow.engine.history(id);
    REQUIRE(history->size() == 1);
    REQUIRE(history->first().toState == QStringLiteral("received"));
    REQUIRE(history->first().transition.isEmpty());
    REQUIRE(flow.engine.itemFor(QStringLiteral("test_invoice"), QStringLiteral("R-1"))->id == id);
    // One item per object.
    auto twice = flow.engine.start(flow.system, NewWorkflowItem{QStringLiteral("invoice"), QStringLiteral("test_invoice"),
                                                                QStringLiteral("R-1"), QStringLiteral("again"), {}, {}, {}});
    REQUIRE(twice.error().code == ErrorCode::Conflict);
}

TEST_CASE("the whole invoice way with four eyes", "[workflow]")
{
    TestStore store;
    InvoiceFlow flow(store);
    const WorkflowItemId id = flow.startItem(QStringLiteral("R-2"));

    SECTION("a person cannot take the system's step, the system can")
    {
        auto refused = flow.take(flow.clerk, id, QStringLiteral("validation_passed"));
        REQUIRE(refused.error().code == ErrorCode::PermissionDenied);
        REQUIRE(flow.take(flow.system, id, QStringLiteral("validation_passed")).ok());
        REQUIRE(flow.engine.item(id)->state == QStringLiteral("checked"));
    }
    SECTION("every step in order, then the four-eyes refusal")
    {
        REQUIRE(flow.take(flow.system, id, QStringLiteral("validation_passed")).ok());
        // Required fields and the department rule guard factual approval.
        auto noFields = flow.take(flow.clerk, id, QStringLiteral("approve_factually"));
        REQUIRE(noFields.error().code == ErrorCode::InvalidInput);
        REQUIRE(noFields.error().message.contains(QStringLiteral("cost_centre")));
        REQUIRE(flow.take(flow.otherClerk, id, QStringLiteral("approve_factually"), {}, kAssignment).error().code
                == ErrorCode::PermissionDenied);
        REQUIRE(flow.take(flow.approver, id, QStringLiteral("approve_factually"), {}, kAssignment).ok());
        REQUIRE(flow.engine.item(id)->fields.value(QStringLiteral("cost_centre")).toString() == QStringLiteral("20-110"));
        REQUIRE(flow.take(flow.checker, id, QStringLiteral("approve_arithmetically")).ok());
        // The approver confirmed factual correctness: they may not release the payment too.
        auto fourEyes = flow.take(flow.approver, id, QStringLiteral("order_payment"));
        REQUIRE(fourEyes.error().code == ErrorCode::PermissionDenied);
        REQUIRE(fourEyes.error().message.contains(QStringLiteral("four eyes")));
        const AuditEntry denied = AuditLog(store.db()).page({}, 1).value().first();
        REQUIRE(denied.action == QStringLiteral("access.denied"));
        REQUIRE(denied.objectId == QStringLiteral("R-2"));
        // Someone else with the right may.
        const Actor second = store.user(QStringLiteral("h.zimmermann"), {Role::PaymentApprover}, QStringLiteral("20.2"));
        REQUIRE(flow.take(second, id, QStringLiteral("order_payment")).ok());
        REQUIRE(flow.take(flow.system, id, QStringLiteral("hand_over")).ok());
        REQUIRE(flow.take(flow.system, id, QStringLiteral("archive")).ok());
        auto item = flow.engine.item(id);
        REQUIRE(item->state == QStringLiteral("archived"));
        auto history = flow.engine.history(id);
        REQUIRE(history->size() == 7);
        REQUIRE(history->at(3).actorName == QStringLiteral("p.richter"));
        REQUIRE(flow.engine.available(second, *item)->isEmpty());
    }
}

TEST_CASE("four eyes hold through a deputy: the deputy counts as the person acting", "[workflow]")
{
    TestStore store;
    InvoiceFlow flow(store);
    AccessService access = store.access();
    const QDate today = store.clock.today();
    // h.zimmermann stands in for f.neumann (payment approver) and did the arithmetic check herself.
    const Actor deputy = store.user(QStringLiteral("h.zimmermann"), {Role::InvoiceChecker}, QStringLiteral("20.2"));
    REQUIRE(access.addDeputy(flow.admin, flow.approver.userId, deputy.userId, today, today.addDays(5)).ok());
    const WorkflowItemId id = flow.startItem(QStringLiteral("R-3"));
    REQUIRE(flow.take(flow.system, id, QStringLiteral("validation_passed")).ok());
    REQUIRE(flow.take(flow.clerk, id, QStringLiteral("approve_factually"), {}, kAssignment).ok());
    REQUIRE(flow.take(deputy, id, QStringLiteral("approve_arithmetically")).ok());
    auto acting = access.actAsDeputy(deputy, QStringLiteral("f.neumann"));
    REQUIRE(acting.ok());
    REQUIRE(acting->hasRole(Role::PaymentApprover));
    auto refused = flow.take(*acting, id, QStringLiteral("order_payment"));
    REQUIRE(refused.error().code == ErrorCode::PermissionDenied);
    // The principal did neither check, so the principal may.
    REQUIRE(flow.take(flow.approver, id, QStringLiteral("order_payment")).ok());

    // And a deputy's step is recorded as themselves, for the principal.
    const WorkflowItemId other = flow.startItem(QStringLiteral("R-4"));
    REQUIRE(flow.take(flow.system, other, QStringLiteral("validation_passed")).ok());
    REQUIRE(flow.take(*acting, other, QStringLiteral("approve_factually"), {}, kAssignment).ok());
    const WorkflowHistoryEntry step = flow.engine.history(other)->last();
    REQUIRE(step.actor == deputy.userId);
    REQUIRE(*step.onBehalfOf == flow.approver.userId);
}

TEST_CASE("a refused or failing step leaves the item exactly as it was", "[workflow]")
{
    TestStore store;
    InvoiceFlow flow(store);
    const WorkflowItemId id = flow.startItem(QStringLiteral("R-5"));
    const WorkflowItem before = *flow.engine.item(id);
    const auto historyBefore = flow.engine.history(id)->size();

    REQUIRE(flow.take(flow.clerk, id, QStringLiteral("reject")).error().code == ErrorCode::InvalidInput); // no reason given
    REQUIRE(flow.take(flow.clerk, id, QStringLiteral("approve_arithmetically")).error().code == ErrorCode::Conflict); // wrong state
    REQUIRE(flow.take(flow.clerk, id, QStringLiteral("no_such_step")).error().code == ErrorCode::InvalidInput);
    REQUIRE(flow.take(flow.approver, id, QStringLiteral("accept_despite_findings"), QStringLiteral("ok")).error().code
            == ErrorCode::PermissionDenied);

    const WorkflowItem after = *flow.engine.item(id);
    REQUIRE(after.state == before.state);
    REQUIRE(after.rowVersion == before.rowVersion);
    REQUIRE(after.fields == before.fields);
    REQUIRE(flow.engine.history(id)->size() == historyBefore);

    REQUIRE(flow.take(flow.clerk, id, QStringLiteral("reject"), QStringLiteral("Leistung nicht erbracht")).ok());
    REQUIRE(flow.engine.history(id)->last().comment == QStringLiteral("Leistung nicht erbracht"));
    REQUIRE(AuditLog(store.db()).page({}, 1).value().first().reason == QStringLiteral("Leistung nicht erbracht"));
}

TEST_CASE("a step on a version someone else already changed is refused as a conflict", "[workflow]")
{
    TestStore store;
    InvoiceFlow flow(store);
    const WorkflowItemId id = flow.startItem(QStringLiteral("R-6"));
    const qint64 seen = flow.engine.item(id)->rowVersion;
    REQUIRE(flow.engine.take(flow.system, id, TransitionRequest{QStringLiteral("validation_passed"), {}, {}, seen}).ok());
    auto stale = flow.engine.take(flow.clerk, id, TransitionRequest{QStringLiteral("reject"), QStringLiteral("zu spät"), {}, seen});
    REQUIRE(stale.error().code == ErrorCode::Conflict);
    REQUIRE(stale.error().message.contains(QStringLiteral("someone else")));
    REQUIRE(flow.engine.item(id)->state == QStringLiteral("checked"));
}

TEST_CASE("items keep the definition version they started under", "[workflow]")
{
    TestStore store;
    WorkflowEngine engine(store.db());
    const Actor admin = store.admin();
    QFile file(QStringLiteral(":/workflows/case.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray v2 = file.readAll();
    v2.replace("\"version\": 1", "\"version\": 2");
    v2.replace("\"to\": \"closed\", \"roles\": [\"clerk\"]", "\"to\": \"closed\", \"roles\": [\"signatory\"]");
    // Steps done "by the item's department" need one: an item without is refused them.
    const Actor clerk = store.user(QStringLiteral("m.schulz"), {Role::Clerk}, QStringLiteral("10"));
    const DepartmentId department = *store.access().departmentByCode(QStringLiteral("10"));
    auto old = engine.start(clerk, NewWorkflowItem{QStringLiteral("case"), QStringLiteral("test_case"), QStringLiteral("1"),
                                                   QStringLiteral("Altfall"), department, {}, {}});
    REQUIRE(engine.registry().install(admin, v2, QStringLiteral("case-v2.json")).ok());
    auto fresh = engine.start(clerk, NewWorkflowItem{QStringLiteral("case"), QStringLiteral("test_case"), QStringLiteral("2"),
                                                     QStringLiteral("Neufall"), department, {}, {}});
    REQUIRE(engine.item(*old)->definitionVersion == 1);
    REQUIRE(engine.item(*fresh)->definitionVersion == 2);
    for (WorkflowItemId id : {*old, *fresh})
        REQUIRE(engine.take(clerk, id, TransitionRequest{QStringLiteral("start_work"), {}, {}, std::nullopt}).ok());
    // Under version 1 a clerk may close to file; under version 2 only a signatory.
    REQUIRE(engine.take(clerk, *old, TransitionRequest{QStringLiteral("close_to_file"), {}, {}, std::nullopt}).ok());
    REQUIRE(engine.take(clerk, *fresh, TransitionRequest{QStringLiteral("close_to_file"), {}, {}, std::nullopt}).error().code
            == ErrorCode::PermissionDenied);
}
