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
#include "models/client/localworkbench.h"
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

/// One installation of the desktop client for a signed-in user, opened by the client's own
/// LocalWorkbench (models/client/localworkbench.h) as app/main.cpp opens it, plus the sync loops
/// tests wait on.
struct LocalClient : LocalWorkbench {
    LocalClient() = default;
    LocalClient(const QString &dir, const QString &connection, const Actor &actor,
                const QString &baseUrl, const QString &token) {
        open(dir, connection, actor, baseUrl, token);
    }

    void open(const QString &dir, const QString &connection, const Actor &actor,
              const QString &baseUrl, const QString &token) {
        auto local = LocalWorkbench::open(dir, actor, baseUrl, token, connection);
        if (!local) qFatal("replica: %s", qPrintable(local.error().message));
        static_cast<LocalWorkbench &>(*this) = std::move(**local);
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
