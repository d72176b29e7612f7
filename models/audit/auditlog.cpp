#include "models/audit/auditlog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include "models/core/canonicaltext.h"
#include "models/security/randomtoken.h"
#include "models/store/database.h"

namespace dx {

namespace {
class AuditlogTr {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};
const QByteArray kGenesis(64, '0');

QByteArray field(const QString &s) {
    // Length-prefixed so that moving characters between fields changes the hash.
    const QByteArray u = s.toUtf8();
    return QByteArray::number(u.size()) + ':' + u;
}
}  // namespace

Result<QByteArray> AuditLog::loadOrCreateKey(const QString &dataDir) {
    const QString path = QDir(dataDir).filePath(QStringLiteral("audit.key"));
    QFile f(path);
    if (f.exists()) {
        // Whoever reads the key can re-chain an edited log: refuse a key others may read.
        const auto open = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                          QFileDevice::ReadOther | QFileDevice::WriteOther;
        if (f.permissions() & open)
            return makeError(
                ErrorCode::Internal,
                AuditlogTr::tr("The audit key %1 is readable by other users. Make it private "
                               "with: chmod 600 %1")
                    .arg(path));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Internal,
                             AuditlogTr::tr("Cannot read the audit key %1").arg(path));
        const QByteArray key = QByteArray::fromHex(f.readAll().trimmed());
        if (key.size() < 32)
            return makeError(ErrorCode::Internal,
                             AuditlogTr::tr("The audit key %1 is damaged").arg(path));
        return key;
    }
    const QByteArray key = crypto::randomBytes(32);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Internal,
                         AuditlogTr::tr("Cannot create the audit key %1").arg(path));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(key.toHex());
    if (!out.commit())
        return makeError(ErrorCode::Internal,
                         AuditlogTr::tr("Cannot create the audit key %1").arg(path));
    return key;
}

QByteArray AuditLog::chainHash(const QByteArray &prev, qint64 id, qint64 at,
                               const AuditEntry &e) const {
    QByteArray data = prev;
    data += field(QString::number(id)) + field(QString::number(at)) + field(e.actor) +
            field(e.clientId) + field(e.commandId) + field(e.type) + field(e.target) +
            field(e.outcome) + field(e.detail);
    return crypto::hmacSha256(m_key, data).toHex();
}

AuditEntry AuditLog::canonical(const AuditEntry &e) {
    return AuditEntry{canonicalText(e.actor), canonicalText(e.clientId), canonicalText(e.commandId),
                      canonicalText(e.type),  canonicalText(e.target),   canonicalText(e.outcome),
                      canonicalText(e.detail)};
}

Status AuditLog::append(Database &db, const AuditEntry &raw, qint64 at) const {
    // Hashed exactly as stored: text the store would not read back unchanged (a lone surrogate
    // from a JSON "\ud800", a NUL) would otherwise make an intact record look altered.
    const AuditEntry e = canonical(raw);
    auto last = db.one(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last) return last.error();
    qint64 id = 1;
    QByteArray prev = kGenesis;
    if (last->has_value()) {
        id = (*last)->value(QStringLiteral("id")).toLongLong() + 1;
        prev = (*last)->value(QStringLiteral("hash")).toByteArray();
    }
    const QByteArray hash = chainHash(prev, id, at, e);
    auto r = db.exec(QStringLiteral("INSERT INTO audit_log (id, at, actor, client_id, command_id, "
                                    "type, target, outcome, detail, prev_hash, hash) "
                                    "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                     {id, at, e.actor, e.clientId, e.commandId, e.type, e.target, e.outcome,
                      e.detail, QString::fromLatin1(prev), QString::fromLatin1(hash)});
    if (!r) return r.error();
    // The head is kept beside the chain so that cutting records off the end is detected too.
    auto h = db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {QString(QString::number(id) + u':' + QString::fromLatin1(hash))});
    if (!h) return h.error();
    return Ok{};
}

AuditLog::Verdict AuditLog::verify(Database &db) const {
    Verdict v;
    auto rows = db.exec(QStringLiteral(
        "SELECT id, at, actor, client_id, command_id, type, target, outcome, detail, prev_hash, "
        "hash FROM audit_log ORDER BY id"));
    if (!rows) {
        v.problem = rows.error().message;
        return v;
    }
    QSqlQuery &q = rows.value();
    QByteArray prev = kGenesis;
    qint64 expectedId = 1;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        AuditEntry e{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                     q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString()};
        const QByteArray storedPrev = q.value(9).toString().toLatin1();
        const QByteArray stored = q.value(10).toString().toLatin1();
        if (id != expectedId) {
            v.firstBadId = id;
            v.problem = AuditlogTr::tr("Record %1 is missing").arg(expectedId);
            return v;
        }
        if (storedPrev != prev || chainHash(prev, id, q.value(1).toLongLong(), e) != stored) {
            v.firstBadId = id;
            v.problem = AuditlogTr::tr("Record %1 was altered").arg(id);
            return v;
        }
        prev = stored;
        ++expectedId;
        ++v.records;
    }
    auto head = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"));
    const QString expectedHead =
        v.records == 0 ? QString() : QString::number(v.records) + u':' + QString::fromLatin1(prev);
    const QString storedHead = head ? head->toString() : QString();
    if (storedHead != expectedHead) {
        v.firstBadId = v.records + 1;
        v.problem = AuditlogTr::tr("The end of the log was removed or altered");
        return v;
    }
    v.intact = true;
    return v;
}

}  // namespace dx
