#include "models/commands/servercommandservices.h"

#include "models/audit/auditlog.h"
#include "models/auth/loginthrottle.h"
#include "models/auth/sessioncache.h"

namespace dx {

Status ServerCommandServices::audit(Database &db, const AuditEntry &entry, qint64 now) {
    if (!m_audit) return Ok{};
    return m_audit->append(db, entry, now);
}

Status ServerCommandServices::reserveAttempt(Database &db, const QString &username, qint64 now,
                                             const QString &field) {
    return LoginThrottle(db, m_lockout).reserve(LoginThrottle::keyOf(username), now, field);
}

Status ServerCommandServices::settleAttempt(Database &db, const QString &username,
                                            bool passwordWasRight, qint64 now) {
    return LoginThrottle(db, m_lockout)
        .settle(LoginThrottle::keyOf(username), passwordWasRight, now);
}

void ServerCommandServices::sessionsChanged() {
    SessionCache::invalidateAll();
}

}  // namespace dx
