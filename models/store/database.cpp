#include "models/store/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>

#include "models/store/migrations.h"

Q_LOGGING_CATEGORY(lcStore, "dx.store")

namespace dx {

namespace {
class DatabaseTr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};
}  // namespace

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
    qCWarning(lcStore) << "SQL failed:" << q.lastError().text() << "in" << sql.left(200);
    return makeError(
        ErrorCode::Internal,
        DatabaseTr::tr("The database reported an error: %1").arg(q.lastError().text()));
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &binds, bool cached) {
    // Preparing is a large part of a small statement's cost; statements that are read at once
    // (writes, one(), all(), scalar()) reuse their prepared query. A SELECT handed to a caller
    // for iteration gets its own, so a nested query of the same text cannot disturb it.
    QSqlQuery fresh(m_db);
    QSqlQuery *q = &fresh;
    if (cached) {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            QSqlQuery prepared(m_db);
            prepared.setForwardOnly(true);
            if (!prepared.prepare(sql)) return sqlError(prepared, sql);
            it = m_statements.insert(sql, prepared);
        }
        q = &it.value();
        q->finish();
    } else {
        fresh.setForwardOnly(true);
        if (!fresh.prepare(sql)) return sqlError(fresh, sql);
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &b = binds.at(i);
        // Our columns are NOT NULL with '' defaults: an unset QString binds as '' not NULL.
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q->bindValue(i, QStringLiteral(""));
        else
            q->bindValue(i, b);
    }
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

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds) {
    const bool select = sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive);
    return run(sql, binds,
               !select && !sql.startsWith(QLatin1String("PRAGMA"), Qt::CaseInsensitive));
}

Result<int> Database::change(const QString &sql, const QVariantList &binds) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) return sqlError(q, sql);
    for (int i = 0; i < binds.size(); ++i) q.bindValue(i, binds.at(i));
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
    auto r = exec(on ? QStringLiteral("PRAGMA synchronous=OFF")
                     : QStringLiteral("PRAGMA synchronous=FULL"));
    if (!r) qCWarning(lcStore) << "cannot change synchronous mode";
}

}  // namespace dx
