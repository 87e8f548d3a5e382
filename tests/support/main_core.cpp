// Test runner for core: a QGuiApplication on the offscreen platform (QPdfWriter and QImage need
// Qt Gui, never a display), set before the application object exists.
// Catch itself is compiled once, in catch_session.cpp.
#include <catch2/catch.hpp>

#include "common/application.h"
#include "support/catch_session.h"

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    // Settings and data folders go to a test location, never the developer's own.
    qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef AMTSDESK_WORKER_BUILT
    // The PDF worker the tests use is the one just built, not an installed one.
    if (qEnvironmentVariableIsEmpty("AMTSDESK_WORKER"))
        qputenv("AMTSDESK_WORKER", AMTSDESK_WORKER_BUILT);
#endif
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    amtsdesk::Application::setIdentity();
    return runCatchSession(argc, argv);
}
