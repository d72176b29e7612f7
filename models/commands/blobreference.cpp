#include "models/commands/blobreference.h"

#include <QCoreApplication>
#include <QFile>

#include "models/blobs/blobindex.h"
#include "models/blobs/blobstore.h"
#include "models/domain/uploadrule.h"
#include "models/store/database.h"

namespace dx {

namespace {
class BlobreferenceTr {
    Q_DECLARE_TR_FUNCTIONS(BlobReference)
};
}  // namespace

Status checkBlobReference(CommandContext &ctx, const QString &field, const QString &sha,
                          const QString &purpose) {
    if (!BlobStore::isValidHash(sha))
        return makeError(ErrorCode::Invalid, BlobreferenceTr::tr("Not a file reference (SHA-256)."),
                         field);
    if (!ctx.blobs) return Ok{};
    auto available = checkBlobAvailable(ctx, field, sha);
    if (!available) return available;
    QFile f(ctx.blobs->pathOf(sha));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BlobMissing, BlobreferenceTr::tr("The file cannot be read."),
                         field);
    const auto rule = UploadRule::forPurpose(purpose);
    if (!rule) return makeError(ErrorCode::Internal, QStringLiteral("no upload rule ") + purpose);
    return rule->check(f, QString(), field);
}

Status checkBlobAvailable(CommandContext &ctx, const QString &field, const QString &sha) {
    if (!ctx.blobs) return Ok{};
    const auto missing = [&] {
        return makeError(ErrorCode::BlobMissing,
                         BlobreferenceTr::tr("The file has not finished uploading yet."), field);
    };
    if (!ctx.blobs->has(sha)) return missing();
    // A replica holds only what its user may see, and its local files are the user's own
    // attachments; the server decides who may cite what.
    if (ctx.db.isReplica()) return Ok{};
    auto may = BlobAccess::mayRead(ctx.db, ctx.actor, sha);
    if (!may) return may.error();
    if (!*may) return missing();
    return Ok{};
}

}  // namespace dx
