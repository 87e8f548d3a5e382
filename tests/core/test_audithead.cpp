// Tamper evidence of the audit trail against someone who bypasses Amtsdesk: with the SQLite C
// API (as with the sqlite3 shell) they drop the triggers that keep the trail append-only, then
// change, delete or reorder entries, or rewrite the whole chain with freshly computed hashes
// (the format is public). verify finds the first kind; the head saved before finds the rewrite.
#include "support/teststore.h"

#include "audit/audithead.h"
#include "audit/auditlog.h"
#include "maintenance/storeverifier.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

#include <limits>

using namespace amtsdesk;

namespace {

// A second connection to the store file through the C API, as an attacker would open it.
class Attacker {
public:
    explicit Attacker(const QString &path)
    {
        REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
        exec("DROP TRIGGER audit_log_no_update");
        exec("DROP TRIGGER audit_log_no_delete");
    }
    ~Attacker() { sqlite3_close(m_db); }
    Attacker(const Attacker &) = delete;
    Attacker &operator=(const Attacker &) = delete;

    void exec(const char *sql)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
        INFO(sql << ": " << (message ? message : ""));
        sqlite3_free(message);
        REQUIRE(rc == SQLITE_OK);
    }

    // Changes entry `from`'s object and computes the hashes of the entries from there up to
    // `to` (all when 0) again, so that the chain is consistent in itself that far.
    void rewriteFrom(qint64 from, const char *newObjectId, qint64 to = 0)
    {
        exec(QStringLiteral("UPDATE audit_log SET object_id = '%1' WHERE id = %2")
                 .arg(QString::fromLatin1(newObjectId))
                 .arg(from)
                 .toUtf8()
                 .constData());
        sqlite3_stmt *read = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db,
                                   "SELECT id, at, actor_id, on_behalf_of_id, action, object_type, object_id, details, "
                                   "reason, prev_hash FROM audit_log WHERE id BETWEEN ? AND ? ORDER BY id",
                                   -1, &read, nullptr) == SQLITE_OK);
        sqlite3_bind_int64(read, 1, from);
        sqlite3_bind_int64(read, 2, to > 0 ? to : std::numeric_limits<qint64>::max());
        QList<QList<QVariant>> rows;
        while (sqlite3_step(read) == SQLITE_ROW) {
            QList<QVariant> row;
            for (int c = 0; c < 10; ++c) {
                if (sqlite3_column_type(read, c) == SQLITE_NULL)
                    row << QVariant();
                else if (sqlite3_column_type(read, c) == SQLITE_INTEGER)
                    row << QVariant(qint64(sqlite3_column_int64(read, c)));
                else
                    row << QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read, c))));
            }
            rows << row;
        }
        sqlite3_finalize(read);
        QString prev = rows.first().at(9).toString();
        for (const QList<QVariant> &r : std::as_const(rows)) {
            const QByteArray content = AuditLog::canonicalContent(
                r.at(0).toLongLong(), r.at(1).toString(), r.at(2).toLongLong(), r.at(3), r.at(4).toString(),
                r.at(5).toString(), r.at(6), r.at(7).toString(), r.at(8), prev);
            const QString hash =
                QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
            exec(QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE id = %3")
                     .arg(prev, hash)
                     .arg(r.at(0).toLongLong())
                     .toUtf8()
                     .constData());
            prev = hash;
        }
    }

private:
    sqlite3 *m_db = nullptr;
};

struct Trail {
    Trail()
    {
        const Actor admin = store.admin();
        AuditLog audit(store.db());
        for (int i = 0; i < 7; ++i)
            REQUIRE(audit.append(admin.record(QStringLiteral("test.step"), QStringLiteral("thing"), QString::number(i)))
                        .ok());
        saved = *AuditHead::of(store.db());
        REQUIRE(saved.entries == 10);
        REQUIRE(saved.checkAgainst(store.db()).ok());
    }
    TestStore store;
    AuditHead saved;
};

} // namespace

