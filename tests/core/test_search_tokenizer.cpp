#include "search/germantokenizer.h"
#include "search/searchextensions.h"

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

// An in-memory FTS5 table using the German tokenizer, through the raw C API (no Database).
class FtsTable {
public:
    explicit FtsTable(const char *options = "")
    {
        REQUIRE(sqlite3_open(":memory:", &m_db) == SQLITE_OK);
        REQUIRE(registerSearchExtensions(m_db).ok());
        const QByteArray sql =
            QByteArray("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='amtsdesk_german'") + options + ")";
        REQUIRE(exec(sql.constData()) == SQLITE_OK);
    }
    ~FtsTable() { sqlite3_close(m_db); }
    FtsTable(const FtsTable &) = delete;
    FtsTable &operator=(const FtsTable &) = delete;

    sqlite3 *db() const { return m_db; }

    int exec(const char *sql)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
        sqlite3_free(message);
        return rc;
    }

    // Inserts raw bytes, which need not be valid UTF-8; returns the rowid.
    qint64 insert(const QByteArray &body)
    {
        sqlite3_stmt *statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, "INSERT INTO t(body) VALUES (?1)", -1, &statement, nullptr) == SQLITE_OK);
        sqlite3_bind_text(statement, 1, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(statement);
        sqlite3_finalize(statement);
        REQUIRE(rc == SQLITE_DONE);
        return sqlite3_last_insert_rowid(m_db);
    }
    qint64 insert(const QString &body) { return insert(body.toUtf8()); }

    // The rowids matching expression, in order; error receives SQLite's message on failure.
    QList<qint64> match(const QString &expression, QString *error = nullptr)
    {
        QList<qint64> rows;
        sqlite3_stmt *statement = nullptr;
        int rc =
            sqlite3_prepare_v2(m_db, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid", -1, &statement, nullptr);
        if (rc == SQLITE_OK) {
            const QByteArray utf8 = expression.toUtf8();
            sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
                rows.append(sqlite3_column_int64(statement, 0));
        }
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        if (rc != SQLITE_DONE)
            rows = {-1};
        sqlite3_finalize(statement);
        return rows;
    }

    // highlight() with [ ] around each hit, as raw bytes.
    QByteArray highlight(const QString &expression, const char *function = "highlight(t, 0, '[', ']')")
    {
        QByteArray result;
        const QByteArray sql = QByteArray("SELECT ") + function + " FROM t WHERE t MATCH ?1 ORDER BY rowid LIMIT 1";
        sqlite3_stmt *statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK);
        const QByteArray utf8 = expression.toUtf8();
        sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(statement) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            result = QByteArray(text, sqlite3_column_bytes(statement, 0));
        }
        sqlite3_finalize(statement);
        return result;
    }

private:
    sqlite3 *m_db = nullptr;
};

const char *const kTableOptions[] = {"", ", prefix='2 3'"};

QString fold(const char16_t *word)
{
    return foldGerman(QStringView(word));
}

QList<qint64> rows(std::initializer_list<qint64> ids)
{
    return QList<qint64>(ids);
}

} // namespace

TEST_CASE("umlauts, their digraphs and the plain vowel fold alike", "[search]")
{
    for (const char16_t *word : {u"Müller", u"Mueller", u"Muller", u"MÜLLER", u"MUELLER", u"müller"})
        CHECK(fold(word) == u"muller");
    for (const char16_t *word : {u"Straße", u"Strasse", u"STRASSE", u"STRAẞE", u"strasse"})
        CHECK(fold(word) == u"strasse");
    for (const char16_t *word : {u"Gebühr", u"Gebuehr", u"GEBÜHR", u"Gebuhr"})
        CHECK(fold(word) == u"gebuhr");
    CHECK(fold(u"Österreich") == u"osterreich");
    CHECK(fold(u"Oesterreich") == u"osterreich");
    CHECK(fold(u"Ärger") == u"arger");
    CHECK(fold(u"Aerger") == u"arger");
    CHECK(fold(u"ẞ") == u"ss");
    CHECK(fold(u"Maß") == fold(u"Mass"));
    // ß is folded on its own, before the digraph step: "ßue" is "ss" then "ue" → "ssu".
    CHECK(fold(u"Grüße") == u"grusse");
    CHECK(fold(u"Gruesse") == u"grusse");
    CHECK(fold(u"Fußüberweg") == u"fussuberweg");
}

