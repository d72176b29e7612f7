#pragma once

#include "models/commands/commandprocessor.h"

namespace dx {

// Each area registers its command types into the processor's table.
void registerAccountCommands(CommandTable &table);
void registerOrganisationCommands(CommandTable &table);
void registerCertificationCommands(CommandTable &table);
// Provider administration (docs/LISTINGS.md).
void registerPasswordCommands(CommandTable &table);
void registerSubAccountCommands(CommandTable &table);
void registerExpertCommands(CommandTable &table);
void registerBankAccountCommands(CommandTable &table);
void registerListingCommands(CommandTable &table);        ///< also registers the review commands
void registerListingReviewCommands(CommandTable &table);  ///< listing.review/expert_opinion/final

}  // namespace dx