TEST_CASE("changes made with the SQLite C API are found by verify", "[audit][tamper]")
{
    Trail t;
    AuditLog audit(t.store.db());
    SECTION("an entry edited")
    {
        Attacker(t.store.path()).exec("UPDATE audit_log SET object_id = '99' WHERE id = 6");
        const AuditChainReport report = audit.verify();
        REQUIRE_FALSE(report.ok());
        CHECK(report.firstBroken->value == 6);
        CHECK(report.problem.contains(QStringLiteral("changed after it was written")));
        CHECK_FALSE(StoreVerifier::run(t.store.db()).ok());
    }
    SECTION("an entry deleted")
    {
        Attacker(t.store.path()).exec("DELETE FROM audit_log WHERE id = 4");
        const AuditChainReport report = audit.verify();
        REQUIRE_FALSE(report.ok());
        CHECK(report.firstBroken->value == 5);
    }
    SECTION("two entries reordered")
    {
        Attacker a(t.store.path());
        a.exec("UPDATE audit_log SET id = -7 WHERE id = 7");
        a.exec("UPDATE audit_log SET id = 7 WHERE id = 8");
        a.exec("UPDATE audit_log SET id = 8 WHERE id = -7");
        const AuditChainReport report = audit.verify();
        REQUIRE_FALSE(report.ok());
        CHECK(report.firstBroken->value == 7);
    }
    SECTION("an entry changed with its own hash recomputed, but not the next one's")
    {
        Attacker(t.store.path()).rewriteFrom(6, "5", 6);
        const AuditChainReport report = audit.verify();
        REQUIRE_FALSE(report.ok());
        CHECK(report.firstBroken->value == 7);
        CHECK(report.problem.contains(QStringLiteral("does not point at the entry before it")));
    }
}

TEST_CASE("a rewrite of the whole chain passes verify but not the saved head", "[audit][tamper]")
{
    Trail t;
    AuditLog audit(t.store.db());
    SECTION("rewritten from an early entry on")
    {
        Attacker(t.store.path()).rewriteFrom(2, "999");
        REQUIRE(audit.verify().ok()); // consistent in itself: this is what the head is for
        const Status s = t.saved.checkAgainst(t.store.db());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("entry 10")));
        CHECK(s.error().message.contains(QStringLiteral("rewritten")));
    }
    SECTION("the newest entries cut off")
    {
        Attacker(t.store.path()).exec("DELETE FROM audit_log WHERE id > 8");
        REQUIRE(audit.verify().ok());
        const Status s = t.saved.checkAgainst(t.store.db());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("cut off")));
    }
    SECTION("rewritten, and as many entries appended again")
    {
        Attacker(t.store.path()).rewriteFrom(3, "0");
        AuditLog(t.store.db())
            .append(t.store.admin().record(QStringLiteral("test.more"), QStringLiteral("thing"), {}))
            .value();
        CHECK_FALSE(t.saved.checkAgainst(t.store.db()).ok());
    }
    SECTION("entries written after the head was saved leave it valid")
    {
        REQUIRE(audit.append(t.store.admin().record(QStringLiteral("test.later"), QStringLiteral("thing"), {})).ok());
        CHECK(t.saved.checkAgainst(t.store.db()).ok());
    }
}

TEST_CASE("the saved head is a small text file that is read back exactly and checked on reading", "[audit]")
{
    Trail t;
    const QString path = t.store.dir.filePath(QStringLiteral("head.txt"));
    REQUIRE(t.saved.save(path).ok());
    auto loaded = AuditHead::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->hash == t.saved.hash);
    CHECK(loaded->entries == 10);
    CHECK(loaded->savedAt == t.store.clock.nowUtc());
    CHECK(loaded->store == QFileInfo(t.store.path()).absoluteFilePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("amtsdesk-audit-head 1\nhash=") + t.saved.hash));
    CHECK(text.contains(QStringLiteral("\nentries=10\n")));
    CHECK(text.contains(QStringLiteral("\nsaved_at=2026-03-02T09:30:00.000Z\n")));
    file.close();

    // Saving again replaces an older head, never another file.
    REQUIRE(t.saved.save(path).ok());
    const QString letter = t.store.dir.filePath(QStringLiteral("brief.txt"));
    {
        QFile f(letter);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Sehr geehrte Damen und Herren,\n");
    }
    CHECK(t.saved.save(letter).error().code == ErrorCode::Conflict);
    CHECK(AuditHead::load(letter).error().code == ErrorCode::InvalidInput);
    CHECK(AuditHead::load(t.store.dir.filePath(QStringLiteral("none.txt"))).error().code == ErrorCode::NotFound);
    CHECK(AuditHead::parse("amtsdesk-audit-head 1\nhash=abc\nentries=3\n", QStringLiteral("x"))
              .error()
              .message.contains(QStringLiteral("64 hexadecimal")));
    CHECK_FALSE(AuditHead::parse(QByteArray("amtsdesk-audit-head 1\nhash=") + t.saved.hash.toLatin1() + "\n",
                                 QStringLiteral("x"))
                    .ok());
}
