#include "pdf/workerprotocol.h"

#include "common/fdio.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>

#include <cerrno>
#include <new>

#include <unistd.h>

namespace amtsdesk {

namespace workerprotocol {

QByteArray frameHeader(quint32 length)
{
    QByteArray header(4, Qt::Uninitialized);
    qToBigEndian<quint32>(length, header.data());
    return header;
}

quint32 frameLength(const char *header)
{
    return qFromBigEndian<quint32>(header);
}

QByteArray frame(const QByteArray &payload)
{
    return frameHeader(quint32(payload.size())) + payload;
}

} // namespace workerprotocol

namespace {

using namespace workerprotocol;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

WorkerReply failure(const char *problem, const QString &message)
{
    WorkerReply reply;
    reply.header.insert(key("ok"), false);
    reply.header.insert(key("problem"), key(problem));
    reply.header.insert(key("message"), message);
    return reply;
}

WorkerReply success()
{
    WorkerReply reply;
    reply.header.insert(key("ok"), true);
    return reply;
}

const char *problemOfOpen(const Error &error)
{
    switch (PdfDocument::problemOf(error)) {
    case PdfProblem::NotPdf: return kProblemNotPdf;
    case PdfProblem::Damaged: return kProblemDamaged;
    case PdfProblem::NeedsPassword: return kProblemNeedsPassword;
    case PdfProblem::WrongPassword: return kProblemWrongPassword;
    case PdfProblem::None: break;
    }
    if (error.code == ErrorCode::NotFound || error.code == ErrorCode::Io)
        return kProblemUnreadable;
    return kProblemDamaged;
}

const char *problemOfRender(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Overflow: return kProblemLimit;
    case ErrorCode::InvalidInput: return kProblemBadRequest;
    default: return kProblemDamaged;
    }
}

// Cuts without splitting a surrogate pair, so the text stays valid UTF-16.
void cutText(QString &text, qsizetype length)
{
    if (length > 0 && length < text.size() && text.at(length - 1).isHighSurrogate())
        --length;
    text.truncate(qMax<qsizetype>(length, 0));
}

bool readFully(int fd, char *data, qsizetype size, bool *cleanEof)
{
    const Moved moved = moveAll(size, [&](qint64 done) { return ::read(fd, data + done, size_t(size - done)); });
    if (cleanEof)
        *cleanEof = moved.bytes == 0 && moved.last == 0;
    return moved.bytes == size;
}

bool writeFully(int fd, const char *data, qsizetype size)
{
    return moveAll(size, [&](qint64 done) { return ::write(fd, data + done, size_t(size - done)); }).bytes == size;
}

bool writeFrame(int fd, const QByteArray &payload)
{
    const QByteArray header = frameHeader(quint32(payload.size()));
    return writeFully(fd, header.constData(), header.size()) && writeFully(fd, payload.constData(), payload.size());
}

} // namespace

WorkerService::WorkerService() : WorkerService(TextCaps{}) {}

WorkerService::WorkerService(TextCaps caps) : m_caps(caps) {}

WorkerService::~WorkerService() = default;

Result<PdfDocument *> WorkerService::document(const QString &path, const QByteArray &password)
{
    const QFileInfo info(path);
    if (m_doc && path == m_docPath && password == m_docPassword && info.size() == m_docSize &&
        info.lastModified() == m_docModified)
        return m_doc.get();
    m_doc.reset(); // never two documents in memory at once
    auto opened = PdfDocument::open(path, password);
    if (!opened.ok())
        return opened.error();
    m_doc = std::move(opened).value();
    m_docPath = path;
    m_docPassword = password;
    m_docSize = info.size();
    m_docModified = info.lastModified();
    return m_doc.get();
}

// A PDF or an image file, read alike by extract and render.
class WorkerService::Pages {
public:
    explicit Pages(PdfDocument *pdf) : m_pdf(pdf) {}
    explicit Pages(ImageFile *image) : m_image(image) {}
    int count() const { return m_pdf ? m_pdf->pageCount() : m_image->pageCount(); }
    QString text(int page) const { return m_pdf ? m_pdf->pageText(page) : QString(); }
    bool encrypted() const { return m_pdf && m_pdf->isEncrypted(); }
    QString title() const { return m_pdf ? m_pdf->title() : QString(); }
    QSizeF sizePoints(int page) const
    {
        if (m_pdf)
            return m_pdf->pageSizePoints(page);
        auto size = m_image->pageSizePoints(page);
        return size ? *size : QSizeF();
    }
    Result<QImage> render(int page, double dpi, int rotation) const
    {
        return m_pdf ? m_pdf->render(page, dpi, rotation) : m_image->render(page, dpi, rotation);
    }

private:
    PdfDocument *m_pdf = nullptr;
    ImageFile *m_image = nullptr;
};

