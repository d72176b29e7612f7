#include "models/auth/loginthrottle.h"

#include <QCoreApplication>

#include "models/core/canonicaltext.h"
#include "models/store/database.h"

namespace dx {

namespace {
class LoginthrottleTr {
    Q_DECLARE_TR_FUNCTIONS(SessionService)
};

// A quiet name's count is forgotten after a day, the same for every name.
constexpr qint64 kForgetAfterMs = 24LL * 3600 * 1000;
}  // namespace

QString LoginThrottle::keyOf(const QString &username) {
    return canonicalText(username.trimmed()).toLower();
}

Error LoginThrottle::lockedError(qint64 lockedUntil, qint64 now, const QString &field) {
    const qint64 minutes = qMax<qint64>(1, (lockedUntil - now + 59999) / 60000);
    return makeError(ErrorCode::Locked,
                     LoginthrottleTr::tr("Too many failed sign-ins. Try again in %n minute(s).",
                                         nullptr, static_cast<int>(minutes)),
                     field);
}

Status LoginThrottle::reserve(const QString &key, qint64 now, const QString &field) {
    auto begun = m_db.beginWrite();
    if (!begun) return begun;
    auto fail = [this](const Error &e) -> Status {
        m_db.rollback();
        return e;
    };
    auto pruned = m_db.exec(QStringLiteral("DELETE FROM sign_in_failures WHERE updated_at < ? "
                                           "AND locked_until < ?"),
                            {now - kForgetAfterMs, now});
    if (!pruned) return fail(pruned.error());
    auto row = m_db.exec(QStringLiteral("INSERT INTO sign_in_failures (name_key, failures, "
                                        "locked_until, updated_at) VALUES (?, 0, 0, ?) "
                                        "ON CONFLICT (name_key) DO NOTHING"),
                         {key, now});
    if (!row) return fail(row.error());
    // The check and the count in one statement: an expired lock starts a fresh count; a full
    // count without a lock means that many checks are running now, and this one must wait.
    auto taken = m_db.change(
        QStringLiteral("UPDATE sign_in_failures SET "
                       "failures = CASE WHEN locked_until > 0 THEN 1 ELSE failures + 1 END, "
                       "locked_until = 0, updated_at = ? "
                       "WHERE name_key = ? AND locked_until <= ? "
                       "AND (locked_until > 0 OR failures < ?)"),
        {now, key, now, m_policy.maxFailures});
    if (!taken) return fail(taken.error());
    if (*taken == 1) return m_db.commit();
    auto until = m_db.scalar(
        QStringLiteral("SELECT locked_until FROM sign_in_failures WHERE name_key = ?"), {key});
    m_db.rollback();
    if (!until) return until.error();
    const qint64 lockedUntil = until->toLongLong();
    return lockedError(lockedUntil > now ? lockedUntil : now + m_policy.lockoutMs, now, field);
}

Status LoginThrottle::settle(const QString &key, bool passwordWasRight, qint64 now) {
    auto r = passwordWasRight
                 ? m_db.exec(QStringLiteral("UPDATE sign_in_failures SET failures = 0, "
                                            "locked_until = 0, updated_at = ? WHERE name_key = ?"),
                             {now, key})
                 : m_db.exec(QStringLiteral("UPDATE sign_in_failures SET locked_until = CASE WHEN "
                                            "failures >= ? THEN ? ELSE locked_until END, "
                                            "updated_at = ? WHERE name_key = ?"),
                             {m_policy.maxFailures, now + m_policy.lockoutMs, now, key});
    if (!r) return r.error();
    return Ok{};
}

}  // namespace dx
