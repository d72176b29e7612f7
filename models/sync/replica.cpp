#include "models/sync/replica.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlRecord>

#include "models/commands/commandprocessor.h"
#include "models/core/clock.h"
#include "models/workflow/states.h"

Q_LOGGING_CATEGORY(lcReplica, "dx.sync")

namespace dx {

namespace {
class ReplicaTr {
    Q_DECLARE_TR_FUNCTIONS(Replica)
};

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QJsonObject parse(const QString &s) {
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

const char *kClientSchema[] = {
    "CREATE TABLE IF NOT EXISTS outbox (seq BIGINT PRIMARY KEY, command_id TEXT NOT NULL UNIQUE, "
    "type TEXT NOT NULL, target TEXT NOT NULL DEFAULT '', base_rev BIGINT NOT NULL DEFAULT -1, "
    "payload TEXT NOT NULL, issued_at BIGINT NOT NULL, status TEXT NOT NULL DEFAULT 'pending', "
    "outcome TEXT NOT NULL DEFAULT '', tries INTEGER NOT NULL DEFAULT 0, updated_at BIGINT NOT "
    "NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS outbox_status ON outbox (status, seq)",
    // The server's own copy of every row, so local effects can be undone before a rebase.
    "CREATE TABLE IF NOT EXISTS server_rows (entity TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT "
    "NULL, "
    "PRIMARY KEY (entity, id))",
    "CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};
}  // namespace

const QStringList &Replica::syncedTables() {
    static const QStringList t{Entity::Users,           Entity::Organisations,
                               Entity::Certifications,  Entity::Tasks,
                               Entity::Notifications,   Entity::Experts,
                               Entity::BankAccounts,    Entity::Listings,
                               Entity::ListingOpinions, Entity::ListingAssignments};
    return t;
}

Result<std::unique_ptr<Replica>> Replica::open(const QString &path, const QString &connectionName) {
    QDir().mkpath(QFileInfo(path).path());
    auto db = Database::openSqlite(path, connectionName);
    if (!db) return db.error();
    (*db)->setReplica(true);
    for (const char *sql : kClientSchema) {
        auto r = (*db)->exec(QString::fromLatin1(sql));
        if (!r) return r.error();
    }
    return std::unique_ptr<Replica>(new Replica(db.value()));
}

QString Replica::value(const QString &key) const {
    auto v = m_db->scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    return v ? v->toString() : QString();
}

Status Replica::setValue(const QString &key, const QString &value) {
    auto r = m_db->exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        {key, value});
    if (!r) return r.error();
    return Ok{};
}

Outcome Replica::perform(const Actor &actor, const QString &type, const QString &target,
                         qint64 baseRev, const QJsonObject &payload, BlobStore *blobs) {
    Command c{newId(), type, target, baseRev, payload, nowMs()};
    CommandProcessor processor(*m_db, nullptr, blobs);
    // The outbox row commits with the local effect, or neither does.
    auto queue = [this, &c](Outcome &out) -> Status {
        if (out.status != Outcome::Status::Applied) return Ok{};
        auto next = m_db->scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox"));
        if (!next) return next.error();
        auto r = m_db->exec(
            QStringLiteral("INSERT INTO outbox (seq, command_id, type, target, base_rev, payload, "
                           "issued_at, updated_at) VALUES (?,?,?,?,?,?,?,?)"),
            {next->toLongLong(), c.id, c.type, c.target, c.baseRev, compact(c.payload), c.issuedAt,
             c.issuedAt});
        if (!r) return r.error();
        out.result.insert(QStringLiteral("command_id"), c.id);
        out.result.insert(QStringLiteral("seq"), next->toLongLong());
        return Ok{};
    };
    return processor.execute(actor, c, queue, c.issuedAt);
}

Result<QList<Command>> Replica::pending(int max) const {
    auto rows = m_db->all(
        QStringLiteral("SELECT seq, command_id, type, target, base_rev, payload, issued_at "
                       "FROM outbox WHERE status = 'pending' ORDER BY seq LIMIT ?"),
        {max});
    if (!rows) return rows.error();
    QList<Command> out;
    for (const QVariantMap &r : rows.value()) {
        Command c;
        c.seq = r.value(QStringLiteral("seq")).toLongLong();
        c.id = r.value(QStringLiteral("command_id")).toString();
        c.type = r.value(QStringLiteral("type")).toString();
        c.target = r.value(QStringLiteral("target")).toString();
        c.baseRev = r.value(QStringLiteral("base_rev")).toLongLong();
        c.payload = parse(r.value(QStringLiteral("payload")).toString());
        c.issuedAt = r.value(QStringLiteral("issued_at")).toLongLong();
        out.append(c);
    }
    return out;
}

int Replica::pendingCount() const {
    auto n = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending'"));
    return n ? n->toInt() : 0;
}

Status Replica::withdraw(const Actor &actor, qint64 seq, BlobStore *blobs) {
    auto begun = m_db->beginWrite();
    if (!begun) return begun;
    auto fail = [this](const Error &e) -> Status {
        m_db->rollback();
        return e;
    };
    auto status = m_db->scalar(QStringLiteral("SELECT status FROM outbox WHERE seq = ?"), {seq});
    if (!status) return fail(status.error());
    if (status->toString() != CommandStatus::Pending)
        return fail(makeError(ErrorCode::Conflict,
                              ReplicaTr::tr("This change is no longer waiting to be sent, so it "
                                            "cannot be taken back here.")));
    // The server takes a client's commands gapless by seq: taking back one with a later command
    // behind it would leave a hole the server waits on forever. Only the newest can go (its seq
    // is then reused, as it never left this computer).
    auto newest = m_db->scalar(QStringLiteral("SELECT MAX(seq) FROM outbox"));
    if (!newest) return fail(newest.error());
    if (newest->toLongLong() != seq)
        return fail(makeError(ErrorCode::Conflict,
                              ReplicaTr::tr("Only your most recent change can be taken back: "
                                            "later changes are queued behind this one.")));
    // The same rebase as a pulled page, without the page: back to the server's rows, then the
    // commands that remain queued on top.
    if (auto u = undoLocalEffects(); !u) return fail(u.error());
    auto d = m_db->exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
    if (!d) return fail(d.error());
    if (auto r = reapplyPending(actor, blobs); !r) return fail(r.error());
    return m_db->commit();
}

Result<int> Replica::recordOutcomes(const QJsonArray &outcomes) {
    auto begun = m_db->beginWrite();
    if (!begun) return begun.error();
    int final = 0;
    for (const QJsonValue &v : outcomes) {
        const QJsonObject o = v.toObject();
        const QString status = o.value(QStringLiteral("status")).toString();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (status == QStringLiteral("gap")) {
            // The server lacks commands it had acknowledged (restored from a backup): everything
            // from the seq it expects goes out again; replays of what it still has are harmless.
            const qint64 expected = o.value(QStringLiteral("error"))
                                        .toObject()
                                        .value(QStringLiteral("details"))
                                        .toObject()
                                        .value(QStringLiteral("expected"))
                                        .toInteger();
            if (expected > 0) {
                auto r = m_db->exec(QStringLiteral("UPDATE outbox SET status = 'pending' WHERE seq "
                                                   ">= ? AND status IN ('applied', 'rejected')"),
                                    {expected});
                if (!r) {
                    m_db->rollback();
                    return r.error();
                }
            }
            continue;
        }
        QString to;
        if (status == CommandStatus::Applied || status == CommandStatus::Rejected) to = status;
        Result<QSqlQuery> r =
            to.isEmpty()
                ? m_db->exec(QStringLiteral(
                                 "UPDATE outbox SET tries = tries + 1, outcome = ?, updated_at = ? "
                                 "WHERE command_id = ? AND status = 'pending'"),
                             {compact(o), nowMs(), id})
                : m_db->exec(
                      QStringLiteral("UPDATE outbox SET status = ?, outcome = ?, updated_at = ? "
                                     "WHERE command_id = ? AND status = 'pending'"),
                      {to, compact(o), nowMs(), id});
        if (!r) {
            m_db->rollback();
            return r.error();
        }
        if (!to.isEmpty()) ++final;
    }
    auto c = m_db->commit();
    if (!c) return c.error();
    return final;
}

Status Replica::undoLocalEffects() {
    auto touched = m_db->all(QStringLiteral("SELECT DISTINCT entity, entity_id FROM changes"));
    if (!touched) return touched.error();
    for (const QVariantMap &t : touched.value()) {
        const QString table = t.value(QStringLiteral("entity")).toString();
        const QString id = t.value(QStringLiteral("entity_id")).toString();
        if (!syncedTables().contains(table)) continue;
        auto server =
            m_db->scalar(QStringLiteral("SELECT data FROM server_rows WHERE entity = ? AND id = ?"),
                         {table, id});
        if (!server) return server.error();
        if (server->isNull()) {
            auto d = m_db->exec(
                QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
            if (!d) return d.error();
        } else {
            auto u = upsertRow(table, parse(server->toString()));
            if (!u) return u;
        }
    }
    auto clear = m_db->exec(QStringLiteral("DELETE FROM changes"));
    if (!clear) return clear.error();
    return Ok{};
}

Status Replica::upsertRow(const QString &table, const QJsonObject &data) {
    // Column names come from the schema, read once per table (not per row: a first sync
    // writes tens of thousands of rows).
    auto known = m_columns.find(table);
    if (known == m_columns.end()) {
        const QSqlRecord record = m_db->connection().record(table);
        QSet<QString> names;
        for (int i = 0; i < record.count(); ++i) names.insert(record.fieldName(i));
        known = m_columns.insert(table, names);
    }
    const QSet<QString> &columns = known.value();
    QStringList names, updates, marks;
    QVariantList binds;
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!columns.contains(it.key())) continue;  // never trust a column name from the wire
        names << it.key();
        marks << QStringLiteral("?");
        if (it.key() != QStringLiteral("id"))
            updates << it.key() + QStringLiteral(" = excluded.") + it.key();
        binds << (it.value().isDouble() ? QVariant(it.value().toInteger())
                                        : QVariant(it.value().toString()));
    }
    if (!names.contains(QStringLiteral("id")))
        return makeError(ErrorCode::Invalid, ReplicaTr::tr("A synced row without an id."),
                         QStringLiteral("id"));
    auto r =
        m_db->exec(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                       names.join(u',') + QStringLiteral(") VALUES (") + marks.join(u',') +
                       QStringLiteral(") ON CONFLICT (id) DO UPDATE SET ") + updates.join(u','),
                   binds);
    if (!r) return r.error();
    return Ok{};
}

Status Replica::reapplyPending(const Actor &actor, BlobStore *blobs) {
    auto cmds = pending(100000);
    if (!cmds) return cmds.error();
    CommandProcessor processor(*m_db, nullptr, blobs);
    for (const Command &c : cmds.value()) {
        // A command the rebased state now refuses keeps waiting for the server's verdict.
        const Outcome out = processor.execute(actor, c, {}, c.issuedAt);
        if (out.status != Outcome::Status::Applied)
            qCDebug(lcReplica) << "pending" << c.type
                               << "no longer applies locally:" << out.error.code;
    }
    return Ok{};
}

Status Replica::applyPage(const Actor &actor, const QJsonArray &changes, const QString &cookie,
                          BlobStore *blobs) {
    auto begun = m_db->beginWrite();
    if (!begun) return begun;
    auto fail = [this](const Error &e) -> Status {
        m_db->rollback();
        return e;
    };
    if (auto u = undoLocalEffects(); !u) return fail(u.error());
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        const QString table = c.value(QStringLiteral("entity")).toString();
        const QString id = c.value(QStringLiteral("id")).toString();
        if (!syncedTables().contains(table) || id.isEmpty()) continue;  // a newer server's entity
        if (c.value(QStringLiteral("op")).toString() == QStringLiteral("delete")) {
            auto d = m_db->exec(
                QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
            if (!d) return fail(d.error());
            auto s = m_db->exec(
                QStringLiteral("DELETE FROM server_rows WHERE entity = ? AND id = ?"), {table, id});
            if (!s) return fail(s.error());
            continue;
        }
        const QJsonObject data = c.value(QStringLiteral("data")).toObject();
        if (auto u = upsertRow(table, data); !u) return fail(u.error());
        auto s = m_db->exec(
            QStringLiteral("INSERT INTO server_rows (entity, id, data) VALUES (?,?,?) "
                           "ON CONFLICT (entity, id) DO UPDATE SET data = excluded.data"),
            {table, id, compact(data)});
        if (!s) return fail(s.error());
    }
    if (auto r = reapplyPending(actor, blobs); !r) return fail(r.error());
    if (auto s = setValue(QStringLiteral("cookie"), cookie); !s) return fail(s.error());
    return m_db->commit();
}

Status Replica::reset() {
    auto begun = m_db->beginWrite();
    if (!begun) return begun;
    for (const QString &t : syncedTables()) {
        auto d = m_db->exec(QStringLiteral("DELETE FROM ") + t);
        if (!d) {
            m_db->rollback();
            return d.error();
        }
    }
    for (const char *sql : {"DELETE FROM server_rows", "DELETE FROM changes",
                            "DELETE FROM sync_state WHERE key = 'cookie'"}) {
        auto d = m_db->exec(QString::fromLatin1(sql));
        if (!d) {
            m_db->rollback();
            return d.error();
        }
    }
    return m_db->commit();
}

QList<SyncProblem> Replica::problems() const {
    QList<SyncProblem> out;
    auto rows = m_db->all(
        QStringLiteral("SELECT seq, command_id, type, target, payload, outcome, issued_at "
                       "FROM outbox WHERE status = 'rejected' ORDER BY seq"));
    if (!rows) return out;
    for (const QVariantMap &r : rows.value()) {
        const QJsonObject outcome = parse(r.value(QStringLiteral("outcome")).toString());
        out.append(SyncProblem{r.value(QStringLiteral("seq")).toLongLong(),
                               r.value(QStringLiteral("command_id")).toString(),
                               r.value(QStringLiteral("type")).toString(),
                               r.value(QStringLiteral("target")).toString(),
                               parse(r.value(QStringLiteral("payload")).toString()),
                               Error::fromJson(outcome.value(QStringLiteral("error")).toObject()),
                               r.value(QStringLiteral("issued_at")).toLongLong()});
    }
    return out;
}

Status Replica::dismissProblem(qint64 seq) {
    auto r = m_db->exec(
        QStringLiteral(
            "UPDATE outbox SET status = 'dismissed' WHERE seq = ? AND status = 'rejected'"),
        {seq});
    if (!r) return r.error();
    return Ok{};
}

}  // namespace dx
