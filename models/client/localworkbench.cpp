#include "models/client/localworkbench.h"

namespace dx {

Result<std::unique_ptr<LocalWorkbench>> LocalWorkbench::open(const QString &userDir,
                                                             const Actor &actor,
                                                             const QString &baseUrl,
                                                             const QString &token,
                                                             const QString &connection) {
    auto replica = Replica::open(userDir + QStringLiteral("/replica.sqlite"), connection);
    if (!replica) return replica.error();
    auto local = std::make_unique<LocalWorkbench>();
    local->replica = std::move(replica.value());
    local->blobs = std::make_unique<BlobStore>(userDir + QStringLiteral("/blobs"));
    local->sync =
        std::make_unique<SyncClient>(*local->replica, *local->blobs, actor, baseUrl, token);
    local->wb =
        std::make_unique<Workbench>(Workbench{actor, *local->replica, *local->sync, *local->blobs});
    return local;
}

}  // namespace dx
