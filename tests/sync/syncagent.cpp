// sync_agent: a small headless desktop client for the sync torture test (test_torture.cpp).
//
//   sync_agent --server URL --token T --user-json '{"id","username","role","org_id","region"}'
//              --dir DIR --seed N --actions K [--mode decide|submit] [--reject-org ORG]
//              [--kill-after STEP:N:DELAY]
//
// Opens the replica DIR/replica.sqlite, the blob store DIR/blobs and a SyncClient, then performs
// K random user actions interleaved with sync rounds (and the automatic sync every action
// schedules), exactly as the desktop client does:
//   decide — a county reviewer decides random pending applications of the replica (approve or
//            reject with a reason; base_rev = the replica's rev); now and then a prefetch.
//   submit — an enterprise attaches freshly generated scans (some over 1 MiB, so they upload in
//            chunks) and submits its certification, or withdraws the pending one.
// Each command id is appended to DIR/made.log (fsynced) only after perform() returned applied,
// so made.log ⊆ outbox. It may be SIGKILLed at any moment; a new run continues from DIR.
// --kill-after makes it SIGKILL itself DELAY ms after the Nth progress signal of a sync step, to
// land kills inside the few milliseconds a push or pull takes on loopback.
// With --actions 0 it syncs until the outbox has no pending row, then prefetches the offline
// scope to the end: exit 0 when clean, 3 when the outbox would not drain.
#include <QColor>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <unistd.h>
#include <csignal>
#include <cstdio>

#include "models/auth/actor.h"
#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/domain/uploadrule.h"
#include "models/sync/replica.h"

using namespace dx;

namespace {

QElapsedTimer g_clock;

void say(const QString &line) {
    std::fprintf(stdout, "[%6lld ms] %s\n", g_clock.elapsed(), qPrintable(line));
    std::fflush(stdout);
}

class Agent {
public:
    Agent(Replica &replica, BlobStore &blobs, SyncClient &sync, const QString &dir, quint32 seed,
          QString rejectOrg)
        : m_replica(replica),
          m_blobs(blobs),
          m_sync(sync),
          m_dir(dir),
          m_rng(seed),
          m_rejectOrg(std::move(rejectOrg)) {
        m_made.setFileName(dir + QStringLiteral("/made.log"));
        if (!m_made.open(QIODevice::WriteOnly | QIODevice::Append))
            qFatal("cannot open %s", qPrintable(m_made.fileName()));
        QObject::connect(
            &m_sync, &SyncClient::syncFinished, &m_sync, [](bool ok, const QString &msg) {
                say(ok ? QStringLiteral("sync ok") : QStringLiteral("sync failed: ") + msg);
            });
        // The test reads the last of these lines to tell where a SIGKILL landed.
        QObject::connect(&m_sync, &SyncClient::progress, &m_sync,
                         [this](const QString &step, qint64 at, qint64 total) {
                             say(QStringLiteral("progress %1 %2/%3").arg(step).arg(at).arg(total));
                             if (step == m_killStep && ++m_killSeen == m_killAfter) {
                                 // A SIGKILL at a chosen point: `delay` ms after this step began
                                 // (0: its request is on its way, its answer not yet processed).
                                 say(QStringLiteral("SIGKILL myself in %1 ms").arg(m_killDelay));
                                 QTimer::singleShot(m_killDelay,
                                                    [] { ::kill(::getpid(), SIGKILL); });
                             }
                         });
    }

    /// One sync round, started now or joined when one is running. True when it finished ok.
    bool syncOnce(int timeoutMs = 60000) {
        QEventLoop loop;
        bool ok = false;
        bool done = false;
        auto c = QObject::connect(&m_sync, &SyncClient::syncFinished, &loop,
                                  [&](bool result, const QString &) {
                                      ok = result;
                                      done = true;
                                      loop.quit();
                                  });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        m_sync.syncNow();
        if (!done) loop.exec();
        QObject::disconnect(c);
        return done && ok;
    }

    /// Lets the event loop run (automatic syncs, downloads) for a while, as between two clicks.
    static void spin(int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }

