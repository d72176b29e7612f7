#pragma once

#include "models/workflow/workflow.h"

namespace dx {

/// Listing (商品上架) workflow, docs/LISTINGS.md: provider staff
/// save and submit; operator initial review with expert assignment; experts' opinions; operator
/// second pass; department final review; withdraw while pending; delist and relist.
/// Variants: listing.review / listing.final carry their decision ("pass"/"approve"/"reject");
/// listing.submit has the variant "self" for an enterprise's own product (seed 003: no review).
const Workflow &listingWorkflow();

}  // namespace dx
