#include "models/core/error.h"

namespace dx {

QJsonObject Error::toJson() const {
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("field"), field}};
    if (!details.isEmpty()) o.insert(QStringLiteral("details"), details);
    return o;
}

Error Error::fromJson(const QJsonObject &o) {
    return Error{
        o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("message")).toString(),
        o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("details")).toObject()};
}

}  // namespace dx
