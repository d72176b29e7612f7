#pragma once

#include <QWidget>

#include "models/client/workbench.h"

class QLabel;
class QTreeWidget;
class QPushButton;
class QStackedWidget;

namespace dx {

class EmptyState;

/// "Sync problems" (同步问题): the commands the server refused, with its reason, the server's
/// current state of the item, and what the user can do. Nothing is dropped silently: a
/// problem leaves this list only when the user dismisses it. Above the list, what the outbox holds
/// (waiting, to retry, offline), the same numbers the status bar shows.
class SyncProblemsView : public QWidget {
    Q_OBJECT
public:
    explicit SyncProblemsView(Workbench &wb, QWidget *parent = nullptr);

    int problemCount() const;
    QString problemText(int row) const;  ///< all columns of a row, for tests
    QString summaryText() const;         ///< the line above the list
    void reload();
    void updateSummary();

signals:
    void countChanged(int count);

private:
    Workbench &m_wb;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_dismiss;
    QStackedWidget *m_views;
    EmptyState *m_empty;
};

}  // namespace dx
