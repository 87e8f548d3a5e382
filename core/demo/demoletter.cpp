#include "demo/demoletter.h"

#include <QList>

#include <array>

namespace amtsdesk {

namespace {

constexpr int kWrapColumns = 88;    // Helvetica 10.5 pt over the 467 pt between the margins
constexpr double kFirstLineY = 780; // A4 is 595 × 842 pt; 64 pt margin on the left
constexpr int kCompression = 1;     // zlib's fastest level: text still shrinks to about half

// Codes WinAnsiEncoding leaves undefined (and the rarely used florin sign), given to the Turkish
// letters by the font's /Differences, so that names such as Şahin or Yılmaz come out right.
struct ExtraGlyph {
    char16_t unicode;
    uchar code;
    const char *name;
};
constexpr ExtraGlyph kExtraGlyphs[] = {
    {0x015e, 0x81, "Scedilla"}, {0x015f, 0x8d, "scedilla"},   {0x011e, 0x8f, "Gbreve"},
    {0x011f, 0x90, "gbreve"},   {0x0130, 0x9d, "Idotaccent"}, {0x0131, 0x83, "dotlessi"},
};

// The byte each character has in the fonts' encoding; 0 for none (written as "?").
const std::array<uchar, 0x10000> &encodingTable()
{
    static const std::array<uchar, 0x10000> table = [] {
        std::array<uchar, 0x10000> t{};
        for (char16_t u = 0x20; u < 0x7f; ++u)
            t[u] = uchar(u);
        for (char16_t u = 0xa0; u <= 0xff; ++u)
            t[u] = uchar(u);
        // The rest of Windows-1252.
        const std::pair<char16_t, uchar> cp1252[] = {
            {0x20ac, 0x80}, {0x201a, 0x82}, {0x201e, 0x84}, {0x2026, 0x85}, {0x2020, 0x86}, {0x2021, 0x87},
            {0x02c6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8a}, {0x2039, 0x8b}, {0x0152, 0x8c}, {0x017d, 0x8e},
            {0x2018, 0x91}, {0x2019, 0x92}, {0x201c, 0x93}, {0x201d, 0x94}, {0x2022, 0x95}, {0x2013, 0x96},
            {0x2014, 0x97}, {0x02dc, 0x98}, {0x2122, 0x99}, {0x0161, 0x9a}, {0x203a, 0x9b}, {0x0153, 0x9c},
            {0x017e, 0x9e}, {0x0178, 0x9f}};
        for (const auto &[u, b] : cp1252)
            t[u] = b;
        for (const ExtraGlyph &g : kExtraGlyphs)
            t[g.unicode] = g.code;
        return t;
    }();
    return table;
}

// Appends text as a PDF string literal: ( ) \ escaped, bytes above 127 as octal escapes.
void appendPdfString(QByteArray &out, const QString &text)
{
    const auto &table = encodingTable();
    out += '(';
    for (const QChar c : text) {
        const uchar b = table[c.unicode()] ? table[c.unicode()] : uchar('?');
        if (b == '(' || b == ')' || b == '\\') {
            out += '\\';
            out += char(b);
        } else if (b >= 0x80) {
            const char octal[] = {'\\', char('0' + (b >> 6)), char('0' + ((b >> 3) & 7)), char('0' + (b & 7))};
            out.append(octal, 4);
        } else {
            out += char(b);
        }
    }
    out += ')';
}

QByteArray pdfString(const QString &text)
{
    QByteArray out;
    appendPdfString(out, text);
    return out;
}

void wrap(const QString &paragraph, QStringList &lines)
{
    QString line;
    for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > kWrapColumns) {
            lines << line;
            line.clear();
        }
        if (!line.isEmpty())
            line += QLatin1Char(' ');
        line += word;
    }
    lines << line; // an empty paragraph is an empty line
}

QByteArray fontObject(const char *baseFont)
{
    QByteArray differences;
    for (const ExtraGlyph &g : kExtraGlyphs)
        differences += QByteArray::number(g.code) + " /" + g.name + ' ';
    return QByteArray("<< /Type /Font /Subtype /Type1 /BaseFont /") + baseFont +
           " /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [" + differences.trimmed() +
           "] >> >>";
}

} // namespace

QList<QStringList> letterPages(const QStringList &paragraphs)
{
    QStringList lines;
    for (const QString &paragraph : paragraphs)
        wrap(paragraph, lines);
    QList<QStringList> pages;
    for (qsizetype i = 0; i < lines.size(); i += kLetterLinesPerPage)
        pages << lines.mid(i, kLetterLinesPerPage);
    return pages;
}

QByteArray demoLetterPdf(const QString &title, const QStringList &paragraphs)
{
    return letterPdf(title, letterPages(paragraphs));
}

QByteArray letterPdf(const QString &title, const QList<QStringList> &pages)
{
    // Objects: 1 catalog, 2 page tree, 3 regular font, 4 bold font, 5 info, then per page its
    // page object and its content stream.
    QByteArray pdf("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    QList<qsizetype> offsets;
    offsets.reserve(5 + 2 * pages.size());
    const auto object = [&](const QByteArray &body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    QByteArray kids;
    for (int p = 0; p < pages.size(); ++p)
        kids += QByteArray::number(6 + 2 * p) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>");
    object(fontObject("Helvetica"));
    object(fontObject("Helvetica-Bold"));
    object("<< /Title " + pdfString(title) + " /Producer (Amtsdesk) >>");
    QByteArray content;
    for (int p = 0; p < pages.size(); ++p) {
        content.clear();
        content.reserve(8192);
        content += "BT 14 TL 64 " + QByteArray::number(kFirstLineY) + " Td\n";
        const QStringList &lines = pages.at(p);
        for (int l = 0; l < lines.size(); ++l) {
            const bool heading = p == 0 && l == 0;
            content += heading ? "/F2 12 Tf " : (p == 0 && l == 1) || (p > 0 && l == 0) ? "/F1 10.5 Tf " : "";
            appendPdfString(content, lines.at(l));
            content += " Tj T*\n";
        }
        content += "ET\n";
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R "
               ">> >> /Contents " +
               QByteArray::number(7 + 2 * p) + " 0 R >>");
        // qCompress puts the length in four bytes before the zlib stream FlateDecode expects.
        const QByteArray packed = qCompress(content, kCompression).mid(4);
        object("<< /Length " + QByteArray::number(packed.size()) + " /Filter /FlateDecode >>\nstream\n" + packed +
               "\nendstream");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace amtsdesk
