#pragma once

#include "support/pdfbytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

// Helpers for tests that build PDFs byte by byte or write files.

// QPdfWriter needs a QGuiApplication (fonts); without one the tests that generate PDFs skip.
bool canWritePdf();
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
QByteArray readFile(const QString &path);
// Hostile PDFs (issue 10), made by the tests themselves: each small on disk and costly to read.
// Pages carry their text in the standard font Helvetica, so that what can be read is searchable.

// One page's content: the text at the top of an A4 page.
QByteArray textContent(const QByteArray &text);
// A zlib stream of `gigabytes` GB of one repeated byte after the prefix (up to 128 bytes): run-length
// encoded (128 bytes in 2), then deflated (about 1000:1 again), so about 16 kB on disk per GB; decode
// with /Filter [/FlateDecode /RunLengthDecode].
QByteArray bomb(char byte, int gigabytes, const QByteArray &prefix = {});
// Hostile files whose outcome does not depend on the machine's speed: one decided by the clock
// whatever the time limit a test sets, one decided by the memory limit long before any clock.
// One page drawing, `times` times, a form whose content inflates to 1 GB of blanks: Poppler reads
// each in seconds, so reading or drawing the page takes minutes, but needs no memory.
QByteArray slowContentPdf(int times = 100);
// One page whose content stream is one string inflating to gigabytes: Poppler keeps the string in
// memory and so runs into a memory limit within a second or two.
QByteArray stringBombPdf(int gigabytes);
// A page with text and an image of 50,000 × 50,000 grey pixels inflating from a bomb, drawn 64
// times: its text is read at once, but drawing the page decodes the whole image again and again
// (Poppler takes minutes without a limit).
QByteArray imageBombPdf(const QByteArray &text, int gigabytes);
// A real page tree of `pages` pages (in nodes of 1,000) sharing one content stream.
QByteArray manyPagesPdf(int pages, const QByteArray &text);
// One page under a page tree that declares `declared` pages.
QByteArray declaredPagesPdf(qint64 declared, const QByteArray &text);
// A page under `depth` nested page-tree nodes, each the only kid of its parent.
QByteArray deepPageTreePdf(int depth, const QByteArray &text);
// Arrays and dictionaries nested `depth` deep in the catalogue and in the page's content stream.
QByteArray deepNestingPdf(int depth, const QByteArray &text);
// A page with text whose opening, page and annotation actions are JavaScript and a launch of
// /bin/sh that would create `marker`: nothing of it may ever run.
QByteArray scriptPdf(const QByteArray &text, const QString &marker);
// A page with text and embedded files under the given names (raw bytes, so any name can be
// written: path-like, absolute, with NUL or control characters) and contents; with
// imageBombGigabytes, the page also draws the image of imageBombPdf (a ZUGFeRD-like bomb).
QByteArray attachmentsPdf(const QByteArray &text, const QList<QPair<QByteArray, QByteArray>> &files,
                          int imageBombGigabytes = 0);
// A PDF whose cross-reference table points everywhere but at its objects, and whose startxref is wrong.
QByteArray brokenXrefPdf(const QByteArray &text);
