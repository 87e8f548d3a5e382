#include "support/teststore.h"

#include "efile/documentindexer.h"
#include "efile/documentsearch.h"
#include "efile/documentservice.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "maintenance/storeverifier.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace amtsdesk;

namespace {

struct Archive {
    Archive()
    {
        admin = store.admin();
        AccessService access = store.access();
        REQUIRE(access.createDepartment(admin, QStringLiteral("63"), QStringLiteral("Bauaufsicht")).ok());
        REQUIRE(access.createDepartment(admin, QStringLiteral("51"), QStringLiteral("Jugend")).ok());
        FilePlan plan(store.db());
        REQUIRE(
            plan.addUnit(
                    admin,
                    PlanUnit{
                        {}, QStringLiteral("63"), QStringLiteral("Bauaufsicht"), {}, {}, {}, QStringLiteral("63"), 30})
                .ok());
        REQUIRE(
            plan.addUnit(
                    admin,
                    PlanUnit{
                        {}, QStringLiteral("51"), QStringLiteral("Jugendhilfe"), {}, {}, {}, QStringLiteral("51"), 10})
                .ok());
        clerk = store.user(QStringLiteral("u.krause"), {Role::Clerk}, QStringLiteral("63"));
        youth = store.user(QStringLiteral("n.werner"), {Role::Clerk}, QStringLiteral("51"));
        buildingFile = *FileService(store.db())
                            .createFile(clerk, NewFile{QStringLiteral("63"),
                                                       QStringLiteral("Neubau Einfamilienhaus Müllerstraße 3"),
                                                       {},
                                                       Confidentiality::Open,
                                                       {},
                                                       {}});
        buildingCase = *FileService(store.db()).createCase(clerk, buildingFile, QStringLiteral("Bauantrag"));
        youthFile = *FileService(store.db())
                         .createFile(youth, NewFile{QStringLiteral("51"),
                                                    QStringLiteral("Hilfe zur Erziehung"),
                                                    {},
                                                    Confidentiality::Open,
                                                    {},
                                                    {}});
        youthCase = *FileService(store.db()).createCase(youth, youthFile, QStringLiteral("Antrag"));
    }

    DocumentId add(const Actor &actor, CaseId caseId, const QString &name, const QByteArray &text, QDate date = {})
    {
        const QString path = store.dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        auto id = DocumentService(store.db())
                      .addDocument(actor, NewDocument{caseId, {}, Direction::Incoming, date, {}, {}}, path);
        REQUIRE(id.ok());
        DocumentIndexer indexer(store.db(), nullptr);
        auto outcomes = indexer.indexPending();
        REQUIRE(outcomes.ok());
        return *id;
    }

    QStringList titles(const Actor &actor, const QString &query, int rankWindow = DocumentSearch::kRankWindow,
                       int limit = 50)
    {
        auto hits = DocumentSearch(store.db(), rankWindow).search(actor, query, limit);
        if (!hits)
            FAIL(hits.error().message.toStdString());
        QStringList result;
        for (const SearchHit &h : *hits)
            result << h.title;
        return result;
    }

    TestStore store;
    Actor admin, clerk, youth;
    FileId buildingFile, youthFile;
    CaseId buildingCase, youthCase;
};

} // namespace

