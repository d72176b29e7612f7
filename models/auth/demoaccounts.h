#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace dx {

/// One account `dxserver seed-demo` creates (README.md lists them). Demo passwords only: a real
/// installation creates its own accounts.
struct DemoAccount {
    const char *username;
    const char *password;
    const char *role;         ///< Role:: code; a sub-account has its main account's role
    const char *region;       ///< county code for county reviewers, else empty
    const char *displayName;  ///< staff only: the enterprises' names come from their profile
    bool staff;               ///< created as a staff account (the rest by the enterprise seed)
    const char *note = "";    ///< what to try with it (English, context "DemoAccounts")
};

/// The demo accounts, in one place for the seeder (passwords, staff roles) and dxdesk --demo
/// (one-click sign-in buttons grouped by role). Header-only: dxmodels and dxdesk both read it.
inline const QList<DemoAccount> &demoAccounts() {
    static const QList<DemoAccount> accounts = {
        {"admin", "Guard#2026dx", "admin", "", "系统管理员", true},
        {"reviewer.zy", "Review#2026zy", "county_reviewer", "410102", "中原区工信局 张审核", true},
        {"reviewer.zy2", "Review#2026zy2", "county_reviewer", "410102", "中原区工信局 李审核",
         true},
        {"reviewer.eq", "Review#2026eq", "county_reviewer", "410103", "二七区工信局 王审核", true},
        {"operator", "Ops#2026plat", "operator", "", "平台运营", true},
        {"expert1", "Panel#2026ex", "expert", "", "评审专家一", true},
        {"dept", "Final#2026hn", "department", "", "省工信厅", true},
        {"auditor", "Check#2026tp", "auditor", "", "第三方机构", true},
        {"finance", "Ledger#2026fn", "finance", "", "财务", true},
        {"provider1", "Vendor#2026p1", "provider", "410105", "", false,
         QT_TRANSLATE_NOOP("DemoAccounts", "Service provider, main account")},
        {"p1_sales", "Sales#2026p1", "provider", "410105", "", false,
         QT_TRANSLATE_NOOP("DemoAccounts", "Sub-account of provider1 (listings, orders)")},
        {"ent.certified", "Firm#2026cert", "enterprise", "410102", "", false,
         QT_TRANSLATE_NOOP("DemoAccounts", "Enterprise, certified")},
        {"ent.pending", "Firm#2026pend", "enterprise", "410102", "", false,
         QT_TRANSLATE_NOOP("DemoAccounts", "Enterprise, certification pending")},
    };
    return accounts;
}

/// The demo password of `username`; empty for an account that is not in the list.
inline QString demoPassword(const QString &username) {
    for (const DemoAccount &a : demoAccounts())
        if (username == QLatin1String(a.username)) return QString::fromUtf8(a.password);
    return {};
}

}  // namespace dx
