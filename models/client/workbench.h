#pragma once

#include "models/auth/actor.h"

namespace dx {

class BlobStore;
class Replica;
class SyncClient;

/// Everything a workspace widget needs, passed to its constructor: the signed-in
/// actor, the local replica (read with SQL / item models), the sync client (every change is a
/// command through SyncClient::perform) and the local blob store (documents on this machine).
struct Workbench {
    Actor actor;
    Replica &replica;
    SyncClient &sync;
    BlobStore &blobs;
};

}  // namespace dx
