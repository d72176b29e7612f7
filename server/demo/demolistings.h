#pragma once

#include <QJsonObject>

#include <functional>

#include "models/auth/actor.h"
#include "models/core/result.h"

namespace dx {

class Database;

/// provider1's demo listings (docs/LISTINGS.md), deterministic: one listed with every section,
/// one waiting in the operator's inbox (pending_initial), one rejected at the initial review
/// with a reason, one draft. Called by DemoSeeder, which passes its command runner and blob store.
struct DemoListingHooks {
    std::function<Result<QJsonObject>(const Actor &, const QString &type, const QString &target,
                                      const QJsonObject &payload, qint64 baseRev)>
        run;
    std::function<Result<QString>(const QByteArray &bytes, const QString &userId)> blob;
};
Status seedDemoListings(const DemoListingHooks &hooks, Database &db, const Actor &provider);

}  // namespace dx
