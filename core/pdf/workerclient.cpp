#include "pdf/workerclient.h"

#include "pdf/workerprotocol.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>

#include <algorithm>
#include <climits>
#include <csignal>
#include <cstring>
#include <mutex>
#include <optional>

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace amtsdesk {

namespace {

using namespace workerprotocol;

// Starting is not the file's fault, so it gets its own allowance, not the request's time limit.
constexpr int kStartMs = 10000;
// A thumbnail is small; a decoder is never asked for more than this.
constexpr int kThumbnailAllocationMb = 64;
constexpr int kMaxThumbnailHeight = 16 * kMaxThumbnailWidth;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Why an exchange with the worker stopped before the reply was complete.
enum class Failure { None, Timeout, Died, Broken };

// One request and its reply over the process's pipes, under one deadline.
class Exchange {
public:
    Exchange(QProcess &process, int timeoutMs) : m_process(process), m_deadline(timeoutMs) {}

    bool send(const QByteArray &bytes)
    {
        if (m_process.write(bytes) != bytes.size())
            return fail(Failure::Died);
        while (m_process.bytesToWrite() > 0) {
            if (!m_process.waitForBytesWritten(remaining()))
                return fail(stalled());
        }
        return true;
    }

    std::optional<QByteArray> readFrame()
    {
        const std::optional<QByteArray> header = readExactly(4);
        if (!header)
            return std::nullopt;
        const quint32 length = frameLength(header->constData());
        if (length > kMaxFrameBytes) {
            fail(Failure::Broken);
            return std::nullopt;
        }
        return readExactly(qint64(length));
    }

    Failure failure() const { return m_failure; }

private:
    std::optional<QByteArray> readExactly(qint64 size)
    {
        while (m_process.bytesAvailable() < size) {
            if (m_process.state() == QProcess::NotRunning || remaining() <= 0 ||
                !m_process.waitForReadyRead(remaining())) {
                if (m_process.bytesAvailable() >= size)
                    break; // the last bytes came with the end of the process
                fail(stalled());
                return std::nullopt;
            }
        }
        return m_process.read(size);
    }

    // Why waiting came back empty-handed.
    Failure stalled()
    {
        if (m_process.state() == QProcess::NotRunning)
            return Failure::Died;
        if (remaining() <= 0)
            return Failure::Timeout;
        // Running, time left, yet the pipe gave nothing: its end closed, so the process is most
        // likely on its way out. Waiting a moment tells a crash from a worker that lost its way.
        if (m_process.waitForFinished(qMin(remaining(), 1000)))
            return Failure::Died;
        return Failure::Broken;
    }

    int remaining() const { return int(std::clamp<qint64>(m_deadline.remainingTime(), 0, INT_MAX)); }

    bool fail(Failure failure)
    {
        m_failure = failure;
        return false;
    }

    QProcess &m_process;
    QDeadlineTimer m_deadline;
    Failure m_failure = Failure::None;
};

int extractFrames(const QJsonObject &reply)
{
    return reply.value(key("ok")).toBool() && reply.contains(key("thumbnail")) ? 1 : 0;
}

int renderFrames(const QJsonObject &reply)
{
    return reply.value(key("ok")).toBool() && !reply.value(key("shared")).toBool() ? 1 : 0;
}

int noFrames(const QJsonObject &)
{
    return 0;
}

int attachmentFrames(const QJsonObject &reply)
{
    return reply.value(key("ok")).toBool() ? int(reply.value(key("files")).toArray().size()) : 0;
}

QImage decodeThumbnail(const QByteArray &png, int width, int height)
{
    if (width <= 0 || width > kMaxThumbnailWidth || height <= 0 || height > kMaxThumbnailHeight)
        return {};
    QBuffer buffer;
    buffer.setData(png);
    buffer.open(QIODevice::ReadOnly);
    // The bytes come from a process that read a hostile file: only the PNG decoder may look at
    // them, and only for the size the reply announced.
    QImageReader reader(&buffer, "png");
    reader.setAutoDetectImageFormat(false);
    reader.setAllocationLimit(kThumbnailAllocationMb);
    if (reader.size() != QSize(width, height))
        return {};
    QImage image = reader.read();
    if (image.size() != QSize(width, height))
        return {};
    return image;
}

} // namespace

namespace {

std::mutex defaultLimitsMutex;
PdfWorker::Limits defaultLimitsValue;

} // namespace

PdfWorker::Limits PdfWorker::defaultLimits()
{
    const std::lock_guard lock(defaultLimitsMutex);
    return defaultLimitsValue;
}

void PdfWorker::setDefaultLimits(Limits limits)
{
    const std::lock_guard lock(defaultLimitsMutex);
    defaultLimitsValue = limits;
}

PdfWorker::PdfWorker() : PdfWorker(defaultLimits()) {}

PdfWorker::PdfWorker(Limits limits) : m_limits(limits)
{
    m_limits.timeoutMs = qMax(1, m_limits.timeoutMs);
    m_limits.memoryMb = qMax(1, m_limits.memoryMb);
}

PdfWorker::~PdfWorker()
{
    if (m_pidfd >= 0)
        ::close(m_pidfd);
    if (!m_process)
        return;
    // End of input tells the worker to finish; only a worker that does not listen is killed.
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(2000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString PdfWorker::workerPath()
{
    const QString fromEnvironment = qEnvironmentVariable("AMTSDESK_WORKER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString name = QStringLiteral("amtsdesk-worker");
    if (!QCoreApplication::instance())
        return name;
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
}

int PdfWorker::restarts() const
{
    return qMax(0, m_starts - 1);
}

WorkerOutcome PdfWorker::outcomeOf(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Unsupported: return WorkerOutcome::NotPdf;
    case ErrorCode::Corrupt: return WorkerOutcome::Damaged;
    case ErrorCode::PermissionDenied: return WorkerOutcome::NeedsPassword;
    case ErrorCode::InvalidInput: return WorkerOutcome::WrongPassword;
    case ErrorCode::Overflow: return WorkerOutcome::LimitExceeded;
    case ErrorCode::NotFound: return WorkerOutcome::WorkerMissing;
    default: return WorkerOutcome::Failed;
    }
}

void PdfWorker::cancel()
{
    const std::lock_guard lock(m_cancelMutex);
    if (m_pidfd < 0)
        return;
    m_cancelled = true;
    ::syscall(SYS_pidfd_send_signal, m_pidfd, SIGKILL, nullptr, 0);
}

void PdfWorker::stop()
{
    {
        const std::lock_guard lock(m_cancelMutex);
        if (m_pidfd >= 0)
            ::close(m_pidfd);
        m_pidfd = -1;
    }
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

Status PdfWorker::ensureRunning()
{
    if (m_process) {
        // waitForFinished(0) notices a death that no event loop has reported yet.
        if (m_process->state() == QProcess::Running && !m_process->waitForFinished(0))
            return {};
        // It died while idle (killed from outside, or it finished after its last reply): no file
        // is to blame, it is simply started again.
        stop();
    }
    const QString program = workerPath();
    const QString shown = QDir::toNativeSeparators(program);
    auto process = std::make_unique<QProcess>();
    process->setProgram(program);
    QStringList arguments{QStringLiteral("--memory-mb"), QString::number(m_limits.memoryMb)};
    // Pages come back through a shared buffer when one can be made, else through the pipe.
    auto buffer = PageBuffer::create();
    m_pageBuffer = buffer ? std::move(*buffer) : PageBuffer();
    if (m_pageBuffer.isValid()) {
        const int fd = m_pageBuffer.fd();
        arguments << QStringLiteral("--page-buffer-fd") << QString::number(fd);
        // Runs in the child between fork and exec: the worker, and only it, keeps the buffer open.
        process->setChildProcessModifier([fd] { ::fcntl(fd, F_SETFD, 0); });
    }
    process->setArguments(arguments);
    // Its diagnostics go straight to ours: never buffered here, where a chatty file could fill memory.
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start();
    if (!process->waitForStarted(kStartMs))
        return Error::notFound(tr("The PDF reader %1 cannot be started (%2): PDFs cannot be indexed or previewed "
                                  "until Amtsdesk is installed completely.")
                                   .arg(shown, process->errorString()));
    ++m_starts;

    // The handshake proves that the program at that path speaks this protocol.
    Exchange hello(*process, kStartMs);
    QJsonObject ping;
    ping.insert(key("op"), key("ping"));
    std::optional<QByteArray> answer;
    if (hello.send(frame(QJsonDocument(ping).toJson(QJsonDocument::Compact))))
        answer = hello.readFrame();
    const QJsonObject reply = answer ? QJsonDocument::fromJson(*answer).object() : QJsonObject();
    if (!reply.value(key("ok")).toBool() || reply.value(key("version")).toInt() != kVersion) {
        process->kill();
        process->waitForFinished(5000);
        return Error::notFound(tr("The program %1 is not a working PDF reader for this version of Amtsdesk: PDFs "
                                  "cannot be indexed or previewed until Amtsdesk is installed completely.")
                                   .arg(shown));
    }
    m_process = std::move(process);
    const std::lock_guard lock(m_cancelMutex);
    m_cancelled = false; // a cancel that ended the previous process is used up
    // Without pidfds (Linux before 5.3) cancel() does nothing and a request runs to its limit.
    // (Called through syscall(): glibc 2.36 declares the wrappers without C linkage for C++.)
    m_pidfd = int(::syscall(SYS_pidfd_open, pid_t(m_process->processId()), 0));
    return {};
}

QString PdfWorker::invalidAnswer(const QString &path)
{
    return tr("The PDF reader gave an invalid answer while reading %1 and was restarted: the file is stored, but "
              "cannot be indexed or previewed.")
        .arg(QDir::toNativeSeparators(path));
}

Error PdfWorker::giveUp(const QString &message)
{
    stop();
    return Error::overflow(message);
}

Result<WorkerReply> PdfWorker::call(const QString &path, const QJsonObject &request,
                                    int (*framesFor)(const QJsonObject &reply))
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return Error::io(tr("The file %1 cannot be read: it does not exist or you may not read it.").arg(shown));
    if (Status started = ensureRunning(); !started.ok())
        return started.error();

    Exchange exchange(*m_process, m_limits.timeoutMs);
    WorkerReply reply;
    std::optional<QByteArray> header;
    if (exchange.send(frame(QJsonDocument(request).toJson(QJsonDocument::Compact))))
        header = exchange.readFrame();
    if (header) {
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(*header, &parseError);
        if (!json.isObject() || !json.object().value(key("ok")).isBool())
            return giveUp(invalidAnswer(path));
        reply.header = json.object();
        const int frames = framesFor(reply.header);
        qint64 total = 0;
        for (int i = 0; i < frames; ++i) {
            std::optional<QByteArray> payload = exchange.readFrame();
            if (!payload)
                break;
            total += payload->size();
            if (total > qint64(kMaxFrameBytes))
                return giveUp(tr("The PDF reader sent too much data while reading %1 and was restarted.")
                                  .arg(shown));
            reply.frames.append(std::move(*payload));
        }
    }

    switch (exchange.failure()) {
    case Failure::None: break;
    case Failure::Timeout:
        return giveUp(tr("%1 could not be read within %2 s.")
                          .arg(shown, QLocale().toString(m_limits.timeoutMs / 1000.0, 'g', 3)));
    case Failure::Died: {
        if (m_cancelled.exchange(false)) {
            stop();
            return Error::io(tr("Reading %1 was cancelled.").arg(shown));
        }
        const bool crashed = m_process->exitStatus() == QProcess::CrashExit;
        const int code = m_process->exitCode();
        // SIGABRT is how the allocator and Poppler give up when memory runs out, SIGKILL the
        // kernel's answer to the same; exit code 3 is the worker's own report of it.
        if ((crashed && (code == SIGABRT || code == SIGKILL)) || (!crashed && code == 3))
            return giveUp(tr("%1 could not be read within the memory limit of %2 MB.")
                              .arg(shown, QLocale().toString(m_limits.memoryMb)));
        return giveUp(tr("%1 made the PDF reader stop unexpectedly.")
                          .arg(shown));
    }
    case Failure::Broken: return giveUp(invalidAnswer(path));
    }

    if (reply.header.value(key("ending")).toBool())
        stop(); // it is on its way out: waiting for that here keeps the next file from being blamed
    if (!reply.header.value(key("ok")).toBool())
        return problemError(path, reply.header);
    return reply;
}

Error PdfWorker::problemError(const QString &path, const QJsonObject &reply) const
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString problem = reply.value(key("problem")).toString();
    if (problem == key(kProblemNotPdf))
        return Error::unsupported(tr("%1 is not a PDF file.").arg(shown));
    if (problem == key(kProblemDamaged))
        return Error::corrupt(tr("%1 is damaged and cannot be read as a PDF.").arg(shown));
    if (problem == key(kProblemNeedsPassword))
        return Error::denied(tr("%1 is protected by a password: enter the password to open it.").arg(shown));
    if (problem == key(kProblemWrongPassword))
        return Error::invalid(tr("The password for %1 is wrong.").arg(shown));
    if (problem == key(kProblemLimit))
        return Error::overflow(tr("%1 needs more memory than the PDF reader may use (%2 MB): it is stored, but cannot "
                                  "be indexed or previewed.")
                                   .arg(shown, QLocale().toString(m_limits.memoryMb)));
    if (problem == key(kProblemUnreadable))
        return Error::io(tr("The file %1 cannot be read: it does not exist or you may not read it.").arg(shown));
    // A request the worker refused is a bug on this side; its message is for the developer.
    return Error::internal(
        tr("The PDF reader refused a request for %1: %2").arg(shown, reply.value(key("message")).toString()));
}

Status PdfWorker::start()
{
    return ensureRunning();
}

Result<PdfExtract> PdfWorker::extract(const QString &path, const QByteArray &password, int thumbnailWidth)
{
    if (thumbnailWidth < 0 || thumbnailWidth > kMaxThumbnailWidth)
        return Error::internal(tr("A thumbnail must be between 0 and %1 pixels wide, not %2.")
                                   .arg(kMaxThumbnailWidth)
                                   .arg(thumbnailWidth));
    QJsonObject request;
    request.insert(key("op"), key("extract"));
    request.insert(key("path"), path);
    request.insert(key("password"), QString::fromLatin1(password));
    request.insert(key("thumbnailWidth"), thumbnailWidth);
    auto reply = call(path, request, extractFrames);
    if (!reply.ok())
        return reply.error();
    const QJsonObject &header = reply->header;

    PdfExtract result;
    result.pages = header.value(key("pages")).toInt(-1);
    const QJsonArray texts = header.value(key("text")).toArray();
    if (result.pages < 0 || texts.size() != result.pages)
        return giveUp(invalidAnswer(path));
    result.text.reserve(result.pages);
    for (const QJsonValue &text : texts)
        result.text.append(text.toString());
    result.textCut = header.value(key("textCut")).toBool();
    result.encrypted = header.value(key("encrypted")).toBool();
    result.title = header.value(key("title")).toString();
    if (!reply->frames.isEmpty()) {
        const QJsonObject thumbnail = header.value(key("thumbnail")).toObject();
        result.thumbnail = decodeThumbnail(reply->frames.first(), thumbnail.value(key("width")).toInt(),
                                           thumbnail.value(key("height")).toInt());
    }
    return result;
}

Result<QImage> PdfWorker::render(const QString &path, int page, double dpi, int rotation, const QByteArray &password)
{
    QJsonObject request;
    request.insert(key("op"), key("render"));
    request.insert(key("path"), path);
    request.insert(key("password"), QString::fromLatin1(password));
    request.insert(key("page"), page);
    request.insert(key("dpi"), dpi);
    request.insert(key("rotation"), rotation);
    request.insert(key("shared"), true); // a worker without the buffer answers through the pipe
    auto reply = call(path, request, renderFrames);
    if (!reply.ok())
        return reply.error();

    const int width = reply->header.value(key("width")).toInt();
    const int height = reply->header.value(key("height")).toInt();
    if (width <= 0 || height <= 0 || qint64(width) * height > PdfDocument::kMaxRenderPixels)
        return giveUp(invalidAnswer(path));
    if (reply->header.value(key("shared")).toBool()) {
        if (!reply->frames.isEmpty() || !m_pageBuffer.isValid())
            return giveUp(invalidAnswer(path));
        auto image = m_pageBuffer.read(width, height);
        if (!image && image.error().code == ErrorCode::Overflow)
            return Error::overflow(tr("There is not enough memory to show a page of %1 (%2 × %3 pixels).")
                                       .arg(QDir::toNativeSeparators(path))
                                       .arg(width)
                                       .arg(height));
        if (!image)
            return giveUp(invalidAnswer(path));
        return image;
    }
    const QByteArray &pixels = reply->frames.value(0);
    if (pixels.size() != qint64(width) * height * 4 || reply->frames.size() != 1)
        return giveUp(invalidAnswer(path));
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Error::overflow(tr("There is not enough memory to show a page of %1 (%2 × %3 pixels).")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(width)
                                   .arg(height));
    // Rows of a 32-bit QImage have no padding, so the frame is the image byte for byte.
    std::memcpy(image.bits(), pixels.constData(), size_t(pixels.size()));
    return image;
}

Result<QList<PdfWord>> PdfWorker::words(const QString &path, int page, const QByteArray &password)
{
    QJsonObject request;
    request.insert(key("op"), key("words"));
    request.insert(key("path"), path);
    request.insert(key("password"), QString::fromLatin1(password));
    request.insert(key("page"), page);
    auto reply = call(path, request, noFrames);
    if (!reply.ok())
        return reply.error();
    QList<PdfWord> result;
    for (const QJsonValue &v : reply->header.value(key("words")).toArray()) {
        const QJsonArray w = v.toArray();
        result.append({w.at(0).toString(),
                       QRectF(w.at(1).toDouble(), w.at(2).toDouble(), w.at(3).toDouble(), w.at(4).toDouble())});
    }
    return result;
}

Result<QList<EmbeddedFile>> PdfWorker::attachments(const QString &path, const QByteArray &password, QString *xmp)
{
    QJsonObject request;
    request.insert(key("op"), key("attachments"));
    request.insert(key("path"), path);
    request.insert(key("password"), QString::fromLatin1(password));
    auto reply = call(path, request, attachmentFrames);
    if (!reply.ok())
        return reply.error();
    const QJsonArray files = reply->header.value(key("files")).toArray();
    if (files.size() != reply->frames.size())
        return giveUp(invalidAnswer(path));
    if (xmp)
        *xmp = reply->header.value(key("xmp")).toString();
    QList<EmbeddedFile> result;
    result.reserve(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject file = files.at(i).toObject();
        result.append({file.value(key("name")).toString(), file.value(key("mimeType")).toString(),
                       file.value(key("description")).toString(), reply->frames.at(i)});
    }
    return result;
}

} // namespace amtsdesk
