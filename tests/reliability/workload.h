#pragma once

// What the crash driver (crashdriver.cpp) and the tests that run it share: the store it sets up
// and the lines it writes, one per operation, right after the operation committed:
//   committed file FILE-ID REFERENCE            committed case CASE-ID FILE-ID
//   committed document DOCUMENT-ID CASE-ID SHA  committed version VERSION-ID DOCUMENT-ID SHA
//   committed note NOTE-ID case|document ID     committed resubmission ID CASE-ID
//   committed resubmission-done ID CASE-ID      committed step ITEM-ID TRANSITION STATE
//   committed refile FILE-ID PLAN-KEY           committed invoice INVOICE-ID NUMBER
//   committed route INVOICE-ID DEPARTMENT       committed indexed COUNT
// ("ready" once it has opened the store and indexed what a killed run left, before the first),
// "lost OP …" where another process changed the item first (only with two processes), or
// "refused refile …" where the other unit has a file of the same number.
// Failures go to standard error as "failed OP: MESSAGE", and the driver stops with exit code 1.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace reliability {

inline const QString kClerk = QStringLiteral("clerk");
inline const QString kSigner = QStringLiteral("signer"); // clerk and signatory: the second pair of eyes
inline const QString kDepartment = QStringLiteral("10");
// Files are created under the first two; re-filing moves them to any other.
inline const QStringList kPlanLeaves{QStringLiteral("10.1"), QStringLiteral("10.2"), QStringLiteral("10.3"),
                                     QStringLiteral("10.4")};
inline const QString kRoutedLeitwegId = QStringLiteral("05315-10000-10");
inline const QString kUnknownLeitwegId = QStringLiteral("05315-99999-99"); // waits in the central queue

struct Committed {
    QString op;
    QStringList args;
    QString line;
};

// The "committed …" lines of a driver's output; a last line cut off by the kill is not one.
inline QList<Committed> committedLines(const QByteArray &output)
{
    QList<Committed> result;
    const QByteArray whole = output.left(output.lastIndexOf('\n') + 1);
    for (const QByteArray &raw : whole.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() < 2 || parts.first() != QLatin1String("committed"))
            continue;
        parts.removeFirst();
        const QString op = parts.takeFirst();
        result << Committed{op, parts, line};
    }
    return result;
}

} // namespace reliability
