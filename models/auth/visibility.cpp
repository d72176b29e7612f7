#include "models/auth/visibility.h"

namespace dx {

namespace {
bool seesAllShared(const QString &role) {
    return role == Role::Operator || role == Role::Department || role == Role::Finance;
}
}  // namespace

bool Visibility::canSee(const Actor &a, const Scope &s) {
    if (a.role == Role::Admin || a.role == Role::System) return true;
    if (a.userId.isEmpty()) return false;
    if (!s.userId.isEmpty()) return s.userId == a.userId;
    if (seesAllShared(a.role)) return true;
    if (a.role == Role::CountyReviewer) return !a.region.isEmpty() && s.region == a.region;
    if (a.role == Role::Enterprise || a.role == Role::Provider || a.role == Role::Bank)
        return !a.orgId.isEmpty() && s.orgId == a.orgId;
    return false;  // experts and auditors see only items assigned to them (later flows)
}

Scope Visibility::ofOrganisation(const QString &orgId, const QString &orgKind,
                                 const QString &region) {
    return Scope{orgId, orgKind == QStringLiteral("enterprise") ? region : QString(), {}};
}

Visibility::Filter Visibility::sqlFilter(const Actor &a, const QString &p) {
    const QString user = p + QStringLiteral("user_id");
    if (a.role == Role::Admin || a.role == Role::System) return {QStringLiteral("1=1"), {}};
    if (a.userId.isEmpty()) return {QStringLiteral("1=0"), {}};
    if (seesAllShared(a.role)) return {QStringLiteral("(%1 = '' OR %1 = ?)").arg(user), {a.userId}};
    if (a.role == Role::CountyReviewer && !a.region.isEmpty())
        return {QStringLiteral("((%1 = '' AND %2region = ?) OR %1 = ?)").arg(user, p),
                {a.region, a.userId}};
    if ((a.role == Role::Enterprise || a.role == Role::Provider || a.role == Role::Bank) &&
        !a.orgId.isEmpty())
        return {QStringLiteral("((%1 = '' AND %2org_id = ?) OR %1 = ?)").arg(user, p),
                {a.orgId, a.userId}};
    return {QStringLiteral("%1 = ?").arg(user), {a.userId}};
}

Visibility::Filter Visibility::sharedFilter(const Actor &a, const QString &p) {
    const QString user = p + QStringLiteral("user_id");
    if (a.role == Role::Admin || a.role == Role::System) return {QStringLiteral("1=1"), {}};
    if (a.userId.isEmpty()) return {QStringLiteral("1=0"), {}};
    if (seesAllShared(a.role)) return {user + QStringLiteral(" = ''"), {}};
    if (a.role == Role::CountyReviewer && !a.region.isEmpty())
        return {user + QStringLiteral(" = '' AND ") + p + QStringLiteral("region = ?"), {a.region}};
    if ((a.role == Role::Enterprise || a.role == Role::Provider || a.role == Role::Bank) &&
        !a.orgId.isEmpty())
        return {user + QStringLiteral(" = '' AND ") + p + QStringLiteral("org_id = ?"), {a.orgId}};
    // Experts and auditors see only what was assigned to them by name (tasks with their user_id).
    return {user + QStringLiteral(" = ?"), {a.userId}};
}

QList<Visibility::Filter> Visibility::feedBranches(const Actor &a) {
    if (a.role == Role::Admin || a.role == Role::System) return {{QStringLiteral("1=1"), {}}};
    if (a.userId.isEmpty()) return {};
    const Filter own{QStringLiteral("user_id = ?"), {a.userId}};
    if (seesAllShared(a.role)) return {{QStringLiteral("user_id = ''"), {}}, own};
    if (a.role == Role::CountyReviewer && !a.region.isEmpty())
        return {{QStringLiteral("user_id = '' AND region = ?"), {a.region}}, own};
    if ((a.role == Role::Enterprise || a.role == Role::Provider || a.role == Role::Bank) &&
        !a.orgId.isEmpty())
        return {{QStringLiteral("user_id = '' AND org_id = ?"), {a.orgId}}, own};
    return {own};
}

}  // namespace dx
