#include "models/workflow/listingworkflow.h"

namespace dx {

const Workflow &listingWorkflow() {
    const QStringList owners{Role::Provider};
    const QStringList editable{QString(), QStringLiteral("draft"), QStringLiteral("rejected"),
                               QStringLiteral("withdrawn"), QStringLiteral("delisted")};
    const QStringList resubmittable{QStringLiteral("draft"), QStringLiteral("rejected"),
                                    QStringLiteral("withdrawn"), QStringLiteral("delisted")};
    const QStringList pending{QStringLiteral("pending_initial"), QStringLiteral("pending_expert"),
                              QStringLiteral("pending_final")};
    const QString save = QStringLiteral("listing.save");
    const QString submit = QStringLiteral("listing.submit");
    const QString review = QStringLiteral("listing.review");
    const QString final = QStringLiteral("listing.final");
    const QString pass = QStringLiteral("pass");
    const QString reject = QStringLiteral("reject");
    const QString rejected = QStringLiteral("rejected");
    // listing.save keeps the state it finds ("" becomes draft); `to` names the new-row case.
    static const Workflow w(
        QStringLiteral("listing"),
        {
            {editable,
             save,
             {},
             QStringLiteral("draft"),
             {Role::Provider, Role::Enterprise},
             ScopeRule::OwnOrg},
            {resubmittable,
             submit,
             {},
             QStringLiteral("pending_initial"),
             owners,
             ScopeRule::OwnOrg},
            // Seed 003: an enterprise's own product goes live without review once its profile
            // is complete and it is certified (checked by the handler).
            {resubmittable,
             submit,
             QStringLiteral("self"),
             QStringLiteral("listed"),
             {Role::Enterprise},
             ScopeRule::OwnOrg},
            {{QStringLiteral("pending_initial")},
             review,
             pass,
             QStringLiteral("pending_expert"),
             {Role::Operator},
             ScopeRule::Any,
             true},
            {{QStringLiteral("pending_expert")},
             review,
             pass,
             QStringLiteral("pending_final"),
             {Role::Operator},
             ScopeRule::Any,
             true},
            {{QStringLiteral("pending_initial"), QStringLiteral("pending_expert")},
             review,
             reject,
             rejected,
             {Role::Operator},
             ScopeRule::Any,
             true},
            {{QStringLiteral("pending_expert")},
             QStringLiteral("listing.expert_opinion"),
             {},
             QStringLiteral("pending_expert"),
             {Role::Expert},
             ScopeRule::Any},
            {{QStringLiteral("pending_final")},
             final,
             QStringLiteral("approve"),
             QStringLiteral("listed"),
             {Role::Department},
             ScopeRule::Any,
             true},
            {{QStringLiteral("pending_final")},
             final,
             reject,
             rejected,
             {Role::Department},
             ScopeRule::Any,
             true},
            {pending,
             QStringLiteral("listing.withdraw"),
             {},
             QStringLiteral("withdrawn"),
             owners,
             ScopeRule::OwnOrg},
            {{QStringLiteral("listed")},
             QStringLiteral("listing.delist"),
             {},
             QStringLiteral("delisted"),
             {Role::Provider, Role::Enterprise},
             ScopeRule::OwnOrg},
            {{QStringLiteral("listed")},
             QStringLiteral("listing.delist"),
             {},
             QStringLiteral("delisted"),
             {Role::Operator},
             ScopeRule::Any},
        });
    return w;
}

}  // namespace dx
