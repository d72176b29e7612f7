#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

#include "models/commands/command.h"
#include "models/store/database.h"

namespace dx {

class BlobStore;

/// A command the server refused, for the "sync problems" view.
struct SyncProblem {
    qint64 seq = 0;
    QString commandId;
    QString type;
    QString target;
    QJsonObject payload;
    Error error;  ///< the server's reason; details.current holds its state on a conflict
    qint64 issuedAt = 0;
};

/// The client's local copy of the user's scoped view (docs/ARCHITECTURE.md):
/// the server's schema and rows, plus the outbox of commands not yet acknowledged.
/// A user action runs the same command code against the replica and appends its outbox row in
/// one transaction. A pulled page, its rebase (undo local effects, apply server rows, re-apply
/// still-pending commands) and its cookie commit together. No network code here.
class Replica {
public:
    static Result<std::unique_ptr<Replica>> open(const QString &path,
                                                 const QString &connectionName);

    Database &db() { return *m_db; }

    // Sync state (one row each in `sync_state`).
    QString value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);
    QString clientId() const { return value(QStringLiteral("client_id")); }
    QString cookie() const { return value(QStringLiteral("cookie")); }

    /// Runs a user action locally and queues it. A command the local rules refuse is not
    /// queued: the user sees the same typed error the server would give.
    Outcome perform(const Actor &actor, const QString &type, const QString &target, qint64 baseRev,
                    const QJsonObject &payload, BlobStore *blobs = nullptr);

    /// Commands waiting for the server, in seq order, with their seq set.
    Result<QList<Command>> pending(int max = 1000) const;
    int pendingCount() const;
    /// Takes back a queued command the user changed their mind about (the review desk's Undo):
    /// removes its outbox row and its local effect, and re-applies the commands still pending,
    /// in one transaction. Refused when `seq` is no longer pending, or is not the newest command
    /// (the server takes seqs gapless, so a hole would stall the queue). The caller (SyncClient)
    /// must also refuse a command it has already sent: this class does no network code.
    Status withdraw(const Actor &actor, qint64 seq, BlobStore *blobs = nullptr);
    /// Records the server's answers to a push: applied → done, rejected → sync problems,
    /// retry → stays queued. Returns how many are final now.
    Result<int> recordOutcomes(const QJsonArray &outcomes);

    /// Applies one page of GET /api/v1/changes, rebasing pending commands on top, with its cookie.
    Status applyPage(const Actor &actor, const QJsonArray &changes, const QString &cookie,
                     BlobStore *blobs = nullptr);
    /// The server answered `reset`: forget its rows and the cookie, keep the outbox.
    Status reset();

    QList<SyncProblem> problems() const;
    /// The user has read a problem and dismissed it.
    Status dismissProblem(qint64 seq);

    /// Tables the feed may write, and only these.
    static const QStringList &syncedTables();

private:
    explicit Replica(std::shared_ptr<Database> db) : m_db(std::move(db)) {}
    Status undoLocalEffects();
    Status upsertRow(const QString &table, const QJsonObject &data);
    Status reapplyPending(const Actor &actor, BlobStore *blobs);

    std::shared_ptr<Database> m_db;
    QHash<QString, QSet<QString>> m_columns;  ///< table → column names
};

}  // namespace dx
