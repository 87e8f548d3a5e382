#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace amtsdesk {

// One key:value filter from the search text; the key as listed in knownFilters, the value as typed.
struct SearchFilter {
    QString key;
    QString value;

    bool operator==(const SearchFilter &) const = default;
};

// What a clerk's search text asks for: an FTS5 expression for the German tokenizer plus filters.
struct ParsedQuery {
    QString match; // FTS5 MATCH expression over folded terms, safe to bind as a parameter
    QList<SearchFilter> filters;
    QStringList terms;    // folded terms and phrase words, for highlighting; a prefix ends in '*'
    int phrases = 0;      // FTS5 phrases in match (each term or quoted phrase, excluded ones too)
    // Whether a folded word is one the results contain (for marking hits on a page).
    bool matches(const QString &foldedWord) const;
    bool isEmpty() const; // no text terms (filters alone are allowed)
};

// Parses the search box syntax: words (all must occur), Bau* (prefix), "exact phrase",
// AND/OR/NOT and UND/ODER/NICHT (upper case), -word (exclude), parentheses, key:value and
// key:"quoted value". Every term is folded and quoted, so no FTS5 syntax can be injected.
class SearchQuery {
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    static constexpr int kMaxLength = 1000;    // characters of search text
    static constexpr int kMaxNesting = 16;     // levels of parentheses
    static constexpr int kMinPrefixLength = 2; // folded characters before a *
    // The longest prefix the index keeps its own lists for (prefix='2 3 4' in the schema).
    static constexpr int kIndexedPrefixLength = 4;

    // The index's words that begin with a folded prefix, or nothing when the caller does not list
    // them (too many, or no index at hand). A longer prefix than the index keeps makes FTS5 merge
    // the lists of all its words before it returns the first page; the words instead, joined by
    // OR, are read newest first and only as far as needed (at 1,000,000 documents, 650 ms
    // against 19 ms for "Stellungnahm*").
    using PrefixWords = std::function<std::optional<QStringList>(const QString &prefix)>;

    // knownFilters: keys accepted as key:value (e.g. "akte", "oe", "von", "bis", "typ", "status"),
    // matched ignoring case; a word with a colon whose key is unknown is searched as text.
    // Errors (InvalidInput) name the problem and its position (1-based character) in text.
    static Result<ParsedQuery> parse(const QString &text, const QStringList &knownFilters,
                                     const PrefixWords &prefixWords = {});
};

} // namespace amtsdesk
