#include "models/client/syncclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

#include <functional>
#include <memory>

#include "models/blobs/blobstore.h"
#include "models/core/clock.h"
#include "models/domain/uploadrule.h"
#include "models/sync/offlinedocuments.h"
#include "models/sync/replica.h"
#include "models/workflow/states.h"

Q_LOGGING_CATEGORY(lcSync, "dx.sync")

namespace dx {

namespace {
constexpr int kPushBatch = 200;
constexpr int kPullLimit = 1000;
constexpr qint64 kChunk = 1024 * 1024;

struct Reply {
    int status = 0;  // 0: no HTTP answer (offline)
    QByteArray body;
    QByteArray uploadOffset;
    QString networkError;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// No answer from our server: nothing at all (refused, reset, timed out), or a proxy's 502/503/504
// or other 5xx that does not carry our error body. The request may be retried; nothing is lost.
bool unreachable(const Reply &r) {
    if (r.status == 0 || r.status == 502 || r.status == 503 || r.status == 504) return true;
    return r.status >= 500 && !r.json().value(QStringLiteral("error")).isObject();
}

// Every SHA-256 a payload cites, nested ones included ({expert: {photo}}, listing modules).
void collectBlobRefs(const QJsonValue &v, QStringList &out) {
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    if (v.isString() && sha.match(v.toString()).hasMatch()) out << v.toString();
    if (v.isObject())
        for (const QJsonValue &child : v.toObject()) collectBlobRefs(child, out);
    if (v.isArray())
        for (const QJsonValue &child : v.toArray()) collectBlobRefs(child, out);
}

QStringList blobRefs(const QJsonObject &payload) {
    QStringList out;
    collectBlobRefs(payload, out);
    return out;
}
}  // namespace

struct SyncClient::Impl {
    SyncClient *q;
    QNetworkAccessManager nam;
    QTimer timer;
    int intervalMs = 30000;
    int backoffMs = 0;
    bool running = false;
    bool again = false;
    bool prefetching = false;
    bool cancelPrefetch = false;
    qint64 sentUpTo = 0;  ///< the highest outbox seq handed to the network (withdraw refuses)
    bool autoPrefetch = false;
    bool autoPaused = false;     // cancelled: no automatic prefetch until one is asked for again
    bool prefetchAsked = false;  // the running prefetch was asked for, not only started by a sync
    qint64 prefetchCap = 0;
    PrefetchReport lastAutomatic;
    QSet<QString> downloading;
    // Connectivity (startProbing): requests in flight, to drop them when the server went silent.
    QSet<QNetworkReply *> inFlight;
    QNetworkAccessManager probeNam;
    QTimer probeTimer;
    QNetworkReply *probeReply = nullptr;
    int probeBackoffMs = 0;
    bool probing = false;

