// amtsdesk-cli: the headless Amtsdesk. Argument parsing and wiring only; the work is in core.
#include "cli/commandline.h"

#include "common/application.h"

#include <QGuiApplication>

int main(int argc, char **argv)
{
    // Some commands lay out documents (the PDFs filed with invoices, notices): that takes fonts,
    // hence a QGuiApplication, on the offscreen platform unless the caller chose another.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    amtsdesk::Application::setIdentity();
    return amtsdesk::cli::run(app.arguments());
}
