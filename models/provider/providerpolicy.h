#pragma once

#include <QStringList>

#include "models/core/result.h"

namespace dx {

class Database;

/// Policy values of the provider desk, kept in the `policies` table (key → JSON value) so that an
/// administrator can change them without a release.
namespace ProviderPolicy {
/// The key of the accepted banks for receiving accounts: a JSON array of bank names.
inline const QString AcceptedBanksKey = QStringLiteral("bank_accounts.accepted_banks");
/// Seed 001: vouchers are redeemed to Agricultural Bank of China accounts only.
QStringList defaultAcceptedBanks();
/// The accepted banks; the default when the policy row is missing or unreadable.
Result<QStringList> acceptedBanks(Database &db);
}  // namespace ProviderPolicy

}  // namespace dx
