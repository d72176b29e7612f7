#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "models/auth/visibility.h"
#include "models/commands/command.h"

namespace dx {

/// An organisation row as the commands need it.
struct OrgRow {
    QString id;
    QString kind;  ///< "enterprise" | "provider"
    QString name;
    QString creditCode;
    QString region;
    QJsonObject profile;
    QString profileState;
    bool surveyDone = false;
    bool certified = false;
    QString eligibility;
    QString adminUserId;
    qint64 rev = 0;

    /// County reviewers see enterprises of their county; providers are reviewed by operators.
    Scope scope() const { return Visibility::ofOrganisation(id, kind, region); }
};

/// Loads an organisation the actor may see; otherwise not_found (never reveal what exists).
Result<OrgRow> loadOrganisation(Database &db, const Actor &actor, const QString &id);
QString profileFormFor(const QString &orgKind);
/// The profile fields that cannot change once the organisation is certified (seed 002: the
/// credit code and the legal type); none before. organisation.save_profile refuses a change of
/// them, and the profile form shows them read-only.
QStringList fixedProfileFields(bool certified);
/// The first field error, with all of them in details.errors for forms that show every one.
Error firstOf(const QList<Error> &errors);
/// Writes a profile, mirrors its key fields into columns, and voids a pending certification
/// when the region changed (seed 000).
Result<QJsonObject> applyProfile(CommandContext &ctx, const OrgRow &org, const QJsonObject &profile,
                                 const QString &profileState);

}  // namespace dx
