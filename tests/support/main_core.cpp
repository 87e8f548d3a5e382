// Test runner for core: a QCoreApplication, no display needed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "common/application.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    // Settings and data folders go to a test location, never the developer's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    amtsdesk::Application::setIdentity();
    return Catch::Session().run(argc, argv);
}