Result<WorkerService::Pages> WorkerService::pages(const QString &path, const QByteArray &password)
{
    auto doc = document(path, password);
    if (doc)
        return Pages(*doc);
    if (PdfDocument::problemOf(doc.error()) != PdfProblem::NotPdf)
        return doc.error();
    const QFileInfo info(path);
    if (!m_image || path != m_imagePath || info.size() != m_imageSize || info.lastModified() != m_imageModified) {
        m_image.reset();
        auto image = ImageFile::open(path);
        if (!image)
            return doc.error();
        m_image = std::move(*image);
        m_imagePath = path;
        m_imageSize = info.size();
        m_imageModified = info.lastModified();
    }
    return Pages(&*m_image);
}

WorkerReply WorkerService::handle(const QJsonObject &request)
{
    const QString op = request.value(key("op")).toString();
    if (op == key("ping")) {
        WorkerReply reply = success();
        reply.header.insert(key("version"), kVersion);
        return reply;
    }
    if (request.value(key("path")).toString().isEmpty())
        return failure(kProblemBadRequest, tr("The request names no file."));
    if (op == key("extract"))
        return extract(request);
    if (op == key("render"))
        return render(request);
    if (op == key("attachments"))
        return attachments(request);
    if (op == key("words"))
        return words(request);
    return failure(kProblemBadRequest, tr("The PDF reader does not know the request \"%1\".").arg(op));
}

WorkerReply WorkerService::extract(const QJsonObject &request)
{
    const QString path = request.value(key("path")).toString();
    const int thumbnailWidth = request.value(key("thumbnailWidth")).toInt(0);
    if (thumbnailWidth < 0 || thumbnailWidth > kMaxThumbnailWidth)
        return failure(kProblemBadRequest, tr("A thumbnail must be between 0 and %1 pixels wide, not %2.")
                                               .arg(kMaxThumbnailWidth)
                                               .arg(thumbnailWidth));
    auto opened = pages(path, request.value(key("password")).toString().toLatin1());
    if (!opened.ok())
        return failure(problemOfOpen(opened.error()), opened.error().message);
    const Pages &pdf = *opened;

    const int pages = pdf.count();
    QJsonArray texts;
    bool cut = false;
    qsizetype budget = m_caps.perFile;
    for (int i = 0; i < pages; ++i) {
        if (budget <= 0) {
            // Reading the rest would only cost time: none of it may be sent.
            texts.append(QString());
            cut = true;
            continue;
        }
        QString text = pdf.text(i);
        const qsizetype allowed = qMin(m_caps.perPage, budget);
        if (text.size() > allowed) {
            cutText(text, allowed);
            cut = true;
        }
        budget -= text.size();
        texts.append(text);
    }

    WorkerReply reply = success();
    reply.header.insert(key("pages"), pages);
    reply.header.insert(key("text"), texts);
    reply.header.insert(key("textCut"), cut);
    reply.header.insert(key("encrypted"), pdf.encrypted());
    reply.header.insert(key("title"), pdf.title());

    if (thumbnailWidth > 0) {
        // A missing thumbnail is no reason to refuse the text: the reply just has none.
        const QSizeF points = pdf.sizePoints(0);
        if (points.width() > 0) {
            const double dpi = qBound(0.01, thumbnailWidth * 72.0 / points.width(), PdfDocument::kMaxDpi);
            auto image = pdf.render(0, dpi, 0);
            if (image.ok()) {
                const QImage thumbnail = image->width() == thumbnailWidth
                                             ? *image
                                             : image->scaledToWidth(thumbnailWidth, Qt::SmoothTransformation);
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                QImageWriter writer(&buffer, "png");
                if (!thumbnail.isNull() && writer.write(thumbnail)) {
                    QJsonObject info;
                    info.insert(key("width"), thumbnail.width());
                    info.insert(key("height"), thumbnail.height());
                    info.insert(key("format"), key("png"));
                    reply.header.insert(key("thumbnail"), info);
                    reply.frames.append(png);
                }
            }
        }
    }
    return reply;
}

WorkerReply WorkerService::words(const QJsonObject &request)
{
    auto doc = document(request.value(key("path")).toString(), request.value(key("password")).toString().toLatin1());
    if (!doc.ok())
        return failure(problemOfOpen(doc.error()), doc.error().message);
    const int page = request.value(key("page")).toInt(-1);
    if (page < 0 || page >= (*doc)->pageCount())
        return failure(kProblemBadRequest, tr("The document has no page %1.").arg(page + 1));
    constexpr qsizetype kMaxWords = 100000; // a page with more is not text for people
    QJsonArray list;
    for (const PdfWord &w : (*doc)->words(page)) {
        if (list.size() >= kMaxWords)
            break;
        list.append(QJsonArray{w.text, w.box.x(), w.box.y(), w.box.width(), w.box.height()});
    }
    WorkerReply reply = success();
    reply.header.insert(key("words"), list);
    return reply;
}

