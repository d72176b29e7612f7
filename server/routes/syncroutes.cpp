// POST /api/v1/commands (push) and GET /api/v1/changes (pull).
#include <QCoreApplication>
#include <QJsonArray>

#include "models/commands/commandprocessor.h"
#include "models/core/clock.h"
#include "models/sync/feedreader.h"
#include "models/sync/pushservice.h"
#include "server/serverapp.h"

namespace dx::routes {

namespace {
class SyncroutesTr {
    Q_DECLARE_TR_FUNCTIONS(SyncRoutes)
};
}  // namespace

void addSyncRoutes(http::Server &http, ServerApp &app) {
    http.route("POST", "/api/v1/commands", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        auto body = app.jsonBody(req);
        if (!body) return ServerApp::respond(body.error());
        const QString clientId = body->value(QStringLiteral("client_id")).toString(actor->clientId);
        if (clientId.isEmpty())
            return ServerApp::respond(makeError(ErrorCode::Required,
                                                SyncroutesTr::tr("Register this client first."),
                                                QStringLiteral("client_id")));
        const QJsonValue list = body->value(QStringLiteral("commands"));
        if (!list.isArray())
            return ServerApp::respond(makeError(ErrorCode::Required,
                                                SyncroutesTr::tr("A list of commands is expected."),
                                                QStringLiteral("commands")));
        if (list.toArray().size() > app.config().maxCommandsPerPush)
            return ServerApp::respond(makeError(ErrorCode::PayloadTooLarge,
                                                SyncroutesTr::tr("At most %1 commands per request.")
                                                    .arg(app.config().maxCommandsPerPush),
                                                QStringLiteral("commands")));
        QList<Command> commands;
        int index = 0;
        for (const QJsonValue &v : list.toArray()) {
            auto c = Command::fromJson(v.toObject());
            if (!c || c->seq <= 0) {
                Error e = c ? makeError(ErrorCode::Required,
                                        SyncroutesTr::tr("Each command needs its seq."),
                                        QStringLiteral("seq"))
                            : c.error();
                e.field = QStringLiteral("commands[%1].%2").arg(index).arg(e.field);
                return ServerApp::respond(e);
            }
            commands.append(c.value());
            ++index;
        }
        PushService push(app.db(), &app.audit(), &app.blobs(), app.config().sessions);
        auto reply = push.push(*actor, clientId, commands, nowMs());
        if (!reply) return ServerApp::respond(reply.error());
        return http::Response::json(200, {{QStringLiteral("outcomes"), reply->outcomes},
                                          {QStringLiteral("last_seq"), reply->lastSeq}});
    });

    // One command run now, outside any client's outbox: for what needs the server's data (the
    // current password's hash) or must not wait on a disk (a new password). Not idempotent by
    // seq: the client does not retry it on its own.
    http.route("POST", "/api/v1/commands/now", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        auto body = app.jsonBody(req);
        if (!body) return ServerApp::respond(body.error());
        QJsonObject json = body.value();
        if (json.value(QStringLiteral("id")).toString().isEmpty())
            json.insert(QStringLiteral("id"), newId());
        auto c = Command::fromJson(json);
        if (!c) return ServerApp::respond(c.error());
        c.value().issuedAt = nowMs();
        PushService push(app.db(), &app.audit(), &app.blobs(), app.config().sessions);
        const PushService::NowReply now = push.runNow(*actor, c.value(), nowMs());
        if (now.outcome.status == Outcome::Status::Rejected)
            return ServerApp::respond(now.outcome.error);
        QJsonObject out = now.outcome.toJson();
        if (now.replayed) out.insert(QStringLiteral("replayed"), true);
        return http::Response::json(200, out);
    });

    http.route("GET", "/api/v1/changes", [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        bool ok = true;
        int limit = 1000;
        if (req.query.contains(QStringLiteral("limit")))
            limit = req.query.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000)
            return ServerApp::respond(makeError(
                ErrorCode::OutOfRange, SyncroutesTr::tr("limit must be between 1 and 10000."),
                QStringLiteral("limit")));
        const QString since = req.query.value(QStringLiteral("since"));
        if (since.size() > 200)
            return ServerApp::respond(makeError(
                ErrorCode::Invalid, SyncroutesTr::tr("Unknown cookie."), QStringLiteral("since")));
        auto page =
            FeedReader::pull(app.db(), *actor, since, limit, actor->clientId, &app.feedCache());
        if (!page) return ServerApp::respond(page.error());
        return http::Response{200, "application/json; charset=utf-8", page->toJson(), {}, {}};
    });
}

}  // namespace dx::routes
