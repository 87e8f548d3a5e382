#pragma once

#include "audit/auditlog.h"
#include "store/blobstore.h"

#include <QCoreApplication>
#include <QStringList>

namespace amtsdesk {

class Database;

// What `verify` found: SQLite's own checks, the audit chain, every blob's hash, and whether
// every record is whole (RecordCheck).
struct VerifyReport {
    QStringList integrityProblems;
    AuditChainReport audit;
    BlobCheckReport blobs;
    QStringList recordProblems;
    QStringList notes; // what was not checked and why; not a problem
    bool ok() const { return integrityProblems.isEmpty() && audit.ok() && blobs.ok() && recordProblems.isEmpty(); }
    // Human-readable lines, first the verdict, then one line per finding.
    QStringList describe() const;
};

class StoreVerifier {
    Q_DECLARE_TR_FUNCTIONS(StoreVerifier)

public:
    static VerifyReport run(Database &db, const std::function<void(qint64, qint64)> &blobProgress = {});
};

} // namespace amtsdesk
