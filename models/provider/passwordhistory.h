#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/core/result.h"

namespace dx {

class Database;

/// A user's current and previous password hashes, for "not equal to the current or one of the
/// last five" (seed 001, 修改密码). Previous hashes live in `password_history`, which is never
/// published to the change feed and never leaves the server.
class PasswordHistory {
    Q_DECLARE_TR_FUNCTIONS(PasswordHistory)

public:
    static constexpr int kRemembered = 5;

    struct Stored {
        QString username;
        QString mobile;
        QByteArray current;
        QList<QByteArray> previous;  ///< newest first, at most kRemembered
    };

    /// The user's row and history; not_found (field `target`) when there is no such user.
    static Result<Stored> load(Database &db, const QString &userId);

    /// Slow (one PBKDF2 verification per stored hash, ~0.4 s each): run it outside the write
    /// transaction. Errors: invalid with details.rule = "current" or "history" on `field`.
    static Status checkNotReused(const QString &password, const Stored &stored,
                                 const QString &field = QStringLiteral("password"));

    /// Inside the write transaction: keeps `replacedHash` as the newest previous password and
    /// forgets what is older than the last kRemembered.
    static Status remember(Database &db, const QString &userId, const QString &replacedHash,
                           qint64 now);
    /// Forgets a deleted user's history.
    static Status forget(Database &db, const QString &userId);
};

}  // namespace dx
