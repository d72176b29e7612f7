#include "models/store/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include "models/store/migrations.h"

Q_LOGGING_CATEGORY(lcStore, "dx.store")

namespace dx {

namespace {
class DatabaseTr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};
}  // namespace

// The one advisory lock every PostgreSQL write transaction takes ("dxwrite" in ASCII).
constexpr qint64 kWriteLockKey = 0x6478777269746500LL;

bool Database::isPostgresUrl(const QString &location) {
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

Result<DatabasePtr> Database::open(const QString &location, const QString &connectionName) {
    return isPostgresUrl(location) ? openPostgres(location, connectionName)
                                   : openSqlite(location, connectionName);
}

Result<DatabasePtr> Database::openPostgres(const QString &url, const QString &connectionName) {
    const QUrl u(url);
    const QString dbName = u.path().mid(1);
    if (!u.isValid() || dbName.isEmpty())
        return makeError(ErrorCode::Invalid,
                         DatabaseTr::tr("“%1” is not a PostgreSQL URL of the form "
                                        "postgresql://user@host:port/dbname.")
                             .arg(u.toDisplayString(QUrl::RemovePassword)),
                         QStringLiteral("db"));
    std::shared_ptr<Database> d(new Database);
    d->m_connectionName = connectionName;
    d->m_path = url;
    d->m_dialect = Dialect::PostgreSQL;
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    d->m_db.setDatabaseName(dbName);
    d->m_db.setHostName(u.host());
    if (u.port() > 0) d->m_db.setPort(u.port());
    d->m_db.setUserName(u.userName());
    d->m_db.setPassword(u.password(QUrl::FullyDecoded));
    // libpq options pass through (sslmode, connect_timeout…); host= names a socket directory.
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(u).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            d->m_db.setHostName(value);
        else
            options << key + u'=' + value;
    }
    d->m_db.setConnectOptions(options.join(u';'));
    if (!d->m_db.open()) {
        return makeError(ErrorCode::Internal, DatabaseTr::tr("Cannot open the database %1: %2")
                                                  .arg(u.toDisplayString(QUrl::RemovePassword),
                                                       d->m_db.lastError().text()));
    }
    for (const auto *setting : {"SET client_min_messages = warning",
                                "SET default_transaction_isolation = 'read committed'"}) {
        auto r = d->exec(QString::fromLatin1(setting));
        if (!r) return r.error();
    }
    auto migrated = Migrations::run(*d);
    if (!migrated) return migrated.error();
    return d;
}

Result<DatabasePtr> Database::openSqlite(const QString &path, const QString &connectionName) {
    std::shared_ptr<Database> d(new Database);
    d->m_connectionName = connectionName;
    d->m_path = path;
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    d->m_db.setDatabaseName(path);
    d->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!d->m_db.open()) {
        return makeError(ErrorCode::Internal, DatabaseTr::tr("Cannot open the database %1: %2")
                                                  .arg(path, d->m_db.lastError().text()));
    }
    for (const auto *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=30000"}) {
        auto r = d->exec(QString::fromLatin1(pragma));
        if (!r) return r.error();
    }
    auto migrated = Migrations::run(*d);
    if (!migrated) return migrated.error();
    return d;
}

Database::~Database() {
    while (m_depth > 0) rollback();
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error Database::sqlError(const QSqlQuery &q, const QString &sql) const {
    // Contention, not a fault: the caller's transaction is rolled back and tried again
    // (CommandProcessor), and a client that still meets it is told `busy`, never `internal`.
    // PostgreSQL: serialization failure, deadlock, lock timeout; SQLite: SQLITE_BUSY/LOCKED.
    static const QStringList kContended{QStringLiteral("40001"), QStringLiteral("40P01"),
                                        QStringLiteral("55P03"), QStringLiteral("5"),
                                        QStringLiteral("6")};
    const QString state = q.lastError().nativeErrorCode();
    if (kContended.contains(state)) {
        qCInfo(lcStore) << "contended:" << state << q.lastError().text();
        return makeError(ErrorCode::Busy,
                         DatabaseTr::tr("The server is busy; please try again in a moment."));
    }
    qCWarning(lcStore) << "SQL failed:" << state << q.lastError().text() << "in" << sql.left(200);
    return makeError(
        ErrorCode::Internal,
        DatabaseTr::tr("The database reported an error: %1").arg(q.lastError().text()));
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &binds, bool cached) {
    // Preparing is a large part of a small statement's cost; statements that are read at once
    // (writes, one(), all(), scalar()) reuse their prepared query. A SELECT handed to a caller
    // for iteration gets its own, so a nested query of the same text cannot disturb it.
    QSqlQuery fresh(m_db);
    if (m_dialect == Dialect::PostgreSQL && binds.isEmpty()) {
        // PostgreSQL prepares only SELECT/INSERT/UPDATE/DELETE: BEGIN, SAVEPOINT, SET and DDL
        // (which never take binds) are sent as they are.
        if (!fresh.exec(sql)) return sqlError(fresh, sql);
        return fresh;
    }
    QSqlQuery *q = &fresh;
    if (cached) {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            QSqlQuery prepared(m_db);
            prepared.setForwardOnly(forwardOnly());
            if (!prepared.prepare(sql)) return sqlError(prepared, sql);
            it = m_statements.insert(sql, prepared);
        }
        q = &it.value();
        q->finish();
    } else {
        fresh.setForwardOnly(forwardOnly());
        if (!fresh.prepare(sql)) return sqlError(fresh, sql);
    }
    for (int i = 0; i < binds.size(); ++i) q->bindValue(i, bindable(binds.at(i)));
    if (!q->exec()) return sqlError(*q, sql);
    // A statement left open would pin this connection to an old snapshot: reset it now unless
    // the caller reads rows from it (which one(), all() and scalar() finish themselves).
    if (cached && !q->isSelect()) q->finish();
    if (!cached) return fresh;
    // The copy shares the cached statement's result (implicit sharing); it is read before the
    // same statement runs again on this connection (one thread per connection).
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    return QSqlQuery(*q);
    QT_WARNING_POP
}

