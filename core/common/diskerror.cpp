#include "common/diskerror.h"

#include <QDir>

#include <cerrno>
#include <cstring>

namespace amtsdesk {

bool DiskError::isFull(int errnum)
{
    return errnum == ENOSPC || errnum == EDQUOT;
}

QString DiskError::systemText(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}

QString DiskError::describe(int errnum, const QString &place)
{
    const QString shown = QDir::toNativeSeparators(place);
    if (isFull(errnum))
        return tr("the disk holding %1 is full (free some space there and try again)").arg(shown);
    switch (errnum) {
    case 0: return tr("%1 cannot be written").arg(shown);
    case EROFS: return tr("%1 is on a read-only disk").arg(shown);
    case EACCES:
    case EPERM: return tr("you may not write to %1").arg(shown);
    case EIO: return tr("the disk holding %1 reported an input/output error (%2)").arg(shown, systemText(errnum));
    default: return tr("%1: %2").arg(shown, systemText(errnum));
    }
}

} // namespace amtsdesk
