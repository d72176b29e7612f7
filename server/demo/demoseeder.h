#pragma once

#include <QString>

#include "models/core/result.h"

namespace dx {

/// `dxserver seed-demo`: deterministic demo data written through the command funnel
///: staff accounts, three Zhengzhou counties, enterprises with pending,
/// approved and rejected certifications, synthetic scans and PDFs.
class DemoSeeder {
public:
    struct Options {
        QString dataDir;
        int scale = 0;  ///< extra pending applications across the counties, for benchmarks
        QString store;  ///< Database::open location; empty: the data directory's SQLite file
    };
    struct Summary {
        int enterprises = 0;
        int pending = 0;
        int commands = 0;
    };
    static Result<Summary> run(const Options &options);
};

}  // namespace dx
