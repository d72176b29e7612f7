#pragma once

#include <QJsonObject>
#include <QStringList>

#include "models/auth/visibility.h"
#include "models/core/result.h"
#include "models/workflow/states.h"

namespace dx {

class Database;

/// A listings row as the commands and reads need it (docs/LISTINGS.md).
struct ListingRow {
    QString id;
    QString orgId;
    QString orgKind;
    QString orgName;
    QString state;
    QString stage;
    QString reason;
    QString name;
    QJsonObject data;  ///< the listing object
    int round = 0;     ///< how many times it was submitted; expert opinions are per round
    QStringList experts;
    QString submittedBy;
    qint64 rev = 0;

    /// Listings live in their organisation; operators and department see every shared row.
    Scope scope() const { return Scope{orgId, {}, {}}; }
    /// Buyers see only listed listings (the catalog, the detail page).
    bool isPublic() const { return state == State::Listed; }
};

/// Loading, scoping and the catalog's side tables of listings.
namespace ListingStore {
/// The listing if `actor` may see it: its organisation, operator/department/admin, or an
/// expert it is assigned to. Otherwise not_found (never reveal what exists).
Result<ListingRow> load(Database &db, const Actor &actor, const QString &id);
/// Whether `userId` has an assignment (any round) on the listing.
Result<bool> isAssigned(Database &db, const QString &listingId, const QString &userId);
/// Rewrites listing_tags / listing_facets / listing_files for the listing's current state and
/// data: tags and facets only while listed; files always, public only while listed.
Status refreshIndex(Database &db, const QString &id, const QString &state, const QJsonObject &data);
/// The listing object of a row's `data` column.
QJsonObject parse(const QString &json);
QString serialize(const QJsonObject &listing);
}  // namespace ListingStore

}  // namespace dx