    bool prefetchToEnd(int timeoutMs = 120000) {
        QEventLoop loop;
        bool done = false;
        auto c = QObject::connect(&m_sync, &SyncClient::progress, &loop,
                                  [&](const QString &step, qint64 at, qint64 total) {
                                      if (step == QStringLiteral("prefetch") && at == total) {
                                          done = true;
                                          loop.quit();
                                      }
                                  });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        m_sync.prefetch();
        if (!done) loop.exec();
        QObject::disconnect(c);
        return done;
    }

    /// --kill-after STEP:N:DELAY
    void killAfter(const QString &spec) {
        const QStringList parts = spec.split(u':');
        if (parts.size() != 3) return;
        m_killStep = parts[0];
        m_killAfter = parts[1].toInt();
        m_killDelay = parts[2].toInt();
    }

    void decide() {
        auto rows = m_replica.db().all(QStringLiteral(
            "SELECT id, rev, org_id FROM certifications WHERE state = 'submitted' ORDER BY id"));
        if (!rows || rows->isEmpty()) return say(QStringLiteral("decide: nothing pending"));
        const QVariantMap &r = rows->at(int(m_rng.bounded(rows->size())));
        const QString id = r.value(QStringLiteral("id")).toString();
        const bool reject =
            m_rng.bounded(2) == 0 || r.value(QStringLiteral("org_id")).toString() == m_rejectOrg;
        static const QStringList reasons{
            QStringLiteral("营业执照照片不清晰，请重新上传。"),
            QStringLiteral("身份证反面已过期。"),
            QStringLiteral("The licence scan is cut off at the edge.")};
        QJsonObject payload{{QStringLiteral("decision"),
                             reject ? QStringLiteral("reject") : QStringLiteral("approve")}};
        if (reject)
            payload.insert(QStringLiteral("reason"),
                           reasons.at(int(m_rng.bounded(reasons.size()))));
        record(QStringLiteral("decide %1 %2")
                   .arg(id, payload.value(QStringLiteral("decision")).toString()),
               m_sync.perform(QStringLiteral("certification.decide"), id,
                              r.value(QStringLiteral("rev")).toLongLong(), payload));
    }

    void submitOrWithdraw(const Actor &actor) {
        auto latest = m_replica.db().one(
            QStringLiteral("SELECT id, state FROM certifications WHERE org_id = ? "
                           "ORDER BY version DESC LIMIT 1"),
            {actor.orgId});
        if (!latest) return say(QStringLiteral("submit: ") + latest.error().message);
        const QString state =
            latest->has_value() ? (*latest)->value(QStringLiteral("state")).toString() : QString();
        if (state == QStringLiteral("submitted")) {
            const QString id = (*latest)->value(QStringLiteral("id")).toString();
            // A submission not synced yet has a local id the server will never know (see
            // test_torture's submitThenWithdrawBeforeSyncBothApply): wait for the server's row.
            auto known = m_replica.db().scalar(
                QStringLiteral(
                    "SELECT COUNT(*) FROM server_rows WHERE entity = 'certifications' AND id = ?"),
                {id});
            if (!known || known->toInt() == 0) {
                say(QStringLiteral("submission not synced yet"));
                say(syncOnce() ? QStringLiteral("round ok") : QStringLiteral("round failed"));
                return;
            }
            return record(QStringLiteral("withdraw %1").arg(id),
                          m_sync.perform(QStringLiteral("certification.withdraw"), id, -1, {}));
        }
        if (state == QStringLiteral("approved"))
            return say(QStringLiteral("submit: already certified"));
        QJsonObject payload{
            {QStringLiteral("contact"), QStringLiteral("张伟")},
            {QStringLiteral("phone"),
             QStringLiteral("13%1").arg(m_rng.bounded(1000000000), 9, 10, QLatin1Char('0'))}};
        // A resubmission brings a new licence scan; the ID card scans are usually the same files.
        QFile last(m_dir + QStringLiteral("/scans.json"));
        QJsonObject scans;
        if (last.open(QIODevice::ReadOnly))
            scans = QJsonDocument::fromJson(last.readAll()).object();
        last.close();
        for (const QString &field :
             {QStringLiteral("license"), QStringLiteral("id_front"), QStringLiteral("id_back")}) {
            const QString previous = scans.value(field).toString();
            if (field != QStringLiteral("license") && m_blobs.has(previous) &&
                m_rng.bounded(4) != 0) {
                payload.insert(field, previous);
                continue;
            }
            auto sha = attachImage(field);
            if (!sha)
                return say(QStringLiteral("attach %1 failed: %2").arg(field, sha.error().message));
            payload.insert(field, *sha);
        }
        if (last.open(QIODevice::WriteOnly | QIODevice::Truncate))
            last.write(QJsonDocument(payload).toJson());
        last.close();
        record(QStringLiteral("submit"),
               m_sync.perform(QStringLiteral("certification.submit"), actor.orgId, -1, payload));
    }

