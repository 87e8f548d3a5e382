// amtsdesk: the desktop application. Argument parsing and wiring only.
#include "common/application.h"
#include "dialogs/messagebox.h"
#include "icons.h"
#include "mainwindow.h"
#include "startup/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QThreadPool>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    amtsdesk::Application::setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("de.landkreis.Amtsdesk"));
    amtsdesk::ui::installIconTheme();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Amtsdesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The store to open (also AMTSDESK_DATABASE)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Act as LOGIN (demo and test stores only)."),
                                  QStringLiteral("LOGIN"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: de, en or tr."), QStringLiteral("LANG"));
    parser.addOptions({database, user, lang});
    parser.process(app);

    const QString title = QStringLiteral("Amtsdesk");
    auto language = amtsdesk::Application::installTranslations(parser.value(lang));
    if (!language) {
        amtsdesk::ui::MessageBox::critical(nullptr, title, language.error().message);
        return 2;
    }
    auto session = amtsdesk::ui::SessionOpener::open(amtsdesk::resolveStoreLocation(parser.value(database)), parser.value(user));
    if (!session) {
        amtsdesk::ui::MessageBox::critical(nullptr, title, session.error().message);
        return 2;
    }
    int code = 0;
    {
        amtsdesk::ui::MainWindow window(*session);
        window.show();
        code = app.exec();
    }
    // Background work (lists, checks) has connections of its own; let it finish first. The
    // window is gone by now, so work nobody waits for any more (a list's outline) has stopped.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
