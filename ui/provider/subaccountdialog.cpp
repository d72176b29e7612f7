#include "ui/provider/subaccountdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/auth/actor.h"
#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "ui/forms/fielderrors.h"
#include "ui/look/look.h"
#include "ui/provider/menulabels.h"

namespace dx {

SubAccountDialog::SubAccountDialog(Workbench &wb, const QVariantMap &user, QWidget *parent)
    : QDialog(parent), m_wb(wb), m_userId(user.value(QStringLiteral("id")).toString()) {
    setWindowTitle(isEdit() ? tr("Edit user (编辑用户)") : tr("Add user (添加用户)"));
    auto *layout = new QVBoxLayout(this);
    auto *message = new QLabel(this);
    message->setObjectName(QStringLiteral("message"));
    m_errors = new FieldErrors(message, this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto line = [this](const QString &name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        return e;
    };
    m_username = line(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("6–30 letters, digits or underscores"));
    m_username->setText(user.value(QStringLiteral("username")).toString());
    m_username->setReadOnly(isEdit());  // seed 001: the username cannot change once confirmed
    form->addRow(tr("Username (用户名)"), m_errors->row(QStringLiteral("username"), m_username));
    m_mobile = line(QStringLiteral("mobile"));
    m_mobile->setText(user.value(QStringLiteral("mobile")).toString());
    form->addRow(tr("Mobile (手机号)"), m_errors->row(QStringLiteral("mobile"), m_mobile));
    m_email = line(QStringLiteral("email"));
    m_email->setText(user.value(QStringLiteral("email")).toString());
    form->addRow(tr("Email (邮箱)"), m_errors->row(QStringLiteral("email"), m_email));
    if (!isEdit()) {
        m_password = line(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Password (密码)"), m_errors->row(QStringLiteral("password"), m_password));
        m_confirm = line(QStringLiteral("confirm"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Confirm password (确认密码)"),
                     m_errors->row(QStringLiteral("confirm"), m_confirm));
    }

    auto *perms = new QWidget(this);
    auto *pl = new QVBoxLayout(perms);
    pl->setContentsMargins(0, 0, 0, 0);
    const QStringList granted =
        user.value(QStringLiteral("permissions")).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &menu : Menu::all()) {
        auto *box = new QCheckBox(menuLabel(menu), perms);
        box->setObjectName(QStringLiteral("permission-") + menu);
        box->setChecked(granted.contains(menu));
        pl->addWidget(box);
        m_permissions.insert(menu, box);
    }
    form->addRow(tr("Menus (菜单权限)"), m_errors->row(QStringLiteral("permissions"), perms));

    layout->addWidget(message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubAccountDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitToText(this);
}

QJsonObject SubAccountDialog::payload() const {
    QJsonArray menus;
    for (const QString &menu : Menu::all())
        if (m_permissions.value(menu)->isChecked()) menus.append(menu);
    QJsonObject p{{QStringLiteral("mobile"), m_mobile->text().trimmed()},
                  {QStringLiteral("email"), m_email->text().trimmed()},
                  {QStringLiteral("permissions"), menus}};
    if (!isEdit()) {
        p.insert(QStringLiteral("username"), m_username->text().trimmed());
        p.insert(QStringLiteral("password"), m_password->text());
    }
    return p;
}

void SubAccountDialog::submit() {
    m_errors->clear();
    if (isEdit()) {
        const Outcome out =
            m_wb.sync.perform(QStringLiteral("subaccount.update"), m_userId, -1, payload());
        if (out.status != Outcome::Status::Applied) return m_errors->show(out.error);
        return accept();
    }
    // Typing the password twice guards against a typo; the password rules are the command's.
    if (m_password->text() != m_confirm->text())
        return m_errors->show(makeError(ErrorCode::Invalid, tr("The two passwords differ."),
                                        QStringLiteral("confirm")));
    m_buttons->setEnabled(false);
    m_errors->note(tr("Creating the user on the server…"));
    m_wb.sync.performOnline(QStringLiteral("subaccount.create"), {}, payload(),
                            [self = QPointer<SubAccountDialog>(this)](const Outcome &out) {
                                if (self.isNull()) return;
                                self->m_buttons->setEnabled(true);
                                if (out.status != Outcome::Status::Applied)
                                    return self->m_errors->show(out.error);
                                self->m_errors->clear();
                                self->accept();
                            });
}

}  // namespace dx
