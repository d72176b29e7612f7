#include "models/auth/sessionservice.h"

#include <QCoreApplication>

#include "models/audit/auditlog.h"
#include "models/auth/loginthrottle.h"
#include "models/auth/sessioncache.h"
#include "models/core/canonicaltext.h"
#include "models/security/passwordhasher.h"
#include "models/security/randomtoken.h"
#include "models/store/database.h"

namespace dx {

namespace {
class SessionserviceTr {
    Q_DECLARE_TR_FUNCTIONS(SessionService)
};

QString tokenHash(const QString &token) {
    return crypto::sha256Hex(token.toUtf8());
}

Error badCredentials() {
    return makeError(ErrorCode::BadCredentials,
                     SessionserviceTr::tr("The username or password is wrong."),
                     QStringLiteral("password"));
}

// Spent on unknown users too, so that timing does not reveal which usernames exist.
const QByteArray &dummyHash() {
    static const QByteArray h = PasswordHasher::hash(QStringLiteral("dummy-password-for-timing"));
    return h;
}
}  // namespace

Status SessionService::audit(const QString &who, const QString &outcome, qint64 now) {
    if (!m_audit) return Ok{};
    return m_audit->append(
        m_db, AuditEntry{who, {}, {}, QStringLiteral("session.sign_in"), {}, outcome, {}}, now);
}

Result<SessionService::Session> SessionService::signIn(const QString &username,
                                                       const QString &password, qint64 now) {
    const QString who = canonicalText(username.trimmed().left(64));
    // Every attempt is audited, refused ones included (GB/T 22239: failed logins are events).
    auto refuse = [&](const Error &e, const QString &outcome) -> Result<Session> {
        Status st = m_db.beginWrite();
        if (st) st = audit(who.isEmpty() ? QStringLiteral("anonymous") : who, outcome, now);
        if (st)
            st = m_db.commit();
        else
            m_db.rollback();
        if (!st) return st.error();
        return e;
    };
    if (who.isEmpty())
        return refuse(makeError(ErrorCode::Required, SessionserviceTr::tr("Enter your username."),
                                QStringLiteral("username")),
                      QStringLiteral("failed:required"));
    if (password.isEmpty())
        return refuse(makeError(ErrorCode::Required, SessionserviceTr::tr("Enter your password."),
                                QStringLiteral("password")),
                      QStringLiteral("failed:required"));
    if (username.size() > 64 || password.size() > 128)
        return refuse(badCredentials(), QStringLiteral("failed:too_long"));

    // Known and unknown names take the same steps, the same slow hash included, so that neither
    // the answer nor its time tells whether an account exists (issue 13).
    LoginThrottle throttle(m_db, m_policy);
    const QString key = LoginThrottle::keyOf(who);
    auto reserved = throttle.reserve(key, now, QStringLiteral("username"));
    if (!reserved) {
        if (reserved.error().code != QLatin1String(ErrorCode::Locked)) return reserved.error();
        PasswordHasher::verify(password, dummyHash());
        return refuse(reserved.error(), QStringLiteral("failed:locked"));
    }
    auto row = m_db.one(QStringLiteral("SELECT id, password_hash FROM users "
                                       "WHERE lower(username) = lower(?)"),
                        {who});
    if (!row) return row.error();
    const bool known = row->has_value();
    const QString userId = known ? (*row)->value(QStringLiteral("id")).toString() : QString();
    const QByteArray stored =
        known ? (*row)->value(QStringLiteral("password_hash")).toString().toLatin1() : QByteArray();
    const bool verified = PasswordHasher::verify(password, stored.isEmpty() ? dummyHash() : stored);
    const bool ok = known && !stored.isEmpty() && verified;

    auto begun = m_db.beginWrite();
    if (!begun) return begun.error();
    Status settled = throttle.settle(key, ok, now);
    if (!ok) {
        if (settled)
            settled = audit(who,
                            known ? QStringLiteral("failed:bad_password")
                                  : QStringLiteral("failed:unknown_user"),
                            now);
        if (settled)
            settled = m_db.commit();
        else
            m_db.rollback();
        if (!settled) return settled.error();
        return badCredentials();
    }
    if (!settled) {
        m_db.rollback();
        return settled.error();
    }
    Session s;
    s.token = crypto::randomToken(32);
    s.expiresAt = now + m_policy.sessionTtlMs;
    const QList<QPair<QString, QVariantList>> steps{
        {QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"), {now}},
        {QStringLiteral(
             "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?,?,?,?)"),
         {tokenHash(s.token), userId, now, s.expiresAt}},
    };
    for (const auto &[sql, binds] : steps) {
        auto st = m_db.exec(sql, binds);
        if (!st) {
            m_db.rollback();
            return st.error();
        }
    }
    auto a = audit(who, QStringLiteral("signed_in"), now);
    if (!a) {
        m_db.rollback();
        return a.error();
    }
    auto c = m_db.commit();
    if (!c) return c.error();
    auto actor = loadActor(m_db, userId);
    if (!actor) return actor.error();
    s.actor = actor.value();
    return s;
}

Result<Actor> SessionService::loadActor(Database &db, const QString &userId) {
    auto row = db.one(QStringLiteral("SELECT id, username, role, org_id, region, parent_user_id, "
                                     "permissions FROM users WHERE id = ?"),
                      {userId});
    if (!row) return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::Unauthenticated, SessionserviceTr::tr("Please sign in again."));
    const QVariantMap &r = **row;
    Actor a{r.value(QStringLiteral("id")).toString(),
            r.value(QStringLiteral("username")).toString(),
            r.value(QStringLiteral("role")).toString(),
            r.value(QStringLiteral("org_id")).toString(),
            r.value(QStringLiteral("region")).toString(),
            {}};
    a.subAccount = !r.value(QStringLiteral("parent_user_id")).toString().isEmpty();
    a.permissions =
        r.value(QStringLiteral("permissions")).toString().split(u',', Qt::SkipEmptyParts);
    return a;
}

Result<Actor> SessionService::authenticate(const QString &token, qint64 now) {
    auto unauth =
        makeError(ErrorCode::Unauthenticated, SessionserviceTr::tr("Please sign in again."));
    if (token.isEmpty() || token.size() > 128) return unauth;
    const QString hash = tokenHash(token);
    Actor cached;
    if (m_cache && m_cache->find(hash, now, &cached)) return cached;  // its tokenHash is set
    auto row = m_db.one(
        QStringLiteral("SELECT user_id, expires_at FROM sessions WHERE token_hash = ?"), {hash});
    if (!row) return row.error();
    if (!row->has_value() || (*row)->value(QStringLiteral("expires_at")).toLongLong() <= now)
        return unauth;
    auto actor = loadActor(m_db, (*row)->value(QStringLiteral("user_id")).toString());
    if (actor) actor.value().tokenHash = hash;
    if (actor && m_cache)
        m_cache->insert(hash, actor.value(),
                        (*row)->value(QStringLiteral("expires_at")).toLongLong(), now);
    return actor;
}

Status SessionService::signOut(const QString &token) {
    if (m_cache) m_cache->remove(tokenHash(token));
    auto r =
        m_db.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash(token)});
    if (!r) return r.error();
    return Ok{};
}

}  // namespace dx
