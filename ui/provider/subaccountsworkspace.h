#pragma once

#include <QString>

#include "ui/provider/rosterpanel.h"

class QLabel;
class QStackedWidget;

namespace dx {

class SubAccountDialog;
class ResetPasswordDialog;

/// 用户管理 (seed 001 §1.4.9): the provider main account's sub-accounts — username, masked
/// mobile, email, menus granted — with add, edit, delete and reset password. Sub-accounts exist
/// only once the organisation is certified; before that an empty state says so.
class SubAccountsWorkspace : public RosterPanel {
    Q_OBJECT
public:
    explicit SubAccountsWorkspace(Workbench &wb, QWidget *parent = nullptr);

    /// Re-reads the organisation and its sub-accounts from the replica.
    void refresh() override;

    /// Whether the table (not the empty state) is shown.
    bool isAvailable() const;
    QString emptyText() const;

    // The buttons' actions; the dialogs open window-modal and are returned.
    SubAccountDialog *addUser();
    SubAccountDialog *editUser(int row);
    ResetPasswordDialog *resetPassword(int row);
    bool deleteUser(int row);

private:
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
};

}  // namespace dx
