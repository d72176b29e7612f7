// listing.save / submit / withdraw / delist (商品上架), docs/LISTINGS.md. The reviewers' commands
// are in listingreviewcommands.cpp.
#include <QCoreApplication>

#include "models/commands/listingrules.h"
#include "models/commands/organisationrules.h"
#include "models/commands/payload.h"
#include "models/commands/registry.h"
#include "models/core/clock.h"
#include "models/listings/listingvalidator.h"
#include "models/store/database.h"
#include "models/sync/changefeed.h"
#include "models/workflow/listingworkflow.h"
#include "models/workflow/tasks.h"

namespace dx {

namespace {
class ListingcommandsTr {
    Q_DECLARE_TR_FUNCTIONS(ListingCommands)
};

using namespace ListingRules;

Result<QJsonObject> save(CommandContext &ctx, const Command &c) {
    auto listing = payload::object(c.payload, QStringLiteral("listing"));
    if (!listing) return listing.error();
    const QList<Error> errors = ListingValidator::validate(*listing, ListingValidator::Mode::Draft);
    if (!errors.isEmpty()) return firstOf(errors);
    const QString name = listing->value(QStringLiteral("name")).toString().trimmed();
    const QString data = ListingStore::serialize(*listing);

    QString id = c.target;
    QString state;
    if (id.isEmpty()) {
        if (ctx.actor.orgId.isEmpty())
            return makeError(ErrorCode::Forbidden,
                             ListingcommandsTr::tr("Only an organisation may list."));
        auto t = listingWorkflow().authorize(ctx.actor, c.type, {}, {}, {ctx.actor.orgId, {}});
        if (!t) return t.error();
        if (auto may = organisationMayList(ctx.db, ctx.actor.orgId); !may) return may.error();
        auto org = loadOrganisation(ctx.db, ctx.actor, ctx.actor.orgId);
        if (!org) return org.error();
        id = derivedId(c.id, QStringLiteral("listing"));
        state = t->to;
        auto ins = ctx.db.exec(
            QStringLiteral(
                "INSERT INTO listings (id, org_id, org_kind, org_name, state, name, "
                "data, created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
            {id, org->id, org->kind, org->name, state, name, data, ctx.actor.userId, ctx.now,
             ctx.now});
        if (!ins) return ins.error();
    } else {
        auto l = ListingStore::load(ctx.db, ctx.actor, id);
        if (!l) return l.error();
        auto t = listingWorkflow().authorize(ctx.actor, c.type, {}, l->state, {l->orgId, {}});
        if (!t) return t.error();
        if (auto may = organisationMayList(ctx.db, l->orgId); !may) return may.error();
        state = l->state;  // saving keeps the state: a rejected listing stays rejected until
                           // it is submitted again
        auto u = ctx.db.exec(
            QStringLiteral("UPDATE listings SET name = ?, data = ?, updated_at = ? WHERE id = ?"),
            {name, data, ctx.now, id});
        if (!u) return u.error();
    }
    auto idx = ListingStore::refreshIndex(ctx.db, id, state, *listing);
    if (!idx) return idx.error();
    auto row = ctx.db.scalar(QStringLiteral("SELECT org_id FROM listings WHERE id = ?"), {id});
    if (!row) return row.error();
    auto rev = ChangeFeed::publishRow(ctx.db, kEntity, id, Scope{row->toString(), {}, {}});
    if (!rev) return rev.error();
    ctx.lastRev = *rev;
    return QJsonObject{{QStringLiteral("listing_id"), id}};
}

Result<QJsonObject> submit(CommandContext &ctx, const Command &c) {
    auto l = ListingStore::load(ctx.db, ctx.actor, c.target);
    if (!l) return l.error();
    const bool self = l->orgKind == QStringLiteral("enterprise");
    auto t = listingWorkflow().authorize(
        ctx.actor, c.type, self ? QStringLiteral("self") : QString(), l->state, {l->orgId, {}});
    if (!t) return t.error();
    if (auto may = organisationMayList(ctx.db, l->orgId); !may) return may.error();
    const QList<Error> errors = ListingValidator::validate(l->data, ListingValidator::Mode::Submit);
    if (!errors.isEmpty()) return firstOf(errors);
    if (self) {
        // Seed 003 §2: an enterprise publishes its own products once certified (checked above)
        // with a complete profile; there is no review.
        auto org = loadOrganisation(ctx.db, ctx.actor, l->orgId);
        if (!org) return org.error();
        if (org->profileState != State::Submitted)
            return makeError(
                ErrorCode::InvalidTransition,
                ListingcommandsTr::tr("Complete and submit the organisation's profile first."),
                QStringLiteral("profile"));
    }
    auto blobs = checkBlobs(ctx, l->data);
    if (!blobs) return blobs.error();

    auto u = ctx.db.exec(
        QStringLiteral("UPDATE listings SET round = round + 1, experts = '[]', submitted_by = ?, "
                       "submitted_at = ? WHERE id = ?"),
        {ctx.actor.userId, ctx.now, l->id});
    if (!u) return u.error();
    ListingRow moved = *l;
    moved.round += 1;
    moved.submittedBy = ctx.actor.userId;
    auto s = setState(ctx, moved, t->to);
    if (!s) return s.error();
    if (!self) {
        auto task = openTask(ctx, moved, TaskKind::ListingReview, Role::Operator);
        if (!task) return task.error();
    }
    return QJsonObject{{QStringLiteral("state"), t->to}};
}

Result<QJsonObject> withdraw(CommandContext &ctx, const Command &c) {
    auto l = ListingStore::load(ctx.db, ctx.actor, c.target);
    if (!l) return l.error();
    auto t = listingWorkflow().authorize(ctx.actor, c.type, {}, l->state, {l->orgId, {}});
    if (!t) return t.error();
    auto a = cancelAssignments(ctx, *l);
    if (!a) return a.error();
    auto closed = Tasks::close(ctx.db, kEntity, l->id, TaskState::Cancelled, ctx.actor.userId,
                               State::Withdrawn, ctx.now);
    if (!closed) return closed.error();
    auto s = setState(ctx, *l, t->to);
    if (!s) return s.error();
    return QJsonObject{{QStringLiteral("state"), t->to}};
}

Result<QJsonObject> delist(CommandContext &ctx, const Command &c) {
    auto l = ListingStore::load(ctx.db, ctx.actor, c.target);
    if (!l) return l.error();
    auto reason = payload::text(c.payload, QStringLiteral("reason"), 500);
    if (!reason) return reason.error();
    auto t = listingWorkflow().authorize(ctx.actor, c.type, {}, l->state, {l->orgId, {}});
    if (!t) return t.error();
    auto s = setState(ctx, *l, t->to, {}, *reason);
    if (!s) return s.error();
    if (ctx.actor.is(Role::Operator)) {
        auto n = notifySubmitter(
            ctx, *l, ListingcommandsTr::tr("Listing delisted"),
            ListingcommandsTr::tr("The platform delisted “%1”: %2").arg(l->name, *reason));
        if (!n) return n.error();
    }
    return QJsonObject{{QStringLiteral("state"), t->to}};
}

}  // namespace

void registerListingCommands(CommandTable &t) {
    t.insert(QStringLiteral("listing.save"), listingCommand(save));
    t.insert(QStringLiteral("listing.submit"), listingCommand(submit));
    t.insert(QStringLiteral("listing.withdraw"), listingCommand(withdraw));
    t.insert(QStringLiteral("listing.delist"), listingCommand(delist));
    registerListingReviewCommands(t);
}

}  // namespace dx
