// The sync torture test (docs/ARCHITECTURE.md, "A command, from a button to the server and back"):
// a county reviewer's and an enterprise's
// desktop clients (sync_agent processes, tests/sync/syncagent.cpp) work against a real dxserver
// while the test SIGKILLs a client, or the server, at random points of push, pull and upload.
// At the end one clean sync each, then:
//   (a) every command a client made (made.log) is in the server's command_log exactly once with
//       an outcome, and every outbox row's final status is the server's status for that command;
//   (b) no command id twice on the server; each client's log is gapless up to its last_seq;
//   (c) the replica equals the user's scoped view (a fresh full pull): rows, revs and values;
//   (d) every blob the replica's certifications cite is on the server with its hash, and every
//       file of the client's blob store hashes to its name;
//   (e) nothing outside the user's scope is on the client;
//   and the server's state is the applied commands folded in (decisions, withdrawals, versions),
//   and `dxserver audit verify` passes.
//
// Two slots after it pin down bugs the torture found, now fixed: new scans stalled the sync
// (HEAD sent as a custom request), and a command citing a row a pending command created was
// refused by the server (created ids were random per execution).
//
// DX_TORTURE_SEED=N replays a run (the seed is printed first); DX_TORTURE_ITERATIONS=N (60).
// A failed run keeps the clients' directories (agent.log, replica.sqlite, made.log) and a copy
// of the server's database, and prints where.
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/domain/uploadrule.h"
#include "models/sync/replica.h"
#include "tests/support/httpclient.h"
#include "tests/support/testserver.h"

#ifndef SYNC_AGENT_PATH
#error "SYNC_AGENT_PATH must name the sync_agent executable (tests/sync/CMakeLists.txt)"
#endif

using namespace dx;
using namespace dx::test;

namespace {

const QStringList kSynced{QStringLiteral("users"), QStringLiteral("organisations"),
                          QStringLiteral("certifications"), QStringLiteral("tasks"),
                          QStringLiteral("notifications")};
const QStringList kBlobColumns{QStringLiteral("license_blob"), QStringLiteral("id_front_blob"),
                               QStringLiteral("id_back_blob"), QStringLiteral("attachment_blob")};

/// One SQLite file opened read-only under a connection name of its own, closed on destruction.
class SqlFile {
public:
    explicit SqlFile(const QString &path) {
        static int counter = 0;
        m_name = QStringLiteral("torture-check-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!QFileInfo::exists(path) || !db.open())
            m_error = path + QStringLiteral(": ") + db.lastError().text();
    }
    ~SqlFile() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QList<QVariantMap> rows(const QString &sql, const QVariantList &binds = {}) {
        QList<QVariantMap> out;
        if (!m_error.isEmpty()) return out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &b : binds) q.addBindValue(b);
        if (!q.exec()) {
            m_error = sql + QStringLiteral(": ") + q.lastError().text();
            return out;
        }
        while (q.next()) {
            QVariantMap row;
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i) row.insert(rec.fieldName(i), q.value(i));
            out.append(row);
        }
        return out;
    }
    QVariant value(const QString &sql, const QVariantList &binds = {}) {
        const auto r = rows(sql, binds);
        return r.isEmpty() ? QVariant() : r.first().first();
    }
    const QString &error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

QString sha256File(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

QStringList madeLog(const QString &dir) {
    QFile f(dir + QStringLiteral("/made.log"));
    QStringList out;
    if (!f.open(QIODevice::ReadOnly)) return out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty()) out << QString::fromLatin1(line.trimmed());
    return out;
}

QString tail(const QString &path, int lines = 40) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QList<QByteArray> all = f.readAll().split('\n');
    QStringList out;
    for (qsizetype i = std::max<qsizetype>(0, all.size() - lines); i < all.size(); ++i)
        out << QString::fromUtf8(all[i]);
    return out.join(u'\n');
}

// Where an agent was when it died, from the last lines of its log: the sync step it had
// started (upload, push, pull, prefetch) and not finished, or between syncs.
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

void appendLine(const QString &path, const QString &line) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Append)) f.write(line.toUtf8() + '\n');
}

