#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

class QDialog;
class QHBoxLayout;
class QObject;
class QLabel;
class QPushButton;
class QTableWidget;
class QWidget;

namespace dx {

/// Asks before a roster row is deleted; tests answer for the user.
using ConfirmFn = std::function<bool(const QString &question)>;

/// The parts the provider's roster workspaces (experts, sub-accounts, bank accounts) share: a
/// row of buttons, a read-only list with one selectable row whose record rides on one column's
/// item, and a status line. Captions and titles stay in each workspace (its tr() context).
namespace roster {

/// `buttons` left to right, then a stretch.
QHBoxLayout *buttonRow(const QList<QPushButton *> &buttons);

/// A list named `objectName` with `headers` as its columns: whole-row single selection, not
/// editable, last column stretched, no row numbers.
QTableWidget *table(const QString &objectName, const QStringList &headers, QWidget *parent);

/// The word-wrapped status line, named "message".
QLabel *messageLabel(QWidget *parent);

/// Runs `action` with the table's current row when `button` is clicked.
void onCurrentRow(QPushButton *button, QTableWidget *table, std::function<void(int)> action);

/// Enables `rowButtons` while `table` has a current row, and keeps them so on selection changes.
void enableOnSelection(QTableWidget *table, const QList<QPushButton *> &rowButtons);
void updateRowButtons(const QTableWidget *table, const QList<QPushButton *> &rowButtons);

/// Appends a row showing `cells`; `record` is kept on the item in `keyColumn`. Returns the row.
int appendRow(QTableWidget *table, const QStringList &cells, int keyColumn,
              const QVariantMap &record);

/// The record kept on `row` (see appendRow), or an empty map.
QVariantMap rowData(const QTableWidget *table, int row, int keyColumn);

/// The first row whose `column` shows `text`, or -1.
int rowOf(const QTableWidget *table, int column, const QString &text);

/// Opens `dialog` window-modal, deleted once closed; `onAccepted` runs (within `context`) when it
/// is accepted. Returns `dialog`.
void openDialog(QDialog *dialog, QObject *context, std::function<void()> onAccepted);
template <typename Dialog>
Dialog *openDialog(Dialog *dialog, QObject *context, std::function<void()> onAccepted) {
    openDialog(static_cast<QDialog *>(dialog), context, std::move(onAccepted));
    return dialog;
}

/// A Yes/No message box titled `title` over `parent`; true for Yes.
bool askYesNo(QWidget *parent, const QString &title, const QString &question);

}  // namespace roster
}  // namespace dx
