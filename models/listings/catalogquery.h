#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include "models/core/result.h"

namespace dx {

class Database;

/// Filters of the buyers' catalog (GET /api/v1/catalog): tags AND-ed, one category, one
/// industry, free text on the name and the provider, paging.
struct CatalogFilter {
    QStringList tags;
    QString category;
    QString industry;
    QString text;
    int offset = 0;
    int limit = 20;  ///< 1–100

    /// From `?tags=a,b&category=&industry=&q=&offset=&limit=`; bad values are typed errors.
    static Result<CatalogFilter> fromQuery(const QHash<QString, QString> &query);
};

/// The catalog query: only listed listings, newest first. Anonymous: nothing here is scoped.
class CatalogQuery {
public:
    /// `{items: [{id, name, product, org_name, display_image, tags, categories, industries,
    /// price_low_fen, price_high_fen, discount_note, listed_at}], total}`
    static Result<QJsonObject> run(Database &db, const CatalogFilter &filter);
};

}  // namespace dx
