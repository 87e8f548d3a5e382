#include "startup/session.h"

#include "access/accessservice.h"
#include "dialogs/messagebox.h"

#include <QDir>
#include <QFileInfo>

namespace amtsdesk::ui {

Result<Session> SessionOpener::open(const StoreLocation &location, const QString &userOption)
{
    const QString shown = QDir::toNativeSeparators(location.path);
    if (!QFileInfo::exists(location.path)) {
        if (location.source != StoreLocation::Source::UserDataFolder)
            return Error::notFound(tr("There is no Amtsdesk store at %1 (%2). Ask your administrator, or create one "
                                      "with 'amtsdesk-cli init --admin LOGIN'.").arg(shown, location.describe()));
        const QString login = currentSystemLogin();
        const auto answer = MessageBox::question(
            nullptr, tr("Welcome to Amtsdesk"),
            tr("There is no Amtsdesk store on this computer yet.\n\nCreate one at %1, with you (%2) as its first "
               "administrator?").arg(shown, login),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return Error::notFound(tr("No store was created."));
        auto created = Database::create(location.path, StoreKind::Production);
        if (!created)
            return created.error();
        if (auto admin = AccessService(**created).bootstrap(login, login); !admin)
            return admin.error();
    }
    auto db = Database::open(location.path);
    if (!db)
        return db.error();
    AccessService access(**db);
    if (!userOption.isEmpty() && (*db)->kind() == StoreKind::Production)
        return Error::denied(tr("--user works on demo and test stores only; on this store you act as your own login (%1).")
                                 .arg(currentSystemLogin()));
    auto actor = access.actorForLogin(userOption.isEmpty() ? currentSystemLogin() : userOption);
    if (!actor)
        return actor.error();
    Session session;
    session.db = std::move(db.value());
    session.actor = std::move(actor.value());
    session.location = location;
    return session;
}

} // namespace amtsdesk::ui
