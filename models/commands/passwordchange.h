#pragma once

#include <QJsonObject>
#include <QString>

#include "commands/command.h"

namespace dx {

/// Setting a new password on an existing account (account.change_password,
/// subaccount.reset_password), split around the write transaction because each PBKDF2 step takes
/// ~0.4 s (see CommandSpec::prepareRead).
namespace PasswordChange {

/// Keys only these functions set; whatever a client sends under them is dropped first.
inline const QString HashKey = QStringLiteral("password_hash");
inline const QString VerifiedKey = QStringLiteral("verified_hash");

/// Drops the raw passwords and any client-sent HashKey/VerifiedKey from `payload`.
QJsonObject withoutSecrets(const QJsonObject &payload);

/// Outside the transaction: `password` against the whole policy for user `userId` (composition,
/// not containing the username or mobile, not the current or one of the last five). Returns the
/// payload without raw passwords plus HashKey (the new hash) and VerifiedKey (the stored hash the
/// checks ran against). `current`, when given, must verify against the stored hash (field
/// `current`).
Result<QJsonObject> prepare(Database &db, const QString &userId, const QJsonObject &payload,
                            bool requireCurrent);

/// Is `e` prepare()'s refusal of a `current` password that did not verify (a guess, which counts
/// toward the sign-in lockout), rather than of a missing or malformed one?
bool isWrongCurrent(const Error &e);

/// Inside the transaction: a conflict when the stored hash moved since prepare(); else keeps the
/// replaced hash in the history and stores the new one.
Status apply(CommandContext &ctx, const QString &userId, const QJsonObject &prepared);

}  // namespace PasswordChange

}  // namespace dx
