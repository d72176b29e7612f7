// account.change_password (修改密码, every role): the signed-in user sets a new password.
//
// Payload: {current, password}. Result: {}. Errors: `current` (required, invalid: wrong), and on
// `password`: required, too_short, too_long, invalid (details.rule: characters | classes |
// username | mobile | current | history), conflict when another change won the race.
#include "commands/passwordchange.h"
#include "commands/registry.h"
#include "store/database.h"

namespace dx {

namespace {

Result<Command> prepareChange(Database &db, const Actor &actor, const Command &c) {
    Command out = c;
    // The replica holds no password hashes (the feed never carries them): the server decides.
    if (db.isReplica()) {
        out.payload = PasswordChange::withoutSecrets(c.payload);
        return out;
    }
    auto p = PasswordChange::prepare(db, actor.userId, c.payload, true);
    if (!p) return p.error();
    out.payload = p.value();
    return out;
}

Result<QJsonObject> changePassword(CommandContext &ctx, const Command &c) {
    if (ctx.db.isReplica()) return QJsonObject{};
    auto applied = PasswordChange::apply(ctx, ctx.actor.userId, c.payload);
    if (!applied) return applied.error();
    return QJsonObject{};
}

}  // namespace

void registerPasswordCommands(CommandTable &t) {
    t.insert(QStringLiteral("account.change_password"),
             CommandSpec{.handler = changePassword, .prepareRead = prepareChange});
}

}  // namespace dx
