#include "inbox/inboxwatcher.h"

#include "efile/inboxfolder.h"
#include "invoice/inbox/invoiceinbox.h"
#include "pdf/workerclient.h"
#include "store/database.h"

#include <QTimer>

#include <memory>

namespace amtsdesk::ui {

// Lives in the watcher's thread and owns everything that belongs to it there.
class InboxWatcher::Job : public QObject {
    Q_OBJECT

public:
    // target 0: the files are invoices for the invoice inbox; else the case they are added to.
    Q_INVOKABLE void begin(const QString &dbPath, const amtsdesk::Actor &actor, const QString &folder, qint64 target,
                           int intervalMs, int settleSeconds)
    {
        end();
        if (!m_db || m_db->path() != dbPath) {
            auto db = Database::open(dbPath);
            if (!db) {
                emit failed(db.error().message);
                return;
            }
            m_db = std::move(*db);
        }
        if (!m_worker)
            m_worker = std::make_unique<PdfWorker>();
        if (target == 0) {
            Database *db = m_db.get();
            PdfWorker *worker = m_worker.get();
            m_inbox = std::make_unique<InboxFolder>(folder, [db, worker, actor](const QStringList &ready) {
                return InvoiceInbox(*db).importFiles(actor, ready, InvoiceChannel::Folder, worker);
            });
        } else {
            m_inbox = std::make_unique<InboxFolder>(*m_db, *m_worker, folder, actor, CaseId(target));
        }
        m_inbox->setSettleSeconds(settleSeconds);
        if (!m_timer) {
            m_timer = new QTimer(this);
            connect(m_timer, &QTimer::timeout, this, &Job::look);
        }
        m_timer->start(intervalMs);
        look();
    }

    Q_INVOKABLE void end()
    {
        if (m_timer)
            m_timer->stop();
        m_inbox.reset();
    }

signals:
    void imported(const amtsdesk::ImportSummary &summary);
    void failed(const QString &message);

private:
    void look()
    {
        if (!m_inbox)
            return;
        auto summary = m_inbox->scan();
        if (!summary) {
            end();
            emit failed(summary.error().message);
            return;
        }
        if (!summary->added.isEmpty() || !summary->duplicates.isEmpty() || !summary->failed.isEmpty())
            emit imported(*summary);
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<PdfWorker> m_worker;
    std::unique_ptr<InboxFolder> m_inbox;
    QTimer *m_timer = nullptr;
};

InboxWatcher::InboxWatcher(QString dbPath, Actor actor, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_actor(std::move(actor)), m_job(new Job)
{
    qRegisterMetaType<amtsdesk::ImportSummary>();
    qRegisterMetaType<amtsdesk::Actor>();
    m_job->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &Job::imported, this, &InboxWatcher::imported);
    connect(m_job, &Job::failed, this, [this](const QString &message) {
        m_folder.clear();
        m_target = CaseId();
        emit failed(message);
    });
    m_thread.setObjectName(QStringLiteral("amtsdesk-inbox"));
    m_thread.start();
}

InboxWatcher::~InboxWatcher()
{
    // The job, its timer, connection and worker end in their own thread, after the file at hand.
    m_thread.quit();
    m_thread.wait();
}

void InboxWatcher::start(const QString &folder, CaseId target, int intervalMs, int settleSeconds)
{
    m_folder = folder;
    m_target = target;
    QMetaObject::invokeMethod(m_job, "begin", Qt::QueuedConnection, Q_ARG(QString, m_dbPath),
                              Q_ARG(amtsdesk::Actor, m_actor), Q_ARG(QString, folder), Q_ARG(qint64, target.value),
                              Q_ARG(int, intervalMs), Q_ARG(int, settleSeconds));
}

void InboxWatcher::startInvoices(const QString &folder, int intervalMs, int settleSeconds)
{
    m_folder = folder;
    m_target = CaseId();
    QMetaObject::invokeMethod(m_job, "begin", Qt::QueuedConnection, Q_ARG(QString, m_dbPath),
                              Q_ARG(amtsdesk::Actor, m_actor), Q_ARG(QString, folder), Q_ARG(qint64, 0),
                              Q_ARG(int, intervalMs), Q_ARG(int, settleSeconds));
}

void InboxWatcher::stop()
{
    m_folder.clear();
    m_target = CaseId();
    QMetaObject::invokeMethod(m_job, "end", Qt::QueuedConnection);
}

} // namespace amtsdesk::ui

#include "inboxwatcher.moc"
