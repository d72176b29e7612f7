#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include "models/auth/actor.h"
#include "models/core/result.h"

namespace dx {

class ChangeFeedCache;
class Database;

/// The reading side of the change feed (server only): one page of the rows a caller may see
/// since its cookie, answered for GET /api/v1/changes.
class FeedReader {
public:
    struct Page {
        /// The JSON array text [{rev, entity, id, op: "upsert"|"delete", data}], spliced from
        /// the stored snapshots without re-parsing them.
        QByteArray changesJson = "[]";
        QString cookie;
        bool hasMore = false;
        bool reset = false;
        qint64 lastSeq = 0;

        QJsonArray changes() const;
        /// The whole response body of GET /api/v1/changes.
        QByteArray toJson() const;
    };
    /// One page from one consistent snapshot. An unknown cookie, another epoch or another scope
    /// answers `reset`. `clientId` (may be empty) yields the acknowledged `last_seq`.
    static Result<Page> pull(Database &db, const Actor &actor, const QString &since, int limit,
                             const QString &clientId, ChangeFeedCache *cache = nullptr);

    static QString makeCookie(const QString &epoch, qint64 rev, const QString &scopeKey);
};

}  // namespace dx
