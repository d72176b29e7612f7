#include "models/sync/feedreader.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>

#include "models/auth/visibility.h"
#include "models/store/database.h"
#include "models/sync/changefeedcache.h"

namespace dx {

namespace {
QString scopeTag(const QString &scopeKey) {
    return QString::fromLatin1(
        QCryptographicHash::hash(scopeKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}
}  // namespace

QString FeedReader::makeCookie(const QString &epoch, qint64 rev, const QString &scopeKey) {
    return epoch + u'.' + QString::number(rev) + u'.' + scopeTag(scopeKey);
}

QJsonArray FeedReader::Page::changes() const {
    return QJsonDocument::fromJson(changesJson).array();
}

QByteArray FeedReader::Page::toJson() const {
    QByteArray out;
    out.reserve(changesJson.size() + 200);
    out += "{\"changes\":";
    out += changesJson;
    out += ",\"has_more\":";
    out += hasMore ? "true" : "false";
    out += ",\"reset\":";
    out += reset ? "true" : "false";
    out += ",\"last_seq\":";
    out += QByteArray::number(lastSeq);
    out += ",\"cookie\":";
    out += reset ? QByteArray("null") : '"' + cookie.toLatin1() + '"';
    out += '}';
    return out;
}

namespace {
struct Row {
    qint64 rev;
    QString entity;
    QString id;
    QString op;
    QByteArray data;
};

// Our entity names and ids are plain ASCII we made ourselves; escape anyway, cheaply.
void appendJsonString(QByteArray &out, const QString &s) {
    out += '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20 || u > 0x7e) {
            out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        } else {
            out += char(u);
        }
    }
    out += '"';
}
}  // namespace

Result<FeedReader::Page> FeedReader::pull(Database &db, const Actor &actor, const QString &since,
                                          int limit, const QString &clientId,
                                          ChangeFeedCache *cache) {
    Page page;
    // One statement reads epoch and head together; a cache hit needs nothing more.
    auto header =
        db.one(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'db_epoch') AS epoch, "
                              "(SELECT value FROM counters WHERE name = 'rev') AS head"));
    if (!header) return header.error();
    const QString epoch = (*header)->value(QStringLiteral("epoch")).toString();
    qint64 headRev = (*header)->value(QStringLiteral("head")).toLongLong();

    qint64 from = 0;
    if (!since.isEmpty()) {
        const QStringList parts = since.split(u'.');
        bool ok = parts.size() == 3;
        const qint64 rev = ok ? parts[1].toLongLong(&ok) : 0;
        if (!ok || parts[0] != epoch || parts[2] != scopeTag(actor.scopeKey()) || rev < 0 ||
            rev > headRev) {
            page.reset = true;
            return page;
        }
        from = rev;
    }

    if (!clientId.isEmpty()) {
        auto seq =
            db.scalar(QStringLiteral("SELECT last_seq FROM clients WHERE id = ? AND user_id = ?"),
                      {clientId, actor.userId});
        if (!seq) return seq.error();
        page.lastSeq = seq->toLongLong();
    }

    const QString cacheKey = actor.scopeKey() + u'|' + actor.userId + u'|' + QString::number(from) +
                             u'|' + QString::number(limit);
    ChangeFeedCache::Entry cached;
    if (cache && cache->find(cacheKey, epoch, headRev, &cached)) {
        page.changesJson = cached.changesJson;
        page.hasMore = cached.hasMore;
        page.cookie =
            makeCookie(epoch, cached.hasMore ? cached.lastRev : headRev, actor.scopeKey());
        return page;
    }

    // The page and the head it is valid up to come from one snapshot.
    auto begun = db.beginRead();
    if (!begun) return begun.error();
    auto fail = [&db](const Error &e) -> Result<Page> {
        db.rollback();
        return e;
    };
    auto head = db.scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'rev'"));
    if (!head) return fail(head.error());
    headRev = head->toLongLong();

    // Each visibility branch is one index range scan in rev order; merge them.
    QList<Row> rows;
    for (const auto &branch : Visibility::feedBranches(actor)) {
        QVariantList binds = branch.binds;
        binds << from << limit + 1;
        auto q =
            db.exec(QStringLiteral("SELECT rev, entity, entity_id, op, data FROM changes WHERE ") +
                        branch.sql + QStringLiteral(" AND rev > ? ORDER BY rev LIMIT ?"),
                    binds);
        if (!q) return fail(q.error());
        QSqlQuery &query = q.value();
        while (query.next())
            rows.append(Row{query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toString(), query.value(3).toString(),
                            query.value(4).toString().toUtf8()});
    }
    db.rollback();  // read-only snapshot
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.rev < b.rev; });
    rows.erase(std::unique(rows.begin(), rows.end(),
                           [](const Row &a, const Row &b) { return a.rev == b.rev; }),
               rows.end());
    page.hasMore = rows.size() > limit;
    if (page.hasMore) rows.resize(limit);

    QByteArray &out = page.changesJson;
    out.clear();
    out.reserve(rows.size() * 600);
    out += '[';
    qint64 lastRev = from;
    for (const Row &r : rows) {
        if (out.size() > 1) out += ',';
        out += "{\"rev\":" + QByteArray::number(r.rev) + ",\"entity\":";
        appendJsonString(out, r.entity);
        out += ",\"id\":";
        appendJsonString(out, r.id);
        out += ",\"op\":";
        appendJsonString(out, r.op);
        if (r.op == QStringLiteral("upsert")) {
            out += ",\"data\":";
            out += r.data.isEmpty() ? QByteArray("{}") : r.data;
        }
        out += '}';
        lastRev = r.rev;
    }
    out += ']';
    page.cookie = makeCookie(epoch, page.hasMore ? lastRev : headRev, actor.scopeKey());
    if (cache) cache->insert(cacheKey, {epoch, headRev, out, lastRev, page.hasMore});
    return page;
}

}  // namespace dx
