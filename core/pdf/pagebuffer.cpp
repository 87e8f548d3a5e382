#include "pdf/pagebuffer.h"

#include "common/fdio.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include <sys/mman.h>
#include <unistd.h>

namespace amtsdesk {

PageBuffer::~PageBuffer()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

PageBuffer::PageBuffer(PageBuffer &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}

PageBuffer &PageBuffer::operator=(PageBuffer &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

Result<PageBuffer> PageBuffer::create()
{
    const int fd = ::memfd_create("amtsdesk-page", MFD_CLOEXEC);
    if (fd < 0)
        return Error::io(tr("No shared buffer for rendered pages could be created: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno))));
    return PageBuffer(fd);
}

Status PageBuffer::write(const QImage &image)
{
    if (image.depth() != 32 || image.bytesPerLine() != qsizetype(image.width()) * 4)
        return Error::internal(tr("Only 32-bit images without row padding go through the page buffer."));
    const qint64 size = image.sizeInBytes();
    const uchar *data = image.constBits();
    if (moveAll(size, [&](qint64 done) {
            return ::pwrite(m_fd, data + done, size_t(size - done), off_t(done));
        }).bytes != size)
        return Error::io(tr("The rendered page could not be written to the shared buffer: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

Result<QImage> PageBuffer::read(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Error::overflow(tr("There is not enough memory for a page of %1 × %2 pixels.").arg(width).arg(height));
    const qint64 size = image.sizeInBytes();
    uchar *data = image.bits();
    // Fewer bytes than announced (the read returns 0 early) means the worker did not write them.
    const bool complete = moveAll(size, [&](qint64 done) {
                              return ::pread(m_fd, data + done, size_t(size - done), off_t(done));
                          }).bytes == size;
    // The memory of ordinary pages is kept for the next one (filling fresh memory costs a page
    // fault per 4 KB); that of a large one is given back.
    if (!complete || image.sizeInBytes() > kKeptBytes)
        (void)::ftruncate(m_fd, 0);
    if (!complete)
        return Error::corrupt(tr("The shared buffer holds less than the rendered page announced."));
    return image;
}

} // namespace amtsdesk