    void writeMade(const QString &commandId) {
        const QByteArray line = commandId.toLatin1() + '\n';
        if (m_made.write(line) != line.size() || !m_made.flush() || ::fsync(m_made.handle()) != 0)
            qFatal("cannot write made.log");
    }

private:
    void record(const QString &what, const Outcome &out) {
        if (out.status == Outcome::Status::Applied) {
            const QString id = out.result.value(QStringLiteral("command_id")).toString();
            writeMade(id);
            say(QStringLiteral("%1 -> applied locally, command %2 seq %3")
                    .arg(what, id)
                    .arg(out.result.value(QStringLiteral("seq")).toInteger()));
        } else {
            say(QStringLiteral("%1 -> %2 %3 (not queued)")
                    .arg(what, out.statusName(), out.error.code));
        }
    }

    // A fresh scan: random pixels, so every file is new; one in four is large (several chunks).
    Result<QString> attachImage(const QString &field) {
        const bool large = m_rng.bounded(4) == 0;
        const int w = large ? 1100 + int(m_rng.bounded(300)) : 420 + int(m_rng.bounded(200));
        const int h = large ? 800 + int(m_rng.bounded(200)) : 220 + int(m_rng.bounded(100));
        QImage img(w, h, QImage::Format_RGB32);
        if (large) {
            for (int y = 0; y < h; ++y) {
                auto *line = reinterpret_cast<quint32 *>(img.scanLine(y));
                for (int x = 0; x < w; ++x) line[x] = m_rng.generate() | 0xff000000u;
            }
        } else {
            img.fill(QColor::fromRgb(m_rng.generate() | 0xff000000u));
            for (int i = 0; i < 64; ++i)
                img.setPixel(int(m_rng.bounded(w)), int(m_rng.bounded(h)),
                             m_rng.generate() | 0xff000000u);
        }
        QDir().mkpath(m_dir + QStringLiteral("/attach"));
        const QString path = m_dir + QStringLiteral("/attach/%1.png").arg(field);
        if (!img.save(path, "PNG"))
            return makeError(ErrorCode::Internal, QStringLiteral("cannot write ") + path);
        auto rule = UploadRule::forPurpose(field);
        auto sha = m_sync.attachFile(path, *rule, field);
        QFile::remove(path);
        if (sha) say(QStringLiteral("attached %1 %2 (%3x%4)").arg(field, *sha).arg(w).arg(h));
        return sha;
    }

    Replica &m_replica;
    BlobStore &m_blobs;
    SyncClient &m_sync;
    QString m_dir;
    QRandomGenerator m_rng;
    QString m_rejectOrg;
    QFile m_made;
    QString m_killStep;
    int m_killAfter = 0;
    int m_killSeen = 0;
    int m_killDelay = 0;
};

}  // namespace

