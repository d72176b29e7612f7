#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace dx::test {

/// Runs the real dxserver binary on 127.0.0.1 with a free port and a temporary data directory.
/// The directory lives as long as the TestServer, so stop() + start() sees the same data.
/// With DX_TEST_PG set (the file tests/support/pgcluster.sh writes the cluster's URL to; ctest
/// sets it for the `_pg` variants of the server and sync suites), the store is a fresh
/// PostgreSQL database made for this TestServer and dropped with it.
class TestServer {
public:
    explicit TestServer(QStringList extraServeArgs = {});
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    /// `dxserver seed-demo --data <dir> <extraArgs>`; true on exit code 0 (stderr printed
    /// otherwise).
    bool seedDemo(QStringList extraArgs = {});
    /// `dxserver serve --data <dir> --listen 127.0.0.1:0 <extra>`; waits ≤30 s for the port.
    bool start();
    void stop();  ///< SIGTERM, then SIGKILL after 10 s
    void kill();  ///< SIGKILL: a crash, for recovery tests
    bool isRunning() const;
    /// The running server's process id (0 when stopped), e.g. to SIGSTOP it: a silent server.
    qint64 pid() const;

    QString baseUrl() const;  ///< stays valid across stop() + start(): the port is kept
    int port() const { return m_port ? m_port : m_lastPort; }
    QString dataDir() const { return m_dir.path(); }
    /// The store: the SQLite file, or the PostgreSQL URL (tests/support/dbdump opens either).
    QString dbPath() const { return m_store; }
    bool usesPostgres() const { return !m_pgDatabase.isEmpty(); }
    /// Copies the stopped server's store and audit key for `audit verify --data toDir
    /// [--db URL]`; returns the copy's store location, empty on failure.
    QString copyStore(const QString &toDir) const;
    /// The cluster's admin URL when DX_TEST_PG is set, else empty.
    static QString postgresAdminUrl();

    static QString serverPath();
    /// Runs dxserver synchronously (≤120 s); returns its exit code, or -1 if it did not finish.
    static int runTool(const QStringList &args, QByteArray *out = nullptr,
                       QByteArray *err = nullptr);

private:
    void forwardOutput();
    void finish();

    QStringList m_extraArgs;
    QTemporaryDir m_dir;
    QString m_store;
    QString m_pgDatabase;  ///< this server's own database in the test cluster
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdoutLine;
    QByteArray m_stderrLine;
    QString m_scheme = QStringLiteral("http");
    int m_port = 0;
    int m_lastPort = 0;
};

}  // namespace dx::test
