#include "search/searchquery.h"

#include "search/germantokenizer.h"

#include <optional>
#include <vector>

namespace amtsdesk {

namespace {

// One lexical unit of the search text. Positions are 0-based here, 1-based in messages.
struct Token {
    enum Kind { Term, Open, Close, And, Or, Not, Minus };
    Kind kind = Term;
    int at = 0;
    QString text;      // as typed, for messages
    QStringList words; // Term: folded words (one for a word, several for a phrase or "B-Plan")
    bool prefix = false;

    bool isOperator() const { return kind == And || kind == Or || kind == Not; }
};

// The parsed expression. An And node holds required and excluded operands, so that "-word" and
// NOT become FTS5's binary NOT: (required AND ...) NOT excluded NOT ...
struct Node {
    enum Kind { Term, And, Or };
    Kind kind = Term;
    QStringList words;
    bool prefix = false;
    std::vector<Node> positive; // And: required operands; Or: alternatives
    std::vector<Node> negative; // And: excluded operands
};

QString position(int at)
{
    return QString::number(at + 1);
}

// Long input shown in a message is cut, so that the message stays readable.
QString excerpt(const QString &text)
{
    constexpr int kMax = 40;
    return text.size() <= kMax ? text : text.left(kMax) + QChar(0x2026);
}

// Splits the search text into tokens and filters; checks quotes, parentheses and terms.
class Lexer {
public:
    Lexer(const QString &text, const QStringList &knownFilters) : m_text(text), m_knownFilters(knownFilters) {}

    std::optional<Error> run()
    {
        const int n = int(m_text.size());
        QList<int> openParens;
        int i = 0;
        while (i < n && !m_error) {
            const QChar ch = m_text.at(i);
            if (ch.isSpace()) {
                ++i;
            } else if (ch == u'(') {
                if (openParens.size() == SearchQuery::kMaxNesting)
                    return Error::invalid(SearchQuery::tr("The parenthesis at position %1 nests more than %2 levels "
                                                          "deep; simplify the search.")
                                              .arg(position(i))
                                              .arg(SearchQuery::kMaxNesting));
                openParens.append(i);
                push(Token::Open, i, QStringLiteral("("));
                ++i;
            } else if (ch == u')') {
                if (openParens.isEmpty())
                    return Error::invalid(SearchQuery::tr("The closing parenthesis \")\" at position %1 has no "
                                                          "opening \"(\" before it.")
                                              .arg(position(i)));
                openParens.removeLast();
                push(Token::Close, i, QStringLiteral(")"));
                ++i;
            } else if (ch == u'"') {
                i = lexPhrase(i);
            } else if (ch == u'-' && startsExclusion(i)) {
                push(Token::Minus, i, QStringLiteral("-"));
                ++i;
            } else {
                i = lexWord(i);
            }
        }
        if (m_error)
            return m_error;
        if (!openParens.isEmpty())
            return Error::invalid(SearchQuery::tr("The parenthesis \"(\" at position %1 is never closed: add a \")\" "
                                                  "or remove it.")
                                      .arg(position(openParens.first())));
        return std::nullopt;
    }

    QList<Token> tokens;
    QList<SearchFilter> filters;

private:
    void push(Token::Kind kind, int at, const QString &text)
    {
        Token token;
        token.kind = kind;
        token.at = at;
        token.text = text;
        tokens.append(token);
    }

    // "-" excludes what follows when it starts a word and something to exclude follows directly;
    // a lone "-" (as in "Bau - Antrag") and "B-Plan" are text.
    bool startsExclusion(int i) const
    {
        const bool atWordStart = i == 0 || m_text.at(i - 1).isSpace() || m_text.at(i - 1) == u'(';
        if (!atWordStart || i + 1 >= m_text.size())
            return false;
        const QChar next = m_text.at(i + 1);
        return !next.isSpace() && next != u')' && next != u'-';
    }

