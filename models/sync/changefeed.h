#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "models/auth/visibility.h"
#include "models/core/result.h"

namespace dx {

class Database;

/// The writing side of the change feed: every write records the row's new snapshot under a fresh
/// rev, in the command's transaction (docs/ARCHITECTURE.md). Commands call it on the server and in
/// the replica alike; reading the feed is FeedReader's, on the server only.
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
};

}  // namespace dx
