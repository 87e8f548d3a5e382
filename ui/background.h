#pragma once

#include "common/result.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <functional>

namespace amtsdesk::ui {

// Runs work on a worker thread with a connection of its own to the store (Qt SQL connections
// belong to one thread; the clock is the store's), then hands the result to done on the GUI
// thread, unless the context object is gone by then.
template <typename T>
void runInBackground(QObject *context, const Database &store, std::function<Result<T>(Database &)> work,
                     std::function<void(Result<T>)> done)
{
    QPointer<QObject> guard(context);
    const QString dbPath = store.path();
    const Clock *clock = &store.clock();
    QThreadPool::globalInstance()->start([guard, dbPath, clock, work = std::move(work), done = std::move(done)]() mutable {
        auto result = [&]() -> Result<T> {
            auto db = Database::open(dbPath, *clock);
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
