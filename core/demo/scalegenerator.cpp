#include "demo/scalegenerator.h"

#include "access/accessservice.h"
#include "common/clock.h"
#include "demo/demodistrict.h"
#include "demo/demoinvoices.h"
#include "demo/demoprogramme.h"
#include "demo/scalecatalogue.h"
#include "demo/scalecontent.h"
#include "demo/scalewriter.h"
#include "demo/vocabulary.h"
#include "efile/documentsearch.h"
#include "efile/fileplan.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace amtsdesk {

namespace {

// What the store was generated with, and how far it has come (written with each batch).
const QString kSettingsKey = QStringLiteral("scale_generator");
const QString kProgressKey = QStringLiteral("scale_progress");
constexpr qint64 kDocumentsPerInvoice = 40;
constexpr qint64 kDocumentsAhead = 4000; // what the writing thread may prepare before the store takes it

qint64 allocated(const QString &path)
{
    struct stat s {};
    if (::stat(QFile::encodeName(path).constData(), &s) != 0)
        return 0;
    return qint64(s.st_blocks) * 512;
}

void removeStore(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QDir(path + QStringLiteral(".blobs")).removeRecursively();
}

QString settingsText(const ScaleOptions &options, QDate until)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("seed"), QString::number(options.seed)},
                                                       {QStringLiteral("documents"), options.documents},
                                                       {QStringLiteral("until"), until.toString(Qt::ISODate)}})
                                 .toJson(QJsonDocument::Compact));
}

struct Done {
    int files = 0;
    qint64 documents = 0;
    qint64 invoices = 0;
};

QString progressText(const Done &done)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("files"), done.files},
                                                       {QStringLiteral("documents"), done.documents},
                                                       {QStringLiteral("invoices"), done.invoices}})
                                 .toJson(QJsonDocument::Compact));
}

// The people, the demo's invoices and programme, and the file plan, made under another name and
// put in place only when complete: a store at the path has always been set up entirely.
Status setUp(const QString &path, const ScaleOptions &options, QDate until, PdfWorker *worker)
{
    const QString staging = path + QStringLiteral(".setup");
    removeStore(staging);
    {
        FixedClock clock(QDateTime(until, QTime(12, 0), Qt::UTC));
        auto db = Database::create(staging, StoreKind::Demo, clock);
        if (!db)
            return db.error();
        AccessService access(**db);
        if (auto admin = access.bootstrap(options.adminLogin, options.adminLogin); !admin)
            return admin.error();
        if (Status s = DemoDistrict::fill(**db, options.adminLogin); !s)
            return s;
        auto admin = access.actorForLogin(options.adminLogin);
        if (!admin)
            return admin.error();
        FilePlan plan(**db);
        for (const ScalePlanUnit &u : ScaleCatalogue::units()) {
            PlanUnit unit;
            unit.key = QString::fromUtf8(u.key);
            unit.title = QString::fromUtf8(u.title);
            unit.parentKey = u.parent ? QString::fromUtf8(u.parent) : QString();
            unit.departmentCode = QString::fromUtf8(u.department);
            unit.retentionYears = u.retentionYears;
            if (auto id = plan.addUnit(*admin, unit); !id)
                return id.error();
        }
        if (Status s = DemoInvoices::fill(**db, options.adminLogin, worker); !s)
            return s;
        if (Status s = DemoProgramme::fill(**db, options.adminLogin); !s)
            return s;
        if (Status s = (*db)->setStoreInfo(kSettingsKey, settingsText(options, until)); !s)
            return s;
        if (Status s = (*db)->setStoreInfo(kProgressKey, progressText({})); !s)
            return s;
    }
    const QString blobs = staging + QStringLiteral(".blobs");
    if (QFileInfo::exists(blobs) && !QDir().rename(blobs, path + QStringLiteral(".blobs")))
        return Error::io(ScaleGenerator::tr("The blob folder %1 cannot be renamed.").arg(QDir::toNativeSeparators(blobs)));
    if (!QFile::rename(staging, path))
        return Error::io(ScaleGenerator::tr("%1 cannot be renamed to %2.")
                             .arg(QDir::toNativeSeparators(staging), QDir::toNativeSeparators(path)));
    QFile::remove(staging + QStringLiteral("-wal"));
    QFile::remove(staging + QStringLiteral("-shm"));
    return {};
}

