#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

// Helpers for tests that build PDFs byte by byte or write files.

// QPdfWriter needs a QGuiApplication (fonts); without one the tests that generate PDFs skip.
bool canWritePdf();
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
QByteArray readFile(const QString &path);
// A minimal PDF from numbered object bodies (object 1 is the catalogue), with a correct xref table.
QByteArray buildPdf(const QList<QByteArray> &objects);
QByteArray streamObject(const QByteArray &dictionary, const QByteArray &data);
