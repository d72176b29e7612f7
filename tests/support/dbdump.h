#pragma once

#include <QString>
#include <QStringList>

namespace dx::test {

/// A deterministic text dump of an SQLite database: the schema, then every table's rows
/// (tables by name, rows ordered by all columns). Two equal dumps mean "nothing changed".
/// Opened read-only on a private connection; returns "ERROR: …" if the file cannot be read.
QString dumpDatabase(const QString &sqlitePath, const QStringList &skipTables = {});

}  // namespace dx::test
