#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>

#include "models/auth/actor.h"
#include "models/commands/command.h"
#include "models/core/result.h"
#include "models/sync/prefetchplan.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace dx {

class BlobStore;
class Replica;
struct UploadRule;

/// The desktop client's side of docs/PROTOCOL.md: registers the installation, uploads blobs,
/// pushes the outbox in order, pulls pages into the replica (with rebase), prefetches the
/// documents of the user's offline scope. Everything that is not network code lives in
/// models/sync (Replica). One SyncClient per replica; it never runs two syncs at once.
class SyncClient : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Idle, Syncing };
    Q_ENUM(State)

    SyncClient(Replica &replica, BlobStore &blobs, Actor actor, QString baseUrl, QString token,
               QObject *parent = nullptr);
    ~SyncClient() override;

    State state() const { return m_state; }
    bool isOnline() const { return m_state != State::Offline; }
    /// A sync round is running now (syncNow() during one only schedules another).
    bool isSyncing() const;
    int pendingCount() const;

    /// The outbox as the status bar and 同步问题 show it: waiting commands, those of them the
    /// server answered `retry`, and refused ones not yet dismissed.
    struct OutboxSummary {
        int pending = 0;
        int retrying = 0;
        int rejected = 0;
    };
    OutboxSummary outbox() const;

    /// Connectivity: while online the server is probed (GET /api/v1/health) every
    /// kProbeIntervalMs unless another request answered meanwhile; while offline the probe backs
    /// off from 500 ms up to kProbeIntervalMs. A probe gives up after kProbeTimeoutMs, so a
    /// silent server is noticed, and a returning one, within 5 s (3.5 s plus the event loop's
    /// delays on a busy laptop).
    static constexpr int kProbeIntervalMs = 1500;
    static constexpr int kProbeTimeoutMs = 2000;
    void startProbing();
    /// Stops syncing and probing and drops the requests in flight (sign-out, switch user):
    /// the queued commands stay in the outbox for the next sign-in.
    void stop();
    QDateTime lastSync() const { return m_lastSync; }
    const Actor &actor() const { return m_actor; }
    QString baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }

    /// A user action: runs the command on the replica and queues it (one local transaction),
    /// then schedules a sync. Local rules refuse exactly what the server would.
    Outcome perform(const QString &type, const QString &target, qint64 baseRev,
                    const QJsonObject &payload);

    /// perform(), but the sync that sends it starts only after `holdMs`: a window in which the
    /// user can still take the command back with withdraw() (the review desk's Undo). Any other
    /// sync in that window sends it as usual; withdraw() then refuses.
    Outcome performHeld(const QString &type, const QString &target, qint64 baseRev,
                        const QJsonObject &payload, int holdMs);
    /// Takes back queued command `seq` and its local effect (Replica::withdraw). Refused once
    /// the command has been handed to the network, even if no answer came back.
    Status withdraw(qint64 seq);
    /// True while withdraw(seq) would succeed: queued here and never sent.
    bool mayWithdraw(qint64 seq) const;

    /// A command that must reach the server now and is never queued: it needs what only the
    /// server has (the current password's hash) or carries a password that must not wait in the
    /// outbox on disk. `done` gets the server's outcome; without a connection, a `Retry` outcome
    /// with error `offline` and nothing changed anywhere. A pull follows an applied command.
    void performOnline(const QString &type, const QString &target, const QJsonObject &payload,
                       const std::function<void(const Outcome &)> &done);

    /// A scoped read the replica does not hold (GET `path`, e.g. /api/v1/experts); `done` gets
    /// the JSON object, or an empty one when offline or refused.
    void getJson(const QString &path, const std::function<void(const QJsonObject &)> &done);

    /// Attaches a file: checks the upload rule on its bytes, hashes it and copies it into the
    /// local blob store (temp file, fsync, rename). Returns the SHA-256 to cite in a command.
    Result<QString> attachFile(const QString &path, const UploadRule &rule, const QString &field);

    /// The local path of a blob when it is on this machine; otherwise starts a download and
    /// emits blobReady() when it arrives (re-hashed before use). Empty when not yet here.
    QString blobPath(const QString &sha256);

    /// Sync every `intervalMs` while running, and back off (up to 5 min) while offline; probes
    /// the server (startProbing()) to notice it going and coming back.
    void startAutoSync(int intervalMs = 30000);

    /// The offline preferences: the size cap prefetch respects, and whether every sync round
    /// that ends well prefetches the queue (after sign-in; items newly assigned by a pull).
    /// Until called: no cap, no automatic prefetch.
    void configurePrefetch(const PrefetchSettings &settings);
    bool isPrefetching() const;
    /// A download of this document is running now (not merely wanted).
    bool isDownloading(const QString &sha256) const;

public slots:
    /// Push, then pull to the end, then prefetch: now, unless a sync is already running.
    void syncNow();
    /// Downloads every document of the user's offline scope not yet on this machine
    /// (a reviewer: the pending applications of their county), in queue order, up to the cap;
    /// prefetchFinished() says what it did.
    void prefetch();
    /// Stops the running prefetch; automatic prefetch then waits until prefetch() is asked for.
    void cancelPrefetch();
    /// One health probe now (no-op while one is in flight).
    void probe();

signals:
    void stateChanged(dx::SyncClient::State state);
    /// Progress of the running step ("push", "pull", "upload", "prefetch").
    void progress(const QString &step, qint64 done, qint64 total);
    /// The replica changed (a pulled page, a local command): views re-query.
    void replicaChanged();
    /// The sync problems list changed (a command was rejected).
    void problemsChanged();
    void pendingCountChanged(int pending);
    /// A sync round finished; `ok` false with the reason when it stopped early.
    void syncFinished(bool ok, const QString &message);
    void blobReady(const QString &sha256);
    /// A download failed (no connection, or refused): the document is still not here.
    void blobFailed(const QString &sha256);
    /// A prefetch ended (done, stopped at the cap, offline or cancelled): what it did.
    void prefetchFinished(const dx::PrefetchReport &report);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    Replica &m_replica;
    BlobStore &m_blobs;
    Actor m_actor;
    QString m_baseUrl;
    QString m_token;
    State m_state = State::Idle;
    QDateTime m_lastSync;

    friend struct Impl;
    void setState(State s);
};

}  // namespace dx
