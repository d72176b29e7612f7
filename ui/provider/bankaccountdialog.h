#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QString>
#include <QVariantMap>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace dx {

struct Workbench;
class FieldErrors;

/// 新增收款账号 / edit (seed 001 §1.5): the bank (only those the policy accepts are offered),
/// the account name, the account number (digits) and the branch. Saving is queued like any
/// change; a refusal is shown beside its field, and the command's warnings (a failed check
/// digit) are handed to the workspace — the account is saved all the same.
class BankAccountDialog : public QDialog {
    Q_OBJECT
public:
    /// `account` is the bank_accounts row to edit, empty to add; `defaultName` prefills the
    /// account name of a new account (a corporate account is in the organisation's name).
    BankAccountDialog(Workbench &wb, const QVariantMap &account, const QString &defaultName,
                      QWidget *parent = nullptr);

    QComboBox *bankBox() const { return m_bank; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *branchEdit() const { return m_branch; }
    FieldErrors *errors() const { return m_errors; }
    /// The warnings of the applied command.
    QJsonArray warnings() const { return m_warnings; }

    /// What OK does: bank_account.save; accepts when it is applied.
    bool submit();

private:
    Workbench &m_wb;
    QString m_id;
    QComboBox *m_bank = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_branch = nullptr;
    FieldErrors *m_errors = nullptr;
    QJsonArray m_warnings;
};

}  // namespace dx
