#pragma once

#include <QByteArray>
#include <QString>

#include "models/audit/auditentry.h"
#include "models/core/result.h"

namespace dx {

class Database;

/// The tamper-evident audit log: an HMAC-SHA256 chain keyed by a secret kept outside the
/// database (`audit.key` in the data directory), so editing, deleting or re-chaining rows
/// without the key is detected by verify().
class AuditLog {
public:
    explicit AuditLog(QByteArray key) : m_key(std::move(key)) {}

    /// Loads the key from `dataDir/audit.key`, creating it (0600) on first use.
    static Result<QByteArray> loadOrCreateKey(const QString &dataDir);

    /// The entry as it is stored and hashed: every field in canonicalText() form.
    static AuditEntry canonical(const AuditEntry &entry);

    /// Appends inside the caller's transaction, in canonical() form.
    Status append(Database &db, const AuditEntry &entry, qint64 at) const;

    struct Verdict {
        bool intact = false;
        qint64 records = 0;
        qint64 firstBadId = 0;
        QString problem;
    };
    Verdict verify(Database &db) const;

private:
    QByteArray chainHash(const QByteArray &prev, qint64 id, qint64 at, const AuditEntry &e) const;
    QByteArray m_key;
};

}  // namespace dx
