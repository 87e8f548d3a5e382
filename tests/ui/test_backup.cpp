// Backups while Amtsdesk is open: an online backup taken from another thread while the main
// window works on the store, restored to a new place and compared; the scheduled backup the
// window makes by itself and what the start page says about it; the audit head export.
#include "support/teststore.h"

#include "audit/audithead.h"
#include "audit/auditlog.h"
#include "backup/backupscheduler.h"
#include "dialogs/backupdialog.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "efile/documentservice.h"
#include "efile/fileservice.h"
#include "maintenance/backup.h"
#include "maintenance/backupschedule.h"
#include "maintenance/storeverifier.h"
#include "mainwindow.h"
#include "pages/auditlogpage.h"
#include "pages/startpage.h"
#include "store/blobstore.h"
#include "workflow/workflowengine.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QThread>

#include <optional>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

// A department with a file and a case, and a clerk who is also the administrator.
struct Office {
    Office()
    {
        const Actor admin = store.admin();
        clerk = store.user(QStringLiteral("k.wolf"), {Role::Clerk, Role::Administrator}, QStringLiteral("32"));
        store.addPlanUnit(QStringLiteral("321"), QStringLiteral("Gewerbe"), QStringLiteral("32"));
        NewFile nf;
        nf.planKey = QStringLiteral("321");
        nf.subject = QStringLiteral("Gaststätte Zum Löwen");
        file = FileService(store.db()).createFile(clerk, nf).value();
        caseId = FileService(store.db()).createCase(clerk, file, QStringLiteral("Erlaubnis")).value();
    }

    // What the GUI's import does: the file as a document of the case, on the given connection.
    void addDocument(Database &db, int size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (int i = 0; i < size; i += 4) {
            const quint32 r = QRandomGenerator::global()->generate();
            memcpy(bytes.data() + i, &r, qMin(4, size - i));
        }
        const QString path = files.filePath(QStringLiteral("scan-%1.bin").arg(++count));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        REQUIRE(
            DocumentService(db)
                .addDocument(clerk,
                             NewDocument{caseId, QStringLiteral("Scan %1").arg(count), Direction::Incoming, {}, {}, {}},
                             path)
                .ok());
    }

    Session session()
    {
        Session s;
        s.db = std::move(store.database);
        s.actor = clerk;
        s.location = StoreLocation{s.db->path(), StoreLocation::Source::CommandLine};
        return s;
    }

    TestStore store;
    QTemporaryDir files;
    Actor clerk;
    FileId file;
    CaseId caseId;
    int count = 0;
};

// Every row of a table as text, sorted (some tables have no rowid to order by).
QStringList rowsOf(Database &db, const QString &table, const QString &where = {})
{
    auto q = db.exec(QStringLiteral("SELECT * FROM \"%1\" %2").arg(table, where));
    REQUIRE(q.ok());
    QStringList rows;
    while (q->next()) {
        QStringList values;
        for (int c = 0; c < q->record().count(); ++c)
            values << (q->value(c).isNull() ? QStringLiteral("NULL") : q->value(c).toString());
        rows << values.join(QChar(0x1f));
    }
    rows.sort();
    return rows;
}

