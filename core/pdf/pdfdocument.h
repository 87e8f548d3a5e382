#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>

namespace Poppler {
class Document;
}

namespace amtsdesk {

// Why a PDF could not be opened; callers branch on this, people read the Error's message.
enum class PdfProblem { None, NotPdf, Damaged, NeedsPassword, WrongPassword };

// A file carried inside a PDF (ZUGFeRD / Factur-X invoices carry their XML this way).
struct EmbeddedFile {
    QString name; // exactly as stored in the PDF: never use it as a path
    QString mimeType;
    QString description;
    QByteArray data;
};

// An open PDF; the only class in the program that touches Poppler. Untrusted files are opened
// only inside amtsdesk-worker (see PdfWorker), never in the application itself.
// One word on a page and where it is, in points from the page's top left (unrotated).
struct PdfWord {
    QString text;
    QRectF box;
};

class PdfDocument {
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    // Renders larger than this many pixels are refused before Poppler allocates anything.
    static constexpr qint64 kMaxRenderPixels = 100'000'000;
    static constexpr double kMaxDpi = 2400.0;

    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    // Opens a file; the password may be the user (open) or the owner password.
    static Result<std::unique_ptr<PdfDocument>> open(const QString &path, const QByteArray &password = {});
    static Result<std::unique_ptr<PdfDocument>> openData(const QByteArray &bytes, const QByteArray &password = {});
    // Which problem an open() error was, read from its code: Unsupported = NotPdf, Corrupt = Damaged,
    // PermissionDenied = NeedsPassword, InvalidInput = WrongPassword; None for a missing or unreadable file.
    static PdfProblem problemOf(const Error &error);
    // Whether a page can be drawn at dpi, turned by rotation degrees (0, 90, 180, 270): the
    // reason when not. For PDFs and image files alike.
    static Status checkView(double dpi, int rotation);
    // True for the error an aborted render() returns (code Conflict: the caller no longer wants the page).
    static bool isAbort(const Error &error);

    int pageCount() const;
    // Size in points (1/72 inch) as displayed, the page's own /Rotate applied; empty for a bad index.
    QSizeF pageSizePoints(int page) const;
    // Plain text in reading order, ligatures spelled out (ﬂ → fl); empty for a bad index.
    QString pageText(int page) const;
    // The words of a page with their boxes, for marking hits.
    QList<PdfWord> words(int page) const;
    // Names exactly as stored: callers must never use them as paths.
    // Embedded files whose declared size (/Params /Size) is above this come without their data.
    static constexpr qint64 kMaxEmbeddedBytes = qint64(64) << 20;
    QList<EmbeddedFile> embeddedFiles() const;
    QString xmpMetadata() const;
    QString title() const;
    bool isEncrypted() const;

    // Renders one page (0-based) at dpi, turned clockwise by 0/90/180/270, as ARGB32 premultiplied.
    // shouldAbort is polled by Poppler while it draws; a render that is aborted returns an error
    // (isAbort()). One document is never used by two threads at once (every call takes m_mutex).
    Result<QImage> render(int page, double dpi, int rotation, const std::function<bool()> &shouldAbort = {}) const;

private:
    PdfDocument(std::unique_ptr<Poppler::Document> document, QString displayName);
    static Result<std::unique_ptr<PdfDocument>> finishOpen(std::unique_ptr<Poppler::Document> document,
                                                           const QByteArray &head, const QByteArray &password,
                                                           const QString &displayName);

    std::unique_ptr<Poppler::Document> m_doc;
    QString m_name; // names the document in messages
    mutable QMutex m_mutex;
};

} // namespace amtsdesk