int main(int argc, char **argv) {
    g_clock.start();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Base URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("Bearer token."),
                                   QStringLiteral("T"));
    const QCommandLineOption user(QStringLiteral("user-json"), QStringLiteral("The actor."),
                                  QStringLiteral("JSON"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Client directory."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption actionsOpt(QStringLiteral("actions"), QStringLiteral("Actions."),
                                        QStringLiteral("K"), QStringLiteral("10"));
    const QCommandLineOption modeOpt(QStringLiteral("mode"), QStringLiteral("decide | submit."),
                                     QStringLiteral("MODE"), QStringLiteral("decide"));
    const QCommandLineOption rejectOpt(
        QStringLiteral("reject-org"),
        QStringLiteral("Always reject this organisation's applications."), QStringLiteral("ORG"));
    const QCommandLineOption killOpt(
        QStringLiteral("kill-after"),
        QStringLiteral("SIGKILL itself DELAY ms after the Nth progress of STEP (upload, push, "
                       "pull, prefetch)."),
        QStringLiteral("STEP:N:DELAY"));
    parser.addOptions(
        {server, token, user, dirOpt, seedOpt, actionsOpt, modeOpt, rejectOpt, killOpt});
    parser.process(app);
    if (!parser.isSet(server) || !parser.isSet(token) || !parser.isSet(user) ||
        !parser.isSet(dirOpt)) {
        std::fprintf(stderr,
                     "usage: sync_agent --server URL --token T --user-json JSON --dir DIR "
                     "--seed N --actions K [--mode decide|submit]\n");
        return 2;
    }
    const QJsonObject u = QJsonDocument::fromJson(parser.value(user).toUtf8()).object();
    const Actor actor{u.value(QStringLiteral("id")).toString(),
                      u.value(QStringLiteral("username")).toString(),
                      u.value(QStringLiteral("role")).toString(),
                      u.value(QStringLiteral("org_id")).toString(),
                      u.value(QStringLiteral("region")).toString(),
                      {}};
    const QString dir = parser.value(dirOpt);
    const int actions = parser.value(actionsOpt).toInt();
    const quint32 seed = parser.value(seedOpt).toUInt();
    const bool submitMode = parser.value(modeOpt) == QStringLiteral("submit");
    QDir().mkpath(dir);

    auto replica = Replica::open(dir + QStringLiteral("/replica.sqlite"), QStringLiteral("agent"));
    if (!replica) {
        std::fprintf(stderr, "replica: %s\n", qPrintable(replica.error().message));
        return 2;
    }
    BlobStore blobs(dir + QStringLiteral("/blobs"));
    SyncClient sync(**replica, blobs, actor, parser.value(server), parser.value(token));
    Agent agent(**replica, blobs, sync, dir, seed, parser.value(rejectOpt));
    agent.killAfter(parser.value(killOpt));
    say(QStringLiteral("agent %1 seed %2 actions %3 pending %4")
            .arg(actor.username)
            .arg(seed)
            .arg(actions)
            .arg((*replica)->pendingCount()));

    if (actions == 0) {
        // The final clean sync: push everything, pull to the end, then prefetch the scope.
        for (int round = 0; round < 40; ++round) {
            const bool ok = agent.syncOnce();
            const int pending = (*replica)->pendingCount();
            say(QStringLiteral("final round %1: %2, pending %3")
                    .arg(round)
                    .arg(ok ? QStringLiteral("ok") : QStringLiteral("failed"))
                    .arg(pending));
            if (ok && pending == 0) {
                const bool fetched = agent.prefetchToEnd();
                say(fetched ? QStringLiteral("prefetch done")
                            : QStringLiteral("prefetch timed out"));
                // One more round so the replica reflects the state after everything settled.
                if (!agent.syncOnce() || (*replica)->pendingCount() != 0 || !fetched) return 3;
                say(QStringLiteral("clean"));
                return 0;
            }
            Agent::spin(300);
        }
        return 3;
    }

    QRandomGenerator rng(seed ^ 0x5eed5eedu);
    for (int i = 0; i < actions; ++i) {
        const quint32 dice = rng.bounded(100);
        if (submitMode) {
            if (dice < 55)
                agent.submitOrWithdraw(actor);
            else if (dice < 85)
                say(agent.syncOnce() ? QStringLiteral("round ok") : QStringLiteral("round failed"));
            else
                agent.prefetchToEnd(5000);
        } else {
            if (dice < 65)
                agent.decide();
            else if (dice < 90)
                say(agent.syncOnce() ? QStringLiteral("round ok") : QStringLiteral("round failed"));
            else
                sync.prefetch();  // runs beside what follows
        }
        Agent::spin(int(rng.bounded(120)));  // the automatic sync scheduled by perform() runs here
    }
    say(agent.syncOnce() ? QStringLiteral("last round ok") : QStringLiteral("last round failed"));
    say(QStringLiteral("done, pending %1").arg((*replica)->pendingCount()));
    return 0;
}
