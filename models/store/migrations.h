#pragma once

#include "models/core/result.h"

namespace dx {

class Database;

/// Numbered schema migrations, run at open; the same SQL serves SQLite and PostgreSQL.
class Migrations {
public:
    static int latestVersion();
    /// Applies every migration newer than the database's version, each in its own transaction.
    static Status run(Database &db);
};

}  // namespace dx
