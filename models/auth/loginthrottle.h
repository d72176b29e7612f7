#pragma once

#include <QString>

#include "models/auth/sessionservice.h"
#include "models/core/result.h"

namespace dx {

class Database;

/// Counts wrong passwords per entered username (known or not) and locks the name after
/// SessionPolicy::maxFailures of them. An attempt is reserved *before* its password is checked,
/// in one conditional UPDATE, so that parallel guesses cannot check more passwords than the
/// limit; a name nobody has looks exactly like one somebody has (GB/T 22239 identification).
class LoginThrottle {
public:
    LoginThrottle(Database &db, SessionPolicy policy) : m_db(db), m_policy(policy) {}

    /// The key of an entered username: canonical text, trimmed, lower-cased.
    static QString keyOf(const QString &username);

    /// Takes one of the name's remaining attempts, in its own short write transaction (or the
    /// caller's). Refused with `locked` (on `field`) while the name is locked or while its
    /// attempts are all taken by checks still running.
    Status reserve(const QString &key, qint64 now, const QString &field);
    /// Settles a reserved attempt, in the caller's transaction: a right password clears the
    /// count; a wrong one keeps it and locks the name when the count reached the limit.
    Status settle(const QString &key, bool passwordWasRight, qint64 now);

    /// The `locked` refusal shown while a name is locked until `lockedUntil`.
    static Error lockedError(qint64 lockedUntil, qint64 now, const QString &field);

private:
    Database &m_db;
    SessionPolicy m_policy;
};

}  // namespace dx
