#include "blobreference.h"

#include <QCoreApplication>
#include <QFile>

#include "blobs/blobstore.h"
#include "domain/uploadrule.h"

namespace dx {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(BlobReference)
};
}  // namespace

Status checkBlobReference(CommandContext &ctx, const QString &field, const QString &sha,
                          const QString &purpose) {
    if (!BlobStore::isValidHash(sha))
        return makeError(ErrorCode::Invalid, Tr::tr("Not a file reference (SHA-256)."), field);
    if (!ctx.blobs) return Ok{};
    if (!ctx.blobs->has(sha))
        return makeError(ErrorCode::BlobMissing, Tr::tr("The file has not finished uploading yet."),
                         field);
    QFile f(ctx.blobs->pathOf(sha));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BlobMissing, Tr::tr("The file cannot be read."), field);
    const auto rule = UploadRule::forPurpose(purpose);
    if (!rule) return makeError(ErrorCode::Internal, QStringLiteral("no upload rule ") + purpose);
    return rule->check(f, QString(), field);
}

}  // namespace dx
