// account.change_password (修改密码, every role): the signed-in user sets a new password.
//
// Payload: {current, password}. Result: {}. Errors: `current` (required, invalid with
// details.rule wrong, locked), and on `password`: required, too_short, too_long, invalid
// (details.rule: characters | classes | username | mobile | current | history), conflict when
// another change won the race.
//
// A wrong `current` counts toward the same lockout as a failed sign-in (users.failed_logins,
// locked_until), and a locked account is refused before any password is checked: else a stolen
// session could guess the password without limit. Once applied, every other session of the user
// ends (GB/T 22239: a stolen session must not survive a password change); the one that made the
// change keeps working.
#include "auth/sessionservice.h"
#include "commands/passwordchange.h"
#include "commands/registry.h"
#include "store/database.h"

namespace dx {

namespace {

Result<Command> prepareChange(Database &db, const Actor &actor, const Command &c, qint64 now) {
    Command out = c;
    // The replica holds no password hashes (the feed never carries them): the server decides.
    if (db.isReplica()) {
        out.payload = PasswordChange::withoutSecrets(c.payload);
        return out;
    }
    // Before the current password is verified, so that a locked account tells nothing about it.
    auto unlocked =
        SessionService::checkNotLocked(db, actor.userId, now, QStringLiteral("current"));
    if (!unlocked) return unlocked.error();
    auto p = PasswordChange::prepare(db, actor.userId, c.payload, true);
    if (!p) return p.error();
    out.payload = p.value();
    return out;
}

Result<QJsonObject> changePassword(CommandContext &ctx, const Command &c) {
    if (ctx.db.isReplica()) return QJsonObject{};
    auto applied = PasswordChange::apply(ctx, ctx.actor.userId, c.payload);
    if (!applied) return applied.error();
    // The current password verified: like a sign-in, it clears the count of failures. And every
    // other session ends (tokenHash is empty only for a direct call, which then keeps none).
    const QList<QPair<QString, QVariantList>> steps{
        {QStringLiteral("UPDATE users SET failed_logins = 0 WHERE id = ?"), {ctx.actor.userId}},
        {QStringLiteral("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?"),
         {ctx.actor.userId, ctx.actor.tokenHash}},
    };
    for (const auto &[sql, binds] : steps) {
        auto st = ctx.db.exec(sql, binds);
        if (!st) return st.error();
    }
    return QJsonObject{};
}

// The failure is counted here, not in the handler nor in prepareChange: a wrong password is a
// rejection, and a rejection rolls back the command's transaction, so a count written there would
// vanish; prepareRead is read-only and outside any transaction. This runs in the processor's
// second transaction, the one that audits the rejection, so the count and the audit entry
// commit together, on every route that runs commands (push and /commands/now).
Status countWrongCurrent(Database &db, const Actor &actor, const Error &e,
                         const SessionPolicy &lockout, qint64 now) {
    if (db.isReplica() || actor.userId.isEmpty() || !PasswordChange::isWrongCurrent(e)) return Ok{};
    return SessionService::recordFailure(db, actor.userId, lockout, now);
}

}  // namespace

void registerPasswordCommands(CommandTable &t) {
    t.insert(QStringLiteral("account.change_password"),
             CommandSpec{.handler = changePassword,
                         .prepareRead = prepareChange,
                         .changesSessions = true,
                         .onRejected = countWrongCurrent});
}

}  // namespace dx
