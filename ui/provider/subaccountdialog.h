#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace dx {

struct Workbench;
class FieldErrors;

/// 添加用户 / 编辑用户 of seed 001 §1.4.9: username (fixed once created), mobile, email, the
/// password twice (adding only) and one checkbox per menu the sub-account may use. Creating
/// goes to the server at once (the password never waits in the outbox); an edit is queued like
/// any change. The command's errors are shown beside their fields; the dialog stays open.
class SubAccountDialog : public QDialog {
    Q_OBJECT
public:
    /// `user` is the users row to edit, empty to add a sub-account.
    SubAccountDialog(Workbench &wb, const QVariantMap &user, QWidget *parent = nullptr);

    bool isEdit() const { return !m_userId.isEmpty(); }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *mobileEdit() const { return m_mobile; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QCheckBox *permissionBox(const QString &menu) const { return m_permissions.value(menu); }
    FieldErrors *errors() const { return m_errors; }

    /// What OK does: sends the command; accepts the dialog when it is applied.
    void submit();

private:
    QJsonObject payload() const;

    Workbench &m_wb;
    QString m_userId;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QHash<QString, QCheckBox *> m_permissions;
    QDialogButtonBox *m_buttons = nullptr;
    FieldErrors *m_errors = nullptr;
};

}  // namespace dx
