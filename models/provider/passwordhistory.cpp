#include "models/provider/passwordhistory.h"

#include <QJsonObject>

#include "models/security/passwordhasher.h"
#include "models/store/database.h"

namespace dx {

Result<PasswordHistory::Stored> PasswordHistory::load(Database &db, const QString &userId) {
    auto row = db.one(
        QStringLiteral("SELECT username, mobile, password_hash FROM users WHERE id = ?"), {userId});
    if (!row) return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, tr("No such user."), QStringLiteral("target"));
    Stored s;
    s.username = (*row)->value(QStringLiteral("username")).toString();
    s.mobile = (*row)->value(QStringLiteral("mobile")).toString();
    s.current = (*row)->value(QStringLiteral("password_hash")).toString().toLatin1();
    auto previous = db.all(QStringLiteral("SELECT hash FROM password_history WHERE user_id = ? "
                                          "ORDER BY seq DESC LIMIT ?"),
                           {userId, kRemembered});
    if (!previous) return previous.error();
    for (const QVariantMap &r : previous.value())
        s.previous << r.value(QStringLiteral("hash")).toString().toLatin1();
    return s;
}

Status PasswordHistory::checkNotReused(const QString &password, const Stored &stored,
                                       const QString &field) {
    auto refuse = [&field](const QString &message, const char *rule) {
        Error e = makeError(ErrorCode::Invalid, message, field);
        e.details.insert(QStringLiteral("rule"), QLatin1String(rule));
        return e;
    };
    if (!stored.current.isEmpty() && PasswordHasher::verify(password, stored.current))
        return refuse(tr("The new password must differ from the current one."), "current");
    for (const QByteArray &h : stored.previous) {
        if (PasswordHasher::verify(password, h))
            return refuse(tr("The new password must not be one of the last %n passwords.", nullptr,
                             kRemembered),
                          "history");
    }
    return Ok{};
}

Status PasswordHistory::remember(Database &db, const QString &userId, const QString &replacedHash,
                                 qint64 now) {
    if (replacedHash.isEmpty()) return Ok{};  // an account that could not sign in had none
    auto next = db.scalar(
        QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM password_history WHERE user_id = ?"),
        {userId});
    if (!next) return next.error();
    const qint64 seq = next->toLongLong();
    auto ins = db.exec(QStringLiteral("INSERT INTO password_history (user_id, seq, hash, "
                                      "created_at) VALUES (?,?,?,?)"),
                       {userId, seq, replacedHash, now});
    if (!ins) return ins.error();
    // Old hashes are secrets too: keep no more of them than the rule needs.
    auto trim =
        db.exec(QStringLiteral("DELETE FROM password_history WHERE user_id = ? AND seq <= ?"),
                {userId, seq - kRemembered});
    if (!trim) return trim.error();
    return Ok{};
}

Status PasswordHistory::forget(Database &db, const QString &userId) {
    auto d = db.exec(QStringLiteral("DELETE FROM password_history WHERE user_id = ?"), {userId});
    if (!d) return d.error();
    return Ok{};
}

}  // namespace dx
