#include "ui/provider/subaccountsworkspace.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/domain/phone.h"
#include "models/sync/replica.h"
#include "ui/provider/menulabels.h"
#include "ui/provider/resetpassworddialog.h"
#include "ui/provider/rostertable.h"
#include "ui/provider/subaccountdialog.h"

namespace dx {

namespace {
// The record of a row rides on its username cell.
constexpr int kUsernameColumn = 0;
}  // namespace

SubAccountsWorkspace::SubAccountsWorkspace(Workbench &wb, QWidget *parent)
    : QWidget(parent), m_wb(wb) {
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    auto *pl = new QVBoxLayout(page);
    auto *add = new QPushButton(tr("Add user (添加用户)"), page);
    add->setObjectName(QStringLiteral("addUser"));
    m_edit = new QPushButton(tr("Edit (编辑)"), page);
    m_delete = new QPushButton(tr("Delete (删除)"), page);
    m_reset = new QPushButton(tr("Reset password (重置密码)"), page);
    pl->addLayout(roster::buttonRow({add, m_edit, m_delete, m_reset}));
    m_table = roster::table(QStringLiteral("subAccounts"),
                            {tr("Username (用户名)"), tr("Mobile (手机号)"), tr("Email (邮箱)"),
                             tr("Menus (菜单权限)")},
                            page);
    pl->addWidget(m_table, 1);
    m_message = roster::messageLabel(page);
    pl->addWidget(m_message);
    m_stack->addWidget(page);

    m_confirm = [this](const QString &question) {
        return roster::askYesNo(this, tr("Delete user (删除用户)"), question);
    };
    connect(add, &QPushButton::clicked, this, [this] { addUser(); });
    roster::onCurrentRow(m_edit, m_table, [this](int row) { editUser(row); });
    roster::onCurrentRow(m_delete, m_table, [this](int row) { deleteUser(row); });
    roster::onCurrentRow(m_reset, m_table, [this](int row) { resetPassword(row); });
    roster::enableOnSelection(m_table, {m_edit, m_delete, m_reset});
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { editUser(row); });
    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &SubAccountsWorkspace::refresh);
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
    const QString selected = rowData(m_table->currentRow()).value(QStringLiteral("id")).toString();
    auto rows = m_wb.replica.db().all(
        QStringLiteral("SELECT id, username, mobile, email, permissions FROM users "
                       "WHERE org_id = ? AND parent_user_id <> '' ORDER BY username"),
        {m_wb.actor.orgId});
    m_table->setRowCount(0);
    if (!rows) {
        m_message->setText(rows.error().message);
        return;
    }
    for (const QVariantMap &r : rows.value()) {
        const QString mobile = r.value(QStringLiteral("mobile")).toString();
        auto phone = Phone::parse(mobile);
        const int row = roster::appendRow(
            m_table,
            {r.value(QStringLiteral("username")).toString(), phone ? phone->masked() : mobile,
             r.value(QStringLiteral("email")).toString(),
             menuLabels(r.value(QStringLiteral("permissions"))
                            .toString()
                            .split(u',', Qt::SkipEmptyParts))},
            kUsernameColumn, r);
        if (r.value(QStringLiteral("id")).toString() == selected) m_table->selectRow(row);
    }
    if (m_table->currentRow() < 0)
        for (QPushButton *b : {m_edit, m_delete, m_reset}) b->setEnabled(false);
}

bool SubAccountsWorkspace::isAvailable() const {
    return m_stack->currentIndex() == 1;
}

QString SubAccountsWorkspace::emptyText() const {
    return isAvailable() ? QString() : m_empty->text();
}

QString SubAccountsWorkspace::messageText() const {
    return m_message->text();
}

int SubAccountsWorkspace::rowOf(const QString &username) const {
    return roster::rowOf(m_table, kUsernameColumn, username);
}

QVariantMap SubAccountsWorkspace::rowData(int row) const {
    return roster::rowData(m_table, row, kUsernameColumn);
}

SubAccountDialog *SubAccountsWorkspace::addUser() {
    return roster::openDialog(new SubAccountDialog(m_wb, {}, this), this, [this] {
        m_message->setText(tr("The user was created (新增成功)."));
    });
}

SubAccountDialog *SubAccountsWorkspace::editUser(int row) {
    const QVariantMap user = rowData(row);
    if (user.isEmpty()) return nullptr;
    return roster::openDialog(new SubAccountDialog(m_wb, user, this), this, [this] {
        m_message->setText(tr("Saved (编辑成功). It is sent to the server at the next sync."));
    });
}

ResetPasswordDialog *SubAccountsWorkspace::resetPassword(int row) {
    const QVariantMap user = rowData(row);
    if (user.isEmpty()) return nullptr;
    auto *dialog = new ResetPasswordDialog(m_wb.sync, user.value(QStringLiteral("id")).toString(),
                                           user.value(QStringLiteral("username")).toString(), this);
    return roster::openDialog(
        dialog, this, [this] { m_message->setText(tr("The password was reset (重置密码成功).")); });
}

bool SubAccountsWorkspace::deleteUser(int row) {
    const QVariantMap user = rowData(row);
    if (user.isEmpty()) return false;
    const QString name = user.value(QStringLiteral("username")).toString();
    if (!m_confirm(tr("Delete the user %1? They can no longer sign in.").arg(name))) return false;
    const Outcome out = m_wb.sync.perform(QStringLiteral("subaccount.delete"),
                                          user.value(QStringLiteral("id")).toString(), -1, {});
    m_message->setText(
        out.status == Outcome::Status::Applied
            ? tr("%1 was deleted. It is sent to the server at the next sync.").arg(name)
            : out.error.message);
    return out.status == Outcome::Status::Applied;
}

}  // namespace dx
