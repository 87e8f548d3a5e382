#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QImage>

namespace amtsdesk {

// Rendered pages travel from amtsdesk-worker to the application through this buffer instead of
// the pipe: an anonymous in-memory file (memfd) that the application creates and the worker
// inherits. The worker writes a page's pixels with one pwrite(); the application reads them
// straight into its QImage with one pread(). Through the pipe, the 8 MB of a page at 144 dpi
// went in 64 KB steps and were copied three times.
//
// Only pread and pwrite touch it, never a mapping: a worker gone astray can leave wrong pixels
// or a short file, which the reader notices, but cannot make the application fault.
class PageBuffer {
    Q_DECLARE_TR_FUNCTIONS(PageBuffer)

public:
    PageBuffer() = default;
    // Wraps a descriptor already open (the worker's inherited one); the buffer closes it.
    explicit PageBuffer(int fd) : m_fd(fd) {}
    ~PageBuffer();
    PageBuffer(PageBuffer &&other) noexcept;
    PageBuffer &operator=(PageBuffer &&other) noexcept;
    PageBuffer(const PageBuffer &) = delete;
    PageBuffer &operator=(const PageBuffer &) = delete;

    // A new, empty buffer whose descriptor is closed on exec (the client clears that flag in
    // the worker's process only).
    static Result<PageBuffer> create();

    bool isValid() const { return m_fd >= 0; }
    int fd() const { return m_fd; }

    // Writes the pixels of a 32-bit image (rows without padding) at the start of the buffer.
    Status write(const QImage &image);
    // Up to this size the buffer keeps its memory between pages (an A4 page at 300 dpi is 35 MB).
    static constexpr qint64 kKeptBytes = 64 << 20;

    // Reads width × height pixels of 32-bit premultiplied ARGB written by write(); a buffer
    // larger than kKeptBytes is emptied afterwards, so that its memory goes back to the system.
    Result<QImage> read(int width, int height);

private:
    int m_fd = -1;
};

} // namespace amtsdesk
