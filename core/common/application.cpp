#include "common/application.h"

#include "common/settings.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace amtsdesk {

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Amtsdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("Amtsdesk"));
    QCoreApplication::setApplicationVersion(version());
}

QString Application::version()
{
    return QStringLiteral(AMTSDESK_VERSION);
}

namespace {
QString g_language = QStringLiteral("en");
} // namespace

QString Application::language()
{
    return g_language;
}

QStringList Application::languages()
{
    return {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("tr")};
}

Result<QString> Application::installTranslations(const QString &requested)
{
    QString language = requested.trimmed().toLower();
    if (!language.isEmpty() && !languages().contains(language))
        return Error::invalid(tr("\"%1\" is not a language of Amtsdesk; choose one of: %2.")
                                  .arg(requested, languages().join(QStringLiteral(", "))));
    if (language.isEmpty())
        language = settings::language.value();
    if (language.isEmpty() || !languages().contains(language)) {
        language = QStringLiteral("en");
        for (const QString &ui : QLocale::system().uiLanguages()) {
            const QString code = ui.left(2).toLower();
            if (languages().contains(code)) {
                language = code;
                break;
            }
        }
    } else if (!requested.isEmpty()) {
        // An explicit choice also sets how dates, numbers and money are written.
        static const QHash<QString, QLocale> locales{{QStringLiteral("de"), QLocale(QLocale::German, QLocale::Germany)},
                                                     {QStringLiteral("en"), QLocale(QLocale::English, QLocale::UnitedKingdom)},
                                                     {QStringLiteral("tr"), QLocale(QLocale::Turkish, QLocale::Turkey)}};
        QLocale::setDefault(locales.value(language));
    }
    g_language = language;
    if (language != QStringLiteral("en")) {
        auto *own = new QTranslator(QCoreApplication::instance());
        if (own->load(QStringLiteral(":/i18n/amtsdesk_%1.qm").arg(language)))
            QCoreApplication::installTranslator(own);
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return language;
}

QString StoreLocation::describe() const
{
    switch (source) {
    case Source::CommandLine: return Application::tr("given with --database");
    case Source::Environment: return Application::tr("given in AMTSDESK_DATABASE");
    case Source::SystemSetting: return Application::tr("set by the administrator for this computer");
    case Source::UserDataFolder: return Application::tr("in your own data folder (single-user install)");
    }
    return {};
}

StoreLocation resolveStoreLocation(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return {QDir::cleanPath(QDir::current().absoluteFilePath(commandLinePath)), StoreLocation::Source::CommandLine};
    const QString env = qEnvironmentVariable("AMTSDESK_DATABASE");
    if (!env.isEmpty())
        return {QDir::cleanPath(QDir::current().absoluteFilePath(env)), StoreLocation::Source::Environment};
    const QString system = settings::storeDatabase.value();
    if (!system.isEmpty())
        return {QDir::cleanPath(system), StoreLocation::Source::SystemSetting};
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return {dataDir + QStringLiteral("/amtsdesk.sqlite"), StoreLocation::Source::UserDataFolder};
}

} // namespace amtsdesk
