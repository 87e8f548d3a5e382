#pragma once

#include "access/actor.h"
#include "efile/efiletypes.h"

#include <QCoreApplication>

namespace amtsdesk {

class Database;

struct DisposalCandidate {
    FileId file;
    QString referenceNumber;
    QString subject;
    QString departmentCode;
    int documents = 0; // what destruction would remove
    QDate retentionUntil;
    std::optional<qint64> requestId; // a destruction already asked for
    QString requestedBy;
};

// Aussonderung: closed files whose retention period has ended. Destroying one (Kassation)
// needs a request and an approval by a second person, a signatory of the file's department;
// then its cases, documents, versions, notes and resubmissions are removed, its blobs become
// orphans for the collector, and the audit trail keeps who destroyed which reference number
// on whose approval.
class Disposal {
    Q_DECLARE_TR_FUNCTIONS(Disposal)

public:
    explicit Disposal(Database &db) : m_db(db) {}

    // The files of the actor's departments past their retention period, the longest expired
    // first; at most limit of them (-1: all).
    Result<QList<DisposalCandidate>> candidates(const Actor &actor, int limit = -1) const;
    Result<int> candidateCount(const Actor &actor) const;
    Result<qint64> requestDestruction(const Actor &actor, FileId file);
    // Approves and carries out a request; refused to the person who asked for it.
    Status approveDestruction(const Actor &actor, qint64 requestId);

private:
    Database &m_db;
};

} // namespace amtsdesk
