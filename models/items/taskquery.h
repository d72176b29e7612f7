#pragma once

#include <QJsonObject>
#include <QString>

#include "models/auth/actor.h"
#include "models/core/result.h"

namespace dx {

class Database;

/// Filters of the inbox (待办): box, free text on title/applicant, type, date range, paging.
struct TaskFilter {
    QString box =
        QStringLiteral("pending");  ///< pending (待我审批) | mine (我的申请) | history (历史审批)
    QString text;
    QString applicant;
    QString kind;
    qint64 from = 0;  ///< created_at >= from (ms), 0 = open
    qint64 to = 0;    ///< created_at < to (ms), 0 = open
    bool newestFirst = false;
    int limit = 50;
    int offset = 0;

    static Result<TaskFilter> fromQuery(const QHash<QString, QString> &query);
};

/// The inbox query, the same SQL over the server's store and a client's replica.
class TaskQuery {
public:
    /// `{tasks: [...], total, counts: {pending, mine, history}}`
    static Result<QJsonObject> run(Database &db, const Actor &actor, const TaskFilter &filter);
};

}  // namespace dx