TEST_CASE("other diacritics are removed and special letters mapped", "[search]")
{
    CHECK(fold(u"Café") == u"cafe");
    CHECK(fold(u"Çelik") == u"celik");
    CHECK(fold(u"Erdoğan") == u"erdogan");
    CHECK(fold(u"ı") == u"i");
    CHECK(fold(u"İstanbul") == u"istanbul");
    CHECK(fold(u"Şahin") == u"sahin");
    CHECK(fold(u"Łukasz") == u"lukasz");
    CHECK(fold(u"Øresund") == u"oresund");
    CHECK(fold(u"Đorđević") == u"dordevic");
    CHECK(fold(u"Ærø") == u"aro");     // æ → ae → a
    CHECK(fold(u"Œuvre") == u"ouvre"); // œ → oe → o
    CHECK(fold(u"ﬁnanz") == u"finanz");
    CHECK(fold(u"Ｍüller") == u"muller");
    CHECK(fold(u"ΆΣΟΣ") == u"ασοσ");
    // Decomposed input (NFD) and invisible characters inside a word.
    CHECK(fold(u"Mu\u0308ller") == u"muller");
    CHECK(fold(u"I\u0307stanbul") == u"istanbul");
    CHECK(fold(u"Stra\u00ADße") == u"strasse");
    CHECK(fold(u"Bau\u200Dantrag") == u"bauantrag");
}

TEST_CASE("an e directly after a, o or u is dropped, left to right and without look-ahead", "[search]")
{
    CHECK(fold(u"Feuer") == u"feur");
    CHECK(fold(u"Bauer") == u"baur");
    CHECK(fold(u"aue") == u"au");
    CHECK(fold(u"eue") == u"eu");
    CHECK(fold(u"neue") == u"neu");
    CHECK(fold(u"Treue") == u"treu");
    CHECK(fold(u"uee") == u"u"); // every e after the u goes, so folding twice changes nothing
    CHECK(fold(u"Queue") == u"quu");
    CHECK(fold(u"Goethe") == u"gothe");
    CHECK(fold(u"Göthe") == u"gothe");
    CHECK(fold(u"Michael") == u"michal");
    CHECK(fold(u"Kaffee") == u"kaffee"); // e after f or e stays
    CHECK(fold(u"Beet") == u"beet");
    CHECK(fold(u"Ae") == u"a");
    CHECK(fold(u"Äe") == u"a");
    CHECK(fold(u"Ue") == u"u");
    CHECK(fold(u"Über") == u"uber");
    CHECK(fold(u"Ueber") == u"uber");
    CHECK(fold(u"u\u0308e") == u"u"); // ü then e, decomposed
    // The same word folded as a whole and as prefixes: each fold is a prefix of the next.
    CHECK(fold(u"Baue") == u"bau");
    CHECK(fold(u"Bauen") == u"baun");
    CHECK(fold(u"Bauer").startsWith(fold(u"Baue")));
}

TEST_CASE("text splits at everything but letters and digits", "[search]")
{
    CHECK(germanTokens(u"B-Plan") == QStringList{u"b"_s, u"plan"_s});
    CHECK(fold(u"B-Plan") == u"b plan");
    CHECK(germanTokens(u"O'Brien") == QStringList{u"o"_s, u"brien"_s});
    CHECK(germanTokens(u"O’Brien") == QStringList{u"o"_s, u"brien"_s});
    CHECK(germanTokens(u"2026") == QStringList{u"2026"_s});
    CHECK(germanTokens(u"§34") == QStringList{u"34"_s});
    CHECK(germanTokens(u"§ 34 BauGB") == QStringList{u"34"_s, u"baugb"_s});
    CHECK(germanTokens(u"A4-Blatt") == QStringList{u"a4"_s, u"blatt"_s});
    CHECK(germanTokens(u"Müller‐Lüdenscheidt") == QStringList{u"muller"_s, u"ludenscheidt"_s});
    CHECK(germanTokens(u"x_y/z.w,v;u:t") == QStringList{u"x"_s, u"y"_s, u"z"_s, u"w"_s, u"v"_s, u"u"_s, u"t"_s});
    CHECK(germanTokens(u"„Bescheid“ «vom» 1.2.2026") ==
          QStringList{u"bescheid"_s, u"vom"_s, u"1"_s, u"2"_s, u"2026"_s});
    CHECK(germanTokens(u"").isEmpty());
    CHECK(germanTokens(u"  \t\n — … § ").isEmpty());
    CHECK(foldGerman(u"").isEmpty());
    // A combining mark cannot start a token.
    CHECK(germanTokens(u"\u0308abc") == QStringList{u"abc"_s});
}

