#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLineEdit;

namespace dx {

class FieldErrors;
class SyncClient;

/// 重置密码 of a sub-account (seed 001 §1.4.9): the new password twice. It goes to the server at
/// once, never into the outbox, so a password does not wait on disk; offline it is refused.
class ResetPasswordDialog : public QDialog {
    Q_OBJECT
public:
    ResetPasswordDialog(SyncClient &sync, const QString &userId, const QString &username,
                        QWidget *parent = nullptr);

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    FieldErrors *errors() const { return m_errors; }
    /// What OK does: sends subaccount.reset_password; accepts when it is applied.
    void submit();

private:
    SyncClient &m_sync;
    QString m_userId;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrors *m_errors = nullptr;
};

}  // namespace dx
