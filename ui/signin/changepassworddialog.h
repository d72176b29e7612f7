#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dx {

class FieldErrors;
class SyncClient;

/// 修改密码 (seed 001 §1.4.10, every role): current, new and confirmed password, the password
/// policy shown before typing. The server verifies the current password, so the change goes to
/// it at once and is never queued (nor kept on disk); offline it is refused with a clear reason.
/// The command's errors (wrong current password, policy, reuse) are shown beside their fields.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChangePasswordDialog(SyncClient &sync, QWidget *parent = nullptr);

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QString policyText() const;
    FieldErrors *errors() const { return m_errors; }
    /// Whether a change is on its way to the server.
    bool isBusy() const { return m_busy; }

    /// What OK does: sends account.change_password; accepts the dialog when it is applied.
    void submit();

signals:
    /// The server accepted the new password (e.g. to renew the offline-unlock verifier).
    void passwordChanged(const QString &password);

private:
    SyncClient &m_sync;
    QLabel *m_policy = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrors *m_errors = nullptr;
    bool m_busy = false;
};

}  // namespace dx