TEST_CASE("folding is stable for every letter and digit in Unicode", "[search]")
{
    // Queries are folded twice (by SearchQuery, then by FTS5 through the tokenizer), documents
    // once: a fold must therefore be its own fold, and one token.
    QStringList failures;
    for (char32_t c = 1; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        if (!QChar::isLetterOrNumber(c))
            continue;
        const QString word = QString::fromUcs4(&c, 1);
        const QStringList tokens = germanTokens(word);
        if (tokens.isEmpty())
            continue; // a few modifier letters consist of a mark only ("ͺ", "ﾞ") and fold to nothing
        if (tokens.size() != 1) {
            failures.append(QStringLiteral("U+%1 gives %2 tokens").arg(uint(c), 4, 16).arg(tokens.size()));
            continue;
        }
        const QStringList again = germanTokens(tokens.first());
        if (again != tokens)
            failures.append(QStringLiteral("U+%1 folds unstably").arg(uint(c), 4, 16));
        if (failures.size() > 20)
            break;
    }
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
}

TEST_CASE("random German-like words: folds are stable and prefixes fold to prefixes", "[search]")
{
    const char16_t *pieces[] = {u"a", u"e", u"o", u"u", u"ä",      u"ö", u"ü", u"Ä", u"Ü", u"ß", u"ẞ",
                                u"E", u"U", u"æ", u"œ", u"\u0308", u"s", u"r", u"n", u"é", u"ı", u"İ"};
    QRandomGenerator random(20260101);
    for (int round = 0; round < 5000; ++round) {
        QString word = QStringLiteral("x");
        const int length = random.bounded(1, 12);
        for (int i = 0; i < length; ++i)
            word += QString::fromUtf16(pieces[random.bounded(int(std::size(pieces)))]);
        const QString folded = foldGerman(word);
        INFO(word.toStdString());
        REQUIRE(foldGerman(folded) == folded);
        REQUIRE_FALSE(folded.contains(QLatin1Char(' ')));
        for (int cut = 1; cut < word.size(); ++cut)
            REQUIRE(folded.startsWith(foldGerman(QStringView(word).left(cut))));
    }
}

TEST_CASE("tokens whose fold exceeds 64 characters are skipped", "[search]")
{
    int skipped = -1;
    CHECK(germanTokens(QString(64, QLatin1Char('a')), &skipped).size() == 1);
    CHECK(skipped == 0);
    CHECK(germanTokens(QString(65, QLatin1Char('a')) + QStringLiteral(" ok"), &skipped) == QStringList{u"ok"_s});
    CHECK(skipped == 1);
    // Measured on the fold: ß counts twice, "ue" once.
    CHECK(germanTokens(QString(32, QChar(0xDF)), &skipped).size() == 1);
    CHECK(germanTokens(QString(33, QChar(0xDF)), &skipped).isEmpty());
    CHECK(skipped == 1);
    QString ue;
    for (int i = 0; i < 64; ++i)
        ue += QStringLiteral("ue");
    CHECK(germanTokens(ue) == QStringList{QString(64, QLatin1Char('u'))});
    CHECK(foldGerman(QString(100, QLatin1Char('z'))).isEmpty());

    FtsTable table;
    table.insert(QStringLiteral("kurz ") + QString(65, QLatin1Char('a')) + QStringLiteral(" ") +
                 QString(64, QLatin1Char('b')));
    CHECK(table.match(QStringLiteral("\"kurz\"")) == rows({1}));
    CHECK(table.match(QLatin1Char('"') + QString(64, QLatin1Char('b')) + QLatin1Char('"')) == rows({1}));
    CHECK(table.match(QLatin1Char('"') + QString(64, QLatin1Char('a')) + QStringLiteral("\"*")).isEmpty());
}