    using Done = std::function<void(const Reply &)>;

    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              const Done &done, const QList<QPair<QByteArray, QByteArray>> &headers = {}) {
        QNetworkRequest req(QUrl(q->m_baseUrl + path));
        req.setRawHeader("Authorization", "Bearer " + q->m_token.toLatin1());
        const QString client = q->m_replica.clientId();
        if (!client.isEmpty()) req.setRawHeader("X-Client-Id", client.toLatin1());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setTransferTimeout(30000);  // without progress; a silent server is the probe's job
        for (const auto &[k, v] : headers) req.setRawHeader(k, v);
        // HEAD must go through head(): as a custom request Qt waits for a body that never comes
        // until the server drops the idle connection (~5 s per blob, found by the torture test).
        QNetworkReply *reply =
            method == "HEAD" ? nam.head(req) : nam.sendCustomRequest(req, method, body);
        inFlight.insert(reply);
        QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, done] {
            inFlight.remove(reply);
            Reply r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = reply->readAll();
            r.uploadOffset = reply->rawHeader("Upload-Offset");
            if (r.status == 0)
                r.networkError = reply->errorString();
            else if (unreachable(r))
                r.networkError = QStringLiteral("HTTP %1").arg(r.status);
            reply->deleteLater();
            noteReply(r);
            done(r);
        });
    }

    void finish(bool ok, const QString &message) {
        running = false;
        if (ok) {
            backoffMs = 0;
            q->m_lastSync = QDateTime::currentDateTime();
            q->setState(State::Idle);
            if (intervalMs > 0 && timer.isActive()) timer.start(intervalMs);
        } else if (q->m_state == State::Offline) {
            // Back off while the server cannot be reached: 5 s, 10 s, … 5 min.
            backoffMs = qBound(5000, backoffMs * 2, 300000);
            timer.start(backoffMs);
        } else {
            q->setState(State::Idle);
        }
        emit q->pendingCountChanged(q->pendingCount());
        emit q->syncFinished(ok, message);
        if (again) {
            again = false;
            QTimer::singleShot(0, q, [this] { q->syncNow(); });
        }
    }

    // Every answer tells whether the server is there: a failed request flips the state at once,
    // any answer from it ends an offline spell (and starts a sync).
    void noteReply(const Reply &r) {
        if (unreachable(r)) return markOffline(r.networkError);
        markOnline();
        if (probing && !probeReply) probeTimer.start(SyncClient::kProbeIntervalMs);
    }

    void markOffline(const QString &why) {
        if (q->m_state == State::Offline) return;
        qCInfo(lcSync) << "offline:" << why;
        q->setState(State::Offline);
        if (probing && !probeReply) probeTimer.start(probeBackoffMs = 500);
    }

    void markOnline() {
        probeBackoffMs = 0;
        if (q->m_state != State::Offline) return;
        qCInfo(lcSync) << "the server answers again";
        q->setState(State::Idle);
        backoffMs = 0;
        if (!running) QTimer::singleShot(0, q, [this] { q->syncNow(); });
    }

    void probe() {
        if (probeReply) return;
        QNetworkRequest req(QUrl(q->m_baseUrl + QStringLiteral("/api/v1/health")));
        req.setTransferTimeout(SyncClient::kProbeTimeoutMs);
        QNetworkReply *reply = probeNam.get(req);
        probeReply = reply;
        QObject::connect(reply, &QNetworkReply::finished, q, [this, reply] {
            probeReply = nullptr;
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200) {
                markOnline();
            } else {
                markOffline(status ? QStringLiteral("health: HTTP %1").arg(status)
                                   : reply->errorString());
                // Requests stuck on a silent server would hold a sync round for their whole
                // timeout: drop them (a push is idempotent by command id; the outbox keeps all).
                const QSet<QNetworkReply *> stuck = inFlight;
                for (QNetworkReply *r : stuck) r->abort();
            }
            if (!probing) return;
            if (q->m_state == State::Offline)
                probeBackoffMs = qBound(500, probeBackoffMs * 2, SyncClient::kProbeIntervalMs);
            probeTimer.start(q->m_state == State::Offline ? probeBackoffMs
                                                          : SyncClient::kProbeIntervalMs);
        });
    }

    // Any reply without an answer from the server means it is not reachable: stop, lose nothing.
    bool failed(const Reply &r, const char *step) {
        if (unreachable(r)) {
            qCInfo(lcSync) << step << "offline:" << r.networkError;
            q->setState(State::Offline);
            finish(false, r.networkError);
            return true;
        }
        if (r.status >= 400) {
            const QString msg = r.json()
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
            qCWarning(lcSync) << step << "failed:" << r.status << msg;
            q->setState(State::Syncing);
            finish(false, msg.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status) : msg);
            return true;
        }
        q->setState(State::Syncing);
        return false;
    }

    void ensureClient() {
        if (!q->m_replica.clientId().isEmpty()) return uploadBlobs();
        const QJsonObject body{{QStringLiteral("name"), QSysInfo::machineHostName().left(100)}};
        send("POST", QStringLiteral("/api/v1/clients"),
             QJsonDocument(body).toJson(QJsonDocument::Compact), [this](const Reply &r) {
                 if (failed(r, "register")) return;
                 const QString id = r.json().value(QStringLiteral("client_id")).toString();
                 if (auto s = q->m_replica.setValue(QStringLiteral("client_id"), id);
                     !s || id.isEmpty())
                     return finish(false, QStringLiteral("cannot register this client"));
                 uploadBlobs();
             });
    }

    // Blobs go first so that commands citing them apply instead of waiting (`retry`).
    void uploadBlobs() {
        auto pending = q->m_replica.pending(kPushBatch);
        QStringList todo;
        if (pending)
            for (const Command &c : pending.value())
                for (const QString &sha : blobRefs(c.payload))
                    if (q->m_blobs.has(sha) && !todo.contains(sha)) todo << sha;
        uploadNext(todo, 0);
    }

    void uploadNext(const QStringList &todo, int index) {
        if (index >= todo.size()) return push();
        const QString sha = todo[index];
        emit q->progress(QStringLiteral("upload"), index, todo.size());
        send("HEAD", QStringLiteral("/api/v1/blobs/") + sha, {},
             [this, todo, index, sha](const Reply &r) {
                 if (unreachable(r)) return (void)failed(r, "upload");
                 if (r.status == 200)
                     return uploadNext(todo, index + 1);  // the server has it: no bytes
                 uploadChunk(todo, index, sha, r.uploadOffset.toLongLong());
             });
    }

    void uploadChunk(const QStringList &todo, int index, const QString &sha, qint64 offset) {
        QFile f(q->m_blobs.pathOf(sha));
        if (!f.open(QIODevice::ReadOnly)) return uploadNext(todo, index + 1);
        const qint64 total = f.size();
        f.seek(offset);
        const QByteArray chunk = f.read(kChunk);
        const QByteArray range = "bytes " + QByteArray::number(offset) + '-' +
                                 QByteArray::number(offset + chunk.size() - 1) + '/' +
                                 QByteArray::number(total);
        send("PUT", QStringLiteral("/api/v1/blobs/") + sha, chunk,
             [this, todo, index, sha, total](const Reply &r) {
                 if (unreachable(r)) return (void)failed(r, "upload");
                 const QJsonObject o = r.json();
                 if (r.status == 409) {  // resume where the server is
                     const qint64 at = o.value(QStringLiteral("error"))
                                           .toObject()
                                           .value(QStringLiteral("details"))
                                           .toObject()
                                           .value(QStringLiteral("offset"))
                                           .toInteger();
                     return uploadChunk(todo, index, sha, at);
                 }
                 if (r.status >= 400 || o.value(QStringLiteral("complete")).toBool())
                     return uploadNext(todo,
                                       index + 1);  // a refused file: its command will say why
                 emit q->progress(QStringLiteral("upload"),
                                  o.value(QStringLiteral("offset")).toInteger(), total);
                 uploadChunk(todo, index, sha, o.value(QStringLiteral("offset")).toInteger());
             },
             {{"Content-Range", range}, {"Content-Type", "application/octet-stream"}});
    }

    void push() {
        auto batch = q->m_replica.pending(kPushBatch);
        if (!batch) return finish(false, batch.error().message);
        if (batch->isEmpty()) return pull();
        QJsonArray commands;
        for (const Command &c : batch.value()) commands.append(c.toJson());
        sentUpTo = qMax(sentUpTo, batch->last().seq);
        emit q->progress(QStringLiteral("push"), 0, batch->size());
        const QJsonObject body{{QStringLiteral("client_id"), q->m_replica.clientId()},
                               {QStringLiteral("commands"), commands}};
        send("POST", QStringLiteral("/api/v1/commands"),
             QJsonDocument(body).toJson(QJsonDocument::Compact), [this](const Reply &r) {
                 if (failed(r, "push")) return;
                 const QJsonArray outcomes = r.json().value(QStringLiteral("outcomes")).toArray();
                 auto final = q->m_replica.recordOutcomes(outcomes);
                 if (!final) return finish(false, final.error().message);
                 bool rejected = false;
                 for (const auto &o : outcomes)
                     rejected |= o.toObject().value(QStringLiteral("status")).toString() ==
                                 CommandStatus::Rejected;
                 if (rejected) emit q->problemsChanged();
                 emit q->pendingCountChanged(q->pendingCount());
                 // Stop pushing when nothing became final (a retry or a gap): pull, try later.
                 if (*final > 0 && q->m_replica.pendingCount() > 0) return push();
                 pull();
             });
    }

    void pull() {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(kPullLimit));
        const QString cookie = q->m_replica.cookie();
        if (!cookie.isEmpty()) query.addQueryItem(QStringLiteral("since"), cookie);
        send("GET", QStringLiteral("/api/v1/changes?") + query.toString(QUrl::FullyEncoded), {},
             [this](const Reply &r) {
                 if (failed(r, "pull")) return;
                 const QJsonObject o = r.json();
                 // Absence is never deletion: a body that is not a page stops the sync.
                 if (!o.contains(QStringLiteral("changes")) &&
                     !o.value(QStringLiteral("reset")).toBool())
                     return finish(false, QStringLiteral("the server sent an unreadable page"));
                 if (o.value(QStringLiteral("reset")).toBool()) {
                     if (auto s = q->m_replica.reset(); !s) return finish(false, s.error().message);
                     return pull();
                 }
                 const QJsonArray changes = o.value(QStringLiteral("changes")).toArray();
                 auto applied = q->m_replica.applyPage(q->m_actor, changes,
                                                       o.value(QStringLiteral("cookie")).toString(),
                                                       &q->m_blobs);
                 if (!applied) return finish(false, applied.error().message);
                 emit q->progress(QStringLiteral("pull"), changes.size(), changes.size());
                 emit q->replicaChanged();
                 if (o.value(QStringLiteral("has_more")).toBool()) return pull();
                 finish(true, {});
             });
    }

    // `done(ok, offline)`: offline when no HTTP answer came.
    void download(const QString &sha, const std::function<void(bool, bool)> &done) {
        downloading.insert(sha);
        send("GET", QStringLiteral("/api/v1/blobs/") + sha, {}, [this, sha, done](const Reply &r) {
            downloading.remove(sha);
            // Re-hashed before use: a wrong or truncated download is never stored.
            const bool ok =
                r.status == 200 &&
                QString::fromLatin1(
                    QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex()) == sha &&
                q->m_blobs.put(r.body).ok();
            if (ok)
                emit q->blobReady(sha);
            else
                emit q->blobFailed(sha);
            done(ok, r.status == 0);
        });
    }

    // Prefetch: the queue (models/sync/offlinedocuments), the sizes of the missing documents
    // when there is a cap, the plan under the cap (models/sync/prefetchplan), the downloads.
    void startPrefetch(bool automatic) {
        prefetchAsked |= !automatic;
        if (prefetching) return;
        prefetching = true;
        cancelPrefetch = false;
        auto items = std::make_shared<QList<PrefetchItem>>();
        int missing = 0;
        for (const QString &sha : OfflineDocuments(q->m_replica.db(), q->m_blobs).queue()) {
            const bool here = q->m_blobs.has(sha);
            items->append({sha, here ? q->m_blobs.sizeOf(sha) : -1, here});
            missing += here ? 0 : 1;
        }
        emit q->progress(QStringLiteral("prefetch"), 0, missing);
        if (prefetchCap <= 0 || missing == 0) return planPrefetch(*items, false);
        // The cap needs the sizes first: one HEAD per missing document, all sent at once.
        auto left = std::make_shared<int>(missing);
        auto offline = std::make_shared<bool>(false);
        for (qsizetype i = 0; i < items->size(); ++i) {
            if (items->at(i).here) continue;
            send("HEAD", QStringLiteral("/api/v1/blobs/") + items->at(i).sha256, {},
                 [this, items, left, offline, i](const Reply &r) {
                     if (r.status == 200) (*items)[i].size = r.uploadOffset.toLongLong();
                     *offline |= r.status == 0;
                     if (--*left == 0) planPrefetch(*items, *offline);
                 });
        }
    }

    void planPrefetch(const QList<PrefetchItem> &items, bool offline) {
        const PrefetchPlan plan = PrefetchPlan::make(items, prefetchCap);
        PrefetchReport report;
        report.alreadyHere = plan.alreadyHere;
        report.overCap = plan.overCap;
        report.capBytes = prefetchCap;
        if (offline && !plan.fetch.isEmpty()) {
            report.failed = int(plan.fetch.size());
            report.offline = true;
            return endPrefetch(0, report);
        }
        prefetchNext(plan.fetch, 0, report);
    }

    void prefetchNext(const QStringList &todo, int index, PrefetchReport report) {
        if (cancelPrefetch || index >= todo.size()) {
            report.cancelled = index < todo.size();
            report.cancelledLeft = int(todo.size()) - index;
            return endPrefetch(int(todo.size()), report);
        }
        emit q->progress(QStringLiteral("prefetch"), index, todo.size());
        download(todo[index], [this, todo, index, report](bool ok, bool offline) mutable {
            ++(ok ? report.downloaded : report.failed);
            if (offline) {  // the rest cannot come either: stop, and count them
                report.offline = true;
                report.failed += int(todo.size()) - index - 1;
                return endPrefetch(int(todo.size()), report);
            }
            prefetchNext(todo, index + 1, report);
        });
    }

    void endPrefetch(int total, PrefetchReport report) {
        prefetching = false;
        emit q->progress(QStringLiteral("prefetch"), total, total);
        report.automatic = !prefetchAsked;
        prefetchAsked = false;
        if (report.automatic) {
            report.quiet = !report.cancelled && report.downloaded == 0 &&
                           report.failed == lastAutomatic.failed &&
                           report.offline == lastAutomatic.offline &&
                           report.overCap == lastAutomatic.overCap;
            lastAutomatic = report;
        }
        emit q->prefetchFinished(report);
    }
};

