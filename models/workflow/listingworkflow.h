#pragma once

#include "models/workflow/workflow.h"

namespace dx {

class Database;

/// Listing (商品上架) workflow, docs/LISTINGS.md: provider staff
/// save and submit; operator initial review with expert assignment; experts' opinions; operator
/// second pass; department final review; withdraw while pending; delist and relist.
/// Variants: listing.review / listing.final carry their decision ("pass"/"approve"/"reject");
/// listing.submit has the variant "self" for an enterprise's own product (seed 003: no review).
const Workflow &listingWorkflow();

/// May the organisation `orgId` save and submit listings at all? Only once certified: a
/// provider after its qualification (seed 001 表1-1: 认证审核 before 商品上架), an enterprise
/// publishing its own products (seed 003) once its certification passed. Otherwise a
/// `not_certified` error on the field "certification". Reads `db`, the server's database or a
/// replica, so that listing.save / listing.submit and the desktop's workspace list give the same
/// answer online and offline.
Status organisationMayList(Database &db, const QString &orgId);

}  // namespace dx
