// The commands about the store itself: creating, checking, backing up and restoring it.
#include "cli/cli.h"

#include "access/accessservice.h"
#include "audit/audithead.h"
#include "audit/auditlog.h"
#include "demo/demodistrict.h"
#include "efile/documentsearch.h"
#include "maintenance/backup.h"
#include "maintenance/backupschedule.h"
#include "maintenance/storeverifier.h"
#include "store/blobstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace amtsdesk::cli {

int Cli::cmdInit(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Creates a new store at the store location with LOGIN as its first administrator."));
    const QCommandLineOption admin(QStringLiteral("admin"), tr("login of the first administrator"), QStringLiteral("LOGIN"));
    const QCommandLineOption name(QStringLiteral("name"), tr("their full name"), QStringLiteral("NAME"));
    p.addOptions({admin, name});
    if (!parseCommand(p, QStringLiteral("init"), args, 0, 0))
        return stopped(p);
    if (!p.isSet(admin))
        return fail(tr("init: name the first administrator with --admin LOGIN."));
    if (Status s = AccessService::checkLogin(p.value(admin)); !s)
        return fail(s.error().message);
    auto db = Database::create(m_location.path, StoreKind::Production);
    if (!db)
        return fail(db.error().message);
    auto id = AccessService(**db).bootstrap(p.value(admin), p.value(name));
    if (!id) {
        const QString path = (*db)->path();
        db->reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return fail(id.error().message);
    }
    m_out << tr("Created the store %1 (%2) with %3 as its administrator.")
                 .arg(QDir::toNativeSeparators(m_location.path), m_location.describe(), p.value(admin))
          << Qt::endl;
    return Ok;
}

int Cli::cmdDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Creates a demo store of the Landkreis Musterfeld, with you as its administrator."));
    const QCommandLineOption replace(QStringLiteral("replace"), tr("replace an existing demo store (never a real one)"));
    p.addOption(replace);
    if (!parseCommand(p, QStringLiteral("demo"), args, 0, 0))
        return stopped(p);
    const QString path = m_location.path;
    if (QFileInfo::exists(path)) {
        if (!p.isSet(replace))
            return fail(tr("There is a store at %1 already; add --replace to replace a demo store.").arg(QDir::toNativeSeparators(path)));
        {
            auto existing = Database::open(path);
            if (!existing)
                return fail(existing.error().message);
            if ((*existing)->kind() != StoreKind::Demo)
                return fail(tr("%1 is not a demo store; it is never replaced by demo data.").arg(QDir::toNativeSeparators(path)));
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        QDir(path + QStringLiteral(".blobs")).removeRecursively();
    }
    const QString login = m_user.isEmpty() ? currentSystemLogin() : m_user;
    if (Status s = DemoDistrict::create(path, login); !s)
        return fail(s.error().message);
    m_out << tr("Created the demo store %1; you (%2) are its administrator. Other users: see 'amtsdesk-cli users'.")
                 .arg(QDir::toNativeSeparators(path), login)
          << Qt::endl;
    return Ok;
}

