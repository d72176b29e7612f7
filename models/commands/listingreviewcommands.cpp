// listing.review / expert_opinion / final: the operator's initial review with expert assignment,
// the experts' opinions, the operator's second pass and the department's final review.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "models/commands/listingrules.h"
#include "models/commands/payload.h"
#include "models/commands/registry.h"
#include "models/core/clock.h"
#include "models/store/database.h"
#include "models/sync/changefeed.h"
#include "models/workflow/listingworkflow.h"
#include "models/workflow/tasks.h"

namespace dx {

namespace {
class ListingreviewcommandsTr {
    Q_DECLARE_TR_FUNCTIONS(ListingCommands)
};

using namespace ListingRules;

constexpr QLatin1StringView kAssignments = Entity::ListingAssignments;
constexpr QLatin1StringView kOpinions = Entity::ListingOpinions;

Status publish(CommandContext &ctx, const QString &table, const QString &id, const Scope &scope) {
    auto rev = ChangeFeed::publishRow(ctx.db, table, id, scope);
    if (!rev) return rev.error();
    ctx.lastRev = qMax(ctx.lastRev, *rev);
    return Ok{};
}

// The experts named in a passing initial review: 1–10 distinct users with the expert role.
Result<QStringList> expertsOf(CommandContext &ctx, const QJsonObject &p) {
    const QJsonArray a = p.value(QStringLiteral("experts")).toArray();
    const QString field = QStringLiteral("experts");
    if (a.isEmpty())
        return makeError(ErrorCode::Required,
                         ListingreviewcommandsTr::tr("Assign at least one expert."), field);
    if (a.size() > 10)
        return makeError(ErrorCode::OutOfRange,
                         ListingreviewcommandsTr::tr("At most %1 experts.").arg(10), field);
    QStringList ids;
    for (const QJsonValue &v : a) {
        const QString id = v.toString();
        if (ids.contains(id))
            return makeError(ErrorCode::Duplicate,
                             ListingreviewcommandsTr::tr("An expert is named twice."), field);
        auto role = ctx.db.scalar(QStringLiteral("SELECT role FROM users WHERE id = ?"), {id});
        if (!role) return role.error();
        // A client replica holds no other users' rows: it cannot judge, the server does.
        if (ctx.db.isReplica() && role->isNull()) {
            ids << id;
            continue;
        }
        if (role->toString() != Role::Expert)
            return makeError(ErrorCode::Invalid,
                             ListingreviewcommandsTr::tr("Not an expert: %1").arg(id.left(64)),
                             field);
        ids << id;
    }
    return ids;
}

Status assignExperts(CommandContext &ctx, const Command &c, ListingRow &l,
                     const QStringList &experts) {
    for (const QString &expert : experts) {
        const QString aid = derivedId(c.id, QStringLiteral("assignment:") + expert);
        auto a = ctx.db.exec(
            QStringLiteral("INSERT INTO listing_assignments (id, listing_id, user_id, round, "
                           "name, org_name, data, created_at, updated_at) "
                           "VALUES (?,?,?,?,?,?,?,?,?)"),
            {aid, l.id, expert, l.round, l.name, l.orgName, ListingStore::serialize(l.data),
             ctx.now, ctx.now});
        if (!a) return a.error();
        if (auto p = publish(ctx, kAssignments, aid, Scope{{}, {}, expert}); !p) return p;
        auto name =
            ctx.db.scalar(QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {expert});
        if (!name) return name.error();
        const QString oid = derivedId(c.id, QStringLiteral("opinion:") + expert);
        auto o = ctx.db.exec(
            QStringLiteral("INSERT INTO listing_opinions (id, listing_id, expert_user_id, "
                           "expert_name, round, created_at) VALUES (?,?,?,?,?,?)"),
            {oid, l.id, expert, name->toString(), l.round, ctx.now});
        if (!o) return o.error();
        if (auto p = publish(ctx, kOpinions, oid, Scope{}); !p) return p;
        if (auto t = openTask(ctx, l, TaskKind::ListingExpertOpinion, Role::Expert, expert); !t)
            return t;
    }
    auto u = ctx.db.exec(
        QStringLiteral("UPDATE listings SET experts = ? WHERE id = ?"),
        {QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(experts)).toJson(QJsonDocument::Compact)),
         l.id});
    if (!u) return u.error();
    l.experts = experts;
    return Ok{};
}

