#pragma once

#include "common/result.h"

struct sqlite3;

namespace amtsdesk {

// Registers what the full-text index needs on a connection, once per connection: the German
// tokenizer (germantokenizer.h) and the ranking function (searchrank.h).
Status registerSearchExtensions(sqlite3 *db);

} // namespace amtsdesk
