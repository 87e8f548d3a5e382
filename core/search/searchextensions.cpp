#include "search/searchextensions.h"

#include "search/germantokenizer.h"
#include "search/searchrank.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace amtsdesk {

namespace {

class SearchExtensions {
    Q_DECLARE_TR_FUNCTIONS(SearchExtensions)
};

} // namespace

Status registerSearchExtensions(sqlite3 *db)
{
    if (!db)
        return Error::internal(
            SearchExtensions::tr("The full-text search cannot be set up without an open database connection."));
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_OK || !api || api->iVersion < 2)
        return Error::unsupported(SearchExtensions::tr("The SQLite library in use has no full-text search (FTS5), so "
                                                       "the store's search index cannot be used."));
    if (rc = registerGermanTokenizer(api); rc != SQLITE_OK)
        return Error::internal(SearchExtensions::tr("SQLite refused the German search tokenizer: %1")
                                   .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    if (rc = registerSearchRank(api); rc != SQLITE_OK)
        return Error::internal(SearchExtensions::tr("SQLite refused the search ranking function: %1")
                                   .arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

} // namespace amtsdesk
