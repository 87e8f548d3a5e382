#include "programme/ozgservices.h"
#include "programme/programmereport.h"
#include "programme/subprojects.h"
#include "programme/training.h"
#include "workflow/workflowengine.h"

#include "support/teststore.h"
#include <catch2/catch.hpp>

#include "store/database.h"

#include <QFile>
#include <QSqlQuery>

using namespace amtsdesk;

namespace {

const QByteArray kHeader = "leika_key,leika_name,leika_type,ozg_id,ozg_name,life_situation,topic\n";

QList<int> rejectedLines(const CatalogueImport &r)
{
    QList<int> lines;
    for (const auto &x : r.rejected)
        lines << x.line;
    return lines;
}

// REQUIRE(r.ok()), saying why not.
template <typename R> void requireOk(const R &r)
{
    if (!r.ok())
        FAIL(r.error().message.toStdString());
}

qint64 count(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto v = db.scalar(sql, params);
    REQUIRE(v.ok());
    return v->toLongLong();
}

// A district with a programme manager, officers of 32 and 51, and a clerk.
struct Programme {
    Programme()
    {
        pm = store.user(QStringLiteral("p.lange"), {Role::ProgrammeManager}, QStringLiteral("10"));
        officer32 = store.user(QStringLiteral("o.kaya"), {Role::DigitalisationOfficer}, QStringLiteral("32"));
        officer51 = store.user(QStringLiteral("o.berg"), {Role::DigitalisationOfficer}, QStringLiteral("51"));
        clerk32 = store.user(QStringLiteral("c.roth"), {Role::Clerk}, QStringLiteral("32"));
        d32 = *store.access().departmentByCode(QStringLiteral("32"));
        d51 = *store.access().departmentByCode(QStringLiteral("51"));
    }

    void importSmallCatalogue()
    {
        const QByteArray csv = kHeader +
                               "99012001000000,Abbruchgenehmigung,4,10513,Abbruchgenehmigung,Bauen & Immobilien,Bauen\n"
                               "99050012000000,Gewerbeanmeldung,1,10158,Gewerbeanmeldung,Unternehmensstart,Gewerbe\n"
                               "99108002000000,Wohngeld,2/3,10081,Wohngeld,Wohnen,Soziales\n"
                               "nicht im LeiKa,Hundesteuer Anmeldung,1,10363,Hundesteuer,Steuern,Steuern\n";
        auto r = OzgServices(store.db()).importCatalogue(pm, csv, QStringLiteral("small.csv"));
        REQUIRE(r.ok());
        REQUIRE(r->added == 4);
    }

    qint64 entry(const QString &key) { return OzgServices(store.db()).catalogueEntryByKey(key)->id; }

    TestStore store;
    Actor pm, officer32, officer51, clerk32;
    DepartmentId d32, d51;
};

} // namespace

