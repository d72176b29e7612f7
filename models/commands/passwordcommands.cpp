// account.change_password (修改密码, every role): the signed-in user sets a new password.
//
// Payload: {current, password}. Result: {}. Errors: `current` (required, invalid with
// details.rule wrong, locked), and on `password`: required, too_short, too_long, invalid
// (details.rule: characters | classes | username | mobile | current | history), conflict when
// another change won the race.
//
// Checking `current` takes one of the same attempts as a sign-in (CommandServices, keyed by the
// username), and a locked account is refused before any password is checked: else a stolen
// session could guess the password without limit. Once applied, every other session of the user
// ends (GB/T 22239: a stolen session must not survive a password change); the one that made the
// change keeps working.
#include "models/commands/passwordchange.h"
#include "models/commands/registry.h"
#include "models/store/database.h"

namespace dx {

namespace {

Result<Command> prepareChange(Database &db, const Actor &actor, const Command &c,
                              CommandServices *services, qint64 now) {
    Command out = c;
    // The replica holds no password hashes (the feed never carries them): the server decides.
    if (db.isReplica()) {
        out.payload = PasswordChange::withoutSecrets(c.payload);
        return out;
    }
    auto p =
        PasswordChange::prepare(db, actor.userId, c.payload, true, services, actor.username, now);
    if (!p) return p.error();
    out.payload = p.value();
    return out;
}

Result<QJsonObject> changePassword(CommandContext &ctx, const Command &c) {
    if (ctx.db.isReplica()) return QJsonObject{};
    auto applied = PasswordChange::apply(ctx, ctx.actor.userId, c.payload);
    if (!applied) return applied.error();
    // Every other session ends (tokenHash is empty only for a direct call, which then keeps none).
    const QList<QPair<QString, QVariantList>> steps{
        {QStringLiteral("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?"),
         {ctx.actor.userId, ctx.actor.tokenHash}},
    };
    for (const auto &[sql, binds] : steps) {
        auto st = ctx.db.exec(sql, binds);
        if (!st) return st.error();
    }
    return QJsonObject{};
}

}  // namespace

void registerPasswordCommands(CommandTable &t) {
    t.insert(QStringLiteral("account.change_password"),
             CommandSpec{
                 .handler = changePassword, .prepareRead = prepareChange, .changesSessions = true});
}

}  // namespace dx
