// HEAD/GET/PUT /api/v1/blobs/{sha256}: resumable, hash-verified uploads; scoped downloads.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include "models/blobs/blobindex.h"
#include "models/core/clock.h"
#include "models/domain/filesniffer.h"
#include "server/serverapp.h"

namespace dx::routes {

namespace {
class BlobroutesTr {
    Q_DECLARE_TR_FUNCTIONS(BlobRoutes)
};

const QByteArray kBlobPath = "/api/v1/blobs/([0-9a-f]{64})";

// Is the blob stored and may this actor read it? Otherwise it is answered as missing.
Result<bool> readable(ServerApp &app, const Actor &actor, const QString &sha) {
    if (!app.blobs().has(sha)) return false;
    return BlobAccess::mayRead(app.db(), actor, sha);
}

QByteArray contentTypeOf(ServerApp &app, const QString &sha) {
    auto type = app.db().scalar(QStringLiteral("SELECT type FROM blobs WHERE sha256 = ?"), {sha});
    const QString t = type ? type->toString() : QString();
    if (t == QStringLiteral("jpg")) return "image/jpeg";
    if (t == QStringLiteral("png")) return "image/png";
    if (t == QStringLiteral("bmp")) return "image/bmp";
    if (t == QStringLiteral("mp4")) return "video/mp4";
    if (t == QStringLiteral("pdf")) return "application/pdf";
    return "application/octet-stream";
}
}  // namespace

void addBlobRoutes(http::Server &http, ServerApp &app) {
    http.route("HEAD", kBlobPath, [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return http::Response{401, {}, {}, {}, {}};
        const QString sha = req.pathArgs.value(0);
        auto may = readable(app, *actor, sha);
        if (!may) return http::Response{500, {}, {}, {}, {}};
        if (*may)
            return http::Response{200,
                                  "application/octet-stream",
                                  {},
                                  {},
                                  {{"Upload-Offset", QByteArray::number(app.blobs().sizeOf(sha))}}};
        // Only the caller's own partial upload: whether anybody else holds or sends these bytes
        // is not theirs to know.
        return http::Response{
            404,
            {},
            {},
            {},
            {{"Upload-Offset", QByteArray::number(app.blobs().partialSize(sha, actor->userId))}}};
    });

    http.route("GET", kBlobPath, [&app](const http::Request &req) {
        const QString sha = req.pathArgs.value(0);
        Result<Actor> actor = Actor::anonymous();
        if (req.header("authorization").isEmpty()) {
            auto open =
                app.blobs().has(sha) ? BlobAccess::isPublic(app.db(), sha) : Result<bool>(false);
            if (!open) return ServerApp::respond(open.error());
            if (!*open)  // the same answer as before: sign in
                return ServerApp::respond(makeError(ErrorCode::Unauthenticated,
                                                    BlobroutesTr::tr("Please sign in first.")));
        } else {
            actor = app.authenticate(req);
            if (!actor) return ServerApp::respond(actor.error());
        }
        auto may = !app.blobs().has(sha)  ? Result<bool>(false)
                   : actor->isAnonymous() ? Result<bool>(true)
                                          : BlobAccess::mayRead(app.db(), *actor, sha);
        if (!may) return ServerApp::respond(may.error());
        if (!*may)
            return ServerApp::respond(
                makeError(ErrorCode::NotFound, BlobroutesTr::tr("No such document.")));
        http::Response r;
        r.contentType = contentTypeOf(app, sha);
        r.filePath = app.blobs().pathOf(sha);
        r.headers.append({"ETag", '"' + sha.toLatin1() + '"'});
        return r;
    });

    // Body = one chunk; `Content-Range: bytes FIRST-LAST/TOTAL` (omitted: the whole file).
    http.route("PUT", kBlobPath, [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        const QString sha = req.pathArgs.value(0);
        qint64 first = 0;
        qint64 total = req.body.size();
        const QByteArray range = req.header("content-range");
        if (!range.isEmpty()) {
            static const QRegularExpression re(
                QStringLiteral("^bytes (\\d{1,12})-(\\d{1,12})/(\\d{1,12})$"));
            const auto m = re.match(QString::fromLatin1(range));
            const qint64 last = m.hasMatch() ? m.captured(2).toLongLong() : -1;
            first = m.hasMatch() ? m.captured(1).toLongLong() : -1;
            total = m.hasMatch() ? m.captured(3).toLongLong() : -1;
            if (!m.hasMatch() || last < first || last - first + 1 != req.body.size() ||
                last >= total)
                return ServerApp::respond(makeError(ErrorCode::Invalid,
                                                    BlobroutesTr::tr("Bad Content-Range header."),
                                                    QStringLiteral("content-range")));
        }
        if (total <= 0)
            return ServerApp::respond(makeError(ErrorCode::Required,
                                                BlobroutesTr::tr("The file is empty."),
                                                QStringLiteral("body")));
        if (total > app.config().maxBlobBytes)
            return ServerApp::respond(makeError(ErrorCode::FileTooLarge,
                                                BlobroutesTr::tr("The file is larger than %1 MB.")
                                                    .arg(app.config().maxBlobBytes >> 20),
                                                QStringLiteral("body")));
        auto may = readable(app, *actor, sha);
        if (!may) return ServerApp::respond(may.error());
        if (*may)
            return http::Response::json(200, {{QStringLiteral("offset"), app.blobs().sizeOf(sha)},
                                              {QStringLiteral("complete"), true}});
        // A blob the caller may not read is uploaded like a new one: sending its whole bytes
        // proves they hold it, and only then is it theirs to cite.
        auto offset = app.blobs().appendChunk(sha, actor->userId, first, req.body, total);
        if (!offset) return ServerApp::respond(offset.error());
        const bool complete = *offset == total;
        if (complete) {
            QFile f(app.blobs().pathOf(sha));
            QByteArray head;
            if (f.open(QIODevice::ReadOnly)) head = f.read(64 * 1024);
            auto rec =
                recordBlob(app.db(), sha, total, FileSniffer::sniff(head), actor->userId, nowMs());
            if (!rec) return ServerApp::respond(rec.error());
        }
        return http::Response::json(complete ? 201 : 200, {{QStringLiteral("offset"), *offset},
                                                           {QStringLiteral("complete"), complete}});
    });
}

}  // namespace dx::routes
