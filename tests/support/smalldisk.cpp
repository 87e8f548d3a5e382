#include "support/smalldisk.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {

QString systemText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray options(int megabytes)
{
    return "size=" + QByteArray::number(megabytes) + "m,mode=0755";
}

} // namespace

SmallDisk::SmallDisk(int megabytes) : m_megabytes(megabytes)
{
    if (::geteuid() != 0) {
        m_why = QStringLiteral("not running as root: a small file system cannot be mounted for the test");
        return;
    }
    if (!m_dir.isValid()) {
        m_why = QStringLiteral("no temporary folder to mount on");
        return;
    }
    const QByteArray target = QFile::encodeName(m_dir.path());
    if (::mount("amtsdesk-test", target.constData(), "tmpfs", MS_NOSUID | MS_NODEV, options(megabytes).constData()) !=
        0) {
        m_why = QStringLiteral("a tmpfs cannot be mounted on %1: %2").arg(m_dir.path(), systemText(errno));
        return;
    }
    m_mounted = true;
}

SmallDisk::~SmallDisk()
{
    if (!m_mounted)
        return;
    const QByteArray target = QFile::encodeName(m_dir.path());
    if (::umount2(target.constData(), 0) != 0)
        ::umount2(target.constData(), MNT_DETACH); // something still holds a file: detach it anyway
}

bool SmallDisk::setReadOnly(bool readOnly)
{
    const QByteArray target = QFile::encodeName(m_dir.path());
    const unsigned long flags = MS_REMOUNT | MS_NOSUID | MS_NODEV | (readOnly ? MS_RDONLY : 0);
    if (::mount("amtsdesk-test", target.constData(), "tmpfs", flags, options(m_megabytes).constData()) != 0) {
        m_why = QStringLiteral("%1 cannot be remounted: %2").arg(m_dir.path(), systemText(errno));
        return false;
    }
    return true;
}

qint64 SmallDisk::freeBytes() const
{
    struct statvfs info {};
    if (::statvfs(QFile::encodeName(m_dir.path()).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

QString SmallDisk::fill(qint64 leave)
{
    const QString path = m_dir.filePath(QStringLiteral("ballast-%1.bin").arg(++m_ballasts));
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    REQUIRE(fd >= 0);
    const QByteArray block(4096, 'B');
    // Whole blocks while they fit, then smaller pieces down to a byte, so that nothing is left over.
    for (qint64 chunk = block.size(); chunk > 0; chunk /= 2) {
        while (freeBytes() - chunk >= leave && ::write(fd, block.constData(), size_t(chunk)) == chunk) {
        }
    }
    ::close(fd);
    return path;
}

void SmallDisk::free()
{
    for (int i = 1; i <= m_ballasts; ++i)
        QFile::remove(m_dir.filePath(QStringLiteral("ballast-%1.bin").arg(i)));
}

bool haveSmallDisk(const SmallDisk &disk)
{
    if (disk.ok())
        return true;
    WARN("skipped: " << disk.why().toStdString());
    SUCCEED();
    return false;
}
