// POST/DELETE /api/v1/session, POST /api/v1/accounts, POST /api/v1/clients.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "models/commands/commandprocessor.h"
#include "models/commands/servercommandservices.h"
#include "models/core/clock.h"
#include "models/sync/pushservice.h"
#include "server/serverapp.h"

namespace dx::routes {

namespace {
class SessionroutesTr {
    Q_DECLARE_TR_FUNCTIONS(SessionRoutes)
};
}  // namespace

void addSessionRoutes(http::Server &http, ServerApp &app) {
    http.route("POST", "/api/v1/session", [&app](const http::Request &req) {
        auto body = app.jsonBody(req);
        if (!body) return ServerApp::respond(body.error());
        auto s = app.sessions().signIn(body->value(QStringLiteral("username")).toString(),
                                       body->value(QStringLiteral("password")).toString(), nowMs());
        if (!s) return ServerApp::respond(s.error());
        return http::Response::json(200, {{QStringLiteral("token"), s->token},
                                          {QStringLiteral("expires_at"), s->expiresAt},
                                          {QStringLiteral("user"), s->actor.toJson()}});
    });

    http.route("DELETE", "/api/v1/session", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        auto out = app.sessions().signOut(
            QString::fromLatin1(req.header("authorization").mid(7).trimmed()));
        if (!out) return ServerApp::respond(out.error());
        return http::Response{204, {}, {}, {}, {}};
    });

    // Registration is a command like any other, run for an anonymous actor.
    http.route("POST", "/api/v1/accounts", [&app](const http::Request &req) {
        auto body = app.jsonBody(req);
        if (!body) return ServerApp::respond(body.error());
        Command c;
        c.id = newId();
        c.type = QStringLiteral("account.register");
        c.payload = body.value();
        c.issuedAt = nowMs();
        ServerCommandServices services(&app.audit(), app.config().sessions);
        CommandProcessor processor(app.db(), &services, &app.blobs());
        const Outcome out = processor.execute(Actor::anonymous(), c);
        if (out.status != Outcome::Status::Applied) return ServerApp::respond(out.error);
        return http::Response::json(201, out.result);
    });

    http.route("POST", "/api/v1/clients", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        auto body = app.jsonBody(req);
        if (!body) return ServerApp::respond(body.error());
        const QJsonValue name = body->value(QStringLiteral("name"));
        if (!name.isUndefined() && !name.isNull() && !name.isString())
            return ServerApp::respond(makeError(ErrorCode::Invalid,
                                                SessionroutesTr::tr("Text is expected here."),
                                                QStringLiteral("name")));
        PushService push(app.db(), &app.audit(), &app.blobs());
        auto id = push.registerClient(*actor, name.toString(), nowMs());
        if (!id) return ServerApp::respond(id.error());
        return http::Response::json(201, {{QStringLiteral("client_id"), *id}});
    });
}

}  // namespace dx::routes
