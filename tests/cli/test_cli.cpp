// Drives amtsdesk-cli as a user or a script would: real processes, exit codes, output.
#include "support/smalldisk.h"
#include "support/teststore.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
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
        REQUIRE(cli({QStringLiteral("--database"), db, QStringLiteral("verify")}).code == 0);
        Run withHead = cli({QStringLiteral("--database"), db, QStringLiteral("verify"), QStringLiteral("--expect-head"), head});
        REQUIRE(withHead.code == 1);
        REQUIRE(withHead.out.contains(head));
    }
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
