// The workflow commands of amtsdesk-cli, and two processes racing for one item.
#include "support/teststore.h"

#include "workflow/workflowengine.h"

#include <catch2/catch.hpp>

#include <QProcess>

using namespace amtsdesk;

namespace {

QProcess *startCli(const QStringList &args, QObject *parent = nullptr)
{
    auto *p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(AMTSDESK_CLI), args);
    return p;
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run finish(QProcess *p)
{
    REQUIRE(p->waitForFinished(120000));
    Run r{p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, QString::fromUtf8(p->readAllStandardOutput()),
          QString::fromUtf8(p->readAllStandardError())};
    delete p;
    return r;
}

Run cli(const QStringList &args)
{
    return finish(startCli(args));
}

struct CaseStore {
    CaseStore()
    {
        clerk = store.user(QStringLiteral("j.hoffmann"), {Role::Clerk}, QStringLiteral("10"));
        colleague = store.user(QStringLiteral("m.schulz"), {Role::Clerk, Role::Signatory}, QStringLiteral("10"));
        store.user(QStringLiteral("t.wagner"), {Role::ProcessManager}, QStringLiteral("10"));
        path = store.path();
    }
    WorkflowItemId add(const QString &ref)
    {
        WorkflowEngine engine(store.db());
        auto id = engine.start(clerk, NewWorkflowItem{QStringLiteral("case"), QStringLiteral("test_case"), ref,
                                                      QStringLiteral("Bauantrag ") + ref,
                                                      *store.access().departmentByCode(QStringLiteral("10")), {}, {}});
        REQUIRE(id.ok());
        return *id;
    }
    QStringList as(const QString &login, const QStringList &args) const
    {
        return QStringList{QStringLiteral("--database"), path, QStringLiteral("--user"), login} + args;
    }

    TestStore store;
    Actor clerk, colleague;
    QString path;
};

} // namespace

TEST_CASE("tasks, show and take from the command line", "[cli][workflow]")
{
    CaseStore s;
    const WorkflowItemId id = s.add(QStringLiteral("7"));
    const QString item = QString::number(id.value);

    Run tasks = cli(s.as(QStringLiteral("j.hoffmann"), {QStringLiteral("tasks")}));
    REQUIRE(tasks.code == 0);
    REQUIRE(tasks.out.contains(QStringLiteral("Bauantrag 7")));
    REQUIRE(tasks.out.contains(QStringLiteral("start_work")));

    Run take = cli(s.as(QStringLiteral("j.hoffmann"), {QStringLiteral("workflow"), QStringLiteral("take"), item, QStringLiteral("start_work")}));
    REQUIRE(take.code == 0);
    REQUIRE(take.out.contains(QStringLiteral("In progress")));

    Run refused = cli(s.as(QStringLiteral("t.wagner"), {QStringLiteral("workflow"), QStringLiteral("take"), item,
                                                        QStringLiteral("request_co_signing")}));
    REQUIRE(refused.code == 1);
    REQUIRE(refused.err.contains(QStringLiteral("Clerk")));

    Run noField = cli(s.as(QStringLiteral("j.hoffmann"), {QStringLiteral("workflow"), QStringLiteral("take"), item, QStringLiteral("set_aside")}));
    REQUIRE(noField.code == 1);
    REQUIRE(noField.err.contains(QStringLiteral("resubmission_date")));
    REQUIRE(cli(s.as(QStringLiteral("j.hoffmann"), {QStringLiteral("workflow"), QStringLiteral("take"), item, QStringLiteral("set_aside"),
                                                    QStringLiteral("--field"), QStringLiteral("resubmission_date=2026-04-01")}))
                .code == 0);

    // Someone of another department learns nothing about the item, not even its title.
    s.store.user(QStringLiteral("x.fremd"), {Role::Clerk}, QStringLiteral("20"));
    Run stranger = cli(s.as(QStringLiteral("x.fremd"), {QStringLiteral("workflow"), QStringLiteral("show"), item}));
    REQUIRE(stranger.code == 1);
    REQUIRE_FALSE(stranger.out.contains(QStringLiteral("Bauantrag")));
    REQUIRE_FALSE(stranger.err.contains(QStringLiteral("Bauantrag")));

    Run show = cli(s.as(QStringLiteral("j.hoffmann"), {QStringLiteral("workflow"), QStringLiteral("show"), item}));
    REQUIRE(show.code == 0);
    REQUIRE(show.out.contains(QStringLiteral("Resubmission")));
    REQUIRE(show.out.contains(QStringLiteral("2026-04-01")));
    REQUIRE(show.out.contains(QStringLiteral("resume")));

    Run list = cli(s.as(QStringLiteral("j.hoffmann"), {QStringLiteral("workflow"), QStringLiteral("list")}));
    REQUIRE(list.out.contains(QStringLiteral("invoice")));
    REQUIRE(list.out.contains(QStringLiteral("Payment ordered")));

    Run figures = cli(s.as(QStringLiteral("t.wagner"), {QStringLiteral("figures"), QStringLiteral("--csv"), QStringLiteral("-")}));
    REQUIRE(figures.code == 0);
    REQUIRE(figures.out.startsWith(QStringLiteral("workflow,month,state")));
    REQUIRE(figures.out.contains(QStringLiteral("case,")));
    REQUIRE(cli(s.as(QStringLiteral("j.hoffmann"), {QStringLiteral("figures")})).code == 1);
    REQUIRE(cli(s.as(QStringLiteral("t.wagner"), {QStringLiteral("figures"), QStringLiteral("--from"), QStringLiteral("gestern")})).code == 2);
}

