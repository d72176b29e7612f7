#pragma once

#include <QJsonObject>
#include <QString>

#include "models/commands/command.h"

namespace dx {

/// The rows a provider keeps for its own organisation (its expert roster 专家 and its receiving
/// accounts 收款账号): one rule for who may change them and whose a row is, one delete command.
/// The messages are translated by the area that owns the table.
struct OwnedRows {
    QString table;     ///< the SQL table, also the feed's entity name
    QString refusal;   ///< why an actor who is no provider member is refused
    QString notFound;  ///< a row that is not of the caller's organisation, or none at all

    /// Forbidden (field `permission`) unless `a` belongs to a provider organisation.
    Status mayEdit(const Actor &a) const;
    /// mayEdit(), and for a non-empty `id` a row of `a`'s organisation (else not_found on
    /// `target`).
    Status mayChange(Database &db, const Actor &a, const QString &id) const;
    /// Publishes the saved row `id` to the organisation's feed and records its revision.
    Status publish(CommandContext &ctx, const QString &id) const;
    /// The whole `*.delete` command: target is the row's id; payload {}; result {}.
    Result<QJsonObject> remove(CommandContext &ctx, const Command &c) const;
};

}  // namespace dx