    bool afterMinus(int at) const
    {
        return !tokens.isEmpty() && tokens.last().kind == Token::Minus && tokens.last().at == at - 1;
    }

    int closingQuote(int openAt)
    {
        const int close = int(m_text.indexOf(u'"', openAt + 1));
        if (close < 0)
            m_error = Error::invalid(SearchQuery::tr("The quote at position %1 is never closed: add a closing \" or "
                                                     "remove it.")
                                         .arg(position(openAt)));
        return close;
    }

    int lexPhrase(int at)
    {
        const int close = closingQuote(at);
        if (close < 0)
            return int(m_text.size());
        int end = close + 1;
        while (end < m_text.size() && m_text.at(end) == u'*')
            ++end;
        const QString content = m_text.mid(at + 1, close - at - 1);
        addTerm(m_text.mid(at, end - at), content, end > close + 1, at);
        return end;
    }

    int lexWord(int at)
    {
        int end = at;
        while (end < m_text.size()) {
            const QChar ch = m_text.at(end);
            if (ch.isSpace() || ch == u'(' || ch == u')' || ch == u'"')
                break;
            ++end;
        }
        const QString word = m_text.mid(at, end - at);
        if (!afterMinus(at)) {
            if (word == u"AND" || word == u"UND") {
                push(Token::And, at, word);
                return end;
            }
            if (word == u"OR" || word == u"ODER") {
                push(Token::Or, at, word);
                return end;
            }
            if (word == u"NOT" || word == u"NICHT") {
                push(Token::Not, at, word);
                return end;
            }
        }
        const int colon = int(word.indexOf(u':'));
        if (colon > 0) {
            const QString key = knownKey(word.left(colon));
            if (!key.isEmpty())
                return lexFilter(key, word, colon, at, end);
        }
        QString stem = word;
        while (stem.endsWith(u'*'))
            stem.chop(1);
        addTerm(word, stem, stem.size() < word.size(), at);
        return end;
    }

    QString knownKey(const QString &key) const
    {
        for (const QString &known : m_knownFilters) {
            if (known.compare(key, Qt::CaseInsensitive) == 0)
                return known;
        }
        return {};
    }

    int lexFilter(const QString &key, const QString &word, int colon, int at, int end)
    {
        if (afterMinus(at)) {
            m_error = Error::invalid(SearchQuery::tr("The filter \"%1\" at position %2 cannot be excluded with \"-\"; "
                                                     "remove the \"-\".")
                                         .arg(excerpt(word))
                                         .arg(position(at - 1)));
            return end;
        }
        QString value = word.mid(colon + 1);
        if (value.isEmpty() && end < m_text.size() && m_text.at(end) == u'"') {
            const int close = closingQuote(end);
            if (close < 0)
                return int(m_text.size());
            value = m_text.mid(end + 1, close - end - 1);
            end = close + 1;
        }
        value = value.trimmed();
        if (value.isEmpty()) {
            m_error = Error::invalid(SearchQuery::tr("The filter \"%1:\" at position %2 has no value: write it as "
                                                     "%1:value or %1:\"value with spaces\".")
                                         .arg(key)
                                         .arg(position(at)));
            return end;
        }
        filters.append({key, value});
        return end;
    }

    // typed: the term as typed (for messages); content: the text to tokenize.
    void addTerm(const QString &typed, const QString &content, bool prefix, int at)
    {
        int skipped = 0;
        const QStringList words = germanTokens(content, &skipped);
        if (skipped > 0) {
            m_error = Error::invalid(SearchQuery::tr("\"%1\" at position %2 contains a word longer than %3 letters, "
                                                     "which the search index does not hold.")
                                         .arg(excerpt(typed))
                                         .arg(position(at))
                                         .arg(kGermanTokenMaxLength));
            return;
        }
        if (prefix && (words.isEmpty() || words.last().size() < SearchQuery::kMinPrefixLength)) {
            m_error = Error::invalid(SearchQuery::tr("The prefix search \"%1\" at position %2 needs at least %3 "
                                                     "letters before the *.")
                                         .arg(excerpt(typed))
                                         .arg(position(at))
                                         .arg(SearchQuery::kMinPrefixLength));
            return;
        }
        if (words.isEmpty()) {
            // Punctuation alone ("§", "&", "–") holds nothing to search for; so does "-" before it.
            if (afterMinus(at))
                tokens.removeLast();
            return;
        }
        Token token;
        token.kind = Token::Term;
        token.at = at;
        token.text = typed;
        token.words = words;
        token.prefix = prefix;
        tokens.append(token);
    }