// Files prepared by a second thread (text, PDFs, their blobs) for the thread that writes the store.
class Pipeline {
public:
    Pipeline(const ScaleContent &content, const ScaleLayout &layout, BlobStore &blobs, int first)
        : m_content(content), m_layout(layout), m_blobs(blobs), m_next(first)
    {
        m_thread = std::thread([this] { produce(); });
    }
    ~Pipeline()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    // The next file in order, or the error that stopped the preparation.
    Result<GeneratedFile> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_error || m_finished; });
        if (!m_queue.empty()) {
            GeneratedFile f = std::move(m_queue.front());
            m_queue.pop_front();
            m_queuedDocuments -= f.documents();
            m_changed.notify_all();
            return f;
        }
        if (m_error)
            return *m_error;
        return Error::internal(ScaleGenerator::tr("The generator ran out of files."));
    }

private:
    void produce()
    {
        for (int i = m_next; i < m_layout.files.size(); ++i) {
            GeneratedFile f = m_content.file(m_layout, i);
            for (GeneratedCase &c : f.cases) {
                for (GeneratedDocument &d : c.documents) {
                    for (GeneratedVersion *v : {&d.first, d.second ? &*d.second : nullptr}) {
                        if (!v)
                            continue;
                        auto blob = m_blobs.writeUnsynced(v->pdf);
                        if (!blob) {
                            std::lock_guard lock(m_mutex);
                            m_error = blob.error();
                            m_changed.notify_all();
                            return;
                        }
                        v->blobHash = blob->hash;
                        v->size = blob->size;
                        v->pdf.clear();
                    }
                }
            }
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_queuedDocuments < kDocumentsAhead; });
            if (m_stop)
                return;
            m_queuedDocuments += f.documents();
            m_queue.push_back(std::move(f));
            m_changed.notify_all();
        }
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    const ScaleContent &m_content;
    const ScaleLayout &m_layout;
    BlobStore &m_blobs;
    int m_next;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<GeneratedFile> m_queue;
    qint64 m_queuedDocuments = 0;
    std::optional<Error> m_error;
    bool m_stop = false;
    bool m_finished = false;
    std::thread m_thread;
};

qint64 count(Database &db, const QString &sql)
{
    auto n = db.scalar(sql);
    return n ? n->toLongLong() : 0;
}

} // namespace

