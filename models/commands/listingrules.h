#pragma once

#include "models/commands/commandprocessor.h"
#include "models/listings/listingstore.h"
#include "models/workflow/states.h"
#include "models/workflow/workflow.h"

namespace dx {

// Shared steps of the listing commands (listingcommands.cpp, listingreviewcommands.cpp).
namespace ListingRules {
inline constexpr QLatin1StringView kEntity = Entity::Listings;

/// Every listing command belongs to the 商品管理 menu: a sub-account without it is refused.
CommandSpec listingCommand(CommandHandler handler);

/// Every file the listing cites must be uploaded (else `blob_missing`: the command waits) and
/// pass its upload rule. A client replica (no blob store) checked the files when attached.
Status checkBlobs(CommandContext &ctx, const QJsonObject &listing);
/// A reviewer's decision: authorized by the workflow and about the version they saw (`base_rev`),
/// else a conflict carrying the current row.
Result<Transition> authorizeDecision(CommandContext &ctx, const Command &c, const ListingRow &l,
                                     const QString &variant);
/// Writes state, stage and reason, rebuilds the catalog index and publishes the row.
Status setState(CommandContext &ctx, const ListingRow &l, const QString &state,
                const QString &stage = {}, const QString &reason = {});
/// Cancels the open expert assignments of the current round (withdraw, rejection).
Status cancelAssignments(CommandContext &ctx, const ListingRow &l);
/// Opens a waiting step's task for the listing (private to `userId` when given).
Status openTask(CommandContext &ctx, const ListingRow &l, const QString &kind, const QString &role,
                const QString &userId = {});
/// Tells the submitter (e-mail, SMS, in-app) what became of their listing.
Status notifySubmitter(CommandContext &ctx, const ListingRow &l, const QString &subject,
                       const QString &body);
}  // namespace ListingRules

}  // namespace dx
