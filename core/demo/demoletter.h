#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace amtsdesk {

// The PDF of a plain letter: A4 pages of Helvetica text, the first line bold, long lines
// wrapped, more lines than fit going on to further pages. Written by hand (no QPainter), so
// that the demo and the scale generator make PDFs without a display, and fast. The text is set
// in WinAnsiEncoding, which covers German, with the Turkish letters (Ş ş Ğ ğ İ ı) put on codes
// WinAnsi leaves unused; other characters become "?". Content streams are Flate-compressed.
QByteArray demoLetterPdf(const QString &title, const QStringList &paragraphs);

// Paragraphs laid out as demoLetterPdf sets them: wrapped at the column width, in pages of
// kLetterLinesPerPage lines (an empty paragraph is an empty line).
inline constexpr int kLetterLinesPerPage = 52;
QList<QStringList> letterPages(const QStringList &paragraphs);
// The PDF of pages already laid out, each a list of lines; the first line of page 1 is bold.
QByteArray letterPdf(const QString &title, const QList<QStringList> &pages);

} // namespace amtsdesk
