#include "demo/demoletter.h"

#include <QList>

namespace amtsdesk {

namespace {

constexpr int kWrapColumns = 88;    // Helvetica 10.5 pt over the 467 pt between the margins
constexpr int kLinesPerPage = 52;   // 14 pt leading from 780 pt down to 52 pt
constexpr double kFirstLineY = 780; // A4 is 595 × 842 pt; 64 pt margin on the left

// One character in WinAnsiEncoding (Windows-1252), escaped for a PDF string.
QByteArray winAnsi(QChar c)
{
    const char16_t u = c.unicode();
    char byte = '?';
    if (u == '(' || u == ')' || u == '\\')
        return QByteArray("\\") + char(u);
    if (u >= 0x20 && u < 0x7f)
        byte = char(u);
    else if (u >= 0xa0 && u <= 0xff)
        byte = char(u);
    else {
        switch (u) {
        case 0x20ac: byte = char(0x80); break; // €
        case 0x201a: byte = char(0x82); break; // ‚
        case 0x201e: byte = char(0x84); break; // „
        case 0x2026: byte = char(0x85); break; // …
        case 0x2018: byte = char(0x91); break; // ‘
        case 0x2019: byte = char(0x92); break; // ’
        case 0x201c: byte = char(0x93); break; // “
        case 0x201d: byte = char(0x94); break; // ”
        case 0x2022: byte = char(0x95); break; // •
        case 0x2013: byte = char(0x96); break; // –
        case 0x2014: byte = char(0x97); break; // —
        default: break;
        }
    }
    if (uchar(byte) >= 0x80)
        return QByteArray("\\") + QByteArray::number(uchar(byte), 8);
    return QByteArray(1, byte);
}

QByteArray pdfString(const QString &text)
{
    QByteArray out("(");
    for (const QChar c : text)
        out += winAnsi(c);
    return out + ')';
}

QStringList wrap(const QString &paragraph)
{
    QStringList lines;
    QString line;
    for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > kWrapColumns) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines << line; // an empty paragraph is an empty line
    return lines;
}

} // namespace

QByteArray demoLetterPdf(const QString &title, const QStringList &paragraphs)
{
    QStringList lines;
    for (const QString &paragraph : paragraphs)
        lines << wrap(paragraph);
    QList<QStringList> pages;
    for (qsizetype i = 0; i < lines.size(); i += kLinesPerPage)
        pages << lines.mid(i, kLinesPerPage);

    // Objects: 1 catalog, 2 page tree, 3 regular font, 4 bold font, 5 info, then per page its
    // page object and its content stream.
    QList<QByteArray> objects;
    QByteArray kids;
    for (int p = 0; p < pages.size(); ++p)
        kids += QByteArray::number(6 + 2 * p) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
    objects << "<< /Title " + pdfString(title) + " /Producer (Amtsdesk demo) >>";
    for (int p = 0; p < pages.size(); ++p) {
        QByteArray content = "BT 14 TL 64 " + QByteArray::number(kFirstLineY) + " Td\n";
        for (int l = 0; l < pages.at(p).size(); ++l) {
            const bool heading = p == 0 && l == 0;
            content += heading ? "/F2 12 Tf " : (p == 0 && l == 1) || (p > 0 && l == 0) ? "/F1 10.5 Tf " : "";
            content += pdfString(pages.at(p).at(l)) + " Tj T*\n";
        }
        content += "ET\n";
        objects
            << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
               "/Contents " +
                   QByteArray::number(7 + 2 * p) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream";
    }

    QByteArray pdf("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace amtsdesk
