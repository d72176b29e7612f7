#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace dx {

/// `dxdesk --demo`: a throw-away dxserver with demo data on a free loopback port, stopped with
/// the client. The server binary is looked up beside dxdesk. It starts in the background (the
/// seeding takes several seconds) so that the sign-in window can show meanwhile.
class DemoServer : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Seeding, Starting, Ready, Failed };
    Q_ENUM(State)

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    /// Seeds the demo data and starts serving, in the background: progress(), then ready() or
    /// failed(). Returns at once.
    void start();
    /// Blocks (running the event loop) until ready or failed, at most `timeoutMs`; true when
    /// ready. For tests and scripts: dxdesk itself never waits.
    bool waitForReady(int timeoutMs = 180000);
    void stop();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    QString baseUrl() const { return m_baseUrl; }
    QString dataDir() const { return m_dir.path(); }
    QString errorString() const { return m_error; }
    /// dxserver beside the running program (dxdesk's bin/), unless setServerPath() chose one.
    QString serverPath() const;
    void setServerPath(const QString &path) { m_serverPath = path; }

signals:
    /// What it is doing now (translated), as step `step` of `steps`.
    void progress(const QString &message, int step, int steps);
    void ready(const QString &baseUrl);
    void failed(const QString &message);

private:
    void serve();
    void fail(const QString &message);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_seed;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    QTimer m_listenTimeout;
    State m_state = State::Stopped;
    QString m_baseUrl;
    QString m_error;
    QString m_serverPath;
};

}  // namespace dx
