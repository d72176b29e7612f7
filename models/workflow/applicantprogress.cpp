#include "models/workflow/applicantprogress.h"

#include "models/store/database.h"
#include "models/workflow/listingworkflow.h"
#include "models/workflow/states.h"
#include "models/workflow/workflow.h"

namespace dx {

Result<ApplicantProgress> ApplicantProgress::of(Database &db, const Actor &actor) {
    ApplicantProgress p;
    auto org = db.one(QStringLiteral("SELECT kind, profile_state, survey_done, certified, "
                                     "eligibility FROM organisations WHERE id = ?"),
                      {actor.orgId});
    if (!org) return org.error();
    if (org->has_value()) {
        const QVariantMap &o = **org;
        p.known = true;
        p.orgKind = o.value(QStringLiteral("kind")).toString();
        p.profileSubmitted =
            o.value(QStringLiteral("profile_state")).toString() == State::Submitted;
        p.surveyDone = o.value(QStringLiteral("survey_done")).toInt() != 0;
        p.certified = o.value(QStringLiteral("certified")).toInt() != 0;
        p.eligibility = o.value(QStringLiteral("eligibility")).toString();
    }
    if (p.orgKind.isEmpty())
        p.orgKind =
            actor.is(Role::Provider) ? QStringLiteral("provider") : QStringLiteral("enterprise");

    auto cert = db.one(QStringLiteral("SELECT id, version, state, submitted_at FROM "
                                      "certifications WHERE org_id = ? ORDER BY version DESC "
                                      "LIMIT 1"),
                       {actor.orgId});
    if (!cert) return cert.error();
    if (cert->has_value()) {
        const QVariantMap &c = **cert;
        p.certId = c.value(QStringLiteral("id")).toString();
        p.version = c.value(QStringLiteral("version")).toInt();
        p.state = c.value(QStringLiteral("state")).toString();
        if (const qint64 at = c.value(QStringLiteral("submitted_at")).toLongLong(); at > 0)
            p.submittedAt = QDateTime::fromMSecsSinceEpoch(at);
    }
    // Only a rejection or a voiding has a reason for the applicant; a later withdrawal or
    // resubmission does not make it less useful while the new version waits.
    auto reason = db.scalar(QStringLiteral("SELECT reason FROM certifications WHERE org_id = ? "
                                           "AND state IN (?, ?) AND reason <> '' ORDER BY "
                                           "version DESC LIMIT 1"),
                            {actor.orgId, State::Rejected, State::Voided});
    if (!reason) return reason.error();
    p.lastRejection = reason->toString();

    const Workflow &flow = certificationWorkflow(p.orgKind);
    p.allowed = flow.allowedCommands(actor, p.state, {actor.orgId, {}});
    p.mayList = organisationMayList(db, actor.orgId).ok();

    const bool enterprise = !p.isProvider();
    if (p.certified) {
        const bool offerOpen =
            enterprise && eligibilityWorkflow().allows(actor, QStringLiteral("eligibility.accept"),
                                                       {}, p.eligibility, {actor.orgId, {}});
        p.next = offerOpen ? Next::ClaimEligibility : Next::Done;
    } else if (p.state == State::Submitted) {
        p.next = Next::AwaitReview;
    } else if (!p.profileSubmitted) {
        p.next = Next::CompleteProfile;
    } else if (enterprise && !p.surveyDone) {
        p.next = Next::AnswerSurvey;
    } else {
        p.next = p.state == State::Rejected ? Next::Resubmit : Next::Apply;
    }
    return p;
}

}  // namespace dx
