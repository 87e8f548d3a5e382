#pragma once

#include "access/actor.h"
#include "efile/batchimport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace amtsdesk {

class Database;
class PdfWorker;

// A watched inbox folder, such as a scanner's output or an invoice mailbox: files that have
// stopped growing are handed to a taker (by default, added to a case) and moved to imported/;
// files that cannot be taken go to failed/ with a .reason.txt beside them. Nothing is ever
// deleted.
class InboxFolder {
    Q_DECLARE_TR_FUNCTIONS(InboxFolder)

public:
    // Takes the files that are ready and says for each what became of it.
    using Taker = std::function<ImportSummary(const QStringList &ready)>;

    // Adds the files as documents to the case.
    InboxFolder(Database &db, PdfWorker &worker, QString folder, Actor actor, CaseId target);
    InboxFolder(QString folder, Taker taker);
    // A file is taken once its size and time have not changed for settleSeconds.
    void setSettleSeconds(int seconds) { m_settleSeconds = seconds; }
    // Looks once; returns what was done (empty when nothing was ready).
    Result<ImportSummary> scan();

private:
    QString moveTo(const QString &path, const QString &subfolder) const;

    QString m_folder;
    Taker m_taker;
    int m_settleSeconds = 3;
    QHash<QString, QPair<qint64, QDateTime>> m_seen; // path → size and time at the last look
};

} // namespace amtsdesk
