// The e-file commands of amtsdesk-cli, driven as a clerk would.
#include "support/teststore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QString &db, const QString &user, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AMTSDESK_CLI),
            QStringList{QStringLiteral("--database"), db, QStringLiteral("--user"), user} + args);
    REQUIRE(p.waitForFinished(120000));
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("plan, file, case, import, show and export from the command line", "[cli][efile]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli(db, {}, {QStringLiteral("demo")}).code == 0);
    const QString plan = dir.filePath(QStringLiteral("plan.csv"));
    write(plan, "key;title;parent;department;retention_years\n5;Soziales;;50;10\n50;Sozialhilfe;5;50;10\n50.1;Hilfe "
                "zum Lebensunterhalt;50;50;10\n");
    REQUIRE(cli(db, QStringLiteral("l.lange"), {QStringLiteral("plan"), QStringLiteral("import"), plan}).code ==
            1); // not an administrator
    Run imported = cli(db, QString(), {QStringLiteral("plan"), QStringLiteral("import"), plan});
    REQUIRE(imported.code == 0);
    REQUIRE(imported.out.contains(QStringLiteral("3 units added")));
    REQUIRE(cli(db, QString(), {QStringLiteral("plan"), QStringLiteral("export")})
                .out.contains(QStringLiteral("50.1,Hilfe zum Lebensunterhalt,50,50,10")));

    Run created = cli(db, QStringLiteral("l.lange"),
                      {QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"),
                       QStringLiteral("50.1"), QStringLiteral("--subject"), QStringLiteral("Familie Özdemir"),
                       QStringLiteral("--confidentiality"), QStringLiteral("VS-NfD")});
    REQUIRE(created.code == 0);
    const QString reference = created.out.trimmed();
    REQUIRE(reference == QStringLiteral("50-50.1-0001/2026"));
    REQUIRE(cli(db, QStringLiteral("l.lange"),
                {QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"), QStringLiteral("50.1"),
                 QStringLiteral("--subject"), QStringLiteral("x"), QStringLiteral("--confidentiality"),
                 QStringLiteral("Geheim")})
                .code == 1);
    Run caseRun =
        cli(db, QStringLiteral("l.lange"),
            {QStringLiteral("case"), QStringLiteral("create"), reference, QStringLiteral("Weiterbewilligung")});
    REQUIRE(caseRun.code == 0);
    const QString caseId = caseRun.out.trimmed();

    const QString letter = dir.filePath(QStringLiteral("Antrag Özdemir.txt"));
    write(letter, "Antrag auf Weiterbewilligung\n");
    const QString empty = dir.filePath(QStringLiteral("leer.pdf"));
    write(empty, "");
    Run import = cli(db, QStringLiteral("l.lange"),
                     {QStringLiteral("import"), QStringLiteral("--case"), caseId, letter, empty,
                      dir.filePath(QStringLiteral("fehlt.pdf"))});
    REQUIRE(import.code == 1);
    REQUIRE(import.out.contains(QStringLiteral("added")));
    REQUIRE(import.out.contains(QStringLiteral("FAILED")));

    Run show = cli(db, QStringLiteral("l.lange"), {QStringLiteral("show"), reference});
    REQUIRE(show.code == 0);
    REQUIRE(show.out.contains(QStringLiteral("Weiterbewilligung")));
    REQUIRE(show.out.contains(QStringLiteral("Antrag Özdemir")));
    REQUIRE(show.out.contains(QStringLiteral("VS-NfD")));
    // Another department sees nothing, not even through show or export.
    REQUIRE(cli(db, QStringLiteral("d.braun"), {QStringLiteral("show"), reference}).code == 1);
    REQUIRE(cli(db, QStringLiteral("d.braun"), {QStringLiteral("export"), reference, dir.filePath(QStringLiteral("x"))})
                .code == 1);
    REQUIRE_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x"))));

    const QString out = dir.filePath(QStringLiteral("export"));
    REQUIRE(cli(db, QStringLiteral("l.lange"), {QStringLiteral("export"), reference, out}).code == 0);
    QFile meta(out + QStringLiteral("/metadata.json"));
    REQUIRE(meta.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(meta.readAll()).object();
    REQUIRE(json.value(QStringLiteral("reference_number")).toString() == reference);
    REQUIRE(QDir(out).entryList(QDir::Files).size() == 3); // the letter, the empty file, metadata.json
    REQUIRE(cli(db, QString(), {QStringLiteral("verify")}).code == 0);
}

TEST_CASE("the inbox folder takes settled files, moves them, and explains failures beside them", "[cli][efile]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli(db, {}, {QStringLiteral("demo")}).code == 0);
    const QString plan = dir.filePath(QStringLiteral("plan.csv"));
    write(plan, "key,title,parent,department,retention_years\n63,Bauaufsicht,,63,30\n");
    REQUIRE(cli(db, QString(), {QStringLiteral("plan"), QStringLiteral("import"), plan}).code == 0);
    const QString reference = cli(db, QStringLiteral("u.krause"),
                                  {QStringLiteral("file"), QStringLiteral("create"), QStringLiteral("--plan"),
                                   QStringLiteral("63"), QStringLiteral("--subject"), QStringLiteral("Scans")})
                                  .out.trimmed();
    const QString caseId =
        cli(db, QStringLiteral("u.krause"),
            {QStringLiteral("case"), QStringLiteral("create"), reference, QStringLiteral("Posteingang")})
            .out.trimmed();
    const QString inbox = dir.filePath(QStringLiteral("scanner"));
    REQUIRE(QDir().mkpath(inbox));
    write(inbox + QStringLiteral("/scan-0001.txt"), "Eingangsstempel 27.11.2026\n");
    write(inbox + QStringLiteral("/.scan-0002.tmp"), "still being written");

    // As someone of another department: nothing may be added, everything goes to failed/ with its reason.
    Run refused = cli(db, QStringLiteral("n.werner"),
                      {QStringLiteral("inbox"), inbox, QStringLiteral("--case"), caseId, QStringLiteral("--once"),
                       QStringLiteral("--settle"), QStringLiteral("0")});
    REQUIRE(refused.code == 1);
    REQUIRE(QFileInfo::exists(inbox + QStringLiteral("/failed/scan-0001.txt")));
    QFile reason(inbox + QStringLiteral("/failed/scan-0001.txt.reason.txt"));
    REQUIRE(reason.open(QIODevice::ReadOnly));
    REQUIRE(QString::fromUtf8(reason.readAll()).contains(QStringLiteral("Nicole Werner")));
    REQUIRE(QFileInfo::exists(inbox + QStringLiteral("/.scan-0002.tmp"))); // not touched

    REQUIRE(QFile::rename(inbox + QStringLiteral("/failed/scan-0001.txt"), inbox + QStringLiteral("/scan-0001.txt")));
    Run taken = cli(db, QStringLiteral("u.krause"),
                    {QStringLiteral("inbox"), inbox, QStringLiteral("--case"), caseId, QStringLiteral("--once"),
                     QStringLiteral("--settle"), QStringLiteral("0")});
    REQUIRE(taken.code == 0);
    REQUIRE(taken.out.contains(QStringLiteral("added")));
    REQUIRE(QFileInfo::exists(inbox + QStringLiteral("/imported/scan-0001.txt")));
    REQUIRE_FALSE(QFileInfo::exists(inbox + QStringLiteral("/scan-0001.txt")));
    REQUIRE(cli(db, QStringLiteral("u.krause"), {QStringLiteral("search"), QStringLiteral("Eingangsstempel")})
                .out.contains(QStringLiteral("scan-0001")));
}

TEST_CASE("the demo store has records to work with at once: searchable letters, tasks, a disposal list",
          "[cli][efile][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString admin = QStringLiteral("p.admin");
    REQUIRE(cli(db, admin, {QStringLiteral("demo")}).code == 0);
    // The person trying the demo finds their own department's letters, read from PDF and text.
    Run own = cli(db, admin, {QStringLiteral("search"), QStringLiteral("Wohngeld")});
    REQUIRE(own.code == 0);
    REQUIRE(own.out.contains(QStringLiteral("Projektskizze Wohngeld online")));
    REQUIRE(own.out.contains(QStringLiteral("Schnittstellenbeschreibung")));
    // A word from inside a letter's PDF, found on its page.
    Run inside = cli(db, admin, {QStringLiteral("search"), QStringLiteral("Melderegister")});
    REQUIRE(inside.out.contains(QStringLiteral("Protokoll Auftaktbesprechung  page 1")));
    // A clerk of the building department finds Müller in every spelling; others do not see it.
    for (const QString &spelling : {QStringLiteral("Müller"), QStringLiteral("Mueller"), QStringLiteral("Muller")})
        REQUIRE(cli(db, QStringLiteral("u.krause"), {QStringLiteral("search"), spelling})
                    .out.contains(QStringLiteral("Bauantrag Müller")));
    REQUIRE_FALSE(
        cli(db, admin, {QStringLiteral("search"), QStringLiteral("Müller")}).out.contains(QStringLiteral("Bauantrag")));
    Run tasks = cli(db, admin, {QStringLiteral("tasks")});
    REQUIRE(tasks.out.contains(QStringLiteral("Rückmeldung des Herstellers zur Testumgebung prüfen")));
    Run disposal = cli(db, admin, {QStringLiteral("disposal"), QStringLiteral("list")});
    REQUIRE(disposal.out.count(QStringLiteral("/2013")) == 2);
    REQUIRE(cli(db, admin, {QStringLiteral("verify")}).code == 0);
}
