#pragma once

#include <QtGlobal>

#include <cerrno>

#include <sys/types.h>

namespace amtsdesk {

// How far moveAll got: bytes moved, and what the last call returned (0 is the end of a file).
struct Moved {
    qint64 bytes = 0;
    ssize_t last = 0;
};

// Calls step(offset) — a read, write, pread or pwrite of what is left from offset — until size
// bytes have moved or a call returns 0 or fails; interrupted calls are repeated.
template <typename Step> Moved moveAll(qint64 size, Step step)
{
    Moved moved;
    while (moved.bytes < size) {
        moved.last = step(moved.bytes);
        if (moved.last < 0 && errno == EINTR)
            continue;
        if (moved.last <= 0)
            break;
        moved.bytes += moved.last;
    }
    return moved;
}

} // namespace amtsdesk