Status reject(CommandContext &ctx, const ListingRow &l, const QString &stage,
              const QString &reason) {
    if (auto a = cancelAssignments(ctx, l); !a) return a;
    auto closed = Tasks::close(ctx.db, kEntity, l.id, TaskState::Done, ctx.actor.userId,
                               QStringLiteral("reject"), ctx.now);
    if (!closed) return closed.error();
    if (auto s = setState(ctx, l, State::Rejected, stage, reason); !s) return s;
    return notifySubmitter(
        ctx, l, ListingreviewcommandsTr::tr("Listing rejected"),
        ListingreviewcommandsTr::tr("“%1” was not listed: %2").arg(l.name, reason));
}

Result<QJsonObject> review(CommandContext &ctx, const Command &c) {
    auto l = ListingStore::load(ctx.db, ctx.actor, c.target);
    if (!l) return l.error();
    auto decision = payload::oneOf(c.payload, QStringLiteral("decision"),
                                   {QStringLiteral("pass"), QStringLiteral("reject")});
    if (!decision) return decision.error();
    const bool pass = *decision == QStringLiteral("pass");
    auto reason = payload::text(c.payload, QStringLiteral("reason"), 500, !pass);
    if (!reason) return reason.error();
    auto t = authorizeDecision(ctx, c, *l, *decision);
    if (!t) return t.error();
    ListingRow row = *l;
    if (!pass) {
        const QString stage =
            l->state == State::PendingInitial ? ListingStage::Initial : ListingStage::Expert;
        if (auto r = reject(ctx, row, stage, *reason); !r) return r.error();
        return QJsonObject{{QStringLiteral("state"), t->to}};
    }
    // The operator's review task ends here; the experts' tasks are opened after it.
    auto closed = Tasks::close(ctx.db, kEntity, l->id, TaskState::Done, ctx.actor.userId,
                               QStringLiteral("pass"), ctx.now);
    if (!closed) return closed.error();
    if (l->state == State::PendingInitial) {
        auto experts = expertsOf(ctx, c.payload);
        if (!experts) return experts.error();
        if (auto a = assignExperts(ctx, c, row, *experts); !a) return a.error();
    } else {
        auto missing = ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM listing_opinions WHERE "
                                                    "listing_id = ? AND round = ? AND "
                                                    "state = ?"),
                                     {l->id, l->round, OpinionState::Pending});
        if (!missing) return missing.error();
        if (missing->toInt() > 0)
            return makeError(ErrorCode::InvalidTransition,
                             ListingreviewcommandsTr::tr("%1 expert opinions are still missing.")
                                 .arg(missing->toInt()),
                             QStringLiteral("experts"));
    }
    if (auto s = setState(ctx, row, t->to); !s) return s.error();
    if (t->to == State::PendingFinal) {
        if (auto o = openTask(ctx, row, TaskKind::ListingFinal, Role::Department); !o)
            return o.error();
    }
    return QJsonObject{{QStringLiteral("state"), t->to}};
}

