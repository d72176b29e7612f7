// Listings: GET /api/v1/catalog (anonymous, listed only), GET /api/v1/listings/{id} (scoped),
// GET /listing/{id} (the buyer's detail page as HTML, listed only).
#include <QCoreApplication>
#include <QJsonArray>

#include "models/auth/readpolicy.h"
#include "models/commands/payload.h"
#include "models/listings/catalogquery.h"
#include "models/listings/listingpage.h"
#include "models/listings/listingstore.h"
#include "models/workflow/states.h"
#include "server/serverapp.h"

namespace dx::routes {

namespace {
const QByteArray kId = "([0-9a-f-]{36})";

// The page may load only its own images and styles: a listing can never pull in a script or
// another site's content, whatever its text says (it is escaped as well).
http::Response html(int status, const QString &body) {
    http::Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = body.toUtf8();
    r.headers.append(qMakePair(QByteArray("Content-Security-Policy"),
                               QByteArray("default-src 'none'; img-src 'self'; "
                                          "style-src 'unsafe-inline'; frame-ancestors 'none'; "
                                          "base-uri 'none'; form-action 'none'")));
    r.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
    // No other site may frame the page (clickjacking); the header is for browsers without CSP 2.
    r.headers.append(qMakePair(QByteArray("X-Frame-Options"), QByteArray("DENY")));
    return r;
}

http::Response notFoundPage() {
    return html(
        404, QStringLiteral("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta "
                            "charset=\"utf-8\"><title>%1</title></head><body><h1>%1</h1>"
                            "<p>%2</p></body></html>")
                 // translate() by name: lupdate mis-files Tr::tr after an `http::` return type.
                 .arg(QCoreApplication::translate("ListingRoutes", "Not found (商品不存在)")
                          .toHtmlEscaped(),
                      QCoreApplication::translate("ListingRoutes",
                                                  "This listing does not exist or is not listed.")
                          .toHtmlEscaped()));
}

}  // namespace

void addListingRoutes(http::Server &http, ServerApp &app) {
    http.route("GET", "/api/v1/catalog", [&app](const http::Request &req) {
        auto filter = CatalogFilter::fromQuery(req.query);
        if (!filter) return ServerApp::respond(filter.error());
        auto result = CatalogQuery::run(app.db(), *filter);
        if (!result) return ServerApp::respond(result.error());
        return http::Response::json(200, *result);
    });

    http.route("GET", "/api/v1/listings/" + kId, [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        auto l = ListingStore::load(app.db(), *actor, req.pathArgs.value(0));
        if (!l) return ServerApp::respond(l.error());
        QJsonObject row = currentRow(app.db(), Entity::Listings, l->id);
        row.remove(QStringLiteral("data"));
        row.insert(QStringLiteral("listing"), l->data);
        QString key;
        auto notes = ReadPolicy::reviewNotes(app.db(), *actor, l->id, &key);
        if (!notes) return ServerApp::respond(notes.error());
        row.insert(key, *notes);
        return http::Response::json(200, row);
    });

    http.route("GET", "/listing/" + kId, [&app](const http::Request &req) {
        auto l = ListingStore::load(app.db(), Actor::system(), req.pathArgs.value(0));
        if (!l) {
            if (l.error().code == QLatin1String(ErrorCode::NotFound)) return notFoundPage();
            return ServerApp::respond(l.error());
        }
        if (!l->isPublic()) return notFoundPage();
        return html(200,
                    ListingPage::render(l->data, {QStringLiteral("/api/v1/blobs/"), l->orgName}));
    });
}

}  // namespace dx::routes
