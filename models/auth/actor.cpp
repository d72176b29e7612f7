#include "models/auth/actor.h"

#include <QJsonArray>
#include <QStringList>

namespace dx::Role {

bool isKnown(const QString &role) {
    static const QStringList all{Admin,   CountyReviewer, Operator, Expert, Department,
                                 Auditor, Finance,        Provider, Bank,   Enterprise};
    return all.contains(role);
}

}  // namespace dx::Role

namespace dx {

QJsonObject Actor::toJson() const {
    return {{QStringLiteral("id"), userId},
            {QStringLiteral("username"), username},
            {QStringLiteral("role"), role},
            {QStringLiteral("org_id"), orgId},
            {QStringLiteral("region"), region},
            {QStringLiteral("sub_account"), subAccount},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}};
}

Actor Actor::fromJson(const QJsonObject &u) {
    Actor a{u.value(QStringLiteral("id")).toString(),
            u.value(QStringLiteral("username")).toString(),
            u.value(QStringLiteral("role")).toString(),
            u.value(QStringLiteral("org_id")).toString(),
            u.value(QStringLiteral("region")).toString(),
            {}};
    a.subAccount = u.value(QStringLiteral("sub_account")).toBool() ||
                   !u.value(QStringLiteral("parent_user_id")).toString().isEmpty();
    const QJsonValue menus = u.value(QStringLiteral("permissions"));
    a.permissions = menus.isArray() ? menus.toVariant().toStringList()
                                    : menus.toString().split(u',', Qt::SkipEmptyParts);
    return a;
}

}  // namespace dx
