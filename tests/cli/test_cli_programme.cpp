// amtsdesk-cli programme …: driven as an officer and the programme manager would.
#include "support/teststore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

using namespace amtsdesk;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

struct ProgrammeStore {
    ProgrammeStore()
    {
        store.user(QStringLiteral("a.becker"), {Role::ProgrammeManager, Role::DigitalisationOfficer},
                   QStringLiteral("10.3"));
        store.user(QStringLiteral("d.braun"), {Role::Clerk, Role::DigitalisationOfficer}, QStringLiteral("32"));
        store.user(QStringLiteral("m.yilmaz"), {Role::Clerk}, QStringLiteral("36"));
    }
    Run as(const QString &login, const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AMTSDESK_CLI),
                QStringList{QStringLiteral("--database"), store.path(), QStringLiteral("--user"), login} + args);
        REQUIRE(p.waitForFinished(120000));
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    TestStore store;
};

QString write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST_CASE("an officer keeps a sub-project up to date from the command line", "[cli][programme]")
{
    ProgrammeStore s;
    const QString officer = QStringLiteral("d.braun");
    Run r =
        s.as(officer, {QStringLiteral("programme"), QStringLiteral("add"), QStringLiteral("TP-10"),
                       QStringLiteral("--title"), QStringLiteral("Waffenrecht online"), QStringLiteral("--area"),
                       QStringLiteral("ozg"), QStringLiteral("--department"), QStringLiteral("32"),
                       QStringLiteral("--planned-start"), QStringLiteral("2026-01-01"), QStringLiteral("--planned-end"),
                       QStringLiteral("2027-06-30"), QStringLiteral("--budget"), QStringLiteral("25000.00")});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("TP-10")));

    // Not for a department that is not theirs.
    r = s.as(officer,
             {QStringLiteral("programme"), QStringLiteral("add"), QStringLiteral("TP-11"), QStringLiteral("--title"),
              QStringLiteral("Zulassung"), QStringLiteral("--department"), QStringLiteral("36")});
    CHECK(r.code == 1);
    CHECK_FALSE(r.err.isEmpty());

    // Bad input names what is wrong.
    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("edit"), QStringLiteral("TP-10"),
                       QStringLiteral("--planned-end"), QStringLiteral("2027-02-30")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("2027-02-30")));
    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("edit"), QStringLiteral("TP-10"),
                       QStringLiteral("--area"), QStringLiteral("space")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("space")));

    // Amber needs the reason.
    r = s.as(officer,
             {QStringLiteral("programme"), QStringLiteral("status"), QStringLiteral("TP-10"), QStringLiteral("--light"),
              QStringLiteral("amber"), QStringLiteral("--progress"), QStringLiteral("30")});
    CHECK(r.code == 1);
    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("status"), QStringLiteral("TP-10"),
                       QStringLiteral("--light"), QStringLiteral("amber"), QStringLiteral("--progress"),
                       QStringLiteral("30"), QStringLiteral("--text"), QStringLiteral("Schnittstelle verzögert")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = s.as(QStringLiteral("m.yilmaz"), {QStringLiteral("programme"), QStringLiteral("list")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("TP-10")));
    CHECK(r.out.contains(QStringLiteral("amber")));
    CHECK(r.out.contains(QStringLiteral("30%")));

    // A milestone that fell due is on the officer's task list until it is reached.
    r = s.as(officer,
             {QStringLiteral("programme"), QStringLiteral("milestone"), QStringLiteral("add"), QStringLiteral("TP-10"),
              QStringLiteral("Pilot gestartet"), QStringLiteral("--due"), QStringLiteral("2026-01-15")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString milestone = r.out.section(QLatin1Char('#'), 1).section(QLatin1Char(' '), 0, 0);
    r = s.as(officer, {QStringLiteral("tasks")});
    CHECK(r.out.contains(QStringLiteral("Pilot gestartet")));
    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("milestone"), QStringLiteral("done"), milestone});
    CHECK(r.code == 0);
    r = s.as(officer, {QStringLiteral("tasks")});
    CHECK_FALSE(r.out.contains(QStringLiteral("Pilot gestartet")));
    // The process figures count it as reached late (it was due in January).
    r = s.as(QStringLiteral("a.becker"), {QStringLiteral("figures"), QStringLiteral("--milestones"),
                                          QStringLiteral("--department"), QStringLiteral("32"), QStringLiteral("--csv"),
                                          QStringLiteral("-")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("month,due,on_time,late,overdue,median_delay_days\n2026-01,1,0,1,0,")));
    r = s.as(QStringLiteral("a.becker"), {QStringLiteral("figures"), QStringLiteral("--milestones")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Median delay")));
    CHECK(s.as(officer, {QStringLiteral("figures"), QStringLiteral("--milestones")}).code == 1);
    CHECK(s.as(QStringLiteral("a.becker"), {QStringLiteral("figures"), QStringLiteral("--department"), QStringLiteral("32")})
              .code == 2);
    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("show"), QStringLiteral("TP-10")});
    CHECK(r.out.contains(QStringLiteral("Schnittstelle verzögert")));
    CHECK(r.out.contains(QStringLiteral("25000.00")));

    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("show"), QStringLiteral("TP-99")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("TP-99")));
}

