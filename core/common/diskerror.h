#pragma once

#include <QCoreApplication>
#include <QString>

namespace amtsdesk {

// Words for a failed file-system call that name the place it concerns: which disk is full, which
// folder is read-only. A message naming the wrong disk sends people to free space on the wrong one.
class DiskError {
    Q_DECLARE_TR_FUNCTIONS(DiskError)

public:
    // A clause to end a sentence with, e.g. "the disk holding /srv/amtsdesk/store.sqlite.blobs is
    // full (free some space there and try again)"; errnum is the errno of the failed call (0: unknown).
    static QString describe(int errnum, const QString &place);
    // Out of space or over a quota.
    static bool isFull(int errnum);
    // The system's own words for errnum.
    static QString systemText(int errnum);
};

} // namespace amtsdesk
