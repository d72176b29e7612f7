#include "ui/provider/bankaccountdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/provider/bankaccountnumber.h"
#include "models/provider/providerpolicy.h"
#include "models/sync/replica.h"
#include "ui/forms/fielderrors.h"
#include "ui/look/look.h"

namespace dx {

BankAccountDialog::BankAccountDialog(Workbench &wb, const QVariantMap &account,
                                     const QString &defaultName, QWidget *parent)
    : QDialog(parent), m_wb(wb), m_id(account.value(QStringLiteral("id")).toString()) {
    setWindowTitle(m_id.isEmpty() ? tr("Add receiving account (新增收款账号)")
                                  : tr("Edit receiving account (编辑收款账号)"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Vouchers are redeemed to a corporate account (对公账号) of your "
                               "organisation only."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *message = new QLabel(this);
    message->setObjectName(QStringLiteral("message"));
    m_errors = new FieldErrors(message, this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_bank = new QComboBox(this);
    m_bank->setObjectName(QStringLiteral("bank"));
    // The policy decides which banks are offered; the command checks it again.
    auto banks = ProviderPolicy::acceptedBanks(m_wb.replica.db());
    m_bank->addItems(banks ? banks.value() : ProviderPolicy::defaultAcceptedBanks());
    const QString bank = account.value(QStringLiteral("bank")).toString();
    if (!bank.isEmpty()) {
        if (m_bank->findText(bank) < 0) m_bank->addItem(bank);  // accepted once, kept visible
        m_bank->setCurrentText(bank);
    }
    form->addRow(tr("Bank (开户银行)"), m_errors->row(QStringLiteral("bank"), m_bank));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("account_name"));
    m_name->setText(m_id.isEmpty() ? defaultName
                                   : account.value(QStringLiteral("account_name")).toString());
    form->addRow(tr("Account name (银行开户名称)"),
                 m_errors->row(QStringLiteral("account_name"), m_name));
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("account_no"));
    m_number->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(BankAccountNumber::kMaxDigits)),
        m_number));
    m_number->setText(account.value(QStringLiteral("account_no")).toString());
    form->addRow(tr("Account number (卡号)"),
                 m_errors->row(QStringLiteral("account_no"), m_number));
    m_branch = new QLineEdit(this);
    m_branch->setObjectName(QStringLiteral("branch"));
    m_branch->setText(account.value(QStringLiteral("branch")).toString());
    form->addRow(tr("Branch (开户网点)"), m_errors->row(QStringLiteral("branch"), m_branch));
    layout->addWidget(message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BankAccountDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitToText(this);
}

bool BankAccountDialog::submit() {
    m_errors->clear();
    const Outcome out =
        m_wb.sync.perform(QStringLiteral("bank_account.save"), m_id, -1,
                          {{QStringLiteral("bank"), m_bank->currentText()},
                           {QStringLiteral("account_name"), m_name->text().trimmed()},
                           {QStringLiteral("account_no"), m_number->text()},
                           {QStringLiteral("branch"), m_branch->text().trimmed()}});
    if (out.status != Outcome::Status::Applied) {
        m_errors->show(out.error);
        return false;
    }
    m_warnings = out.result.value(QStringLiteral("warnings")).toArray();
    accept();
    return true;
}

}  // namespace dx
