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