TEST_CASE("a broken definition file is refused from the command line and the running one stays", "[cli][workflow]")
{
    CaseStore s;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("case.json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"key": "case", "version": 2, "labels": {"de": "V", "en": "C", "tr": "T"}, "initial": "x", "states": [], "transitions": []})");
    f.close();
    Run refused = cli(s.as(QStringLiteral("admin"), {QStringLiteral("workflow"), QStringLiteral("install"), file}));
    REQUIRE(refused.code == 1);
    REQUIRE(refused.err.contains(QStringLiteral("case.json")));
    REQUIRE(cli(s.as(QStringLiteral("admin"), {QStringLiteral("workflow"), QStringLiteral("list")})).out.contains(QStringLiteral("version 1")));
}

TEST_CASE("two processes take a step on the same item at once: exactly one wins", "[cli][workflow]")
{
    CaseStore s;
    QList<WorkflowItemId> items;
    for (int i = 0; i < 6; ++i)
        items << s.add(QStringLiteral("race-%1").arg(i));
    s.store.database.reset(); // the processes alone work on the store now
    for (const WorkflowItemId id : items) {
        const QStringList take{QStringLiteral("workflow"), QStringLiteral("take"), QString::number(id.value),
                               QStringLiteral("start_work"), QStringLiteral("--expect-version"), QStringLiteral("1")};
        QProcess *a = startCli(s.as(QStringLiteral("j.hoffmann"), take));
        QProcess *b = startCli(s.as(QStringLiteral("m.schulz"), take));
        const Run ra = finish(a);
        const Run rb = finish(b);
        INFO(ra.err.toStdString() << rb.err.toStdString());
        REQUIRE(((ra.code == 0) + (rb.code == 0)) == 1);
        const Run &loser = ra.code == 0 ? rb : ra;
        REQUIRE(loser.code == 1);
        REQUIRE(loser.err.contains(QStringLiteral("changed by someone else")));
    }
    auto db = Database::open(s.path);
    REQUIRE(db.ok());
    WorkflowEngine engine(**db);
    for (const WorkflowItemId id : items) {
        REQUIRE(engine.item(id)->state == QStringLiteral("in_progress"));
        REQUIRE(engine.history(id)->size() == 2);
    }
}
