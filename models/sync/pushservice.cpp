#include "models/sync/pushservice.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "models/commands/commandprocessor.h"
#include "models/core/clock.h"
#include "models/store/database.h"

namespace dx {

namespace {
class PushserviceTr {
    Q_DECLARE_TR_FUNCTIONS(PushService)
};

QJsonObject tagged(QJsonObject outcome, const Command &c) {
    outcome.insert(QStringLiteral("id"), c.id);
    outcome.insert(QStringLiteral("seq"), c.seq);
    return outcome;
}
}  // namespace

Result<QString> PushService::registerClient(const Actor &actor, const QString &name, qint64 now) {
    if (actor.userId.isEmpty())
        return makeError(ErrorCode::Unauthenticated, PushserviceTr::tr("Please sign in first."));
    if (name.size() > 100)
        return makeError(ErrorCode::TooLong,
                         PushserviceTr::tr("At most 100 characters are allowed."),
                         QStringLiteral("name"));
    const QString id = newId();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO clients (id, user_id, name, created_at) VALUES (?,?,?,?)"),
        {id, actor.userId, name, now});
    if (!r) return r.error();
    return id;
}

Result<std::optional<QJsonObject>> PushService::earlierAnswer(const Actor &actor,
                                                              const QString &commandId) {
    auto first = m_db.one(
        QStringLiteral("SELECT user_id, outcome, created_at FROM command_log WHERE command_id = ? "
                       "UNION ALL SELECT user_id, outcome, created_at FROM commands_now "
                       "WHERE command_id = ? ORDER BY created_at LIMIT 1"),
        {commandId, commandId});
    if (!first) return first.error();
    if (!first->has_value()) return std::optional<QJsonObject>{};
    if ((*first)->value(QStringLiteral("user_id")).toString() == actor.userId) {
        QJsonObject o =
            QJsonDocument::fromJson((*first)->value(QStringLiteral("outcome")).toString().toUtf8())
                .object();
        o.insert(QStringLiteral("replayed"), true);
        return std::optional<QJsonObject>{o};
    }
    // Somebody else's command id: neither run it nor tell what became of it.
    return std::optional<QJsonObject>{Outcome{
        Outcome::Status::Rejected,
        0,
        {},
        makeError(ErrorCode::Duplicate, PushserviceTr::tr("This command id was already used."),
                  QStringLiteral("id"))}
                                          .toJson()};
}

Status PushService::checkIdUnused(const QString &commandId) {
    // Under the write lock: a push or run-now of the same id may have committed since
    // earlierAnswer looked. Rolled back as `retry`, the next try answers it as a repeat.
    auto dup = m_db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM command_log WHERE "
                                          "command_id = ?) + (SELECT COUNT(*) FROM commands_now "
                                          "WHERE command_id = ?)"),
                           {commandId, commandId});
    if (!dup) return dup.error();
    if (dup->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         PushserviceTr::tr("This command is being applied by another push."));
    return Ok{};
}

PushService::NowReply PushService::runNow(const Actor &actor, const Command &c, qint64 now) {
    auto earlier = earlierAnswer(actor, c.id);
    if (!earlier) return {Outcome{Outcome::Status::Retry, 0, {}, earlier.error()}};
    if (earlier->has_value()) return {Outcome::fromJson(**earlier), true};
    CommandProcessor processor(m_db, &m_services, m_blobs);
    auto bookkeeping = [&](Outcome &out) -> Status {
        auto unused = checkIdUnused(c.id);
        if (!unused) return unused;
        if (out.status == Outcome::Status::Retry) return Ok{};
        auto log = m_db.exec(
            QStringLiteral("INSERT INTO commands_now (command_id, user_id, type, status, outcome, "
                           "created_at) VALUES (?,?,?,?,?,?)"),
            {c.id, actor.userId, c.type, out.statusName(),
             QString::fromUtf8(QJsonDocument(out.toJson()).toJson(QJsonDocument::Compact)), now});
        if (!log) return log.error();
        return Ok{};
    };
    return {processor.execute(actor, c, bookkeeping, now)};
}

Result<QJsonObject> PushService::answerRepeat(const Actor &actor, const QString &clientId,
                                              const Command &c, qint64 lastSeq, qint64 now) {
    auto earlier = earlierAnswer(actor, c.id);
    if (!earlier) return earlier.error();
    if (!earlier->has_value()) return QJsonObject{};
    const QJsonObject o = **earlier;
    const QString status = o.value(QStringLiteral("status")).toString();
    // The seq is used up like any other, so that the client's later commands follow in order.
    auto begun = m_db.beginWrite();
    if (!begun) return begun.error();
    auto log = m_db.exec(QStringLiteral("INSERT INTO command_log (client_id, seq, command_id, "
                                        "user_id, type, target, status, outcome, created_at) "
                                        "VALUES (?,?,?,?,?,?,?,?,?)"),
                         {clientId, c.seq, c.id, actor.userId, c.type, c.target, status,
                          QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), now});
    Result<int> seq = 0;
    if (log)
        seq = m_db.change(
            QStringLiteral("UPDATE clients SET last_seq = ? WHERE id = ? AND last_seq = ?"),
            {c.seq, clientId, lastSeq});
    if (!log || !seq || *seq != 1) {
        m_db.rollback();
        if (!log) return log.error();
        if (!seq) return seq.error();
        return makeError(ErrorCode::Conflict,
                         PushserviceTr::tr("Another push of this client is running."));
    }
    auto done = m_db.commit();
    if (!done) return done.error();
    return o;
}

