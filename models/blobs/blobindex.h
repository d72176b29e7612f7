#pragma once

#include <QString>

#include "core/result.h"

namespace dx {

class Database;

/// Records a finished blob in the `blobs` table (who uploaded it, its sniffed type).
Status recordBlob(Database &db, const QString &sha256, qint64 size, const QString &type,
                  const QString &uploadedBy, qint64 now);

}  // namespace dx
