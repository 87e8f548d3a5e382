#pragma once

struct fts5_api;

namespace amtsdesk {

// The FTS5 ranking function: ORDER BY amtsdesk_rank(document_fts, 4.0, 1.0, 0.0, 2) (one weight
// per column, then optionally how many of the query's first phrases count).
inline constexpr char kSearchRankName[] = "amtsdesk_rank";

// Registers amtsdesk_rank through the connection's FTS5 API; returns an SQLite result code.
int registerSearchRank(fts5_api *api);

} // namespace amtsdesk
