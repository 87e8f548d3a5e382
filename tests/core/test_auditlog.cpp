#include "support/teststore.h"

#include "access/audittraillist.h"
#include "audit/auditlog.h"
#include "maintenance/storeverifier.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace amtsdesk;

TEST_CASE("the audit log chains every entry to the one before it", "[audit]")
{
    TestStore store;
    AuditLog audit(store.db());
    const Actor admin = store.admin();
    const qint64 before = audit.count().value();
    REQUIRE(before == 3); // store created, admin created, admin role granted
    auto id = audit.append(admin.record(QStringLiteral("test.changed"), QStringLiteral("thing"), QStringLiteral("7"),
                                        QJsonObject{{QStringLiteral("subject"), QJsonObject{{QStringLiteral("old"), QStringLiteral("Alt")},
                                                                                           {QStringLiteral("new"), QStringLiteral("Neu")}}}},
                                        QStringLiteral("Tippfehler")));
    REQUIRE(id.ok());
    REQUIRE(id->value == before + 1);
    const auto entries = audit.page({}, 10).value();
    REQUIRE(entries.size() == 4);
    REQUIRE(entries.first().action == QStringLiteral("test.changed"));
    REQUIRE(entries.first().actorLogin == QStringLiteral("admin"));
    REQUIRE(entries.first().reason == QStringLiteral("Tippfehler"));
    REQUIRE(entries.first().prevHash == entries.at(1).hash);
    REQUIRE(entries.first().at == store.clock.nowUtc());
    REQUIRE(entries.last().prevHash == AuditLog::kGenesisHash);
    const AuditChainReport report = audit.verify();
    REQUIRE(report.ok());
    REQUIRE(report.entriesChecked == 4);
    REQUIRE(report.headHash == entries.first().hash);
    REQUIRE(audit.headHash().value() == report.headHash);
}

