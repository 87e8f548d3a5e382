#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <atomic>
#include <functional>

namespace amtsdesk {

class PdfWorker;

struct ScaleOptions {
    qint64 documents = 10000;
    quint64 seed = 1;
    QDate until;                // the last day of the ten generated years; null: today
    int batchDocuments = 2000;  // documents per transaction
    QString adminLogin;         // the store's first administrator
    QString wordList;           // empty: Debian's German word list
};

struct ScaleProgress {
    qint64 documents = 0;      // in the store now
    qint64 totalDocuments = 0;
    qint64 startDocuments = 0; // in the store when this run began (a resumed run)
    double seconds = 0;        // of this run
    int mergeSteps = 0;        // > 0: every document is written, the search index is being merged
};

// Bytes on disk of a store: the database with its write-ahead log, and its blob folder.
struct StoreDiskUse {
    qint64 databaseBytes = 0;
    qint64 blobBytes = 0;
    qint64 blobFiles = 0;
    static StoreDiskUse of(const QString &databasePath);
};

struct ScaleReport {
    bool complete = false;  // every document is there and the index merged (false: run again to go on)
    bool resumed = false;
    qint64 documents = 0;   // in the store
    qint64 documentsThisRun = 0;
    qint64 pages = 0;
    qint64 files = 0;
    qint64 cases = 0;
    qint64 invoices = 0;
    double seconds = 0;
    double mergeSeconds = 0; // of merging the search index into one segment at the end
    StoreDiskUse disk;
};

// Fills a demo store with a district's ten years of records at a chosen size (amtsdesk-cli
// generate): the demo district's departments, people, invoices and programme, a file plan,
// files in every department (some VS-NfD), cases in every state of the case workflow, and
// documents as real PDFs with German text, indexed as written. Deterministic for a seed and
// end date; works in batches, each one transaction with its blobs synced once; a cancelled
// run leaves a valid store that the same command continues. Once every document is written,
// the search index is merged into one segment (cancel stops that too; the next run finishes it).
class ScaleGenerator {
    Q_DECLARE_TR_FUNCTIONS(ScaleGenerator)

public:
    // The worker reads the one PDF among the demo invoices. progress is called after each
    // batch; cancel is polled between batches.
    static Result<ScaleReport> run(const QString &path, const ScaleOptions &options, PdfWorker *worker,
                                   const std::function<void(const ScaleProgress &)> &progress = {},
                                   const std::atomic<bool> *cancel = nullptr);
};

} // namespace amtsdesk
