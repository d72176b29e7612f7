#include "ui/provider/menulabels.h"

#include <QCoreApplication>

#include "models/auth/actor.h"

namespace dx {

QString menuLabel(const QString &menu) {
    if (menu == Menu::Listings) return QCoreApplication::translate("Menu", "Listings (商品管理)");
    if (menu == Menu::Orders) return QCoreApplication::translate("Menu", "Orders (订单管理)");
    if (menu == Menu::Redemption)
        return QCoreApplication::translate("Menu", "Redemption (兑付管理)");
    if (menu == Menu::Experts) return QCoreApplication::translate("Menu", "Experts (专家管理)");
    if (menu == Menu::BankAccounts)
        return QCoreApplication::translate("Menu", "Bank accounts (收款账号管理)");
    return menu;
}

QString menuLabels(const QStringList &menus) {
    QStringList out;
    for (const QString &m : menus) out << menuLabel(m);
    return out.join(QStringLiteral("、"));
}

}  // namespace dx
