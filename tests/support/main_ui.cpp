// Test runner for ui: a QApplication on the offscreen platform, set before the application
// object exists, so that test discovery at build time works without a display.
#include "support/catch_session.h"

#include "common/application.h"
#include "support/catch_session.h"
#include "icons.h"
#include "support/catch_session.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef AMTSDESK_WORKER_BUILT
    // The PDF worker the tests use is the one just built, not an installed one.
    if (qEnvironmentVariableIsEmpty("AMTSDESK_WORKER"))
        qputenv("AMTSDESK_WORKER", AMTSDESK_WORKER_BUILT);
#endif
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    amtsdesk::Application::setIdentity();
    amtsdesk::ui::installIconTheme();
    return runCatchSession(argc, argv);
}
