#include "pdf/imagefile.h"

#include "pdf/pdfdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QTransform>

#include <cmath>

namespace amtsdesk {

namespace {

// What one decode may allocate, in MB: a frame of kMaxPixels at 32 bits, and some room.
constexpr int kAllocationLimitMb = 512;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<ImageFile> ImageFile::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(tr("The file %1 does not exist.").arg(shown(path)));
    QImageReader reader(path);
    reader.setAllocationLimit(kAllocationLimitMb);
    // The format comes from the content, never from the name: a .jpg may be anything.
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        return Error::unsupported(tr("%1 is neither a PDF nor an image this program can show.").arg(shown(path)));
    const QByteArray format = reader.format();
    const int count = reader.imageCount();
    const int pages = count > 0 ? count : 1; // 0: the format does not say; it has one image then
    if (pages > kMaxPages)
        return Error::overflow(
            tr("%1 has %2 images; at most %3 can be shown.").arg(shown(path)).arg(pages).arg(kMaxPages));
    return ImageFile(path, format, pages);
}

Result<QImage> ImageFile::frame(int page)
{
    if (page == m_decodedPage)
        return m_decoded;
    m_decoded = QImage();
    m_decodedPage = -1;
    QImageReader reader(m_path);
    reader.setAllocationLimit(kAllocationLimitMb);
    reader.setDecideFormatFromContent(true);
    // Turned as the camera or scanner says (EXIF orientation), as every image viewer does.
    reader.setAutoTransform(true);
    if (page > 0 && !reader.jumpToImage(page))
        return Error::corrupt(tr("Image %1 of %2 cannot be read.").arg(page + 1).arg(shown(m_path)));
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > kMaxPixels)
        return Error::overflow(
            tr("%1 is too large to show (%2 × %3 pixels).").arg(shown(m_path)).arg(size.width()).arg(size.height()));
    QImage image = reader.read();
    if (image.isNull())
        return Error::corrupt(tr("%1 is damaged and cannot be shown: %2").arg(shown(m_path), reader.errorString()));
    image.convertTo(QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Error::overflow(tr("%1 needs more memory than is available.").arg(shown(m_path)));
    m_decoded = image;
    m_decodedPage = page;
    return image;
}

namespace {

double ownDpi(int dotsPerMeter)
{
    return dotsPerMeter > 0 ? dotsPerMeter * 0.0254 : ImageFile::kDefaultDpi;
}

} // namespace

Status ImageFile::checkPage(int page) const
{
    if (page < 0 || page >= m_pages)
        return Error::invalid(
            tr("%1 has no page %2: it has %n page(s).", nullptr, m_pages).arg(shown(m_path)).arg(page + 1));
    return {};
}

Result<QSizeF> ImageFile::pageSizePoints(int page)
{
    if (Status ok = checkPage(page); !ok)
        return ok.error();
    auto decoded = frame(page);
    if (!decoded)
        return decoded.error();
    return QSizeF(decoded->width() * 72.0 / ownDpi(decoded->dotsPerMeterX()),
                  decoded->height() * 72.0 / ownDpi(decoded->dotsPerMeterY()));
}

Result<QImage> ImageFile::render(int page, double dpi, int rotation)
{
    if (Status ok = checkPage(page); !ok)
        return ok.error();
    if (Status ok = PdfDocument::checkView(dpi, rotation); !ok)
        return ok.error();
    auto decoded = frame(page);
    if (!decoded)
        return decoded.error();
    const QImage &image = *decoded;
    const double width = std::max(1.0, std::round(image.width() * dpi / ownDpi(image.dotsPerMeterX())));
    const double height = std::max(1.0, std::round(image.height() * dpi / ownDpi(image.dotsPerMeterY())));
    if (width * height > double(PdfDocument::kMaxRenderPixels))
        return Error::overflow(tr("%1 is too large to show at %2 dpi (%3 × %4 pixels).")
                                   .arg(shown(m_path))
                                   .arg(dpi)
                                   .arg(width, 0, 'f', 0)
                                   .arg(height, 0, 'f', 0));
    QImage scaled = QSize(int(width), int(height)) == image.size()
                        ? image
                        : image.scaled(int(width), int(height), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (rotation != 0)
        scaled = scaled.transformed(QTransform().rotate(rotation));
    scaled.convertTo(QImage::Format_ARGB32_Premultiplied);
    if (scaled.isNull())
        return Error::overflow(tr("%1 needs more memory than is available.").arg(shown(m_path)));
    return scaled;
}

} // namespace amtsdesk
