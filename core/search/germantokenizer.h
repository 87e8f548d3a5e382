#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

struct fts5_api;

namespace amtsdesk {

// Tokens whose folded form has more characters than this are not indexed (hashes, encoded data,
// garbage). Measured on the fold, so that indexing and querying always agree.
inline constexpr int kGermanTokenMaxLength = 64;

// The FTS5 tokenizer name, for CREATE VIRTUAL TABLE ... USING fts5(..., tokenize='amtsdesk_german').
inline constexpr char kGermanTokenizerName[] = "amtsdesk_german";

// Registers the tokenizer "amtsdesk_german" through a connection's FTS5 API (once per
// connection, by registerSearchExtensions); returns an SQLite result code.
int registerGermanTokenizer(fts5_api *api);

// The canonical form of one word as the tokenizer indexes it (for highlighting and tests).
//
// A token is a run of letters and digits (marks, soft hyphens and zero-width joiners inside it are
// kept with it); everything else separates tokens. Each token is folded character by character:
//   1. lower case (Unicode simple case folding; İ → i, ẞ → ß);
//   2. ß → ss, æ → ae, œ → oe, ı → i, ø → o, ł → l, đ → d, ħ → h, ŧ → t;
//   3. other characters lose their diacritics (canonical and compatibility decomposition, marks
//      dropped): ä → a, é → e, ç → c, ğ → g, ş → s, ﬁ → fi, full-width Ａ → a;
//   4. then, left to right on the result: an "e" directly after "a", "o" or "u" is dropped.
// So ae/ä → a, oe/ö → o, ue/ü → u; "Feuer" → "feur", "Bauer" → "baur", "aue" → "au", "eue" → "eu",
// and a run such as "uee" → "u". Because no rule looks ahead, the fold of a prefix is a prefix of
// the fold (prefix queries work), and folding a fold changes nothing (queries may be folded twice).
// Text that the tokenizer splits ("B-Plan") gives its tokens joined by one space ("b plan"); a
// token the tokenizer skips as too long is left out.
QString foldGerman(QStringView word);

// The folded tokens of text, split exactly as the tokenizer splits it. Tokens over
// kGermanTokenMaxLength are left out; skipped, when given, receives their number.
QStringList germanTokens(QStringView text, int *skipped = nullptr);

} // namespace amtsdesk
