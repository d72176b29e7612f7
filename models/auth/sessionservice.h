#pragma once

#include <QString>

#include "models/auth/actor.h"
#include "models/core/result.h"

namespace dx {

class Database;
class AuditLog;
class SessionCache;

/// Sign-in policy (GB/T 22239 level 3 style): lockout after repeated failures, session lifetime.
struct SessionPolicy {
    int maxFailures = 5;
    qint64 lockoutMs = 15LL * 60 * 1000;
    qint64 sessionTtlMs = 8LL * 3600 * 1000;
};

/// Password sign-in, bearer tokens (random, stored as SHA-256), lockout and sign-out.
class SessionService {
public:
    SessionService(Database &db, const AuditLog *audit, SessionPolicy policy,
                   SessionCache *cache = nullptr)
        : m_db(db), m_audit(audit), m_policy(policy), m_cache(cache) {}

    struct Session {
        QString token;  ///< shown once; only its hash is stored
        qint64 expiresAt = 0;
        Actor actor;
    };
    /// Verifies the password (slow KDF, outside any transaction) and opens a session.
    Result<Session> signIn(const QString &username, const QString &password, qint64 now);
    /// The actor behind a bearer token, or unauthenticated (unknown, forged or expired).
    Result<Actor> authenticate(const QString &token, qint64 now);
    Status signOut(const QString &token);

    static Result<Actor> loadActor(Database &db, const QString &userId);

private:
    Status audit(const QString &who, const QString &outcome, qint64 now);

    Database &m_db;
    const AuditLog *m_audit;
    SessionPolicy m_policy;
    SessionCache *m_cache;
};

}  // namespace dx
