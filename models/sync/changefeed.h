#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "models/auth/visibility.h"
#include "models/core/result.h"

namespace dx {

class Database;
class ChangeFeedCache;

/// The server's change feed: every write records the row's new snapshot under a fresh rev,
/// and a pull returns the rows a caller may see since its cookie (docs/ARCHITECTURE.md).
class ChangeFeed {
public:
    /// Allocates the next change number inside the caller's write transaction. Numbers come from
    /// one counter row, so a reader never sees a larger committed number before a smaller one.
    static Result<qint64> nextRev(Database &db);

    /// Records `data` as the current snapshot of (entity, id) and returns its rev. Older change
    /// rows of the same entity are compacted away; when the scope moved, a tombstone is left
    /// in the old scope so that clients there drop the row.
    static Result<qint64> record(Database &db, const QString &entity, const QString &id,
                                 const QJsonObject &data, const Scope &scope,
                                 const std::optional<Scope> &previousScope = std::nullopt);
    /// Reads the row `id` of `table` (minus secret columns), records it, and stamps its rev.
    static Result<qint64> publishRow(Database &db, const QString &table, const QString &id,
                                     const Scope &scope,
                                     const std::optional<Scope> &previousScope = std::nullopt);
    static Result<qint64> recordDeletion(Database &db, const QString &entity, const QString &id,
                                         const Scope &scope);

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
