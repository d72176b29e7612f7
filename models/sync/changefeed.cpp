#include "models/sync/changefeed.h"

#include <QJsonDocument>

#include "models/store/database.h"

namespace dx {

namespace {
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

}  // namespace dx
