#include "ui/provider/bankaccountsworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>

#include "models/client/workbench.h"
#include "models/core/error.h"
#include "models/sync/replica.h"
#include "ui/provider/bankaccountdialog.h"

namespace dx {

namespace {
// Lists show the first and last four digits only.
QString maskedAccount(const QString &digits) {
    if (digits.size() <= 8) return digits;
    return digits.left(4) + QString(digits.size() - 8, u'*') + digits.right(4);
}
}  // namespace

BankAccountsWorkspace::BankAccountsWorkspace(Workbench &wb, QWidget *parent)
    : RosterPanel(wb, parent) {
    build(this, new QVBoxLayout(this),
          {.addCaption = tr("Add receiving account (新增收款账号)"),
           .addName = QStringLiteral("addAccount"),
           .add = [this] { addAccount(); },
           .rowActions = {{tr("Edit (编辑)"), [this](int row) { editAccount(row); },
                           QStringLiteral("document-edit")},
                          {tr("Delete (删除)"), [this](int row) { deleteAccount(row); },
                           QStringLiteral("edit-delete")}},
           .tableName = QStringLiteral("bankAccounts"),
           .headers = {tr("Bank (开户银行)"), tr("Account name (开户名称)"),
                       tr("Account number (卡号)"), tr("Branch (开户网点)")},
           .confirmTitle = tr("Delete account (删除收款账号)"),
           .messageAboveTable = true,
           .stretchColumn = 1,
           .emptyIcon = QStringLiteral("view-bank"),
           .emptyTitle = tr("No receiving account yet"),
           .emptyText = tr("Vouchers are paid to your organisation's corporate accounts listed "
                           "here. Add one with the button above.")});
    refresh();
}

void BankAccountsWorkspace::refresh() {
    for (const QVariantMap &r :
         reread(QStringLiteral("SELECT id, bank, account_name, account_no, branch FROM "
                               "bank_accounts WHERE org_id = ? ORDER BY created_at"))) {
        appendRow({r.value(QStringLiteral("bank")).toString(),
                   r.value(QStringLiteral("account_name")).toString(),
                   maskedAccount(r.value(QStringLiteral("account_no")).toString()),
                   r.value(QStringLiteral("branch")).toString()},
                  r);
    }
    updateRowButtons();
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
        message()->setStyleSheet(m_warning ? QStringLiteral("color: #b9770e;") : QString());
        setMessage(m_warning ? tr("Saved, but please check: %1").arg(warnings.join(u' '))
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
    const QString last4 = rowData(row).value(QStringLiteral("account_no")).toString().right(4);
    const std::optional<Outcome> out =
        deleteRow(row, QStringLiteral("bank_account.delete"),
                  tr("Delete the account ending in %1?").arg(last4),
                  tr("Deleted. It is sent to the server at the next sync."));
    if (!out) return false;
    m_warning = false;
    message()->setStyleSheet(applied(out) ? QString() : QStringLiteral("color: #c0392b;"));
    return applied(out);
}

}  // namespace dx
