#include "models/provider/providerpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "models/store/database.h"

namespace dx {

QStringList ProviderPolicy::defaultAcceptedBanks() {
    return {QStringLiteral("中国农业银行")};
}

Result<QStringList> ProviderPolicy::acceptedBanks(Database &db) {
    auto v =
        db.scalar(QStringLiteral("SELECT value FROM policies WHERE key = ?"), {AcceptedBanksKey});
    if (!v) return v.error();
    const QJsonArray list = QJsonDocument::fromJson(v->toString().toUtf8()).array();
    QStringList banks;
    for (const QJsonValue &b : list)
        if (!b.toString().trimmed().isEmpty()) banks << b.toString().trimmed();
    // An unreadable policy must not open the door to every bank: fall back to the seed's list.
    return banks.isEmpty() ? defaultAcceptedBanks() : banks;
}

}  // namespace dx
