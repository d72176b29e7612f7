#pragma once

#include <QString>

#include "models/audit/auditentry.h"
#include "models/core/result.h"

namespace dx {

class Database;

/// What the server lends the command processor beyond the store: the audit chain, the sign-in
/// attempts a password check spends, and the cache of signed-in actors. The replica runs the same
/// commands without it (nullptr), so none of these services is linked into dxdesk
/// (ServerCommandServices in models/commands/servercommandservices.h is the server's).
class CommandServices {
public:
    virtual ~CommandServices() = default;

    /// Appends `entry` to the audit chain inside the command's transaction.
    virtual Status audit(Database &db, const AuditEntry &entry, qint64 now) = 0;

    /// Takes one of `username`'s sign-in attempts before its password is checked; refused with
    /// `locked` (on `field`) while none is left.
    virtual Status reserveAttempt(Database &db, const QString &username, qint64 now,
                                  const QString &field) = 0;
    /// Settles a reserved attempt: a right password clears the count, a wrong one keeps it.
    virtual Status settleAttempt(Database &db, const QString &username, bool passwordWasRight,
                                 qint64 now) = 0;

    /// After the commit of a command that ends sessions or changes what an account may do.
    virtual void sessionsChanged() = 0;
};

}  // namespace dx
