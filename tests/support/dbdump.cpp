#include "tests/support/dbdump.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <atomic>

namespace dx::test {

namespace {

QString quoteIdentifier(QString name) {
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString formatValue(const QSqlQuery &query, int column) {
    if (query.isNull(column)) return QStringLiteral("NULL");
    const QVariant value = query.value(column);
    switch (value.typeId()) {
        case QMetaType::QByteArray:
            return QStringLiteral("x'") + QString::fromLatin1(value.toByteArray().toHex()) +
                   QLatin1Char('\'');
        case QMetaType::Double:
            return QString::number(value.toDouble(), 'g', 17);
        case QMetaType::LongLong:
        case QMetaType::Int:
            return QString::number(value.toLongLong());
        default: {
            QString text = value.toString();
            text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('\n'), QLatin1String("\\n"));
            return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) +
                   QLatin1Char('\'');
        }
    }
}

QString dump(QSqlDatabase &db, const QStringList &skipTables) {
    QString out;
    QSqlQuery schema(db);
    const bool postgres = db.driverName() == QLatin1String("QPSQL");
    // PostgreSQL: tables and indexes by name with their definitions, as sqlite_master lists them.
    const QString catalogue =
        postgres ? QStringLiteral(
                       "SELECT 'table', table_name, '' FROM information_schema.tables WHERE "
                       "table_schema = 'public' UNION ALL SELECT 'index', indexname, indexdef "
                       "FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2")
                 : QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
    if (!schema.exec(catalogue)) return QStringLiteral("ERROR: ") + schema.lastError().text();
    QStringList tables;
    while (schema.next()) {
        const QString type = schema.value(0).toString();
        const QString name = schema.value(1).toString();
        if (skipTables.contains(name)) continue;
        out += type + QLatin1Char(' ') + name + QStringLiteral(": ") + schema.value(2).toString() +
               QLatin1Char('\n');
        if (type == QLatin1String("table")) tables << name;
    }
    tables.sort();

    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        const QString quoted = quoteIdentifier(table);
        if (!rows.exec(QStringLiteral("SELECT * FROM ") + quoted + QStringLiteral(" LIMIT 0")))
            return QStringLiteral("ERROR: ") + rows.lastError().text();
        const int columns = rows.record().count();
        QStringList order;
        for (int i = 1; i <= columns; ++i) order << QString::number(i);
        if (!rows.exec(QStringLiteral("SELECT * FROM ") + quoted + QStringLiteral(" ORDER BY ") +
                       order.join(QStringLiteral(", "))))
            return QStringLiteral("ERROR: ") + rows.lastError().text();

        QStringList names;
        for (int i = 0; i < columns; ++i) names << rows.record().fieldName(i);
        out += QStringLiteral("\n== ") + table + QStringLiteral(" (") +
               names.join(QStringLiteral(", ")) + QStringLiteral(")\n");
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < columns; ++i) values << formatValue(rows, i);
            out += values.join(QStringLiteral(" | ")) + QLatin1Char('\n');
        }
    }
    return out;
}

}  // namespace

QSqlDatabase openStore(const QString &location, const QString &name, bool readOnly) {
    if (!location.startsWith(QLatin1String("postgresql://"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        db.setConnectOptions(
            readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000")
                     : QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        db.open();
        return db;
    }
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host")));
    db.open();
    return db;
}

QString dumpDatabase(const QString &sqlitePath, const QStringList &skipTables) {
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("dx-dbdump-") + QString::number(++counter);
    QString out;
    {
        QSqlDatabase db = openStore(sqlitePath, connection, true);
        if (db.isOpen())
            out = dump(db, skipTables);
        else
            out = QStringLiteral("ERROR: ") + db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

QVariantList queryColumn(const QString &dbPath, const QString &sql, const QVariantList &binds) {
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("dx-query-") + QString::number(++counter);
    QVariantList out;
    {
        QSqlDatabase db = openStore(dbPath, name, true);
        if (db.isOpen()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &b : binds) q.addBindValue(b);
            if (q.exec()) {
                while (q.next()) out << q.value(0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

qint64 count(const QString &dbPath, const QString &sql, const QVariantList &binds) {
    const QVariantList rows = queryColumn(dbPath, sql, binds);
    return rows.size() == 1 ? rows.first().toLongLong() : -1;
}

}  // namespace dx::test