TEST_CASE("search finds German words in every spelling, with prefixes, phrases and operators", "[search][efile]")
{
    Archive a;
    a.add(a.clerk, a.buildingCase, QStringLiteral("Bauantrag.txt"),
          "Bauantrag von Herrn Jürgen Müller für die Straße am Gänsemarkt.\n");
    a.add(a.clerk, a.buildingCase, QStringLiteral("Stellungnahme.txt"),
          "Stellungnahme des Umweltamts: keine Bedenken gegen die Baugenehmigung.\n");
    a.add(a.clerk, a.buildingCase, QStringLiteral("Gebuehrenbescheid.txt"),
          "Gebuehrenbescheid fuer Herrn Mueller, Strasse am Gaensemarkt\n");

    for (const QString &spelling : {QStringLiteral("Müller"), QStringLiteral("Mueller"), QStringLiteral("Muller")}) {
        QStringList found = a.titles(a.clerk, spelling);
        found.sort();
        REQUIRE(found == QStringList{QStringLiteral("Bauantrag"), QStringLiteral("Gebuehrenbescheid")});
    }
    REQUIRE(a.titles(a.clerk, QStringLiteral("Straße")).size() == 2);
    REQUIRE(a.titles(a.clerk, QStringLiteral("strasse")).size() == 2);
    REQUIRE(a.titles(a.clerk, QStringLiteral("Bau*")).size() == 2); // Bauantrag, Baugenehmigung
    REQUIRE(a.titles(a.clerk, QStringLiteral("\"keine Bedenken\"")) == QStringList{QStringLiteral("Stellungnahme")});
    REQUIRE(a.titles(a.clerk, QStringLiteral("Müller NOT Gebühren*")) == QStringList{QStringLiteral("Bauantrag")});
    REQUIRE(a.titles(a.clerk, QStringLiteral("Umweltamt* OR Gebührenbescheid")).size() == 2);
    // A prefix longer than the index's own (4) is searched as the words of the index it begins.
    auto plan = DocumentSearch(a.store.db()).plan(a.clerk, QStringLiteral("Gebühren* OR Baugenehm* OR Zyxwvut*"));
    REQUIRE(plan.ok());
    CHECK(plan->words.contains(QStringLiteral("\"gebuhrenbescheid\" OR \"baugenehmigung\" OR \"zyxwvut\"*")));
    CHECK(plan->phrases == 3);
    REQUIRE(a.titles(a.clerk, QStringLiteral("Gebühren* OR Baugenehm* OR Zyxwvut*")).size() == 2);
    REQUIRE(a.titles(a.clerk, QStringLiteral("Stellungnahm*")) == QStringList{QStringLiteral("Stellungnahme")});
    REQUIRE(a.titles(a.clerk, QStringLiteral("Bauantrag -Stellungnahm*")) == QStringList{QStringLiteral("Bauantrag")});
    // Titles and the file's subject are searched too.
    REQUIRE(a.titles(a.clerk, QStringLiteral("Einfamilienhaus")).size() == 3);

    auto hits = DocumentSearch(a.store.db()).search(a.clerk, QStringLiteral("Gänsemarkt"));
    REQUIRE(hits->size() == 2);
    const SearchHit &first = hits->first();
    REQUIRE(first.page == 1);
    REQUIRE(first.referenceNumber == QStringLiteral("63-63-0001/2026"));
    REQUIRE(first.snippet.contains(DocumentSearch::kHitStart));
}

TEST_CASE("search shows only what the person may read, and filters narrow it", "[search][efile]")
{
    Archive a;
    a.add(a.clerk, a.buildingCase, QStringLiteral("Bescheid.txt"), "Bescheid über den Antrag\n", QDate(2026, 2, 1));
    a.add(a.youth, a.youthCase, QStringLiteral("Hilfeplan.txt"), "Hilfeplan zum Antrag\n", QDate(2026, 3, 1));
    REQUIRE(a.titles(a.clerk, QStringLiteral("Antrag")) == QStringList{QStringLiteral("Bescheid")});
    REQUIRE(a.titles(a.youth, QStringLiteral("Antrag")) == QStringList{QStringLiteral("Hilfeplan")});
    const Actor both = a.store.user(QStringLiteral("both"), {Role::Clerk}, QStringLiteral("63"));
    REQUIRE(a.store.access()
                .addDeputy(a.admin, a.youth.userId, both.userId, a.store.clock.today(), a.store.clock.today())
                .ok());
    auto deputy = a.store.access().actAsDeputy(both, QStringLiteral("n.werner"));
    REQUIRE(a.titles(*deputy, QStringLiteral("Antrag")).size() == 2);
    REQUIRE(a.titles(*deputy, QStringLiteral("Antrag oe:51")) == QStringList{QStringLiteral("Hilfeplan")});
    REQUIRE(a.titles(*deputy, QStringLiteral("Antrag akte:63-")) == QStringList{QStringLiteral("Bescheid")});
    REQUIRE(a.titles(*deputy, QStringLiteral("Antrag von:2026-02-15")) == QStringList{QStringLiteral("Hilfeplan")});
    REQUIRE(a.titles(*deputy, QStringLiteral("Antrag bis:15.2.2026")) == QStringList{QStringLiteral("Bescheid")});
    REQUIRE(a.titles(*deputy, QStringLiteral("Antrag typ:txt")).size() == 2);
    REQUIRE(a.titles(*deputy, QStringLiteral("Antrag typ:pdf")).isEmpty());
    REQUIRE(a.titles(*deputy, QStringLiteral("Antrag status:Eingang")).size() == 2);
    REQUIRE(a.titles(*deputy, QStringLiteral("Antrag status:Mitzeichnung")).isEmpty());
}

