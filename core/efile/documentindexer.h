#pragma once

#include "efile/efiletypes.h"
#include "common/result.h"

#include <QCoreApplication>

#include <functional>

namespace amtsdesk {

class Database;
class PdfWorker;

// How reading one version's text ended.
struct IndexOutcome {
    VersionId version;
    QString status; // indexed, no_text, encrypted, unreadable
    QString note;   // in words, for the person: why there is no text
    int pages = 0;
};

// Reads the text of stored documents and puts it into the full-text index: plain text here,
// PDFs only through the worker process (never in this process). A file that cannot be read
// is stored all the same and marked with why.
class DocumentIndexer {
    Q_DECLARE_TR_FUNCTIONS(DocumentIndexer)

public:
    static constexpr qint64 kMaxTextBytes = 20 << 20;

    // worker may be null: PDFs then stay pending until an indexer with a worker comes along.
    DocumentIndexer(Database &db, PdfWorker *worker);

    Result<IndexOutcome> indexVersion(VersionId version, const QByteArray &password = {});
    // Every pending version; progress gets (done, total) and returns false to cancel.
    Result<QList<IndexOutcome>> indexPending(const std::function<bool(int, int)> &progress = {});

private:
    Database &m_db;
    PdfWorker *m_worker;
};

} // namespace amtsdesk
