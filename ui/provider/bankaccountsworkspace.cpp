#include "ui/provider/bankaccountsworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/core/error.h"
#include "models/sync/replica.h"
#include "ui/provider/bankaccountdialog.h"
#include "ui/provider/rostertable.h"

namespace dx {

namespace {
// The record of a row rides on its bank cell.
constexpr int kBankColumn = 0;

// Lists show the first and last four digits only.
QString maskedAccount(const QString &digits) {
    if (digits.size() <= 8) return digits;
    return digits.left(4) + QString(digits.size() - 8, u'*') + digits.right(4);
}
}  // namespace

BankAccountsWorkspace::BankAccountsWorkspace(Workbench &wb, QWidget *parent)
    : QWidget(parent), m_wb(wb) {
    auto *layout = new QVBoxLayout(this);
    auto *add = new QPushButton(tr("Add receiving account (新增收款账号)"), this);
    add->setObjectName(QStringLiteral("addAccount"));
    m_edit = new QPushButton(tr("Edit (编辑)"), this);
    m_delete = new QPushButton(tr("Delete (删除)"), this);
    layout->addLayout(roster::buttonRow({add, m_edit, m_delete}));
    m_message = roster::messageLabel(this);
    layout->addWidget(m_message);
    m_table = roster::table(QStringLiteral("bankAccounts"),
                            {tr("Bank (开户银行)"), tr("Account name (开户名称)"),
                             tr("Account number (卡号)"), tr("Branch (开户网点)")},
                            this);
    layout->addWidget(m_table, 1);

    m_confirm = [this](const QString &question) {
        return roster::askYesNo(this, tr("Delete account (删除收款账号)"), question);
    };
    connect(add, &QPushButton::clicked, this, [this] { addAccount(); });
    roster::onCurrentRow(m_edit, m_table, [this](int row) { editAccount(row); });
    roster::onCurrentRow(m_delete, m_table, [this](int row) { deleteAccount(row); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { editAccount(row); });
    roster::enableOnSelection(m_table, {m_edit, m_delete});
    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &BankAccountsWorkspace::refresh);
    refresh();
}

void BankAccountsWorkspace::refresh() {
    auto rows = m_wb.replica.db().all(
        QStringLiteral("SELECT id, bank, account_name, account_no, branch FROM bank_accounts "
                       "WHERE org_id = ? ORDER BY created_at"),
        {m_wb.actor.orgId});
    m_table->setRowCount(0);
    if (!rows) {
        m_message->setText(rows.error().message);
        return;
    }
    for (const QVariantMap &r : rows.value()) {
        roster::appendRow(m_table,
                          {r.value(QStringLiteral("bank")).toString(),
                           r.value(QStringLiteral("account_name")).toString(),
                           maskedAccount(r.value(QStringLiteral("account_no")).toString()),
                           r.value(QStringLiteral("branch")).toString()},
                          kBankColumn, r);
    }
    roster::updateRowButtons(m_table, {m_edit, m_delete});
}

QString BankAccountsWorkspace::messageText() const {
    return m_message->text();
}

QVariantMap BankAccountsWorkspace::rowData(int row) const {
    return roster::rowData(m_table, row, kBankColumn);
}

BankAccountDialog *BankAccountsWorkspace::openDialog(const QVariantMap &account) {
    auto org = m_wb.replica.db().scalar(
        QStringLiteral("SELECT profile FROM organisations WHERE id = ?"), {m_wb.actor.orgId});
    const QString orgName = org ? QJsonDocument::fromJson(org->toString().toUtf8())
                                      .object()
                                      .value(QStringLiteral("name"))
                                      .toString()
                                : QString();
    auto *dialog = new BankAccountDialog(m_wb, account, orgName, this);
    return roster::openDialog(dialog, this, [this, dialog] {
        QStringList warnings;
        for (const QJsonValue &w : dialog->warnings())
            warnings << (w.isString() ? w.toString() : Error::fromJson(w.toObject()).message);
        m_warning = !warnings.isEmpty();
        m_message->setStyleSheet(m_warning ? QStringLiteral("color: #b9770e;") : QString());
        m_message->setText(m_warning ? tr("Saved, but please check: %1").arg(warnings.join(u' '))
                                     : tr("Saved. It is sent to the server at the next sync."));
    });
}

BankAccountDialog *BankAccountsWorkspace::addAccount() {
    return openDialog({});
}

BankAccountDialog *BankAccountsWorkspace::editAccount(int row) {
    const QVariantMap account = rowData(row);
    return account.isEmpty() ? nullptr : openDialog(account);
}

bool BankAccountsWorkspace::deleteAccount(int row) {
    const QVariantMap account = rowData(row);
    if (account.isEmpty()) return false;
    if (!m_confirm(tr("Delete the account ending in %1?")
                       .arg(account.value(QStringLiteral("account_no")).toString().right(4))))
        return false;
    const Outcome out = m_wb.sync.perform(QStringLiteral("bank_account.delete"),
                                          account.value(QStringLiteral("id")).toString(), -1, {});
    m_warning = false;
    m_message->setStyleSheet(
        out.status == Outcome::Status::Applied ? QString() : QStringLiteral("color: #c0392b;"));
    m_message->setText(out.status == Outcome::Status::Applied
                           ? tr("Deleted. It is sent to the server at the next sync.")
                           : out.error.message);
    return out.status == Outcome::Status::Applied;
}

}  // namespace dx
