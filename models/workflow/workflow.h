#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "models/auth/actor.h"
#include "models/core/result.h"

namespace dx {

/// Whose entities an actor may move: their own organisation's, their county's, or any.
enum class ScopeRule { OwnOrg, County, Any };

/// One row of a workflow table: from which state, which command, to which state,
/// who may do it and on whose entities.
struct Transition {
    QStringList from;  ///< "" means "no entity yet"
    QString command;
    QString variant;  ///< e.g. "approve" / "reject" for certification.decide; empty otherwise
    QString to;
    QStringList roles;
    ScopeRule scope;
    bool needsBaseRev = false;
};

/// Where the target lives, for checking an actor's scope against a transition.
struct TargetScope {
    QString orgId;
    QString region;
};

/// A workflow as a table of transitions, not `if` chains.
class Workflow {
public:
    Workflow(QString name, QList<Transition> transitions)
        : m_name(std::move(name)), m_transitions(std::move(transitions)) {}

    /// The transition for `command`/`variant` from `state` that `actor` may take on `target`,
    /// or a typed error: forbidden (role or scope) or invalid_transition (state).
    Result<Transition> authorize(const Actor &actor, const QString &command, const QString &variant,
                                 const QString &state, const TargetScope &target) const;

    /// May `actor` take `command`/`variant` from `state` on `target`? What a widget asks before
    /// it enables an action, so that it never offers what the command processor would refuse.
    bool allows(const Actor &actor, const QString &command, const QString &variant,
                const QString &state, const TargetScope &target) const {
        return authorize(actor, command, variant, state, target).ok();
    }

    /// Every command `actor` may take from `state` on `target` now, in table order, each once;
    /// a command with a variant as "command:variant" (e.g. "certification.decide:approve").
    /// What a screen asks to offer its next actions.
    QStringList allowedCommands(const Actor &actor, const QString &state,
                                const TargetScope &target) const;

    const QList<Transition> &transitions() const { return m_transitions; }

private:
    QString m_name;
    QList<Transition> m_transitions;
};

/// Certification (企业认证) for enterprises; with `operator` as reviewer for provider
/// qualification (服务商资质).
const Workflow &certificationWorkflow(const QString &orgKind);
/// Subsidy eligibility offer after approval (领取优惠资格), offered once.
const Workflow &eligibilityWorkflow();

}  // namespace dx
