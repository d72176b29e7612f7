// Scoped reads: GET /api/v1/me, /api/v1/tasks, /api/v1/experts, /api/v1/certifications/{id},
// /api/v1/organisations/{id}.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "models/commands/organisationrules.h"
#include "models/commands/payload.h"
#include "models/items/taskquery.h"
#include "server/serverapp.h"

namespace dx::routes {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ReadRoutes)
};
}  // namespace

void addReadRoutes(http::Server &http, ServerApp &app) {
    http.route("GET", "/api/v1/me", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        QJsonObject me = currentRow(app.db(), QStringLiteral("users"), actor->userId);
        me.remove(QStringLiteral("failed_logins"));
        me.remove(QStringLiteral("locked_until"));
        QJsonObject out{{QStringLiteral("user"), me}};
        if (!actor->orgId.isEmpty())
            out.insert(QStringLiteral("organisation"),
                       currentRow(app.db(), QStringLiteral("organisations"), actor->orgId));
        return http::Response::json(200, out);
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

    // The experts an operator may assign to a listing's review (docs/LISTINGS.md): users of
    // role expert are not in anyone else's replica, so the desk asks for them.
    http.route("GET", "/api/v1/experts", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        if (actor->role != Role::Operator && actor->role != Role::Admin)
            return ServerApp::respond(
                makeError(ErrorCode::Forbidden, Tr::tr("Only the operator assigns experts.")));
        auto rows =
            app.db().all(QStringLiteral("SELECT id, username, display_name FROM users "
                                        "WHERE role = 'expert' ORDER BY username"));
        if (!rows) return ServerApp::respond(rows.error());
        QJsonArray experts;
        for (const QVariantMap &r : rows.value()) experts.append(QJsonObject::fromVariantMap(r));
        return http::Response::json(200, QJsonObject{{QStringLiteral("experts"), experts}});
    });

    http.route("GET", "/api/v1/certifications/([0-9a-f-]{36})", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        const QJsonObject row =
            currentRow(app.db(), QStringLiteral("certifications"), req.pathArgs.value(0));
        const bool ent =
            row.value(QStringLiteral("org_kind")).toString() == QStringLiteral("enterprise");
        const Scope scope{row.value(QStringLiteral("org_id")).toString(),
                          ent ? row.value(QStringLiteral("region")).toString() : QString(),
                          {}};
        if (row.isEmpty() || !Visibility::canSee(*actor, scope))
            return ServerApp::respond(
                makeError(ErrorCode::NotFound, Tr::tr("No such application.")));
        return http::Response::json(200, row);
    });

    http.route("GET", "/api/v1/organisations/([0-9a-f-]{36})", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        auto org = loadOrganisation(app.db(), *actor, req.pathArgs.value(0));
        if (!org) return ServerApp::respond(org.error());
        QJsonObject row = currentRow(app.db(), QStringLiteral("organisations"), org->id);
        return http::Response::json(200, row);
    });
}

}  // namespace dx::routes
