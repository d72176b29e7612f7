// `dxdesk --help` and `--version` work on a machine without a display (issue 8): the arguments
// are read before the GUI application is created, as command-line tools do.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestCommandLine : public QObject {
    Q_OBJECT

    // No display of any kind: no X, no Wayland, no platform override.
    static QProcessEnvironment headless() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        return env;
    }

    static int run(const QStringList &args, QByteArray *out, QByteArray *err) {
        QProcess p;
        p.setProcessEnvironment(headless());
        p.start(QStringLiteral(DXDESK_PATH), args);
        if (!p.waitForStarted() || !p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void helpPrintsTheOptionsWithoutADisplay() {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("--help")}, &out, &err), 0);
        for (const char *option : {"--server", "--profile", "--demo", "--lang", "--version"})
            QVERIFY2(out.contains(option), out.constData());
        QVERIFY2(!err.contains("display"), err.constData());
    }

    void versionPrintsTheVersionWithoutADisplay() {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("--version")}, &out, &err), 0);
        QCOMPARE(out.trimmed(), QByteArray("dxdesk " DX_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