TEST_CASE("FTS5: Müller, Mueller and Muller find each other both ways", "[search]")
{
    for (const char *options : kTableOptions) {
        INFO("options: " << options);
        FtsTable table(options);
        const qint64 umlaut = table.insert(QStringLiteral("Anhörung von Herrn Müller"));
        const qint64 digraph = table.insert(QStringLiteral("Schreiben an Frau Mueller"));
        const qint64 plain = table.insert(QStringLiteral("Akte Muller, Gebühr bezahlt"));
        table.insert(QStringLiteral("Meier, Straße am Bach"));
        table.insert(QStringLiteral("Strasse gesperrt, Gebuehr offen"));
        const auto all = rows({umlaut, digraph, plain});
        for (const char16_t *query :
             {u"\"Müller\"", u"\"Mueller\"", u"\"Muller\"", u"\"MÜLLER\"", u"müller", u"mueller", u"\"mu\u0308ller\""})
            CHECK(table.match(QString::fromUtf16(query)) == all);
        CHECK(table.match(QStringLiteral("\"Straße\"")) == rows({4, 5}));
        CHECK(table.match(QStringLiteral("\"Strasse\"")) == rows({4, 5}));
        CHECK(table.match(QStringLiteral("\"STRAẞE\"")) == rows({4, 5}));
        CHECK(table.match(QStringLiteral("\"Gebühr\"")) == rows({3, 5}));
        CHECK(table.match(QStringLiteral("\"gebuehr\"")) == rows({3, 5}));
        CHECK(table.match(QStringLiteral("\"Anhoerung\"")) == rows({1}));
    }
}

TEST_CASE("FTS5: prefix queries and phrases", "[search]")
{
    for (const char *options : kTableOptions) {
        INFO("options: " << options);
        FtsTable table(options);
        table.insert(QStringLiteral("Bauantrag für eine Garage"));        // 1
        table.insert(QStringLiteral("Baugenehmigung erteilt"));           // 2
        table.insert(QStringLiteral("Abbau der Bühne"));                  // 3
        table.insert(QStringLiteral("Frau Müller beantragt den B-Plan")); // 4
        table.insert(QStringLiteral("Müller, Frau; Straßenbau"));         // 5
        table.insert(QStringLiteral("Bauer Feuerwehr"));                  // 6
        CHECK(table.match(QStringLiteral("bau*")) == rows({1, 2, 6}));
        CHECK(table.match(QStringLiteral("\"Bau\"*")) == rows({1, 2, 6}));
        CHECK(table.match(QStringLiteral("\"bauan\"*")) == rows({1}));
        // "baue" folds to "bau" (the e after u goes), so it finds what bau* finds.
        CHECK(table.match(QStringLiteral("\"baue\"*")) == rows({1, 2, 6}));
        CHECK(table.match(QStringLiteral("\"mue\"*")) == rows({4, 5}));
        CHECK(table.match(QStringLiteral("\"straß\"*")) == rows({5}));
        CHECK(table.match(QStringLiteral("\"feue\"*")) == rows({6}));
        CHECK(table.match(QStringLiteral("\"Bühn\"*")) == rows({3}));
        CHECK(table.match(QStringLiteral("\"frau müller\"")) == rows({4}));
        CHECK(table.match(QStringLiteral("\"frau mueller\"")) == rows({4}));
        CHECK(table.match(QStringLiteral("\"müller frau\"")) == rows({5}));
        CHECK(table.match(QStringLiteral("\"b plan\"")) == rows({4}));
        CHECK(table.match(QStringLiteral("\"B-Plan\"")) == rows({4}));
        CHECK(table.match(QStringLiteral("\"frau mu\"*")) == rows({4}));
    }
}

TEST_CASE("FTS5: highlight() and snippet() mark the original words", "[search]")
{
    FtsTable table(", prefix='2 3'");
    table.insert(QStringLiteral("Gebührenbescheid für Frau Müller, Straße 5 (B-Plan §34)"));
    CHECK(table.highlight(QStringLiteral("\"mueller\" OR \"strasse\"")) ==
          QStringLiteral("Gebührenbescheid für Frau [Müller], [Straße] 5 (B-Plan §34)").toUtf8());
    CHECK(table.highlight(QStringLiteral("\"gebuhr\"*")) ==
          QStringLiteral("[Gebührenbescheid] für Frau Müller, Straße 5 (B-Plan §34)").toUtf8());
    CHECK(table.highlight(QStringLiteral("\"b plan\" AND \"34\"")) ==
          QStringLiteral("Gebührenbescheid für Frau Müller, Straße 5 ([B-Plan] §[34])").toUtf8());
    CHECK(table.highlight(QStringLiteral("\"fur\""), "snippet(t, 0, '[', ']', '…', 3)") ==
          QStringLiteral("Gebührenbescheid [für] Frau…").toUtf8());

    FtsTable decomposed;
    decomposed.insert(QStringLiteral("Herr Mu\u0308ller und Stra\u00ADße"));
    CHECK(decomposed.highlight(QStringLiteral("\"muller\" \"strasse\"")) ==
          QStringLiteral("Herr [Mu\u0308ller] und [Stra\u00ADße]").toUtf8());
}

