#pragma once

#include <QVariantMap>
#include <QWidget>

#include "ui/provider/rostertable.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace dx {

struct Workbench;
class BankAccountDialog;

/// 收款账号管理 (seed 001 §1.5, under 支付与结算): the provider's receiving accounts with add,
/// edit and delete. Account numbers are masked in the list. A saved account whose number fails
/// the check digit stays saved; the warning is shown (amber) above the list.
class BankAccountsWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit BankAccountsWorkspace(Workbench &wb, QWidget *parent = nullptr);

    void refresh();
    /// Asks before deleting; tests answer for the user. Default: a message box.
    void setConfirm(ConfirmFn confirm) { m_confirm = std::move(confirm); }

    QTableWidget *table() const { return m_table; }
    QString messageText() const;
    /// Whether the message line shows a warning (not an error, not a plain note).
    bool isWarning() const { return m_warning; }

    BankAccountDialog *addAccount();
    BankAccountDialog *editAccount(int row);
    bool deleteAccount(int row);

private:
    QVariantMap rowData(int row) const;
    BankAccountDialog *openDialog(const QVariantMap &account);

    Workbench &m_wb;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    bool m_warning = false;
    ConfirmFn m_confirm;
};

}  // namespace dx
