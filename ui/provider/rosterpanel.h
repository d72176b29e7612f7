#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QWidget>

#include <functional>
#include <optional>

#include "models/commands/command.h"
#include "ui/provider/rostertable.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QVBoxLayout;

namespace dx {

struct Workbench;
class EmptyState;

/// The skeleton the provider's roster workspaces (experts, sub-accounts, bank accounts) share: a
/// row of buttons (add, then those acting on the current row), the list with the record of each
/// row kept on its first cell (the name, username, bank), a status line, the wiring between them,
/// and deleting a row's record after a confirmation. Each workspace gives what differs: its
/// captions (tr() in its own class), columns and rows, and dialogs.
class RosterPanel : public QWidget {
    Q_OBJECT
public:
    /// Re-reads the rows from the replica; runs whenever the replica changes.
    virtual void refresh() = 0;

    /// Asks before deleting; tests answer for the user. Default: a message box.
    void setConfirm(ConfirmFn confirm) { m_confirm = std::move(confirm); }

    QTableWidget *table() const { return m_table; }
    /// True while the list has no rows and its empty-state message shows instead.
    bool isShowingEmptyState() const;
    QString messageText() const;
    /// The first row whose first cell shows `key`, or -1.
    int rowOf(const QString &key) const;

protected:
    /// A button acting on the table's current row.
    struct RowAction {
        QString caption;
        std::function<void(int row)> run;
        QString icon;  ///< a Breeze icon name (themeIcon), or none
    };

    /// The parts of a roster; the strings are the workspace's own.
    struct Parts {
        QString addCaption;
        QString addName;  ///< the add button's object name
        std::function<void()> add;
        /// Left to right after the add button; the first (edit) also runs on a double-click.
        QList<RowAction> rowActions;
        QString tableName;  ///< the list's object name
        QStringList headers;
        QString confirmTitle;  ///< the title of the default confirmation
        bool messageAboveTable = false;
        int stretchColumn = 0;  ///< the column that takes the spare width (a name)
        /// Shown instead of an empty list: what will appear here and how it gets there.
        QString emptyIcon;
        QString emptyTitle;
        QString emptyText;
    };

    RosterPanel(Workbench &wb, QWidget *parent);

    /// Makes `parts` on `page` (this widget, or a page inside it) in `layout` and wires them: add
    /// runs `add`, each row button its action with the current row and is enabled only while there
    /// is one, a double-click runs the first row action, and the replica's changes refresh().
    void build(QWidget *page, QVBoxLayout *layout, const Parts &parts);

    /// Empties the list, then reads the records of `sql` (its one `?` is the organisation). When
    /// the read fails the status line says why and no records are returned.
    QList<QVariantMap> reread(const QString &sql);
    /// Appends a row showing `cells` that keeps `record`; returns the row.
    int appendRow(const QStringList &cells, const QVariantMap &record);
    /// The record kept on `row`, or an empty map.
    QVariantMap rowData(int row) const;
    /// Enables the row buttons while the list has a current row.
    void updateRowButtons();

    QLabel *message() const { return m_message; }
    void setMessage(const QString &text);

    /// Deletes the record on `row` once the confirmation says yes to `question`: performs
    /// `command` (e.g. "expert.delete") on the record's id, then shows `done`, or the error.
    /// Nothing when the row holds no record or the answer is no.
    std::optional<Outcome> deleteRow(int row, const QString &command, const QString &question,
                                     const QString &done);
    static bool applied(const std::optional<Outcome> &out) {
        return out && out->status == Outcome::Status::Applied;
    }

    Workbench &m_wb;

private:
    QTableWidget *m_table = nullptr;
    QStackedWidget *m_views = nullptr;  // the table, or the empty state
    EmptyState *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QList<QPushButton *> m_rowButtons;
    ConfirmFn m_confirm;
};

}  // namespace dx
