#pragma once

#include <QString>
#include <QTemporaryDir>

// A real, small file system made for a test: a tmpfs of the given size, mounted on a temporary
// folder. Needs root (as in CI); where it cannot be made, ok() is false and why() says why, and
// the test skips. Unmounted when it goes out of scope, also when a check failed (a busy disk is
// detached), so that no test leaves a mount behind.
class SmallDisk {
public:
    explicit SmallDisk(int megabytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool ok() const { return m_mounted; }
    QString why() const { return m_why; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Remounts read-only or writable again; false (with why()) when the kernel refuses.
    bool setReadOnly(bool readOnly);
    qint64 freeBytes() const;
    // Fills the disk until leaving at most `leave` bytes free, with a ballast file another program
    // might have written; returns its path. free() removes it again.
    QString fill(qint64 leave = 0);
    void free();

private:
    QTemporaryDir m_dir;
    int m_megabytes;
    bool m_mounted = false;
    QString m_why;
    int m_ballasts = 0;
};

// Skips the current test with a message when the disk could not be made; true when it is there.
bool haveSmallDisk(const SmallDisk &disk);
