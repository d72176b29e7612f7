#include "models/listings/catalogquery.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "models/listings/listingstore.h"
#include "models/listings/listingvalidator.h"
#include "models/store/database.h"
#include "models/workflow/states.h"

namespace dx {

namespace {
class CatalogqueryTr {
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
            return makeError(ErrorCode::Invalid,
                             CatalogqueryTr::tr("At most 10 tags of 12 characters."),
                             QStringLiteral("tags"));
        f.tags << tag;
    }
    f.category = q.value(QStringLiteral("category")).trimmed();
    if (!f.category.isEmpty() && !ListingValidator::categories().contains(f.category))
        return makeError(ErrorCode::Invalid, CatalogqueryTr::tr("Unknown category."),
                         QStringLiteral("category"));
    f.industry = q.value(QStringLiteral("industry")).trimmed();
    if (!f.industry.isEmpty() && !ListingValidator::industries().contains(f.industry))
        return makeError(ErrorCode::Invalid, CatalogqueryTr::tr("Unknown industry."),
                         QStringLiteral("industry"));
    f.text = q.value(QStringLiteral("q")).trimmed().left(60);
    bool ok = true;
    if (q.contains(QStringLiteral("offset"))) {
        f.offset = q.value(QStringLiteral("offset")).toInt(&ok);
        if (!ok || f.offset < 0)
            return makeError(ErrorCode::Invalid, CatalogqueryTr::tr("Bad offset."),
                             QStringLiteral("offset"));
    }
    if (q.contains(QStringLiteral("limit"))) {
        f.limit = q.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || f.limit < 1 || f.limit > 100)
            return makeError(ErrorCode::OutOfRange, CatalogqueryTr::tr("A limit from 1 to 100."),
                             QStringLiteral("limit"));
    }
    return f;
}

Result<QJsonObject> CatalogQuery::run(Database &db, const CatalogFilter &f) {
    // The first tag (else the first facet) drives: one range of its (value, listed_at,
    // listing_id) index, read newest first, so a page is LIMIT rows of the index, never a sort of
    // every match. The other tags and facets are primary-key probes of the driver's rows.
    // Only listed listings have tag and facet rows, so a filtered query never reads other states.
    // Measured in bench_catalog.
    struct Probe {
        QString table;
        QVariantList binds;
    };
    QList<Probe> probes;
    for (const QString &tag : f.tags) probes.append({QStringLiteral("listing_tags"), {tag}});
    const QList<QPair<QString, QString>> facets{{QStringLiteral("category"), f.category},
                                                {QStringLiteral("industry"), f.industry}};
    for (const auto &[kind, value] : facets) {
        if (!value.isEmpty()) probes.append({QStringLiteral("listing_facets"), {kind, value}});
    }
    QString from;
    QString where;
    QString order;
    QString idColumn;
    QVariantList joinBinds;  // the JOIN … ON binds come first in the statement text
    QVariantList whereBinds;
    auto condition = [](const Probe &p, const QString &alias) {
        return p.table == QStringLiteral("listing_tags")
                   ? QStringLiteral("%1.tag = ?").arg(alias)
                   : QStringLiteral("%1.kind = ? AND %1.value = ?").arg(alias);
    };
    if (probes.isEmpty()) {
        from = QStringLiteral("listings l");
        where = QStringLiteral("l.state = ?");
        whereBinds << State::Listed;
        order = QStringLiteral("l.listed_at DESC, l.id DESC");
        idColumn = QStringLiteral("l.id");
    } else {
        from = probes.first().table + QStringLiteral(" d");
        where = condition(probes.first(), QStringLiteral("d"));
        whereBinds << probes.first().binds;
        for (int i = 1; i < probes.size(); ++i) {
            const QString alias = QStringLiteral("p%1").arg(i);
            from += QStringLiteral(" JOIN %1 %2 ON ").arg(probes[i].table, alias) +
                    condition(probes[i], alias) +
                    QStringLiteral(" AND %1.listing_id = d.listing_id").arg(alias);
            joinBinds << probes[i].binds;
        }
        order = QStringLiteral("d.listed_at DESC, d.listing_id DESC");
        idColumn = QStringLiteral("d.listing_id");
        if (!f.text.isEmpty()) from += QStringLiteral(" JOIN listings l ON l.id = d.listing_id");
    }
    if (!f.text.isEmpty()) {
        where +=
            QStringLiteral(" AND (l.name LIKE ? ESCAPE '\\' OR l.org_name LIKE ? ESCAPE '\\')");
        whereBinds << likePattern(f.text) << likePattern(f.text);
    }
    const QVariantList binds = joinBinds + whereBinds;
    auto total = db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM ") + from + QStringLiteral(" WHERE ") + where, binds);
    if (!total) return total.error();
    QVariantList pageBinds = binds;
    pageBinds << f.limit << f.offset;
    // The page's ids first (index only), then their rows: the JSON of 20 listings, not of every
    // match before the offset.
    auto rows = db.all(
        QStringLiteral("SELECT x.id, x.org_name, x.listed_at, x.data FROM (SELECT ") + idColumn +
            QStringLiteral(" AS pid FROM ") + from + QStringLiteral(" WHERE ") + where +
            QStringLiteral(" ORDER BY ") + order +
            QStringLiteral(" LIMIT ? OFFSET ?) page JOIN listings x ON x.id = page.pid ORDER BY "
                           "x.listed_at DESC, x.id DESC"),
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
