// Scoped reads: GET /api/v1/me, /api/v1/tasks, /api/v1/experts, /api/v1/certifications/{id},
// /api/v1/organisations/{id}.
#include <QJsonArray>
#include <QJsonDocument>

#include "models/auth/readpolicy.h"
#include "models/commands/organisationrules.h"
#include "models/commands/payload.h"
#include "models/items/taskquery.h"
#include "models/workflow/states.h"
#include "server/serverapp.h"

namespace dx::routes {

void addReadRoutes(http::Server &http, ServerApp &app) {
    http.route("GET", "/api/v1/me", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        auto out = ReadPolicy::me(app.db(), *actor);
        if (!out) return ServerApp::respond(out.error());
        return http::Response::json(200, *out);
    });

    http.route("GET", "/api/v1/tasks", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        auto filter = TaskFilter::fromQuery(req.query);
        if (!filter) return ServerApp::respond(filter.error());
        auto result = TaskQuery::run(app.db(), *actor, *filter);
        if (!result) return ServerApp::respond(result.error());
        return http::Response::json(200, *result);
    });

    // The experts an operator may assign to a listing's review (docs/LISTINGS.md).
    http.route("GET", "/api/v1/experts", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        auto experts = ReadPolicy::assignableExperts(app.db(), *actor);
        if (!experts) return ServerApp::respond(experts.error());
        return http::Response::json(200, QJsonObject{{QStringLiteral("experts"), *experts}});
    });

    http.route("GET", "/api/v1/certifications/([0-9a-f-]{36})", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        auto row = ReadPolicy::certification(app.db(), *actor, req.pathArgs.value(0));
        if (!row) return ServerApp::respond(row.error());
        return http::Response::json(200, *row);
    });

    http.route("GET", "/api/v1/organisations/([0-9a-f-]{36})", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        auto org = loadOrganisation(app.db(), *actor, req.pathArgs.value(0));
        if (!org) return ServerApp::respond(org.error());
        QJsonObject row = currentRow(app.db(), Entity::Organisations, org->id);
        return http::Response::json(200, row);
    });
}

}  // namespace dx::routes
