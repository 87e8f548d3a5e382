#include "support/teststore.h"

#include "store/blobstore.h"
#include "store/transaction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <sys/time.h>

using namespace amtsdesk;

namespace {

// A source whose disk fails after `good` bytes: reads then return -1, as a file on a dying disk does.
class FailingDevice : public QIODevice {
public:
    FailingDevice(qint64 size, qint64 good) : m_size(size), m_good(good) {}
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (pos() >= m_good) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 n = qMin(maxSize, m_good - pos());
        std::fill_n(data, n, 'a');
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_good;
};

} // namespace

TEST_CASE("blobs are stored by their SHA-256 and read back unchanged", "[blob]")
{
    TestStore store;
    BlobStore blobs(store.db());
    const QByteArray bytes = QByteArrayLiteral("Bescheid über die Gebühren für Straßenreinigung\n");
    auto ref = blobs.writeBytes(bytes);
    REQUIRE(ref.ok());
    REQUIRE(ref->size == bytes.size());
    REQUIRE(ref->hash == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    REQUIRE(blobs.pathFor(ref->hash).endsWith(ref->hash.left(2) + QLatin1Char('/') + ref->hash));
    REQUIRE(blobs.read(ref->hash).value() == bytes);
    // The same bytes again are the same blob.
    auto again = blobs.writeBytes(bytes);
    REQUIRE(again->hash == ref->hash);
    REQUIRE(blobs.filesOnDisk().size() == 1);
    // Stored blobs are read-only files.
    REQUIRE_FALSE(QFileInfo(blobs.pathFor(ref->hash)).permissions().testFlag(QFileDevice::WriteOwner));
}

TEST_CASE("an empty blob and a large one are stored correctly", "[blob]")
{
    TestStore store;
    BlobStore blobs(store.db());
    auto empty = blobs.writeBytes({});
    REQUIRE(empty.ok());
    REQUIRE(empty->hash == QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QByteArray big(5 * 1024 * 1024 + 17, 'x');
    for (int i = 0; i < big.size(); i += 4096)
        big[i] = char(i % 251);
    auto large = blobs.writeBytes(big);
    REQUIRE(large.ok());
    REQUIRE(large->size == big.size());
    REQUIRE(blobs.read(large->hash).value() == big);
}

TEST_CASE("verify finds missing and changed blobs, orphans are collected, referenced blobs never", "[blob]")
{
    TestStore store;
    BlobStore blobs(store.db());
    auto kept = blobs.writeBytes(QByteArrayLiteral("referenced"));
    auto orphan = blobs.writeBytes(QByteArrayLiteral("never referenced"));
    auto damaged = blobs.writeBytes(QByteArrayLiteral("will be damaged"));
    {
        Transaction tx(store.db());
        REQUIRE(blobs.reference(*kept).ok());
        REQUIRE(blobs.reference(*damaged).ok());
        REQUIRE(tx.commit().ok());
    }
    BlobCheckReport report = blobs.verify();
    REQUIRE(report.ok());
    REQUIRE(report.checked == 2);
    REQUIRE(report.orphans == 1);

    // Orphans younger than the grace period stay: their transaction may still be running.
    REQUIRE(blobs.collectOrphans(3600).value() == 0);
    // Age the orphan and the referenced blob alike; only the orphan goes.
    for (const auto &ref : {*kept, *orphan}) {
        const QByteArray path = QFile::encodeName(blobs.pathFor(ref.hash));
        timeval old[2] = {{1000000000, 0}, {1000000000, 0}};
        REQUIRE(::utimes(path.constData(), old) == 0);
    }
    REQUIRE(blobs.collectOrphans(3600).value() == 1);
    REQUIRE(blobs.exists(kept->hash));
    REQUIRE_FALSE(blobs.exists(orphan->hash));

    const QString path = blobs.pathFor(damaged->hash);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("tampered");
    f.close();
    QFile::remove(blobs.pathFor(kept->hash));
    report = blobs.verify();
    REQUIRE_FALSE(report.ok());
    REQUIRE(report.missing == QStringList{kept->hash});
    REQUIRE(report.corrupted == QStringList{damaged->hash});
}

TEST_CASE("a blob cannot be referenced before it is written, and hashes are checked", "[blob]")
{
    TestStore store;
    BlobStore blobs(store.db());
    REQUIRE_FALSE(blobs.reference(BlobRef{QString(64, QLatin1Char('a')), 3}).ok());
    REQUIRE_FALSE(BlobStore::isValidHash(QStringLiteral("../../etc/passwd")));
    REQUIRE_FALSE(blobs.read(QStringLiteral("../../etc/passwd")).ok());
    REQUIRE_FALSE(blobs.writeFile(store.dir.filePath(QStringLiteral("missing.pdf"))).ok());
}

TEST_CASE("a source that fails while being read is not stored as a shorter document", "[blob]")
{
    TestStore store;
    BlobStore blobs(store.db());
    FailingDevice source(5 << 20, 3 << 20);
    REQUIRE(source.open(QIODevice::ReadOnly));
    auto written = blobs.write(source);
    REQUIRE_FALSE(written.ok());
    INFO(written.error().message.toStdString());
    REQUIRE(written.error().code == ErrorCode::Io);
    REQUIRE(written.error().message.contains(QLatin1String("could not be read to the end")));
    REQUIRE(written.error().message.contains(QLatin1String("Input/output error")));
    // Neither a blob of the first 3 MB nor a temporary file is left.
    REQUIRE(blobs.filesOnDisk().isEmpty());
    REQUIRE(QDir(blobs.directory() + QStringLiteral("/tmp")).entryList(QDir::Files).isEmpty());

    // A real file whose reading fails: this process's memory file gives an I/O error at offset 0.
    QFile memory(QStringLiteral("/proc/self/mem"));
    if (memory.open(QIODevice::ReadOnly) && memory.read(1).isEmpty()) {
        memory.close();
        auto fromFile = blobs.writeFile(QStringLiteral("/proc/self/mem"));
        REQUIRE_FALSE(fromFile.ok());
        INFO(fromFile.error().message.toStdString());
        REQUIRE(fromFile.error().message.contains(QLatin1String("/proc/self/mem")));
        REQUIRE(blobs.filesOnDisk().isEmpty());
    }
}
