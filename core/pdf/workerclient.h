#pragma once

#include "common/result.h"
#include "pdf/pagebuffer.h"
#include "pdf/pdfdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>

class QProcess;

namespace amtsdesk {

struct WorkerReply;

// What amtsdesk-worker read from a PDF: page count, text per page, a thumbnail of the first page.
struct PdfExtract {
    int pages = 0;
    QStringList text; // one entry per page
    bool encrypted = false;
    bool textCut = false; // the text was longer than the worker may send and was cut
    QString title;
    QImage thumbnail; // null when none was asked for or the first page could not be drawn
};

// How a request to the worker ended; outcomeOf() reads it from an Error's code.
enum class WorkerOutcome {
    Ok,
    NotPdf,
    Damaged,
    NeedsPassword,
    WrongPassword,
    LimitExceeded, // the worker was killed: too slow, too big, or the file made it crash
    WorkerMissing, // amtsdesk-worker cannot be found or started
    Failed,        // anything else: the file is missing or unreadable, or the request was wrong
};

// Reads untrusted PDFs in the helper process amtsdesk-worker, so that whatever a file does, it does
// there: the process has a memory limit, each request a time limit, and a process that exceeds one
// or dies is killed and started again for the next request. One per thread that needs it; not
// thread-safe itself (QProcess belongs to the thread that created it).
class PdfWorker {
    Q_DECLARE_TR_FUNCTIONS(PdfWorker)

public:
    struct Limits {
        int timeoutMs = 30000; // per request, from sending it to the last byte of the reply
        int memoryMb = 1024;   // address space the worker may use for a file
    };

    PdfWorker(); // with defaultLimits()
    explicit PdfWorker(Limits limits);
    // The limits of every PdfWorker made without its own: 30 s and 1 GB unless changed (a test
    // that opens a hostile file in the viewer makes them short).
    static Limits defaultLimits();
    static void setDefaultLimits(Limits limits);
    ~PdfWorker(); // ends the process
    PdfWorker(const PdfWorker &) = delete;
    PdfWorker &operator=(const PdfWorker &) = delete;

    // Starts the process now rather than at the first request (a viewer does this while its
    // window is being built, so that the first page comes sooner).
    Status start();
    Result<PdfExtract> extract(const QString &path, const QByteArray &password = {}, int thumbnailWidth = 0);
    // One page as ARGB32 premultiplied; rotation is 0, 90, 180 or 270 degrees clockwise.
    Result<QImage> render(const QString &path, int page, double dpi, int rotation, const QByteArray &password = {});
    // The words of one page (0-based) with their boxes in points, for marking hits.
    Result<QList<PdfWord>> words(const QString &path, int page, const QByteArray &password = {});
    // Names exactly as stored in the PDF: never use them as paths. xmp, when given, receives the
    // document's XMP metadata (empty when it has none).
    Result<QList<EmbeddedFile>> attachments(const QString &path, const QByteArray &password = {},
                                            QString *xmp = nullptr);

    // Which outcome an error was, by its code: Unsupported = NotPdf, Corrupt = Damaged,
    // PermissionDenied = NeedsPassword, InvalidInput = WrongPassword, Overflow = LimitExceeded,
    // NotFound = WorkerMissing, every other code = Failed.
    static WorkerOutcome outcomeOf(const Error &error);
    // $AMTSDESK_WORKER, else amtsdesk-worker next to the running executable.
    static QString workerPath();
    // How often the process had to be started again after the first start.
    int restarts() const;
    // Ends the request another thread is waiting for at once, by killing the process (a viewer
    // closing over a page that would take until the time limit); that request returns an error,
    // the next one starts a new process. The one function that may be called from any thread.
    void cancel();

private:
    Status ensureRunning();
    // Sends one request and reads its reply; framesFor says how many raw frames follow a JSON reply.
    Result<WorkerReply> call(const QString &path, const QJsonObject &request,
                             int (*framesFor)(const QJsonObject &reply));
    Error problemError(const QString &path, const QJsonObject &reply) const;
    // Kills the process and returns a LimitExceeded error with the message, which names the file.
    Error giveUp(const QString &message);
    static QString invalidAnswer(const QString &path);
    void stop();

    Limits m_limits;
    std::unique_ptr<QProcess> m_process;
    // The running process as a pidfd, so that cancel() can kill it from another thread without
    // ever hitting a reused process id; guarded by m_cancelMutex.
    std::mutex m_cancelMutex;
    int m_pidfd = -1;
    std::atomic<bool> m_cancelled{false};
    PageBuffer m_pageBuffer; // shared with the running worker; invalid when none could be made
    int m_starts = 0;
};

} // namespace amtsdesk
