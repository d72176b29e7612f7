#include "ui/signin/changepassworddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/security/passwordpolicy.h"
#include "ui/forms/fielderrors.h"
#include "ui/look/look.h"

namespace dx {

namespace {

// The policy in words, from the policy's own values (the command checks them, not this text).
QString describe(const PasswordPolicy &p) {
    return ChangePasswordDialog::tr(
               "The new password has %1–%2 characters with at least %3 of: digits, upper-case "
               "letters, lower-case letters, special characters %4. It must not contain your "
               "username or mobile number, and must differ from your current and previous "
               "passwords.")
        .arg(p.minLength)
        .arg(p.maxLength)
        .arg(p.minClasses)
        .arg(p.specials);
}

}  // namespace

ChangePasswordDialog::ChangePasswordDialog(SyncClient &sync, QWidget *parent)
    : QDialog(parent), m_sync(sync) {
    setWindowTitle(tr("Change password (修改密码)"));
    auto *layout = new QVBoxLayout(this);
    m_policy = new QLabel(describe(PasswordPolicy{}), this);
    m_policy->setObjectName(QStringLiteral("policy"));
    m_policy->setWordWrap(true);
    layout->addWidget(m_policy);

    auto *message = new QLabel(this);
    message->setObjectName(QStringLiteral("message"));
    m_errors = new FieldErrors(message, this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto secret = [this](const QString &name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        e->setEchoMode(QLineEdit::Password);
        return e;
    };
    m_current = secret(QStringLiteral("current"));
    form->addRow(tr("Current password (原密码)"),
                 m_errors->row(QStringLiteral("current"), m_current));
    m_password = secret(QStringLiteral("password"));
    form->addRow(tr("New password (新密码)"),
                 m_errors->row(QStringLiteral("password"), m_password));
    m_confirm = secret(QStringLiteral("confirm"));
    form->addRow(tr("Confirm new password (确认新密码)"),
                 m_errors->row(QStringLiteral("confirm"), m_confirm));
    layout->addWidget(message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitToText(this);
}

QString ChangePasswordDialog::policyText() const {
    return m_policy->text();
}

void ChangePasswordDialog::submit() {
    if (m_busy) return;
    m_errors->clear();
    // Typing it twice guards against a typo; every rule about the password is the command's.
    if (m_password->text() != m_confirm->text())
        return m_errors->show(makeError(ErrorCode::Invalid, tr("The two new passwords differ."),
                                        QStringLiteral("confirm")));
    m_busy = true;
    m_buttons->setEnabled(false);
    m_errors->note(tr("Checking with the server…"));
    const QString password = m_password->text();
    m_sync.performOnline(
        QStringLiteral("account.change_password"), {},
        {{QStringLiteral("current"), m_current->text()}, {QStringLiteral("password"), password}},
        [self = QPointer<ChangePasswordDialog>(this), password](const Outcome &out) {
            if (self.isNull()) return;
            self->m_busy = false;
            self->m_buttons->setEnabled(true);
            if (out.status != Outcome::Status::Applied) return self->m_errors->show(out.error);
            self->m_errors->clear();
            emit self->passwordChanged(password);
            self->accept();
        });
}

}  // namespace dx