StoreDiskUse StoreDiskUse::of(const QString &databasePath)
{
    StoreDiskUse use;
    use.databaseBytes = allocated(databasePath) + allocated(databasePath + QStringLiteral("-wal"));
    QDirIterator it(databasePath + QStringLiteral(".blobs"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        use.blobBytes += allocated(it.next());
        ++use.blobFiles;
    }
    return use;
}

Result<ScaleReport> ScaleGenerator::run(const QString &path, const ScaleOptions &options, PdfWorker *worker,
                                        const std::function<void(const ScaleProgress &)> &progress,
                                        const std::atomic<bool> *cancel)
{
    if (options.documents < 1 || options.documents > 10'000'000)
        return Error::invalid(tr("The number of documents must be between 1 and 10,000,000, not %1.").arg(options.documents));
    QElapsedTimer timer;
    timer.start();
    // Refused before anything is written when the word list is missing.
    auto vocabulary = options.wordList.isEmpty() ? Vocabulary::load(quint32(options.seed))
                                                 : Vocabulary::load(quint32(options.seed), options.wordList);
    if (!vocabulary)
        return vocabulary.error();

    ScaleReport report;
    report.resumed = QFileInfo::exists(path);
    QDate until = options.until;
    if (!report.resumed) {
        if (!until.isValid())
            until = QDate::currentDate();
        if (Status s = setUp(path, options, until, worker); !s) {
            removeStore(path + QStringLiteral(".setup"));
            return s.error();
        }
    }
    FixedClock clock(QDateTime(until.isValid() ? until : QDate::currentDate(), QTime(12, 0), Qt::UTC));
    auto opened = Database::open(path, clock);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    const QJsonObject settings = QJsonDocument::fromJson(db.storeInfo(kSettingsKey).toUtf8()).object();
    if (settings.isEmpty())
        return Error::invalid(tr("%1 was not made by 'generate'; generated records go only into a new store or one "
                                 "that 'generate' made.")
                                  .arg(QDir::toNativeSeparators(path)));
    const QDate storedUntil = QDate::fromString(settings.value(QStringLiteral("until")).toString(), Qt::ISODate);
    if (!until.isValid())
        until = storedUntil;
    if (settings.value(QStringLiteral("seed")).toString() != QString::number(options.seed) ||
        settings.value(QStringLiteral("documents")).toInteger() != options.documents || until != storedUntil)
        return Error::conflict(tr("%1 is being generated with seed %2, %3 documents, up to %4; run 'generate' with "
                                  "these to go on, or choose another store.")
                                   .arg(QDir::toNativeSeparators(path), settings.value(QStringLiteral("seed")).toString())
                                   .arg(settings.value(QStringLiteral("documents")).toInteger())
                                   .arg(storedUntil.toString(Qt::ISODate)));
    clock.set(QDateTime(until, QTime(12, 0), Qt::UTC));
    (void)db.exec(QStringLiteral("PRAGMA cache_size = -131072")); // 128 MB: the index merges its segments in memory

    Done done;
    {
        const QJsonObject p = QJsonDocument::fromJson(db.storeInfo(kProgressKey).toUtf8()).object();
        done.files = p.value(QStringLiteral("files")).toInt();
        done.documents = p.value(QStringLiteral("documents")).toInteger();
        done.invoices = p.value(QStringLiteral("invoices")).toInteger();
    }
    const qint64 startDocuments = done.documents;
    const ScaleLayout layout = ScaleLayout::make(options.seed, options.documents);
    const ScaleContent content(*vocabulary, options.seed, until);
    auto admin = db.scalar(QStringLiteral("SELECT u.login FROM users u JOIN user_roles r ON r.user_id = u.id WHERE "
                                          "r.role = 'administrator' AND u.is_system = 0 ORDER BY u.id LIMIT 1"));
    if (!admin)
        return admin.error();
    ScaleWriter writer(db, clock, content, admin->toString());
    if (Status s = writer.prepare(); !s)
        return s.error();

    if (done.files < layout.files.size()) {
        BlobStore blobs(db);
        Pipeline pipeline(content, layout, blobs, done.files);
        while (done.files < layout.files.size()) {
            Transaction tx(db);
            if (!tx.status())
                return tx.status().error();
            const qint64 batchStart = done.documents;
            while (done.files < layout.files.size() && done.documents - batchStart < options.batchDocuments) {
                auto file = pipeline.take();
                if (!file)
                    return file.error();
                if (Status s = writer.writeFile(*file); !s)
                    return s.error();
                ++done.files;
                done.documents += file->documents();
                // Invoices arrive all the time: one for so many documents.
                while (done.invoices < done.documents / kDocumentsPerInvoice) {
                    auto invoice = writer.writeInvoice(done.invoices, file->openedAt.addSecs(1800));
                    if (!invoice)
                        return invoice.error();
                    ++done.invoices;
                }
            }
            if (Status s = writer.indexText(); !s)
                return s.error();
            // Every blob this batch references goes to disk before the batch is committed.
            if (Status s = blobs.syncAll(); !s)
                return s.error();
            if (Status s = db.setStoreInfo(kProgressKey, progressText(done)); !s)
                return s.error();
            if (Status s = tx.commit(); !s)
                return s.error();
            if (progress)
                progress(ScaleProgress{done.documents, options.documents, startDocuments, timer.elapsed() / 1000.0});
            if (cancel && cancel->load())
                break;
        }
    }
    report.complete = done.files >= layout.files.size();
    if (report.complete && !(cancel && cancel->load())) {
        QElapsedTimer merging;
        merging.start();
        auto merged = DocumentIndex(db).mergeSegments([&](int steps) {
            if (progress)
                progress(ScaleProgress{done.documents, options.documents, startDocuments, timer.elapsed() / 1000.0,
                                       steps});
            return !(cancel && cancel->load());
        });
        if (!merged)
            return merged.error();
        report.mergeSeconds = merging.elapsed() / 1000.0;
        // Stopped during the merge: every document is there, the index not yet in one piece; the
        // same command goes on merging.
        if (cancel && cancel->load())
            report.complete = false;
    }
    report.documents = count(db, QStringLiteral("SELECT count(*) FROM documents"));
    report.documentsThisRun = done.documents - startDocuments;
    report.pages = count(db, QStringLiteral("SELECT count(*) FROM document_text WHERE page > 0"));
    report.files = count(db, QStringLiteral("SELECT count(*) FROM files"));
    report.cases = count(db, QStringLiteral("SELECT count(*) FROM cases"));
    report.invoices = count(db, QStringLiteral("SELECT count(*) FROM invoices"));
    (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    report.seconds = timer.elapsed() / 1000.0;
    report.disk = StoreDiskUse::of(path);
    return report;
}

} // namespace amtsdesk
