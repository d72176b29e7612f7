#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariantList>

#include "models/auth/actor.h"
#include "models/core/result.h"
#include "models/workflow/states.h"

namespace dx {

class Database;

/// Filters of the inbox (待办): box, free text on title/applicant, type, date range, paging.
struct TaskFilter {
    QString box = InboxBox::Pending;  ///< an InboxBox: 待我审批 | 我的申请 | 历史审批
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

/// A WHERE clause over `tasks t` with its positional binds.
struct TaskWhere {
    QString sql;
    QVariantList binds;
};

/// The inbox query, the same SQL over the server's store and a client's replica (the desktop's
/// windowed TaskModel builds its pages from where()).
class TaskQuery {
public:
    /// One box for `actor`: 待我审批 open tasks for the role in scope, 我的申请 what the actor
    /// applied for, 历史审批 what the actor decided — each only among the tasks the actor may see.
    static TaskWhere boxWhere(const Actor &actor, const QString &box);
    /// boxWhere() plus the filter's text, applicant, type and date range (no order, no paging).
    static TaskWhere where(const Actor &actor, const TaskFilter &filter);

    /// `{tasks: [...], total, counts: {pending, mine, history}}`
    static Result<QJsonObject> run(Database &db, const Actor &actor, const TaskFilter &filter);
};

}  // namespace dx
