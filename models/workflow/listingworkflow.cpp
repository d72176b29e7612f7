#include "models/workflow/listingworkflow.h"

#include <QCoreApplication>

#include "models/store/database.h"
#include "models/workflow/states.h"

namespace dx {

namespace {
class ListingworkflowTr {
    Q_DECLARE_TR_FUNCTIONS(ListingWorkflow)
};
}  // namespace

Status organisationMayList(Database &db, const QString &orgId) {
    auto certified =
        db.scalar(QStringLiteral("SELECT certified FROM organisations WHERE id = ?"), {orgId});
    if (!certified) return certified.error();
    if (certified->toInt() != 0) return Ok{};
    return makeError(ErrorCode::NotCertified,
                     ListingworkflowTr::tr("Products can be listed once your organisation is "
                                           "certified (企业认证 / 服务商资质)."),
                     QStringLiteral("certification"));
}

const Workflow &listingWorkflow() {
    const QStringList owners{Role::Provider};
    const QStringList editable{QString(), State::Draft, State::Rejected, State::Withdrawn,
                               State::Delisted};
    const QStringList resubmittable{State::Draft, State::Rejected, State::Withdrawn,
                                    State::Delisted};
    const QStringList pending{State::PendingInitial, State::PendingExpert, State::PendingFinal};
    const QString save = QStringLiteral("listing.save");
    const QString submit = QStringLiteral("listing.submit");
    const QString review = QStringLiteral("listing.review");
    const QString final = QStringLiteral("listing.final");
    const QString pass = QStringLiteral("pass");
    const QString reject = QStringLiteral("reject");
    // listing.save keeps the state it finds ("" becomes draft); `to` names the new-row case.
    static const Workflow w(
        QStringLiteral("listing"),
        {
            {editable,
             save,
             {},
             State::Draft,
             {Role::Provider, Role::Enterprise},
             ScopeRule::OwnOrg},
            {resubmittable, submit, {}, State::PendingInitial, owners, ScopeRule::OwnOrg},
            // Seed 003: an enterprise's own product goes live without review once its profile
            // is complete and it is certified (checked by the handler).
            {resubmittable,
             submit,
             QStringLiteral("self"),
             State::Listed,
             {Role::Enterprise},
             ScopeRule::OwnOrg},
            {{State::PendingInitial},
             review,
             pass,
             State::PendingExpert,
             {Role::Operator},
             ScopeRule::Any,
             true},
            {{State::PendingExpert},
             review,
             pass,
             State::PendingFinal,
             {Role::Operator},
             ScopeRule::Any,
             true},
            {{State::PendingInitial, State::PendingExpert},
             review,
             reject,
             State::Rejected,
             {Role::Operator},
             ScopeRule::Any,
             true},
            {{State::PendingExpert},
             QStringLiteral("listing.expert_opinion"),
             {},
             State::PendingExpert,
             {Role::Expert},
             ScopeRule::Any},
            {{State::PendingFinal},
             final,
             QStringLiteral("approve"),
             State::Listed,
             {Role::Department},
             ScopeRule::Any,
             true},
            {{State::PendingFinal},
             final,
             reject,
             State::Rejected,
             {Role::Department},
             ScopeRule::Any,
             true},
            {pending,
             QStringLiteral("listing.withdraw"),
             {},
             State::Withdrawn,
             owners,
             ScopeRule::OwnOrg},
            {{State::Listed},
             QStringLiteral("listing.delist"),
             {},
             State::Delisted,
             {Role::Provider, Role::Enterprise},
             ScopeRule::OwnOrg},
            {{State::Listed},
             QStringLiteral("listing.delist"),
             {},
             State::Delisted,
             {Role::Operator},
             ScopeRule::Any},
        });
    return w;
}

}  // namespace dx
