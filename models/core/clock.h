#pragma once

#include <QDateTime>
#include <QUuid>

namespace dx {

/// Wall-clock time in milliseconds since the epoch; one place so tests can reason about time.
inline qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

/// A new random UUID without braces: ids of rows, commands, clients.
inline QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

}  // namespace dx
