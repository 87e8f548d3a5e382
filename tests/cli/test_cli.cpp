// Drives amtsdesk-cli as a user or a script would: real processes, exit codes, output.
#include "support/smalldisk.h"
#include "support/teststore.h"

#include "audit/auditlog.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AMTSDESK_DATABASE"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AMTSDESK_CLI), args);
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// What an administrator with the sqlite3 shell could do, through a separate connection.
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("help, version and usage errors", "[cli]")
{
    Run help = cli({QStringLiteral("--help")});
    REQUIRE(help.code == 0);
    for (const char *command : {"init", "demo", "verify", "backup", "restore"})
        REQUIRE(help.out.contains(QString::fromLatin1(command)));
    REQUIRE(cli({QStringLiteral("--version")}).out.startsWith(QStringLiteral("amtsdesk-cli ")));
    Run unknown = cli({QStringLiteral("frobnicate")});
    REQUIRE(unknown.code == 2);
    REQUIRE(unknown.err.contains(QStringLiteral("frobnicate")));
    REQUIRE(cli({}).code == 2);
    REQUIRE(cli({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("verify")}).code == 2);
    QTemporaryDir dir;
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--database"), dir.filePath(QStringLiteral("s.sqlite"))}).code == 2);
    REQUIRE(cli({QStringLiteral("backup"), QStringLiteral("--database"), dir.filePath(QStringLiteral("s.sqlite"))}).code == 2);
}

TEST_CASE("init makes a real store on which --user is refused", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("amt.sqlite"));
    Run init = cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("j.mueller"),
                    QStringLiteral("--name"), QStringLiteral("Jörg Müller")});
    REQUIRE(init.code == 0);
    REQUIRE(init.out.contains(QStringLiteral("j.mueller")));
    Run again = cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("x")});
    REQUIRE(again.code == 2);
    Run asUser = cli({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("j.mueller"), QStringLiteral("whoami")});
    REQUIRE(asUser.code == 2);
    REQUIRE(asUser.err.contains(QStringLiteral("--user")));
    // Global options may also follow the command.
    Run verify = cli({QStringLiteral("verify"), QStringLiteral("--database=") + db});
    REQUIRE(verify.code == 0);
    REQUIRE(verify.out.contains(QStringLiteral("3 entries")));
}

TEST_CASE("verify names the changed audit entry and the head hash detects a cut", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("demo")}).code == 0);
    Run ok = cli({QStringLiteral("--database"), db, QStringLiteral("verify")});
    REQUIRE(ok.code == 0);
    const QString head = cli({QStringLiteral("--database"), db, QStringLiteral("audit-head")}).out.trimmed();
    REQUIRE(head.size() == 64);
    Run whoami = cli({QStringLiteral("--database"), db, QStringLiteral("--user"), QStringLiteral("h.zimmermann"), QStringLiteral("whoami")});
    REQUIRE(whoami.code == 0);
    REQUIRE(whoami.out.contains(QStringLiteral("Heike Zimmermann")));
    REQUIRE(whoami.out.contains(QStringLiteral("Frank Neumann")));

    SECTION("a changed entry")
    {
        tamper(db, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                    QStringLiteral("UPDATE audit_log SET object_id = '1' WHERE id = 17")});
        Run broken = cli({QStringLiteral("--database"), db, QStringLiteral("verify")});
        REQUIRE(broken.code == 1);
        REQUIRE(broken.err.contains(QStringLiteral("entry 17")));
        REQUIRE(broken.out.contains(QStringLiteral("NOT intact")));
    }
    SECTION("the newest entries cut off")
    {
        tamper(db, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                    QStringLiteral("DELETE FROM audit_log WHERE id > 80")});
        // The shorter chain is consistent in itself; the records whose entries went are noticed.
        Run cut = cli({QStringLiteral("--database"), db, QStringLiteral("verify")});
        REQUIRE(cut.out.contains(QStringLiteral("chain unbroken")));
        REQUIRE(cut.out.contains(QStringLiteral("has no audit entry")));
        Run withHead = cli({QStringLiteral("--database"), db, QStringLiteral("verify"), QStringLiteral("--expect-head"), head});
        REQUIRE(withHead.code == 1);
        REQUIRE(withHead.out.contains(head));
    }
}

