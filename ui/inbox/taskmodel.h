#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QStringList>

#include "models/auth/actor.h"
#include "models/items/taskquery.h"

namespace dx {

class BlobStore;
class Database;

/// The inbox (待办) as a table: one box of the replica's `tasks`, filtered and sorted in SQL.
///
/// Rows are read in windows of kWindow when a view asks for them and a few windows are cached,
/// so a box of 100,000 tasks costs one COUNT(*) and one window per screen. A window next to a
/// cached one continues from its sort key (keyset paging, no OFFSET to skip); a far window is
/// read with OFFSET from the nearer end. The WHERE clauses are those of TaskQuery
/// (models/items), so the counts match the server's.
class TaskModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        ApplicantColumn,
        TypeColumn,
        SubmittedColumn,
        DueColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        EntityRole = Qt::UserRole + 1,
        EntityIdRole,
        TaskIdRole,
        KindRole,
        StateRole,
        /// Whether the item's documents are on this machine: OfflineDocuments::Presence as int.
        DocumentsRole
    };

    static constexpr int kWindow = 200;
    static constexpr int kCachedWindows = 8;

    TaskModel(Database &db, Actor actor, QObject *parent = nullptr);

    /// Box, text, applicant, kind and date range; limit, offset and newestFirst are ignored
    /// (the model pages itself and sorts by its sort column).
    void setFilter(const TaskFilter &filter);
    const TaskFilter &filter() const { return m_filter; }
    /// Re-reads the total, the box counts and drops cached windows (the replica changed).
    void refresh();
    /// With a blob store, the title shows whether each item's documents are on this machine
    /// (a decoration, a tooltip and DocumentsRole).
    void setBlobStore(const BlobStore *blobs);
    /// Documents arrived or failed: the indicators are shown again.
    void documentsChanged();

    /// The unfiltered size of a box (pending, mine, history), for the tab titles.
    int boxCount(const QString &box) const { return m_counts.value(box); }
    /// The entity ids of every row in the current order: the queue for next/previous.
    QStringList entityIds() const;
    /// The last SQL failure, empty when the last query worked.
    QString errorString() const { return m_error; }

    /// "certification.review" → "Certification review"; an unknown kind as it is.
    static QString kindName(const QString &kind);
    /// The task kinds the type filter offers.
    static QStringList knownKinds();
    static QString stateName(const QString &state, const QString &outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// The box counts or the total changed (after refresh()).
    void countsChanged();

private:
    struct Row {
        QString id;
        QString kind;
        QString entity;
        QString entityId;
        QString state;
        QString title;
        QString applicant;
        qint64 createdAt = 0;
        qint64 dueAt = 0;
        QString outcome;
    };
    QString orderBy(bool reversed = false) const;
    QVariant sortKey(const Row &row) const;
    QVariant documentsData(const Row &row, int role) const;
    QList<Row> loadWindow(int window) const;
    const Row *row(int index) const;
    void countRows();
    void countBoxes();

    Database &m_db;
    Actor m_actor;
    TaskFilter m_filter;
    int m_sortColumn = SubmittedColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_total = 0;
    QHash<QString, int> m_counts;
    QString m_error;
    mutable QHash<int, QList<Row>> m_windows;
    mutable QList<int> m_recent;  // window numbers, most recently used last
    const BlobStore *m_blobs = nullptr;
    mutable QHash<QString, QStringList> m_documents;  // entity id → the documents it cites
    mutable QHash<int, QIcon> m_icons;                // per presence
};

}  // namespace dx
