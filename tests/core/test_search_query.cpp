#include "search/germantokenizer.h"
#include "search/searchextensions.h"
#include "search/searchquery.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

using namespace amtsdesk;
using namespace Qt::StringLiterals;

namespace {

const QStringList kFilters = {u"akte"_s, u"oe"_s, u"von"_s, u"bis"_s, u"typ"_s, u"status"_s};

QString matchOf(const QString &text)
{
    const auto parsed = SearchQuery::parse(text, kFilters);
    if (!parsed.ok())
        return QStringLiteral("error: ") + parsed.error().message;
    return parsed->match;
}

// The error message for text, or an empty string when it parses.
QString errorOf(const QString &text)
{
    const auto parsed = SearchQuery::parse(text, kFilters);
    if (parsed.ok())
        return {};
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    return parsed.error().message;
}

// A small case file index in an in-memory FTS5 table with the German tokenizer.
class CaseIndex {
public:
    CaseIndex()
    {
        REQUIRE(sqlite3_open(":memory:", &m_db) == SQLITE_OK);
        REQUIRE(registerSearchExtensions(m_db).ok());
        REQUIRE(sqlite3_exec(m_db, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='amtsdesk_german', prefix='2 3')",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        const char16_t *bodies[] = {
            u"Bauantrag von Frau Müller für die Garage",         // 1
            u"Baugenehmigung für Herrn Mueller, Straße am Bach", // 2
            u"Entwurf: Bauantrag Meier",                         // 3
            u"Gebührenbescheid Strasse 12, Frau Muller",         // 4
            u"Kopie der Baugenehmigung Meier",                   // 5
            u"Anhörung zum B-Plan Nr. 34 \"Am Feuerwehrhaus\"",  // 6
        };
        for (const char16_t *body : bodies) {
            const QByteArray utf8 = QString::fromUtf16(body).toUtf8();
            sqlite3_stmt *statement = nullptr;
            REQUIRE(sqlite3_prepare_v2(m_db, "INSERT INTO t(body) VALUES (?1)", -1, &statement, nullptr) == SQLITE_OK);
            sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            REQUIRE(sqlite3_step(statement) == SQLITE_DONE);
            sqlite3_finalize(statement);
        }
    }
    ~CaseIndex() { sqlite3_close(m_db); }
    CaseIndex(const CaseIndex &) = delete;
    CaseIndex &operator=(const CaseIndex &) = delete;