WorkerReply WorkerService::render(const QJsonObject &request)
{
    auto opened = pages(request.value(key("path")).toString(), request.value(key("password")).toString().toLatin1());
    if (!opened.ok())
        return failure(problemOfOpen(opened.error()), opened.error().message);
    auto image = opened->render(request.value(key("page")).toInt(-1), request.value(key("dpi")).toDouble(0.0),
                                request.value(key("rotation")).toInt(-1));
    if (!image.ok())
        return failure(problemOfRender(image.error()), image.error().message);
    WorkerReply reply = success();
    reply.header.insert(key("width"), image->width());
    reply.header.insert(key("height"), image->height());
    reply.header.insert(key("format"), key("argb32_premultiplied"));
    if (request.value(key("shared")).toBool() && m_pageBuffer.isValid()) {
        if (Status written = m_pageBuffer.write(*image); !written)
            return failure(kProblemLimit, written.error().message);
        reply.header.insert(key("shared"), true);
        return reply;
    }
    // ARGB32 rows are exactly width * 4 bytes, so the frame is the image's own memory, not a copy.
    reply.pixels = std::move(image).value();
    reply.frames.append(
        QByteArray::fromRawData(reinterpret_cast<const char *>(reply.pixels.constBits()), reply.pixels.sizeInBytes()));
    return reply;
}

WorkerReply WorkerService::attachments(const QJsonObject &request)
{
    auto doc = document(request.value(key("path")).toString(), request.value(key("password")).toString().toLatin1());
    if (!doc.ok())
        return failure(problemOfOpen(doc.error()), doc.error().message);
    const QList<EmbeddedFile> files = (*doc)->embeddedFiles();
    WorkerReply reply = success();
    QJsonArray list;
    for (const EmbeddedFile &file : files) {
        if (file.data.size() > qsizetype(kMaxFrameBytes))
            return failure(kProblemLimit, tr("The embedded file \"%1\" is larger than %2 MB.")
                                              .arg(file.name)
                                              .arg(kMaxFrameBytes / (1024 * 1024)));
        QJsonObject entry;
        entry.insert(key("name"), file.name);
        entry.insert(key("mimeType"), file.mimeType);
        entry.insert(key("description"), file.description);
        entry.insert(key("size"), qint64(file.data.size()));
        list.append(entry);
        reply.frames.append(file.data);
    }
    reply.header.insert(key("files"), list);
    // The XMP metadata too: Factur-X and ZUGFeRD declare their profile and file name there.
    // Real XMP is a few kilobytes; anything beyond the cap is left out rather than sent.
    const QString xmp = (*doc)->xmpMetadata();
    if (xmp.size() <= kMaxXmpChars)
        reply.header.insert(key("xmp"), xmp);
    return reply;
}

int WorkerService::serve(int inFd, int outFd)
{
    QByteArray request;
    while (true) {
        char header[4];
        bool cleanEof = false;
        if (!readFully(inFd, header, 4, &cleanEof))
            return cleanEof ? 0 : 2;
        const quint32 length = frameLength(header);
        if (length > kMaxRequestBytes)
            return 2; // the pipe is out of step: nothing after this can be trusted
        request.resize(qsizetype(length));
        if (!readFully(inFd, request.data(), request.size(), nullptr))
            return 2;

        try {
            QJsonParseError parseError;
            const QJsonDocument json = QJsonDocument::fromJson(request, &parseError);
            WorkerReply reply = json.isObject()
                                    ? handle(json.object())
                                    : failure(kProblemBadRequest,
                                              tr("The request is not a JSON object: %1").arg(parseError.errorString()));
            QByteArray encoded = QJsonDocument(reply.header).toJson(QJsonDocument::Compact);
            if (encoded.size() > qsizetype(kMaxFrameBytes)) {
                reply = failure(kProblemLimit,
                                tr("The reply would be larger than %1 MB.").arg(kMaxFrameBytes / (1024 * 1024)));
                encoded = QJsonDocument(reply.header).toJson(QJsonDocument::Compact);
            }
            if (!writeFrame(outFd, encoded))
                return 4;
            for (const QByteArray &payload : std::as_const(reply.frames)) {
                if (!writeFrame(outFd, payload))
                    return 4;
            }
        } catch (const std::bad_alloc &) {
            // Qt throws when an allocation fails under the address-space limit. What Poppler was
            // doing is left half done, so answer and end; the client starts a fresh worker.
            m_doc.reset();
            WorkerReply reply =
                failure(kProblemLimit, tr("Reading the file needed more memory than the PDF reader may use."));
            reply.header.insert(key("ending"), true);
            writeFrame(outFd, QJsonDocument(reply.header).toJson(QJsonDocument::Compact));
            return 3;
        }
    }
}

} // namespace amtsdesk
