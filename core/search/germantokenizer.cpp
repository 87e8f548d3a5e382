#include "search/germantokenizer.h"

#include <QChar>
#include <QCoreApplication>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <array>
#include <cstddef>
#include <vector>

namespace amtsdesk {

namespace {

// Marks a byte sequence that is not valid UTF-8; it separates tokens like punctuation does.
constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes one code point. Malformed input (stray continuation bytes, overlong forms, surrogates,
// truncated sequences, values above U+10FFFF) yields kInvalid for exactly one byte, so that the
// scan always advances and resynchronises at the next lead byte.
inline int decodeUtf8(const unsigned char *p, const unsigned char *end, char32_t &cp)
{
    const char32_t b0 = p[0];
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    const std::ptrdiff_t left = end - p;
    if (b0 >= 0xC2 && b0 < 0xE0) {
        if (left >= 2 && (p[1] & 0xC0) == 0x80) {
            cp = ((b0 & 0x1F) << 6) | (p[1] & 0x3F);
            return 2;
        }
    } else if (b0 >= 0xE0 && b0 < 0xF0) {
        if (left >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
            const char32_t c = ((b0 & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
            if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
                cp = c;
                return 3;
            }
        }
    } else if (b0 >= 0xF0 && b0 < 0xF5) {
        if (left >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80) {
            const char32_t c =
                ((b0 & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
            if (c >= 0x10000 && c <= 0x10FFFF) {
                cp = c;
                return 4;
            }
        }
    }
    cp = kInvalid;
    return 1;
}

inline int encodeUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

enum class CharClass : unsigned char {
    Separator,
    Word,   // starts or continues a token
    Joiner, // continues a token but never starts one (combining marks, soft hyphen, ZWJ)
};

// Invisible format characters that appear inside words in copied text (PDF hyphenation points,
// joiners); splitting there would tear "Stra\u00ADße" apart.
inline bool isInWordFormat(char32_t c)
{
    return c == 0x00AD || c == 0x200C || c == 0x200D || c == 0x2060;
}

constexpr std::array<bool, 128> makeAsciiWordTable()
{
    std::array<bool, 128> table{};
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = table[c - 'a' + 'A'] = true;
    return table;
}
constexpr std::array<bool, 128> kAsciiWord = makeAsciiWordTable();

inline CharClass classify(char32_t c)
{
    if (c < 0x80)
        return kAsciiWord[c] ? CharClass::Word : CharClass::Separator;
    if (c == kInvalid)
        return CharClass::Separator;
    if (QChar::isLetterOrNumber(c))
        return CharClass::Word;
    if (QChar::isMark(c) || isInWordFormat(c))
        return CharClass::Joiner;
    return CharClass::Separator;
}

using CodePoints = QVarLengthArray<char32_t, 32>;

// Steps 1 to 3 of the fold (see the header) for one code point; the digraph step works on the
// output of the whole token. Slow (decomposition builds a QString): results for the BMP are cached
// in FoldTable.
void foldCodePoint(char32_t c, CodePoints &out, int depth = 0)
{
    if (QChar::isMark(c) || isInWordFormat(c))
        return;
    // toLower first: İ has no simple case folding but lower-cases to i; ẞ lower-cases to ß.
    const char32_t lower = QChar::toCaseFolded(QChar::toLower(c));
    switch (lower) {
    // Dotless ı and letters with a stroke have no decomposition, but clerks type them without it.
    case 0x0131: out << U'i'; return;         // ı
    case 0x00F8: out << U'o'; return;         // ø
    case 0x0111: out << U'd'; return;         // đ
    case 0x0127: out << U'h'; return;         // ħ
    case 0x0142: out << U'l'; return;         // ł
    case 0x0167: out << U't'; return;         // ŧ
    case 0x00DF: out << U's' << U's'; return; // ß
    case 0x00E6: out << U'a' << U'e'; return; // æ, then folded like "ae"
    case 0x0153: out << U'o' << U'e'; return; // œ, then folded like "oe"
    default: break;
    }
    const QChar::Decomposition tag = QChar::decompositionTag(lower);
    const bool hangulSyllable = lower >= 0xAC00 && lower <= 0xD7A3; // stays whole, like CJK
    if (depth < 8 && !hangulSyllable &&
        (tag == QChar::Canonical || tag == QChar::Compat || tag == QChar::Font || tag == QChar::Wide ||
         tag == QChar::Narrow)) {
        const QString parts = QChar::decomposition(lower);
        const QList<uint> ucs4 = QStringView(parts).toUcs4();
        for (uint part : ucs4)
            foldCodePoint(part, out, depth + 1);
        return;
    }
    // Punctuation from compatibility forms ("⑴" → "(1)") is dropped: a fold holds only letters
    // and digits, so it always re-tokenizes as one token.
    if (QChar::isLetterOrNumber(lower))
        out.append(lower);
}

// The fold of every BMP code point, computed once, so that tokenizing allocates nothing.
class FoldTable {
public:
    static constexpr quint32 kIdentity = 0xFFFFFFFF;

    FoldTable() : m_entries(0x10000, 0)
    {
        char bytes[4];
        for (char32_t c = 0; c < 0x10000; ++c) {
            CodePoints out;
            foldCodePoint(c, out);
            if (out.isEmpty())
                continue; // 0: folds to nothing
            if (out.size() == 1 && out.front() == c) {
                m_entries[c] = kIdentity;
                continue;
            }
            const qsizetype offset = m_pool.size();
            for (char32_t f : out)
                m_pool.append(bytes, encodeUtf8(f, bytes));
            m_entries[c] = quint32(offset) << 8 | quint32(m_pool.size() - offset);
        }
        Q_ASSERT(m_pool.size() < (1 << 24));
    }

    quint32 entry(char32_t c) const { return m_entries[c]; }
    const char *pool() const { return m_pool.constData(); }

private:
    std::vector<quint32> m_entries;
    QByteArray m_pool;
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

// Collects the fold of one token into a fixed buffer and applies the digraph step on the way.
class TokenBuffer {
public:
    explicit TokenBuffer(const FoldTable &table) : m_table(table) {}

    void clear()
    {
        m_size = 0;
        m_chars = 0;
        m_tooLong = false;
    }
    bool tooLong() const { return m_tooLong; }
    const char *data() const { return m_buffer; }
    int size() const { return m_size; }

    void append(char32_t c)
    {
        if (m_tooLong)
            return; // keep scanning to the token's end, but stop folding
        if (c < 0x80) {
            putAscii(c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : char(c));
            return;
        }
        if (c < 0x10000) {
            const quint32 entry = m_table.entry(c);
            if (entry == FoldTable::kIdentity) {
                putCodePoint(c);
            } else if (entry != 0) {
                const char *p = m_table.pool() + (entry >> 8);
                const char *end = p + (entry & 0xFF);
                while (p < end) {
                    const auto lead = static_cast<unsigned char>(*p);
                    const int n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
                    if (n == 1)
                        putAscii(*p);
                    else
                        putBytes(p, n);
                    p += n;
                }
            }
            return;
        }
        CodePoints out;
        foldCodePoint(c, out);
        for (char32_t f : out)
            putCodePoint(f);
    }

private:
    void putAscii(char ch)
    {
        // The digraph step: after a, o or u an "e" is dropped (ae → a, oe → o, ue → u). Comparing
        // the last byte is safe: a multi-byte character never ends in an ASCII byte.
        if (ch == 'e' && m_size > 0) {
            const char last = m_buffer[m_size - 1];
            if (last == 'a' || last == 'o' || last == 'u')
                return;
        }
        if (!reserveChar())
            return;
        m_buffer[m_size++] = ch;
    }
    void putCodePoint(char32_t c)
    {
        if (c < 0x80) {
            putAscii(char(c));
            return;
        }
        char bytes[4];
        putBytes(bytes, encodeUtf8(c, bytes));
    }
    void putBytes(const char *bytes, int n)
    {
        if (!reserveChar())
            return;
        for (int i = 0; i < n; ++i)
            m_buffer[m_size++] = bytes[i];
    }
    bool reserveChar()
    {
        if (m_chars == kGermanTokenMaxLength) {
            m_tooLong = true;
            return false;
        }
        ++m_chars;
        return true;
    }

    const FoldTable &m_table;
    char m_buffer[kGermanTokenMaxLength * 4];
    int m_size = 0;
    int m_chars = 0;
    bool m_tooLong = false;
};

// Splits UTF-8 text into folded tokens; onToken(token, length, start, end) gets byte offsets into
// text and returns an SQLite result code, and a code other than SQLITE_OK stops the scan.
template <typename OnToken> int tokenizeUtf8(const char *text, int size, OnToken &&onToken, int *skipped = nullptr)
{
    if (!text || size <= 0)
        return SQLITE_OK;
    TokenBuffer token(foldTable());
    const auto *begin = reinterpret_cast<const unsigned char *>(text);
    const auto *end = begin + size;
    const unsigned char *p = begin;
    while (p < end) {
        char32_t c;
        int n = decodeUtf8(p, end, c);
        if (classify(c) != CharClass::Word) {
            p += n;
            continue;
        }
        const unsigned char *start = p;
        token.clear();
        for (;;) {
            token.append(c);
            p += n;
            if (p >= end)
                break;
            n = decodeUtf8(p, end, c);
            if (classify(c) == CharClass::Separator)
                break;
        }
        if (token.tooLong()) {
            if (skipped)
                ++*skipped;
            continue;
        }
        if (token.size() == 0)
            continue;
        const int rc = onToken(token.data(), token.size(), int(start - begin), int(p - begin));
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

// The FTS5 callbacks.
class GermanTokenizer {
public:
    static int create(void *, const char **, int argumentCount, Fts5Tokenizer **tokenizer)
    {
        // The tokenizer has no options; refusing them catches typos in a table definition.
        if (argumentCount > 0)
            return SQLITE_ERROR;
        // FTS5 needs a non-null handle; the tokenizer keeps no state, so one static will do.
        static char instance;
        *tokenizer = reinterpret_cast<Fts5Tokenizer *>(&instance);
        return SQLITE_OK;
    }

    static void destroy(Fts5Tokenizer *) {}

    // The same fold for documents, queries, prefixes and highlight(): FTS5's flags do not matter.
    static int tokenize(Fts5Tokenizer *, void *context, int, const char *text, int size,
                        int (*token)(void *, int, const char *, int, int, int))
    {
        return tokenizeUtf8(text, size, [&](const char *bytes, int length, int start, int end) {
            return token(context, 0, bytes, length, start, end);
        });
    }
};

} // namespace

int registerGermanTokenizer(fts5_api *api)
{
    static fts5_tokenizer callbacks = {&GermanTokenizer::create, &GermanTokenizer::destroy, &GermanTokenizer::tokenize};
    return api->xCreateTokenizer(api, kGermanTokenizerName, nullptr, &callbacks, nullptr);
}

QStringList germanTokens(QStringView text, int *skipped)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList tokens;
    int tooLong = 0;
    tokenizeUtf8(
        utf8.constData(), int(utf8.size()),
        [&](const char *bytes, int length, int, int) {
            tokens.append(QString::fromUtf8(bytes, length));
            return SQLITE_OK;
        },
        &tooLong);
    if (skipped)
        *skipped = tooLong;
    return tokens;
}

QString foldGerman(QStringView word)
{
    return germanTokens(word).join(QLatin1Char(' '));
}

} // namespace amtsdesk
