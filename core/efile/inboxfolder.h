#pragma once

#include "access/actor.h"
#include "efile/batchimport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace amtsdesk {

class Database;
class PdfWorker;

// A watched inbox folder, such as a scanner's output: files that have stopped growing are
// added to a case and moved to imported/; files that cannot be added go to failed/ with a
// .reason.txt beside them. Nothing is ever deleted.
class InboxFolder {
    Q_DECLARE_TR_FUNCTIONS(InboxFolder)

public:
    InboxFolder(Database &db, PdfWorker &worker, QString folder, Actor actor, CaseId target);

    // A file is taken once its size and time have not changed for settleSeconds.
    void setSettleSeconds(int seconds) { m_settleSeconds = seconds; }
    // Looks once; returns what was done (empty when nothing was ready).
    Result<ImportSummary> scan();

private:
    QString moveTo(const QString &path, const QString &subfolder) const;

    Database &m_db;
    PdfWorker &m_worker;
    QString m_folder;
    Actor m_actor;
    CaseId m_target;
    int m_settleSeconds = 3;
    QHash<QString, QPair<qint64, QDateTime>> m_seen; // path → size and time at the last look
};

} // namespace amtsdesk
