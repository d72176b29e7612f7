#include "ui/provider/subaccountsworkspace.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/client/workbench.h"
#include "models/domain/phone.h"
#include "models/sync/replica.h"
#include "ui/provider/menulabels.h"
#include "ui/provider/resetpassworddialog.h"
#include "ui/provider/subaccountdialog.h"

namespace dx {

SubAccountsWorkspace::SubAccountsWorkspace(Workbench &wb, QWidget *parent)
    : RosterPanel(wb, parent) {
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    build(
        page, new QVBoxLayout(page),
        {.addCaption = tr("Add user (添加用户)"),
         .addName = QStringLiteral("addUser"),
         .add = [this] { addUser(); },
         .rowActions = {{tr("Edit (编辑)"), [this](int row) { editUser(row); },
                         QStringLiteral("document-edit")},
                        {tr("Delete (删除)"), [this](int row) { deleteUser(row); },
                         QStringLiteral("edit-delete")},
                        {tr("Reset password (重置密码)"), [this](int row) { resetPassword(row); }}},
         .tableName = QStringLiteral("subAccounts"),
         .headers = {tr("Username (用户名)"), tr("Mobile (手机号)"), tr("Email (邮箱)"),
                     tr("Menus (菜单权限)")},
         .confirmTitle = tr("Delete user (删除用户)"),
         .stretchColumn = 3,
         .emptyIcon = QStringLiteral("system-users"),
         .emptyTitle = tr("No user besides you yet"),
         .emptyText = tr("Users you add here sign in with their own password and see only the "
                         "menus you grant them. Add one with the button above.")});
    m_stack->addWidget(page);
    refresh();
}

void SubAccountsWorkspace::refresh() {
    auto certified = m_wb.replica.db().scalar(
        QStringLiteral("SELECT certified FROM organisations WHERE id = ?"), {m_wb.actor.orgId});
    if (m_wb.actor.subAccount) {
        m_empty->setText(tr("Only the organisation's main account manages its users."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (!certified || certified->toInt() == 0) {
        m_empty->setText(
            tr("Sub-accounts (子账号) become available once your organisation is certified "
               "(认证成功). Apply for certification under “My organisation”."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    // The selected user stays selected.
    const QString selected = rowData(table()->currentRow()).value(QStringLiteral("id")).toString();
    for (const QVariantMap &r :
         reread(QStringLiteral("SELECT id, username, mobile, email, permissions FROM users "
                               "WHERE org_id = ? AND parent_user_id <> '' ORDER BY username"))) {
        const QString mobile = r.value(QStringLiteral("mobile")).toString();
        auto phone = Phone::parse(mobile);
        const int row = appendRow(
            {r.value(QStringLiteral("username")).toString(), phone ? phone->masked() : mobile,
             r.value(QStringLiteral("email")).toString(),
             menuLabels(r.value(QStringLiteral("permissions"))
                            .toString()
                            .split(u',', Qt::SkipEmptyParts))},
            r);
        if (r.value(QStringLiteral("id")).toString() == selected) table()->selectRow(row);
    }
    updateRowButtons();
}

bool SubAccountsWorkspace::isAvailable() const {
    return m_stack->currentIndex() == 1;
}

QString SubAccountsWorkspace::emptyText() const {
    return isAvailable() ? QString() : m_empty->text();
}

SubAccountDialog *SubAccountsWorkspace::addUser() {
    return roster::openDialog(new SubAccountDialog(m_wb, {}, this), this,
                              [this] { setMessage(tr("The user was created (新增成功).")); });
}

SubAccountDialog *SubAccountsWorkspace::editUser(int row) {
    const QVariantMap user = rowData(row);
    if (user.isEmpty()) return nullptr;
    return roster::openDialog(new SubAccountDialog(m_wb, user, this), this, [this] {
        setMessage(tr("Saved (编辑成功). It is sent to the server at the next sync."));
    });
}

ResetPasswordDialog *SubAccountsWorkspace::resetPassword(int row) {
    const QVariantMap user = rowData(row);
    if (user.isEmpty()) return nullptr;
    auto *dialog = new ResetPasswordDialog(m_wb.sync, user.value(QStringLiteral("id")).toString(),
                                           user.value(QStringLiteral("username")).toString(), this);
    return roster::openDialog(dialog, this,
                              [this] { setMessage(tr("The password was reset (重置密码成功).")); });
}

bool SubAccountsWorkspace::deleteUser(int row) {
    const QString name = rowData(row).value(QStringLiteral("username")).toString();
    return applied(
        deleteRow(row, QStringLiteral("subaccount.delete"),
                  tr("Delete the user %1? They can no longer sign in.").arg(name),
                  tr("%1 was deleted. It is sent to the server at the next sync.").arg(name)));
}

}  // namespace dx
