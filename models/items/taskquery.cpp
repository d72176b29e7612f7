#include "models/items/taskquery.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

#include "models/auth/visibility.h"
#include "models/store/database.h"
#include "models/workflow/states.h"

namespace dx {

namespace {
class TaskqueryTr {
    Q_DECLARE_TR_FUNCTIONS(TaskQuery)
};

}  // namespace

TaskWhere TaskQuery::boxWhere(const Actor &a, const QString &box) {
    // "Mine" and "history" pick rows by who applied or decided, and those rows must still be
    // ones the actor may see: an expert's task about a provider's listing names the provider as
    // applicant but is private to the expert (issue 13).
    if (box == InboxBox::Mine || box == InboxBox::History) {
        const auto vis = Visibility::sqlFilter(a, QStringLiteral("t."));
        const bool mine = box == InboxBox::Mine;
        QVariantList binds{a.userId};
        if (!mine) binds << TaskState::Done;
        binds += vis.binds;
        return {(mine ? QStringLiteral("t.applicant_user = ? AND ")
                      : QStringLiteral("t.done_by = ? AND t.state = ? AND ")) +
                    vis.sql,
                binds};
    }
    const auto vis = Visibility::sharedFilter(a, QStringLiteral("t."));
    QVariantList binds{TaskState::Open, a.role};
    binds += vis.binds;
    return {QStringLiteral("t.state = ? AND t.assignee_role = ? AND ") + vis.sql, binds};
}

namespace {
QString escapeLike(QString s) {
    s.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + s + u'%';
}
}  // namespace

Result<TaskFilter> TaskFilter::fromQuery(const QHash<QString, QString> &q) {
    TaskFilter f;
    if (q.contains(QStringLiteral("box"))) f.box = q.value(QStringLiteral("box"));
    if (std::find(InboxBox::all.begin(), InboxBox::all.end(), f.box) == InboxBox::all.end())
        return makeError(ErrorCode::Invalid, TaskqueryTr::tr("Unknown inbox tab."),
                         QStringLiteral("box"));
    f.text = q.value(QStringLiteral("q")).left(100);
    f.applicant = q.value(QStringLiteral("applicant")).left(100);
    f.kind = q.value(QStringLiteral("type")).left(64);
    f.newestFirst = q.value(QStringLiteral("sort")) == QStringLiteral("newest");
    auto number = [&q](const QString &key, qint64 def, qint64 min, qint64 max) -> Result<qint64> {
        if (!q.contains(key) || q.value(key).isEmpty()) return def;
        bool ok = false;
        const qint64 v = q.value(key).toLongLong(&ok);
        if (!ok || v < min || v > max)
            return makeError(
                ErrorCode::OutOfRange,
                TaskqueryTr::tr("A number between %1 and %2 is expected.").arg(min).arg(max), key);
        return v;
    };
    auto from = number(QStringLiteral("from"), 0, 0, 1LL << 50);
    if (!from) return from.error();
    auto to = number(QStringLiteral("to"), 0, 0, 1LL << 50);
    if (!to) return to.error();
    auto limit = number(QStringLiteral("limit"), 50, 1, 1000);
    if (!limit) return limit.error();
    auto offset = number(QStringLiteral("offset"), 0, 0, 10000000);
    if (!offset) return offset.error();
    f.from = *from;
    f.to = *to;
    f.limit = static_cast<int>(*limit);
    f.offset = static_cast<int>(*offset);
    return f;
}

TaskWhere TaskQuery::where(const Actor &actor, const TaskFilter &f) {
    TaskWhere w = boxWhere(actor, f.box);
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        w.sql += QStringLiteral(
            " AND (t.title LIKE ? ESCAPE '\\' OR t.applicant_name LIKE ? ESCAPE '\\')");
        w.binds << escapeLike(text) << escapeLike(text);
    }
    const QString applicant = f.applicant.trimmed();
    if (!applicant.isEmpty()) {
        w.sql += QStringLiteral(" AND t.applicant_name LIKE ? ESCAPE '\\'");
        w.binds << escapeLike(applicant);
    }
    if (!f.kind.isEmpty()) {
        w.sql += QStringLiteral(" AND t.kind = ?");
        w.binds << f.kind;
    }
    if (f.from > 0) {
        w.sql += QStringLiteral(" AND t.created_at >= ?");
        w.binds << f.from;
    }
    if (f.to > 0) {
        w.sql += QStringLiteral(" AND t.created_at < ?");
        w.binds << f.to;
    }
    return w;
}

Result<QJsonObject> TaskQuery::run(Database &db, const Actor &actor, const TaskFilter &f) {
    const TaskWhere filtered = where(actor, f);
    const QString where = filtered.sql;
    const QVariantList binds = filtered.binds;

    auto total = db.scalar(QStringLiteral("SELECT COUNT(*) FROM tasks t WHERE ") + where, binds);
    if (!total) return total.error();
    QVariantList pageBinds = binds;
    pageBinds << f.limit << f.offset;
    auto rows =
        db.all(QStringLiteral("SELECT t.id, t.kind, t.entity, t.entity_id, t.state, t.title, "
                              "t.applicant_name, t.region, t.org_id, t.created_at, t.due_at, "
                              "t.done_at, t.outcome, t.rev FROM tasks t WHERE ") +
                   where + QStringLiteral(" ORDER BY t.created_at ") +
                   (f.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")) +
                   QStringLiteral(", t.id LIMIT ? OFFSET ?"),
               pageBinds);
    if (!rows) return rows.error();
    QJsonArray tasks;
    for (const QVariantMap &r : rows.value()) {
        QJsonObject o;
        for (auto it = r.cbegin(); it != r.cend(); ++it) {
            if (it.value().typeId() == QMetaType::LongLong || it.value().typeId() == QMetaType::Int)
                o.insert(it.key(), it.value().toLongLong());
            else
                o.insert(it.key(), it.value().toString());
        }
        tasks.append(o);
    }
    QJsonObject counts;
    for (const QString b : InboxBox::all) {
        const TaskWhere w = boxWhere(actor, b);
        auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM tasks t WHERE ") + w.sql, w.binds);
        if (!n) return n.error();
        counts.insert(b, n->toLongLong());
    }
    return QJsonObject{{QStringLiteral("tasks"), tasks},
                       {QStringLiteral("total"), total->toLongLong()},
                       {QStringLiteral("counts"), counts}};
}

}  // namespace dx