TEST_CASE("the OZG catalogue, a service's maturity and the report from the command line", "[cli][programme]")
{
    ProgrammeStore s;
    const QString manager = QStringLiteral("a.becker");
    const QString csv = write(s.store.dir.filePath(QStringLiteral("katalog.csv")),
                              "leika_key,leika_name,leika_type,ozg_id,ozg_name,life_situation,topic\n"
                              "99089086000000,Waffenbesitzkarte,2/3,10151,Waffenerlaubnis,Fischen & Jagen,Engagement\n"
                              "99067004000000,Jagdschein,2/3,10149,Jagdschein und -erlaubnis,Fischen & Jagen\n"
                              "nicht im LeiKa,Dokumentierung von Jagd-Abschüssen,4,10149,Jagdschein und "
                              "-erlaubnis,Fischen & Jagen,Engagement & Hobby\n");
    Run r = s.as(manager, {QStringLiteral("programme"), QStringLiteral("catalogue"), QStringLiteral("import"), csv});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 1); // line 3 has a column too few
    CHECK(r.err.contains(QStringLiteral("line 3")));
    CHECK(r.out.contains(QStringLiteral("2 added")));
    // An officer may not import the catalogue.
    r = s.as(QStringLiteral("d.braun"),
             {QStringLiteral("programme"), QStringLiteral("catalogue"), QStringLiteral("import"), csv});
    CHECK(r.code == 2);

    r = s.as(QStringLiteral("d.braun"),
             {QStringLiteral("programme"), QStringLiteral("service"), QStringLiteral("offer"),
              QStringLiteral("99089086000000"), QStringLiteral("--department"), QStringLiteral("32"),
              QStringLiteral("--level"), QStringLiteral("1")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString service = r.out.section(QLatin1Char('#'), 1).section(QLatin1Char(' '), 0, 0);
    r = s.as(QStringLiteral("d.braun"),
             {QStringLiteral("programme"), QStringLiteral("service"), QStringLiteral("maturity"), service,
              QStringLiteral("--level"), QStringLiteral("9")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("9")));
    r = s.as(QStringLiteral("d.braun"),
             {QStringLiteral("programme"), QStringLiteral("service"), QStringLiteral("maturity"), service,
              QStringLiteral("--level"), QStringLiteral("3"), QStringLiteral("--comment"),
              QStringLiteral("online über das Landesportal")});
    REQUIRE(r.code == 0);
    r = s.as(QStringLiteral("m.yilmaz"), {QStringLiteral("programme"), QStringLiteral("services")});
    CHECK(r.out.contains(QStringLiteral("2.0/3")));
    CHECK(r.out.contains(QStringLiteral("Waffenbesitzkarte")));
    r = s.as(QStringLiteral("m.yilmaz"),
             {QStringLiteral("programme"), QStringLiteral("service"), QStringLiteral("history"), service});
    CHECK(r.out.count(QLatin1Char('\n')) == 2);
    CHECK(r.out.contains(QStringLiteral("Landesportal")));

    const QString pdf = s.store.dir.filePath(QStringLiteral("bericht.pdf"));
    const QString html = s.store.dir.filePath(QStringLiteral("bericht.html"));
    r = s.as(QStringLiteral("m.yilmaz"), {QStringLiteral("programme"), QStringLiteral("report"),
                                          QStringLiteral("--pdf"), pdf, QStringLiteral("--html"), html});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    QFile h(html);
    REQUIRE(h.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(h.readAll()).contains(QStringLiteral("Waffenbesitzkarte")));

    r = s.as(QStringLiteral("m.yilmaz"), {QStringLiteral("programme"), QStringLiteral("report"),
                                          QStringLiteral("--date"), QStringLiteral("2026-13-01")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("2026-13-01")));
    r = s.as(QStringLiteral("m.yilmaz"),
             {QStringLiteral("programme"), QStringLiteral("report"), QStringLiteral("--pdf"),
              s.store.dir.filePath(QStringLiteral("missing/bericht.pdf"))});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("missing")));
}