    const QString &m_text;
    const QStringList &m_knownFilters;
    std::optional<Error> m_error;
};

// Operators need a word on each side. "AND NOT" is accepted as NOT; "OR NOT" and "OR -word" pass
// on to the parser, which names them as pure exclusions.
std::optional<Error> checkOperators(const QList<Token> &tokens)
{
    for (int k = 0; k < tokens.size(); ++k) {
        const Token &token = tokens.at(k);
        const Token *before = k > 0 ? &tokens.at(k - 1) : nullptr;
        const Token *after = k + 1 < tokens.size() ? &tokens.at(k + 1) : nullptr;
        if (token.kind == Token::Open && after && after->kind == Token::Close)
            return Error::invalid(SearchQuery::tr("The parentheses at position %1 are empty: put words between them or "
                                                  "remove them.")
                                      .arg(position(token.at)));
        if (!token.isOperator() && token.kind != Token::Minus)
            continue;
        const bool negation = token.kind == Token::Not || token.kind == Token::Minus;
        if (before && before->isOperator()) {
            const bool allowed = negation && (before->kind == Token::And || before->kind == Token::Or);
            if (!allowed)
                return Error::invalid(SearchQuery::tr("The operators \"%1\" (position %2) and \"%3\" (position %4) "
                                                      "follow each other: put a word between them.")
                                          .arg(before->text, position(before->at), token.text, position(token.at)));
        }
        if (token.kind == Token::Minus)
            continue; // the lexer made sure that something to exclude follows directly
        if (token.kind == Token::Not && (!before || before->kind == Token::Open))
            return Error::invalid(SearchQuery::tr("\"%1\" at position %2 has nothing to exclude from: a search cannot "
                                                  "only exclude words, so put a word to search for before it.")
                                      .arg(token.text, position(token.at)));
        if (!before)
            return Error::invalid(SearchQuery::tr("The search cannot start with the operator \"%1\" (position %2): put "
                                                  "a word before it.")
                                      .arg(token.text, position(token.at)));
        if (before->kind == Token::Open)
            return Error::invalid(SearchQuery::tr("The operator \"%1\" at position %2 has no word before it inside the "
                                                  "parentheses.")
                                      .arg(token.text, position(token.at)));
        if (!after)
            return Error::invalid(SearchQuery::tr("The search cannot end with the operator \"%1\" (position %2): put a "
                                                  "word after it.")
                                      .arg(token.text, position(token.at)));
        if (after->kind == Token::Close)
            return Error::invalid(SearchQuery::tr("The operator \"%1\" at position %2 has no word after it inside the "
                                                  "parentheses.")
                                      .arg(token.text, position(token.at)));
    }
    return std::nullopt;
}

// Recursive descent over checked tokens; precedence NOT > AND > OR, as in FTS5.
class Parser {
public:
    explicit Parser(const QList<Token> &tokens) : m_tokens(tokens) {}

    Node parse() { return parseOr(); }
    const std::optional<Error> &error() const { return m_error; }

private:
    bool at(Token::Kind kind) const { return m_pos < m_tokens.size() && m_tokens.at(m_pos).kind == kind; }

    Node parseOr()
    {
        Node node;
        node.kind = Node::Or;
        addAlternative(node, parseAnd());
        while (!m_error && at(Token::Or)) {
            ++m_pos;
            addAlternative(node, parseAnd());
        }
        return node.positive.size() == 1 ? std::move(node.positive.front()) : node;
    }