// The value of a pulled field and of a replica column, compared as text.
QString text(const QJsonValue &v) {
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QByteArray pngOf(QRandomGenerator &rng, int w, int h) {
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(QColor::fromRgb(rng.generate() | 0xff000000u));
    for (int i = 0; i < 64; ++i)
        img.setPixel(int(rng.bounded(w)), int(rng.bounded(h)), rng.generate() | 0xff000000u);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

/// A user the agents act as.
struct Person {
    QString label;
    QString username;
    QString password;
    QString mode;  // decide | submit
    QString token;
    QJsonObject user;
    Actor actor;
    QString dir;
    QString log() const { return dir + QStringLiteral("/agent.log"); }
};

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

class TestTorture : public QObject {
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    quint32 m_seed = 0;
    int m_iterations = 60;
    QRandomGenerator m_rng;
    Person m_reviewer;
    Person m_enterprise;
    QMap<QString, int> m_kinds;
    QMap<QString, int> m_killedIn;  ///< where the clients' SIGKILLs landed
    bool m_failed = false;

    QStringList agentArgs(const Person &p, quint32 seed, int actions) const {
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

    std::unique_ptr<QProcess> startAgent(const Person &p, quint32 seed, int actions,
                                         const QString &banner,
                                         const QStringList &extra = {}) const {
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

    bool login(Person &p) {
        HttpClient http(m_server.baseUrl());
        p.token = http.login(p.username, p.password);
        if (p.token.isEmpty()) return false;
        p.user =
            http.get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("user")).toObject();
        p.actor = Actor{p.user.value(QStringLiteral("id")).toString(),
                        p.username,
                        p.user.value(QStringLiteral("role")).toString(),
                        p.user.value(QStringLiteral("org_id")).toString(),
                        p.user.value(QStringLiteral("region")).toString(),
                        {}};
        return !p.actor.userId.isEmpty();
    }

    // Cheap invariants after every iteration: made.log ⊆ outbox, the outbox is gapless, and no
    // command id is twice in the server's log.
    void checkBetweenRuns(const QString &where) {
        for (Person *p : {&m_reviewer, &m_enterprise}) {
            const QString path = p->dir + QStringLiteral("/replica.sqlite");
            if (!QFileInfo::exists(path)) continue;
            SqlFile replica(path);
            const auto outbox =
                replica.rows(QStringLiteral("SELECT seq, command_id FROM outbox ORDER BY seq"));
            QVERIFY2(replica.error().isEmpty(), qPrintable(replica.error()));
            QSet<QString> ids;
            for (int i = 0; i < outbox.size(); ++i) {
                QVERIFY2(outbox[i].value(QStringLiteral("seq")).toLongLong() == i + 1,
                         qPrintable(QStringLiteral("%1: %2's outbox is not gapless at %3")
                                        .arg(where, p->label)
                                        .arg(i + 1)));
                ids.insert(outbox[i].value(QStringLiteral("command_id")).toString());
            }
            for (const QString &id : madeLog(p->dir))
                QVERIFY2(ids.contains(id),
                         qPrintable(QStringLiteral("%1: %2 made %3 but it is not in its outbox")
                                        .arg(where, p->label, id)));
        }
        SqlFile server(m_server.dbPath());
        const auto dup =
            server.rows(QStringLiteral("SELECT command_id, COUNT(*) AS n FROM command_log "
                                       "GROUP BY command_id HAVING COUNT(*) > 1"));
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QVERIFY2(
            dup.isEmpty(),
            qPrintable(QStringLiteral("%1: command %2 is %3 times in the server's log")
                           .arg(where, dup.value(0).value(QStringLiteral("command_id")).toString())
                           .arg(dup.value(0).value(QStringLiteral("n")).toInt())));
    }

    /// All rows the user may see, from a fresh full pull: entity → id → data.
    QHash<QString, QHash<QString, QJsonObject>> fullPull(const Person &p, QString *error) {
        QHash<QString, QHash<QString, QJsonObject>> view;
        HttpClient http(m_server.baseUrl());
        http.setToken(p.token);
        QString cookie;
        for (int page = 0; page < 1000; ++page) {
            const HttpReply r =
                http.get(QStringLiteral("/api/v1/changes?limit=1000") +
                         (cookie.isEmpty() ? QString() : QStringLiteral("&since=") + cookie));
            const QJsonObject o = r.json();
            if (r.status != 200 || o.value(QStringLiteral("reset")).toBool()) {
                *error = QStringLiteral("pull answered %1: %2")
                             .arg(r.status)
                             .arg(QString::fromUtf8(r.body.left(300)));
                return {};
            }
            for (const QJsonValue &v : o.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject c = v.toObject();
                const QString entity = c.value(QStringLiteral("entity")).toString();
                const QString id = c.value(QStringLiteral("id")).toString();
                if (c.value(QStringLiteral("op")).toString() == QStringLiteral("delete"))
                    view[entity].remove(id);
                else
                    view[entity].insert(id, c.value(QStringLiteral("data")).toObject());
            }
            cookie = o.value(QStringLiteral("cookie")).toString();
            if (!o.value(QStringLiteral("has_more")).toBool()) return view;
        }
        *error = QStringLiteral("the pull never ended");
        return {};
    }

    bool runFinal(Person &p, const QString &banner) {
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

    void checkPerson(Person &p);

private slots:
    void initTestCase() {
        bool ok = false;
        m_seed = qEnvironmentVariable("DX_TORTURE_SEED").toUInt(&ok);
        if (!ok) m_seed = quint32(QDateTime::currentMSecsSinceEpoch() & 0xffffffff);
        const int iterations = qEnvironmentVariableIntValue("DX_TORTURE_ITERATIONS", &ok);
        if (ok && iterations >= 0) m_iterations = iterations;
        m_rng.seed(m_seed);
        qInfo("DX_TORTURE_SEED=%u DX_TORTURE_ITERATIONS=%d (set both to replay this run)", m_seed,
              m_iterations);
        QVERIFY(QFileInfo::exists(QStringLiteral(SYNC_AGENT_PATH)));

        // 500 more pending applications in the reviewer's county, so decisions do not run out.
        QVERIFY(m_server.seedDemo({QStringLiteral("--scale"), QStringLiteral("1500")}));
        QVERIFY(m_server.start());
        m_reviewer = Person{QStringLiteral("reviewer"),
                            QStringLiteral("reviewer.zy"),
                            QStringLiteral("Review#2026zy"),
                            QStringLiteral("decide"),
                            {},
                            {},
                            {},
                            m_dir.filePath(QStringLiteral("reviewer"))};
        m_enterprise = Person{QStringLiteral("enterprise"),
                              QStringLiteral("ent.pending"),
                              QStringLiteral("Firm#2026pend"),
                              QStringLiteral("submit"),
                              {},
                              {},
                              {},
                              m_dir.filePath(QStringLiteral("enterprise"))};
        QVERIFY(login(m_reviewer));
        QVERIFY(login(m_enterprise));
        QCOMPARE(m_reviewer.actor.region, QStringLiteral("410102"));
        QVERIFY(!m_enterprise.actor.orgId.isEmpty());
        QDir().mkpath(m_reviewer.dir);
        QDir().mkpath(m_enterprise.dir);
    }

    void cleanup() {
        if (QTest::currentTestFailed()) m_failed = true;
        if (!m_server.isRunning()) QVERIFY(m_server.start());
    }

    void cleanupTestCase() {
        if (m_failed) {
            m_dir.setAutoRemove(false);
            QFile::copy(m_server.dbPath(), m_dir.filePath(QStringLiteral("server-dx.sqlite")));
            qInfo().noquote()
                << "kept the clients' directories and a copy of the server's database in"
                << m_dir.path() << "; replay with DX_TORTURE_SEED=" << m_seed;
        }
    }

    // The kill loop. Each iteration runs the reviewer's agent (and often the enterprise's) and
    //   kill-clients: SIGKILLs each after a random 0–1500 ms;
    //   kill-at-step: has the agent SIGKILL itself 0–5 ms (upload, prefetch: 0–25 ms) after the Nth
    //   push, pull, upload or
    //                 prefetch began (a push or pull lasts a few ms on loopback: random times
    //                 seldom land inside one);
    //   kill-server:  SIGKILLs the server after a random 0–1500 ms, or 0–3 ms after the
    //                 reviewer's next push began, and starts it again while the agents go on;
    //   no-kill:      lets the agents finish (they must exit 0).
    void killClientsAndServerAtRandom() {
        QElapsedTimer total;
        total.start();
        for (int it = 0; it < m_iterations; ++it) {
            const quint32 dice = m_rng.bounded(100);
            const QString kind = dice < 40   ? QStringLiteral("kill-clients")
                                 : dice < 60 ? QStringLiteral("kill-at-step")
                                 : dice < 85 ? QStringLiteral("kill-server")
                                             : QStringLiteral("no-kill");
            ++m_kinds[kind];
            const bool withEnterprise = m_rng.bounded(100) < 40;
            const QString banner = QStringLiteral("iteration %1 (%2)").arg(it).arg(kind);
            // Kill the server at the reviewer's next push, or at a random time.
            const bool serverAtPush =
                kind == QStringLiteral("kill-server") && m_rng.bounded(2) == 0;
            qint64 serverKillAt =
                kind == QStringLiteral("kill-server") && !serverAtPush ? m_rng.bounded(1501) : -1;
            const int downtime = int(m_rng.bounded(800));
            const qint64 logStart = QFileInfo(m_reviewer.log()).size();

            std::vector<AgentRun> runs;
            auto launch = [&](Person &p, int actions) {
                QStringList extra;
                if (kind == QStringLiteral("kill-at-step")) {
                    static const QStringList reviewerSteps{
                        QStringLiteral("push"), QStringLiteral("push"), QStringLiteral("pull"),
                        QStringLiteral("prefetch")};
                    const QString step =
                        &p == &m_enterprise
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
                // A client left alone gets this long; the reviewer's runs end well before. (Each
                // new scan costs the enterprise ~5 s, see newScansUploadWithoutStalling: in no-kill
                // iterations it gets the time to push its submission through.)
                r.deadline = &p == &m_enterprise
                                 ? (kind == QStringLiteral("no-kill") ? 20000 : 8000)
                                 : 45000;
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
                    const bool selfKilled = r.selfKill &&
                                            r.process->exitStatus() == QProcess::CrashExit &&
                                            tail(r.who->log(), 400)
                                                .section(QStringLiteral("\n=== "), -1)
                                                .contains(QStringLiteral("SIGKILL myself"));
                    // A client nobody killed must end by itself, cleanly.
                    QVERIFY2(selfKilled || (r.process->exitStatus() == QProcess::NormalExit &&
                                            r.process->exitCode() == 0),
                             qPrintable(QStringLiteral(
                                            "%1: %2 exited with %3 (status %4); its log ends:\n%5")
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
                                     .arg(m_iterations)
                                     .arg(kind, notes.join(QStringLiteral(", ")), serverNote);
            checkBetweenRuns(banner);
            if (QTest::currentTestFailed()) return;
        }
        QStringList kinds, phases;
        for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        for (auto it = m_killedIn.cbegin(); it != m_killedIn.cend(); ++it)
            phases << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        qInfo().noquote() << QStringLiteral("%1 iterations in %2 s: %3; clients killed during: %4")
                                 .arg(m_iterations)
                                 .arg(total.elapsed() / 1000.0, 0, 'f', 1)
                                 .arg(kinds.join(QStringLiteral(", ")),
                                      phases.join(QStringLiteral(", ")));
    }

    void finalStateMatchesTheServer() {
        QVERIFY(m_server.isRunning() || m_server.start());
        // Each client pushes what it still holds; the second round pulls what the other pushed.
        QVERIFY(runFinal(m_enterprise, QStringLiteral("final sync 1")));
        QVERIFY(runFinal(m_reviewer, QStringLiteral("final sync 1")));
        QVERIFY(runFinal(m_enterprise, QStringLiteral("final sync 2")));
        QVERIFY(runFinal(m_reviewer, QStringLiteral("final sync 2")));

        SqlFile server(m_server.dbPath());
        // (b) exactly once: no command id twice in the server's log.
        const auto dup = server.rows(QStringLiteral(
            "SELECT command_id FROM command_log GROUP BY command_id HAVING COUNT(*) > 1"));
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        QVERIFY2(dup.isEmpty(),
                 qPrintable(QStringLiteral("%1 command ids are twice in command_log, e.g. %2")
                                .arg(dup.size())
                                .arg(dup.value(0).value(QStringLiteral("command_id")).toString())));
        checkPerson(m_reviewer);
        if (QTest::currentTestFailed()) return;
        checkPerson(m_enterprise);
    }

    // Found by this test: SyncClient asks for a blob with HEAD through sendCustomRequest(), so
    // QNetworkAccessManager waits for the body a 404 announces (Content-Length) until the server
    // closes the idle connection (5 s): every new document stalls the sync by 5 s.
    void newScansUploadWithoutStalling() {
        QTemporaryDir dir;
        auto replica = Replica::open(dir.filePath(QStringLiteral("replica.sqlite")),
                                     QStringLiteral("torture-stall"));
        QVERIFY(replica.ok());
        BlobStore blobs(dir.filePath(QStringLiteral("blobs")));
        SyncClient sync(**replica, blobs, m_enterprise.actor, m_server.baseUrl(),
                        m_enterprise.token);
        auto syncOnce = [&sync] {
            QSignalSpy done(&sync, &SyncClient::syncFinished);
            sync.syncNow();
            return done.wait(120000) && done.first().first().toBool();
        };
        QVERIFY(syncOnce());
        QVERIFY(withdrawIfPending(**replica, sync, syncOnce));
        QJsonObject payload{{QStringLiteral("contact"), QStringLiteral("张伟")},
                            {QStringLiteral("phone"), QStringLiteral("13912345678")}};
        QRandomGenerator rng(m_seed);
        for (const QString &field :
             {QStringLiteral("license"), QStringLiteral("id_front"), QStringLiteral("id_back")}) {
            auto sha = blobs.put(pngOf(rng, 480, 240));
            QVERIFY(sha.ok());
            payload.insert(field, *sha);
        }
        QCOMPARE(sync.perform(QStringLiteral("certification.submit"), m_enterprise.actor.orgId, -1,
                              payload)
                     .statusName(),
                 QStringLiteral("applied"));
        QVERIFY(syncOnce());
        QCOMPARE(replica.value()->pendingCount(), 0);
        m_scans = payload;
    }

    // Found by this test: an entity a pending command creates gets a new random id each time the
    // command runs (certification.submit: newId() in models/commands/certificationcommands.cpp),
    // locally, again at every rebase, and on the server. A command that cites it before the
    // creation is synced (withdraw right after submit, e.g. offline) is refused by the server.
    void submitThenWithdrawBeforeSyncBothApply() {
        QVERIFY(!m_scans.isEmpty());
        QTemporaryDir dir;
        auto replica = Replica::open(dir.filePath(QStringLiteral("replica.sqlite")),
                                     QStringLiteral("torture-phantom"));
        QVERIFY(replica.ok());
        BlobStore blobs(dir.filePath(QStringLiteral("blobs")));
        SyncClient sync(**replica, blobs, m_enterprise.actor, m_server.baseUrl(),
                        m_enterprise.token);
        auto syncOnce = [&sync] {
            QSignalSpy done(&sync, &SyncClient::syncFinished);
            sync.syncNow();
            return done.wait(120000) && done.first().first().toBool();
        };
        QVERIFY(syncOnce());
        QVERIFY(withdrawIfPending(**replica, sync, syncOnce));
        // The same scans as before: on the server already, so no upload is involved.
        HttpClient http(m_server.baseUrl());
        http.setToken(m_enterprise.token);
        for (const QString &field :
             {QStringLiteral("license"), QStringLiteral("id_front"), QStringLiteral("id_back")}) {
            const QString sha = m_scans.value(field).toString();
            QCOMPARE(http.head(QStringLiteral("/api/v1/blobs/") + sha).status, 200);
            const HttpReply bytes = http.get(QStringLiteral("/api/v1/blobs/") + sha);
            QCOMPARE(bytes.status, 200);
            QVERIFY(blobs.put(bytes.body).ok());
        }
        Replica &r = **replica;
        QCOMPARE(sync.perform(QStringLiteral("certification.submit"), m_enterprise.actor.orgId, -1,
                              m_scans)
                     .statusName(),
                 QStringLiteral("applied"));
        const QString localId =
            r.db()
                .scalar(QStringLiteral("SELECT id FROM certifications WHERE org_id = ? ORDER BY "
                                       "version DESC LIMIT 1"),
                        {m_enterprise.actor.orgId})
                ->toString();
        // A rebase (an empty pulled page) runs the pending submit again: the row's id changes.
        QVERIFY(r.applyPage(m_enterprise.actor, {}, r.cookie(), &blobs).ok());
        const QString rebasedId =
            r.db()
                .scalar(QStringLiteral("SELECT id FROM certifications WHERE org_id = ? ORDER BY "
                                       "version DESC LIMIT 1"),
                        {m_enterprise.actor.orgId})
                ->toString();
        QCOMPARE(rebasedId, localId);
        // The user withdraws the application they see, before it reached the server.
        QCOMPARE(
            sync.perform(QStringLiteral("certification.withdraw"), rebasedId, -1, {}).statusName(),
            QStringLiteral("applied"));
        QVERIFY(syncOnce());
        QCOMPARE(r.pendingCount(), 0);
        const auto outcomes = r.db().all(
            QStringLiteral("SELECT type, status, outcome FROM outbox ORDER BY seq DESC LIMIT 2"));
        QVERIFY(outcomes.ok());
        const QVariantMap withdraw = outcomes->at(0);
        QCOMPARE(withdraw.value(QStringLiteral("type")).toString(),
                 QStringLiteral("certification.withdraw"));
        QCOMPARE(outcomes->at(1).value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
        QVERIFY2(withdraw.value(QStringLiteral("status")).toString() == QStringLiteral("applied"),
                 qPrintable(withdraw.value(QStringLiteral("outcome")).toString()));
    }

    void auditChainIntact() {
        m_server.stop();
        QByteArray out, err;
        const int code = TestServer::runTool({QStringLiteral("audit"), QStringLiteral("verify"),
                                              QStringLiteral("--data"), m_server.dataDir()},
                                             &out, &err);
        QVERIFY2(code == 0, QByteArray(out + err).constData());
        qInfo().noquote() << QString::fromUtf8(out.trimmed());
    }

private:
    QJsonObject m_scans;

    template <typename SyncOnce>
    static bool withdrawIfPending(Replica &r, SyncClient &sync, SyncOnce syncOnce) {
        auto latest = r.db().one(QStringLiteral("SELECT id, state FROM certifications WHERE org_id "
                                                "= ? ORDER BY version DESC LIMIT 1"),
                                 {sync.actor().orgId});
        if (!latest || !latest->has_value()) return false;
        if ((*latest)->value(QStringLiteral("state")).toString() != QStringLiteral("submitted"))
            return true;
        if (sync.perform(QStringLiteral("certification.withdraw"),
                         (*latest)->value(QStringLiteral("id")).toString(), -1, {})
                .status != Outcome::Status::Applied)
            return false;
        return syncOnce() && r.pendingCount() == 0;
    }
};

void TestTorture::checkPerson(Person &p) {
    SqlFile replica(p.dir + QStringLiteral("/replica.sqlite"));
    SqlFile server(m_server.dbPath());
    auto sqlOk = [&] { return replica.error().isEmpty() && server.error().isEmpty(); };
    const QString who = p.label + QStringLiteral(" (") + p.username + u')';
    const QString clientId =
        replica.value(QStringLiteral("SELECT value FROM sync_state WHERE key = 'client_id'"))
            .toString();
    QVERIFY2(!clientId.isEmpty(), qPrintable(who + QStringLiteral(": never registered")));

    // (a) every command made is on the server exactly once, with the status the outbox shows.
    const auto outbox = replica.rows(QStringLiteral(
        "SELECT seq, command_id, type, target, payload, status, outcome FROM outbox ORDER BY seq"));
    QVERIFY2(sqlOk(), qPrintable(replica.error() + server.error()));
    QHash<QString, QVariantMap> byId;
    QMap<QString, int> tally;
    int replayed = 0;
    for (int i = 0; i < outbox.size(); ++i) {
        const QVariantMap &o = outbox[i];
        const QString id = o.value(QStringLiteral("command_id")).toString();
        const QString status = o.value(QStringLiteral("status")).toString();
        QCOMPARE(o.value(QStringLiteral("seq")).toLongLong(), qint64(i + 1));
        QVERIFY2(
            status == QStringLiteral("applied") || status == QStringLiteral("rejected"),
            qPrintable(
                QStringLiteral("%1: outbox seq %2 is still %3").arg(who).arg(i + 1).arg(status)));
        const auto logged = server.rows(
            QStringLiteral(
                "SELECT client_id, seq, status, outcome FROM command_log WHERE command_id = ?"),
            {id});
        QVERIFY2(sqlOk(), qPrintable(server.error()));
        QVERIFY2(
            logged.size() == 1,
            qPrintable(QStringLiteral("%1: command %2 (seq %3) is %4 times in the server's log")
                           .arg(who, id)
                           .arg(i + 1)
                           .arg(logged.size())));
        const QVariantMap &l = logged.first();
        QCOMPARE(l.value(QStringLiteral("client_id")).toString(), clientId);
        QCOMPARE(l.value(QStringLiteral("seq")).toLongLong(), qint64(i + 1));
        QVERIFY2(l.value(QStringLiteral("status")).toString() == status,
                 qPrintable(
                     QStringLiteral("%1: command %2 is %3 on the client but %4 on the server (%5)")
                         .arg(who, id, status, l.value(QStringLiteral("status")).toString(),
                              l.value(QStringLiteral("outcome")).toString())));
        byId.insert(id, o);
        // The answer to its first push was lost (a kill): the client learnt it from a replay.
        if (QJsonDocument::fromJson(o.value(QStringLiteral("outcome")).toString().toUtf8())
                .object()
                .value(QStringLiteral("replayed"))
                .toBool())
            ++replayed;
        QString key = o.value(QStringLiteral("type")).toString() + u' ' + status;
        if (status == QStringLiteral("rejected"))
            key += u' ' +
                   QJsonDocument::fromJson(o.value(QStringLiteral("outcome")).toString().toUtf8())
                       .object()
                       .value(QStringLiteral("error"))
                       .toObject()
                       .value(QStringLiteral("code"))
                       .toString();
        ++tally[key];
    }
    const QStringList made = madeLog(p.dir);
    for (const QString &id : made) {
        QVERIFY2(byId.contains(id), qPrintable(who + QStringLiteral(": made ") + id +
                                               QStringLiteral(" but it is not in the outbox")));
        const int n = server
                          .value(QStringLiteral("SELECT COUNT(*) FROM command_log WHERE command_id "
                                                "= ? AND status IN ('applied','rejected')"),
                                 {id})
                          .toInt();
        QVERIFY2(n == 1,
                 qPrintable(QStringLiteral("%1: made %2, on the server %3 times with an outcome")
                                .arg(who, id)
                                .arg(n)));
    }
    // Nothing on the server the client did not make; each client's log is gapless to last_seq.
    const auto theirs = server.rows(
        QStringLiteral("SELECT command_id FROM command_log WHERE user_id = ?"), {p.actor.userId});
    for (const QVariantMap &t : theirs)
        QVERIFY2(byId.contains(t.value(QStringLiteral("command_id")).toString()),
                 qPrintable(
                     who + QStringLiteral(": the server logged a command the client never made: ") +
                     t.value(QStringLiteral("command_id")).toString()));
    const auto clients = server.rows(
        QStringLiteral("SELECT c.id, c.last_seq, COUNT(l.seq) AS n, COALESCE(MAX(l.seq), 0) AS top "
                       "FROM clients c LEFT JOIN command_log l ON l.client_id = c.id "
                       "WHERE c.user_id = ? GROUP BY c.id, c.last_seq"),
        {p.actor.userId});
    QVERIFY2(sqlOk(), qPrintable(server.error()));
    for (const QVariantMap &c : clients) {
        const qint64 last = c.value(QStringLiteral("last_seq")).toLongLong();
        QCOMPARE(c.value(QStringLiteral("n")).toLongLong(), last);
        QCOMPARE(c.value(QStringLiteral("top")).toLongLong(), last);
        if (c.value(QStringLiteral("id")).toString() == clientId)
            QCOMPARE(last, qint64(outbox.size()));
    }

    // The server's state is the applied commands folded in.
    for (const QVariantMap &o : outbox) {
        if (o.value(QStringLiteral("status")).toString() != QStringLiteral("applied")) continue;
        const QString type = o.value(QStringLiteral("type")).toString();
        const QJsonObject payload =
            QJsonDocument::fromJson(o.value(QStringLiteral("payload")).toString().toUtf8())
                .object();
        const QJsonObject outcome =
            QJsonDocument::fromJson(o.value(QStringLiteral("outcome")).toString().toUtf8())
                .object();
        if (type == QStringLiteral("certification.decide")) {
            const auto cert = server.rows(
                QStringLiteral("SELECT state, decided_by FROM certifications WHERE id = ?"),
                {o.value(QStringLiteral("target"))});
            QCOMPARE(cert.size(), 1);
            const QString want =
                payload.value(QStringLiteral("decision")).toString() == QStringLiteral("approve")
                    ? QStringLiteral("approved")
                    : QStringLiteral("rejected");
            QCOMPARE(cert.first().value(QStringLiteral("state")).toString(), want);
            QCOMPARE(cert.first().value(QStringLiteral("decided_by")).toString(), p.actor.userId);
        } else if (type == QStringLiteral("certification.submit")) {
            const QString certId = outcome.value(QStringLiteral("result"))
                                       .toObject()
                                       .value(QStringLiteral("certification_id"))
                                       .toString();
            const auto cert = server.rows(
                QStringLiteral(
                    "SELECT org_id, applicant_id, license_blob, id_front_blob, id_back_blob "
                    "FROM certifications WHERE id = ?"),
                {certId});
            QVERIFY2(
                cert.size() == 1,
                qPrintable(who + QStringLiteral(": an applied submit without its application: ") +
                           o.value(QStringLiteral("outcome")).toString()));
            QCOMPARE(cert.first().value(QStringLiteral("org_id")).toString(), p.actor.orgId);
            QCOMPARE(cert.first().value(QStringLiteral("applicant_id")).toString(), p.actor.userId);
            QCOMPARE(cert.first().value(QStringLiteral("license_blob")).toString(),
                     payload.value(QStringLiteral("license")).toString());
            QCOMPARE(cert.first().value(QStringLiteral("id_back_blob")).toString(),
                     payload.value(QStringLiteral("id_back")).toString());
        } else if (type == QStringLiteral("certification.withdraw")) {
            QCOMPARE(server
                         .value(QStringLiteral("SELECT state FROM certifications WHERE id = ?"),
                                {o.value(QStringLiteral("target"))})
                         .toString(),
                     QStringLiteral("draft"));
        }
    }
    if (p.mode == QStringLiteral("submit")) {
        // One version per applied submit on top of the seeded one.
        const int versions =
            server
                .value(QStringLiteral("SELECT COUNT(*) FROM certifications WHERE org_id = ?"),
                       {p.actor.orgId})
                .toInt();
        QCOMPARE(versions, 1 + tally.value(QStringLiteral("certification.submit applied")));
    }
    QVERIFY2(sqlOk(), qPrintable(replica.error() + server.error()));

    // (c) the replica is the user's scoped view: a fresh full pull, row by row, value by value.
    QString pullError;
    const auto view = fullPull(p, &pullError);
    QVERIFY2(pullError.isEmpty(), qPrintable(pullError));
    QCOMPARE(replica.value(QStringLiteral("SELECT COUNT(*) FROM changes")).toInt(),
             0);  // no local effect left
    int compared = 0;
    for (const QString &table : kSynced) {
        const QHash<QString, QJsonObject> want = view.value(table);
        QHash<QString, QVariantMap> have;
        for (const QVariantMap &row : replica.rows(QStringLiteral("SELECT * FROM ") + table))
            have.insert(row.value(QStringLiteral("id")).toString(), row);
        QHash<QString, QJsonObject> shadow;
        for (const QVariantMap &row : replica.rows(
                 QStringLiteral("SELECT id, data FROM server_rows WHERE entity = ?"), {table}))
            shadow.insert(
                row.value(QStringLiteral("id")).toString(),
                QJsonDocument::fromJson(row.value(QStringLiteral("data")).toString().toUtf8())
                    .object());
        QVERIFY2(sqlOk(), qPrintable(replica.error()));
        for (auto it = have.cbegin(); it != have.cend(); ++it)
            QVERIFY2(
                want.contains(it.key()),
                qPrintable(
                    QStringLiteral("%1: %2 %3 (rev %4) is on the client but not in the user's view")
                        .arg(who, table, it.key())
                        .arg(it.value().value(QStringLiteral("rev")).toLongLong())));
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            QVERIFY2(have.contains(it.key()),
                     qPrintable(QStringLiteral("%1: %2 %3 (rev %4) is missing on the client")
                                    .arg(who, table, it.key())
                                    .arg(it.value().value(QStringLiteral("rev")).toInteger())));
            const QVariantMap &row = have[it.key()];
            for (auto f = it.value().constBegin(); f != it.value().constEnd(); ++f) {
                if (!row.contains(f.key())) continue;
                QVERIFY2(
                    row.value(f.key()).toString() == text(f.value()),
                    qPrintable(QStringLiteral(
                                   "%1: %2 %3 .%4 is \"%5\" on the client, \"%6\" on the server")
                                   .arg(who, table, it.key(), f.key(),
                                        row.value(f.key()).toString(), text(f.value()))));
            }
            QVERIFY2(shadow.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("%1: server_rows of %2 %3 differs from the server")
                                    .arg(who, table, it.key())));
            ++compared;
        }
        QCOMPARE(shadow.size(), want.size());
    }

    // (d) documents: on the server with their hash; the client's files hash to their names.
    HttpClient http(m_server.baseUrl());
    http.setToken(p.token);
    QSet<QString> cited;
    for (const QVariantMap &row :
         replica.rows(QStringLiteral("SELECT state, ") + kBlobColumns.join(u',') +
                      QStringLiteral(" FROM certifications")))
        for (const QString &col : kBlobColumns) {
            const QString sha = row.value(col).toString();
            if (sha.isEmpty()) continue;
            QVERIFY2(BlobStore::isValidHash(sha),
                     qPrintable(who + QStringLiteral(": a certification cites ") + sha));
            if (cited.contains(sha)) continue;
            cited.insert(sha);
            QCOMPARE(http.head(QStringLiteral("/api/v1/blobs/") + sha).status, 200);
            const QString onServer =
                m_server.dataDir() + QStringLiteral("/blobs/") + sha.left(2) + u'/' + sha;
            QVERIFY2(sha256File(onServer) == sha,
                     qPrintable(QStringLiteral("%1: the server's %2 does not hash to its name")
                                    .arg(who, onServer)));
            // After the final prefetch, the documents of every pending application are here.
            if (row.value(QStringLiteral("state")).toString() == QStringLiteral("submitted"))
                QVERIFY2(
                    QFileInfo::exists(p.dir + QStringLiteral("/blobs/") + sha.left(2) + u'/' + sha),
                    qPrintable(
                        who +
                        QStringLiteral(": a pending application's document was not prefetched: ") +
                        sha));
        }
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    int files = 0;
    for (QDirIterator it(p.dir + QStringLiteral("/blobs"), QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        const QFileInfo fi(path);
        if (!hex64.match(fi.fileName()).hasMatch() ||
            fi.dir().dirName() == QStringLiteral("partial"))
            continue;  // temp files
        QVERIFY2(sha256File(path) == fi.fileName(),
                 qPrintable(who + QStringLiteral(": the client's blob ") + path +
                            QStringLiteral(" does not hash to its name")));
        QCOMPARE(fi.dir().dirName(), fi.fileName().left(2));
        ++files;
    }

    // (e) nothing outside the user's scope.
    if (p.mode == QStringLiteral("decide")) {
        for (const QString &table : {QStringLiteral("organisations"),
                                     QStringLiteral("certifications"), QStringLiteral("tasks")})
            QCOMPARE(replica
                         .value(QStringLiteral("SELECT COUNT(*) FROM ") + table +
                                    QStringLiteral(" WHERE region <> ?"),
                                {p.actor.region})
                         .toInt(),
                     0);
    } else {
        QCOMPARE(replica
                     .value(QStringLiteral("SELECT COUNT(*) FROM organisations WHERE id <> ?"),
                            {p.actor.orgId})
                     .toInt(),
                 0);
        QCOMPARE(replica
                     .value(QStringLiteral("SELECT COUNT(*) FROM certifications WHERE org_id <> ?"),
                            {p.actor.orgId})
                     .toInt(),
                 0);
        QCOMPARE(replica
                     .value(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE org_id <> ?"),
                            {p.actor.orgId})
                     .toInt(),
                 0);
    }
    QCOMPARE(
        replica.value(QStringLiteral("SELECT COUNT(*) FROM users WHERE id <> ?"), {p.actor.userId})
            .toInt(),
        0);
    QCOMPARE(replica
                 .value(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id <> ?"),
                        {p.actor.userId})
                 .toInt(),
             0);
    QVERIFY2(sqlOk(), qPrintable(replica.error() + server.error()));

    QStringList summary;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        summary << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    qInfo().noquote()
        << QStringLiteral(
               "%1: %2 commands made (%3 in made.log, %8 outcomes learnt from a replay) — %4; "
               "%5 rows equal the server's view; %6 documents cited, %7 files in the client's blob "
               "store")
               .arg(who)
               .arg(outbox.size())
               .arg(made.size())
               .arg(summary.join(QStringLiteral(", ")))
               .arg(compared)
               .arg(cited.size())
               .arg(files)
               .arg(replayed);
}

QTEST_GUILESS_MAIN(TestTorture)
#include "test_torture.moc"
