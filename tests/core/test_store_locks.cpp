// A store stays locked for other processes while this one has it open, however many connections
// the program opens and closes on it (pages read on worker threads with connections of their
// own). POSIX drops all of a process's locks on a file when any descriptor of it closes; without
// the shared lock, another process closing its connection deletes the write-ahead log, and what
// this process writes next is lost.
#include "support/teststore.h"

#include <catch2/catch.hpp>

#include "store/database.h"

#include <QFile>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace amtsdesk;

namespace {

// Whether some process holds a read lock on SQLite's shared range of the file, as another
// process sees it (F_GETLK reports only other processes' locks, hence the child).
bool sharedLockSeenFromOutside(const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const int fd = ::open(file.constData(), O_RDWR);
        if (fd < 0)
            _exit(2);
        struct flock probe = {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        probe.l_start = 0x40000000 + 2; // SQLite's SHARED_FIRST (PENDING_BYTE + 2)
        probe.l_len = 510;              // SHARED_SIZE
        if (fcntl(fd, F_GETLK, &probe) != 0)
            _exit(3);
        _exit(probe.l_type == F_UNLCK ? 0 : 1);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) <= 1);
    return WEXITSTATUS(status) == 1;
}

} // namespace

TEST_CASE("opening and closing more connections keeps the store locked against other processes", "[store]")
{
    TestStore store;
    const QString path = store.path();
    auto before = store.db().scalar(QStringLiteral("SELECT count(*) FROM users"));
    REQUIRE(before.ok());
    REQUIRE(sharedLockSeenFromOutside(path));

    // As a page does on a worker thread: a connection of its own, then closed.
    for (int i = 0; i < 3; ++i) {
        auto other = Database::open(path, store.clock);
        REQUIRE(other.ok());
        REQUIRE((*other)->scalar(QStringLiteral("SELECT count(*) FROM users")).ok());
    }
    CHECK(sharedLockSeenFromOutside(path));

    // Still written through the log that other processes see.
    REQUIRE(store.db().exec(QStringLiteral("CREATE TABLE lock_probe(x)")).ok());
    CHECK(QFile::exists(path + QStringLiteral("-wal")));
    CHECK(sharedLockSeenFromOutside(path));
}
