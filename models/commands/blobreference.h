#pragma once

#include <QString>

#include "models/commands/command.h"

namespace dx {

/// A command's reference to an uploaded file (SHA-256): on a store that has blobs, the file must
/// be there (else `blob_missing`, which makes the command wait as `retry`, so that a record never
/// exists without its file) and pass the upload rule of `purpose` (models/domain/uploadrule).
/// A replica without the bytes trusts the check made when the file was attached.
Status checkBlobReference(CommandContext &ctx, const QString &field, const QString &sha,
                          const QString &purpose);

/// The part of checkBlobReference every citation shares: the blob is stored and the actor may
/// read it (BlobAccess::mayRead: uploaded it, or sees what already cites it). A blob the actor
/// may not read is answered exactly as a missing one, so that citing a hash cannot reveal a file
/// or make somebody else's document part of one's own record (issue 13).
Status checkBlobAvailable(CommandContext &ctx, const QString &field, const QString &sha);

}  // namespace dx
