#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dx {

/// The roles of the programme; the string codes travel in the API and the database.
namespace Role {
inline const QString Admin = QStringLiteral("admin");
inline const QString CountyReviewer = QStringLiteral("county_reviewer");
inline const QString Operator = QStringLiteral("operator");
inline const QString Expert = QStringLiteral("expert");
inline const QString Department = QStringLiteral("department");
inline const QString Auditor = QStringLiteral("auditor");
inline const QString Finance = QStringLiteral("finance");
inline const QString Provider = QStringLiteral("provider");
inline const QString Bank = QStringLiteral("bank");
inline const QString Enterprise = QStringLiteral("enterprise");
inline const QString System = QStringLiteral("system");
bool isKnown(const QString &role);
}  // namespace Role

/// Per-menu permissions of provider sub-accounts (seed 001 用户管理 → 权限).
namespace Menu {
inline const QString Listings = QStringLiteral("listings");           ///< 商品管理
inline const QString Orders = QStringLiteral("orders");               ///< 订单管理
inline const QString Redemption = QStringLiteral("redemption");       ///< 兑付管理
inline const QString Experts = QStringLiteral("experts");             ///< 专家管理
inline const QString BankAccounts = QStringLiteral("bank_accounts");  ///< 收款账号管理
/// Every menu a sub-account can be granted; user management stays with the main account.
inline const QStringList all() {
    return {Listings, Orders, Redemption, Experts, BankAccounts};
}
}  // namespace Menu

/// Who is acting: the signed-in user with role and scope (county, organisation), and the client.
struct Actor {
    QString userId;
    QString username;
    QString role;
    QString orgId;     ///< own organisation (enterprise, provider, bank)
    QString region;    ///< county code for county reviewers
    QString clientId;  ///< installation the command came from, empty for direct API calls
    /// A provider's sub-account (子账号) acts only within the menus it was granted; a main
    /// account (and every other role) is not limited by menu.
    bool subAccount = false;
    QStringList permissions;  ///< menu codes (Menu::*) granted to a sub-account
    /// The session the request came with (SHA-256 of its bearer token, as stored in
    /// sessions.token_hash); empty for the system, on a replica and for direct calls. Lets a
    /// command end the user's other sessions but keep this one (account.change_password).
    QString tokenHash = {};

    /// May this actor use `menu`? Commands declare their menu; the processor asks this.
    bool may(const QString &menu) const {
        return menu.isEmpty() || !subAccount || permissions.contains(menu);
    }

    bool isAnonymous() const { return userId.isEmpty() && role != Role::System; }
    bool is(const QString &r) const { return role == r; }
    /// A stable summary of what this actor may see; a change of it resets the sync cookie.
    QString scopeKey() const { return role + u'|' + orgId + u'|' + region; }

    /// The user as the API shows it (the `user` of POST /api/v1/session): {id, username, role,
    /// org_id, region, sub_account, permissions: [menu]}.
    QJsonObject toJson() const;
    /// The actor of such an object; also reads `permissions` as comma-separated text and a
    /// non-empty `parent_user_id` as a sub-account (GET /api/v1/me's row).
    static Actor fromJson(const QJsonObject &user);

    static Actor anonymous() { return {}; }
    static Actor system() { return Actor{QString(), QStringLiteral("system"), Role::System}; }
};

}  // namespace dx
