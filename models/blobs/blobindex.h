#pragma once

#include <QString>

#include "models/auth/actor.h"
#include "models/core/result.h"

namespace dx {

class Database;

/// Records a finished blob in the `blobs` table (who uploaded it first, its sniffed type) and
/// `uploadedBy` among its holders: whoever sent its whole bytes may read and cite it.
Status recordBlob(Database &db, const QString &sha256, qint64 size, const QString &type,
                  const QString &uploadedBy, qint64 now);

/// Adds `userId` to the holders of a recorded blob (they sent, or were given, its bytes).
Status addBlobHolder(Database &db, const QString &sha256, const QString &userId, qint64 now);

/// Who may read a blob, and so learn that it exists (issue 13): the read rule for documents,
/// next to Visibility, used by the blob routes and by every command that cites a blob.
namespace BlobAccess {

/// A holder (who uploaded its bytes), anyone who may see a certification citing it (its
/// organisation, the county's reviewers), anyone who may see a listing citing it (the listing's
/// organisation, operator, department, an assigned expert), and everybody for a public file of a
/// listed listing; an expert's photo for the members of its provider. False for a blob that is
/// not recorded.
Result<bool> mayRead(Database &db, const Actor &actor, const QString &sha256);

/// Is the blob a public image or attachment of a listed listing (readable without an account)?
Result<bool> isPublic(Database &db, const QString &sha256);

}  // namespace BlobAccess

}  // namespace dx
