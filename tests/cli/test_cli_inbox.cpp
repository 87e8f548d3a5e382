// amtsdesk-cli invoice import | list | step | reject | export, on the demo store, as the people
// of the Kämmerei and the ordering department would drive it from a script.
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
    env.remove(QStringLiteral("AMTSDESK_DATABASE"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (env.value(QStringLiteral("AMTSDESK_WORKER")).isEmpty())
        env.insert(QStringLiteral("AMTSDESK_WORKER"), QStringLiteral(AMTSDESK_WORKER_BUILT));
    p.setProcessEnvironment(env);
    QStringList all{QStringLiteral("--database"), db};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    p.start(QStringLiteral(AMTSDESK_CLI), all + args);
    REQUIRE(p.waitForFinished(120000));
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

// The demo invoice with this number, from `invoice list --json`.
QJsonObject find(const QString &db, const QString &user, const QString &number)
{
    const Run list = cli(db, user, {QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.code == 0);
    for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(QStringLiteral("number")).toString() == number)
            return o;
    }
    FAIL("no invoice " << number.toStdString() << " in the list of " << user.toStdString());
    return {};
}

} // namespace

TEST_CASE("invoice inbox from the command line: approve, four eyes, reject, export", "[cli][invoice]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli(db, {}, {QStringLiteral("demo")}).code == 0);

    // The demo's office supplies invoice belongs to department 10; the Kämmerei sees it too.
    const QJsonObject paper = find(db, QStringLiteral("j.hoffmann"), QStringLiteral("KR-2026-4711"));
    CHECK(paper.value(QStringLiteral("department")).toString() == QStringLiteral("10"));
    CHECK(paper.value(QStringLiteral("state")).toString() == QStringLiteral("checked"));
    const QString id = QString::number(paper.value(QStringLiteral("id")).toInteger());
    // Another department's clerk does not see it.
    CHECK_FALSE(cli(db, QStringLiteral("l.lange"), {QStringLiteral("invoice"), QStringLiteral("info"), id}).code == 0);

    Run step = cli(db, QStringLiteral("j.hoffmann"),
                   {QStringLiteral("invoice"), QStringLiteral("step"), id, QStringLiteral("approve_factually"),
                    QStringLiteral("--allocation"), QStringLiteral("KST-10:1.10.0100.523100:500.00")});
    CHECK(step.code != 0);
    CHECK(step.err.contains(QStringLiteral("adds up to 500.00")));
    step = cli(db, QStringLiteral("j.hoffmann"),
               {QStringLiteral("invoice"), QStringLiteral("step"), id, QStringLiteral("approve_factually"),
                QStringLiteral("--allocation"), QStringLiteral("KST-10:1.10.0100.523100")});
    INFO(step.err.toStdString());
    REQUIRE(step.code == 0);
    REQUIRE(cli(db, QStringLiteral("k.wolf"),
                {QStringLiteral("invoice"), QStringLiteral("step"), id, QStringLiteral("approve_arithmetically")})
                .code == 0);
    // Katrin Wolf may order payments, but not of an invoice she checked.
    step = cli(db, QStringLiteral("k.wolf"),
               {QStringLiteral("invoice"), QStringLiteral("step"), id, QStringLiteral("order_payment")});
    CHECK(step.code != 0);
    CHECK(step.err.contains(QStringLiteral("four eyes")));
    REQUIRE(cli(db, QStringLiteral("f.neumann"),
                {QStringLiteral("invoice"), QStringLiteral("step"), id, QStringLiteral("order_payment")})
                .code == 0);

    // The invalid demo invoice is rejected with a notice for the seller.
    const QJsonObject broken = find(db, QStringLiteral("k.wolf"), QStringLiteral("SMW-2026-140"));
    CHECK_FALSE(broken.value(QStringLiteral("valid")).toBool());
    const QString notice = dir.filePath(QStringLiteral("ablehnung.pdf"));
    const Run reject =
        cli(db, QStringLiteral("k.wolf"),
            {QStringLiteral("invoice"), QStringLiteral("reject"),
             QString::number(broken.value(QStringLiteral("id")).toInteger()), QStringLiteral("--reason"),
             QStringLiteral("Der Zahlbetrag stimmt nicht mit der Summe überein."), QStringLiteral("--notice"), notice});
    INFO(reject.err.toStdString());
    REQUIRE(reject.code == 0);
    QFile pdf(notice);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");

    // Handed over once; the second export finds nothing new.
    const QString finance = dir.filePath(QStringLiteral("finance"));
    REQUIRE(QDir().mkpath(finance));
    const Run exported =
        cli(db, QStringLiteral("f.neumann"), {QStringLiteral("invoice"), QStringLiteral("export"), finance});
    INFO(exported.out.toStdString() + exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(exported.out.contains(QStringLiteral("filed in the e-file")));
    const QStringList csvs = QDir(finance).entryList({QStringLiteral("*.csv")});
    REQUIRE(csvs.size() == 1);
    QFile csv(QDir(finance).filePath(csvs.first()));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    CHECK(text.startsWith(QStringLiteral("invoice_id;invoice_number;")));
    CHECK(text.contains(QStringLiteral(";KR-2026-4711;")));
    CHECK(text.contains(QStringLiteral("Jana Hoffmann;Katrin Wolf;Frank Neumann")));
    // Each invoice once: a second run finds nothing, says so, writes no CSV and is no failure.
    const auto again =
        cli(db, QStringLiteral("f.neumann"), {QStringLiteral("invoice"), QStringLiteral("export"), finance});
    CHECK(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("No invoice is waiting")));
    CHECK(QDir(finance).entryList({QStringLiteral("*.csv")}).size() == 1);
    CHECK(
        find(db, QStringLiteral("k.wolf"), QStringLiteral("KR-2026-4711")).value(QStringLiteral("state")).toString() ==
        QStringLiteral("archived"));
    CHECK(cli(db, {}, {QStringLiteral("verify")}).code == 0);
}
