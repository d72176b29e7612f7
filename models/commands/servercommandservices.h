#pragma once

#include "models/auth/sessionservice.h"
#include "models/commands/commandservices.h"

namespace dx {

class AuditLog;

/// The server's CommandServices: the HMAC audit chain (AuditLog), the sign-in throttle
/// (LoginThrottle, with the server's lockout policy) and the process-wide SessionCache.
class ServerCommandServices final : public CommandServices {
public:
    /// `audit` may be null (nothing is audited then, as in tools that seed a fresh store).
    explicit ServerCommandServices(const AuditLog *audit, SessionPolicy lockout = {})
        : m_audit(audit), m_lockout(lockout) {}

    Status audit(Database &db, const AuditEntry &entry, qint64 now) override;
    Status reserveAttempt(Database &db, const QString &username, qint64 now,
                          const QString &field) override;
    Status settleAttempt(Database &db, const QString &username, bool passwordWasRight,
                         qint64 now) override;
    void sessionsChanged() override;

private:
    const AuditLog *m_audit;
    SessionPolicy m_lockout;
};

}  // namespace dx
