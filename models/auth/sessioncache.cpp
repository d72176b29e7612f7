#include "models/auth/sessioncache.h"

namespace dx {

namespace {
std::atomic<quint64> g_generation{0};
}  // namespace

void SessionCache::invalidateAll() {
    ++g_generation;
}

bool SessionCache::find(const QString &tokenHash, qint64 now, Actor *actor) {
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(tokenHash);
    if (it == m_entries.end()) return false;
    if (it->validUntil <= now || it->generation != g_generation.load()) {
        m_entries.erase(it);
        return false;
    }
    *actor = it->actor;
    return true;
}

void SessionCache::insert(const QString &tokenHash, const Actor &actor, qint64 expiresAt,
                          qint64 now) {
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() > 100000) m_entries.clear();  // bounded; refilled from the database
    m_entries.insert(tokenHash,
                     Entry{actor, std::min(expiresAt, now + m_maxAgeMs), g_generation.load()});
}

void SessionCache::remove(const QString &tokenHash) {
    QMutexLocker lock(&m_mutex);
    m_entries.remove(tokenHash);
}

}  // namespace dx
