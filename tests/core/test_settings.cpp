#include "common/application.h"
#include "common/settings.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace amtsdesk;

TEST_CASE("the store location: command line, environment, administrator, user folder", "[settings]")
{
    QTemporaryDir systemDir;
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, systemDir.path());
    qunsetenv("AMTSDESK_DATABASE");
    settings::storeDatabase.reset();

    StoreLocation fallback = resolveStoreLocation({});
    REQUIRE(fallback.source == StoreLocation::Source::UserDataFolder);
    REQUIRE(fallback.path.endsWith(QStringLiteral("/amtsdesk.sqlite")));

    settings::storeDatabase.setValue(QStringLiteral("/srv/amtsdesk/landkreis.sqlite"));
    StoreLocation system = resolveStoreLocation({});
    REQUIRE(system.source == StoreLocation::Source::SystemSetting);
    REQUIRE(system.path == QStringLiteral("/srv/amtsdesk/landkreis.sqlite"));

    qputenv("AMTSDESK_DATABASE", "/tmp/env.sqlite");
    REQUIRE(resolveStoreLocation({}).source == StoreLocation::Source::Environment);
    REQUIRE(resolveStoreLocation({}).path == QStringLiteral("/tmp/env.sqlite"));

    StoreLocation cli = resolveStoreLocation(QStringLiteral("relative.sqlite"));
    REQUIRE(cli.source == StoreLocation::Source::CommandLine);
    REQUIRE(cli.path == QDir::current().absoluteFilePath(QStringLiteral("relative.sqlite")));
    qunsetenv("AMTSDESK_DATABASE");
    settings::storeDatabase.reset();
}

TEST_CASE("typed settings return their default until set", "[settings]")
{
    settings::lastArea.reset();
    REQUIRE(settings::lastArea.value() == QStringLiteral("start"));
    settings::lastArea.setValue(QStringLiteral("audit"));
    REQUIRE(settings::lastArea.value() == QStringLiteral("audit"));
    settings::lastArea.reset();
    REQUIRE(settings::lastArea.value() == QStringLiteral("start"));
}

TEST_CASE("an unknown language is refused by name", "[settings]")
{
    auto r = Application::installTranslations(QStringLiteral("xx"));
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.error().message.contains(QStringLiteral("xx")));
    REQUIRE(Application::installTranslations(QStringLiteral("en")).value() == QStringLiteral("en"));
}
