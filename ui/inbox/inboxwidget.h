#pragma once

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace dx {

struct Workbench;
class EmptyState;
class TaskModel;

/// The inbox (待办) workspace: three boxes as tabs with their counts, a filter bar and the task
/// table over the local replica; opening a row asks the host to show that item with the
/// filtered list as its next/previous queue.
class InboxWidget : public QWidget {
    Q_OBJECT
public:
    /// Re-query this long after the last keystroke in a filter.
    static constexpr int kDebounceMs = 120;

    explicit InboxWidget(Workbench &wb, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *textFilter() const { return m_text; }
    QLineEdit *applicantFilter() const { return m_applicant; }
    QComboBox *typeFilter() const { return m_type; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }
    QTabWidget *tabs() const { return m_tabs; }
    TaskModel *model() const { return m_model; }
    /// Rows of the current tab under the current filters.
    int rowCount() const;
    /// Tasks waiting for the user's approval (the first box), for the sidebar's count.
    int pendingCount() const;
    /// True while the current box shows its empty-state message instead of the table.
    bool isShowingEmptyState() const;
    QString emptyStateText() const;

public slots:
    /// Re-reads the replica now (counts, rows), keeping the filters.
    void refresh();
    void clearFilters();

signals:
    /// An item was opened (double-click or Enter); `queue` holds the entity ids of the whole
    /// filtered list in its current order.
    void openRequested(const QString &entity, const QString &entityId, const QStringList &queue);
    void pendingCountChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilters();
    void openRow(int row);
    void moveContentTo(int tab);
    void updateTabTitles();
    void updateSummary();
    void updateEmptyState();
    void sizeColumns();
    void retranslate();

    Workbench &m_wb;
    TaskModel *m_model;
    QTabWidget *m_tabs;
    QWidget *m_content;
    QLineEdit *m_text;
    QLineEdit *m_applicant;
    QComboBox *m_type;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QStackedWidget *m_views;  // the table, or the empty state
    QTableView *m_table;
    EmptyState *m_empty;
    QTimer m_debounce;
};

}  // namespace dx
