#include "models/auth/actor.h"

#include <QStringList>

namespace dx::Role {

bool isKnown(const QString &role) {
    static const QStringList all{Admin,   CountyReviewer, Operator, Expert, Department,
                                 Auditor, Finance,        Provider, Bank,   Enterprise};
    return all.contains(role);
}

}  // namespace dx::Role
