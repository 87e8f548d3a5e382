#pragma once

// Running the crash driver (crashdriver.cpp) and amtsdesk-cli from the reliability tests, and
// checking through core that what a driver reported as committed is in the store.
#include "workload.h"

#include <QProcess>
#include <QStringList>

#include <memory>

namespace amtsdesk {
class Database;
}

namespace reliability {

// The driver or amtsdesk-cli, started with English messages.
std::unique_ptr<QProcess> startDriver(const QStringList &args);
std::unique_ptr<QProcess> startCli(const QStringList &args);

struct Finished {
    bool crashed = false; // killed, or died on a signal
    int exitCode = -1;
    QByteArray out;
    QString err;
};
Finished finish(QProcess &process, int timeoutMs = 120000);

// A new store for the driver at path ("init"); the error output when that failed.
QString initStore(const QString &path);

// One line per operation reported as committed that the store does not hold (empty: all there).
// Steps and refilings are checked in the order reported: each must appear, in that order, in the
// item's history or the file's audit trail.
QStringList missingCommitted(amtsdesk::Database &db, const QList<Committed> &ops);

// Opens the store and requires that it verifies and holds every operation of each sequence, each
// checked in its own order (two processes interleave in the store); the store stays open.
std::unique_ptr<amtsdesk::Database> requireWhole(const QString &path, const QList<QList<Committed>> &sequences);

// An integer from the environment, or the fallback.
qint64 envNumber(const char *name, qint64 fallback);

} // namespace reliability
