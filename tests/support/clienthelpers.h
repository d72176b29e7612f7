#pragma once
// The desktop client's headless core (models/client/) against a real dxserver, for the sync and
// UI tests: the actor of a signed-in user, and one installation of the client: its replica and
// blob store in a directory, a SyncClient, and the Workbench the workspaces take.
// Header-only: the tests that include it link dxclient (dxtestsupport does not).

#include <QJsonObject>
#include <QList>
#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <QVariant>

#include <memory>

#include "models/auth/actor.h"
#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "tests/support/httpclient.h"

namespace dx::test {

/// The actor of the signed-in user, from GET /api/v1/me.
inline Actor actorFrom(HttpClient &http) {
    return Actor::fromJson(
        http.get(QStringLiteral("/api/v1/me")).json().value(QLatin1String("user")).toObject());
}

/// One installation of the desktop client for a signed-in user: the replica
/// `dir`/replica.sqlite (opened under the SQL connection name `connection`), the blob store
/// `dir`/blobs, a SyncClient, and the Workbench over them, as app/main.cpp builds them.
struct LocalClient {
    std::unique_ptr<Replica> replica;
    std::unique_ptr<BlobStore> blobs;
    std::unique_ptr<SyncClient> sync;
    std::unique_ptr<Workbench> wb;

    LocalClient() = default;
    LocalClient(const QString &dir, const QString &connection, const Actor &actor,
                const QString &baseUrl, const QString &token) {
        open(dir, connection, actor, baseUrl, token);
    }

    void open(const QString &dir, const QString &connection, const Actor &actor,
              const QString &baseUrl, const QString &token) {
        auto r = Replica::open(dir + QStringLiteral("/replica.sqlite"), connection);
        if (!r) qFatal("replica: %s", qPrintable(r.error().message));
        replica = std::move(r.value());
        blobs = std::make_unique<BlobStore>(dir + QStringLiteral("/blobs"));
        sync = std::make_unique<SyncClient>(*replica, *blobs, actor, baseUrl, token);
        wb = std::make_unique<Workbench>(Workbench{actor, *replica, *sync, *blobs});
    }

    /// One sync round (push, pull); true when it finished without error.
    bool syncOnce(int timeoutMs = 60000) {
        // A round already running (e.g. scheduled by a local action) finishes first: the
        // answer must come from a round that starts now.
        for (int i = 0; i < 600 && sync->isSyncing(); ++i) QTest::qWait(100);
        QSignalSpy done(sync.get(), &SyncClient::syncFinished);
        sync->syncNow();
        if (!done.wait(timeoutMs)) return false;
        return done.first().first().toBool();
    }

    /// Syncs until nothing waits to be pushed and a round ended cleanly (at most 5 rounds): a
    /// local action schedules a round of its own, which may take the command first.
    bool syncAll() {
        for (int round = 0; round < 5; ++round)
            if (syncOnce() && sync->pendingCount() == 0 && sync->state() == SyncClient::State::Idle)
                return true;
        return false;
    }

    /// Downloads every document of the pending applications; true when all arrived.
    bool prefetchAll() {
        QSignalSpy progress(sync.get(), &SyncClient::progress);
        sync->prefetch();
        const auto finished = [&progress] {
            for (const QList<QVariant> &p : progress)
                if (p.at(0).toString() == QLatin1String("prefetch") &&
                    p.at(1).toLongLong() == p.at(2).toLongLong())
                    return true;
            return false;
        };
        for (int waited = 0; !finished() && waited < 120000; waited += 50) QTest::qWait(50);
        return finished();
    }

    /// The first column of the first row of `sql` on the replica, as an int (-1 on failure).
    int count(const QString &sql, const QVariantList &binds = {}) const {
        auto n = replica->db().scalar(sql, binds);
        return n ? n->toInt() : -1;
    }
};

}  // namespace dx::test