    Node parseAnd()
    {
        Node node;
        node.kind = Node::And;
        int firstExclusion = -1;
        while (!m_error && m_pos < m_tokens.size()) {
            const Token::Kind kind = m_tokens.at(m_pos).kind;
            if (kind == Token::Or || kind == Token::Close)
                break;
            if (kind == Token::And) {
                ++m_pos;
            } else if (kind == Token::Not || kind == Token::Minus) {
                if (firstExclusion < 0)
                    firstExclusion = m_pos;
                ++m_pos;
                node.negative.push_back(parseOperand());
            } else {
                addRequired(node, parseOperand());
            }
        }
        if (m_error)
            return node;
        if (node.positive.empty()) {
            // FTS5 cannot evaluate a pure negation ("everything except"): refuse it here.
            if (firstExclusion >= 0) {
                const Token &exclusion = m_tokens.at(firstExclusion);
                QString typed = exclusion.text;
                if (exclusion.kind == Token::Minus && firstExclusion + 1 < m_tokens.size()) {
                    const Token &excluded = m_tokens.at(firstExclusion + 1);
                    typed += excluded.kind == Token::Open ? QStringLiteral("(\u2026)") : excluded.text;
                }
                m_error = Error::invalid(SearchQuery::tr("\"%1\" at position %2 only excludes: a search cannot consist "
                                                         "of excluded words alone, so add a word that the results "
                                                         "must contain.")
                                             .arg(excerpt(typed), position(exclusion.at)));
            } else {
                m_error = Error::internal(SearchQuery::tr("The search text could not be read."));
            }
            return node;
        }
        if (node.positive.size() == 1 && node.negative.empty())
            return std::move(node.positive.front());
        return node;
    }

    Node parseOperand()
    {
        if (m_pos >= m_tokens.size()) {
            m_error = Error::internal(SearchQuery::tr("The search text could not be read."));
            return {};
        }
        const Token &token = m_tokens.at(m_pos++);
        if (token.kind == Token::Open) {
            Node inner = parseOr();
            if (!m_error && at(Token::Close))
                ++m_pos;
            return inner;
        }
        if (token.kind != Token::Term) {
            m_error = Error::internal(SearchQuery::tr("The search text could not be read."));
            return {};
        }
        Node node;
        node.words = token.words;
        node.prefix = token.prefix;
        return node;
    }

    // Nested groups of the same kind are flattened: a (b -c) is a AND b NOT c.
    static void addRequired(Node &node, Node operand)
    {
        if (operand.kind != Node::And) {
            node.positive.push_back(std::move(operand));
            return;
        }
        for (Node &child : operand.positive)
            node.positive.push_back(std::move(child));
        for (Node &child : operand.negative)
            node.negative.push_back(std::move(child));
    }

    static void addAlternative(Node &node, Node alternative)
    {
        if (alternative.kind != Node::Or) {
            node.positive.push_back(std::move(alternative));
            return;
        }
        for (Node &child : alternative.positive)
            node.positive.push_back(std::move(child));
    }

