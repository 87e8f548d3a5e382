#pragma once

#include "access/actor.h"
#include "efile/efiletypes.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QStringList>

#include <functional>

namespace amtsdesk {

class Database;
class PdfWorker;

struct ImportItem {
    QString path;
    DocumentId document; // the new document, or the existing one for a duplicate
    QString message;     // why it failed, what was noticed (no text, password), or empty
};

// What a batch import did: what was added, what was there already (same SHA-256 in the same
// file), and what failed and why. Nothing already stored is touched by a failure.
struct ImportSummary {
    QList<ImportItem> added;
    QList<ImportItem> duplicates;
    QList<ImportItem> failed;
    bool cancelled = false;
    // One line per file, for people.
    QStringList describe() const;
};

// Adds many files to a case: stores each as it is, reads its text in the worker process,
// keeps going past a bad file, and can be cancelled between files.
class BatchImport {
    Q_DECLARE_TR_FUNCTIONS(BatchImport)

public:
    BatchImport(Database &db, PdfWorker &worker) : m_db(db), m_worker(worker) {}

    // progress gets (done, total, current path) and returns false to cancel.
    ImportSummary run(const Actor &actor, CaseId caseId, const QStringList &paths, Direction direction = Direction::Incoming,
                      QDate date = {}, const QString &sender = {}, const QByteArray &password = {},
                      const std::function<bool(int, int, const QString &)> &progress = {});

private:
    Database &m_db;
    PdfWorker &m_worker;
};

} // namespace amtsdesk
Q_DECLARE_METATYPE(amtsdesk::ImportSummary)
