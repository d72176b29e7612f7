// organisation.save / organisation.submit (the profile, 基本资料), survey.answer (企业需求调研表),
// eligibility.accept / eligibility.decline (领取优惠资格 / 我不要).
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "models/commands/organisationrules.h"
#include "models/commands/payload.h"
#include "models/commands/registry.h"
#include "models/forms/formschema.h"
#include "models/forms/formvalidator.h"
#include "models/store/database.h"
#include "models/sync/changefeed.h"
#include "models/workflow/states.h"
#include "models/workflow/tasks.h"
#include "models/workflow/workflow.h"

namespace dx {

namespace {
class OrganisationcommandsTr {
    Q_DECLARE_TR_FUNCTIONS(OrganisationCommands)
};

Result<QJsonObject> saveProfile(CommandContext &ctx, const Command &c) {
    auto org = loadOrganisation(ctx.db, ctx.actor, c.target);
    if (!org) return org.error();
    if (ctx.actor.orgId != org->id)
        return makeError(ErrorCode::Forbidden,
                         OrganisationcommandsTr::tr("Only members may edit their organisation."));
    auto given = payload::object(c.payload, QStringLiteral("profile"));
    if (!given) return given.error();
    auto schema = FormSchema::load(profileFormFor(org->kind));
    if (!schema) return schema.error();
    const QList<Error> errors =
        FormValidator::validate(*schema, *given, FormValidator::Mode::Draft);
    if (!errors.isEmpty()) return firstOf(errors);
    // Stored canonical: a code typed full-width or with spaces is the same code.
    const QJsonObject fields = FormValidator::canonical(*schema, *given);

    // Seed 002: after certification the legal type and the credit code are read-only.
    const QJsonObject old = org->profile;
    for (const QString &locked : fixedProfileFields(org->certified)) {
        if (fields.value(locked) != old.value(locked))
            return makeError(
                ErrorCode::Forbidden,
                OrganisationcommandsTr::tr("This field cannot change after certification."),
                locked);
    }
    return applyProfile(ctx, *org, fields, State::Draft);
}

Result<QJsonObject> submitProfile(CommandContext &ctx, const Command &c) {
    auto org = loadOrganisation(ctx.db, ctx.actor, c.target);
    if (!org) return org.error();
    if (ctx.actor.orgId != org->id)
        return makeError(ErrorCode::Forbidden,
                         OrganisationcommandsTr::tr("Only members may edit their organisation."));
    auto schema = FormSchema::load(profileFormFor(org->kind));
    if (!schema) return schema.error();
    const QList<Error> errors =
        FormValidator::validate(*schema, org->profile, FormValidator::Mode::Submit);
    if (!errors.isEmpty()) return firstOf(errors);
    return applyProfile(ctx, *org, org->profile, State::Submitted);
}

Result<QJsonObject> answerSurvey(CommandContext &ctx, const Command &c) {
    auto org = loadOrganisation(ctx.db, ctx.actor, c.target);
    if (!org) return org.error();
    if (ctx.actor.orgId != org->id || org->kind != QStringLiteral("enterprise"))
        return makeError(
            ErrorCode::Forbidden,
            OrganisationcommandsTr::tr("Only the enterprise itself answers its survey."));
    auto answers = payload::object(c.payload, QStringLiteral("answers"));
    if (!answers) return answers.error();
    auto schema = FormSchema::load(QStringLiteral("demand_survey"));
    if (!schema) return schema.error();
    const QList<Error> errors =
        FormValidator::validate(*schema, *answers, FormValidator::Mode::Submit);
    if (!errors.isEmpty()) return firstOf(errors);
    const QJsonObject stored = FormValidator::canonical(*schema, *answers);
    auto u = ctx.db.exec(QStringLiteral("UPDATE organisations SET survey = ?, survey_done = 1, "
                                        "updated_at = ? WHERE id = ?"),
                         {QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)),
                          ctx.now, org->id});
    if (!u) return u.error();
    auto rev = ChangeFeed::publishRow(ctx.db, Entity::Organisations, org->id, org->scope());
    if (!rev) return rev.error();
    ctx.lastRev = *rev;
    return QJsonObject{};
}

Result<QJsonObject> decideEligibility(CommandContext &ctx, const Command &c) {
    auto org = loadOrganisation(ctx.db, ctx.actor, c.target);
    if (!org) return org.error();
    auto t = eligibilityWorkflow().authorize(ctx.actor, c.type, {}, org->eligibility,
                                             TargetScope{org->id, org->region});
    if (!t) return t.error();
    if (!org->certified)
        return makeError(ErrorCode::InvalidTransition,
                         OrganisationcommandsTr::tr(
                             "The eligibility offer comes after certification is approved."));
    auto u = ctx.db.exec(QStringLiteral("UPDATE organisations SET eligibility = ?, updated_at = ? "
                                        "WHERE id = ?"),
                         {t->to, ctx.now, org->id});
    if (!u) return u.error();
    auto rev = ChangeFeed::publishRow(ctx.db, Entity::Organisations, org->id, org->scope());
    if (!rev) return rev.error();
    ctx.lastRev = *rev;
    return QJsonObject{{QStringLiteral("eligibility"), t->to}};
}

}  // namespace

void registerOrganisationCommands(CommandTable &t) {
    t.insert(QStringLiteral("organisation.save"), {saveProfile});
    t.insert(QStringLiteral("organisation.submit"), {submitProfile});
    t.insert(QStringLiteral("survey.answer"), {answerSurvey});
    t.insert(QStringLiteral("eligibility.accept"), {decideEligibility});
    t.insert(QStringLiteral("eligibility.decline"), {decideEligibility});
}

}  // namespace dx
