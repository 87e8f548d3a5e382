#include "support/teststore.h"

#include "workflow/workflowdefinition.h"
#include "workflow/workflowregistry.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace amtsdesk;

namespace {

QJsonObject labels(const QString &text)
{
    return QJsonObject{{QStringLiteral("de"), text + QStringLiteral(" (de)")},
                       {QStringLiteral("en"), text},
                       {QStringLiteral("tr"), text + QStringLiteral(" (tr)")}};
}

QJsonObject state(const QString &key, bool final = false)
{
    QJsonObject o{{QStringLiteral("key"), key}, {QStringLiteral("labels"), labels(key)}};
    if (final)
        o.insert(QStringLiteral("final"), true);
    return o;
}

QJsonObject transition(const QString &key, const QStringList &from, const QString &to,
                       const QStringList &roles = {QStringLiteral("clerk")})
{
    return QJsonObject{{QStringLiteral("key"), key},
                       {QStringLiteral("from"), QJsonArray::fromStringList(from)},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                       {QStringLiteral("labels"), labels(key)}};
}

// A small valid workflow: draft → review → done.
QJsonObject review(int version = 1)
{
    return QJsonObject{
        {QStringLiteral("key"), QStringLiteral("review")},
        {QStringLiteral("version"), version},
        {QStringLiteral("labels"), labels(QStringLiteral("Review"))},
        {QStringLiteral("initial"), QStringLiteral("draft")},
        {QStringLiteral("states"), QJsonArray{state(QStringLiteral("draft")), state(QStringLiteral("review")),
                                              state(QStringLiteral("done"), true)}},
        {QStringLiteral("transitions"),
         QJsonArray{transition(QStringLiteral("submit"), {QStringLiteral("draft")}, QStringLiteral("review")),
                    transition(QStringLiteral("approve"), {QStringLiteral("review")}, QStringLiteral("done"),
                               {QStringLiteral("signatory")})}},
    };
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

Error refusal(const QJsonObject &o)
{
    auto def = WorkflowDefinition::parse(bytes(o), QStringLiteral("test.json"));
    REQUIRE_FALSE(def.ok());
    REQUIRE(def.error().code == ErrorCode::InvalidInput);
    REQUIRE(def.error().message.contains(QStringLiteral("test.json")));
    return def.error();
}

QJsonArray with(QJsonArray array, const QJsonObject &extra)
{
    array.append(extra);
    return array;
}

} // namespace

TEST_CASE("the shipped workflows are valid and labelled in German, English and Turkish", "[workflow]")
{
    const QStringList keys = WorkflowRegistry::builtinKeys();
    REQUIRE(keys == QStringList{QStringLiteral("case"), QStringLiteral("invoice"), QStringLiteral("subproject")});
    for (const QString &key : keys) {
        INFO(key.toStdString());
        auto def = WorkflowRegistry::builtin(key);
        if (!def)
            FAIL(def.error().message.toStdString());
        for (const WorkflowState &s : def->states()) {
            for (const QString &lang : {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("tr")})
                REQUIRE_FALSE(s.labels.byLanguage.value(lang).isEmpty());
        }
    }
    auto invoice = WorkflowRegistry::builtin(QStringLiteral("invoice"));
    const WorkflowTransition *order = invoice->transition(QStringLiteral("order_payment"));
    REQUIRE(order->notBy == QStringList{QStringLiteral("approve_factually"), QStringLiteral("approve_arithmetically")});
    REQUIRE(order->roles == QList<Role>{Role::PaymentApprover});
    REQUIRE(invoice->transition(QStringLiteral("validation_passed"))->system);
    auto caseFlow = WorkflowRegistry::builtin(QStringLiteral("case"));
    REQUIRE(caseFlow->state(QStringLiteral("closed"))->isFinal);
    REQUIRE(caseFlow->state(QStringLiteral("resubmission"))->isPause);
    REQUIRE(caseFlow->state(QStringLiteral("closed"))->labels.byLanguage.value(QStringLiteral("de")) ==
            QStringLiteral("zdA"));
}

TEST_CASE("a broken workflow definition is refused with a message naming the problem", "[workflow]")
{
    REQUIRE(WorkflowDefinition::parse(bytes(review()), QStringLiteral("ok.json")).ok());

    SECTION("not JSON")
    {
        auto def = WorkflowDefinition::parse("{\"key\": ", QStringLiteral("test.json"));
        REQUIRE(def.error().message.contains(QStringLiteral("JSON")));
    }
    SECTION("a transition into an unknown state")
    {
        QJsonObject o = review();
        o[QStringLiteral("transitions")] =
            with(o[QStringLiteral("transitions")].toArray(),
                 transition(QStringLiteral("lost"), {QStringLiteral("draft")}, QStringLiteral("nowhere")));
        REQUIRE(refusal(o).message.contains(QStringLiteral("nowhere")));
    }
    SECTION("a transition from an unknown state")
    {
        QJsonObject o = review();
        o[QStringLiteral("transitions")] =
            with(o[QStringLiteral("transitions")].toArray(),
                 transition(QStringLiteral("x"), {QStringLiteral("limbo")}, QStringLiteral("done")));
        REQUIRE(refusal(o).message.contains(QStringLiteral("limbo")));
    }
    SECTION("an unreachable state")
    {
        QJsonObject o = review();
        o[QStringLiteral("states")] =
            with(o[QStringLiteral("states")].toArray(), state(QStringLiteral("island"), true));
        REQUIRE(refusal(o).message.contains(QStringLiteral("island")));
    }
    SECTION("a state with no way out that is not final")
    {
        QJsonObject o = review();
        o[QStringLiteral("states")] = with(o[QStringLiteral("states")].toArray(), state(QStringLiteral("stuck")));
        o[QStringLiteral("transitions")] =
            with(o[QStringLiteral("transitions")].toArray(),
                 transition(QStringLiteral("park"), {QStringLiteral("draft")}, QStringLiteral("stuck")));
        REQUIRE(refusal(o).message.contains(QStringLiteral("stuck")));
    }
    SECTION("a state declared twice")
    {
        QJsonObject o = review();
        o[QStringLiteral("states")] = with(o[QStringLiteral("states")].toArray(), state(QStringLiteral("review")));
        REQUIRE(refusal(o).message.contains(QStringLiteral("twice")));
    }
    SECTION("a transition declared twice")
    {
        QJsonObject o = review();
        o[QStringLiteral("transitions")] =
            with(o[QStringLiteral("transitions")].toArray(),
                 transition(QStringLiteral("submit"), {QStringLiteral("review")}, QStringLiteral("done")));
        REQUIRE(refusal(o).message.contains(QStringLiteral("submit")));
    }
    SECTION("an unknown role")
    {
        QJsonObject o = review();
        o[QStringLiteral("transitions")] = with(o[QStringLiteral("transitions")].toArray(),
                                                transition(QStringLiteral("boss"), {QStringLiteral("draft")},
                                                           QStringLiteral("done"), {QStringLiteral("mayor")}));
        REQUIRE(refusal(o).message.contains(QStringLiteral("mayor")));
    }
    SECTION("an any-department role the transition does not have")
    {
        QJsonObject o = review();
        QJsonArray ts = o[QStringLiteral("transitions")].toArray();
        QJsonObject approve = ts.at(1).toObject();
        approve[QStringLiteral("same_department")] = true;
        approve[QStringLiteral("any_department")] = QJsonArray{QStringLiteral("programme_manager")};
        ts[1] = approve;
        o[QStringLiteral("transitions")] = ts;
        REQUIRE(refusal(o).message.contains(QStringLiteral("programme_manager")));
    }
    SECTION("a four-eyes rule naming an unknown transition")
    {
        QJsonObject o = review();
        QJsonArray ts = o[QStringLiteral("transitions")].toArray();
        QJsonObject approve = ts.at(1).toObject();
        approve[QStringLiteral("not_by")] = QJsonArray{QStringLiteral("sumbit")};
        ts[1] = approve;
        o[QStringLiteral("transitions")] = ts;
        REQUIRE(refusal(o).message.contains(QStringLiteral("sumbit")));
    }
    SECTION("a missing Turkish label")
    {
        QJsonObject o = review();
        QJsonArray states = o[QStringLiteral("states")].toArray();
        QJsonObject draft = states.at(0).toObject();
        QJsonObject l = draft[QStringLiteral("labels")].toObject();
        l.remove(QStringLiteral("tr"));
        draft[QStringLiteral("labels")] = l;
        states[0] = draft;
        o[QStringLiteral("states")] = states;
        REQUIRE(refusal(o).message.contains(QStringLiteral("\"tr\"")));
    }
    SECTION("an unknown initial state and no final state")
    {
        QJsonObject o = review();
        o[QStringLiteral("initial")] = QStringLiteral("start");
        REQUIRE(refusal(o).message.contains(QStringLiteral("start")));
    }
    SECTION("a system transition with roles")
    {
        QJsonObject o = review();
        QJsonObject t = transition(QStringLiteral("auto"), {QStringLiteral("draft")}, QStringLiteral("review"));
        t[QStringLiteral("system")] = true;
        o[QStringLiteral("transitions")] = with(o[QStringLiteral("transitions")].toArray(), t);
        REQUIRE(refusal(o).message.contains(QStringLiteral("auto")));
    }
    SECTION("a due date field on a person's transition")
    {
        QJsonObject o = review();
        QJsonObject t = transition(QStringLiteral("remind"), {QStringLiteral("draft")}, QStringLiteral("review"),
                                   {QStringLiteral("clerk")});
        t[QStringLiteral("due_field")] = QStringLiteral("reminder_date");
        o[QStringLiteral("transitions")] = with(o[QStringLiteral("transitions")].toArray(), t);
        REQUIRE(refusal(o).message.contains(QStringLiteral("due date field")));
    }
    SECTION("a transition out of a final state")
    {
        QJsonObject o = review();
        o[QStringLiteral("transitions")] =
            with(o[QStringLiteral("transitions")].toArray(),
                 transition(QStringLiteral("reopen"), {QStringLiteral("done")}, QStringLiteral("draft")));
        REQUIRE(refusal(o).message.contains(QStringLiteral("reopen")));
    }
}

TEST_CASE("installing a definition: checked, versioned, audited, a broken one leaves the running one in force",
          "[workflow]")
{
    TestStore store;
    WorkflowRegistry registry(store.db());
    const Actor admin = store.admin();
    const Actor clerk = store.user(QStringLiteral("k.wolf"), {Role::Clerk});
    const Actor processManager = store.user(QStringLiteral("t.wagner"), {Role::ProcessManager});

    REQUIRE(registry.install(clerk, bytes(review()), QStringLiteral("review.json")).error().code ==
            ErrorCode::PermissionDenied);
    REQUIRE(registry.install(processManager, bytes(review()), QStringLiteral("review.json")).ok());
    REQUIRE(registry.current(QStringLiteral("review"))->version() == 1);
    REQUIRE(registry.install(admin, bytes(review(1)), QStringLiteral("review.json")).error().code ==
            ErrorCode::Conflict);

    QJsonObject broken = review(2);
    broken[QStringLiteral("initial")] = QStringLiteral("nowhere");
    auto refused = registry.install(admin, bytes(broken), QStringLiteral("review-v2.json"));
    REQUIRE(refused.error().code == ErrorCode::InvalidInput);
    REQUIRE(refused.error().message.contains(QStringLiteral("review-v2.json")));
    REQUIRE(registry.current(QStringLiteral("review"))->version() == 1);

    REQUIRE(registry.install(admin, bytes(review(2)), QStringLiteral("review-v2.json")).ok());
    REQUIRE(registry.current(QStringLiteral("review"))->version() == 2);
    REQUIRE(registry.version(QStringLiteral("review"), 1)->version() == 1);
    const AuditEntry last = AuditLog(store.db()).page({}, 1).value().first();
    REQUIRE(last.action == QStringLiteral("workflow.installed"));
    REQUIRE(last.objectId == QStringLiteral("review"));

    auto all = registry.all();
    REQUIRE(all->size() == 4);
}
