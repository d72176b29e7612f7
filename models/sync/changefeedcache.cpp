#include "models/sync/changefeedcache.h"

namespace dx {

bool ChangeFeedCache::find(const QString &key, const QString &epoch, qint64 head, Entry *out) {
    QMutexLocker lock(&m_mutex);
    auto it = m_slots.find(key);
    if (it == m_slots.end()) return false;
    if (it->entry.head != head || it->entry.epoch != epoch) return false;
    m_lru.splice(m_lru.begin(), m_lru, it->lru);
    *out = it->entry;
    return true;
}

void ChangeFeedCache::insert(const QString &key, Entry entry) {
    QMutexLocker lock(&m_mutex);
    const qint64 size = entry.changesJson.size() + key.size() * 2;
    if (size > m_maxBytes / 4) return;  // one huge page must not evict everything
    auto it = m_slots.find(key);
    if (it != m_slots.end()) {
        m_bytes -= it->entry.changesJson.size() + key.size() * 2;
        m_lru.erase(it->lru);
        m_slots.erase(it);
    }
    while (m_bytes + size > m_maxBytes && !m_lru.empty()) {
        const QString victim = m_lru.back();
        m_lru.pop_back();
        auto v = m_slots.find(victim);
        m_bytes -= v->entry.changesJson.size() + victim.size() * 2;
        m_slots.erase(v);
    }
    m_lru.push_front(key);
    m_slots.insert(key, Slot{std::move(entry), m_lru.begin()});
    m_bytes += size;
}

}  // namespace dx