TEST_CASE("verify names a half-done record and collects orphan blobs only from an intact store", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(
        cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("a")})
            .code == 0);
    // Blob files no record references, as an interrupted import leaves them: one of yesterday, one of now.
    auto orphan = [&](char c, const QDateTime &time) {
        const QString hash(64, QLatin1Char(c));
        const QString path = db + QStringLiteral(".blobs/") + hash.left(2) + QLatin1Char('/') + hash;
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("halb importiert");
        REQUIRE(f.flush()); // else closing writes, and the time is now again
        REQUIRE(f.setFileTime(time, QFileDevice::FileModificationTime));
        return path;
    };
    const QString old = orphan('a', QDateTime::currentDateTimeUtc().addDays(-1));
    const QString fresh = orphan('b', QDateTime::currentDateTimeUtc());
    Run verify = cli({QStringLiteral("--database"), db, QStringLiteral("verify")});
    REQUIRE(verify.code == 0);
    REQUIRE(verify.out.contains(QStringLiteral("2 unreferenced files")));
    Run collect =
        cli({QStringLiteral("--database"), db, QStringLiteral("verify"), QStringLiteral("--collect-orphans")});
    INFO(collect.out.toStdString() << collect.err.toStdString());
    REQUIRE(collect.code == 0);
    REQUIRE(collect.out.contains(QStringLiteral("1 unreferenced files removed")));
    CHECK_FALSE(QFile::exists(old));
    CHECK(QFile::exists(fresh)); // another process may be about to reference it

    // A workflow item written without its history and its audit entry.
    tamper(db, {QStringLiteral("INSERT INTO workflow_items(id, workflow_key, definition_version, item_type, item_ref, "
                               "title, state, state_since, created_at) VALUES(5, 'case', 1, 'test', '1', 'x', "
                               "'received', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")});
    {
        QFile f(fresh);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
    }
    Run broken = cli({QStringLiteral("--database"), db, QStringLiteral("verify"), QStringLiteral("--collect-orphans")});
    INFO(broken.out.toStdString());
    REQUIRE(broken.code == 1);
    REQUIRE(broken.out.contains(QStringLiteral("NOT intact")));
    REQUIRE(broken.out.contains(QStringLiteral("Records: Workflow item 5 has no history.")));
    REQUIRE(broken.out.contains(QStringLiteral("Records: Workflow item 5 (test 1) has no audit entry for its start.")));
    CHECK(QFile::exists(fresh)); // nothing is removed from a store that is not intact
}

TEST_CASE("foreign, newer and missing files are refused untouched", "[cli]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("brief.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Sehr geehrte Damen und Herren,\n");
    }
    const QByteArray before = fileHash(text);
    Run r = cli({QStringLiteral("--database"), text, QStringLiteral("verify")});
    REQUIRE(r.code == 2);
    REQUIRE(r.err.contains(QStringLiteral("brief.txt")));
    REQUIRE(fileHash(text) == before);

    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    REQUIRE(cli({QStringLiteral("--database"), newer, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("a")}).code == 0);
    tamper(newer, {QStringLiteral("PRAGMA user_version = 999"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    const QByteArray newerBefore = fileHash(newer);
    Run refused = cli({QStringLiteral("--database"), newer, QStringLiteral("verify")});
    REQUIRE(refused.code == 2);
    REQUIRE(refused.err.contains(QStringLiteral("newer Amtsdesk")));
    REQUIRE(fileHash(newer) == newerBefore);

    Run missing = cli({QStringLiteral("--database"), dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("verify")});
    REQUIRE(missing.code == 2);
    REQUIRE_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.sqlite"))));
}

TEST_CASE("backup and restore round trip", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("demo")}).code == 0);
    const QString head = cli({QStringLiteral("--database"), db, QStringLiteral("audit-head")}).out.trimmed();
    const QString backup = dir.filePath(QStringLiteral("sicherung"));
    Run b = cli({QStringLiteral("--database"), db, QStringLiteral("backup"), backup});
    REQUIRE(b.code == 0);
    REQUIRE(b.out.contains(QStringLiteral("verified")));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("backup"), backup}).code == 2);

    const QString restored = dir.filePath(QStringLiteral("elsewhere/amtsdesk.sqlite"));
    REQUIRE(cli({QStringLiteral("--database"), restored, QStringLiteral("restore"), backup}).code == 0);
    REQUIRE(cli({QStringLiteral("--database"), restored, QStringLiteral("audit-head")}).out.trimmed() == head);
    REQUIRE(cli({QStringLiteral("--database"), restored, QStringLiteral("verify")}).code == 0);
    Run over = cli({QStringLiteral("--database"), restored, QStringLiteral("restore"), backup});
    REQUIRE(over.code == 2);
    REQUIRE(over.err.contains(QStringLiteral("--replace")));
    Run replaced = cli({QStringLiteral("--database"), restored, QStringLiteral("restore"), backup, QStringLiteral("--replace")});
    REQUIRE(replaced.code == 0);
    REQUIRE(replaced.out.contains(QStringLiteral("kept at")));
}

