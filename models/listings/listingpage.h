#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace dx {

/// The buyer's detail page of a listing (商品详情) as one self-contained HTML document, from the
/// single template `:/listing/detail.html`. The server serves it at GET /listing/{id}; the
/// desktop's publish preview (发布预览, ui/listings) shows the very same output, so what the
/// provider previews is what buyers see. Headless: no widget dependency.
///
/// Every value from the listing is HTML-escaped; modules appear in the listing's order.
class ListingPage {
    Q_DECLARE_TR_FUNCTIONS(ListingPage)

public:
    struct Options {
        /// Prefix of every file URL: the URL of a file is blobUrlPrefix + its SHA-256.
        /// The server uses "/api/v1/blobs/"; the preview a "file:///…/blobs/" directory or its
        /// own scheme. Empty: images are left out (e.g. for a text-only export).
        QString blobUrlPrefix;
        /// The provider's name shown on the page (the listing object does not carry it).
        QString orgName;
    };

    /// The page for a listing object (docs/LISTINGS.md); never fails: missing parts are blank.
    static QString render(const QJsonObject &listing, const Options &options);
};

}  // namespace dx
