#include "models/client/demoserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <sys/prctl.h>
#include <csignal>

Q_LOGGING_CATEGORY(lcDemo, "dx.demo")

namespace dx {

namespace {
// The demo server and its seeding must not outlive the client, even when dxdesk is killed.
void dieWithParent(QProcess &p) {
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}
}  // namespace

DemoServer::DemoServer(QObject *parent) : QObject(parent) {
    m_listenTimeout.setSingleShot(true);
    connect(&m_listenTimeout, &QTimer::timeout, this, [this] {
        fail(tr("The demo server did not start: %1").arg(QString::fromUtf8(m_output).trimmed()));
    });
}

DemoServer::~DemoServer() {
    stop();
}

QString DemoServer::serverPath() const {
    if (!m_serverPath.isEmpty()) return m_serverPath;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dxserver"));
}

void DemoServer::start() {
    if (m_state != State::Stopped && m_state != State::Failed) return;
    m_error.clear();
    if (!QFileInfo(serverPath()).isExecutable())
        return fail(tr("dxserver was not found beside dxdesk (%1).").arg(serverPath()));
    m_state = State::Seeding;
    emit progress(tr("Creating the demo data…"), 1, 2);
    m_seed = std::make_unique<QProcess>();
    dieWithParent(*m_seed);
    connect(m_seed.get(), &QProcess::finished, this, [this](int code, QProcess::ExitStatus st) {
        const QByteArray err = m_seed->readAllStandardError();
        m_seed.release()->deleteLater();
        if (st != QProcess::NormalExit || code != 0)
            return fail(
                tr("The demo data could not be created: %1").arg(QString::fromUtf8(err).trimmed()));
        serve();
    });
    connect(m_seed.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("The demo data could not be created: %1").arg(m_seed->errorString()));
    });
    m_seed->start(serverPath(), {QStringLiteral("seed-demo"), QStringLiteral("--data"),
                                 m_dir.filePath(QStringLiteral("server"))});
}

void DemoServer::serve() {
    m_state = State::Starting;
    emit progress(tr("Starting the demo server…"), 2, 2);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    dieWithParent(*m_process);
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    // Until it listens, its output is read for the port; then drained so the pipe never fills.
    connect(m_process.get(), &QProcess::readyRead, this, [this] {
        const QByteArray chunk = m_process->readAll();
        if (m_state != State::Starting) return;
        m_output += chunk;
        const auto m = listening.match(QString::fromUtf8(m_output));
        if (!m.hasMatch()) return;
        m_listenTimeout.stop();
        m_baseUrl = m.captured(1);
        m_state = State::Ready;
        qCInfo(lcDemo) << "demo server ready at" << m_baseUrl;
        emit ready(m_baseUrl);
    });
    connect(m_process.get(), &QProcess::finished, this, [this] {
        if (m_state == State::Starting)
            fail(
                tr("The demo server did not start: %1").arg(QString::fromUtf8(m_output).trimmed()));
    });
    m_listenTimeout.start(30000);
    m_process->start(serverPath(), {QStringLiteral("serve"), QStringLiteral("--data"),
                                    m_dir.filePath(QStringLiteral("server")),
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
}

void DemoServer::fail(const QString &message) {
    if (m_state == State::Failed) return;
    m_error = message;
    qCWarning(lcDemo) << message;
    stop();
    m_state = State::Failed;
    emit failed(message);
}

bool DemoServer::waitForReady(int timeoutMs) {
    if (m_state == State::Ready) return true;
    if (m_state != State::Seeding && m_state != State::Starting) return false;
    QEventLoop loop;
    connect(this, &DemoServer::ready, &loop, &QEventLoop::quit);
    connect(this, &DemoServer::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return m_state == State::Ready;
}

void DemoServer::stop() {
    m_listenTimeout.stop();
    if (m_seed) {
        m_seed->disconnect(this);
        m_seed->kill();
        m_seed->waitForFinished(5000);
        m_seed.release()->deleteLater();  // stop() may run inside one of its signals
    }
    if (m_process) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(15000)) m_process->kill();
        m_process->waitForFinished(5000);
        m_process.release()->deleteLater();
    }
    m_baseUrl.clear();
    m_state = State::Stopped;
}

}  // namespace dx
