#pragma once

#include <QVariantMap>

#include "ui/provider/rosterpanel.h"

namespace dx {

class BankAccountDialog;

/// 收款账号管理 (seed 001 §1.5, under 支付与结算): the provider's receiving accounts with add,
/// edit and delete. Account numbers are masked in the list. A saved account whose number fails
/// the check digit stays saved; the warning is shown (amber) above the list.
class BankAccountsWorkspace : public RosterPanel {
    Q_OBJECT
public:
    explicit BankAccountsWorkspace(Workbench &wb, QWidget *parent = nullptr);

    void refresh() override;
    /// Whether the message line shows a warning (not an error, not a plain note).
    bool isWarning() const { return m_warning; }

    BankAccountDialog *addAccount();
    BankAccountDialog *editAccount(int row);
    bool deleteAccount(int row);

private:
    BankAccountDialog *openDialog(const QVariantMap &account);

    bool m_warning = false;
};

}  // namespace dx
