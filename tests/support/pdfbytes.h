#pragma once

#include <QByteArray>
#include <QList>

// PDFs built byte by byte, without Qt Gui or Catch (test drivers use them too).

// A minimal PDF from numbered object bodies (object 1 is the catalogue), with a correct xref table.
QByteArray buildPdf(const QList<QByteArray> &objects);
QByteArray streamObject(const QByteArray &dictionary, const QByteArray &data);
// One A4 page with the text in Helvetica, one line per entry (ASCII; Poppler reads it back).
QByteArray textPdf(const QList<QByteArray> &lines);