TEST_CASE("catalogue import reports bad rows with their line numbers", "[programme]")
{
    Programme p;
    OzgServices ozg(p.store.db());
    const QByteArray csv = kHeader +
                           "99012001000000,Abbruchgenehmigung,4,10513,Abbruchgenehmigung,Bauen,Bauen & Wohnen\n" // 2
                           "99012001001000,Abbruchgenehmigung Erteilung,4,10513,Abbruchgenehmigung,Bauen\n"      // 3
                           "nicht im LeiKa,Polizei-Internetwache,2/3,,Polizei,Sicherheit,Ordnung\n"              // 4
                           "3233,Test 4,44,10513,Abbruchgenehmigung,Bauen,Bauen\n"                               // 5
                           "99012001000000,Abbruchgenehmigung,4,10513,Abbruchgenehmigung,Bauen,Bauen & Wohnen\n" // 6
                           "99046029000000,,2/3,10569,Schuldnerverzeichnis,Querschnitt,Querschnitt\n"            // 7
                           "\n"                                                                                  // 8
                           "99046029000000,Abdrucke,2/3,10569,,Querschnitt,Querschnitt\n";                       // 9
    auto r = ozg.importCatalogue(p.pm, csv, QStringLiteral("bad.csv"));
    REQUIRE(r.ok());
    CHECK(r->added == 1);
    CHECK(rejectedLines(*r) == QList<int>{3, 4, 5, 6, 7, 9});
    CHECK(r->rejected.at(3).reason.contains(QStringLiteral("line 2")));
    CHECK(*ozg.catalogueSize() == 1);
    CHECK(count(p.store.db(),
                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ozg.catalogue_imported'")) == 1);

    SECTION("only the programme manager or an administrator imports")
    {
        auto denied = ozg.importCatalogue(p.officer32, csv, QStringLiteral("bad.csv"));
        REQUIRE_FALSE(denied.ok());
        CHECK(denied.error().code == ErrorCode::PermissionDenied);
        CHECK(ozg.importCatalogue(p.store.admin(), csv, QStringLiteral("bad.csv")).ok());
    }
    SECTION("invalid UTF-8 is refused naming the file")
    {
        auto bad = ozg.importCatalogue(p.pm, kHeader + "99012001000000,Abbruch\xff,4,10513,A,B,C\n",
                                       QStringLiteral("latin1.csv"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message.contains(QStringLiteral("latin1.csv")));
    }
    SECTION("a required column missing is refused")
    {
        auto bad = ozg.importCatalogue(p.pm, "leika_key,leika_name\n1,2\n", QStringLiteral("short.csv"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message.contains(QStringLiteral("ozg_id")));
    }
}

TEST_CASE("catalogue re-import updates without duplicating", "[programme]")
{
    Programme p;
    OzgServices ozg(p.store.db());
    const QByteArray first = kHeader + "99012001000000,Abbruchgenehmigung,4,10513,Abbruchgenehmigung,Bauen,Bauen\n"
                                       "99108002000000,Wohngeld,2/3,10081,Wohngeld,Wohnen,Soziales\n";
    REQUIRE(ozg.importCatalogue(p.pm, first, QStringLiteral("a.csv"))->added == 2);
    const QByteArray second = kHeader +
                              "99012001000000,Abbruchgenehmigung,4,10513,Abbruchgenehmigung,Bauen,Bauen & Wohnen\n"
                              "99108002000000,Wohngeld,2/3,10081,Wohngeld,Wohnen,Soziales\n"
                              "99050012000000,Gewerbeanmeldung,1,10158,Gewerbeanmeldung,Start,Gewerbe\n";
    auto r = ozg.importCatalogue(p.pm, second, QStringLiteral("b.csv"));
    REQUIRE(r.ok());
    CHECK(r->added == 1);
    CHECK(r->updated == 1);
    CHECK(r->unchanged == 1);
    CHECK(r->rejected.isEmpty());
    CHECK(*ozg.catalogueSize() == 3);
    CHECK(ozg.catalogueEntryByKey(QStringLiteral("99012001000000"))->topic == QStringLiteral("Bauen & Wohnen"));
    CHECK(ozg.catalogueEntryByKey(QStringLiteral("10081"))->leikaName == QStringLiteral("Wohngeld"));
    CHECK(ozg.catalogueEntryByKey(QStringLiteral("99999999999999")).error().code == ErrorCode::NotFound);
}

TEST_CASE("catalogue rows without a LeiKa key are identified by name and OZG id", "[programme]")
{
    Programme p;
    OzgServices ozg(p.store.db());
    const QByteArray csv = kHeader + "nicht im LeiKa,Polizei-Internetwache,2/3,10400,Polizei,Sicherheit,Ordnung\n"
                                     "nicht im LeiKa,Bürgerhinweise,1,10400,Polizei,Sicherheit,Ordnung\n"
                                     ",Polizei-Internetwache,2/3,10401,Polizei online,Sicherheit,Ordnung\n"
                                     "nicht im LeiKa,polizei-internetwache ,2/3,10400,Polizei,Sicherheit,Ordnung\n";
    auto r = ozg.importCatalogue(p.pm, csv, QStringLiteral("nolk.csv"));
    REQUIRE(r.ok());
    CHECK(r->added == 3);
    CHECK(rejectedLines(*r) == QList<int>{5}); // the same name, other case and spaces, same OZG id
    auto q = p.store.db().exec(QStringLiteral("SELECT identity, leika_key IS NULL FROM ozg_catalogue ORDER BY id"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    CHECK(q->value(0).toString() == QStringLiteral("name:polizei-internetwache|10400"));
    CHECK(q->value(1).toBool());
    auto found = ozg.findInCatalogue(QStringLiteral("internetwache"));
    REQUIRE(found.ok());
    CHECK(found->size() == 2);
    CHECK(found->first().leikaKey.isEmpty());
    CHECK(ozg.findInCatalogue(QStringLiteral("%"))->isEmpty()); // LIKE wildcards are escaped
    CHECK(ozg.findInCatalogue(QString(), 2)->size() == 2);
}

TEST_CASE("catalogue with semicolons, BOM, CRLF, other column order and quoted fields", "[programme]")
{
    Programme p;
    OzgServices ozg(p.store.db());
    SECTION("semicolon, BOM, CRLF, no leika_key column")
    {
        const QByteArray csv = "\xEF\xBB\xBFozg_id;ozg_name;leika_name\r\n"
                               "10513;Abbruchgenehmigung;\"Abbruch; Teilabbruch\"\r\n"
                               "10081;Wohngeld;Wohngeld\r\n";
        auto r = ozg.importCatalogue(p.pm, csv, QStringLiteral("semi.csv"));
        REQUIRE(r.ok());
        CHECK(r->added == 2);
        CHECK(r->rejected.isEmpty());
        auto e = ozg.catalogueEntryByKey(QStringLiteral("10513"));
        REQUIRE(e.ok());
        CHECK(e->leikaName == QStringLiteral("Abbruch; Teilabbruch"));
        CHECK(e->leikaKey.isEmpty());
    }
    SECTION("quoted comma, doubled quotes and a field spanning lines")
    {
        const QByteArray csv = kHeader +
                               "99014004000000,\"Ablichtungen, Lichtdrucke\",2/3,10571,Urkunden,Querschnitt,Q\n" // 2
                               "99014005000000,\"Der \"\"Schein\"\"\nzweite Zeile\",1,10571,Urkunden,Q,Q\n"      // 3-4
                               "99014006000000,Kaputt,1,10571\n";                                                // 5
        auto r = ozg.importCatalogue(p.pm, csv, QStringLiteral("quoted.csv"));
        REQUIRE(r.ok());
        CHECK(r->added == 2);
        CHECK(rejectedLines(*r) == QList<int>{5});
        CHECK(ozg.catalogueEntryByKey(QStringLiteral("99014004000000"))->leikaName ==
              QStringLiteral("Ablichtungen, Lichtdrucke"));
        CHECK(ozg.catalogueEntryByKey(QStringLiteral("99014005000000"))->leikaName ==
              QStringLiteral("Der \"Schein\" zweite Zeile"));
    }
    SECTION("an unclosed quote is refused")
    {
        auto r = ozg.importCatalogue(p.pm, kHeader + "1,\"open,1,2,3,4,5\n", QStringLiteral("open.csv"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("open.csv, line 2")));
    }
}

TEST_CASE("the full public OZG catalogue imports", "[programme]")
{
    QString why;
    const QString dir = corpusDir(&why);
    const QString path = dir + QStringLiteral("/ozg/ozg-catalogue-2019.csv");
    if (dir.isEmpty() || !QFile::exists(path)) {
        WARN((dir.isEmpty() ? why : path + QStringLiteral(" is absent: catalogue test skipped")).toStdString());
        return;
    }
    Programme p;
    OzgServices ozg(p.store.db());
    auto r = ozg.importCatalogueFile(p.pm, path);
    REQUIRE(r.ok());
    CHECK(r->added + r->rejected.size() == 5251);
    CHECK(r->rejected.size() == 29); // 26 without OZG id, 2 test rows with malformed keys, 1 repeated row
    const QList<int> lines = rejectedLines(*r);
    CHECK(lines.contains(32));   // no OZG id
    CHECK(lines.contains(5251)); // LeiKa key "25323525"
    CHECK(lines.contains(5252)); // LeiKa key "3233"
    CHECK(*ozg.catalogueSize() == r->added);
    auto again = ozg.importCatalogueFile(p.pm, path);
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->updated == 0);
    CHECK(again->unchanged == r->added);
    CHECK(*ozg.catalogueSize() == r->added);
    CHECK(ozg.catalogueEntryByKey(QStringLiteral("99012001000000"))->ozgId == QStringLiteral("10513"));
}

TEST_CASE("offered services: permissions, levels, history, target, distribution", "[programme]")
{
    Programme p;
    p.importSmallCatalogue();
    OzgServices ozg(p.store.db());
    ServiceDraft draft;
    draft.catalogueEntry = p.entry(QStringLiteral("99012001000000"));
    draft.department = p.d32;
    draft.now = {MaturityModel::V2_0, 1};
    draft.target = {MaturityModel::V2_0, 3};

    SECTION("permission matrix")
    {
        ServiceDraft in51 = draft;
        in51.department = p.d51;
        CHECK(ozg.offer(p.officer32, in51).error().code == ErrorCode::PermissionDenied);
        CHECK(ozg.offer(p.clerk32, draft).error().code == ErrorCode::PermissionDenied);
        CHECK(ozg.offer(p.store.admin(), draft).error().code == ErrorCode::PermissionDenied);
        auto own = ozg.offer(p.officer32, draft);
        REQUIRE(own.ok());
        in51.catalogueEntry = p.entry(QStringLiteral("99108002000000"));
        auto other = ozg.offer(p.pm, in51);
        REQUIRE(other.ok());
        CHECK(ozg.setMaturity(p.officer32, *other, {MaturityModel::V2_0, 2}).error().code ==
              ErrorCode::PermissionDenied);
        CHECK(ozg.setMaturity(p.officer51, *other, {MaturityModel::V2_0, 2}).ok());
        CHECK(ozg.setMaturity(p.pm, *own, {MaturityModel::V2_0, 2}).ok());
        // Moving a service into another department needs the right to both.
        auto mine = ozg.service(*own);
        ServiceDraft moved = draft;
        moved.department = p.d51;
        CHECK(ozg.update(p.officer32, *own, moved, mine->rowVersion).error().code == ErrorCode::PermissionDenied);
        CHECK(ozg.offer(p.pm, draft).error().code == ErrorCode::Conflict); // offered twice
        CHECK(count(p.store.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ozg.service_offered'")) == 2);
    }
    SECTION("levels are checked against their model; the link is http(s)")
    {
        ServiceDraft d = draft;
        d.now = {MaturityModel::V1_1, 5};
        CHECK(ozg.offer(p.pm, d).error().code == ErrorCode::InvalidInput);
        d.now = {MaturityModel::V2_0, 8};
        CHECK(ozg.offer(p.pm, d).error().code == ErrorCode::InvalidInput);
        d.now = {MaturityModel::V2_0, 1};
        d.target = {MaturityModel::V1_1, 5};
        CHECK(ozg.offer(p.pm, d).error().code == ErrorCode::InvalidInput);
        d.target = {MaturityModel::V1_1, 4};
        d.link = QStringLiteral("javascript:alert(1)");
        CHECK(ozg.offer(p.pm, d).error().code == ErrorCode::InvalidInput);
        d.link = QStringLiteral("ftp://example.org/x");
        CHECK(ozg.offer(p.pm, d).error().code == ErrorCode::InvalidInput);
        d.link = QStringLiteral("https://service.kreis.example/abbruch");
        d.now = {MaturityModel::V2_0, 7};
        auto id = ozg.offer(p.pm, d);
        REQUIRE(id.ok());
        CHECK(ozg.setMaturity(p.pm, *id, {MaturityModel::V1_1, 4}).ok());
        CHECK(ozg.setMaturity(p.pm, *id, {MaturityModel::V1_1, 5}).error().code == ErrorCode::InvalidInput);
        CHECK(ozg.service(*id)->link == d.link);
        ServiceDraft none = draft;
        none.catalogueEntry = 999999;
        CHECK_FALSE(ozg.offer(p.pm, none).ok());
    }
    SECTION("the first step is dated as asked, never in the future, and the history stays")
    {
        ServiceDraft d = draft;
        d.since = QDate(2026, 3, 3); // the test store's today is 2026-03-02
        auto refused = ozg.offer(p.pm, d);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("2026-03-03")));
        d.since = QDate(2025, 11, 4);
        auto id = ozg.offer(p.pm, d);
        REQUIRE(id.ok());
        auto history = ozg.history(*id);
        REQUIRE(history.ok());
        REQUIRE(history->size() == 1);
        CHECK(history->first().date == QDate(2025, 11, 4));
        QSqlQuery remove(p.store.db().connection());
        CHECK_FALSE(remove.exec(QStringLiteral("DELETE FROM maturity_history")));
        CHECK(count(p.store.db(), QStringLiteral("SELECT count(*) FROM maturity_history")) == 1);
    }
    SECTION("history on change, done at target, row versions, distribution")
    {
        p.store.clock.set(QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC));
        auto id = ozg.offer(p.officer32, draft);
        REQUIRE(id.ok());
        ServiceDraft second = draft;
        second.catalogueEntry = p.entry(QStringLiteral("99050012000000"));
        second.now = {MaturityModel::V1_1, 2};
        second.target = {MaturityModel::V1_1, 4};
        REQUIRE(ozg.offer(p.officer32, second).ok());
        p.store.clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
        ServiceDraft third = draft;
        third.catalogueEntry = p.entry(QStringLiteral("99108002000000"));
        third.department = p.d51;
        REQUIRE(ozg.offer(p.pm, third).ok()); // offered on 2026-03-02

        REQUIRE(
            ozg.setMaturity(p.officer32, *id, {MaturityModel::V2_0, 2}, QDate(2026, 2, 1), QStringLiteral("Formular"))
                .ok());
        CHECK(ozg.setMaturity(p.officer32, *id, {MaturityModel::V2_0, 2}, QDate(2026, 3, 5)).ok()); // no change
        CHECK(ozg.setMaturity(p.officer32, *id, {MaturityModel::V2_0, 3}, QDate(2026, 3, 5)).error().code ==
              ErrorCode::InvalidInput); // in the future
        CHECK(ozg.setMaturity(p.officer32, *id, {MaturityModel::V2_0, 3}, QDate(2026, 1, 5)).error().code ==
              ErrorCode::InvalidInput); // before the last step
        auto s = ozg.service(*id);
        REQUIRE(s.ok());
        CHECK(s->status == ServiceStatus::Open);
        ServiceDraft changed = draft;
        changed.now = {MaturityModel::V2_0, 3};
        changed.status = ServiceStatus::InProgress;
        CHECK(ozg.update(p.officer32, *id, changed, s->rowVersion - 1).error().code == ErrorCode::Conflict);
        REQUIRE(ozg.update(p.officer32, *id, changed, s->rowVersion, {}, QStringLiteral("Online")).ok());
        auto h = ozg.history(*id);
        REQUIRE(h.ok());
        REQUIRE(h->size() == 3);
        CHECK(h->at(0).date == QDate(2026, 1, 10));
        CHECK(h->at(0).maturity == Maturity{MaturityModel::V2_0, 1});
        CHECK(h->at(1).date == QDate(2026, 2, 1));
        CHECK(h->at(1).comment == QStringLiteral("Formular"));
        CHECK(h->at(2).date == QDate(2026, 3, 2));
        CHECK(h->at(2).maturity.level == 3);
        CHECK(h->at(2).actorName == QStringLiteral("o.kaya"));
        CHECK(ozg.service(*id)->status == ServiceStatus::InProgress); // update keeps the status entered

        // setMaturity reaching the target: done, and it went online that day.
        REQUIRE(ozg.setMaturity(p.officer32, *id, {MaturityModel::V2_0, 2}).ok());
        CHECK(ozg.service(*id)->status == ServiceStatus::InProgress);
        REQUIRE(ozg.setMaturity(p.officer32, *id, {MaturityModel::V2_0, 4}).ok());
        s = ozg.service(*id);
        CHECK(s->status == ServiceStatus::Done);
        CHECK(s->goLive == QDate(2026, 3, 2));
        CHECK(ozg.services(ServiceFilter{p.d32, ServiceStatus::Done, {}})->size() == 1);
        CHECK(ozg.services(ServiceFilter{{}, {}, QStringLiteral("wohngeld")})->size() == 1);
        CHECK(ozg.services()->size() == 3);

        auto dist = ozg.distribution({QDate(2026, 1, 31), QDate(2026, 3, 2)});
        REQUIRE(dist.ok());
        REQUIRE(dist->size() == 4); // two days, models 1.1 and 2.0
        CHECK(dist->at(0).date == QDate(2026, 1, 31));
        CHECK(dist->at(0).model == MaturityModel::V1_1);
        CHECK(dist->at(0).countPerLevel == QList<int>{0, 0, 1, 0, 0});
        CHECK(dist->at(1).model == MaturityModel::V2_0);
        CHECK(dist->at(1).countPerLevel == QList<int>{0, 1, 0, 0, 0, 0, 0, 0}); // the 51 service is not offered yet
        CHECK(dist->at(3).date == QDate(2026, 3, 2));
        CHECK(dist->at(3).countPerLevel == QList<int>{0, 1, 0, 0, 1, 0, 0, 0});
        auto only51 = ozg.distribution({QDate(2026, 3, 2)}, p.d51);
        REQUIRE(only51.ok());
        REQUIRE(only51->size() == 1);
        CHECK(only51->at(0).countPerLevel == QList<int>{0, 1, 0, 0, 0, 0, 0, 0});
    }
}

TEST_CASE("training: validation, capacity, coverage by department and by role", "[programme]")
{
    Programme p;
    Training training(p.store.db());
    const Actor checker = p.store.user(QStringLiteral("r.pruef"), {Role::InvoiceChecker}, QStringLiteral("51"));

    auto ea = training.addCourse(
        p.officer32,
        Course{{}, QStringLiteral("EA-1"), QStringLiteral("E-Akte Grundlagen"), CourseKind::EFileTraining, {}});
    REQUIRE(ea.ok());
    auto er = training.addCourse(
        p.pm,
        Course{{}, QStringLiteral("ER-1"), QStringLiteral("E-Rechnung prüfen"), CourseKind::EInvoiceTraining, {}});
    REQUIRE(er.ok());
    CHECK(
        training.addCourse(p.pm, Course{{}, QStringLiteral("EA-1"), QStringLiteral("Again"), CourseKind::Workshop, {}})
            .error()
            .code == ErrorCode::Conflict);
    CHECK(training.addCourse(p.pm, Course{{}, QStringLiteral("-bad"), QStringLiteral("X"), CourseKind::Workshop, {}})
              .error()
              .code == ErrorCode::InvalidInput);
    CHECK(
        training.addCourse(p.pm, Course{{}, QStringLiteral("X1"), QString(), CourseKind::Workshop, {}}).error().code ==
        ErrorCode::InvalidInput);
    CHECK(training.addCourse(p.clerk32, Course{{}, QStringLiteral("X2"), QStringLiteral("X"), CourseKind::Workshop, {}})
              .error()
              .code == ErrorCode::PermissionDenied);

    auto anna = training.addStaff(p.officer32, NewStaffMember{QStringLiteral("Anna Becker"), p.d32, {}, {}, {}});
    auto bernd = training.addStaff(p.officer32, NewStaffMember{QStringLiteral("Bernd Meier"), p.d32, {}, {}, {}});
    auto carla = training.addStaff(p.pm, NewStaffMember{QStringLiteral("Carla Vogt"), p.d32, {}, {}, {}});
    auto deniz =
        training.addStaff(p.officer51, NewStaffMember{QStringLiteral("Deniz Yilmaz"), p.d51, {}, {}, checker.userId});
    auto emil = training.addStaff(p.officer51, NewStaffMember{QStringLiteral("Emil Roth"), p.d51, {}, {}, {}});
    REQUIRE((anna.ok() && bernd.ok() && carla.ok() && deniz.ok() && emil.ok()));
    CHECK(training.addStaff(p.officer51, NewStaffMember{QStringLiteral("Fremd"), p.d32, {}, {}, {}}).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(training.addStaff(p.pm, NewStaffMember{QString(201, QLatin1Char('x')), p.d32, {}, {}, {}}).error().code ==
          ErrorCode::InvalidInput);
    CHECK(training.addStaff(p.pm, NewStaffMember{QStringLiteral("Zweitkonto"), p.d51, {}, {}, checker.userId})
              .error()
              .code == ErrorCode::Conflict);

    REQUIRE(training.addRequirement(p.officer32, *ea, p.d32, {}).ok());
    CHECK(training.addRequirement(p.officer32, *ea, p.d32, {}).error().code == ErrorCode::Conflict);
    CHECK(training.addRequirement(p.pm, *er, {}, QStringLiteral("nonsense")).error().code == ErrorCode::InvalidInput);
    CHECK(training.addRequirement(p.officer51, *er, {}, QStringLiteral("invoice_checker")).error().code ==
          ErrorCode::PermissionDenied);
    CHECK(training.addRequirement(p.pm, *er, p.d32, QStringLiteral("clerk")).error().code == ErrorCode::InvalidInput);
    REQUIRE(training.addRequirement(p.pm, *er, {}, QStringLiteral("invoice_checker")).ok());
    CHECK(training.requirements()->size() == 2);

    auto s1 = training.addSession(p.officer51,
                                  CourseSession{{}, *ea, {}, QDate(2026, 2, 1), QStringLiteral("Raum 1"), {}, {}, 0});
    auto s2 = training.addSession(p.pm, CourseSession{{}, *ea, {}, QDate(2026, 4, 1), {}, {}, {}, 0});
    auto s3 = training.addSession(p.pm, CourseSession{{}, *er, {}, QDate(2026, 2, 15), {}, {}, 2, 0});
    REQUIRE((s1.ok() && s2.ok() && s3.ok()));
    CHECK(training.addSession(p.pm, CourseSession{{}, *ea, {}, QDate(), {}, {}, {}, 0}).error().code ==
          ErrorCode::InvalidInput);
    CHECK(training.addSession(p.pm, CourseSession{{}, *ea, {}, QDate(2026, 2, 1), {}, {}, 0, 0}).error().code ==
          ErrorCode::InvalidInput);

    REQUIRE(training.recordAttendance(p.officer32, *s1, *anna).ok());
    REQUIRE(training.recordAttendance(p.officer32, *s1, *anna).ok());  // a second time changes nothing
    REQUIRE(training.recordAttendance(p.officer32, *s2, *bernd).ok()); // after asOf
    REQUIRE(training.recordAttendance(p.officer32, *s1, *carla).ok());
    CHECK(training.recordAttendance(p.officer32, *s3, *deniz).error().code == ErrorCode::PermissionDenied);
    REQUIRE(training.recordAttendance(p.officer51, *s3, *deniz).ok());
    REQUIRE(training.recordAttendance(p.officer51, *s3, *emil).ok());
    CHECK(training.recordAttendance(p.pm, *s3, *anna).error().code == ErrorCode::InvalidInput); // full: capacity 2
    CHECK(training.attendees(*s1)->size() == 2);
    CHECK(training.sessions(*ea)->first().attendees == 2);

    REQUIRE(training.setStaffActive(p.officer32, *carla, false).ok());
    CHECK(training.recordAttendance(p.officer32, *s2, *carla).error().code == ErrorCode::InvalidInput);
    CHECK(training.staff(p.d32)->size() == 2);
    CHECK(training.staff(p.d32, false)->size() == 3);

    auto cov = training.coverage(QDate(2026, 3, 2));
    REQUIRE(cov.ok());
    REQUIRE(cov->size() == 2);
    CHECK(cov->at(0).departmentCode == QStringLiteral("32"));
    CHECK(cov->at(0).courseCode == QStringLiteral("EA-1"));
    CHECK(cov->at(0).required == 2); // Anna and Bernd; Carla left
    CHECK(cov->at(0).trained == 1);  // Bernd's session is after the day
    CHECK(cov->at(1).departmentCode == QStringLiteral("51"));
    CHECK(cov->at(1).courseCode == QStringLiteral("ER-1"));
    CHECK(cov->at(1).required == 1); // only Deniz holds the role; Emil attended but is not required
    CHECK(cov->at(1).trained == 1);
    auto later = training.coverage(QDate(2026, 4, 1), p.d32);
    REQUIRE(later.ok());
    REQUIRE(later->size() == 1);
    CHECK(later->first().trained == 2);

    REQUIRE(training.removeAttendance(p.officer32, *s1, *anna).ok());
    CHECK(training.coverage(QDate(2026, 3, 2), p.d32)->first().trained == 0);
}

TEST_CASE("the programme report gathers sub-projects, milestones, services and training", "[programme]")
{
    Programme p;
    p.importSmallCatalogue();
    SubProjects subProjects(p.store.db());
    auto draft = [&](const QString &code, ProgrammeArea area, DepartmentId dept, const Actor &lead) {
        SubProjectDraft d;
        d.code = code;
        d.title = QStringLiteral("Teilprojekt ") + code;
        d.area = area;
        d.description = QStringLiteral("Beschreibung ") + code;
        d.risks = QStringLiteral("keine");
        d.lead = lead.userId;
        d.department = dept;
        d.plannedStart = QDate(2026, 1, 1);
        d.plannedEnd = QDate(2026, 12, 31);
        return d;
    };
    // The programme was set up at the start of the year; reports and steps came later.
    const QDateTime setUp(QDate(2026, 1, 2), QTime(9, 30), Qt::UTC);
    const QDateTime today = p.store.clock.nowUtc();
    p.store.clock.set(setUp);
    auto tp1 = subProjects.create(p.pm, draft(QStringLiteral("TP-01"), ProgrammeArea::EFile, p.d32, p.officer32));
    SubProjectDraft d2 = draft(QStringLiteral("TP-02"), ProgrammeArea::Ozg, p.d32, p.officer32);
    d2.participating = {p.d51};
    auto tp2 = subProjects.create(p.pm, d2);
    auto tp3 = subProjects.create(p.pm, draft(QStringLiteral("TP-03"), ProgrammeArea::EInvoice, p.d51, p.officer51));
    requireOk(tp1);
    requireOk(tp2);
    requireOk(tp3);
    auto m1 = subProjects.addMilestone(p.pm, *tp1, QStringLiteral("Pilot"), QDate(2026, 2, 20));
    REQUIRE(m1.ok());
    requireOk(subProjects.addMilestone(p.pm, *tp2, QStringLiteral("Konzept"), QDate(2026, 2, 1))); // overdue
    requireOk(subProjects.addMilestone(p.pm, *tp3, QStringLiteral("Start"), QDate(2026, 3, 20)));  // due
    requireOk(subProjects.addMilestone(p.pm, *tp3, QStringLiteral("Rollout"), QDate(2026, 6, 1))); // later
    p.store.clock.set(today);
    requireOk(subProjects.addReport(
        p.pm, *tp1,
        NewStatusReport{QDate(2026, 1, 15), TrafficLight::Amber, 10, QStringLiteral("Verzug beim Scanner")}));
    requireOk(subProjects.addReport(
        p.pm, *tp1, NewStatusReport{QDate(2026, 2, 20), TrafficLight::Green, 40, QStringLiteral("Wieder im Plan")}));
    requireOk(subProjects.addReport(
        p.pm, *tp2, NewStatusReport{QDate(2026, 2, 25), TrafficLight::Red, 20, QStringLiteral("Schnittstelle fehlt")}));
    requireOk(subProjects.completeMilestone(p.pm, *m1, QDate(2026, 2, 18)));

    OzgServices ozg(p.store.db());
    ServiceDraft s;
    s.catalogueEntry = p.entry(QStringLiteral("99012001000000"));
    s.department = p.d32;
    s.subProject = *tp2;
    s.now = {MaturityModel::V2_0, 1};
    s.goLive = QDate(2026, 2, 15);
    s.since = QDate(2026, 1, 10);
    auto offered = ozg.offer(p.pm, s);
    REQUIRE(offered.ok());
    requireOk(ozg.setMaturity(p.pm, *offered, {MaturityModel::V2_0, 3}, QDate(2026, 2, 15)));
    s.since = {};
    s.catalogueEntry = p.entry(QStringLiteral("99108002000000"));
    s.department = p.d51;
    s.subProject.reset();
    s.now = {MaturityModel::V2_0, 1};
    s.goLive = {};
    REQUIRE(ozg.offer(p.pm, s).ok());

    Training training(p.store.db());
    auto course = training.addCourse(
        p.pm, Course{{}, QStringLiteral("EA-1"), QStringLiteral("E-Akte"), CourseKind::EFileTraining, {}});
    auto anna = training.addStaff(p.pm, NewStaffMember{QStringLiteral("Anna Becker"), p.d32, {}, {}, {}});
    auto emil = training.addStaff(p.pm, NewStaffMember{QStringLiteral("Emil Roth"), p.d51, {}, {}, {}});
    REQUIRE((course.ok() && anna.ok() && emil.ok()));
    REQUIRE(training.addRequirement(p.pm, *course, p.d32, {}).ok());
    auto inPeriod = training.addSession(p.pm, CourseSession{{}, *course, {}, QDate(2026, 2, 10), {}, {}, {}, 0});
    auto before = training.addSession(p.pm, CourseSession{{}, *course, {}, QDate(2025, 11, 10), {}, {}, {}, 0});
    REQUIRE((inPeriod.ok() && before.ok()));
    REQUIRE(training.recordAttendance(p.pm, *inPeriod, *anna).ok());
    REQUIRE(training.recordAttendance(p.pm, *inPeriod, *emil).ok());
    REQUIRE(training.recordAttendance(p.pm, *before, *emil).ok());

    auto data = ProgrammeReport::gather(p.store.db(), p.clerk32, ProgrammeReportRequest{QDate(2026, 3, 2), {}, 30});
    REQUIRE(data.ok());
    CHECK(data->scope == QStringLiteral("Whole programme"));
    CHECK(data->periodStart == QDate(2026, 1, 31));
    REQUIRE(data->subProjects.size() == 3);
    CHECK(data->subProjects.at(0).subProject.code == QStringLiteral("TP-01"));
    CHECK(data->subProjects.at(0).trafficLight == TrafficLight::Green);
    CHECK(data->subProjects.at(1).trafficLight == TrafficLight::Red);
    CHECK(data->subProjects.at(2).trafficLight == TrafficLight::None);
    CHECK_FALSE(data->subProjects.at(2).latest.has_value());
    REQUIRE(data->byArea.size() == ProgrammeTerms::areas().size());
    for (const TrafficCount &c : data->byArea) {
        if (c.key == ProgrammeTerms::key(ProgrammeArea::EFile))
            CHECK(c.count.value(TrafficLight::Green) == 1);
        if (c.key == ProgrammeTerms::key(ProgrammeArea::Training))
            CHECK(c.count.value(TrafficLight::Green) + c.count.value(TrafficLight::None) == 0);
    }
    REQUIRE(data->byDepartment.size() == 2);
    CHECK(data->byDepartment.at(0).key == QStringLiteral("32"));
    CHECK(data->byDepartment.at(0).label == QStringLiteral("32 Department 32"));
    CHECK(data->byDepartment.at(0).count.value(TrafficLight::Green) == 1);
    CHECK(data->byDepartment.at(0).count.value(TrafficLight::Red) == 1);
    CHECK(data->byDepartment.at(1).count.value(TrafficLight::None) == 1);
    REQUIRE(data->phases.size() == 7);
    CHECK(data->phases.first().second == 3); // all start as ideas
    CHECK(data->reached.size() == 1);
    CHECK(data->due.size() == 1);
    CHECK(data->overdue.size() == 1);
    CHECK(data->overdue.first().title == QStringLiteral("Konzept"));
    CHECK(data->services.size() == 2);
    REQUIRE(data->wentOnline.size() == 1);
    CHECK(data->wentOnline.first().department == p.d32);
    REQUIRE(data->maturityNow.size() == 1);
    CHECK(data->maturityNow.first().countPerLevel.value(3) == 1);
    CHECK(data->maturityHistory.size() == 13);
    CHECK(data->maturityHistory.first().date == QDate(2025, 3, 31));
    CHECK(data->maturityHistory.at(11).date == QDate(2026, 2, 28));
    REQUIRE(data->coverage.size() == 1);
    CHECK(data->coverage.first().trained == 1);
    CHECK(data->sessionsInPeriod == 1);
    CHECK(data->attendancesInPeriod == 2);

    SECTION("earlier date: the programme as it stood then")
    {
        // Since the day of the report: TP-01 moved on a phase, TP-04 was set up, the service
        // reached level 3 and went online, the milestone "Pilot" was reached.
        WorkflowEngine engine(p.store.db());
        REQUIRE(engine.take(p.pm, subProjects.get(*tp1)->workflowItem, {QStringLiteral("start_concept"), {}, {}, {}}).ok());
        requireOk(subProjects.create(p.pm, draft(QStringLiteral("TP-04"), ProgrammeArea::EFile, p.d32, p.officer32)));
        REQUIRE(ProgrammeReport::gather(p.store.db(), p.clerk32, ProgrammeReportRequest{QDate(2026, 3, 2), {}, 30})
                    ->subProjects.size() == 4);

        auto earlier = ProgrammeReport::gather(p.store.db(), p.clerk32, ProgrammeReportRequest{QDate(2026, 2, 10), {}, 30});
        REQUIRE(earlier.ok());
        REQUIRE(earlier->subProjects.size() == 3);
        const ReportedSubProject &first = earlier->subProjects.at(0);
        CHECK(first.subProject.code == QStringLiteral("TP-01"));
        CHECK(first.trafficLight == TrafficLight::Amber);
        CHECK(first.subProject.trafficLight == TrafficLight::Amber);
        CHECK(first.subProject.progress == 10);
        CHECK(first.subProject.phase == QStringLiteral("idea"));
        REQUIRE(first.milestones.size() == 1);
        CHECK_FALSE(first.milestones.first().done.isValid());
        CHECK(earlier->subProjects.at(1).trafficLight == TrafficLight::None);
        CHECK(earlier->phases.first().second == 3);
        CHECK(earlier->reached.isEmpty());
        CHECK(earlier->wentOnline.isEmpty());
        REQUIRE(earlier->services.size() == 1); // the second was offered on the day of the report
        CHECK(earlier->services.first().now.level == 1);
        CHECK_FALSE(earlier->services.first().goLive.isValid());
        REQUIRE(earlier->maturityNow.size() == 1);
        CHECK(earlier->maturityNow.first().countPerLevel.value(1) == 1);
        CHECK(earlier->maturityNow.first().countPerLevel.value(3) == 0);

        auto beforeStart = ProgrammeReport::gather(p.store.db(), p.clerk32, ProgrammeReportRequest{QDate(2025, 12, 1), {}, 30});
        REQUIRE(beforeStart.ok());
        CHECK(beforeStart->subProjects.isEmpty());
        CHECK(beforeStart->services.isEmpty());
    }
    SECTION("one department: what it sponsors or takes part in")
    {
        auto d51 =
            ProgrammeReport::gather(p.store.db(), p.clerk32, ProgrammeReportRequest{QDate(2026, 3, 2), p.d51, 30});
        REQUIRE(d51.ok());
        CHECK(d51->scope == QStringLiteral("Department 51"));
        REQUIRE(d51->subProjects.size() == 2);
        CHECK(d51->subProjects.at(0).subProject.code == QStringLiteral("TP-02"));
        CHECK(d51->services.size() == 1);
        CHECK(d51->wentOnline.isEmpty());
        CHECK(d51->coverage.isEmpty());
        CHECK(d51->sessionsInPeriod == 1);
        CHECK(d51->attendancesInPeriod == 1);
        CHECK(ProgrammeReport::gather(p.store.db(), p.clerk32,
                                      ProgrammeReportRequest{QDate(2026, 3, 2), DepartmentId(9999), 30})
                  .error()
                  .code == ErrorCode::NotFound);
    }
}
