#include "blobindex.h"

#include "store/database.h"

namespace dx {

Status recordBlob(Database &db, const QString &sha, qint64 size, const QString &type,
                  const QString &uploadedBy, qint64 now) {
    auto r =
        db.exec(QStringLiteral("INSERT INTO blobs (sha256, size, type, uploaded_by, created_at) "
                               "VALUES (?,?,?,?,?) ON CONFLICT (sha256) DO NOTHING"),
                {sha, size, type, uploadedBy, now});
    if (!r) return r.error();
    return Ok{};
}

}  // namespace dx