TEST_CASE("a store on a read-only disk is verified and backed up but refused for work", "[cli][media]")
{
    SmallDisk disk(8);
    if (!haveSmallDisk(disk))
        return;
    const QString db = disk.filePath(QStringLiteral("amt.sqlite"));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("a")})
                .code == 0);
    REQUIRE(disk.setReadOnly(true));

    Run verify = cli({QStringLiteral("--database"), db, QStringLiteral("verify")});
    INFO(verify.out.toStdString() << verify.err.toStdString());
    REQUIRE(verify.code == 0);
    REQUIRE(verify.err.contains(QStringLiteral("cannot be written")));
    REQUIRE(verify.out.contains(QStringLiteral("The store is intact.")));
    REQUIRE(verify.out.contains(QStringLiteral("not checked, the store is read-only")));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("audit-head")}).code == 0);
    QTemporaryDir elsewhere;
    Run backup = cli({QStringLiteral("--database"), db, QStringLiteral("backup"), elsewhere.filePath(QStringLiteral("b"))});
    INFO(backup.err.toStdString());
    REQUIRE(backup.code == 0);
    REQUIRE(backup.out.contains(QStringLiteral("verified")));

    Run work = cli({QStringLiteral("--database"), db, QStringLiteral("whoami")});
    REQUIRE(work.code == 2);
    REQUIRE(work.err.contains(QStringLiteral("read-only")));
    REQUIRE(work.err.contains(db));
}

TEST_CASE("demo data never replaces a real store", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("real.sqlite"));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("a")}).code == 0);
    Run demo = cli({QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--replace")});
    REQUIRE(demo.code == 2);
    REQUIRE(demo.err.contains(QStringLiteral("not a demo store")));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("verify")}).code == 0);
    const QString demoDb = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("--database"), demoDb, QStringLiteral("demo")}).code == 0);
    REQUIRE(cli({QStringLiteral("--database"), demoDb, QStringLiteral("demo")}).code == 2);
    REQUIRE(cli({QStringLiteral("--database"), demoDb, QStringLiteral("demo"), QStringLiteral("--replace")}).code == 0);
}

