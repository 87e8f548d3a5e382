#pragma once

#include "common/result.h"
#include "pdf/imagefile.h"
#include "pdf/pagebuffer.h"
#include "pdf/pdfdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace amtsdesk {

// The pipe protocol between PdfWorker (in the application) and amtsdesk-worker. Every message is
// a frame: a 4-byte big-endian length, then that many bytes. A request is one frame of a JSON
// object; a reply is one JSON frame, followed by the raw frames the JSON announces:
//   {"op":"ping"}                                   -> {"ok":true,"version":1}
//   {"op":"extract","path","password","thumbnailWidth"}
//       -> {"ok":true,"pages","text":[…],"textCut","encrypted","title","thumbnail":{width,height,format:"png"}}
//          + one PNG frame when "thumbnail" is present
//   {"op":"render","path","password","page","dpi","rotation","shared"}
//       -> {"ok":true,"width","height","format":"argb32_premultiplied"} + one frame of width*height*4 bytes,
//          or, when the request says "shared":true and the worker has a PageBuffer, no frame and
//          "shared":true: the pixels are in the page buffer (pagebuffer.h)
//   {"op":"attachments","path","password"}
//       -> {"ok":true,"files":[{"name","mimeType","description","size"}…],"xmp"} + one frame per file
//   any failure -> {"ok":false,"problem":<one of the kProblem… names>,"message":…} and no frames;
//   "ending":true in it means the worker exits after this reply (it ran out of memory).
// "extract" and "render" also read image files (imagefile.h): each frame is a page, without text.
// Passwords travel as Latin-1 strings (each byte one character), which JSON keeps exactly.
namespace workerprotocol {

inline constexpr int kVersion = 1;
// No reply frame may be larger: a bigger announced length means a broken worker.
inline constexpr quint32 kMaxFrameBytes = 512u * 1024u * 1024u;
// A request is a path and a few numbers; anything bigger means the pipe is out of step.
inline constexpr quint32 kMaxRequestBytes = 1024u * 1024u;
inline constexpr int kMaxThumbnailWidth = 4096;
// XMP metadata longer than this is not sent (real XMP packets are a few kilobytes).
inline constexpr qsizetype kMaxXmpChars = 1 << 20;

inline constexpr char kProblemNotPdf[] = "not_pdf";
inline constexpr char kProblemDamaged[] = "damaged";
inline constexpr char kProblemNeedsPassword[] = "needs_password";
inline constexpr char kProblemWrongPassword[] = "wrong_password";
inline constexpr char kProblemLimit[] = "limit";           // the file needs more memory than allowed
inline constexpr char kProblemUnreadable[] = "unreadable"; // missing or no permission
inline constexpr char kProblemBadRequest[] = "bad_request";

// The 4-byte header of a frame of the given length.
QByteArray frameHeader(quint32 length);
// Length from a 4-byte header.
quint32 frameLength(const char *header);
// Header plus payload, for small frames (requests).
QByteArray frame(const QByteArray &payload);

} // namespace workerprotocol

// One reply: the JSON object and the raw frames that follow it, in order.
struct WorkerReply {
    QJsonObject header;
    QList<QByteArray> frames;
    QImage pixels; // keeps the bytes of a raw image frame alive without copying them
};

// What amtsdesk-worker does with each request, apart from the process so that tests can drive it
// directly. Keeps the last document open, because a viewer asks for page after page of one file.
class WorkerService {
    Q_DECLARE_TR_FUNCTIONS(WorkerService)

public:
    // How much text one reply may carry, in UTF-16 code units; more is cut and the reply says so.
    struct TextCaps {
        qsizetype perPage = 1 << 20;
        qsizetype perFile = 50 << 20;
    };

    WorkerService();
    explicit WorkerService(TextCaps caps);
    ~WorkerService();

    // Where rendered pages go when a request asks for it (the worker's inherited buffer).
    void setPageBuffer(PageBuffer buffer) { m_pageBuffer = std::move(buffer); }

    WorkerReply handle(const QJsonObject &request);
    // Reads requests from inFd and writes replies to outFd until inFd closes; returns the exit code
    // for the process (0 when the client closed the pipe, non-zero when the pipe broke).
    int serve(int inFd, int outFd);

private:
    class Pages;
    Result<PdfDocument *> document(const QString &path, const QByteArray &password);
    // The file as pages: the PDF, or else the image file; the PDF's error when it is neither.
    Result<Pages> pages(const QString &path, const QByteArray &password);
    WorkerReply extract(const QJsonObject &request);
    WorkerReply render(const QJsonObject &request);
    WorkerReply attachments(const QJsonObject &request);
    WorkerReply words(const QJsonObject &request);

    TextCaps m_caps;
    PageBuffer m_pageBuffer;
    // The cached document and what it was opened with; a changed file is opened again.
    std::unique_ptr<PdfDocument> m_doc;
    QString m_docPath;
    QByteArray m_docPassword;
    qint64 m_docSize = -1;
    QDateTime m_docModified;
    std::optional<ImageFile> m_image; // the cached image file, when the last file was one
    QString m_imagePath;
    qint64 m_imageSize = -1;
    QDateTime m_imageModified;
};

} // namespace amtsdesk
