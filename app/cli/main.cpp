// amtsdesk-cli: the headless Amtsdesk. Argument parsing and wiring only; the work is in core.
#include "cli/commandline.h"

#include "common/application.h"

#include <QApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char **argv)
{
    // Some commands lay out documents (the PDFs filed with invoices, notices): that takes fonts,
    // hence a QGuiApplication, on the offscreen platform unless the caller chose another. The
    // programme's report draws charts with Qt Charts, which needs a QApplication.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    bool charts = false;
    for (int i = 1; i < argc; ++i)
        charts = charts || qstrcmp(argv[i], "programme") == 0;
    std::unique_ptr<QGuiApplication> app =
        charts ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QGuiApplication>(argc, argv);
    amtsdesk::Application::setIdentity();
    return amtsdesk::cli::run(app->arguments());
}