int Cli::cmdVerify(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Checks SQLite integrity, the whole audit chain, every stored document's hash and that "
           "every record is whole."));
    const QCommandLineOption head(QStringLiteral("expect-head"), tr("also check that the audit chain still ends in HASH (from audit-head)"),
                                  QStringLiteral("HASH"));
    const QCommandLineOption headFile(QStringLiteral("expect-head-file"),
                                      tr("also check the audit chain against the head saved in FILE (audit-head --save)"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption collect(
        QStringLiteral("collect-orphans"),
        tr("then, if the store is intact, remove the stored files no record references that "
           "are older than an hour (left by interrupted imports)"));
    p.addOptions({head, headFile, collect});
    if (!parseCommand(p, QStringLiteral("verify"), args, 0, 0))
        return stopped(p);
    QList<AuditHead> heads;
    if (p.isSet(head))
        heads << AuditHead{p.value(head), 0, {}, {}};
    if (p.isSet(headFile)) {
        auto saved = AuditHead::load(p.value(headFile));
        if (!saved)
            return fail(saved.error().message);
        heads << *saved;
    }
    auto db = openStore(true);
    if (!db)
        return fail(db.error().message);
    const VerifyReport report = StoreVerifier::run(**db);
    bool ok = report.ok();
    for (const QString &line : report.describe())
        m_out << line << '\n';
    for (const AuditHead &expected : std::as_const(heads)) {
        const Status s = expected.checkAgainst(**db);
        if (!s) {
            ok = false;
            m_out << tr("Audit trail: %1").arg(s.error().message) << '\n';
        } else if (expected.entries > 0) {
            m_out << tr("Audit trail: entry %1 still carries the head saved on %2.")
                         .arg(expected.entries)
                         .arg(QLocale().toString(expected.savedAt.toLocalTime(), QLocale::ShortFormat))
                  << '\n';
        } else {
            m_out << tr("Audit trail: the exported head %1 is still in the chain.").arg(expected.hash.trimmed().toLower()) << '\n';
        }
    }
    if (ok && p.isSet(collect)) {
        auto removed = BlobStore(**db).collectOrphans();
        if (!removed) {
            m_out.flush();
            return fail(removed.error().message, ProblemsFound);
        }
        m_out << tr("Documents: %1 unreferenced files removed.").arg(*removed) << '\n';
    }
    m_out.flush();
    if (!ok) {
        if (report.audit.firstBroken)
            m_err << "amtsdesk-cli: " << tr("verify: the audit trail is broken at entry %1").arg(report.audit.firstBroken->value) << Qt::endl;
        return ProblemsFound;
    }
    return Ok;
}

int Cli::cmdAuditHead(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Prints the hash of the newest audit entry. Keep it elsewhere: 'verify --expect-head' "
                                   "then detects a rewrite of the whole trail."));
    const QCommandLineOption save(QStringLiteral("save"),
                                  tr("also save it with the number of entries, the time and the store in FILE, for "
                                     "'verify --expect-head-file'"),
                                  QStringLiteral("FILE"));
    p.addOption(save);
    if (!parseCommand(p, QStringLiteral("audit-head"), args, 0, 0))
        return stopped(p);
    auto db = openStore(true);
    if (!db)
        return fail(db.error().message);
    auto head = AuditHead::of(**db);
    if (!head)
        return fail(head.error().message);
    m_out << head->hash << Qt::endl;
    if (p.isSet(save)) {
        if (Status s = head->save(p.value(save)); !s)
            return fail(s.error().message);
        m_out << tr("Saved the audit head (%n entries) to %1.", nullptr, int(head->entries))
                     .arg(QDir::toNativeSeparators(QFileInfo(p.value(save)).absoluteFilePath()))
              << Qt::endl;
    }
    return Ok;
}

int Cli::cmdBackup(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Writes a consistent backup of the store and its documents into the new folder DEST, "
                                   "also while others work; the copy is verified before it is kept. With --rotate, "
                                   "DEST is the folder of the backups: each goes into a sub-folder named by its time, "
                                   "and only the newest N stay (older ones are removed after the new one verified)."));
    p.addPositionalArgument(QStringLiteral("DEST"), tr("a folder that does not exist yet (or is empty); with --rotate the "
                                                       "folder of the backups"));
    const QCommandLineOption rotate(QStringLiteral("rotate"), tr("keep the newest N backups in DEST"), QStringLiteral("N"));
    p.addOption(rotate);
    if (!parseCommand(p, QStringLiteral("backup"), args, 1, 1))
        return stopped(p);
    int keep = 0;
    if (p.isSet(rotate)) {
        bool ok = false;
        keep = p.value(rotate).toInt(&ok);
        if (!ok || keep < 1 || keep > 1000)
            return fail(tr("--rotate: '%1' is not a number of backups from 1 to 1000.").arg(p.value(rotate)));
    }
    auto db = openStore(true);
    if (!db)
        return fail(db.error().message);
    RotatedBackup done;
    if (keep > 0) {
        auto rotated = Backup::createRotated(**db, p.positionalArguments().first(), keep);
        // The start page of every Amtsdesk shows how the last backup went, also this one.
        (void)BackupSchedule(**db).record(rotated);
        if (!rotated)
            return fail(rotated.error().message);
        done = *rotated;
    } else {
        auto written = Backup::create(**db, p.positionalArguments().first());
        if (!written)
            return fail(written.error().message);
        done.summary = *written;
    }
    m_out << tr("Backup written to %1: the database and %2 documents, %3 bytes, verified.")
                 .arg(QDir::toNativeSeparators(done.summary.folder)).arg(done.summary.blobs).arg(done.summary.bytes)
          << '\n';
    for (const QString &removed : std::as_const(done.removed))
        m_out << tr("Removed the older backup %1.").arg(QDir::toNativeSeparators(removed)) << '\n';
    m_out.flush();
    return Ok;
}

