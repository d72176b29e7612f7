#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "models/auth/actor.h"
#include "models/core/result.h"

namespace dx {

class Database;

/// What the server's scoped reads may show, next to Visibility: the routes parse, call one of
/// these, and write the answer, so that no route decides who sees what.
namespace ReadPolicy {

/// GET /api/v1/me: the caller's own account (without the sign-in bookkeeping) and organisation.
Result<QJsonObject> me(Database &db, const Actor &actor);

/// GET /api/v1/experts: the experts an operator (or admin) may assign to a listing's review;
/// `forbidden` for anyone else.
Result<QJsonArray> assignableExperts(Database &db, const Actor &actor);

/// GET /api/v1/certifications/{id}: the row when the caller may see its organisation's scope,
/// else `not_found` (never "not yours").
Result<QJsonObject> certification(Database &db, const Actor &actor, const QString &id);

/// Beside a listing under review: the opinions for the operator, department and admin (under
/// "opinions"), an expert's own assignments without the snapshot (under "assignments"), nothing
/// for anyone else. `key` receives the name to answer them under.
Result<QJsonArray> reviewNotes(Database &db, const Actor &actor, const QString &listingId,
                               QString *key);

}  // namespace ReadPolicy

}  // namespace dx