SyncClient::SyncClient(Replica &replica, BlobStore &blobs, Actor actor, QString baseUrl,
                       QString token, QObject *parent)
    : QObject(parent),
      d(std::make_unique<Impl>()),
      m_replica(replica),
      m_blobs(blobs),
      m_actor(std::move(actor)),
      m_baseUrl(std::move(baseUrl)),
      m_token(std::move(token)) {
    d->q = this;
    d->timer.setSingleShot(true);
    connect(&d->timer, &QTimer::timeout, this, &SyncClient::syncNow);
    // Items newly assigned arrive with a pull: a round that ended well fetches their documents.
    connect(this, &SyncClient::syncFinished, this, [this](bool ok) {
        if (ok && d->autoPrefetch && !d->autoPaused) d->startPrefetch(true);
    });
    d->probeTimer.setSingleShot(true);
    connect(&d->probeTimer, &QTimer::timeout, this, &SyncClient::probe);
}

SyncClient::~SyncClient() {
    stop();
}

SyncClient::OutboxSummary SyncClient::outbox() const {
    OutboxSummary o;
    o.pending = pendingCount();
    const auto count = [this](const QString &sql) {
        auto n = m_replica.db().scalar(sql);
        return n ? n->toInt() : 0;
    };
    if (o.pending > 0)
        o.retrying = count(
            QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND tries > 0"));
    o.rejected = count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'rejected'"));
    return o;
}

void SyncClient::startProbing() {
    d->probing = true;
    if (!d->probeReply) d->probeTimer.start(kProbeIntervalMs);
}

void SyncClient::probe() {
    d->probe();
}

void SyncClient::stop() {
    d->probing = false;
    d->probeTimer.stop();
    d->timer.stop();
    d->cancelPrefetch = true;
    // Their answers must not reach a client that is going away.
    QSet<QNetworkReply *> replies = d->inFlight;
    if (d->probeReply) replies.insert(d->probeReply);
    for (QNetworkReply *r : replies) {
        disconnect(r, nullptr, this, nullptr);
        r->abort();
        r->deleteLater();
    }
    d->inFlight.clear();
    d->probeReply = nullptr;
    d->running = false;
    d->again = false;
}

void SyncClient::setState(State s) {
    if (s == m_state) return;
    m_state = s;
    emit stateChanged(s);
}

bool SyncClient::isSyncing() const {
    return d->running;
}

int SyncClient::pendingCount() const {
    return m_replica.pendingCount();
}

Outcome SyncClient::perform(const QString &type, const QString &target, qint64 baseRev,
                            const QJsonObject &payload) {
    const Outcome out = m_replica.perform(m_actor, type, target, baseRev, payload, &m_blobs);
    if (out.status == Outcome::Status::Applied) {
        emit replicaChanged();
        emit pendingCountChanged(pendingCount());
        QTimer::singleShot(0, this, &SyncClient::syncNow);
    }
    return out;
}

Outcome SyncClient::performHeld(const QString &type, const QString &target, qint64 baseRev,
                                const QJsonObject &payload, int holdMs) {
    const Outcome out = m_replica.perform(m_actor, type, target, baseRev, payload, &m_blobs);
    if (out.status == Outcome::Status::Applied) {
        emit replicaChanged();
        emit pendingCountChanged(pendingCount());
        QTimer::singleShot(qMax(0, holdMs), this, &SyncClient::syncNow);
    }
    return out;
}

Status SyncClient::withdraw(qint64 seq) {
    if (seq <= d->sentUpTo)
        return makeError(ErrorCode::Conflict,
                         tr("This change has already been sent to the server, so it cannot be "
                            "taken back."));
    auto done = m_replica.withdraw(m_actor, seq, &m_blobs);
    if (!done) return done;
    emit replicaChanged();
    emit pendingCountChanged(pendingCount());
    return Ok{};
}

bool SyncClient::mayWithdraw(qint64 seq) const {
    if (seq <= d->sentUpTo) return false;
    // Pending and the newest: Replica::withdraw's rule, so Undo is offered only when it works.
    auto newest = m_replica.db().one(
        QStringLiteral("SELECT seq, status FROM outbox ORDER BY seq DESC LIMIT 1"));
    return newest && newest->has_value() &&
           (**newest).value(QStringLiteral("seq")).toLongLong() == seq &&
           (**newest).value(QStringLiteral("status")).toString() == CommandStatus::Pending;
}

void SyncClient::performOnline(const QString &type, const QString &target,
                               const QJsonObject &payload,
                               const std::function<void(const Outcome &)> &done) {
    const QJsonObject body{{QStringLiteral("id"), newId()},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("target"), target},
                           {QStringLiteral("payload"), payload}};
    QPointer<SyncClient> self(this);
    d->send("POST", QStringLiteral("/api/v1/commands/now"),
            QJsonDocument(body).toJson(QJsonDocument::Compact), [self, done](const Reply &r) {
                if (self.isNull()) return;
                Outcome out;
                if (unreachable(r)) {
                    out.status = Outcome::Status::Retry;
                    out.error = makeError(
                        "offline", tr("The server cannot be reached, so nothing was changed. "
                                      "This needs a connection: try again when you are online."));
                    if (self->m_state != State::Offline) self->setState(State::Offline);
                    return done(out);
                }
                if (self->m_state == State::Offline) self->setState(State::Idle);
                const QJsonObject o = r.json();
                if (r.status >= 400 && !o.contains(QStringLiteral("status"))) {
                    out.error = Error::fromJson(o.value(QStringLiteral("error")).toObject());
                    if (out.error.code.isEmpty())
                        out.error = makeError(ErrorCode::Internal,
                                              tr("The server answered HTTP %1.").arg(r.status));
                    return done(out);
                }
                out = Outcome::fromJson(o);
                if (out.status == Outcome::Status::Applied) self->syncNow();
                done(out);
            });
}

