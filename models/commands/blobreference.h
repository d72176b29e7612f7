#pragma once

#include <QString>

#include "commands/command.h"

namespace dx {

/// A command's reference to an uploaded file (SHA-256): on a store that has blobs, the file must
/// be there (else `blob_missing`, which makes the command wait as `retry`, so that a record never
/// exists without its file) and pass the upload rule of `purpose` (models/domain/uploadrule).
/// A replica without the bytes trusts the check made when the file was attached.
Status checkBlobReference(CommandContext &ctx, const QString &field, const QString &sha,
                          const QString &purpose);

}  // namespace dx
