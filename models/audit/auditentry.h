#pragma once

#include <QString>

namespace dx {

/// One audit record: who did what, when, from which client, with which outcome.
struct AuditEntry {
    QString actor;
    QString clientId;
    QString commandId;
    QString type;
    QString target;
    QString outcome;  ///< "applied", "rejected:<code>", "login", "login_failed", ...
    QString detail;
};

}  // namespace dx
