#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;

namespace dx::test {

/// Opens the store at `location` (an SQLite path or a postgresql:// URL, as TestServer::dbPath()
/// gives it) on a private connection named `name`, without migrating. The caller closes it and
/// calls QSqlDatabase::removeDatabase(name).
QSqlDatabase openStore(const QString &location, const QString &name, bool readOnly);

/// A deterministic text dump of a store (SQLite or PostgreSQL): the schema, then every table's rows
/// (tables by name, rows ordered by all columns). Two equal dumps mean "nothing changed".
/// Opened read-only on a private connection; returns "ERROR: …" if the file cannot be read.
QString dumpDatabase(const QString &sqlitePath, const QStringList &skipTables = {});

/// Runs one SELECT on a private read-only connection to an SQLite database (the server's keeps
/// running: WAL shows what it committed); the first column of every row.
QVariantList queryColumn(const QString &sqlitePath, const QString &sql,
                         const QVariantList &binds = {});

/// `SELECT COUNT(*) …` through queryColumn(); -1 when the query failed.
qint64 count(const QString &sqlitePath, const QString &sql, const QVariantList &binds = {});

}  // namespace dx::test