    // Runs a MATCH expression as a bound parameter; error receives SQLite's message on failure.
    QList<qint64> run(const QString &match, QString *error)
    {
        QList<qint64> rows;
        sqlite3_stmt *statement = nullptr;
        int rc =
            sqlite3_prepare_v2(m_db, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid", -1, &statement, nullptr);
        if (rc == SQLITE_OK) {
            const QByteArray utf8 = match.toUtf8();
            sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
                rows.append(sqlite3_column_int64(statement, 0));
        }
        if (rc != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(statement);
        return rows;
    }

    // Parses what a clerk typed and runs it; any parse or SQL error fails the test.
    QList<qint64> search(const QString &text)
    {
        const auto parsed = SearchQuery::parse(text, kFilters);
        INFO(text.toStdString());
        REQUIRE(parsed.ok());
        QString error;
        const QList<qint64> rows = run(parsed->match, &error);
        INFO(parsed->match.toStdString());
        REQUIRE(error.isEmpty());
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
};

QList<qint64> rows(std::initializer_list<qint64> ids)
{
    return QList<qint64>(ids);
}

struct Expected {
    const char16_t *input;
    const char16_t *match;
};

// What the clerk types → the MATCH expression. Used twice: for the strings and against SQLite.
const Expected kExpected[] = {
    {u"Müller", u"\"muller\""},
    {u"Mueller", u"\"muller\""},
    {u"MÜLLER", u"\"muller\""},
    {u"Straße", u"\"strasse\""},
    {u"Bau*", u"\"bau\"*"},
    {u"Bau**", u"\"bau\"*"},
    {u"Müller Bau*", u"\"muller\" AND \"bau\"*"},
    {u"  Müller \t Bau*  ", u"\"muller\" AND \"bau\"*"},
    {u"\"Frau Müller\"", u"\"frau muller\""},
    {u"\"Frau Mü\"*", u"\"frau mu\"*"},
    {u"Müller OR Meier", u"\"muller\" OR \"meier\""},
    {u"Müller ODER Meier", u"\"muller\" OR \"meier\""},
    {u"Müller AND Meier", u"\"muller\" AND \"meier\""},
    {u"Müller UND Meier", u"\"muller\" AND \"meier\""},
    {u"Müller -Entwurf", u"\"muller\" NOT \"entwurf\""},
    {u"Müller NOT Entwurf", u"\"muller\" NOT \"entwurf\""},
    {u"Müller NICHT Entwurf", u"\"muller\" NOT \"entwurf\""},
    {u"Müller UND NICHT Entwurf", u"\"muller\" NOT \"entwurf\""},
    {u"Müller AND -Entwurf", u"\"muller\" NOT \"entwurf\""},
    {u"-Entwurf Müller", u"\"muller\" NOT \"entwurf\""},
    {u"Bau Antrag -Entwurf -Kopie", u"(\"bau\" AND \"antrag\") NOT \"entwurf\" NOT \"kopie\""},
    {u"(Müller OR Meier) Bau*", u"(\"muller\" OR \"meier\") AND \"bau\"*"},
    {u"a OR b c", u"\"a\" OR (\"b\" AND \"c\")"},
    {u"(a OR b) (c OR d)", u"(\"a\" OR \"b\") AND (\"c\" OR \"d\")"},
    {u"a (b c)", u"\"a\" AND \"b\" AND \"c\""},
    {u"a OR (b OR c)", u"\"a\" OR \"b\" OR \"c\""},
    {u"((Müller))", u"\"muller\""},
    {u"a (b -c)", u"(\"a\" AND \"b\") NOT \"c\""},
    {u"Bau -(Entwurf OR Kopie)", u"\"bau\" NOT (\"entwurf\" OR \"kopie\")"},
    {u"Müller OR Meier -Entwurf", u"\"muller\" OR (\"meier\" NOT \"entwurf\")"},
    {u"B-Plan", u"\"b plan\""},
    {u"Bau - Antrag", u"\"bau\" AND \"antrag\""},
    {u"§34 BauGB", u"\"34\" AND \"baugb\""},
    {u"§ 34", u"\"34\""},
    {u"und oder nicht", u"\"und\" AND \"oder\" AND \"nicht\""},
    {u"And Or Not", u"\"and\" AND \"or\" AND \"not\""},
    {u"\"AND\"", u"\"and\""},
    {u"-AND Müller", u"\"muller\" NOT \"and\""},
    // FTS5 syntax typed by the user is only text: column filters, NEAR, ^, +, braces, quotes.
    {u"body:geheim", u"\"body geheim\""},
    {u"NEAR(a b)", u"\"near\" AND \"a\" AND \"b\""},
    {u"^Müller", u"\"muller\""},
    {u"{body}:x + y", u"\"body x\" AND \"y\""},
    {u"Müller\"\"", u"\"muller\""},
    {u"a*b", u"\"a b\""},
    {u"Anhörung \"Am Feuerwehrhaus\"", u"\"anhorung\" AND \"am feurwehrhaus\""},
};

} // namespace

TEST_CASE("search text becomes a quoted FTS5 expression over folded terms", "[search]")
{
    for (const Expected &expected : kExpected) {
        INFO(QString::fromUtf16(expected.input).toStdString());
        CHECK(matchOf(QString::fromUtf16(expected.input)) == QString::fromUtf16(expected.match));
    }
}

TEST_CASE("every expected expression is accepted by SQLite", "[search]")
{
    CaseIndex index;
    for (const Expected &expected : kExpected) {
        const QString match = QString::fromUtf16(expected.match);
        INFO(match.toStdString());
        QString error;
        index.run(match, &error);
        CHECK(error.isEmpty());
    }
}

TEST_CASE("filters are taken out of the search text", "[search]")
{
    auto parsed = SearchQuery::parse(u"akte:\"AZ 12/2026\" Müller typ:Brief"_s, kFilters);
    REQUIRE(parsed.ok());
    CHECK(parsed->match == u"\"muller\""_s);
    CHECK(parsed->filters == QList<SearchFilter>{{u"akte"_s, u"AZ 12/2026"_s}, {u"typ"_s, u"Brief"_s}});
    CHECK_FALSE(parsed->isEmpty());

    // Filters alone are a valid search without text; keys are matched ignoring case.
    parsed = SearchQuery::parse(u"Status:offen  VON:2026-01-01 bis:2026-03-31"_s, kFilters);
    REQUIRE(parsed.ok());
    CHECK(parsed->isEmpty());
    CHECK(parsed->match.isEmpty());
    CHECK(parsed->terms.isEmpty());
    CHECK(parsed->filters ==
          QList<SearchFilter>{{u"status"_s, u"offen"_s}, {u"von"_s, u"2026-01-01"_s}, {u"bis"_s, u"2026-03-31"_s}});

    // Inside parentheses and next to operators the filter is still taken out.
    parsed = SearchQuery::parse(u"(Müller OR Meier) oe:\"Bauamt\""_s, kFilters);
    REQUIRE(parsed.ok());
    CHECK(parsed->match == u"\"muller\" OR \"meier\""_s);
    CHECK(parsed->filters == QList<SearchFilter>{{u"oe"_s, u"Bauamt"_s}});

    // An unknown key is text, so "Uhrzeit:10" searches for both words.
    parsed = SearchQuery::parse(u"Uhrzeit:10"_s, kFilters);
    REQUIRE(parsed.ok());
    CHECK(parsed->match == u"\"uhrzeit 10\""_s);
    CHECK(parsed->filters.isEmpty());

    // No filters known: every colon word is text.
    parsed = SearchQuery::parse(u"akte:5"_s, {});
    REQUIRE(parsed.ok());
    CHECK(parsed->match == u"\"akte 5\""_s);
}

TEST_CASE("terms for highlighting are the folded words that results contain", "[search]")
{
    auto parsed = SearchQuery::parse(u"\"Frau Müller\" Straße* OR Gebühr -Entwurf frau"_s, kFilters);
    REQUIRE(parsed.ok());
    CHECK(parsed->terms == QStringList{u"frau"_s, u"muller"_s, u"strasse*"_s, u"gebuhr"_s});
    // Marking hits on a page: whole words, and prefixes where the query has them.
    CHECK(parsed->matches(u"strassenbau"_s));
    CHECK(parsed->matches(u"muller"_s));
    CHECK_FALSE(parsed->matches(u"mullerstrasse"_s));
    CHECK_FALSE(parsed->matches(u"entwurf"_s));
}

TEST_CASE("a prefix longer than the index keeps becomes the words it begins, where they are listed", "[search]")
{
    QStringList asked;
    const SearchQuery::PrefixWords words = [&asked](const QString &prefix) -> std::optional<QStringList> {
        asked << prefix;
        if (prefix == u"stellungn"_s)
            return QStringList{u"stellungnahme"_s, u"stellungnahmen"_s};
        if (prefix == u"gebuhrenb"_s)
            return QStringList{u"gebuhrenbescheid"_s};
        return std::nullopt; // too many, or none at hand: FTS5 expands it
    };
    auto parsed = SearchQuery::parse(u"Stellungn* Bau* -Gebührenb* Verwaltungs* \"Frau Mü\"*"_s, kFilters, words);
    REQUIRE(parsed.ok());
    CHECK(parsed->match == u"((\"stellungnahme\" OR \"stellungnahmen\") AND \"bau\"* AND \"verwaltungs\"* AND "
                           u"\"frau mu\"*) NOT \"gebuhrenbescheid\""_s);
    // Short prefixes have lists of their own in the index, phrases are left alone.
    CHECK(asked == QStringList{u"stellungn"_s, u"verwaltungs"_s, u"gebuhrenb"_s});
    // Each word is a phrase of its own for the ranking; the marks stay the typed prefixes.
    CHECK(parsed->phrases == 6);
    CHECK(parsed->terms == QStringList{u"stellungn*"_s, u"bau*"_s, u"verwaltungs*"_s, u"frau"_s, u"mu*"_s});
    auto plain = SearchQuery::parse(u"Stellungn* Bau* -Gebührenb* Verwaltungs* \"Frau Mü\"*"_s, kFilters);
    REQUIRE(plain.ok());
    CHECK(plain->match == u"(\"stellungn\"* AND \"bau\"* AND \"verwaltungs\"* AND \"frau mu\"*) NOT \"gebuhrenb\"*"_s);
    CHECK(plain->phrases == 5);
}

TEST_CASE("mistakes in the search text are explained with their position", "[search]")
{
    SECTION("quotes and parentheses")
    {
        CHECK(errorOf(u"\"Frau Müller"_s).contains(u"quote at position 1"_s));
        CHECK(errorOf(u"Bau \"Frau\" \"Müller"_s).contains(u"quote at position 12"_s));
        CHECK(errorOf(u"akte:\"AZ 12"_s).contains(u"quote at position 6"_s));
        CHECK(errorOf(u"(Müller OR Meier"_s).contains(u"\"(\" at position 1 is never closed"_s));
        CHECK(errorOf(u"((a) OR (b)"_s).contains(u"position 1"_s));
        CHECK(errorOf(u"Müller OR Meier)"_s).contains(u"\")\" at position 16"_s));
        CHECK(errorOf(u"a ()"_s).contains(u"parentheses at position 3 are empty"_s));
        CHECK(errorOf(u"a ( § )"_s).contains(u"are empty"_s));
        CHECK(errorOf(QString(17, u'(') + u"a"_s + QString(17, u')')).contains(u"more than 16 levels"_s));
        CHECK(errorOf(QString(16, u'(') + u"a"_s + QString(16, u')')).isEmpty());
    }
    SECTION("operators")
    {
        CHECK(errorOf(u"AND Müller"_s).contains(u"cannot start with the operator \"AND\" (position 1)"_s));
        CHECK(errorOf(u"ODER Müller"_s).contains(u"cannot start with the operator \"ODER\""_s));
        CHECK(errorOf(u"Müller OR"_s).contains(u"cannot end with the operator \"OR\" (position 8)"_s));
        CHECK(errorOf(u"Müller NICHT"_s).contains(u"cannot end with the operator \"NICHT\""_s));
        CHECK(errorOf(u"Müller AND OR Meier"_s)
                  .contains(u"\"AND\" (position 8) and \"OR\" (position 12) follow each other"_s));
        CHECK(errorOf(u"Müller UND UND Meier"_s).contains(u"follow each other"_s));
        CHECK(errorOf(u"Müller NOT NOT Meier"_s).contains(u"follow each other"_s));
        CHECK(errorOf(u"Müller NOT -Meier"_s).contains(u"follow each other"_s));
        CHECK(errorOf(u"Müller NOT AND Meier"_s).contains(u"follow each other"_s));
        CHECK(errorOf(u"(OR Meier) Bau"_s).contains(u"\"OR\" at position 2 has no word before it"_s));
        CHECK(errorOf(u"(Meier AND) Bau"_s).contains(u"\"AND\" at position 8 has no word after it"_s));
        // An operator next to a filter: the filter is not a word to combine.
        CHECK(errorOf(u"Müller OR akte:5"_s).contains(u"cannot end with the operator \"OR\""_s));
    }
    SECTION("pure exclusions, which FTS5 cannot evaluate")
    {
        CHECK(errorOf(u"NOT Müller"_s).contains(u"\"NOT\" at position 1 has nothing to exclude from"_s));
        CHECK(errorOf(u"NICHT Müller"_s).contains(u"nothing to exclude from"_s));
        CHECK(errorOf(u"-Müller"_s).contains(u"\"-Müller\" at position 1 only excludes"_s));
        CHECK(errorOf(u"-Müller -Meier"_s).contains(u"only excludes"_s));
        CHECK(errorOf(u"Bau OR -Entwurf"_s).contains(u"\"-Entwurf\" at position 8 only excludes"_s));
        CHECK(errorOf(u"Bau OR NOT Entwurf"_s).contains(u"\"NOT\" at position 8 only excludes"_s));
        CHECK(errorOf(u"Bau (NOT Entwurf)"_s).contains(u"nothing to exclude from"_s));
        CHECK(errorOf(u"Bau (-Entwurf)"_s).contains(u"only excludes"_s));
        CHECK(errorOf(u"-(Entwurf OR Kopie)"_s).contains(u"\"-(…)\" at position 1 only excludes"_s));
        CHECK(errorOf(u"akte:5 -Entwurf"_s).contains(u"only excludes"_s));
    }
    SECTION("terms and filters")
    {
        CHECK(errorOf(u"b*"_s).contains(u"\"b*\" at position 1 needs at least 2 letters"_s));
        CHECK(errorOf(u"Müller ü*"_s).contains(u"\"ü*\" at position 8"_s));
        CHECK(errorOf(u"Bau *"_s).contains(u"\"*\" at position 5"_s));
        CHECK(errorOf(u"\"Frau M\"*"_s).contains(u"needs at least 2 letters"_s));
        CHECK(errorOf(u"Bau-P*"_s).contains(u"needs at least 2 letters"_s));
        CHECK(errorOf(u"ba*"_s).isEmpty());
        CHECK(errorOf(u"Akte "_s + QString(65, u'x')).contains(u"at position 6 contains a word longer than 64"_s));
        CHECK(errorOf(u"akte:"_s).contains(u"filter \"akte:\" at position 1 has no value"_s));
        CHECK(errorOf(u"Müller akte:\"  \""_s).contains(u"has no value"_s));
        CHECK(errorOf(u"Müller -typ:Brief"_s).contains(u"\"typ:Brief\" at position 8 cannot be excluded"_s));
    }
    SECTION("empty and too long")
    {
        CHECK(errorOf(QString()).contains(u"empty"_s));
        CHECK(errorOf(u"   \t "_s).contains(u"empty"_s));
        CHECK(errorOf(u"§ – ,"_s).contains(u"empty"_s));
        CHECK(errorOf(u"\"\""_s).contains(u"empty"_s));
        CHECK(errorOf(QString(1000, u'a')).contains(u"longer than 64"_s));
        QString longText;
        while (longText.size() < 1000)
            longText += u"Bau "_s;
        CHECK(errorOf(longText.left(1000)).isEmpty());
        CHECK(errorOf(longText + u"x"_s).contains(u"1001 characters; at most 1000"_s));
    }
}

TEST_CASE("parsed searches find the right case files", "[search]")
{
    CaseIndex index;
    CHECK(index.search(u"Müller"_s) == rows({1, 2, 4}));
    CHECK(index.search(u"mueller"_s) == rows({1, 2, 4}));
    CHECK(index.search(u"Straße"_s) == rows({2, 4}));
    CHECK(index.search(u"Bau*"_s) == rows({1, 2, 3, 5}));
    CHECK(index.search(u"Bauantrag ODER Kopie"_s) == rows({1, 3, 5}));
    CHECK(index.search(u"Bau* -Entwurf"_s) == rows({1, 2, 5}));
    CHECK(index.search(u"Bau* NICHT Entwurf"_s) == rows({1, 2, 5}));
    CHECK(index.search(u"-(Entwurf OR Kopie) Bau*"_s) == rows({1, 2}));
    CHECK(index.search(u"(Müller OR Meier) Baugenehmigung"_s) == rows({2, 5}));
    CHECK(index.search(u"Müller NICHT Garage"_s) == rows({2, 4}));
    CHECK(index.search(u"\"Frau Müller\""_s) == rows({1, 4}));
    CHECK(index.search(u"\"Frau Mueller\""_s) == rows({1, 4}));
    CHECK(index.search(u"\"Herrn Müller\""_s) == rows({2}));
    CHECK(index.search(u"\"Müller Frau\""_s).isEmpty());
    CHECK(index.search(u"Gebühr*"_s) == rows({4}));
    CHECK(index.search(u"gebuehr*"_s) == rows({4}));
    CHECK(index.search(u"B-Plan 34"_s) == rows({6}));
    CHECK(index.search(u"\"am Feuerwehrhaus\""_s) == rows({6}));
    CHECK(index.search(u"Anhoerung"_s) == rows({6}));
    CHECK(index.search(u"body:Bauantrag"_s).isEmpty());
    CHECK(index.search(u"Bauantrag akte:5"_s) == rows({1, 3}));
}

TEST_CASE("whatever is typed, a parsed search never makes SQLite fail", "[search]")
{
    CaseIndex index;
    const char16_t *pieces[] = {u"Müller", u"Bau",    u"ba*",    u"b*",    u"\"",  u"(",  u")",   u"-",
                                u"*",      u":",      u"^",      u"+",     u"AND", u"OR", u"NOT", u"UND",
                                u"ODER",   u"NICHT",  u"NEAR",   u"NEAR(", u",",   u"{",  u"}",   u"akte:",
                                u"body:",  u"\"\"",   u"'",      u"§",     u" ",   u" ",  u" ",   u"Straße",
                                u"\\",     u"\u0308", u"\uFFFD", u"\t",    u"0",   u"e",  u"ß*"};
    QRandomGenerator random(4711);
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = random.bounded(1, 12);
        for (int i = 0; i < length; ++i)
            text += QString::fromUtf16(pieces[random.bounded(int(std::size(pieces)))]);
        const auto parsed = SearchQuery::parse(text, kFilters);
        if (!parsed.ok()) {
            INFO(text.toStdString());
            REQUIRE(parsed.error().code == ErrorCode::InvalidInput);
            REQUIRE_FALSE(parsed.error().message.isEmpty());
            continue;
        }
        if (parsed->isEmpty())
            continue;
        ++accepted;
        QString error;
        index.run(parsed->match, &error);
        INFO(text.toStdString() << " → " << parsed->match.toStdString());
        REQUIRE(error.isEmpty());
    }
    CHECK(accepted > 300);
}
