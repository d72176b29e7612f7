#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "models/core/error.h"

namespace dx {

/// Checks a listing object (docs/LISTINGS.md "The listing object") on client and server.
///
/// Public API for the editor (ui/listings): call validate(listing, Mode::Submit) before
/// submitting to show every error at once; each Error's `field` is a path such as `cases`,
/// `cases[1].customer`, `specs`, `modules[2].items`, `contact.phone`.
class ListingValidator {
    Q_DECLARE_TR_FUNCTIONS(ListingValidator)

public:
    enum class Mode {
        /// A draft (listing.save): JSON types, lengths, counts that can only grow too large,
        /// list membership, integer fen; nothing that more typing could still fix.
        Draft,
        /// listing.submit: also every required field, exactly 3 cases and 3 user cases, ≥1 spec,
        /// each of the six modules exactly once, a phone and/or e-mail, price_low ≤ price_high.
        Submit,
    };

    /// Every error, in the listing's field order; empty when acceptable.
    static QList<Error> validate(const QJsonObject &listing, Mode mode);

    /// Solution categories (方案分类): the provider service scopes of seed 001 (服务商服务范围),
    /// the same codes as resources/forms/provider_profile.json.
    static const QStringList &categories();
    /// GB/T 4754 sections A–T (适用行业).
    static const QStringList &industries();
    /// The six detail-page modules, in their default order.
    static const QStringList &moduleTypes();

    /// A blob the listing references: where (field path), which, and its upload purpose.
    struct BlobRef {
        QString field;
        QString sha;
        QString purpose;  ///< "listing_image", "case_document" or "listing_media"
        bool isPublic;    ///< shown to buyers once listed (case documents are not)
    };
    /// Every non-empty blob reference of a listing, for upload checks and the blob index.
    static QList<BlobRef> blobs(const QJsonObject &listing);
};

}  // namespace dx
