#pragma once

// The demo district and programme in a test store, and sessions in it as the programme page's
// people use it: the officer of department 50 (l.lange), the programme manager (a.becker).
#include "support/teststore.h"

#include "demo/demodistrict.h"
#include "demo/demoprogramme.h"
#include "startup/session.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>

struct ProgrammeDemo {
    ProgrammeDemo()
    {
        REQUIRE(amtsdesk::DemoDistrict::fill(store.db(), QStringLiteral("admin")).ok());
        const amtsdesk::Status programme = amtsdesk::DemoProgramme::fill(store.db(), QStringLiteral("admin"));
        INFO((programme ? QString() : programme.error().message).toStdString());
        REQUIRE(programme.ok());
        auto actor = store.access().actorForLogin(QStringLiteral("l.lange"));
        REQUIRE(actor.ok());
        officer = *actor;
        session.db = std::move(store.database);
        session.actor = officer;
        session.location = amtsdesk::StoreLocation{session.db->path(), amtsdesk::StoreLocation::Source::CommandLine};
    }

    // Another person working in the same store at the same time, with a connection of their own.
    amtsdesk::ui::Session sessionFor(const QString &login)
    {
        auto db = amtsdesk::Database::open(session.db->path(), store.clock);
        REQUIRE(db.ok());
        amtsdesk::ui::Session other;
        other.db = std::move(*db);
        auto actor = amtsdesk::AccessService(*other.db).actorForLogin(login);
        REQUIRE(actor.ok());
        other.actor = *actor;
        other.location = session.location;
        return other;
    }

    // Presses OK in a dialog that saves through core; true when it closed (it deletes itself then),
    // false when it stayed open after a refusal.
    static bool pressOk(QPointer<QDialog> dialog)
    {
        REQUIRE(dialog);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        REQUIRE(buttons);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        REQUIRE(ok);
        REQUIRE(ok->isEnabled());
        ok->click();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return dialog.isNull() || !dialog->isVisible();
    }

    // The text of a table cell, which must be there.
    static QString cell(QTableWidget *table, int row, int column)
    {
        REQUIRE(table);
        QTableWidgetItem *item = table->item(row, column);
        REQUIRE(item);
        return item->text();
    }

    // The first table row whose column holds text, or -1.
    static int rowWith(QTableWidget *table, int column, const QString &text)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, column) && table->item(row, column)->text() == text)
                return row;
        }
        return -1;
    }

    TestStore store{amtsdesk::StoreKind::Demo};
    amtsdesk::Actor officer;
    amtsdesk::ui::Session session;
};