// The ordinary tables of a store, FTS shadow tables included; not the virtual table itself.
QStringList tablesOf(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                    "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
    REQUIRE(q.ok());
    QStringList tables;
    while (q->next())
        tables << q->value(0).toString();
    return tables;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("an online backup while the main window works restores to identical records and blobs", "[ui][backup]")
{
    Office office;
    for (int i = 0; i < 30; ++i)
        office.addDocument(office.store.db(), 200 * 1024);
    Session session = office.session();
    MainWindow window(session);
    window.show();
    Database &gui = *session.db;
    const qint64 documentsBefore = gui.scalar(QStringLiteral("SELECT count(*) FROM documents"))->toLongLong();

    // The backup runs on another thread with a connection of its own, as the scheduler runs it.
    const QString dest = office.files.filePath(QStringLiteral("online-backup"));
    std::optional<Result<BackupSummary>> outcome;
    QThread *backup = QThread::create([&outcome, path = gui.path(), dest] {
        auto db = Database::open(path);
        outcome.emplace(db ? Backup::create(**db, dest) : Result<BackupSummary>(db.error()));
    });
    backup->start();
    // Meanwhile the window's connection imports documents and takes workflow steps.
    int duringBackup = 0;
    WorkflowEngine engine(gui);
    const WorkflowItemId item = engine.itemFor(QStringLiteral("case"), QString::number(office.caseId.value))->id;
    const QStringList steps{QStringLiteral("start_work"), QStringLiteral("set_aside"), QStringLiteral("resume")};
    for (int n = 0;; ++n) {
        const bool running = !backup->isFinished();
        office.addDocument(gui, 20 * 1024);
        QJsonObject fields{{QStringLiteral("resubmission_date"), QStringLiteral("2026-04-01")}};
        REQUIRE(
            engine.take(office.clerk, item, TransitionRequest{steps.at(n == 0 ? 0 : 1 + (n + 1) % 2), {}, fields, {}})
                .ok());
        QCoreApplication::processEvents();
        if (running)
            ++duringBackup;
        if (!running)
            break;
    }
    REQUIRE(backup->wait(60000));
    delete backup;
    REQUIRE(outcome.has_value());
    REQUIRE(outcome->ok());
    CHECK(duringBackup >= 1);

    const QString target = office.files.filePath(QStringLiteral("elsewhere/amtsdesk.sqlite"));
    REQUIRE(Backup::restore(dest, target, false).ok());
    auto restored = Database::open(target);
    REQUIRE(restored.ok());
    REQUIRE(StoreVerifier::run(**restored).ok());

    // The restored store holds exactly what the backup holds: every table, row by row.
    {
        auto copy = Database::open(dest + QStringLiteral("/amtsdesk.sqlite"));
        REQUIRE(copy.ok());
        const QStringList tables = tablesOf(**copy);
        REQUIRE(tables == tablesOf(**restored));
        REQUIRE(tables.contains(QStringLiteral("audit_log")));
        for (const QString &table : tables) {
            INFO(table.toStdString());
            CHECK(rowsOf(**copy, table) == rowsOf(**restored, table));
        }
    }
    // And it is the live store as it was at one moment: everything done before the backup
    // began, the audit trail a beginning of the live one, and records and documents unchanged.
    const qint64 documentsInBackup =
        (*restored)->scalar(QStringLiteral("SELECT count(*) FROM documents"))->toLongLong();
    CHECK(documentsInBackup >= documentsBefore);
    CHECK(documentsInBackup < gui.scalar(QStringLiteral("SELECT count(*) FROM documents"))->toLongLong());
    const qint64 entries = AuditLog(**restored).count().value();
    const QString upTo = QStringLiteral("WHERE id <= %1").arg(entries);
    CHECK(rowsOf(**restored, QStringLiteral("audit_log")) == rowsOf(gui, QStringLiteral("audit_log"), upTo));
    for (const QString &table :
         {QStringLiteral("files"), QStringLiteral("cases"), QStringLiteral("documents"), QStringLiteral("blobs")}) {
        INFO(table.toStdString());
        const QStringList inBackup = rowsOf(**restored, table);
        const QStringList live = rowsOf(gui, table);
        for (const QString &row : inBackup)
            CHECK(live.contains(row));
    }
    BlobStore restoredBlobs(**restored);
    BlobStore liveBlobs(gui);
    auto hashes = (*restored)->exec(QStringLiteral("SELECT hash FROM blobs"));
    REQUIRE(hashes.ok());
    int blobs = 0;
    while (hashes->next()) {
        const QString hash = hashes->value(0).toString();
        CHECK(bytesOf(restoredBlobs.pathFor(hash)) == bytesOf(liveBlobs.pathFor(hash)));
        ++blobs;
    }
    CHECK(blobs == documentsInBackup);
    window.close();
}

TEST_CASE("the window makes the scheduled backup when it is due and the start page says how it went", "[ui][backup]")
{
    Office office;
    office.addDocument(office.store.db(), 1000);
    const QString folder = office.files.filePath(QStringLiteral("sicherung"));
    REQUIRE(BackupSchedule(office.store.db()).setPlan(office.clerk, BackupPlan{folder, 24, 2}).ok());
    Session session = office.session();
    MainWindow window(session);
    window.resize(1100, 760);
    window.show();
    REQUIRE(window.showArea(QStringLiteral("start")));
    StartPage *start = window.startPage();
    CHECK(start->backupText().contains(QStringLiteral("No backup has been made yet")));

    BackupScheduler *scheduler = window.backupScheduler();
    QSignalSpy finished(scheduler, &BackupScheduler::finished);
    REQUIRE(scheduler->checkNow());
    CHECK(start->backupText().contains(QStringLiteral("being made")));
    CHECK_FALSE(scheduler->checkNow()); // one at a time
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().at(0).toBool());
    CHECK(Backup::rotatedBackups(folder).size() == 1);
    start->refresh();
    CHECK(start->backupText().contains(QStringLiteral("Last backup:")));
    CHECK(start->backupText().contains(QStringLiteral("written and verified")));
    // Not due again until the interval has passed.
    CHECK_FALSE(scheduler->checkNow());

    SECTION("a failure is shown clearly and the older backup stays, though only one is to be kept")
    {
        REQUIRE(BackupSchedule(*session.db).setPlan(office.clerk, BackupPlan{folder, 24, 1}).ok());
        // The store has lost a document's bytes: no complete backup can be made.
        const QString hash = session.db->scalar(QStringLiteral("SELECT hash FROM blobs LIMIT 1"))->toString();
        REQUIRE(QFile::remove(BlobStore(*session.db).pathFor(hash)));
        const QStringList before = Backup::rotatedBackups(folder);
        finished.clear();
        REQUIRE(scheduler->checkNow(true));
        REQUIRE(finished.wait(30000));
        INFO(finished.first().at(1).toString().toStdString());
        CHECK_FALSE(finished.first().at(0).toBool());
        start->refresh();
        INFO(start->backupText().toStdString());
        CHECK(start->backupText().contains(QStringLiteral("The last backup failed")));
        CHECK(start->backupText().contains(QStringLiteral("Older backups were kept")));
        CHECK(start->backupText().contains(QStringLiteral("#b00020")));
        CHECK(Backup::rotatedBackups(folder) == before);
        if (!qEnvironmentVariableIsEmpty("AMTSDESK_SHOTS")) {
            QCoreApplication::processEvents();
            window.grab().save(qEnvironmentVariable("AMTSDESK_SHOTS") + QStringLiteral("/backup-failed.png"));
        }
    }
    SECTION("the settings dialog gives the plan an administrator enters")
    {
        BackupDialog dialog(BackupSchedule(*session.db).plan());
        BackupPlan weekly = dialog.plan();
        CHECK(weekly.folder == folder);
        CHECK(weekly.intervalHours == 24);
        dialog.setPlan(BackupPlan{folder, 168, 4});
        CHECK(dialog.plan().intervalHours == 168);
        dialog.setPlan(BackupPlan{folder, 6, 4});
        CHECK(dialog.plan().intervalHours == 6);
        CHECK(dialog.plan().keep == 4);
        if (!qEnvironmentVariableIsEmpty("AMTSDESK_SHOTS")) {
            QCoreApplication::processEvents();
            window.grab().save(qEnvironmentVariable("AMTSDESK_SHOTS") + QStringLiteral("/backup-ok.png"));
            dialog.show();
            dialog.grab().save(qEnvironmentVariable("AMTSDESK_SHOTS") + QStringLiteral("/backup-dialog.png"));
        }
    }
    window.close();
}

TEST_CASE("an administrator exports the audit head from the audit area", "[ui][audit]")
{
    Office office;
    Session session = office.session();
    MainWindow window(session);
    REQUIRE(window.showArea(QStringLiteral("audit")));
    const QString path = office.files.filePath(QStringLiteral("kopf.txt"));
    FileDialog::setNextAnswer(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE(window.auditPage()->exportHead());
    auto head = AuditHead::load(path);
    REQUIRE(head.ok());
    CHECK(head->entries == AuditLog(*session.db).count().value());
    CHECK(head->checkAgainst(*session.db).ok());
    CHECK(MessageBox::lastText().contains(QStringLiteral("kopf.txt")));
    // Cancelled: nothing written.
    FileDialog::setNextAnswer(QString());
    CHECK_FALSE(window.auditPage()->exportHead());
    window.close();
}
