#pragma once

#include <QJsonObject>
#include <QString>

#include "models/commands/command.h"

namespace dx {

class CommandServices;

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
/// `current`). With `attempts` (the server's), checking `current` takes one of the sign-in attempts
/// of `username` first (refused with `locked` when none is left) and settles it after, so that a
/// stolen session cannot guess the password faster than a sign-in could.
Result<QJsonObject> prepare(Database &db, const QString &userId, const QJsonObject &payload,
                            bool requireCurrent, CommandServices *attempts = nullptr,
                            const QString &username = {}, qint64 now = 0);

/// Inside the transaction: a conflict when the stored hash moved since prepare(); else keeps the
/// replaced hash in the history and stores the new one.
Status apply(CommandContext &ctx, const QString &userId, const QJsonObject &prepared);

}  // namespace PasswordChange

}  // namespace dx
