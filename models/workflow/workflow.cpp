#include "models/workflow/workflow.h"

#include <QCoreApplication>

namespace dx {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Workflow)
};

bool inScope(const Actor &a, ScopeRule rule, const TargetScope &t) {
    switch (rule) {
        case ScopeRule::Any:
            return true;
        case ScopeRule::OwnOrg:
            return !a.orgId.isEmpty() && a.orgId == t.orgId;
        case ScopeRule::County:
            return !a.region.isEmpty() && a.region == t.region;
    }
    return false;
}
}  // namespace

Result<Transition> Workflow::authorize(const Actor &actor, const QString &command,
                                       const QString &variant, const QString &state,
                                       const TargetScope &target) const {
    bool roleMatched = false;
    bool scopeMatched = false;
    for (const Transition &t : m_transitions) {
        if (t.command != command || t.variant != variant) continue;
        if (!t.roles.contains(actor.role) && actor.role != Role::System) continue;
        roleMatched = true;
        if (actor.role != Role::System && !inScope(actor, t.scope, target)) continue;
        scopeMatched = true;
        if (t.from.contains(state)) return t;
    }
    if (!roleMatched)
        return makeError(ErrorCode::Forbidden,
                         Tr::tr("Your role may not do this (%1).").arg(command));
    if (!scopeMatched)
        return makeError(ErrorCode::Forbidden,
                         Tr::tr("This belongs to another organisation or county."));
    return makeError(ErrorCode::InvalidTransition,
                     Tr::tr("This cannot be done while the item is “%1”.")
                         .arg(state.isEmpty() ? Tr::tr("new") : state),
                     QString());
}

const Workflow &certificationWorkflow(const QString &orgKind) {
    auto make = [](const QString &reviewer, ScopeRule reviewScope) {
        const QStringList applicants{Role::Enterprise, Role::Provider};
        return Workflow(QStringLiteral("certification"),
                        {
                            {{QString(), QStringLiteral("draft"), QStringLiteral("rejected"),
                              QStringLiteral("voided")},
                             QStringLiteral("certification.submit"),
                             {},
                             QStringLiteral("submitted"),
                             applicants,
                             ScopeRule::OwnOrg},
                            {{QStringLiteral("submitted")},
                             QStringLiteral("certification.decide"),
                             QStringLiteral("approve"),
                             QStringLiteral("approved"),
                             {reviewer},
                             reviewScope,
                             true},
                            {{QStringLiteral("submitted")},
                             QStringLiteral("certification.decide"),
                             QStringLiteral("reject"),
                             QStringLiteral("rejected"),
                             {reviewer},
                             reviewScope,
                             true},
                            {{QStringLiteral("submitted")},
                             QStringLiteral("certification.withdraw"),
                             {},
                             QStringLiteral("draft"),
                             applicants,
                             ScopeRule::OwnOrg},
                            {{QStringLiteral("submitted")},
                             QStringLiteral("certification.void"),
                             {},
                             QStringLiteral("voided"),
                             {Role::System},
                             ScopeRule::Any},
                        });
    };
    static const Workflow enterprise = make(Role::CountyReviewer, ScopeRule::County);
    static const Workflow provider = make(Role::Operator, ScopeRule::Any);
    return orgKind == QStringLiteral("provider") ? provider : enterprise;
}

const Workflow &eligibilityWorkflow() {
    static const Workflow w(QStringLiteral("eligibility"),
                            {
                                {{QStringLiteral("none")},
                                 QStringLiteral("eligibility.accept"),
                                 {},
                                 QStringLiteral("accepted"),
                                 {Role::Enterprise},
                                 ScopeRule::OwnOrg},
                                {{QStringLiteral("none")},
                                 QStringLiteral("eligibility.decline"),
                                 {},
                                 QStringLiteral("declined"),
                                 {Role::Enterprise},
                                 ScopeRule::OwnOrg},
                            });
    return w;
}

}  // namespace dx