TEST_CASE("bad search text gets a helpful message, never an SQL error", "[search][efile]")
{
    Archive a;
    DocumentSearch search(a.store.db());
    for (const QString &bad :
         {QStringLiteral("\"offen"), QStringLiteral("(Bau"), QStringLiteral("AND Bau"), QStringLiteral("NOT Bau"),
          QStringLiteral("b*"), QStringLiteral("oe:63"), QStringLiteral("Bau von:gestern")}) {
        INFO(bad.toStdString());
        auto r = search.search(a.clerk, bad);
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.error().code == ErrorCode::InvalidInput);
        REQUIRE_FALSE(r.error().message.contains(QStringLiteral("SQL")));
    }
}

TEST_CASE("a new version replaces the old text in the index, the store verifies", "[search][efile]")
{
    Archive a;
    const DocumentId doc =
        a.add(a.clerk, a.buildingCase, QStringLiteral("Entwurf.txt"), "Erster Entwurf mit Dachgaube\n");
    const QString v2 = a.store.dir.filePath(QStringLiteral("Entwurf2.txt"));
    QFile f(v2);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Zweiter Entwurf mit Carport\n");
    f.close();
    REQUIRE(DocumentService(a.store.db()).addVersion(a.clerk, doc, v2).ok());
    REQUIRE(DocumentIndexer(a.store.db(), nullptr).indexPending().ok());
    REQUIRE(a.titles(a.clerk, QStringLiteral("Dachgaube")).isEmpty());
    REQUIRE(a.titles(a.clerk, QStringLiteral("Carport")) == QStringList{QStringLiteral("Entwurf")});
    // Windows-1252 text from an old system is read too.
    a.add(a.clerk, a.buildingCase, QStringLiteral("alt.txt"),
          "Ged\xe4"
          "chtnisprotokoll zur Ortsbesichtigung\n");
    REQUIRE(a.titles(a.clerk, QStringLiteral("Gedächtnisprotokoll")) == QStringList{QStringLiteral("alt")});
    REQUIRE(StoreVerifier::run(a.store.db()).ok());
}