int Cli::cmdRestore(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Puts the backup in folder SOURCE in place of the store. Close Amtsdesk first."));
    p.addPositionalArgument(QStringLiteral("SOURCE"), tr("a folder written by 'backup'"));
    const QCommandLineOption replace(QStringLiteral("replace"), tr("replace an existing store (it is moved aside, not deleted)"));
    p.addOption(replace);
    if (!parseCommand(p, QStringLiteral("restore"), args, 1, 1))
        return stopped(p);
    QString aside;
    auto summary = Backup::restore(p.positionalArguments().first(), m_location.path, p.isSet(replace), &aside);
    if (!summary)
        return fail(summary.error().message);
    m_out << tr("Restored %1 documents into %2; the store verifies.")
                 .arg(summary->blobs).arg(QDir::toNativeSeparators(summary->databaseFile))
          << Qt::endl;
    if (!aside.isEmpty())
        m_out << tr("The store that was there is kept at %1.").arg(QDir::toNativeSeparators(aside)) << Qt::endl;
    return Ok;
}

int Cli::cmdWhoami(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Shows who you act as in the store, with your roles and deputyships."));
    if (!parseCommand(p, QStringLiteral("whoami"), args, 0, 0))
        return stopped(p);
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    Database &db = *session->db;
    Actor &actor = session->actor;
    AccessService access(db);
    auto user = access.user(actor.userId);
    if (!user)
        return fail(user.error().message);
    QStringList roles;
    for (Role r : user->roles)
        roles << Roles::displayName(r);
    m_out << tr("%1 (%2), department %3").arg(user->displayName, user->login, user->departmentCode.isEmpty() ? QStringLiteral("-") : user->departmentCode) << '\n'
          << tr("Roles: %1").arg(roles.isEmpty() ? QStringLiteral("-") : roles.join(QStringLiteral(", "))) << '\n';
    if (auto deputyships = access.deputyships(actor.userId, db.clock().today()); deputyships) {
        for (const Deputyship &d : *deputyships)
            m_out << tr("Deputyship: %1 for %2, %3 to %4").arg(d.deputyName, d.principalName, QLocale().toString(d.from, QLocale::ShortFormat),
                                                                  QLocale().toString(d.until, QLocale::ShortFormat))
                  << '\n';
    }
    m_out << tr("Store: %1 (%2)").arg(QDir::toNativeSeparators(db.path()), storeKindKey(db.kind())) << Qt::endl;
    return Ok;
}

int Cli::cmdUsers(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists the departments and users of the store."));
    if (!parseCommand(p, QStringLiteral("users"), args, 0, 0))
        return stopped(p);
    auto db = openStore();
    if (!db)
        return fail(db.error().message);
    AccessService access(**db);
    auto departments = access.departments();
    auto users = access.users();
    if (!departments || !users)
        return fail((!departments ? departments.error() : users.error()).message);
    m_out << tr("Departments:") << '\n';
    for (const Department &d : *departments)
        m_out << "  " << d.code.leftJustified(6) << d.name << '\n';
    m_out << tr("Users:") << '\n';
    for (const User &u : *users) {
        QStringList roles;
        for (Role r : u.roles)
            roles << Roles::key(r);
        m_out << "  " << u.login.leftJustified(16) << u.displayName.leftJustified(22) << u.departmentCode.leftJustified(6)
              << roles.join(QLatin1Char(',')) << '\n';
    }
    m_out.flush();
    return Ok;
}

int Cli::cmdMergeIndex(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Merges the full-text index into one piece. Every import adds a piece, which the index combines only "
           "bit by bit; after a large import (thousands of documents) prefix and phrase searches read many pieces, "
           "and after the merge they take about half the time. Works in short steps: others may go on working "
           "meanwhile. About half a minute per 100,000 documents."));
    if (!parseCommand(p, QStringLiteral("merge-index"), args, 0, 0))
        return stopped(p);
    auto db = openStore();
    if (!db)
        return fail(db.error().message);
    QElapsedTimer timer;
    timer.start();
    auto steps = DocumentIndex(**db).mergeSegments();
    if (!steps)
        return fail(steps.error().message);
    if (*steps == 0)
        m_out << tr("The search index was in one piece already.") << '\n';
    else
        m_out << tr("The search index is in one piece now (%1 steps, %2 s).")
                     .arg(*steps)
                     .arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1))
              << '\n';
    m_out.flush();
    return Ok;
}

} // namespace amtsdesk::cli
