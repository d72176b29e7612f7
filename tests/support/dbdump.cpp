#include "tests/support/dbdump.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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
    if (!schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                    "ORDER BY type, name")))
        return QStringLiteral("ERROR: ") + schema.lastError().text();
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

QString dumpDatabase(const QString &sqlitePath, const QStringList &skipTables) {
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("dx-dbdump-") + QString::number(++counter);
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
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
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000"));
        if (db.open()) {
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
