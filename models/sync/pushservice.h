#pragma once

#include <QJsonArray>
#include <QList>

#include <optional>

#include "models/auth/sessionservice.h"
#include "models/commands/command.h"
#include "models/commands/servercommandservices.h"

namespace dx {

class AuditLog;
class BlobStore;

/// The server side of push (docs/ARCHITECTURE.md): commands of one client applied in `seq`
/// order, exactly once; a stored outcome for a replay; a gap answered as a gap; `retry` for a
/// missing blob until it becomes `rejected` after kMaxTries.
class PushService {
public:
    static constexpr int kMaxTries = 10;

    /// `lockout`: see CommandProcessor.
    PushService(Database &db, const AuditLog *audit, BlobStore *blobs, SessionPolicy lockout = {})
        : m_db(db), m_services(audit, lockout), m_blobs(blobs) {}

    /// Registers an installation for the actor; returns its client_id.
    Result<QString> registerClient(const Actor &actor, const QString &name, qint64 now);

    struct Reply {
        QJsonArray outcomes;  ///< one per processed command: {id, seq, status, rev|error}
        qint64 lastSeq = 0;
    };
    Result<Reply> push(const Actor &actor, const QString &clientId, const QList<Command> &commands,
                       qint64 now);

    /// POST /api/v1/commands/now: one command run at once, outside any client's outbox, and,
    /// like a pushed one, at most once by its id: a repeat is answered with the first outcome
    /// (`replayed`) for its own user and `duplicate` for anybody else, and changes nothing.
    struct NowReply {
        Outcome outcome;
        bool replayed = false;  ///< the id was seen before: outcome is the first one's
    };
    NowReply runNow(const Actor &actor, const Command &command, qint64 now);

private:
    /// The answer to a command id seen before (pushed or run now): the first outcome marked
    /// `replayed` for its own user, `duplicate` for anybody else; nullopt when the id is new.
    Result<std::optional<QJsonObject>> earlierAnswer(const Actor &actor, const QString &commandId);
    /// Is the id recorded anywhere yet? Checked again inside the effect's transaction.
    Status checkIdUnused(const QString &commandId);

    /// When command `c.id` was pushed before (under any seq or client), records `c.seq` as used
    /// and returns the answer: the first outcome marked `replayed` for its own user, `duplicate`
    /// for anybody else. An empty object when the id is new.
    Result<QJsonObject> answerRepeat(const Actor &actor, const QString &clientId, const Command &c,
                                     qint64 lastSeq, qint64 now);

    Database &m_db;
    ServerCommandServices m_services;
    BlobStore *m_blobs;
};

}  // namespace dx