TEST_CASE("audit-head --save and verify --expect-head-file show a cut or rewritten trail", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("a")}).code == 0);
    const QString headFile = dir.filePath(QStringLiteral("kopf.txt"));
    Run saved = cli({QStringLiteral("--database"), db, QStringLiteral("audit-head"), QStringLiteral("--save"), headFile});
    REQUIRE(saved.code == 0);
    REQUIRE(saved.out.section(QLatin1Char('\n'), 0, 0).size() == 64);
    REQUIRE(saved.out.contains(QStringLiteral("Saved the audit head (3 entries)")));
    Run fine = cli({QStringLiteral("--database"), db, QStringLiteral("verify"), QStringLiteral("--expect-head-file"), headFile});
    REQUIRE(fine.code == 0);
    REQUIRE(fine.out.contains(QStringLiteral("entry 3 still carries the head")));

    SECTION("the newest entry deleted with the sqlite3 shell")
    {
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {db, QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 3;")});
        REQUIRE(shell.waitForFinished(30000));
        REQUIRE(shell.exitCode() == 0);
        REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("verify")}).code == 0);
        Run cut = cli({QStringLiteral("--database"), db, QStringLiteral("verify"), QStringLiteral("--expect-head-file"), headFile});
        REQUIRE(cut.code == 1);
        REQUIRE(cut.out.contains(QStringLiteral("cut off")));
    }
    SECTION("the whole chain rewritten with new hashes")
    {
        // What someone who knows the (public) format does: change entry 2, then compute every
        // hash after it again.
        QStringList statements{QStringLiteral("DROP TRIGGER audit_log_no_update")};
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rewrite"));
            conn.setDatabaseName(db);
            REQUIRE(conn.open());
            QSqlQuery q(conn);
            REQUIRE(q.exec(QStringLiteral("SELECT id, at, actor_id, on_behalf_of_id, action, object_type, object_id, "
                                          "details, reason, hash FROM audit_log ORDER BY id")));
            QString prev;
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                if (id == 1) {
                    prev = q.value(9).toString();
                    continue;
                }
                const QString details = id == 2 ? QStringLiteral("{}") : q.value(7).toString();
                const QString hash = QString::fromLatin1(
                    QCryptographicHash::hash(amtsdesk::AuditLog::canonicalContent(
                                                 id, q.value(1).toString(), q.value(2).toLongLong(), q.value(3),
                                                 q.value(4).toString(), q.value(5).toString(), q.value(6), details,
                                                 q.value(8), prev),
                                             QCryptographicHash::Sha256)
                        .toHex());
                statements << QStringLiteral("UPDATE audit_log SET details = '%1', prev_hash = '%2', hash = '%3' "
                                             "WHERE id = %4")
                                  .arg(QString(details).replace(QLatin1Char('\''), QStringLiteral("''")), prev, hash)
                                  .arg(id);
                prev = hash;
            }
            conn.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rewrite"));
        tamper(db, statements);
        // Consistent in itself: verify alone cannot tell; the saved head can.
        REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("verify")}).code == 0);
        Run rewritten = cli({QStringLiteral("--database"), db, QStringLiteral("verify"), QStringLiteral("--expect-head-file"), headFile});
        REQUIRE(rewritten.code == 1);
        REQUIRE(rewritten.out.contains(QStringLiteral("rewritten")));
    }
    SECTION("a file that is no audit head")
    {
        Run missing = cli({QStringLiteral("--database"), db, QStringLiteral("verify"), QStringLiteral("--expect-head-file"),
                           dir.filePath(QStringLiteral("none.txt"))});
        REQUIRE(missing.code == 2);
        REQUIRE(missing.err.contains(QStringLiteral("none.txt")));
    }
}

TEST_CASE("backup --rotate keeps the newest N backups in the folder", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("store.sqlite"));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("a")}).code == 0);
    const QString folder = dir.filePath(QStringLiteral("sicherungen"));
    for (int i = 0; i < 3; ++i) {
        Run b = cli({QStringLiteral("--database"), db, QStringLiteral("backup"), folder, QStringLiteral("--rotate"), QStringLiteral("2")});
        REQUIRE(b.code == 0);
        REQUIRE(b.out.contains(QStringLiteral("verified")));
        REQUIRE(b.out.contains(QStringLiteral("Removed the older backup")) == (i == 2));
    }
    const QStringList kept = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(kept.size() == 2);
    for (const QString &name : kept)
        REQUIRE(name.startsWith(QStringLiteral("amtsdesk-backup-")));
    REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("backup"), folder, QStringLiteral("--rotate"), QStringLiteral("0")}).code == 2);
    // Each run is in the store's own record, for the start page.
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        conn.setDatabaseName(db);
        REQUIRE(conn.open());
        QSqlQuery q(conn);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.made'")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 3);
        conn.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
}
