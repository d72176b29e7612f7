#include "ui/provider/resetpassworddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "ui/forms/fielderrors.h"
#include "ui/look/look.h"

namespace dx {

ResetPasswordDialog::ResetPasswordDialog(SyncClient &sync, const QString &userId,
                                         const QString &username, QWidget *parent)
    : QDialog(parent), m_sync(sync), m_userId(userId) {
    setWindowTitle(tr("Reset password of %1 (重置密码)").arg(username));
    auto *layout = new QVBoxLayout(this);
    auto *message = new QLabel(this);
    message->setObjectName(QStringLiteral("message"));
    m_errors = new FieldErrors(message, this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password (密码)"), m_errors->row(QStringLiteral("password"), m_password));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Confirm password (确认密码)"),
                 m_errors->row(QStringLiteral("confirm"), m_confirm));
    layout->addWidget(message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitToText(this);
}

void ResetPasswordDialog::submit() {
    m_errors->clear();
    if (m_password->text() != m_confirm->text())
        return m_errors->show(makeError(ErrorCode::Invalid, tr("The two passwords differ."),
                                        QStringLiteral("confirm")));
    m_buttons->setEnabled(false);
    m_sync.performOnline(QStringLiteral("subaccount.reset_password"), m_userId,
                         {{QStringLiteral("password"), m_password->text()}},
                         [self = QPointer<ResetPasswordDialog>(this)](const Outcome &out) {
                             if (self.isNull()) return;
                             self->m_buttons->setEnabled(true);
                             if (out.status != Outcome::Status::Applied)
                                 return self->m_errors->show(out.error);
                             self->accept();
                         });
}

}  // namespace dx