TEST_CASE("a version read after a newer one never replaces the newer text", "[search][efile]")
{
    // As when a crash left version 1 pending, or another process read it meanwhile.
    Archive a;
    const QString v1 = a.store.dir.filePath(QStringLiteral("Plan.txt"));
    const QString v2 = a.store.dir.filePath(QStringLiteral("Plan2.txt"));
    for (const auto &[path, text] : {std::pair{v1, "Lageplan mit Garage\n"}, std::pair{v2, "Lageplan mit Carport\n"}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    DocumentService documents(a.store.db());
    const DocumentId doc =
        *documents.addDocument(a.clerk, NewDocument{a.buildingCase, {}, Direction::Incoming, {}, {}, {}}, v1);
    const VersionId second = *documents.addVersion(a.clerk, doc, v2);
    DocumentIndexer indexer(a.store.db(), nullptr);
    REQUIRE(indexer.indexVersion(second).ok());
    REQUIRE(indexer.indexVersion(documents.versions(a.clerk, doc)->first().id).ok());
    CHECK(a.titles(a.clerk, QStringLiteral("Carport")) == QStringList{QStringLiteral("Plan")});
    CHECK(a.titles(a.clerk, QStringLiteral("Garage")).isEmpty());
    CHECK(DocumentIndex(a.store.db()).pending(10)->isEmpty());
    const VerifyReport report = StoreVerifier::run(a.store.db());
    INFO(report.describe().join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
}

TEST_CASE("ranking: metadata and frequent hits first, rare words weigh more, common words rank the newest pages",
          "[search][efile]")
{
    Archive a;
    a.add(a.clerk, a.buildingCase, QStringLiteral("Einmal.txt"), "Der Bescheid ging an den Antragsteller.\n");
    a.add(a.clerk, a.buildingCase, QStringLiteral("Dreimal.txt"), "Bescheid, Bescheid und noch ein Bescheid.\n");
    a.add(a.clerk, a.buildingCase, QStringLiteral("Bescheid.txt"), "Ohne das Wort im Text, nur im Titel.\n");
    REQUIRE(a.titles(a.clerk, QStringLiteral("Bescheid")) ==
            QStringList{QStringLiteral("Bescheid"), QStringLiteral("Dreimal"), QStringLiteral("Einmal")});

    // Of two words, the one on fewer pages counts more: one hit of the rare word beats two of the common one.
    a.add(a.clerk, a.buildingCase, QStringLiteral("Selten.txt"), "Ein Widerspruch.\n");
    a.add(a.clerk, a.buildingCase, QStringLiteral("Haeufig.txt"), "Antrag Antrag.\n");
    for (int i = 0; i < 6; ++i)
        a.add(a.clerk, a.buildingCase, QStringLiteral("Antrag%1.txt").arg(i), "Ein Antrag mehr.\n");
    REQUIRE(a.titles(a.clerk, QStringLiteral("Widerspruch OR Antrag")).first() == QStringLiteral("Selten"));

    // With a window of three pages, a word on more pages is ranked on the newest three; the older
    // page with the most hits is not among them. Filters that keep only older pages still find them.
    Archive b;
    b.add(b.clerk, b.buildingCase, QStringLiteral("Alt.txt"), "Gebühr Gebühr Gebühr Gebühr\n");
    const FileId other =
        *FileService(b.store.db())
             .createFile(
                 b.clerk,
                 NewFile{QStringLiteral("63"), QStringLiteral("Zweite Akte"), {}, Confidentiality::Open, {}, {}});
    const CaseId otherCase = *FileService(b.store.db()).createCase(b.clerk, other, QStringLiteral("Vorgang"));
    for (int i = 0; i < 4; ++i)
        b.add(b.clerk, otherCase, QStringLiteral("Neu%1.txt").arg(i), i == 3 ? "Gebühr Gebühr\n" : "Gebühr\n");
    const QStringList newest = b.titles(b.clerk, QStringLiteral("Gebühr"), 3, 2);
    REQUIRE(newest.size() == 2);
    REQUIRE(newest.first() == QStringLiteral("Neu3"));
    REQUIRE_FALSE(newest.contains(QStringLiteral("Alt")));
    REQUIRE(b.titles(b.clerk, QStringLiteral("Gebühr"), DocumentSearch::kRankWindow, 2).first() ==
            QStringLiteral("Alt"));
    auto reference = FileService(b.store.db()).file(b.clerk, b.buildingFile);
    REQUIRE(reference.ok());
    REQUIRE(b.titles(b.clerk, QStringLiteral("Gebühr akte:") + reference->referenceNumber, 3, 2) ==
            QStringList{QStringLiteral("Alt")});
}

TEST_CASE("the index's tags follow a document whose date, case or department changes", "[search][efile]")
{
    Archive a;
    a.add(a.clerk, a.buildingCase, QStringLiteral("Bescheid.txt"), "Bescheid über den Antrag\n", QDate(2026, 2, 1));
    Database &db = a.store.db();
    REQUIRE(a.titles(a.clerk, QStringLiteral("Antrag von:2026-02-01 bis:2026-02-28")) ==
            QStringList{QStringLiteral("Bescheid")});
    // The tags (department, month, file, case) are written by triggers; change each under them.
    REQUIRE(db.exec(QStringLiteral("UPDATE documents SET document_date = '2025-07-04'")).ok());
    REQUIRE(a.titles(a.clerk, QStringLiteral("Antrag von:2026-02-01 bis:2026-02-28")).isEmpty());
    REQUIRE(a.titles(a.clerk, QStringLiteral("Antrag von:2025-07-01 bis:2025-07-31")) ==
            QStringList{QStringLiteral("Bescheid")});
    const CaseId second = *FileService(db).createCase(a.clerk, a.buildingFile, QStringLiteral("Widerspruch"));
    REQUIRE(db.exec(QStringLiteral("UPDATE documents SET case_id = ?"), {second.value}).ok());
    REQUIRE(a.titles(a.clerk, QStringLiteral("Antrag status:Eingang")) == QStringList{QStringLiteral("Bescheid")});
    REQUIRE(db.exec(QStringLiteral("UPDATE files SET lead_department_id = (SELECT id FROM departments WHERE code = "
                                   "'51') WHERE id = ?"),
                    {a.buildingFile.value})
                .ok());
    REQUIRE(a.titles(a.clerk, QStringLiteral("Antrag")).isEmpty());
    REQUIRE(a.titles(a.youth, QStringLiteral("Antrag oe:51")) == QStringList{QStringLiteral("Bescheid")});
    REQUIRE(a.titles(a.youth, QStringLiteral("Antrag oe:63")).isEmpty());
    // The plan unit is not a tag: plan: names the files under it when the search runs.
    REQUIRE(a.titles(a.youth, QStringLiteral("Antrag plan:63")) == QStringList{QStringLiteral("Bescheid")});
    REQUIRE(a.titles(a.youth, QStringLiteral("Antrag plan:51")).isEmpty());
    REQUIRE(StoreVerifier::run(db).ok());
}

TEST_CASE("a store whose index has no tags (schema 7) is migrated and searched as before", "[search][efile]")
{
    Archive a;
    a.add(a.clerk, a.buildingCase, QStringLiteral("Bescheid.txt"), "Bescheid über den Antrag\n", QDate(2026, 2, 1));
    a.add(a.youth, a.youthCase, QStringLiteral("Hilfeplan.txt"), "Hilfeplan zum Antrag\n", QDate(2026, 3, 1));
    // Back to the index of schemas 4 to 7 (resources/sql/0004_search.sql), as an older store has it.
    for (const char *sql :
         {"DROP TRIGGER documents_retag_before", "DROP TRIGGER documents_retag_after", "DROP TRIGGER cases_retag_before",
          "DROP TRIGGER cases_retag_after", "DROP TRIGGER files_retag_before", "DROP TRIGGER files_retag_after",
          "DROP TRIGGER document_text_indexed", "DROP TRIGGER document_text_removed", "DROP INDEX IF EXISTS documents_day",
          "DROP TABLE document_fts", "DROP VIEW document_search", "DROP VIEW search_tags",
          "CREATE VIRTUAL TABLE document_fts USING fts5(meta, body, content='document_text', content_rowid='id', "
          "tokenize='amtsdesk_german', prefix='2 3 4')",
          "CREATE TRIGGER document_text_indexed AFTER INSERT ON document_text BEGIN INSERT INTO document_fts(rowid, "
          "meta, body) VALUES (new.id, new.meta, new.body); END",
          "CREATE TRIGGER document_text_removed AFTER DELETE ON document_text BEGIN INSERT INTO "
          "document_fts(document_fts, rowid, meta, body) VALUES ('delete', old.id, old.meta, old.body); END",
          "INSERT INTO document_fts(document_fts) VALUES ('rebuild')", "PRAGMA user_version = 7"}) {
        INFO(sql);
        REQUIRE(a.store.db().exec(QString::fromLatin1(sql)).ok());
    }
    a.store.database.reset();
    auto reopened = Database::open(a.store.path(), a.store.clock);
    REQUIRE(reopened.ok());
    a.store.database = std::move(*reopened);
    REQUIRE(a.store.db().schemaVersion() == Database::latestSchemaVersion());
    REQUIRE(a.titles(a.clerk, QStringLiteral("Antrag")) == QStringList{QStringLiteral("Bescheid")});
    REQUIRE(a.titles(a.youth, QStringLiteral("Antrag")) == QStringList{QStringLiteral("Hilfeplan")});
    REQUIRE(a.titles(a.youth, QStringLiteral("Antrag von:2026-03-01 akte:51-")) ==
            QStringList{QStringLiteral("Hilfeplan")});
    REQUIRE(a.titles(a.youth, QStringLiteral("Antrag bis:2026-02-28")).isEmpty());
    // New documents are indexed with their tags.
    a.add(a.youth, a.youthCase, QStringLiteral("Vermerk.txt"), "Vermerk zum Antrag\n", QDate(2026, 4, 1));
    REQUIRE(a.titles(a.youth, QStringLiteral("Antrag von:2026-04-01")) == QStringList{QStringLiteral("Vermerk")});
    REQUIRE(StoreVerifier::run(a.store.db()).ok());
}

TEST_CASE("the search index is merged into one segment in steps, and finds the same afterwards", "[search][efile]")
{
    Archive a;
    // Each document is indexed in a transaction of its own, each of which adds a segment.
    const QStringList words{QStringLiteral("Dachgaube"), QStringLiteral("Carport"), QStringLiteral("Wintergarten"),
                            QStringLiteral("Dachgauben"), QStringLiteral("Garage"), QStringLiteral("Carports")};
    for (const QString &word : words)
        a.add(a.clerk, a.buildingCase, word + QStringLiteral(".txt"), (QStringLiteral("Antrag auf ") + word + QLatin1Char('\n')).toUtf8());
    const auto segments = [&] {
        return a.store.db().scalar(QStringLiteral("SELECT count(DISTINCT segid) FROM document_fts_idx"))->toInt();
    };
    REQUIRE(segments() > 1);
    const QStringList before = a.titles(a.clerk, QStringLiteral("Dach* OR Carport*"));
    REQUIRE(before.size() == 4);

    int asked = 0;
    auto steps = DocumentIndex(a.store.db()).mergeSegments([&](int) { return ++asked < 100; });
    REQUIRE(steps.ok());
    REQUIRE(*steps >= 1);
    REQUIRE(asked == *steps);
    REQUIRE(segments() == 1);
    REQUIRE(a.titles(a.clerk, QStringLiteral("Dach* OR Carport*")) == before);
    REQUIRE(a.store.db().exec(QStringLiteral("INSERT INTO document_fts(document_fts) VALUES ('integrity-check')")).ok());
    // Merged already: nothing to do.
    REQUIRE(*DocumentIndex(a.store.db()).mergeSegments() == 0);

    // Stopped after its first step, the merge leaves a whole index that the next merge finishes.
    a.add(a.clerk, a.buildingCase, QStringLiteral("Nachtrag.txt"), "Nachtrag Dachgaube\n");
    a.add(a.clerk, a.buildingCase, QStringLiteral("Nachtrag2.txt"), "Zweiter Nachtrag Carport\n");
    REQUIRE(segments() > 1);
    REQUIRE(*DocumentIndex(a.store.db()).mergeSegments([](int) { return false; }) == 1);
    REQUIRE(a.titles(a.clerk, QStringLiteral("Nachtrag")).size() == 2);
    REQUIRE(DocumentIndex(a.store.db()).mergeSegments().ok());
    REQUIRE(segments() == 1);
    REQUIRE(StoreVerifier::run(a.store.db()).ok());
}
