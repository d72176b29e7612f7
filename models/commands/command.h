#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

#include "models/auth/actor.h"
#include "models/core/result.h"

namespace dx {

class Database;
class BlobStore;
class AuditLog;

/// A user's intent, the unit of change and of sync: `{id, type, target, base_rev, payload}`.
struct Command {
    QString id;           ///< UUID made where the user acted; the idempotency key end to end
    QString type;         ///< e.g. "certification.decide"
    QString target;       ///< id of the entity acted on, empty for creations
    qint64 baseRev = -1;  ///< the rev the user saw; -1 when not given
    QJsonObject payload;
    qint64 issuedAt = 0;
    qint64 seq = 0;  ///< per-client, gapless; 0 for direct calls without a client

    static Result<Command> fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

/// What a command came to: applied (with the new rev), rejected (typed error) or retry.
struct Outcome {
    enum class Status { Applied, Rejected, Retry };
    Status status = Status::Rejected;
    qint64 rev = 0;
    QJsonObject result;  ///< ids created etc.
    Error error;

    QString statusName() const;
    QJsonObject toJson() const;
    static Outcome fromJson(const QJsonObject &o);
};

/// Everything a command handler may touch, passed in (no singletons).
struct CommandContext {
    Database &db;
    const Actor &actor;
    qint64 now;
    BlobStore *blobs;    ///< null on a client replica that lacks the blob bytes
    qint64 lastRev = 0;  ///< the highest rev the handler published
};

/// A command handler: validate → authorize → transition → base_rev → apply. Runs inside the
/// processor's transaction; returns the result object or a typed error.
using CommandHandler = std::function<Result<QJsonObject>(CommandContext &, const Command &)>;

}  // namespace dx
