#pragma once

#include <QString>
#include <QVariantList>

#include "models/auth/actor.h"

namespace dx {

/// Where a row lives, for deciding who may see it: its organisation, its county, its private owner.
struct Scope {
    QString orgId;
    QString region;  ///< set only when county reviewers of that county may see the row
    QString userId;  ///< set when the row is private to one user (sessions, notifications)
};

/// The one read-authorization rule, used by commands, queries and the change feed alike.
class Visibility {
public:
    static bool canSee(const Actor &actor, const Scope &scope);

    /// The scope of an organisation's rows (its profile, certifications, their documents): an
    /// enterprise's are also its county's, so that county reviewers see them; a provider is
    /// certified by the platform and belongs to no county's desk.
    static Scope ofOrganisation(const QString &orgId, const QString &orgKind,
                                const QString &region);

    /// The same rule as SQL over columns `org_id`, `region`, `user_id` (with optional alias
    /// prefix).
    struct Filter {
        QString sql;
        QVariantList binds;
    };
    static Filter sqlFilter(const Actor &actor, const QString &prefix = {});
    /// The same rule as disjoint-enough branches, each an index range scan in rev order
    /// (`(user_id, region, rev)`, `(user_id, org_id, rev)`, `(user_id, rev)`): the change feed
    /// merges them instead of letting one OR defeat the indexes. Their union equals sqlFilter().
    static QList<Filter> feedBranches(const Actor &actor);
    /// The rule for tasks: the shared branch alone, which the (state, assignee_role, user_id,
    /// region|org_id, created_at) indexes serve; experts and auditors, who work only on what was
    /// assigned to them by name, get the rows carrying their user_id instead.
    static Filter sharedFilter(const Actor &actor, const QString &prefix = {});
};

}  // namespace dx
