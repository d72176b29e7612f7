#pragma once

#include <QJsonObject>
#include <QString>

#include "models/core/result.h"

namespace dx {

class Database;

/// Small typed readers for command payloads: each failure names its field.
namespace payload {
/// A string field: required or optional, trimmed, at most `maxLength` characters.
Result<QString> text(const QJsonObject &p, const QString &key, int maxLength, bool required = true);
/// One of the allowed values.
Result<QString> oneOf(const QJsonObject &p, const QString &key, const QStringList &allowed);
/// A required whole number within [min, max] (a JSON number without fraction).
/// Errors: required, invalid (not a whole number), out_of_range.
Result<qint64> integer(const QJsonObject &p, const QString &key, qint64 min, qint64 max);
/// A nested object field (e.g. form answers), optional when `required` is false.
Result<QJsonObject> object(const QJsonObject &p, const QString &key, bool required = true);
}  // namespace payload

/// The current row of `table` as JSON, for conflict answers ("what the server has now").
QJsonObject currentRow(Database &db, const QString &table, const QString &id);

}  // namespace dx
