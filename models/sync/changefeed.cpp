#include "changefeed.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include "store/database.h"

namespace dx {

namespace {
QString scopeTag(const QString &scopeKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(scopeKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}
bool sameScope(const Scope &a, const Scope &b)
{
    return a.orgId == b.orgId && a.region == b.region && a.userId == b.userId;
}
}  // namespace

Result<qint64> ChangeFeed::nextRev(Database &db)
{
    auto u = db.exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'rev'"));
    if (!u) return u.error();
    auto v = db.scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'rev'"));
    if (!v) return v.error();
    return v->toLongLong();
}

static Result<qint64> insertChange(Database &db, const QString &entity, const QString &id,
                                   const QString &op, const Scope &scope, const QString &data)
{
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
                                  const std::optional<Scope> &previousScope)
{
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
    auto up = db.exec(QStringLiteral("UPDATE changes SET data = ? WHERE rev = ?"),
                      {QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact)),
                       *rev});
    if (!up) return up.error();
    return *rev;
}

Result<qint64> ChangeFeed::publishRow(Database &db, const QString &table, const QString &id,
                                      const Scope &scope, const std::optional<Scope> &previousScope)
{
    static const QStringList kSecret{QStringLiteral("password_hash"),
                                     QStringLiteral("failed_logins"),
                                     QStringLiteral("locked_until")};
    auto row = db.one(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"),
                      {id});
    if (!row) return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("row %1 of %2 is gone").arg(id, table));
    QJsonObject data;
    for (auto it = (*row)->cbegin(); it != (*row)->cend(); ++it) {
        if (kSecret.contains(it.key()) || it.key() == QStringLiteral("rev")) continue;
        const QVariant &v = it.value();
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            data.insert(it.key(), v.toLongLong());
        else
            data.insert(it.key(), v.toString());
    }
    auto rev = record(db, table, id, data, scope, previousScope);
    if (!rev) return rev.error();
    auto up = db.exec(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET rev = ? WHERE id = ?"),
                      {*rev, id});
    if (!up) return up.error();
    return *rev;
}

Result<qint64> ChangeFeed::recordDeletion(Database &db, const QString &entity, const QString &id,
                                          const Scope &scope)
{
    auto del = db.exec(QStringLiteral("DELETE FROM changes WHERE entity = ? AND entity_id = ?"),
                       {entity, id});
    if (!del) return del.error();
    return insertChange(db, entity, id, QStringLiteral("delete"), scope, {});
}

QString ChangeFeed::makeCookie(const QString &epoch, qint64 rev, const QString &scopeKey)
{
    return epoch + u'.' + QString::number(rev) + u'.' + scopeTag(scopeKey);
}

Result<ChangeFeed::Page> ChangeFeed::pull(Database &db, const Actor &actor, const QString &since,
                                          int limit, const QString &clientId)
{
    Page page;
    auto begun = db.beginRead();
    if (!begun) return begun.error();
    auto fail = [&db](const Error &e) -> Result<Page> {
        db.rollback();
        return e;
    };

    auto epoch = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'db_epoch'"));
    if (!epoch) return fail(epoch.error());
    auto head = db.scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'rev'"));
    if (!head) return fail(head.error());
    const qint64 headRev = head->toLongLong();

    qint64 from = 0;
    if (!since.isEmpty()) {
        const QStringList parts = since.split(u'.');
        bool ok = parts.size() == 3;
        const qint64 rev = ok ? parts[1].toLongLong(&ok) : 0;
        if (!ok || parts[0] != epoch->toString() || parts[2] != scopeTag(actor.scopeKey()) ||
            rev < 0 || rev > headRev) {
            db.rollback();
            page.reset = true;
            return page;
        }
        from = rev;
    }

    if (!clientId.isEmpty()) {
        auto seq = db.scalar(QStringLiteral("SELECT last_seq FROM clients WHERE id = ? AND user_id = ?"),
                             {clientId, actor.userId});
        if (!seq) return fail(seq.error());
        page.lastSeq = seq->toLongLong();
    }

    const auto filter = Visibility::sqlFilter(actor);
    QVariantList binds{from};
    binds += filter.binds;
    binds << limit + 1;
    auto rows = db.exec(QStringLiteral("SELECT rev, entity, entity_id, op, data FROM changes "
                                       "WHERE rev > ? AND ") +
                            filter.sql + QStringLiteral(" ORDER BY rev LIMIT ?"),
                        binds);
    if (!rows) return fail(rows.error());
    QSqlQuery &q = rows.value();
    qint64 lastRev = from;
    int n = 0;
    while (q.next()) {
        if (n == limit) {
            page.hasMore = true;
            break;
        }
        ++n;
        lastRev = q.value(0).toLongLong();
        QJsonObject c{{QStringLiteral("rev"), lastRev},
                      {QStringLiteral("entity"), q.value(1).toString()},
                      {QStringLiteral("id"), q.value(2).toString()},
                      {QStringLiteral("op"), q.value(3).toString()}};
        if (q.value(3).toString() == QStringLiteral("upsert"))
            c.insert(QStringLiteral("data"),
                     QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
        page.changes.append(c);
    }
    db.rollback();  // read-only snapshot
    page.cookie = makeCookie(epoch->toString(), page.hasMore ? lastRev : headRev, actor.scopeKey());
    return page;
}

}  // namespace dx
