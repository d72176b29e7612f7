#pragma once

#include <QString>

#include <memory>

#include "models/auth/actor.h"
#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/core/result.h"
#include "models/sync/replica.h"

namespace dx {

/// What dxdesk opens for a signed-in user in their profile folder `userDir`: the replica
/// (`userDir`/replica.sqlite, under the SQL connection name `connection`), the blob store
/// (`userDir`/blobs), the SyncClient and the Workbench over them. app/main.cpp and the UI and
/// sync tests open a client this one way.
struct LocalWorkbench {
    std::unique_ptr<Replica> replica;
    std::unique_ptr<BlobStore> blobs;
    std::unique_ptr<SyncClient> sync;
    std::unique_ptr<Workbench> wb;

    /// Opens (creating on first use) the user's replica and blob store; the replica's error
    /// otherwise.
    static Result<std::unique_ptr<LocalWorkbench>> open(
        const QString &userDir, const Actor &actor, const QString &baseUrl, const QString &token,
        const QString &connection = QStringLiteral("replica"));
};

}  // namespace dx
