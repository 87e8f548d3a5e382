#include "support/teststore.h"

#include "dialogs/messagebox.h"
#include "startup/session.h"

#include <catch2/catch.hpp>

using namespace amtsdesk;
using namespace amtsdesk::ui;

TEST_CASE("the GUI creates a store on a single-user install only when the person agrees", "[ui]")
{
    QTemporaryDir dir;
    const StoreLocation location{dir.filePath(QStringLiteral("data/amtsdesk.sqlite")), StoreLocation::Source::UserDataFolder};
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    auto declined = SessionOpener::open(location, {});
    REQUIRE_FALSE(declined.ok());
    REQUIRE_FALSE(QFileInfo::exists(location.path));
    REQUIRE(MessageBox::lastText().contains(currentSystemLogin()));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    auto created = SessionOpener::open(location, {});
    REQUIRE(created.ok());
    REQUIRE(created->actor.login == currentSystemLogin());
    REQUIRE(created->actor.hasRole(Role::Administrator));
    REQUIRE(created->db->kind() == StoreKind::Production);
}

TEST_CASE("a store the administrator configured is never created by the GUI", "[ui]")
{
    QTemporaryDir dir;
    const StoreLocation location{dir.filePath(QStringLiteral("central.sqlite")), StoreLocation::Source::SystemSetting};
    auto opened = SessionOpener::open(location, {});
    REQUIRE_FALSE(opened.ok());
    REQUIRE(opened.error().message.contains(QStringLiteral("central.sqlite")));
    REQUIRE_FALSE(QFileInfo::exists(location.path));
}

TEST_CASE("acting as another user (--user) is refused on a real store and accepted on a test store", "[ui]")
{
    TestStore test;
    test.user(QStringLiteral("k.wolf"), {Role::Clerk});
    const QString testPath = test.path();
    test.database.reset();
    auto asClerk = SessionOpener::open(StoreLocation{testPath, StoreLocation::Source::CommandLine}, QStringLiteral("k.wolf"));
    REQUIRE(asClerk.ok());
    REQUIRE(asClerk->actor.login == QStringLiteral("k.wolf"));

    TestStore real(StoreKind::Production);
    const QString realPath = real.path();
    real.database.reset();
    auto refused = SessionOpener::open(StoreLocation{realPath, StoreLocation::Source::CommandLine}, QStringLiteral("admin"));
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().code == ErrorCode::PermissionDenied);
    REQUIRE(refused.error().message.contains(QStringLiteral("--user")));
}