TEST_CASE("the database refuses to change or delete audit entries", "[audit]")
{
    TestStore store;
    auto update = store.db().exec(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 1"));
    REQUIRE_FALSE(update.ok());
    REQUIRE(update.error().message.contains(QStringLiteral("append-only")));
    REQUIRE_FALSE(store.db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")).ok());
    REQUIRE(AuditLog(store.db()).verify().ok());
}

TEST_CASE("verify names the first entry that was changed, removed or reordered", "[audit]")
{
    TestStore store;
    AuditLog audit(store.db());
    const Actor admin = store.admin();
    for (int i = 0; i < 5; ++i)
        REQUIRE(audit.append(admin.record(QStringLiteral("test.step"), QStringLiteral("thing"), QString::number(i))).ok());
    // What someone with the sqlite3 shell could do after dropping the triggers.
    REQUIRE(store.db().exec(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
    REQUIRE(store.db().exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());

    SECTION("a changed value")
    {
        REQUIRE(store.db().exec(QStringLiteral("UPDATE audit_log SET object_id = '99' WHERE id = 6")).ok());
        const auto report = audit.verify();
        REQUIRE_FALSE(report.ok());
        REQUIRE(report.firstBroken->value == 6);
        REQUIRE(StoreVerifier::run(store.db()).describe().join(QLatin1Char('\n')).contains(QStringLiteral("entry 6")));
    }
    SECTION("a removed entry")
    {
        REQUIRE(store.db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 5")).ok());
        REQUIRE(audit.verify().firstBroken->value == 6);
    }
    SECTION("two entries swapped")
    {
        REQUIRE(store.db().exec(QStringLiteral("UPDATE audit_log SET id = -1 WHERE id = 4")).ok());
        REQUIRE(store.db().exec(QStringLiteral("UPDATE audit_log SET id = 4 WHERE id = 5")).ok());
        REQUIRE(store.db().exec(QStringLiteral("UPDATE audit_log SET id = 5 WHERE id = -1")).ok());
        REQUIRE(audit.verify().firstBroken->value == 4);
    }
    SECTION("a rewritten hash alone does not hide a change")
    {
        REQUIRE(store.db().exec(QStringLiteral("UPDATE audit_log SET hash = prev_hash WHERE id = 8")).ok());
        REQUIRE(audit.verify().firstBroken->value == 8);
    }
    SECTION("the last entry removed: only the exported head hash shows it")
    {
        const QString head = audit.headHash().value();
        REQUIRE(store.db().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 8")).ok());
        REQUIRE(audit.verify().ok());
        REQUIRE(audit.headHash().value() != head);
    }
}

TEST_CASE("the canonical content distinguishes empty from missing values", "[audit]")
{
    const QByteArray withNull = AuditLog::canonicalContent(1, QStringLiteral("t"), 1, QVariant(), QStringLiteral("a"),
                                                           QStringLiteral("o"), QVariant(), QStringLiteral("{}"), QVariant(),
                                                           AuditLog::kGenesisHash);
    const QByteArray withEmpty = AuditLog::canonicalContent(1, QStringLiteral("t"), 1, QVariant(), QStringLiteral("a"),
                                                            QStringLiteral("o"), QStringLiteral(""), QStringLiteral("{}"),
                                                            QVariant(), AuditLog::kGenesisHash);
    REQUIRE(withNull != withEmpty);
    // Length prefixes keep a value from spilling into the next field.
    const QByteArray a = AuditLog::canonicalContent(1, QStringLiteral("t"), 1, QVariant(), QStringLiteral("ab"),
                                                    QStringLiteral("c"), QVariant(), QStringLiteral("{}"), QVariant(), QString());
    const QByteArray b = AuditLog::canonicalContent(1, QStringLiteral("t"), 1, QVariant(), QStringLiteral("a"),
                                                    QStringLiteral("bc"), QVariant(), QStringLiteral("{}"), QVariant(), QString());
    REQUIRE(a != b);
}

TEST_CASE("the audit trail list reads a window at a time, newest first, for administrators only", "[audit]")
{
    TestStore store;
    AuditLog audit(store.db());
    const Actor admin = store.admin();
    for (int i = 0; i < 250; ++i)
        REQUIRE(audit
                    .append(admin.record(QStringLiteral("test.step"),
                                         i % 2 ? QStringLiteral("odd") : QStringLiteral("even"), QString::number(i)))
                    .ok());
    auto list = AuditTrailList::open(store.db(), admin, {});
    REQUIRE(list.ok());
    REQUIRE(list->count().value() == 253);

    // Window after window, each after the last one read: every entry once, newest first.
    QList<qint64> ids;
    ListPosition after;
    for (;;) {
        const auto window = list->read(after, false, 0, 100).value();
        for (const AuditTrailRow &row : window)
            ids << row.item.id.value;
        if (window.size() < 100)
            break;
        after = window.last().position;
    }
    REQUIRE(ids.size() == 253);
    REQUIRE(ids.first() == 253);
    REQUIRE(ids.last() == 1);
    REQUIRE(std::is_sorted(ids.crbegin(), ids.crend()));
    REQUIRE(list->read({}, false, 0, 1)->first().item.objectId == QStringLiteral("249"));

    // Backwards from a row: the newer entries, nearest first; an offset skips rows.
    const auto newer = list->read(ListPosition{qint64(100)}, true, 0, 3).value();
    REQUIRE(newer.size() == 3);
    REQUIRE(newer.first().item.id.value == 101);
    REQUIRE(list->read(ListPosition{qint64(100)}, false, 10, 1)->first().item.id.value == 89);
    REQUIRE(list->read(ListPosition{qint64(1)}, false, 0, 10)->isEmpty());

    // The outline marks every step-th entry: the 50th is entry 204.
    const ListOutline outline = list->outline(50).value();
    REQUIRE(outline.marks.size() == 5);
    REQUIRE(outline.marks.first().constLast().toLongLong() == 204);

    // One object's entries only.
    auto odd = AuditTrailList::open(store.db(), admin, {{QStringLiteral("odd"), QStringLiteral("7")}, true});
    REQUIRE(odd.ok());
    REQUIRE(odd->count().value() == 1);
    REQUIRE(odd->read({}, false, 0, 10)->first().item.objectId == QStringLiteral("7"));
    auto odds = AuditTrailList::open(store.db(), admin, {{QStringLiteral("odd"), {}}, true});
    REQUIRE(odds->count().value() == 125);

    // Anyone else is refused, in core, before anything is read.
    const Actor clerk = store.user(QStringLiteral("k.wolf"), {Role::Clerk}, QStringLiteral("20"));
    auto refused = AuditTrailList::open(store.db(), clerk, {});
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().code == ErrorCode::PermissionDenied);
}
