#include "models/commands/payload.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <cmath>

#include "models/store/database.h"

namespace dx {

namespace {
class PayloadTr {
    Q_DECLARE_TR_FUNCTIONS(Payload)
};
}  // namespace

Result<QString> payload::text(const QJsonObject &p, const QString &key, int maxLength,
                              bool required) {
    const QJsonValue v = p.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
        if (required)
            return makeError(ErrorCode::Required, PayloadTr::tr("This field is required."), key);
        return QString();
    }
    if (!v.isString())
        return makeError(ErrorCode::Invalid, PayloadTr::tr("Text is expected here."), key);
    const QString s = v.toString().trimmed();
    if (s.size() > maxLength)
        return makeError(ErrorCode::TooLong,
                         PayloadTr::tr("At most %n characters are allowed.", nullptr, maxLength),
                         key);
    return s;
}

Result<QString> payload::oneOf(const QJsonObject &p, const QString &key,
                               const QStringList &allowed) {
    auto s = text(p, key, 64);
    if (!s) return s;
    if (!allowed.contains(*s))
        return makeError(
            ErrorCode::Invalid,
            PayloadTr::tr("Choose one of: %1.").arg(allowed.join(QStringLiteral(", "))), key);
    return s;
}

Result<qint64> payload::integer(const QJsonObject &p, const QString &key, qint64 min, qint64 max) {
    const QJsonValue v = p.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return makeError(ErrorCode::Required, PayloadTr::tr("This field is required."), key);
    const double d = v.toDouble();
    // 2^53: beyond it a JSON number is no longer an exact integer.
    if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 9007199254740992.0)
        return makeError(ErrorCode::Invalid, PayloadTr::tr("A whole number is expected here."),
                         key);
    const auto n = static_cast<qint64>(d);
    if (n < min || n > max)
        return makeError(ErrorCode::OutOfRange,
                         PayloadTr::tr("Enter a number from %1 to %2.").arg(min).arg(max), key);
    return n;
}

Result<QJsonObject> payload::object(const QJsonObject &p, const QString &key, bool required) {
    const QJsonValue v = p.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return makeError(ErrorCode::Required, PayloadTr::tr("This field is required."), key);
        return QJsonObject();
    }
    if (!v.isObject())
        return makeError(ErrorCode::Invalid, PayloadTr::tr("An object is expected here."), key);
    return v.toObject();
}

QJsonObject currentRow(Database &db, const QString &table, const QString &id) {
    QJsonObject o;
    auto row =
        db.one(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!row || !row->has_value()) return o;
    for (auto it = (*row)->cbegin(); it != (*row)->cend(); ++it) {
        if (it.key() == QStringLiteral("password_hash")) continue;
        const QVariant &v = it.value();
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            o.insert(it.key(), v.toLongLong());
        else
            o.insert(it.key(), v.toString());
    }
    return o;
}

}  // namespace dx
