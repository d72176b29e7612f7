#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>

#include "models/auth/actor.h"

namespace dx {

/// Recently authenticated tokens (by hash) → actor, so that a busy sync loop does not hit the
/// sessions and users tables on every call. An entry lives at most `maxAgeMs` (a changed role
/// or a deleted session elsewhere takes effect within that time) and never past the token's
/// expiry; sign-out in this process removes it at once. Thread-safe.
class SessionCache {
public:
    explicit SessionCache(qint64 maxAgeMs = 30000) : m_maxAgeMs(maxAgeMs) {}

    bool find(const QString &tokenHash, qint64 now, Actor *actor);
    void insert(const QString &tokenHash, const Actor &actor, qint64 expiresAt, qint64 now);
    void remove(const QString &tokenHash);
    /// Makes every cache in this process forget its actors (at once, not within maxAgeMs): a
    /// committed command ended sessions or changed what an account may do (CommandSpec::
    /// changesSessions). Another server process still learns it within maxAgeMs.
    static void invalidateAll();

private:
    struct Entry {
        Actor actor;
        qint64 validUntil;
        quint64 generation;
    };
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    qint64 m_maxAgeMs;
};

}  // namespace dx
