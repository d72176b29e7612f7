// dxdesk: the DX Workbench desktop client.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

#include <unistd.h>

#include "app/deskcontroller.h"
#include "app/language.h"
#include "ui/look/look.h"

using namespace dx;

int main(int argc, char **argv) {
    // The publish preview is a QtWebEngine view: it needs shared GL contexts, and refuses to
    // start as root unless its sandbox is off (containers, CI).
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setOrganizationName(QStringLiteral("dxdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("dxdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DX Workbench (数转工作台) desktop client"));
    const QCommandLineOption helpOpt = parser.addHelpOption();
    const QCommandLineOption versionOpt = parser.addVersionOption();
    QCommandLineOption serverOpt(QStringLiteral("server"),
                                 QStringLiteral("Server address, e.g. https://dx.example.gov.cn"),
                                 QStringLiteral("URL"));
    QCommandLineOption profileOpt(QStringLiteral("profile"),
                                  QStringLiteral("Profile name (separate local data)."),
                                  QStringLiteral("NAME"), QStringLiteral("default"));
    QCommandLineOption demoOpt(
        QStringLiteral("demo"),
        QStringLiteral("Start a throw-away demo server with demo data and use it."));
    QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."),
                               QStringLiteral("LANG"));
    parser.addOptions({serverOpt, profileOpt, demoOpt, langOpt});
    // --help and --version are answered before the GUI application exists, as command-line
    // tools do: they work on a machine without a display. Anything the parser does not know
    // (Qt's own -platform, -style …) is left to the full parse below, after QApplication.
    {
        QStringList args;
        for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
        if (parser.parse(args) && (parser.isSet(helpOpt) || parser.isSet(versionOpt))) {
            const QString text =
                parser.isSet(helpOpt)
                    ? parser.helpText()
                    : QStringLiteral("dxdesk %1\n").arg(QStringLiteral(DX_VERSION));
            std::fputs(text.toLocal8Bit().constData(), stdout);
            return 0;
        }
    }
    QApplication app(argc, argv);
    parser.process(app);

    const QString lang = chooseLanguage(parser.value(langOpt));
    installLanguage(lang);
    applyLook(app);

    DeskController::Options options;
    options.server = parser.value(serverOpt);
    options.profileDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("profiles/") + parser.value(profileOpt));
    options.demo = parser.isSet(demoOpt);
    // Sign-out returns to the sign-in window: the controller says when the application ends.
    QApplication::setQuitOnLastWindowClosed(false);
    DeskController desk(options);
    QObject::connect(&desk, &DeskController::finished, &app, &QCoreApplication::exit);
    desk.start();
    return app.exec();
}
