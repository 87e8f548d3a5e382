// amtsdesk-cli: the headless Amtsdesk. Argument parsing and wiring only; the work is in core.
#include "cli/commandline.h"

#include "common/application.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    amtsdesk::Application::setIdentity();
    return amtsdesk::cli::run(app.arguments());
}
