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

} // namespace csv
} // namespace amtsdesk
