#include "search/searchrank.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>

#include <cmath>
#include <vector>

namespace amtsdesk {

namespace {

// What amtsdesk_rank computes once per query: each phrase's inverse document frequency.
struct RankQuery {
    std::vector<double> idf;
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

void freeRankQuery(void *data)
{
    delete static_cast<RankQuery *>(data);
}

// amtsdesk_rank(fts, weight of column 0, weight of column 1, ... [, phrases]): BM25's saturation
// of the term frequency and its IDF, without its length normalisation. Normalising by length
// reads each row's size from the index's docsize table, a B-tree lookup per matching row, which
// for a word on most pages costs ten times the search itself. Smaller (more negative) is better,
// as with bm25(), so ORDER BY amtsdesk_rank(...) lists the best first. With phrases (an argument
// after one weight per column) only the query's first that many phrases count: the words, not
// the tags a search adds after them, whose IDF would order nothing and cost a walk through
// their long lists of rows.
void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc, sqlite3_value **argv)
{
    const int columns = api->xColumnCount(fts);
    auto *query = static_cast<RankQuery *>(api->xGetAuxdata(fts, 0));
    if (!query) {
        auto owned = std::make_unique<RankQuery>();
        sqlite3_int64 rows = 0;
        if (int rc = api->xRowCount(fts, &rows); rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        int phrases = api->xPhraseCount(fts);
        if (argc > columns)
            phrases = std::clamp(sqlite3_value_int(argv[columns]), 0, phrases);
        // With one phrase its IDF scales every score alike and orders nothing; counting the
        // rows it is on would read its whole list of rows a second time.
        if (phrases == 1)
            owned->idf.push_back(1.0);
        for (int i = 0; i < phrases && phrases > 1; ++i) {
            sqlite3_int64 hits = 0;
            if (int rc = api->xQueryPhrase(fts, i, &hits, &countRow); rc != SQLITE_OK) {
                sqlite3_result_error_code(result, rc);
                return;
            }
            // As in FTS5's bm25: never below a small positive value, so that a word on most rows
            // still counts a little.
            owned->idf.push_back(std::max(1e-6, std::log((rows - hits + 0.5) / (hits + 0.5))));
        }
        query = owned.get();
        if (int rc = api->xSetAuxdata(fts, owned.release(), &freeRankQuery); rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
    }
    constexpr double k1 = 1.2;
    double score = 0;
    for (int i = 0; i < int(query->idf.size()); ++i) {
        Fts5PhraseIter iter;
        int column = 0;
        int offset = 0;
        double frequency = 0;
        if (api->xPhraseFirst(fts, i, &iter, &column, &offset) != SQLITE_OK)
            continue;
        for (; column >= 0; api->xPhraseNext(fts, &iter, &column, &offset))
            frequency += column < std::min(argc, columns) ? sqlite3_value_double(argv[column]) : 1.0;
        if (frequency > 0)
            score += query->idf[size_t(i)] * frequency * (k1 + 1) / (frequency + k1);
    }
    sqlite3_result_double(result, -score);
}

} // namespace

int registerSearchRank(fts5_api *api)
{
    return api->xCreateFunction(api, kSearchRankName, nullptr, &rank, nullptr);
}

} // namespace amtsdesk
