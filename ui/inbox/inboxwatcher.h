#pragma once

#include "access/actor.h"
#include "efile/batchimport.h"
#include "efile/efiletypes.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace amtsdesk::ui {

// Watches a scanner's inbox folder while the application runs, on a thread of its own with its
// own connection to the store and its own worker process: every two seconds it adds the files
// that have stopped growing to a case (InboxFolder: imported/ and failed/ beside them). What
// was done, and a folder that vanished, are reported by signals on the GUI thread.
class InboxWatcher : public QObject {
    Q_OBJECT

public:
    InboxWatcher(QString dbPath, Actor actor, QObject *parent = nullptr);
    ~InboxWatcher() override;

    // Starts watching (or watches another folder, for another case).
    void start(const QString &folder, CaseId target, int intervalMs = 2000, int settleSeconds = 3);
    // Watches a folder whose files are e-invoices: each goes into the invoice inbox.
    void startInvoices(const QString &folder, int intervalMs = 2000, int settleSeconds = 3);
    void stop();
    bool isWatching() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }
    CaseId target() const { return m_target; }

signals:
    // Files were taken: added, duplicates and failures as the summary says.
    void imported(const amtsdesk::ImportSummary &summary);
    // Watching cannot go on (the folder is gone, the store cannot be opened); it stops.
    void failed(const QString &message);

private:
    class Job;
    QString m_dbPath;
    Actor m_actor;
    QThread m_thread;
    Job *m_job;
    QString m_folder;
    CaseId m_target;
};

} // namespace amtsdesk::ui
