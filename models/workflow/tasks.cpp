#include "models/workflow/tasks.h"

#include "models/core/clock.h"
#include "models/store/database.h"
#include "models/sync/changefeed.h"
#include "models/workflow/states.h"

namespace dx {

Result<qint64> Tasks::open(Database &db, const NewTask &t, qint64 now) {
    const QString id = newId();
    auto r = db.exec(
        QStringLiteral("INSERT INTO tasks (id, kind, entity, entity_id, state, "
                       "assignee_role, region, org_id, title, applicant_name, "
                       "applicant_user, created_at, due_at, user_id) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {id, t.kind, t.entity, t.entityId, TaskState::Open, t.assigneeRole, t.scope.region,
         t.scope.orgId, t.title, t.applicantName, t.applicantUser, now, t.dueAt, t.scope.userId});
    if (!r) return r.error();
    return ChangeFeed::publishRow(db, Entity::Tasks, id, t.scope);
}

Result<qint64> Tasks::close(Database &db, const QString &entity, const QString &entityId,
                            const QString &state, const QString &doneBy, const QString &outcome,
                            qint64 now, const QString &userId) {
    // With a userId: only that user's private task (an expert's opinion closes theirs alone).
    QString sql = QStringLiteral(
        "SELECT id, org_id, region, user_id FROM tasks WHERE entity = ? "
        "AND entity_id = ? AND state = ?");
    QVariantList binds{entity, entityId, TaskState::Open};
    if (!userId.isEmpty()) {
        sql += QStringLiteral(" AND user_id = ?");
        binds << userId;
    }
    auto open = db.all(sql, binds);
    if (!open) return open.error();
    qint64 rev = 0;
    for (const QVariantMap &row : open.value()) {
        const QString id = row.value(QStringLiteral("id")).toString();
        auto u = db.exec(QStringLiteral("UPDATE tasks SET state = ?, done_by = ?, done_at = ?, "
                                        "outcome = ? WHERE id = ?"),
                         {state, doneBy, now, outcome, id});
        if (!u) return u.error();
        const Scope scope{row.value(QStringLiteral("org_id")).toString(),
                          row.value(QStringLiteral("region")).toString(),
                          row.value(QStringLiteral("user_id")).toString()};
        auto p = ChangeFeed::publishRow(db, Entity::Tasks, id, scope);
        if (!p) return p.error();
        rev = *p;
    }
    return rev;
}

Result<qint64> Notifications::queue(Database &db, const QString &userId, const QString &subject,
                                    const QString &body, qint64 now) {
    auto user = db.one(QStringLiteral("SELECT mobile, email FROM users WHERE id = ?"), {userId});
    if (!user) return user.error();
    if (!user->has_value()) return qint64(0);
    qint64 rev = 0;
    const QList<QPair<QString, QString>> channels{
        {QStringLiteral("email"), (*user)->value(QStringLiteral("email")).toString()},
        {QStringLiteral("sms"), (*user)->value(QStringLiteral("mobile")).toString()},
        {QStringLiteral("app"), userId}};
    for (const auto &[channel, recipient] : channels) {
        if (recipient.isEmpty()) continue;
        const QString id = newId();
        auto r =
            db.exec(QStringLiteral("INSERT INTO notifications (id, user_id, channel, recipient, "
                                   "subject, body, created_at) VALUES (?,?,?,?,?,?,?)"),
                    {id, userId, channel, recipient, subject, body, now});
        if (!r) return r.error();
        auto p = ChangeFeed::publishRow(db, Entity::Notifications, id, Scope{{}, {}, userId});
        if (!p) return p.error();
        rev = *p;
    }
    return rev;
}

}  // namespace dx
