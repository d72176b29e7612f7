#pragma once

#include <QString>
#include <QWidget>

#include "ui/provider/rostertable.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace dx {

struct Workbench;
class SubAccountDialog;
class ResetPasswordDialog;

/// 用户管理 (seed 001 §1.4.9): the provider main account's sub-accounts — username, masked
/// mobile, email, menus granted — with add, edit, delete and reset password. Sub-accounts exist
/// only once the organisation is certified; before that an empty state says so.
class SubAccountsWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit SubAccountsWorkspace(Workbench &wb, QWidget *parent = nullptr);

    /// Re-reads the organisation and its sub-accounts from the replica.
    void refresh();

    /// Asks before deleting; tests answer for the user. Default: a message box.
    void setConfirm(ConfirmFn confirm) { m_confirm = std::move(confirm); }

    QTableWidget *table() const { return m_table; }
    /// Whether the table (not the empty state) is shown.
    bool isAvailable() const;
    QString emptyText() const;
    QString messageText() const;
    /// The row of `username`, or -1.
    int rowOf(const QString &username) const;

    // The buttons' actions; the dialogs open window-modal and are returned.
    SubAccountDialog *addUser();
    SubAccountDialog *editUser(int row);
    ResetPasswordDialog *resetPassword(int row);
    bool deleteUser(int row);

private:
    QVariantMap rowData(int row) const;

    Workbench &m_wb;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_reset = nullptr;
    ConfirmFn m_confirm;
};

}  // namespace dx
