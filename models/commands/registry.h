#pragma once

#include "commands/commandprocessor.h"

namespace dx {

// Each area registers its command types into the processor's table.
void registerAccountCommands(CommandTable &table);
void registerOrganisationCommands(CommandTable &table);
void registerCertificationCommands(CommandTable &table);

}  // namespace dx
