#include "models/commands/ownedrows.h"

#include "models/store/database.h"
#include "models/sync/changefeed.h"

namespace dx {

Status OwnedRows::mayEdit(const Actor &a) const {
    if (a.role != Role::Provider || a.orgId.isEmpty())
        return makeError(ErrorCode::Forbidden, refusal, QStringLiteral("permission"));
    return Ok{};
}

Status OwnedRows::mayChange(Database &db, const Actor &a, const QString &id) const {
    auto may = mayEdit(a);
    if (!may || id.isEmpty()) return may;
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table +
                           QStringLiteral(" WHERE id = ? AND org_id = ?"),
                       {id, a.orgId});
    if (!n) return n.error();
    if (n->toInt() == 0) return makeError(ErrorCode::NotFound, notFound, QStringLiteral("target"));
    return Ok{};
}

Status OwnedRows::publish(CommandContext &ctx, const QString &id) const {
    auto rev = ChangeFeed::publishRow(ctx.db, table, id, Scope{ctx.actor.orgId, {}, {}});
    if (!rev) return rev.error();
    ctx.lastRev = *rev;
    return Ok{};
}

Result<QJsonObject> OwnedRows::remove(CommandContext &ctx, const Command &c) const {
    // An empty target would name no row: refused as not found, like a foreign one.
    auto may = mayChange(ctx.db, ctx.actor, c.target);
    if (!may) return may.error();
    if (c.target.isEmpty())
        return makeError(ErrorCode::NotFound, notFound, QStringLiteral("target"));
    auto d = ctx.db.exec(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"),
                         {c.target});
    if (!d) return d.error();
    auto rev = ChangeFeed::recordDeletion(ctx.db, table, c.target, Scope{ctx.actor.orgId, {}, {}});
    if (!rev) return rev.error();
    ctx.lastRev = *rev;
    return QJsonObject{};
}

}  // namespace dx
