#include "tests/sync/torture/orchestration.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <vector>

#include "tests/support/httpclient.h"
#include "tests/support/testserver.h"

#ifndef SYNC_AGENT_PATH
#error "SYNC_AGENT_PATH must name the sync_agent executable (tests/sync/CMakeLists.txt)"
#endif

namespace dx::test::torture {

namespace {

void appendLine(const QString &path, const QString &line) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Append)) f.write(line.toUtf8() + '\n');
}

/// One sync_agent process.
struct AgentRun {
    Person *who = nullptr;
    std::unique_ptr<QProcess> process;
    qint64 killAt = -1;    ///< ms after start; -1: never (unless the deadline passes)
    qint64 deadline = -1;  ///< ms after start when it is killed anyway; -1: never
    bool killedByUs = false;
    bool selfKill = false;  ///< started with --kill-after
    QString how;
};

}  // namespace

QString tail(const QString &path, int lines) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QList<QByteArray> all = f.readAll().split('\n');
    QStringList out;
    for (qsizetype i = std::max<qsizetype>(0, all.size() - lines); i < all.size(); ++i)
        out << QString::fromUtf8(all[i]);
    return out.join(u'\n');
}

QString phaseAtEnd(const QString &log) {
    const QStringList lines = tail(log, 30).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString &l = lines[i];
        if (l.contains(QStringLiteral("] sync ")) || l.contains(QStringLiteral("] ==="))) break;
        static const QRegularExpression progress(QStringLiteral("\\] progress (\\w+)"));
        if (const auto m = progress.match(l); m.hasMatch()) return m.captured(1);
        if (l.contains(QStringLiteral("] agent "))) return QStringLiteral("start");
    }
    return QStringLiteral("between-syncs");
}

bool login(const QString &baseUrl, Person &p) {
    HttpClient http(baseUrl);
    p.token = http.login(p.username, p.password);
    if (p.token.isEmpty()) return false;
    p.user = http.get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("user")).toObject();
    p.actor = Actor{p.user.value(QStringLiteral("id")).toString(),
                    p.username,
                    p.user.value(QStringLiteral("role")).toString(),
                    p.user.value(QStringLiteral("org_id")).toString(),
                    p.user.value(QStringLiteral("region")).toString(),
                    {}};
    return !p.actor.userId.isEmpty();
}

Orchestra::Orchestra(TestServer &server, QRandomGenerator &rng, Person &reviewer,
                     Person &enterprise)
    : m_server(server), m_rng(rng), m_reviewer(reviewer), m_enterprise(enterprise) {}

Orchestra::~Orchestra() = default;

QStringList Orchestra::agentArgs(const Person &p, quint32 seed, int actions) const {
    QStringList args{QStringLiteral("--server"),
                     m_server.baseUrl(),
                     QStringLiteral("--token"),
                     p.token,
                     QStringLiteral("--user-json"),
                     QString::fromUtf8(QJsonDocument(p.user).toJson(QJsonDocument::Compact)),
                     QStringLiteral("--dir"),
                     p.dir,
                     QStringLiteral("--seed"),
                     QString::number(seed),
                     QStringLiteral("--actions"),
                     QString::number(actions),
                     QStringLiteral("--mode"),
                     p.mode};
    // The reviewer always rejects the enterprise's applications, so that it can submit again.
    if (p.mode == QStringLiteral("decide"))
        args << QStringLiteral("--reject-org") << m_enterprise.actor.orgId;
    return args;
}

std::unique_ptr<QProcess> Orchestra::startAgent(const Person &p, quint32 seed, int actions,
                                                const QString &banner,
                                                const QStringList &extra) const {
    appendLine(p.log(), QStringLiteral("=== %1 (seed %2, actions %3) %4")
                            .arg(banner)
                            .arg(seed)
                            .arg(actions)
                            .arg(extra.join(u' ')));
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(p.log(), QIODevice::Append);
    process->start(QStringLiteral(SYNC_AGENT_PATH), agentArgs(p, seed, actions) + extra);
    return process;
}

