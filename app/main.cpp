// dxdesk: the DX Workbench desktop client.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

#include <unistd.h>

#include "app/language.h"
#include "app/workspaces.h"
#include "models/blobs/blobstore.h"
#include "models/client/demoserver.h"
#include "models/client/localworkbench.h"
#include "models/client/session.h"
#include "models/client/syncclient.h"
#include "models/sync/replica.h"
#include "ui/look/look.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/signindialog.h"

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

    std::unique_ptr<DemoServer> demo;
    QString server = parser.value(serverOpt);
    QString profileDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("profiles/") + parser.value(profileOpt));
    if (parser.isSet(demoOpt)) {
        QProgressDialog wait(
            QCoreApplication::translate("main", "Starting the demo server with demo data…"),
            QString(), 0, 0);
        wait.setMinimumDuration(0);
        wait.show();
        QCoreApplication::processEvents();
        demo = std::make_unique<DemoServer>();
        if (!demo->start()) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Demo"),
                                  demo->errorString());
            return 1;
        }
        server = demo->baseUrl();
        profileDir = demo->dataDir() + QStringLiteral("/client");  // throw-away, like the server
    }

    Session session(profileDir);
    SignInDialog signIn(session, server, demo != nullptr);
    if (signIn.exec() != QDialog::Accepted) return 0;
    const SignedIn who = signIn.signedIn();

    const QString userDir = session.userDir(who.actor.username);
    auto local = LocalWorkbench::open(userDir, who.actor, who.baseUrl, who.token);
    if (!local) {
        QMessageBox::critical(nullptr, QStringLiteral("DX Workbench"), local.error().message);
        return 1;
    }
    Workbench &wb = *(*local)->wb;
    SyncClient &sync = *(*local)->sync;

    MainWindow window(wb);
    addWorkspaces(window, wb, userDir);
    bool signOut = false;
    QObject::connect(&window, &MainWindow::signOutRequested, &window, [&] {
        signOut = true;
        session.signOut(who);
        window.close();
    });
    QObject::connect(&window, &MainWindow::passwordChanged, &window,
                     [&](const QString &password) { session.passwordChanged(who, password); });
    window.show();
    sync.startAutoSync(30000);
    sync.syncNow();
    const int rc = app.exec();
    Q_UNUSED(signOut);
    return rc;
}
