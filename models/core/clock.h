#pragma once

#include <QDateTime>
#include <QUuid>

namespace dx {

/// Wall-clock time in milliseconds since the epoch; one place so tests can reason about time.
inline qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

/// A new random UUID without braces: ids of rows, commands, clients.
inline QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The id of a row a command creates, derived from the command's id: the same on the client,
/// at every rebase and on the server, so later commands can cite it before the first syncs.
inline QString derivedId(const QString &commandId, const QString &what) {
    return QUuid::createUuidV5(QUuid::fromString(commandId), what).toString(QUuid::WithoutBraces);
}

}  // namespace dx
