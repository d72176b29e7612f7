#include "models/client/demoserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/prctl.h>
#include <csignal>

namespace dx {

DemoServer::DemoServer(QObject *parent) : QObject(parent) {}

DemoServer::~DemoServer() {
    stop();
}

QString DemoServer::serverPath() {
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dxserver"));
}

bool DemoServer::start() {
    if (!QFileInfo(serverPath()).isExecutable()) {
        m_error = tr("dxserver was not found beside dxdesk (%1).").arg(serverPath());
        return false;
    }
    const QString data = m_dir.filePath(QStringLiteral("server"));
    QProcess seed;
    seed.start(serverPath(), {QStringLiteral("seed-demo"), QStringLiteral("--data"), data});
    if (!seed.waitForFinished(180000) || seed.exitCode() != 0) {
        m_error = tr("The demo data could not be created: %1")
                      .arg(QString::fromUtf8(seed.readAllStandardError()).trimmed());
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // The demo server must not outlive the client, even when dxdesk is killed.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(serverPath(), {QStringLiteral("serve"), QStringLiteral("--data"), data,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray output;
    QDeadlineTimer deadline(30000);
    while (m_baseUrl.isEmpty() && m_process->state() != QProcess::NotRunning &&
           !deadline.hasExpired()) {
        m_process->waitForReadyRead(100);
        output += m_process->readAll();
        const auto m = listening.match(QString::fromUtf8(output));
        if (m.hasMatch()) m_baseUrl = m.captured(1);
    }
    if (m_baseUrl.isEmpty()) {
        m_error = tr("The demo server did not start: %1").arg(QString::fromUtf8(output).trimmed());
        stop();
        return false;
    }
    // Keep draining its log so the pipe never fills.
    connect(m_process.get(), &QProcess::readyRead, this, [this] { m_process->readAll(); });
    return true;
}

void DemoServer::stop() {
    if (!m_process) return;
    m_process->terminate();
    if (!m_process->waitForFinished(15000)) m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

}  // namespace dx
