#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace amtsdesk {

// An image file (a scan as JPEG, PNG or TIFF, a photo) shown as pages: one per frame, so that
// a multi-page TIFF from the scanner reads like a PDF. Image decoders meet hostile files as
// Poppler does, so this runs in amtsdesk-worker only; every size is checked before memory is
// taken, and the decoder's own allocation limit stays on.
class ImageFile {
    Q_DECLARE_TR_FUNCTIONS(ImageFile)

public:
    // An image without a resolution is taken as 96 dpi, a screen's: screenshots show at their size.
    static constexpr double kDefaultDpi = 96.0;
    // No frame may decode to more pixels than this (a 10,000 × 10,000 scan; 400 MB as ARGB).
    static constexpr qint64 kMaxPixels = 100'000'000;
    static constexpr int kMaxPages = 10'000;

    // Reads the file's format and frame count; NotPdf-like errors (code Unsupported) when it is
    // not an image this build can read.
    static Result<ImageFile> open(const QString &path);

    int pageCount() const { return m_pages; }
    QString format() const { return m_format; }
    // The frame's printed size in points (1/72 inch), from its pixels and its own resolution.
    Result<QSizeF> pageSizePoints(int page);
    // The frame drawn at dpi (its printed size from its own resolution), turned by 0/90/180/270.
    Result<QImage> render(int page, double dpi, int rotation);

private:
    ImageFile(QString path, QByteArray format, int pages)
        : m_path(std::move(path)), m_format(QString::fromLatin1(format)), m_pages(pages)
    {
    }
    Status checkPage(int page) const;
    Result<QImage> frame(int page);

    QString m_path;
    QString m_format;
    int m_pages = 0;
    int m_decodedPage = -1; // the frame kept decoded, since zooming asks for it again and again
    QImage m_decoded;
};

} // namespace amtsdesk
