#include "catalogquery.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "listings/listingstore.h"
#include "listings/listingvalidator.h"
#include "store/database.h"

namespace dx {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CatalogQuery)
};

QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}
}  // namespace

Result<CatalogFilter> CatalogFilter::fromQuery(const QHash<QString, QString> &q) {
    CatalogFilter f;
    for (const QString &t : q.value(QStringLiteral("tags")).split(u',', Qt::SkipEmptyParts)) {
        const QString tag = t.trimmed();
        if (tag.isEmpty() || f.tags.contains(tag)) continue;
        if (tag.size() > 12 || f.tags.size() >= 10)
            return makeError(ErrorCode::Invalid, Tr::tr("At most 10 tags of 12 characters."),
                             QStringLiteral("tags"));
        f.tags << tag;
    }
    f.category = q.value(QStringLiteral("category")).trimmed();
    if (!f.category.isEmpty() && !ListingValidator::categories().contains(f.category))
        return makeError(ErrorCode::Invalid, Tr::tr("Unknown category."),
                         QStringLiteral("category"));
    f.industry = q.value(QStringLiteral("industry")).trimmed();
    if (!f.industry.isEmpty() && !ListingValidator::industries().contains(f.industry))
        return makeError(ErrorCode::Invalid, Tr::tr("Unknown industry."),
                         QStringLiteral("industry"));
    f.text = q.value(QStringLiteral("q")).trimmed().left(60);
    bool ok = true;
    if (q.contains(QStringLiteral("offset"))) {
        f.offset = q.value(QStringLiteral("offset")).toInt(&ok);
        if (!ok || f.offset < 0)
            return makeError(ErrorCode::Invalid, Tr::tr("Bad offset."), QStringLiteral("offset"));
    }
    if (q.contains(QStringLiteral("limit"))) {
        f.limit = q.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || f.limit < 1 || f.limit > 100)
            return makeError(ErrorCode::OutOfRange, Tr::tr("A limit from 1 to 100."),
                             QStringLiteral("limit"));
    }
    return f;
}

Result<QJsonObject> CatalogQuery::run(Database &db, const CatalogFilter &f) {
    // Each tag is one primary-key range of listing_tags; the facet tables likewise. Only listed
    // listings have rows there, so a filtered query never reads the other states.
    // The tags are joins driven by the first tag's range (measured in bench_catalog: an
    // `id IN (…)` per tag let SQLite walk every listed listing in date order instead).
    QString from = QStringLiteral("listings l");
    QString where = QStringLiteral("l.state = 'listed'");
    QVariantList binds;
    for (int i = 0; i < f.tags.size(); ++i) {
        const QString t = QStringLiteral("t%1").arg(i);
        from = i == 0 ? QStringLiteral("listing_tags t0 JOIN listings l ON l.id = t0.listing_id")
                      : from + QStringLiteral(
                                   " JOIN listing_tags %1 ON %1.listing_id = l.id AND "
                                   "%1.tag = ?")
                                   .arg(t);
        if (i > 0) binds << f.tags[i];
    }
    if (!f.tags.isEmpty()) {
        where += QStringLiteral(" AND t0.tag = ?");
        binds << f.tags.first();
    }
    const QList<QPair<QString, QString>> facets{{QStringLiteral("category"), f.category},
                                                {QStringLiteral("industry"), f.industry}};
    for (const auto &[kind, value] : facets) {
        if (value.isEmpty()) continue;
        where += QStringLiteral(
            " AND l.id IN (SELECT listing_id FROM listing_facets WHERE "
            "kind = ? AND value = ?)");
        binds << kind << value;
    }
    if (!f.text.isEmpty()) {
        where +=
            QStringLiteral(" AND (l.name LIKE ? ESCAPE '\\' OR l.org_name LIKE ? ESCAPE '\\')");
        binds << likePattern(f.text) << likePattern(f.text);
    }
    auto total = db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM ") + from + QStringLiteral(" WHERE ") + where, binds);
    if (!total) return total.error();
    QVariantList pageBinds = binds;
    pageBinds << f.limit << f.offset;
    auto rows = db.all(QStringLiteral("SELECT l.id, l.org_name, l.listed_at, l.data FROM ") + from +
                           QStringLiteral(" WHERE ") + where +
                           QStringLiteral(" ORDER BY l.listed_at DESC, l.id LIMIT ? OFFSET ?"),
                       pageBinds);
    if (!rows) return rows.error();
    QJsonArray items;
    for (const QVariantMap &r : *rows) {
        const QJsonObject d = ListingStore::parse(r.value(QStringLiteral("data")).toString());
        QJsonObject item{
            {QStringLiteral("id"), r.value(QStringLiteral("id")).toString()},
            {QStringLiteral("org_name"), r.value(QStringLiteral("org_name")).toString()},
            {QStringLiteral("listed_at"), r.value(QStringLiteral("listed_at")).toLongLong()}};
        for (const char *key : {"name", "product", "display_image", "tags", "categories",
                                "industries", "price_low_fen", "price_high_fen", "discount_note"})
            item.insert(QLatin1String(key), d.value(QLatin1String(key)));
        items.append(item);
    }
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("total"), total->toLongLong()}};
}

}  // namespace dx
