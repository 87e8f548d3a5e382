// The store on real, small file systems (SmallDisk: a tmpfs mounted by the test, as root in CI):
// a full disk under imports, edits, workflow steps and backups, and a store on a read-only disk.
// Each failure must name the disk that is full or read-only, leave every committed record as it
// was, and the work must simply go on once there is space again.
#include "support/smalldisk.h"
#include "support/teststore.h"

#include "efile/batchimport.h"
#include "efile/documentservice.h"
#include "maintenance/backup.h"
#include "maintenance/storeverifier.h"
#include "pdf/workerclient.h"
#include "store/blobstore.h"
#include "workflow/workflowengine.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>

#include <sqlite3.h>

using namespace amtsdesk;

namespace {

// A clerk's case and its workflow item, in a store at folder.
struct Desk {
    explicit Desk(const QString &folder) : store(folder)
    {
        const ClerkCase desk = addClerkCase(store);
        clerk = desk.clerk;
        caseId = desk.caseId;
        item = WorkflowEngine(store.db()).itemFor(QStringLiteral("case"), QString::number(caseId.value)).value().id;
    }

    TestStore store;
    Actor clerk;
    CaseId caseId;
    WorkflowItemId item;
};

// A document of random bytes (never the same twice) in folder; returns its path.
QString randomDocument(const QTemporaryDir &folder, int number, qsizetype bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator random(quint32(number) * 7919u + 1u);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    const QString path = folder.filePath(QStringLiteral("scan-%1.bin").arg(number));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(data) == bytes);
    return path;
}

