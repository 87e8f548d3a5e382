#include "support/teststore.h"

#include "efile/fileplan.h"
#include "efile/fileservice.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QThreadPool>
#include <QTimeZone>

using namespace amtsdesk;

TestStore::TestStore(StoreKind kind) : TestStore(QString(), kind) {}

TestStore::TestStore(const QString &storeFolder, StoreKind kind) : folder(storeFolder)
{
    REQUIRE(dir.isValid());
    auto created = Database::create(path(), kind, clock);
    if (!created)
        FAIL(created.error().message.toStdString());
    database = std::move(created.value());
    auto admin = AccessService(*database).bootstrap(QStringLiteral("admin"), QStringLiteral("Ada Admin"));
    if (!admin)
        FAIL(admin.error().message.toStdString());
}

TestStore::~TestStore()
{
    QThreadPool::globalInstance()->waitForDone();
}

Actor TestStore::admin()
{
    auto actor = access().actorForLogin(QStringLiteral("admin"));
    REQUIRE(actor.ok());
    return *actor;
}

Actor TestStore::user(const QString &login, QList<Role> roles, const QString &departmentCode)
{
    AccessService service = access();
    const Actor root = admin();
    if (!departmentCode.isEmpty() && !service.departmentByCode(departmentCode))
        REQUIRE(service.createDepartment(root, departmentCode, QStringLiteral("Department ") + departmentCode).ok());
    auto existing = service.userByLogin(login);
    UserId id;
    if (existing) {
        id = existing->id;
    } else {
        auto created = service.createUser(root, NewUser{login, login, {}, departmentCode});
        if (!created)
            FAIL(created.error().message.toStdString());
        id = *created;
    }
    for (Role role : roles)
        REQUIRE(service.grantRole(root, id, role).ok());
    auto actor = service.actorForLogin(login);
    REQUIRE(actor.ok());
    return *actor;
}

void TestStore::addPlanUnit(const QString &key, const QString &title, const QString &departmentCode)
{
    auto added = FilePlan(*database).addUnit(admin(), PlanUnit{{}, key, title, {}, {}, {}, departmentCode, 10});
    if (!added)
        FAIL(added.error().message.toStdString());
}

ClerkCase addClerkCase(TestStore &store)
{
    const Actor admin = store.admin();
    REQUIRE(store.access().createDepartment(admin, QStringLiteral("32"), QStringLiteral("Ordnung")).ok());
    REQUIRE(
        FilePlan(store.db())
            .addUnit(
                admin,
                PlanUnit{{}, QStringLiteral("32.1"), QStringLiteral("Gewerbe"), {}, {}, {}, QStringLiteral("32"), 10})
            .ok());
    ClerkCase desk;
    desk.clerk = store.user(QStringLiteral("d.braun"), {Role::Clerk}, QStringLiteral("32"));
    FileService files(store.db());
    const auto file = files.createFile(
        desk.clerk, NewFile{QStringLiteral("32.1"), QStringLiteral("Gaststätte"), {}, Confidentiality::Open, {}, {}});
    REQUIRE(file.ok());
    desk.caseId = files.createCase(desk.clerk, *file, QStringLiteral("Erlaubnis")).value();
    return desk;
}

QString corpusDir(QString *why)
{
    QString dir = qEnvironmentVariable("AMTSDESK_CORPUS");
#ifdef AMTSDESK_CORPUS_DEFAULT
    if (dir.isEmpty())
        dir = QStringLiteral(AMTSDESK_CORPUS_DEFAULT);
#endif
    if (dir.isEmpty() || !QDir(dir).exists()) {
        if (why)
            *why = QStringLiteral("corpus folder %1 is absent: tests on public corpora skipped")
                       .arg(dir.isEmpty() ? QStringLiteral("(AMTSDESK_CORPUS unset)") : dir);
        return {};
    }
    return QDir(dir).absolutePath();
}

QString corpusFile(const QString &relative, QString *why)
{
    const QString dir = corpusDir(why);
    if (dir.isEmpty())
        return {};
    const QString path = QDir(dir).filePath(relative);
    if (!QFileInfo::exists(path)) {
        if (why)
            *why = QStringLiteral("%1 is absent: the test that needs it is skipped").arg(path);
        return {};
    }
    return path;
}
