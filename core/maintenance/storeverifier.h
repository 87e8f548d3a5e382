#pragma once

#include "audit/auditlog.h"
#include "store/blobstore.h"

#include <QCoreApplication>
#include <QStringList>

namespace amtsdesk {

class Database;

// What `verify` found: SQLite's own checks, the audit chain and every blob's hash.
struct VerifyReport {
    QStringList integrityProblems;
    AuditChainReport audit;
    BlobCheckReport blobs;
    QStringList notes; // what was not checked and why; not a problem
    bool ok() const { return integrityProblems.isEmpty() && audit.ok() && blobs.ok(); }
    // Human-readable lines, first the verdict, then one line per finding.
    QStringList describe() const;
};

class StoreVerifier {
    Q_DECLARE_TR_FUNCTIONS(StoreVerifier)

public:
    static VerifyReport run(Database &db, const std::function<void(qint64, qint64)> &blobProgress = {});
};

} // namespace amtsdesk
