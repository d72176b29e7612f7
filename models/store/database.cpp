#include "database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>

#include "store/migrations.h"

Q_LOGGING_CATEGORY(lcStore, "dx.store")

namespace dx {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};
}  // namespace

Result<DatabasePtr> Database::openSqlite(const QString &path, const QString &connectionName)
{
    std::shared_ptr<Database> d(new Database);
    d->m_connectionName = connectionName;
    d->m_path = path;
    d->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    d->m_db.setDatabaseName(path);
    d->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!d->m_db.open()) {
        return makeError(ErrorCode::Internal,
                         Tr::tr("Cannot open the database %1: %2")
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

Database::~Database()
{
    if (m_inTx) rollback();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error Database::sqlError(const QSqlQuery &q, const QString &sql) const
{
    qCWarning(lcStore) << "SQL failed:" << q.lastError().text() << "in" << sql.left(200);
    return makeError(ErrorCode::Internal,
                     Tr::tr("The database reported an error: %1").arg(q.lastError().text()));
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) return sqlError(q, sql);
    for (const QVariant &b : binds) {
        // Our columns are NOT NULL with '' defaults: an unset QString binds as '' not NULL.
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(b);
    }
    if (!q.exec()) return sqlError(q, sql);
    return q;
}

Result<std::optional<QVariantMap>> Database::one(const QString &sql, const QVariantList &binds)
{
    auto r = exec(sql, binds);
    if (!r) return r.error();
    QSqlQuery &q = r.value();
    if (!q.next()) return std::optional<QVariantMap>{};
    QVariantMap row;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i) row.insert(rec.fieldName(i), q.value(i));
    return std::optional<QVariantMap>{row};
}

Result<QList<QVariantMap>> Database::all(const QString &sql, const QVariantList &binds)
{
    auto r = exec(sql, binds);
    if (!r) return r.error();
    QSqlQuery &q = r.value();
    QList<QVariantMap> rows;
    const QSqlRecord rec = q.record();
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i) row.insert(rec.fieldName(i), q.value(i));
        rows.append(row);
    }
    return rows;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &binds)
{
    auto r = exec(sql, binds);
    if (!r) return r.error();
    QSqlQuery &q = r.value();
    if (!q.next()) return QVariant();
    return q.value(0);
}

Status Database::beginWrite()
{
    auto r = exec(m_dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                               : QStringLiteral("BEGIN"));
    if (!r) return r.error();
    m_inTx = true;
    return Ok{};
}

Status Database::beginRead()
{
    auto r = exec(m_dialect == Dialect::SQLite
                      ? QStringLiteral("BEGIN")
                      : QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    if (!r) return r.error();
    m_inTx = true;
    return Ok{};
}

Status Database::commit()
{
    auto r = exec(QStringLiteral("COMMIT"));
    m_inTx = false;
    if (!r) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
        return r.error();
    }
    return Ok{};
}

void Database::rollback()
{
    if (!m_inTx) return;
    m_inTx = false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStore) << "rollback failed:" << q.lastError().text();
}

void Database::setBulkMode(bool on)
{
    auto r = exec(on ? QStringLiteral("PRAGMA synchronous=OFF")
                     : QStringLiteral("PRAGMA synchronous=FULL"));
    if (!r) qCWarning(lcStore) << "cannot change synchronous mode";
}

}  // namespace dx