bool Orchestra::runFinal(Person &p, const QString &banner) {
    auto process = startAgent(p, 0, 0, banner);
    if (!process->waitForStarted(10000)) return false;
    const bool finished = process->waitForFinished(240000);
    if (!finished) {
        process->kill();
        process->waitForFinished();
    }
    const bool ok =
        finished && process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
    if (!ok)
        qWarning().noquote() << p.label << "final sync failed; the agent's log ends:\n"
                             << tail(p.log(), 60);
    return ok;
}

void Orchestra::run(int iterations, const std::function<void(const QString &)> &between) {
    QElapsedTimer total;
    total.start();
    for (int it = 0; it < iterations; ++it) {
        QString banner;
        iteration(it, iterations, &banner);
        if (QTest::currentTestFailed()) return;
        between(banner);
        if (QTest::currentTestFailed()) return;
    }
    QStringList kinds, phases;
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    for (auto it = m_killedIn.cbegin(); it != m_killedIn.cend(); ++it)
        phases << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    qInfo().noquote() << QStringLiteral("%1 iterations in %2 s: %3; clients killed during: %4")
                             .arg(iterations)
                             .arg(total.elapsed() / 1000.0, 0, 'f', 1)
                             .arg(kinds.join(QStringLiteral(", ")),
                                  phases.join(QStringLiteral(", ")));
}

