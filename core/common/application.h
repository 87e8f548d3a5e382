#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace amtsdesk {

// Process-wide set-up shared by every Amtsdesk executable.
class Application {
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    // Organisation and application names (they decide the settings and data folders) and version.
    static void setIdentity();
    static QString version();
    // Installs the translations for `language` (de, en, tr); empty: the saved choice, else the
    // system's. Returns the language in force, or an error naming an unknown language.
    static Result<QString> installTranslations(const QString &language);
    static QStringList languages();
    // The language in force since installTranslations(): de, en or tr.
    static QString language();
};

// Where the store is, and why there: --database, AMTSDESK_DATABASE, the administrator's
// system-wide setting, or the user's own data folder (a single-user install).
struct StoreLocation {
    enum class Source { CommandLine, Environment, SystemSetting, UserDataFolder };
    QString path;
    Source source = Source::UserDataFolder;
    QString describe() const;
};
StoreLocation resolveStoreLocation(const QString &commandLinePath);

} // namespace amtsdesk
