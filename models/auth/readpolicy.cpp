#include "models/auth/readpolicy.h"

#include <QCoreApplication>

#include "models/auth/visibility.h"
#include "models/commands/payload.h"
#include "models/store/database.h"
#include "models/workflow/states.h"

namespace dx {

namespace {
class ReadpolicyTr {
    Q_DECLARE_TR_FUNCTIONS(ReadPolicy)
};
}  // namespace

Result<QJsonObject> ReadPolicy::me(Database &db, const Actor &actor) {
    QJsonObject user = currentRow(db, Entity::Users, actor.userId);
    // The sign-in bookkeeping is the server's, not the account's (and no longer used).
    for (const char *secret : {"password_hash", "failed_logins", "locked_until"})
        user.remove(QLatin1String(secret));
    QJsonObject out{{QStringLiteral("user"), user}};
    if (!actor.orgId.isEmpty())
        out.insert(QStringLiteral("organisation"),
                   currentRow(db, Entity::Organisations, actor.orgId));
    return out;
}

Result<QJsonArray> ReadPolicy::assignableExperts(Database &db, const Actor &actor) {
    // Users of role expert are in nobody else's replica: the operator's desk asks for them.
    if (!actor.is(Role::Operator) && !actor.is(Role::Admin))
        return makeError(ErrorCode::Forbidden,
                         ReadpolicyTr::tr("Only the operator assigns experts."));
    auto rows = db.all(QStringLiteral("SELECT id, username, display_name FROM users "
                                      "WHERE role = ? ORDER BY username"),
                       {Role::Expert});
    if (!rows) return rows.error();
    QJsonArray experts;
    for (const QVariantMap &r : rows.value()) experts.append(QJsonObject::fromVariantMap(r));
    return experts;
}

Result<QJsonObject> ReadPolicy::certification(Database &db, const Actor &actor, const QString &id) {
    const QJsonObject row = currentRow(db, Entity::Certifications, id);
    const Scope scope = Visibility::ofOrganisation(row.value(QStringLiteral("org_id")).toString(),
                                                   row.value(QStringLiteral("org_kind")).toString(),
                                                   row.value(QStringLiteral("region")).toString());
    if (row.isEmpty() || !Visibility::canSee(actor, scope))
        return makeError(ErrorCode::NotFound, ReadpolicyTr::tr("No such application."));
    return row;
}

Result<QJsonArray> ReadPolicy::reviewNotes(Database &db, const Actor &actor,
                                           const QString &listingId, QString *key) {
    QJsonArray out;
    if (actor.is(Role::Expert)) {
        *key = QStringLiteral("assignments");
        auto rows = db.all(QStringLiteral("SELECT id FROM listing_assignments WHERE listing_id = ? "
                                          "AND user_id = ? ORDER BY round"),
                           {listingId, actor.userId});
        if (!rows) return rows.error();
        for (const QVariantMap &r : *rows) {
            QJsonObject a = currentRow(db, QStringLiteral("listing_assignments"),
                                       r.value(QStringLiteral("id")).toString());
            a.remove(QStringLiteral("data"));  // the snapshot is the listing itself
            out.append(a);
        }
        return out;
    }
    *key = QStringLiteral("opinions");
    if (!actor.is(Role::Operator) && !actor.is(Role::Department) && !actor.is(Role::Admin))
        return out;
    auto rows = db.all(QStringLiteral("SELECT id FROM listing_opinions WHERE listing_id = ? "
                                      "ORDER BY round, created_at, id"),
                       {listingId});
    if (!rows) return rows.error();
    for (const QVariantMap &r : *rows)
        out.append(currentRow(db, QStringLiteral("listing_opinions"),
                              r.value(QStringLiteral("id")).toString()));
    return out;
}

}  // namespace dx
