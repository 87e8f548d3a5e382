// The commands about the store itself: creating, checking, backing up and restoring it.
#include "cli/cli.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "demo/demodistrict.h"
#include "maintenance/backup.h"
#include "maintenance/storeverifier.h"

#include <QDir>
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
    p.setApplicationDescription(tr("Checks SQLite integrity, the whole audit chain and every stored document's hash."));
    const QCommandLineOption head(QStringLiteral("expect-head"), tr("also check that the audit chain still ends in HASH (from audit-head)"),
                                  QStringLiteral("HASH"));
    p.addOption(head);
    if (!parseCommand(p, QStringLiteral("verify"), args, 0, 0))
        return stopped(p);
    auto db = openStore(true);
    if (!db)
        return fail(db.error().message);
    const VerifyReport report = StoreVerifier::run(**db);
    bool ok = report.ok();
    for (const QString &line : report.describe())
        m_out << line << '\n';
    if (p.isSet(head)) {
        const QString expected = p.value(head).trimmed().toLower();
        auto entries = (*db)->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE hash = ?"), {expected});
        if (!entries || entries->toLongLong() == 0) {
            ok = false;
            m_out << tr("Audit trail: the exported head %1 is no longer in the chain: the trail was rewritten or cut.").arg(expected) << '\n';
        } else {
            m_out << tr("Audit trail: the exported head %1 is still in the chain.").arg(expected) << '\n';
        }
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
    if (!parseCommand(p, QStringLiteral("audit-head"), args, 0, 0))
        return stopped(p);
    auto db = openStore(true);
    if (!db)
        return fail(db.error().message);
    auto head = AuditLog(**db).headHash();
    if (!head)
        return fail(head.error().message);
    m_out << *head << Qt::endl;
    return Ok;
}

int Cli::cmdBackup(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Writes a consistent backup of the store and its documents into the new folder DEST, "
                                   "also while others work; the copy is verified before it is kept."));
    p.addPositionalArgument(QStringLiteral("DEST"), tr("a folder that does not exist yet (or is empty)"));
    if (!parseCommand(p, QStringLiteral("backup"), args, 1, 1))
        return stopped(p);
    auto db = openStore(true);
    if (!db)
        return fail(db.error().message);
    auto summary = Backup::create(**db, p.positionalArguments().first());
    if (!summary)
        return fail(summary.error().message);
    m_out << tr("Backup written to %1: the database and %2 documents, %3 bytes, verified.")
                 .arg(QDir::toNativeSeparators(summary->folder)).arg(summary->blobs).arg(summary->bytes)
          << Qt::endl;
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

} // namespace amtsdesk::cli
