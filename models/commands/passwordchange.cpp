#include "models/commands/passwordchange.h"

#include <QCoreApplication>

#include "models/commands/commandservices.h"
#include "models/provider/passwordhistory.h"
#include "models/security/passwordhasher.h"
#include "models/security/passwordpolicy.h"
#include "models/store/database.h"

namespace dx {

namespace {
class PasswordchangeTr {
    Q_DECLARE_TR_FUNCTIONS(PasswordChange)
};

const QString kPassword = QStringLiteral("password");
const QString kCurrent = QStringLiteral("current");
const QString kRule = QStringLiteral("rule");

// Raw, untrimmed: a password is compared byte for byte; the policy refuses spaces anyway.
Result<QString> rawPassword(const QJsonObject &p, const QString &key) {
    const QJsonValue v = p.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return makeError(ErrorCode::Required, PasswordchangeTr::tr("This field is required."), key);
    if (!v.isString())
        return makeError(ErrorCode::Invalid, PasswordchangeTr::tr("Text is expected here."), key);
    // Bounded before any hashing, so that a huge string cannot buy seconds of CPU.
    if (v.toString().size() > 128)
        return makeError(ErrorCode::TooLong,
                         PasswordchangeTr::tr("At most %n characters are allowed.", nullptr, 128),
                         key);
    return v.toString();
}
}  // namespace

QJsonObject PasswordChange::withoutSecrets(const QJsonObject &payload) {
    QJsonObject out = payload;
    for (const QString &k : {kPassword, kCurrent, HashKey, VerifiedKey}) out.remove(k);
    return out;
}

Result<QJsonObject> PasswordChange::prepare(Database &db, const QString &userId,
                                            const QJsonObject &payload, bool requireCurrent,
                                            CommandServices *attempts, const QString &username,
                                            qint64 now) {
    QJsonObject out = withoutSecrets(payload);
    QString current;
    if (requireCurrent) {
        auto c = rawPassword(payload, kCurrent);
        if (!c) return c.error();
        current = *c;
    }
    auto password = rawPassword(payload, kPassword);
    if (!password) return password.error();
    auto stored = PasswordHistory::load(db, userId);
    if (!stored) return stored.error();
    auto policy = PasswordPolicy{}.check(*password, stored->username, stored->mobile);
    if (!policy) return policy.error();
    if (requireCurrent) {
        if (attempts) {
            auto reserved = attempts->reserveAttempt(db, username, now, kCurrent);
            if (!reserved) return reserved.error();
        }
        const bool right = PasswordHasher::verify(current, stored->current);
        if (attempts) {
            Status settled = db.beginWrite();
            if (settled) settled = attempts->settleAttempt(db, username, right, now);
            if (settled)
                settled = db.commit();
            else
                db.rollback();
            if (!settled) return settled.error();
        }
        if (!right) {
            Error e = makeError(ErrorCode::Invalid,
                                PasswordchangeTr::tr("The current password is wrong."), kCurrent);
            e.details.insert(kRule, QStringLiteral("wrong"));
            return e;
        }
    }
    auto reused = PasswordHistory::checkNotReused(*password, *stored, kPassword);
    if (!reused) return reused.error();
    out.insert(HashKey, QString::fromLatin1(PasswordHasher::hash(*password)));
    out.insert(VerifiedKey, QString::fromLatin1(stored->current));
    return out;
}

Status PasswordChange::apply(CommandContext &ctx, const QString &userId,
                             const QJsonObject &prepared) {
    const QString hash = prepared.value(HashKey).toString();
    if (hash.isEmpty())
        return makeError(ErrorCode::Required, PasswordchangeTr::tr("This field is required."),
                         kPassword);
    auto now =
        ctx.db.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId});
    if (!now) return now.error();
    const QString current = now->toString();
    // Another change won the race after our checks ran: they may no longer hold.
    if (current != prepared.value(VerifiedKey).toString())
        return makeError(
            ErrorCode::Conflict,
            PasswordchangeTr::tr("The password was changed meanwhile. Please try again."),
            QStringLiteral("current"));
    auto kept = PasswordHistory::remember(ctx.db, userId, current, ctx.now);
    if (!kept) return kept;
    auto u = ctx.db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                         {hash, userId});
    if (!u) return u.error();
    return Ok{};
}

}  // namespace dx