// One iteration runs the reviewer's agent (and often the enterprise's) and
//   kill-clients: SIGKILLs each after a random 0–1500 ms;
//   kill-at-step: has the agent SIGKILL itself 0–5 ms (upload, prefetch: 0–25 ms) after the Nth
//                 push, pull, upload or prefetch began (a push or pull lasts a few ms on
//                 loopback: random times seldom land inside one);
//   kill-server:  SIGKILLs the server after a random 0–1500 ms, or 0–3 ms after the
//                 reviewer's next push began, and starts it again while the agents go on;
//   no-kill:      lets the agents finish (they must exit 0).
void Orchestra::iteration(int it, int iterations, QString *bannerOut) {
    const quint32 dice = m_rng.bounded(100);
    const QString kind = dice < 40   ? QStringLiteral("kill-clients")
                         : dice < 60 ? QStringLiteral("kill-at-step")
                         : dice < 85 ? QStringLiteral("kill-server")
                                     : QStringLiteral("no-kill");
    ++m_kinds[kind];
    const bool withEnterprise = m_rng.bounded(100) < 40;
    const QString banner = QStringLiteral("iteration %1 (%2)").arg(it).arg(kind);
    *bannerOut = banner;
    // Kill the server at the reviewer's next push, or at a random time.
    const bool serverAtPush = kind == QStringLiteral("kill-server") && m_rng.bounded(2) == 0;
    qint64 serverKillAt =
        kind == QStringLiteral("kill-server") && !serverAtPush ? m_rng.bounded(1501) : -1;
    const int downtime = int(m_rng.bounded(800));
    const qint64 logStart = QFileInfo(m_reviewer.log()).size();

    std::vector<AgentRun> runs;
    auto launch = [&](Person &p, int actions) {
        QStringList extra;
        if (kind == QStringLiteral("kill-at-step")) {
            static const QStringList reviewerSteps{QStringLiteral("push"), QStringLiteral("push"),
                                                   QStringLiteral("pull"),
                                                   QStringLiteral("prefetch")};
            const QString step = &p == &m_enterprise
                                     ? QStringLiteral("upload")
                                     : reviewerSteps.at(int(m_rng.bounded(reviewerSteps.size())));
            extra << QStringLiteral("--kill-after")
                  << QStringLiteral("%1:%2:%3")
                         .arg(step)
                         .arg(1 + m_rng.bounded(3))
                         .arg(m_rng.bounded(step == QStringLiteral("push") ||
                                                    step == QStringLiteral("pull")
                                                ? 6
                                                : 26));
        }
        AgentRun r{&p, startAgent(p, m_rng.generate(), actions, banner, extra)};
        if (kind == QStringLiteral("kill-clients")) r.killAt = m_rng.bounded(1501);
        // A client left alone gets this long; the reviewer's runs end well before. (Each new
        // scan costs the enterprise ~5 s, see newScansUploadWithoutStalling: in no-kill
        // iterations it gets the time to push its submission through.)
        r.deadline =
            &p == &m_enterprise ? (kind == QStringLiteral("no-kill") ? 20000 : 8000) : 45000;
        r.selfKill = !extra.isEmpty();
        runs.push_back(std::move(r));
    };
    launch(m_reviewer, 1 + int(m_rng.bounded(20)));
    if (withEnterprise) launch(m_enterprise, 1 + int(m_rng.bounded(2)));
    QString serverNote;
    bool watchPush = serverAtPush;
    qint64 logSeen = logStart;

    QElapsedTimer clock;
    clock.start();
    for (AgentRun &r : runs)
        QVERIFY2(r.process->waitForStarted(10000), qPrintable(r.process->errorString()));
    for (;;) {
        bool running = false;
        for (AgentRun &r : runs) {
            if (r.process->state() == QProcess::NotRunning) continue;
            const qint64 t = clock.elapsed();
            if ((r.killAt >= 0 && t >= r.killAt) || (r.deadline >= 0 && t >= r.deadline)) {
                r.process->kill();  // SIGKILL
                r.process->waitForFinished(10000);
                r.killedByUs = true;
                const QString phase = phaseAtEnd(r.who->log());
                ++m_killedIn[phase];
                r.how = QStringLiteral("SIGKILL at %1 ms (%2)").arg(t).arg(phase);
                continue;
            }
            running = true;
        }
        if (watchPush) {
            QFile log(m_reviewer.log());
            if (log.open(QIODevice::ReadOnly) && log.size() > logSeen) {
                log.seek(logSeen);
                const QByteArray fresh = log.readAll();
                const qsizetype nl = fresh.lastIndexOf('\n');
                if (fresh.left(nl + 1).contains("] progress push")) {
                    serverKillAt = clock.elapsed() + m_rng.bounded(4);
                    watchPush = false;
                }
                logSeen += nl + 1;
            }
        }
        if (serverKillAt >= 0 && clock.elapsed() >= serverKillAt) {
            const qint64 at = clock.elapsed();
            m_server.kill();  // SIGKILL, while the clients go on
            QTest::qWait(downtime);
            QVERIFY2(m_server.start(), "the server did not come back after SIGKILL");
            serverNote = QStringLiteral(", server SIGKILL at %1 ms%2, back at %3 ms")
                             .arg(at)
                             .arg(serverAtPush ? QStringLiteral(" (in a push)") : QString())
                             .arg(clock.elapsed());
            ++m_kinds[serverAtPush ? QStringLiteral("server killed in a push")
                                   : QStringLiteral("server killed at random")];
            serverKillAt = -1;
            continue;
        }
        if (!running && serverKillAt < 0) break;
        QTest::qWait(5);
    }
    QStringList notes;
    for (AgentRun &r : runs) {
        if (!r.killedByUs) {
            const bool selfKilled = r.selfKill && r.process->exitStatus() == QProcess::CrashExit &&
                                    tail(r.who->log(), 400)
                                        .section(QStringLiteral("\n=== "), -1)
                                        .contains(QStringLiteral("SIGKILL myself"));
            // A client nobody killed must end by itself, cleanly.
            QVERIFY2(
                selfKilled ||
                    (r.process->exitStatus() == QProcess::NormalExit && r.process->exitCode() == 0),
                qPrintable(QStringLiteral("%1: %2 exited with %3 (status %4); its log ends:\n%5")
                               .arg(banner, r.who->label)
                               .arg(r.process->exitCode())
                               .arg(int(r.process->exitStatus()))
                               .arg(tail(r.who->log()))));
            if (selfKilled) {
                const QString phase = phaseAtEnd(r.who->log()) + QStringLiteral(" (self)");
                ++m_killedIn[phase];
                r.how = QStringLiteral("SIGKILLed itself at %1 ms in %2")
                            .arg(clock.elapsed())
                            .arg(phase);
            } else {
                r.how = QStringLiteral("exit 0 at %1 ms").arg(clock.elapsed());
            }
        }
        notes << r.who->label + u' ' + r.how;
    }
    qInfo().noquote() << QStringLiteral("iteration %1/%2 %3: %4%5")
                             .arg(it + 1)
                             .arg(iterations)
                             .arg(kind, notes.join(QStringLiteral(", ")), serverNote);
}

}  // namespace dx::test::torture