void SyncClient::getJson(const QString &path,
                         const std::function<void(const QJsonObject &)> &done) {
    QPointer<SyncClient> self(this);
    d->send("GET", path, {}, [self, done](const Reply &r) {
        if (self.isNull()) return;
        done(r.status == 200 ? r.json() : QJsonObject());
    });
}

Result<QString> SyncClient::attachFile(const QString &path, const UploadRule &rule,
                                       const QString &field) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("The file %1 cannot be read.").arg(path), field);
    auto ok = rule.check(f, path, field);
    if (!ok) return ok.error();
    f.seek(0);
    return m_blobs.put(f.readAll());
}

QString SyncClient::blobPath(const QString &sha) {
    if (m_blobs.has(sha)) return m_blobs.pathOf(sha);
    if (BlobStore::isValidHash(sha) && !d->downloading.contains(sha) && isOnline())
        d->download(sha, [](bool, bool) {});
    return {};
}

void SyncClient::startAutoSync(int intervalMs) {
    d->intervalMs = intervalMs;
    d->timer.start(intervalMs);
    startProbing();
}

void SyncClient::syncNow() {
    if (d->running) {
        d->again = true;
        return;
    }
    d->running = true;
    d->timer.stop();
    d->ensureClient();
}

void SyncClient::prefetch() {
    d->autoPaused = false;
    d->startPrefetch(false);
}

void SyncClient::configurePrefetch(const PrefetchSettings &settings) {
    d->autoPrefetch = settings.automatic;
    d->prefetchCap = settings.capBytes;
}

bool SyncClient::isPrefetching() const {
    return d->prefetching;
}

bool SyncClient::isDownloading(const QString &sha) const {
    return d->downloading.contains(sha);
}

void SyncClient::cancelPrefetch() {
    d->cancelPrefetch = true;
    d->autoPaused = d->prefetching;
}

}  // namespace dx
