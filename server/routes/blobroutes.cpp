// HEAD/GET/PUT /api/v1/blobs/{sha256}: resumable, hash-verified uploads; scoped downloads.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include "auth/visibility.h"
#include "blobs/blobindex.h"
#include "core/clock.h"
#include "domain/filesniffer.h"
#include "serverapp.h"

namespace dx::routes {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(BlobRoutes)
};

const QByteArray kBlobPath = "/api/v1/blobs/([0-9a-f]{64})";

// May this actor read the blob? Its uploader, or anyone who may see an application citing it.
Result<bool> mayRead(ServerApp &app, const Actor &actor, const QString &sha) {
    auto up =
        app.db().scalar(QStringLiteral("SELECT uploaded_by FROM blobs WHERE sha256 = ?"), {sha});
    if (!up) return up.error();
    if (up->toString() == actor.userId && !actor.userId.isEmpty()) return true;
    auto rows = app.db().all(
        QStringLiteral(
            "SELECT org_id, org_kind, region FROM certifications WHERE "
            "license_blob = ? OR id_front_blob = ? OR id_back_blob = ? OR attachment_blob = ?"),
        {sha, sha, sha, sha});
    if (!rows) return rows.error();
    for (const QVariantMap &r : rows.value()) {
        const bool ent =
            r.value(QStringLiteral("org_kind")).toString() == QStringLiteral("enterprise");
        if (Visibility::canSee(actor,
                               Scope{r.value(QStringLiteral("org_id")).toString(),
                                     ent ? r.value(QStringLiteral("region")).toString() : QString(),
                                     {}}))
            return true;
    }
    return false;
}
}  // namespace

void addBlobRoutes(http::Server &http, ServerApp &app) {
    http.route("HEAD", kBlobPath, [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return http::Response{401, {}, {}, {}, {}};
        const QString sha = req.pathArgs.value(0);
        if (app.blobs().has(sha))
            return http::Response{200,
                                  "application/octet-stream",
                                  {},
                                  {},
                                  {{"Upload-Offset", QByteArray::number(app.blobs().sizeOf(sha))}}};
        return http::Response{
            404, {}, {}, {}, {{"Upload-Offset", QByteArray::number(app.blobs().partialSize(sha))}}};
    });

    http.route("GET", kBlobPath, [&app](const http::Request &req) {
        auto actor = app.authenticate(req);
        if (!actor) return ServerApp::respond(actor.error());
        const QString sha = req.pathArgs.value(0);
        auto may = app.blobs().has(sha) ? mayRead(app, *actor, sha) : Result<bool>(false);
        if (!may) return ServerApp::respond(may.error());
        if (!*may)
            return ServerApp::respond(makeError(ErrorCode::NotFound, Tr::tr("No such document.")));
        http::Response r;
        r.contentType = "application/octet-stream";
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
                                                    Tr::tr("Bad Content-Range header."),
                                                    QStringLiteral("content-range")));
        }
        if (total <= 0)
            return ServerApp::respond(makeError(ErrorCode::Required, Tr::tr("The file is empty."),
                                                QStringLiteral("body")));
        if (total > app.config().maxBlobBytes)
            return ServerApp::respond(makeError(
                ErrorCode::FileTooLarge,
                Tr::tr("The file is larger than %1 MB.").arg(app.config().maxBlobBytes >> 20),
                QStringLiteral("body")));
        if (app.blobs().has(sha))
            return http::Response::json(200, {{QStringLiteral("offset"), app.blobs().sizeOf(sha)},
                                              {QStringLiteral("complete"), true}});
        auto offset = app.blobs().appendChunk(sha, first, req.body, total);
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
