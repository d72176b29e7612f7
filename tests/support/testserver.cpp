#include "tests/support/testserver.h"

#include <QCoreApplication>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cstdio>
#include <functional>

#include "tests/support/dbdump.h"

namespace dx::test {

namespace {

constexpr int kStartTimeoutMs = 30000;
constexpr int kStopTimeoutMs = 10000;
constexpr int kToolTimeoutMs = 120000;

// Prefixed so interleaved server and test output stays readable in a failing log.
void printLines(QByteArray &pending, const QByteArray &chunk, const char *prefix,
                const std::function<void(const QByteArray &)> &onLine = {}) {
    pending += chunk;
    qsizetype newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
        const QByteArray line = pending.left(newline);
        pending.remove(0, newline + 1);
        std::fprintf(stderr, "%s%s\n", prefix, line.constData());
        if (onLine) onLine(line);
    }
}

// Runs one statement on the cluster's admin database (CREATE/DROP DATABASE cannot run inside
// a transaction, so no prepared statement and no Database helper).
bool adminExec(const QString &sql) {
    static int n = 0;
    const QString name = QStringLiteral("dx-pgadmin-%1").arg(++n);
    bool ok = false;
    {
        QSqlDatabase db = openStore(TestServer::postgresAdminUrl(), name, false);
        if (!db.isOpen()) {
            std::fprintf(stderr, "TestServer: cannot reach PostgreSQL: %s\n",
                         qPrintable(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                std::fprintf(stderr, "TestServer: %s: %s\n", qPrintable(sql),
                             qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString withDatabase(const QString &adminUrl, const QString &database) {
    QUrl url(adminUrl);
    url.setPath(u'/' + database);
    return url.toString();
}

QString newDatabaseName() {
    return QStringLiteral("dxt_%1_%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 0, 16);
}

}  // namespace

QString TestServer::postgresAdminUrl() {
    const QString file = qEnvironmentVariable("DX_TEST_PG");
    if (file.isEmpty()) return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr,
                     "TestServer: DX_TEST_PG=%s cannot be read: is the pgcluster fixture "
                     "running?\n",
                     qPrintable(file));
        return QStringLiteral("postgresql://missing-cluster/none");
    }
    return QString::fromUtf8(f.readAll().trimmed());
}

TestServer::TestServer(QStringList extraServeArgs) : m_extraArgs(std::move(extraServeArgs)) {
    if (!m_dir.isValid()) std::fprintf(stderr, "TestServer: cannot create a temporary directory\n");
    m_store = dataDir() + QStringLiteral("/dx.sqlite");
    const QString admin = postgresAdminUrl();
    if (!admin.isEmpty()) {
        m_pgDatabase = newDatabaseName();
        adminExec(QStringLiteral("CREATE DATABASE ") + m_pgDatabase);
        m_store = withDatabase(admin, m_pgDatabase);
    }
}

TestServer::~TestServer() {
    stop();
    if (!m_pgDatabase.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
}

QString TestServer::copyStore(const QString &toDir) const {
    if (!QFile::copy(QDir(dataDir()).filePath(QStringLiteral("audit.key")),
                     QDir(toDir).filePath(QStringLiteral("audit.key"))))
        return {};
    if (usesPostgres()) {
        const QString copy = newDatabaseName();
        if (!adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(copy, m_pgDatabase)))
            return {};
        return withDatabase(postgresAdminUrl(), copy);  // left for the cluster's teardown
    }
    const QDir source(dataDir());
    for (const QString &file : source.entryList({QStringLiteral("dx.sqlite*")}, QDir::Files)) {
        if (!QFile::copy(source.filePath(file), QDir(toDir).filePath(file))) return {};
    }
    return QDir(toDir).filePath(QStringLiteral("dx.sqlite"));
}

QString TestServer::serverPath() {
    return QStringLiteral(DXSERVER_PATH);
}

int TestServer::runTool(const QStringList &args, QByteArray *out, QByteArray *err) {
    QProcess process;
    process.start(serverPath(), args);
    if (!process.waitForStarted()) {
        std::fprintf(stderr, "TestServer: cannot start %s: %s\n", qPrintable(serverPath()),
                     qPrintable(process.errorString()));
        return -1;
    }
    if (!process.waitForFinished(kToolTimeoutMs)) {
        std::fprintf(stderr, "TestServer: dxserver %s did not finish in %d ms\n",
                     qPrintable(args.join(QLatin1Char(' '))), kToolTimeoutMs);
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out) *out = process.readAllStandardOutput();
    if (err) *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool TestServer::seedDemo(QStringList extraArgs) {
    QByteArray err;
    const int code = runTool(QStringList{QStringLiteral("seed-demo"), QStringLiteral("--data"),
                                         dataDir(), QStringLiteral("--db"), m_store} +
                                 extraArgs,
                             nullptr, &err);
    if (code != 0)
        std::fprintf(stderr, "TestServer: seed-demo exited with %d:\n%s\n", code, err.constData());
    return code == 0;
}

bool TestServer::start() {
    stop();
    m_process = std::make_unique<QProcess>();
    QProcess *process = m_process.get();
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [this] { forwardOutput(); });
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [this] { forwardOutput(); });

    const QStringList args =
        QStringList{
            QStringLiteral("serve"), QStringLiteral("--data"), dataDir(), QStringLiteral("--db"),
            m_store,
            // A restart keeps its port, so clients made before it reconnect (offline tests).
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_lastPort)} +
        m_extraArgs;
    process->start(serverPath(), args);
    if (!process->waitForStarted()) {
        std::fprintf(stderr, "TestServer: cannot start %s: %s\n", qPrintable(serverPath()),
                     qPrintable(process->errorString()));
        m_process.reset();
        return false;
    }

    // waitForReadyRead() also emits the readyRead signals, which parse the port line.
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (m_port == 0 && process->state() == QProcess::Running && !deadline.hasExpired())
        process->waitForReadyRead(int(std::min<qint64>(100, deadline.remainingTime())));
    forwardOutput();

    if (m_port == 0) {
        std::fprintf(stderr, "TestServer: dxserver %s did not report a port within %d ms\n",
                     qPrintable(args.join(QLatin1Char(' '))), kStartTimeoutMs);
        kill();
        return false;
    }
    return true;
}

void TestServer::forwardOutput() {
    if (!m_process) return;
    static const QRegularExpression listening(
        QStringLiteral("listening on (https?)://127\\.0\\.0\\.1:(\\d+)"));
    // Looked for on both streams: a qInfo() line lands on stderr.
    const auto findPort = [this](const QByteArray &line) {
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(line));
        if (m.hasMatch() && m_port == 0) {
            m_scheme = m.captured(1);
            m_port = m.captured(2).toInt();
            m_lastPort = m_port;
        }
    };
    printLines(m_stdoutLine, m_process->readAllStandardOutput(), "[dxserver] ", findPort);
    printLines(m_stderrLine, m_process->readAllStandardError(), "[dxserver!] ", findPort);
}

void TestServer::stop() {
    if (!m_process) return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(kStopTimeoutMs)) {
            std::fprintf(stderr, "TestServer: no exit %d ms after SIGTERM, killing\n",
                         kStopTimeoutMs);
            m_process->kill();
            m_process->waitForFinished(kStopTimeoutMs);
        }
    }
    finish();
}

void TestServer::kill() {
    if (!m_process) return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(kStopTimeoutMs);
    }
    finish();
}

void TestServer::finish() {
    forwardOutput();
    // Unterminated last lines are still worth seeing.
    if (!m_stdoutLine.isEmpty()) printLines(m_stdoutLine, "\n", "[dxserver] ");
    if (!m_stderrLine.isEmpty()) printLines(m_stderrLine, "\n", "[dxserver!] ");
    m_process.reset();
    m_port = 0;
}

bool TestServer::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

qint64 TestServer::pid() const {
    return isRunning() ? m_process->processId() : 0;
}

QString TestServer::baseUrl() const {
    return m_scheme + QStringLiteral("://127.0.0.1:") + QString::number(port());
}

}  // namespace dx::test
