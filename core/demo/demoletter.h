#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace amtsdesk {

// The PDF of a plain letter: A4 pages of Helvetica text, the first line bold, long lines
// wrapped, more lines than fit going on to further pages. Written by hand (no QPainter), so
// that the demo can be made by the command line without a display. The text is set in
// WinAnsiEncoding, which covers German; other characters become "?".
QByteArray demoLetterPdf(const QString &title, const QStringList &paragraphs);

} // namespace amtsdesk