bool Database::forwardOnly() const {
    // QPSQL runs a forward-only query in libpq's single-row mode, which allows one unfinished
    // result per connection: a query nested in another's loop would cut the outer one short.
    return m_dialect == Dialect::SQLite;
}

QVariant Database::bindable(const QVariant &b) const {
    // Our columns are NOT NULL with '' defaults: an unset QString binds as '' not NULL.
    if (b.typeId() == QMetaType::QString && b.toString().isNull()) return QStringLiteral("");
    // Flags are INTEGER 0/1 columns; PostgreSQL will not put a boolean into one.
    if (b.typeId() == QMetaType::Bool) return b.toBool() ? 1 : 0;
    return b;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds) {
    const bool select = sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive);
    return run(sql, binds,
               !select && !sql.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive));
}

Result<int> Database::change(const QString &sql, const QVariantList &binds) {
    QSqlQuery q(m_db);
    if (m_dialect == Dialect::PostgreSQL && binds.isEmpty()) {
        if (!q.exec(sql)) return sqlError(q, sql);
        return q.numRowsAffected();
    }
    q.setForwardOnly(forwardOnly());
    if (!q.prepare(sql)) return sqlError(q, sql);
    for (int i = 0; i < binds.size(); ++i) q.bindValue(i, bindable(binds.at(i)));
    if (!q.exec()) return sqlError(q, sql);
    return q.numRowsAffected();
}

Result<std::optional<QVariantMap>> Database::one(const QString &sql, const QVariantList &binds) {
    auto r = run(sql, binds, true);
    if (!r) return r.error();
    QSqlQuery &q = r.value();
    if (!q.next()) {
        q.finish();
        return std::optional<QVariantMap>{};
    }
    QVariantMap row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i) row.insert(rec.fieldName(i), q.value(i));
    q.finish();
    return std::optional<QVariantMap>{row};
}

Result<QList<QVariantMap>> Database::all(const QString &sql, const QVariantList &binds) {
    auto r = run(sql, binds, true);
    if (!r) return r.error();
    QSqlQuery &q = r.value();
    QList<QVariantMap> rows;
    const QSqlRecord rec = q.record();
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i) row.insert(rec.fieldName(i), q.value(i));
        rows.append(row);
    }
    q.finish();
    return rows;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &binds) {
    auto r = run(sql, binds, true);
    if (!r) return r.error();
    QSqlQuery &q = r.value();
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

Status Database::beginWrite() {
    // Nested: a savepoint, so that a command can run inside a larger transaction
    // (a replica rebase re-applies pending commands inside the pull's transaction).
    if (m_depth > 0) {
        auto r = exec(QStringLiteral("SAVEPOINT dx_sp%1").arg(m_depth));
        if (!r) return r.error();
        ++m_depth;
        return Ok{};
    }
    auto r = exec(m_dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                               : QStringLiteral("BEGIN"));
    if (!r) return r.error();
    m_depth = 1;
    if (m_dialect == Dialect::PostgreSQL) {
        // Held until COMMIT or ROLLBACK. Change numbers come from the counter row inside this
        // transaction, so a reader can never see rev N committed before rev N-1.
        auto lock = exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kWriteLockKey});
        if (!lock) {
            rollback();
            return lock.error();
        }
    }
    return Ok{};
}

Status Database::beginRead() {
    if (m_depth > 0) return beginWrite();
    auto r = exec(m_dialect == Dialect::SQLite
                      ? QStringLiteral("BEGIN")
                      : QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    if (!r) return r.error();
    m_depth = 1;
    return Ok{};
}

Status Database::commit() {
    if (m_depth > 1) {
        --m_depth;
        auto r = exec(QStringLiteral("RELEASE SAVEPOINT dx_sp%1").arg(m_depth));
        if (!r) return r.error();
        return Ok{};
    }
    auto r = exec(QStringLiteral("COMMIT"));
    m_depth = 0;
    if (!r) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
        return r.error();
    }
    return Ok{};
}

void Database::rollback() {
    if (m_depth == 0) return;
    QSqlQuery q(m_db);
    if (m_depth > 1) {
        --m_depth;
        if (!q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT dx_sp%1").arg(m_depth)) ||
            !q.exec(QStringLiteral("RELEASE SAVEPOINT dx_sp%1").arg(m_depth)))
            qCWarning(lcStore) << "rollback to savepoint failed:" << q.lastError().text();
        return;
    }
    m_depth = 0;
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
}

void Database::setBulkMode(bool on) {
    if (m_dialect == Dialect::PostgreSQL) {
        auto r = exec(on ? QStringLiteral("SET synchronous_commit = off")
                         : QStringLiteral("SET synchronous_commit = on"));
        if (!r) qCWarning(lcStore) << "cannot change synchronous_commit";
        return;
    }
    auto r = exec(on ? QStringLiteral("PRAGMA synchronous=OFF")
                     : QStringLiteral("PRAGMA synchronous=FULL"));
    if (!r) qCWarning(lcStore) << "cannot change synchronous mode";
}

}  // namespace dx