TEST_CASE("FTS5: invalid UTF-8, empty text and separators only do not disturb the tokenizer", "[search]")
{
    FtsTable table;
    const QByteArray invalid = QByteArray("\xff\xfe") + QStringLiteral("Müller").toUtf8() +
                               QByteArray("\xc3 Akte\xed\xa0\x80"
                                          "Bau \xf4\x90\x80\x80 \xc0\xaf Ende \xe2\x82");
    const qint64 row = table.insert(invalid);
    table.insert(QByteArray());
    table.insert(QByteArray(" ,;:-–§ "));
    table.insert(QByteArray("\x80\x80\x80\xbf"));
    table.insert(QByteArray("tail\xf0\x9f"));
    CHECK(table.match(QStringLiteral("\"muller\"")) == rows({row}));
    CHECK(table.match(QStringLiteral("\"akte\" \"bau\" \"ende\"")) == rows({row}));
    CHECK(table.match(QStringLiteral("\"tail\"")) == rows({5}));
    CHECK(table.highlight(QStringLiteral("\"muller\"")) ==
          QByteArray("\xff\xfe[") + QStringLiteral("Müller").toUtf8() +
              QByteArray("]\xc3 Akte\xed\xa0\x80"
                         "Bau \xf4\x90\x80\x80 \xc0\xaf Ende \xe2\x82"));
    // A query made of invalid bytes or separators alone finds nothing and does not fail.
    QString error;
    CHECK(table.match(QStringLiteral("\"§§\""), &error).isEmpty());
    CHECK(error.isEmpty());

    // Every prefix of the invalid input, so that every truncation point is tried.
    for (int cut = 0; cut <= invalid.size(); ++cut)
        table.insert(invalid.left(cut));
    CHECK(table.match(QStringLiteral("\"ende\"")).size() >= 2);
}

TEST_CASE("FTS5: megabytes of text, one huge token and endless marks", "[search]")
{
    FtsTable table(", prefix='2 3'");
    QByteArray text;
    const QByteArray sentence =
        QStringLiteral("Der Bauantrag von Frau Müller über die Straße wurde am 1.2.2026 geprüft (Gebühr 34,50 €). ")
            .toUtf8();
    while (text.size() < 5 * 1024 * 1024)
        text += sentence;
    text += "Schlusswort";
    table.insert(text);
    table.insert(QByteArray(5 * 1024 * 1024, 'x')); // one token, skipped
    QByteArray marks = "a";
    for (int i = 0; i < 1024 * 1024; ++i)
        marks += "\xcc\x88"; // a followed by a million U+0308
    marks += " ende";
    table.insert(marks);
    CHECK(table.match(QStringLiteral("\"mueller\" \"strasse\" \"gebuhr\"")) == rows({1}));
    CHECK(table.match(QStringLiteral("\"schlusswort\"")) == rows({1}));
    CHECK(table.match(QStringLiteral("\"xx\"*")).isEmpty());
    CHECK(table.match(QStringLiteral("\"a\" \"ende\"")) == rows({3}));
}

TEST_CASE("registering the tokenizer", "[search]")
{
    CHECK(registerSearchExtensions(nullptr).error().code == ErrorCode::Internal);
    FtsTable table;
    // Registering again on the same connection is harmless.
    CHECK(registerSearchExtensions(table.db()).ok());
    table.insert(QStringLiteral("Müller"));
    CHECK(table.match(QStringLiteral("mueller")) == rows({1}));
    // The tokenizer takes no options; a typo in the table definition is refused.
    CHECK(table.exec("CREATE VIRTUAL TABLE u USING fts5(body, tokenize='amtsdesk_german remove_diacritics 2')") !=
          SQLITE_OK);
    CHECK(table.exec("CREATE VIRTUAL TABLE v USING fts5(body, tokenize='amtsdesk_german')") == SQLITE_OK);
}
