#include "models/blobs/blobindex.h"

#include "models/auth/visibility.h"
#include "models/listings/listingstore.h"
#include "models/store/database.h"

namespace dx {

Status recordBlob(Database &db, const QString &sha, qint64 size, const QString &type,
                  const QString &uploadedBy, qint64 now) {
    auto r =
        db.exec(QStringLiteral("INSERT INTO blobs (sha256, size, type, uploaded_by, created_at) "
                               "VALUES (?,?,?,?,?) ON CONFLICT (sha256) DO NOTHING"),
                {sha, size, type, uploadedBy, now});
    if (!r) return r.error();
    if (uploadedBy.isEmpty()) return Ok{};
    return addBlobHolder(db, sha, uploadedBy, now);
}

Status addBlobHolder(Database &db, const QString &sha, const QString &userId, qint64 now) {
    auto h = db.exec(QStringLiteral("INSERT INTO blob_holders (sha256, user_id, created_at) "
                                    "VALUES (?,?,?) ON CONFLICT (sha256, user_id) DO NOTHING"),
                     {sha, userId, now});
    if (!h) return h.error();
    return Ok{};
}

Result<bool> BlobAccess::isPublic(Database &db, const QString &sha) {
    auto n = db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM listing_files WHERE sha256 = ? AND public = 1"),
        {sha});
    if (!n) return n.error();
    return n->toInt() > 0;
}

Result<bool> BlobAccess::mayRead(Database &db, const Actor &actor, const QString &sha) {
    if (actor.is(Role::Admin) || actor.is(Role::System)) {
        auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM blobs WHERE sha256 = ?"), {sha});
        if (!n) return n.error();
        return n->toInt() > 0;
    }
    if (!actor.userId.isEmpty()) {
        auto held = db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM blob_holders WHERE sha256 = ? AND user_id = ?"),
            {sha, actor.userId});
        if (!held) return held.error();
        if (held->toInt() > 0) return true;
    }
    auto rows = db.all(
        QStringLiteral(
            "SELECT org_id, org_kind, region FROM certifications WHERE "
            "license_blob = ? OR id_front_blob = ? OR id_back_blob = ? OR attachment_blob = ?"),
        {sha, sha, sha, sha});
    if (!rows) return rows.error();
    for (const QVariantMap &r : rows.value()) {
        if (Visibility::canSee(
                actor, Visibility::ofOrganisation(r.value(QStringLiteral("org_id")).toString(),
                                                  r.value(QStringLiteral("org_kind")).toString(),
                                                  r.value(QStringLiteral("region")).toString())))
            return true;
    }
    // An expert's photo: the roster is the provider's, its members see it.
    auto experts = db.all(QStringLiteral("SELECT org_id FROM experts WHERE photo_blob = ?"), {sha});
    if (!experts) return experts.error();
    for (const QVariantMap &r : experts.value())
        if (Visibility::canSee(actor, Scope{r.value(QStringLiteral("org_id")).toString(), {}, {}}))
            return true;
    auto listings = db.all(
        QStringLiteral("SELECT f.public, l.org_id, l.id FROM listing_files f JOIN listings l ON "
                       "l.id = f.listing_id WHERE f.sha256 = ?"),
        {sha});
    if (!listings) return listings.error();
    for (const QVariantMap &r : listings.value()) {
        if (r.value(QStringLiteral("public")).toInt() != 0) return true;
        if (Visibility::canSee(actor, Scope{r.value(QStringLiteral("org_id")).toString(), {}, {}}))
            return true;
        if (actor.is(Role::Expert)) {
            auto assigned = ListingStore::isAssigned(db, r.value(QStringLiteral("id")).toString(),
                                                     actor.userId);
            if (!assigned) return assigned.error();
            if (*assigned) return true;
        }
    }
    return false;
}

}  // namespace dx
