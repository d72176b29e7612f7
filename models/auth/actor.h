#pragma once

#include <QString>

namespace dx {

/// The roles of PRODUCT.md; the string codes travel in the API and the database.
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

/// Who is acting: the signed-in user with role and scope (county, organisation), and the client.
struct Actor {
    QString userId;
    QString username;
    QString role;
    QString orgId;     ///< own organisation (enterprise, provider, bank)
    QString region;    ///< county code for county reviewers
    QString clientId;  ///< installation the command came from, empty for direct API calls

    bool isAnonymous() const { return userId.isEmpty() && role != Role::System; }
    bool is(const QString &r) const { return role == r; }
    /// A stable summary of what this actor may see; a change of it resets the sync cookie.
    QString scopeKey() const { return role + u'|' + orgId + u'|' + region; }

    static Actor anonymous() { return {}; }
    static Actor system() { return Actor{QString(), QStringLiteral("system"), Role::System}; }
};

}  // namespace dx
