#pragma once

#include <QHash>

#include "models/commands/command.h"
#include "models/commands/commandservices.h"

namespace dx {

/// What the processor needs to know about a command type besides its handler.
struct CommandSpec {
    CommandHandler handler;
    bool allowAnonymous = false;  ///< e.g. account.register
    /// Optional slow, pure work done before the transaction opens (e.g. hashing a password,
    /// ~0.4 s), so that the database's write lock is never held for it.
    std::function<Result<Command>(const Command &)> prepare = {};
    /// The menu (Menu::*) a sub-account must have been granted; empty: no menu restriction.
    QString permission = {};
    /// Like `prepare`, for slow work that needs what the store holds, read-only and outside the
    /// write transaction: verifying a current password and the last five (one PBKDF2 each,
    /// ~0.4 s) inside it would hold SQLite's single write lock for seconds. Runs after `prepare`,
    /// only for an actor the table lets in. What it read may change before the transaction
    /// opens, so it passes what it relied on (e.g. the hash it verified against) in the payload
    /// and the handler re-checks that under the lock. `now` is the processor's time.
    /// `services` is the server's (null in the replica), for a command that checks a password.
    std::function<Result<Command>(Database &, const Actor &, const Command &,
                                  CommandServices *services, qint64 now)>
        prepareRead = {};
    /// The command ends sessions or changes what an account may do (sub-account deleted,
    /// permissions changed, password reset): the server drops its cached actors when it applies.
    bool changesSessions = false;
};

/// The table of every command type; each area adds its own (registerCertificationCommands …).
using CommandTable = QHash<QString, CommandSpec>;
const CommandTable &commandTable();

/// The one funnel for every state change (docs/ARCHITECTURE.md): runs a command's handler in one
/// transaction, appends the audit record, and lets the caller write its own bookkeeping
/// (the client's seq and stored outcome) into the same transaction. Nothing half-written.
class CommandProcessor {
public:
    /// `services`: the server's audit chain, sign-in attempts and session cache; null in the
    /// replica, which audits nothing and leaves password checks to the server.
    CommandProcessor(Database &db, CommandServices *services, BlobStore *blobs)
        : m_db(db), m_services(services), m_blobs(blobs) {}

    /// Called inside the transaction that holds the effect (or, for a rejection, the empty
    /// effect), so that outcome records commit together with it.
    /// It may turn a `retry` into a `rejected` (after too many tries).
    using Bookkeeping = std::function<Status(Outcome &)>;

    Outcome execute(const Actor &actor, const Command &command, const Bookkeeping &within = {},
                    qint64 now = 0);

private:
    Status finish(const Actor &actor, const Command &command, Outcome &outcome, qint64 now,
                  const Bookkeeping &within);

    Database &m_db;
    CommandServices *m_services;
    BlobStore *m_blobs;
};

}  // namespace dx
