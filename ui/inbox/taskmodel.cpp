#include "ui/inbox/taskmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>
#include <QPainter>
#include <QPen>
#include <QPixmap>

#include <algorithm>

#include "models/core/clock.h"
#include "models/store/database.h"
#include "models/sync/offlinedocuments.h"
#include "models/workflow/states.h"

Q_LOGGING_CATEGORY(lcInbox, "dx.inbox")

namespace dx {

namespace {
QString formatTime(qint64 ms) {
    if (ms <= 0) return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

// A small disc: full when the documents are here, half when some are, a ring when none is.
QIcon presenceIcon(OfflineDocuments::Presence presence) {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF disc(3.5, 3.5, 9, 9);
    const QColor green(0x1b, 0x7f, 0x3b), grey(0x80, 0x80, 0x80);
    switch (presence) {
        case OfflineDocuments::Presence::Downloaded:
            p.setPen(QPen(green, 1.5));
            p.setBrush(green);
            p.drawEllipse(disc);
            break;
        case OfflineDocuments::Presence::Partly:
            p.setPen(QPen(green, 1.5));
            p.drawEllipse(disc);
            p.setBrush(green);
            p.drawPie(disc, 90 * 16, 180 * 16);
            break;
        case OfflineDocuments::Presence::Missing:
            p.setPen(QPen(grey, 1.5));
            p.drawEllipse(disc);
            break;
        case OfflineDocuments::Presence::NoDocuments:
            break;
    }
    p.end();
    return QIcon(pixmap);
}
}  // namespace

TaskModel::TaskModel(Database &db, Actor actor, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_actor(std::move(actor)) {
    countRows();
    countBoxes();
}

QString TaskModel::kindName(const QString &kind) {
    if (kind == TaskKind::CertificationReview) return tr("Certification review");
    return kind;
}

QStringList TaskModel::knownKinds() {
    return {TaskKind::CertificationReview};
}

QString TaskModel::stateName(const QString &state, const QString &outcome) {
    if (state == TaskState::Open) return tr("Open");
    if (state == TaskState::Cancelled) return tr("Cancelled");
    if (state == TaskState::Done) {
        if (outcome == QStringLiteral("approve")) return tr("Approved");
        if (outcome == QStringLiteral("reject")) return tr("Rejected");
        return tr("Done");
    }
    return state;
}

namespace {
const char *const kSortColumns[] = {"t.title",      "t.applicant_name", "t.kind",
                                    "t.created_at", "t.due_at",         "t.state"};
}  // namespace

QString TaskModel::orderBy(bool reversed) const {
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // t.id last: a total order, so windows never overlap or skip rows.
    return QStringLiteral(" ORDER BY ") + QString::fromLatin1(kSortColumns[m_sortColumn]) + dir +
           QStringLiteral(", t.id") + dir;
}

QVariant TaskModel::sortKey(const Row &r) const {
    switch (m_sortColumn) {
        case TitleColumn:
            return r.title;
        case ApplicantColumn:
            return r.applicant;
        case TypeColumn:
            return r.kind;
        case SubmittedColumn:
            return r.createdAt;
        case DueColumn:
            return r.dueAt;
        case StateColumn:
            return r.state;
    }
    return {};
}

void TaskModel::countRows() {
    m_windows.clear();
    m_recent.clear();
    m_error.clear();
    const TaskWhere w = TaskQuery::where(m_actor, m_filter);
    auto total =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM tasks t WHERE ") + w.sql, w.binds);
    if (!total) {
        m_error = total.error().message;
        qCWarning(lcInbox) << "count failed:" << m_error;
    }
    m_total = total ? total->toInt() : 0;
}

void TaskModel::countBoxes() {
    for (const QString box : InboxBox::all) {
        const TaskWhere b = TaskQuery::boxWhere(m_actor, box);
        auto n =
            m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM tasks t WHERE ") + b.sql, b.binds);
        m_counts.insert(box, n ? n->toInt() : 0);
    }
}

void TaskModel::setBlobStore(const BlobStore *blobs) {
    m_blobs = blobs;
    documentsChanged();
}

void TaskModel::documentsChanged() {
    if (m_total > 0)
        emit dataChanged(index(0, TitleColumn), index(m_total - 1, TitleColumn),
                         {Qt::DecorationRole, Qt::ToolTipRole, DocumentsRole});
}

QVariant TaskModel::documentsData(const Row &r, int role) const {
    if (!m_blobs) return {};
    auto cited = m_documents.find(r.entityId);
    if (cited == m_documents.end())
        cited = m_documents.insert(
            r.entityId, OfflineDocuments(m_db, *m_blobs).documentsOf(r.entity, r.entityId));
    if (cited->isEmpty()) return {};
    const int here = OfflineDocuments(m_db, *m_blobs).countHere(*cited);
    const int total = int(cited->size());
    switch (role) {
        case Qt::DecorationRole: {
            const auto presence = OfflineDocuments::presence(here, total);
            auto icon = m_icons.find(int(presence));
            if (icon == m_icons.end()) icon = m_icons.insert(int(presence), presenceIcon(presence));
            return *icon;
        }
        case Qt::ToolTipRole: {
            const QString hint = OfflineDocuments::presenceHint(here, total);
            const QString text = OfflineDocuments::presenceText(here, total);
            return hint.isEmpty() ? text : text + u'\n' + hint;
        }
        case DocumentsRole:
            return int(OfflineDocuments::presence(here, total));
    }
    return {};
}

void TaskModel::refresh() {
    beginResetModel();
    m_documents.clear();
    countRows();
    countBoxes();
    endResetModel();
    emit countsChanged();
}

void TaskModel::setFilter(const TaskFilter &filter) {
    beginResetModel();
    m_filter = filter;
    countRows();  // the box counts do not depend on the filters
    endResetModel();
    emit countsChanged();
}

void TaskModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) return;
    if (column == m_sortColumn && order == m_sortOrder) return;
    // A reset, not a layout change: rows not loaded yet cannot be followed by persistent indexes.
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_windows.clear();
    m_recent.clear();
    endResetModel();
}

QList<TaskModel::Row> TaskModel::loadWindow(int window) const {
    const int first = window * kWindow;
    const int count = qMin(kWindow, m_total - first);
    TaskWhere w = TaskQuery::where(m_actor, m_filter);
    const QString key = QString::fromLatin1(kSortColumns[m_sortColumn]);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    bool reversed = false;
    int offset = 0;
    const auto before = m_windows.constFind(window - 1);
    const auto after = m_windows.constFind(window + 1);
    if (before != m_windows.cend() && before->size() == kWindow) {
        // Scrolling down: continue after the last row of the window above.
        w.sql +=
            QStringLiteral(" AND (") + key +
            (ascending ? QStringLiteral(", t.id) > (?, ?)") : QStringLiteral(", t.id) < (?, ?)"));
        w.binds << sortKey(before->last()) << before->last().id;
    } else if (after != m_windows.cend() && !after->isEmpty()) {
        // Scrolling up: the rows just before the first row of the window below.
        w.sql +=
            QStringLiteral(" AND (") + key +
            (ascending ? QStringLiteral(", t.id) < (?, ?)") : QStringLiteral(", t.id) > (?, ?)"));
        w.binds << sortKey(after->first()) << after->first().id;
        reversed = true;
    } else if (first + count > m_total / 2) {
        reversed = true;  // a jump into the far half: skip from the end
        offset = m_total - first - count;
    } else {
        offset = first;
    }
    QVariantList binds = w.binds;
    binds << count << offset;
    auto rows = m_db.all(QStringLiteral("SELECT t.id, t.kind, t.entity, t.entity_id, t.state, "
                                        "t.title, t.applicant_name, t.created_at, t.due_at, "
                                        "t.outcome FROM tasks t WHERE ") +
                             w.sql + orderBy(reversed) + QStringLiteral(" LIMIT ? OFFSET ?"),
                         binds);
    QList<Row> loaded;
    if (!rows) {
        qCWarning(lcInbox) << "window" << window << "failed:" << rows.error().message;
        return loaded;
    }
    loaded.reserve(rows->size());
    for (const QVariantMap &r : rows.value()) {
        loaded.append(Row{r.value(QStringLiteral("id")).toString(),
                          r.value(QStringLiteral("kind")).toString(),
                          r.value(QStringLiteral("entity")).toString(),
                          r.value(QStringLiteral("entity_id")).toString(),
                          r.value(QStringLiteral("state")).toString(),
                          r.value(QStringLiteral("title")).toString(),
                          r.value(QStringLiteral("applicant_name")).toString(),
                          r.value(QStringLiteral("created_at")).toLongLong(),
                          r.value(QStringLiteral("due_at")).toLongLong(),
                          r.value(QStringLiteral("outcome")).toString()});
    }
    if (reversed) std::reverse(loaded.begin(), loaded.end());
    return loaded;
}

const TaskModel::Row *TaskModel::row(int index) const {
    if (index < 0 || index >= m_total) return nullptr;
    const int window = index / kWindow;
    auto it = m_windows.constFind(window);
    if (it == m_windows.cend()) {
        QList<Row> loaded = loadWindow(window);
        if (m_recent.size() >= kCachedWindows) m_windows.remove(m_recent.takeFirst());
        it = m_windows.insert(window, loaded);
    }
    m_recent.removeOne(window);
    m_recent.append(window);
    const int offset = index % kWindow;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QStringList TaskModel::entityIds() const {
    const TaskWhere w = TaskQuery::where(m_actor, m_filter);
    auto rows = m_db.exec(
        QStringLiteral("SELECT t.entity_id FROM tasks t WHERE ") + w.sql + orderBy(), w.binds);
    QStringList ids;
    if (!rows) return ids;
    ids.reserve(m_total);
    QSqlQuery &query = rows.value();
    while (query.next()) ids.append(query.value(0).toString());
    return ids;
}

int TaskModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_total;
}

int TaskModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *r = row(index.row());
    if (!r) return {};
    const bool overdue = r->state == TaskState::Open && r->dueAt > 0 && r->dueAt < nowMs();
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case TitleColumn:
                    return r->title;
                case ApplicantColumn:
                    return r->applicant;
                case TypeColumn:
                    return kindName(r->kind);
                case SubmittedColumn:
                    return formatTime(r->createdAt);
                case DueColumn:
                    return formatTime(r->dueAt);
                case StateColumn:
                    return stateName(r->state, r->outcome);
            }
            return {};
        case Qt::ToolTipRole:
            if (index.column() == DueColumn && overdue) return tr("Overdue");
            if (index.column() == TitleColumn) return documentsData(*r, role);
            return {};
        case Qt::DecorationRole:
            if (index.column() == TitleColumn) return documentsData(*r, role);
            return {};
        case DocumentsRole:
            return documentsData(*r, role);
        case Qt::ForegroundRole:
            if (index.column() == DueColumn && overdue) return QBrush(QColor(0xc0, 0x1c, 0x28));
            return {};
        case EntityRole:
            return r->entity;
        case EntityIdRole:
            return r->entityId;
        case TaskIdRole:
            return r->id;
        case KindRole:
            return r->kind;
        case StateRole:
            return r->state;
    }
    return {};
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case TitleColumn:
            return tr("Organisation");
        case ApplicantColumn:
            return tr("Applicant");
        case TypeColumn:
            return tr("Type");
        case SubmittedColumn:
            return tr("Submitted");
        case DueColumn:
            return tr("Due");
        case StateColumn:
            return tr("State");
    }
    return {};
}

}  // namespace dx
