#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "models/auth/actor.h"
#include "models/core/result.h"

namespace dx {

class Database;

/// Where an enterprise or a provider stands in flow 1 (registration and certification) and what
/// it should do next: what the status card of the enterprise workspace shows. Read from a
/// replica or the server's database; the order of the steps is the certification commands'
/// (profile submitted, then the demand survey for enterprises, then the application).
struct ApplicantProgress {
    enum class Next {
        CompleteProfile,   ///< submit the profile (基本资料) first
        AnswerSurvey,      ///< an enterprise answers the demand survey (需求调研) first
        Apply,             ///< submit the application (never applied, withdrawn or voided)
        Resubmit,          ///< correct the rejected application and submit it again
        AwaitReview,       ///< the application is under review: wait, or withdraw it
        ClaimEligibility,  ///< certified; the subsidy eligibility offer is still open
        Done,              ///< certified; nothing is waiting
    };

    /// Whether the replica holds the organisation yet (false before the first sync).
    bool known = false;
    QString orgKind;  ///< "enterprise" | "provider"
    bool profileSubmitted = false;
    bool surveyDone = false;
    bool certified = false;
    QString eligibility;  ///< organisations.eligibility (State::NoAnswer, Accepted, Declined)
    QString certId;       ///< the latest application, empty when none
    int version = 0;
    QString state;  ///< the latest application's state, empty when none
    QDateTime submittedAt;
    /// The reason of the latest rejection (or voiding), also while a resubmission is reviewed.
    QString lastRejection;
    /// The certification commands the actor may run on the latest application now
    /// (Workflow::allowedCommands), e.g. "certification.withdraw".
    QStringList allowed;
    /// Whether the organisation may list products (organisationMayList).
    bool mayList = false;
    Next next = Next::CompleteProfile;

    bool isProvider() const { return orgKind == QStringLiteral("provider"); }
    bool allows(const QString &command) const { return allowed.contains(command); }

    /// The progress of `actor`'s own organisation.
    static Result<ApplicantProgress> of(Database &db, const Actor &actor);
};

}  // namespace dx