// Every file under folder with its SHA-256, to show that nothing was changed.
QMap<QString, QByteArray> fingerprint(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.insert(path, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

// The documents of the case with their blob hashes.
QMap<qint64, QString> documentsOf(Database &db, const Actor &clerk, CaseId caseId)
{
    QMap<qint64, QString> documents;
    const auto list = DocumentService(db).documents(clerk, caseId);
    REQUIRE(list.ok());
    for (const Document &document : *list)
        documents.insert(document.id.value, document.current.blobHash);
    return documents;
}

void requireVerified(Database &db)
{
    const VerifyReport report = StoreVerifier::run(db);
    INFO(report.describe().join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
}

// The message says the disk at place is full, and does not blame the other one.
void requireFullDiskNamed(const QString &message, const QString &place, const QString &notPlace)
{
    INFO(message.toStdString());
    CHECK(message.contains(QLatin1String("full")));
    CHECK(message.contains(place));
    CHECK_FALSE(message.contains(notPlace));
}

// A backup's destination is full: the message must not send anyone to free space on the store's disk.
void requireBackupDiskNamed(const QString &message, const QString &backupPlace, const QString &storePlace)
{
    requireFullDiskNamed(message, backupPlace, storePlace);
    CHECK_FALSE(message.contains(QLatin1String("holding the store")));
    CHECK_FALSE(message.contains(QLatin1String("blob store")));
}

} // namespace

TEST_CASE("on a full disk imports and notes and steps and backups fail naming the disk and work goes on after",
          "[store][media]")
{
    SmallDisk storeDisk(8);
    if (!haveSmallDisk(storeDisk))
        return;
    SmallDisk backupDisk(16);
    if (!haveSmallDisk(backupDisk))
        return;
    Desk desk(storeDisk.path());
    Database &db = desk.store.db();
    PdfWorker worker; // started only for PDFs, and these are none
    QTemporaryDir incoming;
    DocumentService documents(db);
    WorkflowEngine engine(db);

    // Another program's megabyte on the disk; freeing it later is what makes room again.
    storeDisk.fill(storeDisk.freeBytes() - (1 << 20));
    // Imports until the disk is full: each either lands completely or fails naming the store's disk.
    QMap<qint64, QString> committed;
    QString importFailure;
    for (int i = 0; i < 60 && importFailure.isEmpty(); ++i) {
        const ImportSummary summary =
            BatchImport(db, worker).run(desk.clerk, desk.caseId, {randomDocument(incoming, i, 256 * 1024)});
        if (!summary.failed.isEmpty())
            importFailure = summary.failed.first().message;
        for (const ImportItem &added : summary.added)
            committed.insert(added.document.value, documents.document(desk.clerk, added.document)->current.blobHash);
    }
    REQUIRE_FALSE(importFailure.isEmpty());
    REQUIRE(committed.size() >= 10);
    requireFullDiskNamed(importFailure, storeDisk.path(), backupDisk.path());
    // A failed write leaves no half-written file behind.
    REQUIRE(QDir(db.blobDirectory() + QStringLiteral("/tmp")).entryList(QDir::Files).isEmpty());

    // Another program takes the last bytes, if any: now the database itself has no room to grow.
    storeDisk.fill();
    auto note = documents.addNote(desk.clerk, QStringLiteral("case"), desk.caseId.value, QStringLiteral("Rückruf"));
    REQUIRE_FALSE(note.ok());
    requireFullDiskNamed(note.error().message, storeDisk.path(), backupDisk.path());
    auto step = engine.take(desk.clerk, desk.item, TransitionRequest{QStringLiteral("start_work"), {}, {}, {}});
    REQUIRE_FALSE(step.ok());
    requireFullDiskNamed(step.error().message, storeDisk.path(), backupDisk.path());
    auto more = BatchImport(db, worker).run(desk.clerk, desk.caseId, {randomDocument(incoming, 100, 4096)});
    REQUIRE(more.failed.size() == 1);
    requireFullDiskNamed(more.failed.first().message, storeDisk.path(), backupDisk.path());

    // Nothing is damaged, and everything committed before is there as it was.
    requireVerified(db);
    REQUIRE(documentsOf(db, desk.clerk, desk.caseId) == committed);
    REQUIRE(documents.notes(desk.clerk, QStringLiteral("case"), desk.caseId.value)->isEmpty());
    REQUIRE(engine.item(desk.item)->state == QStringLiteral("received"));

    // A backup onto a second disk that is full: the message names that disk, not the store's.
    // The store's own disk is still full: a backup only reads the store.
    backupDisk.fill(16 * 1024);
    auto noRoom = Backup::create(db, backupDisk.filePath(QStringLiteral("backup")));
    REQUIRE_FALSE(noRoom.ok());
    requireBackupDiskNamed(noRoom.error().message, backupDisk.path(), storeDisk.path());
    backupDisk.free();
    // Room for the database, not for the documents.
    backupDisk.fill(qint64(3) << 20);
    auto noRoomForDocuments = Backup::create(db, backupDisk.filePath(QStringLiteral("backup")));
    REQUIRE_FALSE(noRoomForDocuments.ok());
    requireBackupDiskNamed(noRoomForDocuments.error().message, backupDisk.path(), storeDisk.path());
    // No half backup is left in either case.
    REQUIRE(QDir(backupDisk.path())
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
                .filter(QStringLiteral("backup"))
                .isEmpty());
    backupDisk.free();
    auto backup = Backup::create(db, backupDisk.filePath(QStringLiteral("backup")));
    INFO((backup ? QString() : backup.error().message).toStdString());
    REQUIRE(backup.ok());
    REQUIRE(backup->blobs == committed.size());

    // Space again: the same work goes through, and the store verifies.
    storeDisk.free();
    REQUIRE(storeDisk.freeBytes() >= 1 << 20);
    const auto noted =
        documents.addNote(desk.clerk, QStringLiteral("case"), desk.caseId.value, QStringLiteral("Rückruf"));
    INFO((noted ? QString() : noted.error().message).toStdString());
    REQUIRE(noted.ok());
    const auto stepped =
        engine.take(desk.clerk, desk.item, TransitionRequest{QStringLiteral("start_work"), {}, {}, {}});
    INFO((stepped ? QString() : stepped.error().message).toStdString());
    REQUIRE(stepped.ok());
    const ImportSummary after =
        BatchImport(db, worker).run(desk.clerk, desk.caseId, {randomDocument(incoming, 101, 256 * 1024)});
    REQUIRE(after.added.size() == 1);
    committed.insert(after.added.first().document.value,
                     documents.document(desk.clerk, after.added.first().document)->current.blobHash);
    requireVerified(db);

    // Started again on a disk full to the last byte: opening says so, then works once there is room.
    desk.store.database.reset();
    storeDisk.fill();
    auto cannotOpen = Database::open(desk.store.path(), desk.store.clock);
    REQUIRE_FALSE(cannotOpen.ok());
    requireFullDiskNamed(cannotOpen.error().message, storeDisk.path(), backupDisk.path());
    storeDisk.free();
    auto opened = Database::open(desk.store.path(), desk.store.clock);
    REQUIRE(opened.ok());
    desk.store.database = std::move(*opened);
    requireVerified(desk.store.db());
    REQUIRE(documentsOf(desk.store.db(), desk.clerk, desk.caseId) == committed);
    REQUIRE(WorkflowEngine(desk.store.db()).item(desk.item)->state == QStringLiteral("in_progress"));
}

TEST_CASE("a store on a read-only disk is refused for work by name and read as it is and never changed",
          "[store][media]")
{
    SmallDisk disk(8);
    if (!haveSmallDisk(disk))
        return;
    QTemporaryDir elsewhere;
    QMap<qint64, QString> committed;
    CaseId caseId;
    {
        Desk desk(disk.path());
        caseId = desk.caseId;
        PdfWorker worker;
        const ImportSummary summary =
            BatchImport(desk.store.db(), worker)
                .run(desk.clerk, desk.caseId,
                     {randomDocument(elsewhere, 1, 100000), randomDocument(elsewhere, 2, 5000)});
        REQUIRE(summary.added.size() == 2);
        committed = documentsOf(desk.store.db(), desk.clerk, desk.caseId);
    } // closed cleanly: SQLite folds its log into the database file and removes it
    const QString path = disk.filePath(QStringLiteral("store.sqlite"));
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    const QMap<QString, QByteArray> before = fingerprint(disk.path());
    REQUIRE(disk.setReadOnly(true));

    // Opening for work: a message that says read-only and names the store, not a puzzle about logs.
    auto forWork = Database::open(path);
    REQUIRE_FALSE(forWork.ok());
    INFO(forWork.error().message.toStdString());
    CHECK(forWork.error().message.contains(QLatin1String("read-only")));
    CHECK(forWork.error().message.contains(path));
    CHECK_FALSE(forWork.error().message.contains(QLatin1String("network")));
    CHECK_FALSE(forWork.error().message.contains(QLatin1String("write-ahead")));

    // Reading: every record is there, verify passes, a backup to another disk is made; writing is refused.
    {
        auto readOnly = Database::openReadOnly(path);
        INFO((readOnly ? QString() : readOnly.error().message).toStdString());
        REQUIRE(readOnly.ok());
        Database &db = **readOnly;
        REQUIRE(db.isReadOnly());
        requireVerified(db);
        const Actor clerk = AccessService(db).actorForLogin(QStringLiteral("d.braun")).value();
        REQUIRE(documentsOf(db, clerk, caseId) == committed);
        for (const QString &hash : committed)
            REQUIRE(BlobStore(db).read(hash).ok());
        auto note = DocumentService(db).addNote(clerk, QStringLiteral("case"), caseId.value, QStringLiteral("Vermerk"));
        REQUIRE_FALSE(note.ok());
        CHECK(note.error().message.contains(QLatin1String("read-only")));
        auto backup = Backup::create(db, elsewhere.filePath(QStringLiteral("backup")));
        INFO((backup ? QString() : backup.error().message).toStdString());
        REQUIRE(backup.ok());
        REQUIRE(backup->blobs == 2);
    }
    REQUIRE(disk.setReadOnly(false));
    REQUIRE(fingerprint(disk.path()) == before);
}

TEST_CASE("a store left unclosed on a read-only disk is read with its log or refused saying why", "[store][media]")
{
    SmallDisk disk(8);
    if (!haveSmallDisk(disk))
        return;
    const QString path = disk.filePath(QStringLiteral("store.sqlite"));
    qint64 noteId = 0;
    CaseId caseId;
    {
        Desk desk(disk.path());
        caseId = desk.caseId;
        // The connection ends without folding its log into the database (as when the program is
        // killed): the newest note is only in the -wal file.
        REQUIRE(sqlite3_db_config(desk.store.db().handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_wal_autocheckpoint(desk.store.db().handle(), 0) == SQLITE_OK);
        noteId = DocumentService(desk.store.db())
                     .addNote(desk.clerk, QStringLiteral("case"), caseId.value, QStringLiteral("nur im Protokoll"))
                     .value();
    }
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-shm")));
    REQUIRE(disk.setReadOnly(true));
    {
        auto readOnly = Database::openReadOnly(path);
        INFO((readOnly ? QString() : readOnly.error().message).toStdString());
        REQUIRE(readOnly.ok());
        requireVerified(**readOnly);
        const Actor clerk = AccessService(**readOnly).actorForLogin(QStringLiteral("d.braun")).value();
        const auto notes = DocumentService(**readOnly).notes(clerk, QStringLiteral("case"), caseId.value);
        REQUIRE(notes.ok());
        REQUIRE(notes->size() == 1);
        REQUIRE(notes->first().id == noteId);
    }
    // Without its shared-memory index SQLite cannot read the log on a read-only disk: the message
    // says so and what to do, instead of showing the store without its newest changes.
    REQUIRE(disk.setReadOnly(false));
    REQUIRE(QFile::remove(path + QStringLiteral("-shm")));
    REQUIRE(disk.setReadOnly(true));
    auto withoutIndex = Database::openReadOnly(path);
    REQUIRE_FALSE(withoutIndex.ok());
    INFO(withoutIndex.error().message.toStdString());
    CHECK(withoutIndex.error().message.contains(QLatin1String("not closed properly")));
    CHECK(withoutIndex.error().message.contains(path + QStringLiteral("-wal")));
    REQUIRE(disk.setReadOnly(false));
}
