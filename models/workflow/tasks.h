#pragma once

#include <QString>

#include "models/auth/visibility.h"
#include "models/core/result.h"

namespace dx {

class Database;

/// Inbox tasks (待办): every workflow step that waits for someone is one row, synced like any
/// other.
class Tasks {
public:
    struct NewTask {
        QString kind;  ///< e.g. "certification.review"
        QString entity;
        QString entityId;
        QString assigneeRole;
        Scope scope;  ///< scope.userId set: the task is private to that user (tasks.user_id)
        QString title;
        QString applicantName;
        QString applicantUser;
        qint64 dueAt = 0;
    };
    static Result<qint64> open(Database &db, const NewTask &task, qint64 now);
    /// Closes the open tasks of an entity: state "done" (with who and the outcome) or "cancelled".
    /// With `userId`, only the open tasks private to that user.
    static Result<qint64> close(Database &db, const QString &entity, const QString &entityId,
                                const QString &state, const QString &doneBy, const QString &outcome,
                                qint64 now, const QString &userId = {});
};

/// The notification outbox (email/SMS), drained by a sender outside the transaction.
class Notifications {
public:
    static Result<qint64> queue(Database &db, const QString &userId, const QString &subject,
                                const QString &body, qint64 now);
};

}  // namespace dx
