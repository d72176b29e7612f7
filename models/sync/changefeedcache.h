#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <list>

namespace dx {

/// Pages of the change feed already built, keyed by (scope, since, limit) and valid while the
/// database's head rev and epoch are unchanged: many reviewers of one county pull the same
/// pages on their first sync. Bounded by bytes, least recently used first out. Thread-safe.
class ChangeFeedCache {
public:
    struct Entry {
        QString epoch;
        qint64 head = 0;
        QByteArray changesJson;
        qint64 lastRev = 0;
        bool hasMore = false;
    };

    explicit ChangeFeedCache(qint64 maxBytes = 64LL * 1024 * 1024) : m_maxBytes(maxBytes) {}

    bool find(const QString &key, const QString &epoch, qint64 head, Entry *out);
    void insert(const QString &key, Entry entry);

private:
    struct Slot {
        Entry entry;
        std::list<QString>::iterator lru;
    };
    QMutex m_mutex;
    QHash<QString, Slot> m_slots;
    std::list<QString> m_lru;  // front = most recent
    qint64 m_bytes = 0;
    qint64 m_maxBytes;
};

}  // namespace dx