TEST_CASE("training and ideas from the command line", "[cli][programme]")
{
    ProgrammeStore s;
    const QString officer = QStringLiteral("d.braun");
    Run r =
        s.as(officer, {QStringLiteral("programme"), QStringLiteral("course"), QStringLiteral("--add"),
                       QStringLiteral("EAKTE-1"), QStringLiteral("--title"), QStringLiteral("E-Akte Anwenderschulung"),
                       QStringLiteral("--kind"), QStringLiteral("efile_training")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = s.as(officer,
             {QStringLiteral("programme"), QStringLiteral("course"), QStringLiteral("--add"), QStringLiteral("X"),
              QStringLiteral("--title"), QStringLiteral("X"), QStringLiteral("--kind"), QStringLiteral("party")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("party")));
    QStringList staff;
    for (const QString &name : {QStringLiteral("Eva Muster"), QStringLiteral("Jan Beispiel")}) {
        r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("staff"), QStringLiteral("--add"), name,
                           QStringLiteral("--department"), QStringLiteral("32")});
        REQUIRE(r.code == 0);
        staff << r.out.section(QLatin1Char('#'), 1).section(QLatin1Char(' '), 0, 0);
    }
    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("session"), QStringLiteral("EAKTE-1"),
                       QStringLiteral("--add"), QStringLiteral("2026-10-01")});
    REQUIRE(r.code == 0);
    const QString session = r.out.section(QLatin1Char('#'), 1).section(QLatin1Char(' '), 0, 0);
    r = s.as(QStringLiteral("a.becker"),
             {QStringLiteral("programme"), QStringLiteral("require"), QStringLiteral("EAKTE-1"),
              QStringLiteral("--department"), QStringLiteral("32")});
    REQUIRE(r.code == 0);
    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("attend"), session, staff.first()});
    REQUIRE(r.code == 0);
    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("coverage")});
    INFO(r.out.toStdString());
    CHECK(r.out.contains(QStringLiteral("1/2")));
    CHECK(r.out.contains(QStringLiteral("50%")));

    r = s.as(QStringLiteral("m.yilmaz"),
             {QStringLiteral("programme"), QStringLiteral("idea"), QStringLiteral("add"),
              QStringLiteral("Terminbuchung online"), QStringLiteral("--source"), QStringLiteral("consultation"),
              QStringLiteral("--department"), QStringLiteral("32")});
    REQUIRE(r.code == 0);
    const QString idea = r.out.section(QLatin1Char('#'), 1).section(QLatin1Char(' '), 0, 0);
    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("idea"), QStringLiteral("decide"), idea,
                       QStringLiteral("declined")});
    CHECK(r.code == 1); // a reason is needed
    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("idea"), QStringLiteral("decide"), idea,
                       QStringLiteral("adopted")});
    CHECK(r.code == 0);
    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("add"), QStringLiteral("TP-30"),
                       QStringLiteral("--title"), QStringLiteral("Terminbuchung"), QStringLiteral("--department"),
                       QStringLiteral("32"), QStringLiteral("--idea"), idea});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = s.as(officer, {QStringLiteral("programme"), QStringLiteral("ideas")});
    CHECK(r.out.contains(QStringLiteral("TP-30")));
    CHECK(r.out.contains(QStringLiteral("adopted")));
}
