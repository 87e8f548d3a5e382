#pragma once

#include <QString>
#include <QStringList>

namespace amtsdesk {

// CSV as spreadsheet programs read and write it (RFC 4180 quoting).
namespace csv {

// One cell for writing: quoted where needed; a leading = + - @ is defused with an apostrophe,
// so that a spreadsheet never runs a formula that came from a record.
QString field(QString text);
// One line split into cells, with the given separator (',' or ';').
QStringList splitLine(const QString &line, QChar separator);

// One record of an RFC 4180 file: its fields and the line it starts on.
struct Record {
    int line = 0;
    QStringList fields;
};

// RFC 4180 with either separator: quoted fields may hold the separator, doubled quotes and line
// breaks; lines end in CRLF, LF or CR. unterminatedLine (if given) is set to the line where a
// quote opened that was still open at the end, and left alone otherwise.
QList<Record> readRecords(const QString &text, QChar separator, int *unterminatedLine = nullptr);

} // namespace csv
} // namespace amtsdesk
