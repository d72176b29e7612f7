// certification.submit / decide / withdraw (企业认证; provider qualification with the operator).
#include <QCoreApplication>
#include <QFile>

#include "models/blobs/blobstore.h"
#include "models/commands/blobreference.h"
#include "models/commands/organisationrules.h"
#include "models/commands/payload.h"
#include "models/commands/registry.h"
#include "models/core/clock.h"
#include "models/domain/phone.h"
#include "models/domain/uploadrule.h"
#include "models/store/database.h"
#include "models/sync/changefeed.h"
#include "models/workflow/states.h"
#include "models/workflow/tasks.h"
#include "models/workflow/workflow.h"

namespace dx {

namespace {
class CertificationcommandsTr {
    Q_DECLARE_TR_FUNCTIONS(CertificationCommands)
};

constexpr QLatin1StringView kCertifications = Entity::Certifications;

struct CertRow {
    QString id;
    QString orgId;
    QString orgKind;
    QString state;
    QString region;
    QString applicantId;
    QString orgName;
    qint64 rev = 0;
    Scope scope() const { return Visibility::ofOrganisation(orgId, orgKind, region); }
};

Result<CertRow> loadCertification(Database &db, const Actor &actor, const QString &id) {
    auto row = db.one(QStringLiteral("SELECT id, org_id, org_kind, state, region, applicant_id, "
                                     "org_name, rev FROM certifications WHERE id = ?"),
                      {id});
    if (!row) return row.error();
    auto notFound =
        makeError(ErrorCode::NotFound, CertificationcommandsTr::tr("No such application."),
                  QStringLiteral("target"));
    if (!row->has_value()) return notFound;
    const QVariantMap &r = **row;
    CertRow c{id,
              r.value(QStringLiteral("org_id")).toString(),
              r.value(QStringLiteral("org_kind")).toString(),
              r.value(QStringLiteral("state")).toString(),
              r.value(QStringLiteral("region")).toString(),
              r.value(QStringLiteral("applicant_id")).toString(),
              r.value(QStringLiteral("org_name")).toString(),
              r.value(QStringLiteral("rev")).toLongLong()};
    if (!Visibility::canSee(actor, c.scope())) return notFound;
    return c;
}

// A referenced blob must exist on the server (else the command waits: `retry`) and pass its rule.
Status checkDocument(CommandContext &ctx, const QString &field, const QString &sha) {
    if (!BlobStore::isValidHash(sha))
        return makeError(ErrorCode::Invalid,
                         CertificationcommandsTr::tr("Not a document reference (SHA-256)."), field);
    if (!ctx.blobs) return Ok{};  // an offline replica checked the file when it was attached
    auto available = checkBlobAvailable(ctx, field, sha);
    if (!available) return available;
    QFile f(ctx.blobs->pathOf(sha));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BlobMissing,
                         CertificationcommandsTr::tr("The document cannot be read."), field);
    const auto rule = UploadRule::forPurpose(
        field == QStringLiteral("attachment") ? QStringLiteral("case_document") : field);
    return rule->check(f, QString(), field);
}

Result<QJsonObject> submit(CommandContext &ctx, const Command &c) {
    auto org = loadOrganisation(ctx.db, ctx.actor, c.target);
    if (!org) return org.error();
    auto contact = payload::text(c.payload, QStringLiteral("contact"), 50);
    if (!contact) return contact.error();
    auto phoneText = payload::text(c.payload, QStringLiteral("phone"), 20);
    if (!phoneText) return phoneText.error();
    auto phone = Phone::parse(*phoneText, QStringLiteral("phone"));
    if (!phone) return phone.error();
    QStringList docs;
    for (const QString &field :
         {QStringLiteral("license"), QStringLiteral("id_front"), QStringLiteral("id_back")}) {
        auto sha = payload::text(c.payload, field, 64);
        if (!sha) return sha.error();
        docs << *sha;
    }

    auto latest =
        ctx.db.one(QStringLiteral("SELECT state, version FROM certifications WHERE org_id = ? "
                                  "ORDER BY version DESC LIMIT 1"),
                   {org->id});
    if (!latest) return latest.error();
    const QString state =
        latest->has_value() ? (*latest)->value(QStringLiteral("state")).toString() : QString();
    const int version =
        latest->has_value() ? (*latest)->value(QStringLiteral("version")).toInt() + 1 : 1;
    auto t = certificationWorkflow(org->kind).authorize(ctx.actor, c.type, {}, state,
                                                        TargetScope{org->id, org->region});
    if (!t) return t.error();
    if (org->profileState != State::Submitted)
        return makeError(
            ErrorCode::InvalidTransition,
            CertificationcommandsTr::tr("Complete and submit the organisation's profile first."),
            QStringLiteral("profile"));
    // Seed 001: an enterprise that has not answered the demand survey is not certified.
    if (org->kind == QStringLiteral("enterprise") && !org->surveyDone)
        return makeError(
            ErrorCode::InvalidTransition,
            CertificationcommandsTr::tr("Answer the demand survey (企业需求调研表) first."),
            QStringLiteral("survey"));
    const QStringList fields{QStringLiteral("license"), QStringLiteral("id_front"),
                             QStringLiteral("id_back")};
    for (int i = 0; i < 3; ++i) {
        auto ok = checkDocument(ctx, fields[i], docs[i]);
        if (!ok) return ok.error();
    }
    // An optional supporting document (e.g. an annual report PDF).
    auto attachment = payload::text(c.payload, QStringLiteral("attachment"), 64, false);
    if (!attachment) return attachment.error();
    if (!attachment->isEmpty()) {
        auto ok = checkDocument(ctx, QStringLiteral("attachment"), *attachment);
        if (!ok) return ok.error();
    }

    const QString id = derivedId(c.id, QStringLiteral("certification"));
    auto ins = ctx.db.exec(
        QStringLiteral("INSERT INTO certifications (id, org_id, version, state, "
                       "org_kind, org_name, credit_code, region, contact, phone, "
                       "license_blob, id_front_blob, id_back_blob, attachment_blob, "
                       "applicant_id, submitted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {id, org->id, version, State::Submitted, org->kind, org->name, org->creditCode, org->region,
         *contact, phone->toString(), docs[0], docs[1], docs[2], *attachment, ctx.actor.userId,
         ctx.now});
    if (!ins) return ins.error();
    const CertRow cert{id,          org->id,          org->kind, State::Submitted,
                       org->region, ctx.actor.userId, org->name, 0};
    auto rev = ChangeFeed::publishRow(ctx.db, kCertifications, id, cert.scope());
    if (!rev) return rev.error();
    const bool enterprise = org->kind == QStringLiteral("enterprise");
    auto task =
        Tasks::open(ctx.db,
                    {TaskKind::CertificationReview, kCertifications, id,
                     enterprise ? Role::CountyReviewer : Role::Operator, cert.scope(), org->name,
                     org->name, ctx.actor.userId, ctx.now + 15LL * 24 * 3600 * 1000},
                    ctx.now);
    if (!task) return task.error();
    ctx.lastRev = *task;
    return QJsonObject{{QStringLiteral("certification_id"), id},
                       {QStringLiteral("version"), version}};
}

Result<QJsonObject> decide(CommandContext &ctx, const Command &c) {
    auto cert = loadCertification(ctx.db, ctx.actor, c.target);
    if (!cert) return cert.error();
    auto decision = payload::oneOf(c.payload, QStringLiteral("decision"),
                                   {QStringLiteral("approve"), QStringLiteral("reject")});
    if (!decision) return decision.error();
    auto reason = payload::text(c.payload, QStringLiteral("reason"), 500,
                                *decision == QStringLiteral("reject"));
    if (!reason) return reason.error();
    if (c.baseRev < 0)
        return makeError(ErrorCode::Required,
                         CertificationcommandsTr::tr(
                             "A decision must say which version of the application it is about."),
                         QStringLiteral("base_rev"));

    auto t = certificationWorkflow(cert->orgKind)
                 .authorize(ctx.actor, c.type, *decision, cert->state,
                            TargetScope{cert->orgId, cert->region});
    // Someone else decided first: a conflict with the current state, never a silent overwrite.
    if ((!t && t.error().code != QLatin1String(ErrorCode::Forbidden)) ||
        (t && c.baseRev != cert->rev)) {
        Error e = makeError(
            ErrorCode::Conflict,
            CertificationcommandsTr::tr("This application changed since you opened it (now: %1).")
                .arg(cert->state),
            QStringLiteral("base_rev"));
        e.details.insert(QStringLiteral("current"), currentRow(ctx.db, kCertifications, cert->id));
        return e;
    }
    if (!t) return t.error();

    auto u = ctx.db.exec(QStringLiteral("UPDATE certifications SET state = ?, decided_by = ?, "
                                        "decided_at = ?, reason = ? WHERE id = ?"),
                         {t->to, ctx.actor.userId, ctx.now, *reason, cert->id});
    if (!u) return u.error();
    auto rev = ChangeFeed::publishRow(ctx.db, kCertifications, cert->id, cert->scope());
    if (!rev) return rev.error();
    if (*decision == QStringLiteral("approve")) {
        auto o = ctx.db.exec(
            QStringLiteral("UPDATE organisations SET certified = 1, updated_at = ? WHERE id = ?"),
            {ctx.now, cert->orgId});
        if (!o) return o.error();
        auto org = loadOrganisation(ctx.db, Actor::system(), cert->orgId);
        if (!org) return org.error();
        auto p = ChangeFeed::publishRow(ctx.db, Entity::Organisations, org->id, org->scope());
        if (!p) return p.error();
    }
    auto closed = Tasks::close(ctx.db, kCertifications, cert->id, TaskState::Done, ctx.actor.userId,
                               *decision, ctx.now);
    if (!closed) return closed.error();
    const bool approved = *decision == QStringLiteral("approve");
    auto n = Notifications::queue(
        ctx.db, cert->applicantId,
        approved ? CertificationcommandsTr::tr("Certification approved")
                 : CertificationcommandsTr::tr("Certification rejected"),
        approved ? CertificationcommandsTr::tr("The certification of %1 was approved.")
                       .arg(cert->orgName)
                 : CertificationcommandsTr::tr("The certification of %1 was rejected: %2")
                       .arg(cert->orgName, *reason),
        ctx.now);
    if (!n) return n.error();
    ctx.lastRev = *n > 0 ? *n : *closed;
    return QJsonObject{{QStringLiteral("state"), t->to}};
}

Result<QJsonObject> withdraw(CommandContext &ctx, const Command &c) {
    auto cert = loadCertification(ctx.db, ctx.actor, c.target);
    if (!cert) return cert.error();
    auto t =
        certificationWorkflow(cert->orgKind)
            .authorize(ctx.actor, c.type, {}, cert->state, TargetScope{cert->orgId, cert->region});
    if (!t) return t.error();
    auto u = ctx.db.exec(QStringLiteral("UPDATE certifications SET state = ? WHERE id = ?"),
                         {t->to, cert->id});
    if (!u) return u.error();
    auto rev = ChangeFeed::publishRow(ctx.db, kCertifications, cert->id, cert->scope());
    if (!rev) return rev.error();
    auto closed = Tasks::close(ctx.db, kCertifications, cert->id, TaskState::Cancelled,
                               ctx.actor.userId, State::Withdrawn, ctx.now);
    if (!closed) return closed.error();
    ctx.lastRev = *closed > 0 ? *closed : *rev;
    return QJsonObject{{QStringLiteral("state"), t->to}};
}

}  // namespace

void registerCertificationCommands(CommandTable &t) {
    t.insert(QStringLiteral("certification.submit"), {submit});
    t.insert(QStringLiteral("certification.decide"), {decide});
    t.insert(QStringLiteral("certification.withdraw"), {withdraw});
}

}  // namespace dx
