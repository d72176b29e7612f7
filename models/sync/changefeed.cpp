#include "models/sync/changefeed.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <QJsonDocument>
#include <algorithm>

#include "models/store/database.h"
#include "models/sync/changefeedcache.h"

namespace dx {

namespace {
QString scopeTag(const QString &scopeKey) {
    return QString::fromLatin1(
        QCryptographicHash::hash(scopeKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}
bool sameScope(const Scope &a, const Scope &b) {
    return a.orgId == b.orgId && a.region == b.region && a.userId == b.userId;
}
}  // namespace

Result<qint64> ChangeFeed::nextRev(Database &db) {
    auto u = db.exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'rev'"));
    if (!u) return u.error();
    auto v = db.scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'rev'"));
    if (!v) return v.error();
    return v->toLongLong();
}

static Result<qint64> insertChange(Database &db, const QString &entity, const QString &id,
                                   const QString &op, const Scope &scope, const QString &data) {
    auto rev = ChangeFeed::nextRev(db);
    if (!rev) return rev.error();
    auto r = db.exec(QStringLiteral("INSERT INTO changes (rev, entity, entity_id, op, org_id, "
                                    "region, user_id, data) VALUES (?,?,?,?,?,?,?,?)"),
                     {*rev, entity, id, op, scope.orgId, scope.region, scope.userId, data});
    if (!r) return r.error();
    return *rev;
}

Result<qint64> ChangeFeed::record(Database &db, const QString &entity, const QString &id,
                                  const QJsonObject &data, const Scope &scope,
                                  const std::optional<Scope> &previousScope) {
    auto del = db.exec(QStringLiteral("DELETE FROM changes WHERE entity = ? AND entity_id = ?"),
                       {entity, id});
    if (!del) return del.error();
    if (previousScope && !sameScope(*previousScope, scope)) {
        auto t = insertChange(db, entity, id, QStringLiteral("delete"), *previousScope, {});
        if (!t) return t.error();
    }
    QJsonObject snapshot = data;
    auto rev = insertChange(db, entity, id, QStringLiteral("upsert"), scope, {});
    if (!rev) return rev.error();
    snapshot.insert(QStringLiteral("rev"), *rev);
    auto up =
        db.exec(QStringLiteral("UPDATE changes SET data = ? WHERE rev = ?"),
                {QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact)), *rev});
    if (!up) return up.error();
    return *rev;
}

Result<qint64> ChangeFeed::publishRow(Database &db, const QString &table, const QString &id,
                                      const Scope &scope,
                                      const std::optional<Scope> &previousScope) {
    static const QStringList kSecret{QStringLiteral("password_hash"),
                                     QStringLiteral("failed_logins"),
                                     QStringLiteral("locked_until")};
    auto row =
        db.one(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!row) return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("row %1 of %2 is gone").arg(id, table));
    QJsonObject data;
    for (auto it = (*row)->cbegin(); it != (*row)->cend(); ++it) {
        if (kSecret.contains(it.key()) || it.key() == QStringLiteral("rev")) continue;
        const QVariant &v = it.value();
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            data.insert(it.key(), v.toLongLong());
        else
            data.insert(it.key(), v.toString());
    }
    if (db.isReplica()) {
        // A local, pending effect: note what was touched so a rebase can undo it; the row keeps
        // the server's rev, which later commands cite as their base_rev.
        auto touched = db.exec(
            QStringLiteral("INSERT INTO changes (rev, entity, entity_id, op) VALUES "
                           "((SELECT COALESCE(MAX(rev), 0) + 1 FROM changes), ?, ?, 'local')"),
            {table, id});
        if (!touched) return touched.error();
        return (*row)->value(QStringLiteral("rev")).toLongLong();
    }
    auto rev = record(db, table, id, data, scope, previousScope);
    if (!rev) return rev.error();
    auto up =
        db.exec(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET rev = ? WHERE id = ?"),
                {*rev, id});
    if (!up) return up.error();
    return *rev;
}

Result<qint64> ChangeFeed::recordDeletion(Database &db, const QString &entity, const QString &id,
                                          const Scope &scope) {
    if (db.isReplica()) {
        // A local, pending deletion: noted like publishRow's local effects, so that a rebase
        // restores the row when the server refuses the command.
        auto touched = db.exec(
            QStringLiteral("INSERT INTO changes (rev, entity, entity_id, op) VALUES "
                           "((SELECT COALESCE(MAX(rev), 0) + 1 FROM changes), ?, ?, 'local')"),
            {entity, id});
        if (!touched) return touched.error();
        return qint64(0);
    }
    auto del = db.exec(QStringLiteral("DELETE FROM changes WHERE entity = ? AND entity_id = ?"),
                       {entity, id});
    if (!del) return del.error();
    return insertChange(db, entity, id, QStringLiteral("delete"), scope, {});
}

QString ChangeFeed::makeCookie(const QString &epoch, qint64 rev, const QString &scopeKey) {
    return epoch + u'.' + QString::number(rev) + u'.' + scopeTag(scopeKey);
}

QJsonArray ChangeFeed::Page::changes() const {
    return QJsonDocument::fromJson(changesJson).array();
}

QByteArray ChangeFeed::Page::toJson() const {
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

Result<ChangeFeed::Page> ChangeFeed::pull(Database &db, const Actor &actor, const QString &since,
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
