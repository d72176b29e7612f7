#pragma once
// The desktop client's workbench against a real dxserver, for the workspace tests: a signed-in
// user, a replica and blob store in a temporary directory, and a SyncClient that has synced.

#include <QJsonObject>
#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <memory>

#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "tests/support/httpclient.h"

namespace dx::test {

/// The actor of the signed-in user, from GET /api/v1/me.
inline Actor actorFrom(HttpClient &http) {
    const QJsonObject u =
        http.get(QStringLiteral("/api/v1/me")).json().value(QLatin1String("user")).toObject();
    Actor a{
        u.value(QLatin1String("id")).toString(),     u.value(QLatin1String("username")).toString(),
        u.value(QLatin1String("role")).toString(),   u.value(QLatin1String("org_id")).toString(),
        u.value(QLatin1String("region")).toString(), {}};
    // A provider's sub-account acts within its menus, as the client's Session gives them.
    a.subAccount = u.value(QLatin1String("sub_account")).toBool() ||
                   !u.value(QLatin1String("parent_user_id")).toString().isEmpty();
    const QJsonValue menus = u.value(QLatin1String("permissions"));
    a.permissions = menus.isArray() ? menus.toVariant().toStringList()
                                    : menus.toString().split(u',', Qt::SkipEmptyParts);
    return a;
}

/// One installation of the desktop client, signed in as `username`.
struct ClientBench {
    HttpClient http;
    Actor actor;
    std::unique_ptr<Replica> replica;
    std::unique_ptr<BlobStore> blobs;
    std::unique_ptr<SyncClient> sync;
    std::unique_ptr<Workbench> wb;

    ClientBench(const QString &baseUrl, const QString &dir, const QString &connection,
                const QString &username, const QString &password)
        : http(baseUrl) {
        const QString token = http.login(username, password);
        if (token.isEmpty()) qFatal("cannot sign in as %s", qPrintable(username));
        actor = actorFrom(http);
        auto r = Replica::open(dir + QStringLiteral("/replica.sqlite"), connection);
        if (!r) qFatal("replica: %s", qPrintable(r.error().message));
        replica = std::move(r.value());
        blobs = std::make_unique<BlobStore>(dir + QStringLiteral("/blobs"));
        sync = std::make_unique<SyncClient>(*replica, *blobs, actor, baseUrl, token);
        wb = std::make_unique<Workbench>(Workbench{actor, *replica, *sync, *blobs});
    }

    /// One sync round (push, pull); true when it finished without error.
    bool syncOnce() {
        // A round already running (e.g. scheduled by a local action) finishes first: the
        // answer must come from a round that starts now.
        for (int i = 0; i < 600 && sync->isSyncing(); ++i) QTest::qWait(100);
        QSignalSpy done(sync.get(), &SyncClient::syncFinished);
        sync->syncNow();
        if (!done.wait(60000)) return false;
        return done.first().first().toBool();
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

    int count(const QString &sql, const QVariantList &binds = {}) const {
        auto n = replica->db().scalar(sql, binds);
        return n ? n->toInt() : -1;
    }
};

}  // namespace dx::test
