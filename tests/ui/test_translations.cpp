#include "common/application.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDirIterator>
#include <QTranslator>

using namespace amtsdesk;

TEST_CASE("German and Turkish translations are embedded and used", "[ui][i18n]")
{
    for (const char *lang : {"de", "tr"}) {
        QTranslator translator;
        INFO(lang);
        REQUIRE(translator.load(QStringLiteral(":/i18n/amtsdesk_%1.qm").arg(QString::fromLatin1(lang))));
        REQUIRE_FALSE(translator.isEmpty());
    }
    QTranslator de;
    REQUIRE(de.load(QStringLiteral(":/i18n/amtsdesk_de.qm")));
    REQUIRE(de.translate("amtsdesk::ui::MainWindow", "E-Files") == QStringLiteral("E-Akte"));
    REQUIRE(de.translate("amtsdesk::ui::MainWindow", "Invoice Inbox") == QStringLiteral("Rechnungseingang"));
    REQUIRE(de.translate("amtsdesk::ui::MainWindow", "Tasks") == QStringLiteral("Aufgaben"));
    REQUIRE(de.translate("Roles", "Payment approver") == QStringLiteral("Anordnungsbefugnis"));
}