Result<QJsonObject> expertOpinion(CommandContext &ctx, const Command &c) {
    auto l = ListingStore::load(ctx.db, ctx.actor, c.target);
    if (!l) return l.error();
    auto t = listingWorkflow().authorize(ctx.actor, c.type, {}, l->state, {l->orgId, {}});
    if (!t) return t.error();
    const QJsonValue scoreValue = c.payload.value(QStringLiteral("score"));
    const double score = scoreValue.toDouble(-1);
    if (!scoreValue.isDouble() || score != qRound(score) || score < 0 || score > 100)
        return makeError(ErrorCode::OutOfRange,
                         ListingreviewcommandsTr::tr("A whole score from 0 to 100."),
                         QStringLiteral("score"));
    auto opinion = payload::text(c.payload, QStringLiteral("opinion"), 500);
    if (!opinion) return opinion.error();
    auto a = ctx.db.one(QStringLiteral("SELECT id, state FROM listing_assignments WHERE "
                                       "listing_id = ? AND user_id = ? AND round = ?"),
                        {l->id, ctx.actor.userId, l->round});
    if (!a) return a.error();
    if (!a->has_value())
        return makeError(ErrorCode::NotFound, ListingreviewcommandsTr::tr("No such listing."),
                         QStringLiteral("target"));
    if ((*a)->value(QStringLiteral("state")).toString() != OpinionState::Pending)
        return makeError(ErrorCode::Duplicate,
                         ListingreviewcommandsTr::tr("You already gave your opinion."),
                         QStringLiteral("target"));
    const QString aid = (*a)->value(QStringLiteral("id")).toString();
    auto u = ctx.db.exec(QStringLiteral("UPDATE listing_assignments SET state = ?, score = ?, "
                                        "opinion = ?, updated_at = ? WHERE id = ?"),
                         {OpinionState::Given, qRound(score), *opinion, ctx.now, aid});
    if (!u) return u.error();
    if (auto p = publish(ctx, kAssignments, aid, Scope{{}, {}, ctx.actor.userId}); !p)
        return p.error();
    auto oid = ctx.db.scalar(QStringLiteral("SELECT id FROM listing_opinions WHERE listing_id = ? "
                                            "AND expert_user_id = ? AND round = ?"),
                             {l->id, ctx.actor.userId, l->round});
    if (!oid) return oid.error();
    auto o = ctx.db.exec(QStringLiteral("UPDATE listing_opinions SET state = ?, score = ?, "
                                        "opinion = ?, given_at = ? WHERE id = ?"),
                         {OpinionState::Given, qRound(score), *opinion, ctx.now, oid->toString()});
    if (!o) return o.error();
    if (auto p = publish(ctx, kOpinions, oid->toString(), Scope{}); !p) return p.error();
    auto closed = Tasks::close(ctx.db, kEntity, l->id, TaskState::Done, ctx.actor.userId,
                               QStringLiteral("opinion"), ctx.now, ctx.actor.userId);
    if (!closed) return closed.error();
    ctx.lastRev = qMax(ctx.lastRev, *closed);
    auto missing = ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM listing_opinions WHERE "
                                                "listing_id = ? AND round = ? AND state = ?"),
                                 {l->id, l->round, OpinionState::Pending});
    if (!missing) return missing.error();
    if (missing->toInt() == 0) {
        // All opinions are in: back to the operator for the second pass.
        if (auto r = openTask(ctx, *l, TaskKind::ListingReview, Role::Operator); !r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("state"), t->to}};
}

Result<QJsonObject> finalReview(CommandContext &ctx, const Command &c) {
    auto l = ListingStore::load(ctx.db, ctx.actor, c.target);
    if (!l) return l.error();
    auto decision = payload::oneOf(c.payload, QStringLiteral("decision"),
                                   {QStringLiteral("approve"), QStringLiteral("reject")});
    if (!decision) return decision.error();
    const bool approve = *decision == QStringLiteral("approve");
    auto reason = payload::text(c.payload, QStringLiteral("reason"), 500, !approve);
    if (!reason) return reason.error();
    auto t = authorizeDecision(ctx, c, *l, *decision);
    if (!t) return t.error();
    if (!approve) {
        if (auto r = reject(ctx, *l, ListingStage::Final, *reason); !r) return r.error();
        return QJsonObject{{QStringLiteral("state"), t->to}};
    }
    auto closed = Tasks::close(ctx.db, kEntity, l->id, TaskState::Done, ctx.actor.userId,
                               QStringLiteral("approve"), ctx.now);
    if (!closed) return closed.error();
    if (auto s = setState(ctx, *l, t->to); !s) return s.error();
    if (auto n = notifySubmitter(
            ctx, *l, ListingreviewcommandsTr::tr("Listing published"),
            ListingreviewcommandsTr::tr("“%1” is now listed in the catalog.").arg(l->name));
        !n)
        return n.error();
    return QJsonObject{{QStringLiteral("state"), t->to}};
}

}  // namespace

void registerListingReviewCommands(CommandTable &t) {
    t.insert(QStringLiteral("listing.review"), listingCommand(review));
    t.insert(QStringLiteral("listing.expert_opinion"), listingCommand(expertOpinion));
    t.insert(QStringLiteral("listing.final"), listingCommand(finalReview));
}

}  // namespace dx
