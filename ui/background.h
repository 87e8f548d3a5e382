#pragma once

#include "common/result.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <functional>

namespace amtsdesk::ui {

// Runs work on a worker thread with a connection of its own to the store at dbPath (Qt SQL
// connections belong to one thread), then hands the result to done on the GUI thread, unless
// the context object is gone by then.
template <typename T>
void runInBackground(QObject *context, const QString &dbPath, std::function<Result<T>(Database &)> work,
                     std::function<void(Result<T>)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, dbPath, work = std::move(work), done = std::move(done)]() mutable {
        auto result = [&]() -> Result<T> {
            auto db = Database::open(dbPath);
            if (!db)
                return db.error();
            return work(**db);
        }();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace amtsdesk::ui
