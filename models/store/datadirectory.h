#pragma once

#include <QString>

#include "models/core/result.h"

namespace dx {

/// The server's data directory (database, blobs, audit.key): it holds ID-card scans and the
/// audit key, so it is created owner-only (0700) and tightened to that on every start, so
/// that nothing inside it is reachable by other users whatever its files' own modes.
namespace DataDirectory {

/// Creates `dir` (and parents) if needed and sets it to 0700; an error when either fails.
Status prepare(const QString &dir);

/// Makes files created by this process owner-only (umask 077): database, WAL, blobs, key.
void restrictNewFiles();

}  // namespace DataDirectory

}  // namespace dx
