#include "models/commands/organisationrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "models/core/clock.h"
#include "models/store/database.h"
#include "models/sync/changefeed.h"
#include "models/workflow/states.h"
#include "models/workflow/tasks.h"

namespace dx {

namespace {
class OrganisationrulesTr {
    Q_DECLARE_TR_FUNCTIONS(OrganisationCommands)
};
}  // namespace

Result<OrgRow> loadOrganisation(Database &db, const Actor &actor, const QString &id) {
    auto row = db.one(QStringLiteral("SELECT * FROM organisations WHERE id = ?"), {id});
    if (!row) return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, OrganisationrulesTr::tr("No such organisation."),
                         QStringLiteral("target"));
    const QVariantMap &r = **row;
    OrgRow o;
    o.id = id;
    o.kind = r.value(QStringLiteral("kind")).toString();
    o.name = r.value(QStringLiteral("name")).toString();
    o.creditCode = r.value(QStringLiteral("credit_code")).toString();
    o.region = r.value(QStringLiteral("region")).toString();
    o.profile =
        QJsonDocument::fromJson(r.value(QStringLiteral("profile")).toString().toUtf8()).object();
    o.profileState = r.value(QStringLiteral("profile_state")).toString();
    o.surveyDone = r.value(QStringLiteral("survey_done")).toInt() != 0;
    o.certified = r.value(QStringLiteral("certified")).toInt() != 0;
    o.eligibility = r.value(QStringLiteral("eligibility")).toString();
    o.adminUserId = r.value(QStringLiteral("admin_user_id")).toString();
    o.rev = r.value(QStringLiteral("rev")).toLongLong();
    if (!Visibility::canSee(actor, o.scope()))
        return makeError(ErrorCode::NotFound, OrganisationrulesTr::tr("No such organisation."),
                         QStringLiteral("target"));
    return o;
}

QStringList fixedProfileFields(bool certified) {
    if (!certified) return {};
    return {QStringLiteral("credit_code"), QStringLiteral("enterprise_type")};
}

QString profileFormFor(const QString &orgKind) {
    return orgKind == QStringLiteral("provider") ? QStringLiteral("provider_profile")
                                                 : QStringLiteral("enterprise_profile");
}

Error firstOf(const QList<Error> &errors) {
    Error first = errors.first();
    QJsonArray all;
    for (const Error &e : errors) all.append(e.toJson());
    first.details.insert(QStringLiteral("errors"), all);
    return first;
}

Result<QJsonObject> applyProfile(CommandContext &ctx, const OrgRow &org, const QJsonObject &profile,
                                 const QString &profileState) {
    const QString name = profile.value(QStringLiteral("name")).toString().trimmed();
    const QString credit =
        profile.value(QStringLiteral("credit_code")).toString().trimmed().toUpper();
    const QString region = profile.value(QStringLiteral("region")).toString().trimmed();
    auto u = ctx.db.exec(
        QStringLiteral("UPDATE organisations SET name = ?, credit_code = ?, region = ?, "
                       "profile = ?, profile_state = ?, updated_at = ? WHERE id = ?"),
        {name, credit, region,
         QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)), profileState,
         ctx.now, org.id});
    if (!u) return u.error();
    OrgRow moved = org;
    moved.region = region;

    if (region != org.region) {
        // Seed 000: changing 所属地市 while an application is pending voids it.
        auto pending =
            ctx.db.all(QStringLiteral("SELECT id, region, applicant_id FROM certifications "
                                      "WHERE org_id = ? AND state = ?"),
                       {org.id, State::Submitted});
        if (!pending) return pending.error();
        for (const QVariantMap &p : pending.value()) {
            const QString certId = p.value(QStringLiteral("id")).toString();
            auto v = ctx.db.exec(
                QStringLiteral("UPDATE certifications SET state = ?, "
                               "region = ?, reason = ?, decided_at = ? WHERE id = ?"),
                {State::Voided, region,
                 OrganisationrulesTr::tr("The organisation's region changed; please submit again."),
                 ctx.now, certId});
            if (!v) return v.error();
            auto pub = ChangeFeed::publishRow(ctx.db, Entity::Certifications, certId, moved.scope(),
                                              org.scope());
            if (!pub) return pub.error();
            auto closed = Tasks::close(ctx.db, Entity::Certifications, certId, TaskState::Cancelled,
                                       QString(), State::Voided, ctx.now);
            if (!closed) return closed.error();
            auto n = Notifications::queue(
                ctx.db, p.value(QStringLiteral("applicant_id")).toString(),
                OrganisationrulesTr::tr("Certification voided"),
                OrganisationrulesTr::tr(
                    "Your certification application was voided because the organisation's "
                    "region changed. Please submit it again."),
                ctx.now);
            if (!n) return n.error();
        }
    }
    auto rev =
        ChangeFeed::publishRow(ctx.db, Entity::Organisations, org.id, moved.scope(), org.scope());
    if (!rev) return rev.error();
    ctx.lastRev = *rev;
    return QJsonObject{{QStringLiteral("profile_state"), profileState}};
}

}  // namespace dx
