// Receiving bank accounts (收款账号管理, seed 001 §1.5). Menu: Menu::BankAccounts.
//
// bank_account.save    target: account id, or empty to add
//   payload {bank, account_name, account_no, branch}
//   result  {bank_account_id, warnings: [{code, message, field}]}
// bank_account.delete  target: account id   payload {}
//
// Corporate (对公) accounts only, so the account name must be the organisation's registered
// name; the bank must be one the policy accepts (default: 中国农业银行 only). A failed Luhn check
// is a warning in the result, not an error: many corporate account numbers carry no check digit.
#include <QCoreApplication>

#include "models/commands/ownedrows.h"
#include "models/commands/payload.h"
#include "models/commands/registry.h"
#include "models/core/clock.h"
#include "models/provider/bankaccountnumber.h"
#include "models/provider/providerpolicy.h"
#include "models/store/database.h"
#include "models/workflow/states.h"

namespace dx {

namespace {
class BankaccountcommandsTr {
    Q_DECLARE_TR_FUNCTIONS(BankAccountCommands)
};

OwnedRows accountRows() {
    return {Entity::BankAccounts,
            BankaccountcommandsTr::tr("Only a service provider keeps receiving accounts."),
            BankaccountcommandsTr::tr("No such account.")};
}

Result<QJsonObject> saveAccount(CommandContext &ctx, const Command &c) {
    const OwnedRows rows = accountRows();
    auto may = rows.mayChange(ctx.db, ctx.actor, c.target);
    if (!may) return may.error();
    const bool adding = c.target.isEmpty();
    auto bank = payload::text(c.payload, QStringLiteral("bank"), 50);
    if (!bank) return bank.error();
    auto accepted = ProviderPolicy::acceptedBanks(ctx.db);
    if (!accepted) return accepted.error();
    if (!accepted->contains(*bank)) {
        Error e = makeError(ErrorCode::Invalid,
                            BankaccountcommandsTr::tr("Receiving accounts are accepted at: %1.")
                                .arg(accepted->join(BankaccountcommandsTr::tr(", "))),
                            QStringLiteral("bank"));
        e.details.insert(QStringLiteral("accepted_banks"), QJsonArray::fromStringList(*accepted));
        return e;
    }
    auto name = payload::text(c.payload, QStringLiteral("account_name"), 100);
    if (!name) return name.error();
    auto orgName = ctx.db.scalar(QStringLiteral("SELECT name FROM organisations WHERE id = ?"),
                                 {ctx.actor.orgId});
    if (!orgName) return orgName.error();
    if (!orgName->toString().isEmpty() && *name != orgName->toString().trimmed())
        return makeError(ErrorCode::Invalid,
                         BankaccountcommandsTr::tr(
                             "Only a corporate account is accepted: the account name must be "
                             "“%1”.")
                             .arg(orgName->toString()),
                         QStringLiteral("account_name"));
    auto numberText = payload::text(c.payload, QStringLiteral("account_no"), 40);
    if (!numberText) return numberText.error();
    auto number = BankAccountNumber::parse(*numberText, QStringLiteral("account_no"));
    if (!number) return number.error();
    auto branch = payload::text(c.payload, QStringLiteral("branch"), 100);
    if (!branch) return branch.error();
    auto dup = ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM bank_accounts WHERE org_id = ? "
                                            "AND account_no = ? AND id <> ?"),
                             {ctx.actor.orgId, *number, c.target});
    if (!dup) return dup.error();
    if (dup->toInt() > 0)
        return makeError(ErrorCode::Duplicate,
                         BankaccountcommandsTr::tr("This account is already on the list."),
                         QStringLiteral("account_no"));

    const QString id = adding ? derivedId(c.id, QStringLiteral("bank_account")) : c.target;
    auto w = adding ? ctx.db.exec(
                          QStringLiteral("INSERT INTO bank_accounts (bank, account_name, "
                                         "account_no, branch, id, org_id, created_at, "
                                         "updated_at) VALUES (?,?,?,?,?,?,?,?)"),
                          {*bank, *name, *number, *branch, id, ctx.actor.orgId, ctx.now, ctx.now})
                    : ctx.db.exec(QStringLiteral("UPDATE bank_accounts SET bank = ?, account_name "
                                                 "= ?, account_no = ?, branch = ?, updated_at = ? "
                                                 "WHERE id = ?"),
                                  {*bank, *name, *number, *branch, ctx.now, id});
    if (!w) return w.error();
    auto published = rows.publish(ctx, id);
    if (!published) return published.error();
    return QJsonObject{{QStringLiteral("bank_account_id"), id},
                       {QStringLiteral("warnings"),
                        ValidationWarning::toJson(BankAccountNumber::warnings(*number))}};
}

Result<QJsonObject> removeAccount(CommandContext &ctx, const Command &c) {
    return accountRows().remove(ctx, c);
}

}  // namespace

void registerBankAccountCommands(CommandTable &t) {
    t.insert(QStringLiteral("bank_account.save"),
             CommandSpec{.handler = saveAccount, .permission = Menu::BankAccounts});
    t.insert(QStringLiteral("bank_account.delete"),
             CommandSpec{.handler = removeAccount, .permission = Menu::BankAccounts});
}

}  // namespace dx
