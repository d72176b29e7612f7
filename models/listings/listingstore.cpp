#include "models/listings/listingstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "models/listings/listingvalidator.h"
#include "models/store/database.h"

namespace dx {

namespace {
class ListingstoreTr {
    Q_DECLARE_TR_FUNCTIONS(ListingStore)
};
}  // namespace

QJsonObject ListingStore::parse(const QString &json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString ListingStore::serialize(const QJsonObject &listing) {
    return QString::fromUtf8(QJsonDocument(listing).toJson(QJsonDocument::Compact));
}

Result<bool> ListingStore::isAssigned(Database &db, const QString &listingId,
                                      const QString &userId) {
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM listing_assignments WHERE user_id = ? "
                                      "AND listing_id = ?"),
                       {userId, listingId});
    if (!n) return n.error();
    return n->toInt() > 0;
}

Result<ListingRow> ListingStore::load(Database &db, const Actor &actor, const QString &id) {
    auto row = db.one(QStringLiteral("SELECT * FROM listings WHERE id = ?"), {id});
    if (!row) return row.error();
    const Error notFound = makeError(ErrorCode::NotFound, ListingstoreTr::tr("No such listing."),
                                     QStringLiteral("target"));
    if (!row->has_value()) return notFound;
    const QVariantMap &r = **row;
    ListingRow l;
    l.id = id;
    l.orgId = r.value(QStringLiteral("org_id")).toString();
    l.orgKind = r.value(QStringLiteral("org_kind")).toString();
    l.orgName = r.value(QStringLiteral("org_name")).toString();
    l.state = r.value(QStringLiteral("state")).toString();
    l.stage = r.value(QStringLiteral("stage")).toString();
    l.reason = r.value(QStringLiteral("reason")).toString();
    l.name = r.value(QStringLiteral("name")).toString();
    l.data = parse(r.value(QStringLiteral("data")).toString());
    l.round = r.value(QStringLiteral("round")).toInt();
    for (const QJsonValue &v :
         QJsonDocument::fromJson(r.value(QStringLiteral("experts")).toString().toUtf8()).array())
        l.experts << v.toString();
    l.submittedBy = r.value(QStringLiteral("submitted_by")).toString();
    l.rev = r.value(QStringLiteral("rev")).toLongLong();
    if (Visibility::canSee(actor, l.scope())) return l;
    if (actor.is(Role::Expert)) {
        auto assigned = isAssigned(db, id, actor.userId);
        if (!assigned) return assigned.error();
        if (*assigned) return l;
    }
    return notFound;
}

Status ListingStore::refreshIndex(Database &db, const QString &id, const QString &state,
                                  const QJsonObject &data) {
    for (const char *table : {"listing_tags", "listing_facets", "listing_files"}) {
        auto d = db.exec(
            QStringLiteral("DELETE FROM %1 WHERE listing_id = ?").arg(QLatin1String(table)), {id});
        if (!d) return d.error();
    }
    const bool listed = state == State::Listed;
    QSet<QString> files;
    for (const auto &ref : ListingValidator::blobs(data)) {
        if (files.contains(ref.sha)) continue;  // one row per file; public if any use is
        files.insert(ref.sha);
        bool isPublic = false;
        for (const auto &other : ListingValidator::blobs(data))
            isPublic = isPublic || (other.sha == ref.sha && other.isPublic);
        auto f = db.exec(QStringLiteral("INSERT INTO listing_files (sha256, listing_id, public) "
                                        "VALUES (?,?,?)"),
                         {ref.sha, id, listed && isPublic ? 1 : 0});
        if (!f) return f.error();
    }
    if (!listed) return Ok{};
    QSet<QString> tags;
    for (const QJsonValue &v : data.value(QStringLiteral("tags")).toArray())
        tags.insert(v.toString().trimmed());
    for (const QString &tag : tags) {
        if (tag.isEmpty()) continue;
        auto t = db.exec(QStringLiteral("INSERT INTO listing_tags (tag, listing_id, listed_at) "
                                        "SELECT ?, id, listed_at FROM listings WHERE id = ?"),
                         {tag, id});
        if (!t) return t.error();
    }
    for (const QString &kind : {QStringLiteral("category"), QStringLiteral("industry")}) {
        QSet<QString> values;
        const QString key = kind == QStringLiteral("category") ? QStringLiteral("categories")
                                                               : QStringLiteral("industries");
        for (const QJsonValue &v : data.value(key).toArray()) values.insert(v.toString());
        for (const QString &value : values) {
            auto f = db.exec(
                QStringLiteral("INSERT INTO listing_facets (kind, value, listing_id, listed_at) "
                               "SELECT ?, ?, id, listed_at FROM listings WHERE id = ?"),
                {kind, value, id});
            if (!f) return f.error();
        }
    }
    return Ok{};
}

}  // namespace dx
