#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <optional>

#include "models/core/result.h"

namespace dx {

/// One connection to the store (embedded SQLite, or PostgreSQL for several server processes),
/// with small typed query helpers. Used by one thread at a time.
class Database {
public:
    enum class Dialect { SQLite, PostgreSQL };

    /// Opens `location`, then migrates: a `postgresql://user[:password]@host[:port]/dbname
    /// [?host=/socket/dir&…]` URL, or else the path of a SQLite file.
    static Result<std::shared_ptr<Database>> open(const QString &location,
                                                  const QString &connectionName);
    static bool isPostgresUrl(const QString &location);
    /// Opens (creating if needed) the SQLite file with WAL and synchronous=FULL, then migrates.
    static Result<std::shared_ptr<Database>> openSqlite(const QString &path,
                                                        const QString &connectionName);
    /// Connects to PostgreSQL (the database must exist), then migrates.
    static Result<std::shared_ptr<Database>> openPostgres(const QString &url,
                                                          const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase &connection() { return m_db; }
    QString path() const { return m_path; }  ///< the location it was opened with

    /// Runs one statement with positional `?` binds.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    /// Runs an INSERT/UPDATE/DELETE and returns how many rows it changed.
    Result<int> change(const QString &sql, const QVariantList &binds = {});
    /// First row as a column→value map, or nullopt when there is none.
    Result<std::optional<QVariantMap>> one(const QString &sql, const QVariantList &binds = {});
    Result<QList<QVariantMap>> all(const QString &sql, const QVariantList &binds = {});
    /// Single scalar of the first row, or an invalid QVariant.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {});

    /// Starts a write transaction; inside one, a savepoint. Writers are serialized, as SQLite
    /// does with BEGIN IMMEDIATE: on PostgreSQL every write transaction first takes one
    /// transaction-level advisory lock (docs/STORAGE.md), so a command's reads and checks see
    /// exactly what the writers before it committed, and change numbers commit in order.
    Status beginWrite();
    /// Starts a read transaction: one consistent snapshot for several SELECTs.
    Status beginRead();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    /// A client replica: the same schema and commands, but revs belong to the server; local
    /// command effects are journalled in `changes` instead of being numbered (models/sync/replica).
    void setReplica(bool replica) { m_replica = replica; }
    bool isReplica() const { return m_replica; }

    /// Turns off fsync for bulk tools (seed-demo); never used by the server's request path.
    void setBulkMode(bool on);

private:
    Database() = default;
    Error sqlError(const QSqlQuery &q, const QString &sql) const;
    bool forwardOnly() const;
    QVariant bindable(const QVariant &value) const;
    Result<QSqlQuery> run(const QString &sql, const QVariantList &binds, bool cached);

    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;  ///< prepared once per connection
    QString m_connectionName;
    QString m_path;
    Dialect m_dialect = Dialect::SQLite;
    int m_depth = 0;  ///< transaction nesting; > 1 means savepoints
    bool m_replica = false;
};

using DatabasePtr = std::shared_ptr<Database>;

}  // namespace dx
