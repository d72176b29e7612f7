#include "models/commands/listingrules.h"

#include <QCoreApplication>
#include <QFile>

#include "models/blobs/blobstore.h"
#include "models/commands/blobreference.h"
#include "models/commands/payload.h"
#include "models/domain/filesniffer.h"
#include "models/domain/uploadrule.h"
#include "models/listings/listingvalidator.h"
#include "models/store/database.h"
#include "models/sync/changefeed.h"
#include "models/workflow/listingworkflow.h"
#include "models/workflow/tasks.h"

namespace dx {

namespace {
class ListingrulesTr {
    Q_DECLARE_TR_FUNCTIONS(ListingCommands)
};

void bump(CommandContext &ctx, const Result<qint64> &rev) {
    if (rev && *rev > ctx.lastRev) ctx.lastRev = *rev;
}
}  // namespace

CommandSpec ListingRules::listingCommand(CommandHandler handler) {
    return CommandSpec{.handler = std::move(handler), .permission = Menu::Listings};
}

Status ListingRules::checkBlobs(CommandContext &ctx, const QJsonObject &listing) {
    if (!ctx.blobs) return Ok{};
    for (const auto &ref : ListingValidator::blobs(listing)) {
        auto available = checkBlobAvailable(ctx, ref.field, ref.sha);
        if (!available) return available;
        QFile f(ctx.blobs->pathOf(ref.sha));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::BlobMissing, ListingrulesTr::tr("The file cannot be read."),
                             ref.field);
        if (ref.purpose == QStringLiteral("listing_media")) {
            // Screenshots are images under the image rule; videos are mp4 under the document
            // rule (seed 001: 上传图片或视频).
            const QString type = FileSniffer::sniff(f.peek(FileSniffer::HeadBytes));
            const bool video = type == QStringLiteral("mp4");
            auto ok = UploadRule::forPurpose(video ? QStringLiteral("case_document")
                                                   : QStringLiteral("listing_image"))
                          ->check(f, QString(), ref.field);
            if (!ok) return ok.error();
            continue;
        }
        auto ok = UploadRule::forPurpose(ref.purpose)->check(f, QString(), ref.field);
        if (!ok) return ok.error();
    }
    return Ok{};
}

Result<Transition> ListingRules::authorizeDecision(CommandContext &ctx, const Command &c,
                                                   const ListingRow &l, const QString &variant) {
    if (c.baseRev < 0)
        return makeError(
            ErrorCode::Required,
            ListingrulesTr::tr("A decision must say which version of the listing it is about."),
            QStringLiteral("base_rev"));
    auto t = listingWorkflow().authorize(ctx.actor, c.type, variant, l.state, {l.orgId, {}});
    // Someone else decided first: a conflict with the current state, never a silent overwrite.
    if ((!t && t.error().code != QLatin1String(ErrorCode::Forbidden)) ||
        (t && c.baseRev != l.rev)) {
        Error e = makeError(
            ErrorCode::Conflict,
            ListingrulesTr::tr("This listing changed since you opened it (now: %1).").arg(l.state),
            QStringLiteral("base_rev"));
        e.details.insert(QStringLiteral("current"), currentRow(ctx.db, kEntity, l.id));
        return e;
    }
    return t;
}

Status ListingRules::setState(CommandContext &ctx, const ListingRow &l, const QString &state,
                              const QString &stage, const QString &reason) {
    const bool listing = state == State::Listed;
    auto u = ctx.db.exec(
        QStringLiteral("UPDATE listings SET state = ?, stage = ?, reason = ?, decided_by = ?, "
                       "listed_at = CASE WHEN ? = 1 THEN ? ELSE listed_at END, updated_at = ? "
                       "WHERE id = ?"),
        {state, stage, reason, ctx.actor.userId, listing ? 1 : 0, ctx.now, ctx.now, l.id});
    if (!u) return u.error();
    auto idx = ListingStore::refreshIndex(ctx.db, l.id, state, l.data);
    if (!idx) return idx;
    auto rev = ChangeFeed::publishRow(ctx.db, kEntity, l.id, l.scope());
    if (!rev) return rev.error();
    bump(ctx, rev);
    return Ok{};
}

Status ListingRules::cancelAssignments(CommandContext &ctx, const ListingRow &l) {
    auto open = ctx.db.all(QStringLiteral("SELECT id, user_id FROM listing_assignments WHERE "
                                          "listing_id = ? AND round = ? AND state = ?"),
                           {l.id, l.round, OpinionState::Pending});
    if (!open) return open.error();
    for (const QVariantMap &a : *open) {
        const QString id = a.value(QStringLiteral("id")).toString();
        const QString user = a.value(QStringLiteral("user_id")).toString();
        auto u = ctx.db.exec(QStringLiteral("UPDATE listing_assignments SET state = ?, "
                                            "updated_at = ? WHERE id = ?"),
                             {OpinionState::Cancelled, ctx.now, id});
        if (!u) return u.error();
        auto p =
            ChangeFeed::publishRow(ctx.db, Entity::ListingAssignments, id, Scope{{}, {}, user});
        if (!p) return p.error();
        bump(ctx, p);
    }
    auto o = ctx.db.all(QStringLiteral("SELECT id FROM listing_opinions WHERE listing_id = ? AND "
                                       "round = ? AND state = ?"),
                        {l.id, l.round, OpinionState::Pending});
    if (!o) return o.error();
    for (const QVariantMap &r : *o) {
        const QString id = r.value(QStringLiteral("id")).toString();
        auto u = ctx.db.exec(QStringLiteral("UPDATE listing_opinions SET state = ? WHERE id = ?"),
                             {OpinionState::Cancelled, id});
        if (!u) return u.error();
        auto p = ChangeFeed::publishRow(ctx.db, Entity::ListingOpinions, id, Scope{});
        if (!p) return p.error();
        bump(ctx, p);
    }
    return Ok{};
}

Status ListingRules::openTask(CommandContext &ctx, const ListingRow &l, const QString &kind,
                              const QString &role, const QString &userId) {
    Scope scope = l.scope();
    scope.userId = userId;
    auto t = Tasks::open(ctx.db,
                         {kind, kEntity, l.id, role, scope, l.name, l.orgName,
                          l.submittedBy.isEmpty() ? ctx.actor.userId : l.submittedBy,
                          ctx.now + 15LL * 24 * 3600 * 1000},
                         ctx.now);
    if (!t) return t.error();
    bump(ctx, t);
    return Ok{};
}

Status ListingRules::notifySubmitter(CommandContext &ctx, const ListingRow &l,
                                     const QString &subject, const QString &body) {
    if (l.submittedBy.isEmpty()) return Ok{};
    auto n = Notifications::queue(ctx.db, l.submittedBy, subject, body, ctx.now);
    if (!n) return n.error();
    bump(ctx, n);
    return Ok{};
}

}  // namespace dx