    const QList<Token> &m_tokens;
    qsizetype m_pos = 0;
    std::optional<Error> m_error;
};

// A single-word prefix longer than the index's prefixes becomes the alternatives of the words
// it begins (SearchQuery::PrefixWords); phrases and short prefixes stay as they are.
void expandPrefixes(Node &node, const SearchQuery::PrefixWords &prefixWords)
{
    if (node.kind == Node::Term) {
        if (!node.prefix || node.words.size() != 1 || node.words.front().size() <= SearchQuery::kIndexedPrefixLength)
            return;
        const std::optional<QStringList> words = prefixWords(node.words.front());
        if (!words || words->isEmpty())
            return;
        Node alternatives;
        alternatives.kind = Node::Or;
        for (const QString &word : *words) {
            Node term;
            term.words = QStringList{word};
            alternatives.positive.push_back(std::move(term));
        }
        node = alternatives.positive.size() == 1 ? std::move(alternatives.positive.front()) : std::move(alternatives);
        return;
    }
    for (Node &child : node.positive)
        expandPrefixes(child, prefixWords);
    for (Node &child : node.negative)
        expandPrefixes(child, prefixWords);
}

// Every composite operand is parenthesised, so FTS5's precedence never decides anything.
QString render(const Node &node, bool nested)
{
    if (node.kind == Node::Term) {
        QString phrase = node.words.join(QLatin1Char(' '));
        // Folded words hold only letters and digits; doubling quotes keeps that harmless anyway.
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QString quoted = QLatin1Char('"') + phrase + QLatin1Char('"');
        if (node.prefix)
            quoted += QLatin1Char('*');
        return quoted;
    }
    QStringList parts;
    for (const Node &child : node.positive)
        parts.append(render(child, true));
    QString expression;
    if (node.kind == Node::Or) {
        expression = parts.join(QStringLiteral(" OR "));
    } else {
        expression = parts.join(QStringLiteral(" AND "));
        if (!node.negative.empty()) {
            if (parts.size() > 1)
                expression = QLatin1Char('(') + expression + QLatin1Char(')');
            for (const Node &child : node.negative)
                expression += QStringLiteral(" NOT ") + render(child, true);
        }
    }
    return nested ? QLatin1Char('(') + expression + QLatin1Char(')') : expression;
}

int countPhrases(const Node &node)
{
    if (node.kind == Node::Term)
        return 1;
    int n = 0;
    for (const Node &child : node.positive)
        n += countPhrases(child);
    for (const Node &child : node.negative)
        n += countPhrases(child);
    return n;
}

// Highlighting marks what the results contain, so excluded words are left out.
void collectTerms(const Node &node, QStringList &terms)
{
    if (node.kind == Node::Term) {
        for (qsizetype i = 0; i < node.words.size(); ++i) {
            // The last word of a prefix term is marked as a prefix, as the index matches it.
            const QString word = node.prefix && i == node.words.size() - 1 ? node.words.at(i) + QLatin1Char('*') : node.words.at(i);
            if (!terms.contains(word))
                terms.append(word);
        }
        return;
    }
    for (const Node &child : node.positive)
        collectTerms(child, terms);
}

} // namespace

bool ParsedQuery::matches(const QString &foldedWord) const
{
    for (const QString &term : terms) {
        if (term.endsWith(QLatin1Char('*')) ? foldedWord.startsWith(term.chopped(1)) : foldedWord == term)
            return true;
    }
    return false;
}

bool ParsedQuery::isEmpty() const
{
    return match.isEmpty();
}

Result<ParsedQuery> SearchQuery::parse(const QString &text, const QStringList &knownFilters,
                                       const PrefixWords &prefixWords)
{
    if (text.size() > kMaxLength)
        return Error::invalid(
            tr("The search text has %1 characters; at most %2 are allowed.").arg(text.size()).arg(kMaxLength));
    Lexer lexer(text, knownFilters);
    if (auto error = lexer.run())
        return *error;
    ParsedQuery parsed;
    parsed.filters = lexer.filters;
    if (lexer.tokens.isEmpty()) {
        if (parsed.filters.isEmpty())
            return Error::invalid(tr("The search is empty: type a word to search for."));
        return parsed;
    }
    if (auto error = checkOperators(lexer.tokens))
        return *error;
    Parser parser(lexer.tokens);
    const Node root = parser.parse();
    if (parser.error())
        return *parser.error();
    // The terms to mark are the typed ones: a prefix marks every word it begins, as before.
    collectTerms(root, parsed.terms);
    Node searched = root;
    if (prefixWords)
        expandPrefixes(searched, prefixWords);
    parsed.match = render(searched, false);
    parsed.phrases = countPhrases(searched);
    return parsed;
}

} // namespace amtsdesk
