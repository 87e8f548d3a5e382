#pragma once

#include "access/actor.h"
#include "common/application.h"
#include "store/database.h"

#include <QCoreApplication>

#include <memory>

namespace amtsdesk::ui {

// The open store and the person working in it, for the lifetime of the main window.
struct Session {
    std::unique_ptr<Database> db;
    Actor actor;
    StoreLocation location;
};

// Opens the store for the GUI: creates it on a single-user install when the person agrees
// (they become its first administrator), refuses --user on a real store, and says clearly
// what is wrong otherwise.
class SessionOpener {
    Q_DECLARE_TR_FUNCTIONS(SessionOpener)

public:
    static Result<Session> open(const StoreLocation &location, const QString &userOption);
};

} // namespace amtsdesk::ui