Result<PushService::Reply> PushService::push(const Actor &actorIn, const QString &clientId,
                                             const QList<Command> &commands, qint64 now) {
    Actor actor = actorIn;
    actor.clientId = clientId;
    auto client =
        m_db.one(QStringLiteral("SELECT user_id, last_seq FROM clients WHERE id = ?"), {clientId});
    if (!client) return client.error();
    if (!client->has_value() ||
        (*client)->value(QStringLiteral("user_id")).toString() != actor.userId)
        return makeError(ErrorCode::Forbidden,
                         PushserviceTr::tr("This client is not registered to you."),
                         QStringLiteral("client_id"));

    Reply reply;
    reply.lastSeq = (*client)->value(QStringLiteral("last_seq")).toLongLong();
    CommandProcessor processor(m_db, &m_services, m_blobs);

    for (const Command &c : commands) {
        auto stored = m_db.one(QStringLiteral("SELECT command_id, outcome FROM command_log "
                                              "WHERE client_id = ? AND seq = ?"),
                               {clientId, c.seq});
        if (!stored) return stored.error();
        if (stored->has_value()) {
            // A replay: answer what happened the first time, change nothing.
            QJsonObject o;
            if ((*stored)->value(QStringLiteral("command_id")).toString() == c.id) {
                o = QJsonDocument::fromJson(
                        (*stored)->value(QStringLiteral("outcome")).toString().toUtf8())
                        .object();
                o.insert(QStringLiteral("replayed"), true);
            } else {
                o = Outcome{Outcome::Status::Rejected,
                            0,
                            {},
                            makeError(ErrorCode::Duplicate,
                                      PushserviceTr::tr(
                                          "Another command already used this sequence number."),
                                      QStringLiteral("seq"))}
                        .toJson();
            }
            reply.outcomes.append(tagged(o, c));
            continue;
        }
        if (c.seq != reply.lastSeq + 1) {
            Error e = makeError(ErrorCode::Gap,
                                PushserviceTr::tr("Commands must arrive in order; expected %1.")
                                    .arg(reply.lastSeq + 1),
                                QStringLiteral("seq"));
            e.details.insert(QStringLiteral("expected"), reply.lastSeq + 1);
            reply.outcomes.append(
                tagged(QJsonObject{{QStringLiteral("status"), QStringLiteral("gap")},
                                   {QStringLiteral("error"), e.toJson()}},
                       c));
            break;
        }

        // A command id is applied at most once, whatever seq or client it comes under (a client
        // that renumbered its outbox, a copied outbox): the repeat is answered, not run again.
        auto earlier = answerRepeat(actor, clientId, c, reply.lastSeq, now);
        if (!earlier) return earlier.error();
        if (!earlier->isEmpty()) {
            reply.outcomes.append(tagged(*earlier, c));
            reply.lastSeq = c.seq;
            continue;
        }

        const qint64 expected = reply.lastSeq;
        auto bookkeeping = [&](Outcome &out) -> Status {
            auto unused = checkIdUnused(c.id);
            if (!unused) return unused;
            if (out.status == Outcome::Status::Retry) {
                auto up =
                    m_db.exec(QStringLiteral("INSERT INTO command_retries (client_id, seq, tries) "
                                             "VALUES (?, ?, 1) ON CONFLICT (client_id, seq) "
                                             "DO UPDATE SET tries = command_retries.tries + 1"),
                              {clientId, c.seq});
                if (!up) return up.error();
                auto tries = m_db.scalar(
                    QStringLiteral(
                        "SELECT tries FROM command_retries WHERE client_id = ? AND seq = ?"),
                    {clientId, c.seq});
                if (!tries) return tries.error();
                if (tries->toInt() < kMaxTries) return Ok{};
                out.status =
                    Outcome::Status::Rejected;  // bounded: a missing file cannot block the queue
            }
            const QByteArray json = QJsonDocument(out.toJson()).toJson(QJsonDocument::Compact);
            auto log = m_db.exec(
                QStringLiteral("INSERT INTO command_log (client_id, seq, command_id, user_id, "
                               "type, target, status, outcome, created_at) "
                               "VALUES (?,?,?,?,?,?,?,?,?)"),
                {clientId, c.seq, c.id, actor.userId, c.type, c.target, out.statusName(),
                 QString::fromUtf8(json), now});
            if (!log) return log.error();
            auto seq = m_db.change(
                QStringLiteral("UPDATE clients SET last_seq = ? WHERE id = ? AND last_seq = ?"),
                {c.seq, clientId, expected});
            if (!seq) return seq.error();
            if (*seq != 1)
                return makeError(ErrorCode::Conflict,
                                 PushserviceTr::tr("Another push of this client is running."));
            auto clear = m_db.exec(
                QStringLiteral("DELETE FROM command_retries WHERE client_id = ? AND seq = ?"),
                {clientId, c.seq});
            if (!clear) return clear.error();
            return Ok{};
        };
        const Outcome out = processor.execute(actor, c, bookkeeping, now);
        reply.outcomes.append(tagged(out.toJson(), c));
        if (out.status == Outcome::Status::Retry) break;  // order is kept: later commands wait
        reply.lastSeq = c.seq;
    }
    return reply;
}

}  // namespace dx
