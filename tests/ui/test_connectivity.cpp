// Honest connectivity in the shell, against a real dxserver: a server that stops answering
// (SIGSTOP: it accepts connections and never answers) or is gone (killed: refused) turns the
// status to offline within one probe (SyncClient::kProbeIntervalMs + kProbeTimeoutMs), and back
// to online when it returns, which starts a sync; meanwhile the status bar and 同步问题 tell the
// same outbox, and no progress bar runs.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "models/client/session.h"
#include "models/client/syncclient.h"
#include "models/sync/replica.h"
#include "tests/support/testserver.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/syncproblemsview.h"

using namespace dx;
using namespace dx::test;

namespace {
// The promise (issue 9): a silent server, and a returning one, noticed within 5 s. One probe's
// worth (interval + the probe's own timeout) is 3.5 s; the rest is slack for a loaded machine.
constexpr int kNotice = 5000;
static_assert(SyncClient::kProbeIntervalMs + SyncClient::kProbeTimeoutMs <= kNotice - 1000);

// A server that was SIGSTOPped is continued however the test ends.
struct Stopped {
    qint64 pid;
    explicit Stopped(qint64 p) : pid(p) { ::kill(pid_t(pid), SIGSTOP); }
    void resume() {
        if (pid) ::kill(pid_t(pid), SIGCONT);
        pid = 0;
    }
    ~Stopped() { resume(); }
};
}  // namespace

class TestConnectivity : public QObject {
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Desk> m_desk;

    SyncProblemsView *problems() const {
        return qobject_cast<SyncProblemsView *>(
            m_desk->window->workspace(QStringLiteral("problems")));
    }
    bool online() const { return m_desk->sync->state() != SyncClient::State::Offline; }

    // Waits until the state is `wanted`, at most one probe's worth; how long it took, or -1.
    qint64 waitOnline(bool wanted) {
        QElapsedTimer t;
        t.start();
        while (online() != wanted && t.elapsed() < kNotice) QTest::qWait(20);
        return online() == wanted ? t.elapsed() : -1;
    }

    bool approveFirstPending() {
        auto row = m_desk->replica->db().one(QStringLiteral(
            "SELECT id, rev FROM certifications WHERE state = 'submitted' ORDER BY submitted_at"));
        if (!row || !row->has_value()) return false;
        return m_desk->sync
                   ->perform(QStringLiteral("certification.decide"),
                             (*row)->value(QStringLiteral("id")).toString(),
                             (*row)->value(QStringLiteral("rev")).toLongLong(),
                             {{QStringLiteral("decision"), QStringLiteral("approve")}})
                   .status == Outcome::Status::Applied;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_server.seedDemo());
        QVERIFY(m_server.start());
        m_session = std::make_unique<Session>(m_dir.filePath(QStringLiteral("profile")));
    }

    // Each test: reviewer.zy's desk, synced and online, probing as dxdesk does.
    void init() {
        if (!m_server.isRunning()) QVERIFY(m_server.start());
        m_desk = std::make_unique<Desk>(
            *m_session, signInQuietly(*m_session, m_server.baseUrl(), QStringLiteral("reviewer.zy"),
                                      QStringLiteral("Review#2026zy")));
        QVERIFY(m_desk->syncAll());
        m_desk->sync->startProbing();
        QVERIFY(online());
        QVERIFY(m_desk->window->onlineText().contains(QStringLiteral("Online")));
    }
    void cleanup() { m_desk.reset(); }

    void aSilentServerIsNoticedAndItsReturnToo() {
        Stopped stopped(m_server.pid());
        const qint64 gone = waitOnline(false);
        qInfo("offline noticed after %lld ms", gone);
        QVERIFY(gone >= 0);
        QVERIFY(m_desk->window->onlineText().contains(QStringLiteral("Offline")));

        // a decision while the server is silent: queued, told honestly in both places
        QVERIFY(approveFirstPending());
        QTest::qWait(200);  // the sync it schedules starts and hangs on the silent server
        QCOMPARE(m_desk->sync->pendingCount(), 1);
        QVERIFY2(m_desk->window->pendingText().contains(QStringLiteral("1 change(s) waiting")) &&
                     m_desk->window->pendingText().contains(QStringLiteral("offline")),
                 qPrintable(m_desk->window->pendingText()));
        QVERIFY2(problems()->summaryText().contains(
                     QStringLiteral("1 change(s) waiting to be sent (offline)")),
                 qPrintable(problems()->summaryText()));
        QVERIFY(!problems()->summaryText().contains(QStringLiteral("reached the server")));
        QVERIFY(!m_desk->window->progressVisible());

        QSignalSpy synced(m_desk->sync.get(), &SyncClient::syncFinished);
        stopped.resume();
        const qint64 back = waitOnline(true);
        qInfo("online again after %lld ms", back);
        QVERIFY(back >= 0);
        // coming back starts a sync, which delivers the decision
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->sync->pendingCount(), 0, 30000);
        QTRY_VERIFY(!synced.isEmpty());
        QTRY_COMPARE(m_desk->window->pendingText(), QStringLiteral("All changes synced"));
        QTRY_VERIFY(problems()->summaryText().contains(QStringLiteral("reached the server")));
    }

    void aKilledServerIsNoticedAndItsRestartToo() {
        m_server.kill();
        const qint64 gone = waitOnline(false);
        qInfo("offline noticed after %lld ms", gone);
        QVERIFY(gone >= 0);
        QVERIFY(approveFirstPending());
        QTRY_VERIFY(!m_desk->sync->isSyncing());  // refused at once
        QVERIFY(!m_desk->window->progressVisible());
        QVERIFY(m_desk->window->pendingText().contains(QStringLiteral("offline")));
        QVERIFY(problems()->summaryText().contains(QStringLiteral("(offline)")));

        QVERIFY(m_server.start());
        const qint64 back = waitOnline(true);
        qInfo("online again after %lld ms", back);
        QVERIFY(back >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->sync->pendingCount(), 0, 30000);
        QTRY_VERIFY(m_desk->window->onlineText().contains(QStringLiteral("Online")));
    }

    // A failed request (here: the push of a decision to a killed server) flips the state at
    // once, without waiting for the probe.
    void aFailedRequestFlipsTheStateAtOnce() {
        m_desk->sync->stop();  // no probe: the request alone must tell
        m_server.kill();
        QVERIFY(online());
        QSignalSpy finished(m_desk->sync.get(), &SyncClient::syncFinished);
        QVERIFY(approveFirstPending());
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_desk->sync->state(), SyncClient::State::Offline);
        QVERIFY(m_desk->window->onlineText().contains(QStringLiteral("Offline")));
    }

    // A proxy in front of a server that is gone answers 502/503/504: offline too, not "online
    // with an error".
    void aProxysBadGatewayMeansOffline() {
        QTcpServer proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        connect(&proxy, &QTcpServer::newConnection, this, [&proxy] {
            while (QTcpSocket *s = proxy.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    s->write(
                        "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n"
                        "Content-Length: 11\r\nConnection: close\r\n\r\nbad gateway");
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        QTemporaryDir dir;
        LocalClient behindProxy(dir.path(), QStringLiteral("proxied"), m_desk->sync->actor(),
                                QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()),
                                m_desk->who.token);
        QVERIFY(behindProxy.sync->isOnline());
        QVERIFY(!behindProxy.syncOnce());
        QCOMPARE(behindProxy.sync->state(), SyncClient::State::Offline);
    }
};

QTEST_MAIN(TestConnectivity)
#include "test_connectivity.moc"
