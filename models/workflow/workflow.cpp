#include "models/workflow/workflow.h"

#include <QCoreApplication>

#include "models/workflow/states.h"

namespace dx {

namespace {
class WorkflowTr {
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
                         WorkflowTr::tr("Your role may not do this (%1).").arg(command));
    if (!scopeMatched)
        return makeError(ErrorCode::Forbidden,
                         WorkflowTr::tr("This belongs to another organisation or county."));
    return makeError(ErrorCode::InvalidTransition,
                     WorkflowTr::tr("This cannot be done while the item is “%1”.")
                         .arg(state.isEmpty() ? WorkflowTr::tr("new") : state),
                     QString());
}

QStringList Workflow::allowedCommands(const Actor &actor, const QString &state,
                                      const TargetScope &target) const {
    QStringList out;
    for (const Transition &t : m_transitions) {
        const QString name = t.variant.isEmpty() ? t.command : t.command + u':' + t.variant;
        if (!out.contains(name) && allows(actor, t.command, t.variant, state, target))
            out.append(name);
    }
    return out;
}

const Workflow &certificationWorkflow(const QString &orgKind) {
    auto make = [](const QString &reviewer, ScopeRule reviewScope) {
        const QStringList applicants{Role::Enterprise, Role::Provider};
        return Workflow(QStringLiteral("certification"),
                        {
                            {{QString(), State::Draft, State::Rejected, State::Voided},
                             QStringLiteral("certification.submit"),
                             {},
                             State::Submitted,
                             applicants,
                             ScopeRule::OwnOrg},
                            {{State::Submitted},
                             QStringLiteral("certification.decide"),
                             QStringLiteral("approve"),
                             State::Approved,
                             {reviewer},
                             reviewScope,
                             true},
                            {{State::Submitted},
                             QStringLiteral("certification.decide"),
                             QStringLiteral("reject"),
                             State::Rejected,
                             {reviewer},
                             reviewScope,
                             true},
                            {{State::Submitted},
                             QStringLiteral("certification.withdraw"),
                             {},
                             State::Draft,
                             applicants,
                             ScopeRule::OwnOrg},
                            {{State::Submitted},
                             QStringLiteral("certification.void"),
                             {},
                             State::Voided,
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
                                {{State::NoAnswer},
                                 QStringLiteral("eligibility.accept"),
                                 {},
                                 State::Accepted,
                                 {Role::Enterprise},
                                 ScopeRule::OwnOrg},
                                {{State::NoAnswer},
                                 QStringLiteral("eligibility.decline"),
                                 {},
                                 State::Declined,
                                 {Role::Enterprise},
                                 ScopeRule::OwnOrg},
                            });
    return w;
}

}  // namespace dx
