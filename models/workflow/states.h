#pragma once

#include <QLatin1StringView>
#include <QStringList>

#include <array>

// The names of entity states, task and inbox states and synced entities, declared once. They are
// wire and database values: never rename one without a migration and a protocol change.
//
// Style: `inline constexpr QLatin1StringView`, not `inline const QString` (as Role does): a
// constexpr view is constant-initialised by the compiler, so it is safe in any static initialiser
// of any translation unit (no init order, no guard, no destructor). It compares with a QString
// without allocating and converts implicitly to QString, QVariant (SQL binds) and QJsonValue.

namespace dx {

/// States of the workflow entities (certifications.state, listings.state,
/// organisations.profile_state, organisations.eligibility). A name shared by several entities
/// (draft, rejected, submitted) is declared once.
namespace State {
// Shared: certification, listing and organisation profile.
inline constexpr QLatin1StringView Draft{"draft"};        ///< 草稿 (certification: withdrawn)
inline constexpr QLatin1StringView Rejected{"rejected"};  ///< 已驳回
// Certification (企业认证 / 服务商资质), and the organisation profile: draft → submitted.
inline constexpr QLatin1StringView Submitted{"submitted"};  ///< 待审核 / 已提交
inline constexpr QLatin1StringView Approved{"approved"};    ///< 已通过
inline constexpr QLatin1StringView Voided{"voided"};        ///< 已作废 (the region changed)
// Subsidy eligibility offer (优惠资格, organisations.eligibility).
inline constexpr QLatin1StringView NoAnswer{"none"};      ///< not accepted or declined (yet)
inline constexpr QLatin1StringView Accepted{"accepted"};  ///< 已领取
inline constexpr QLatin1StringView Declined{"declined"};  ///< 已放弃
// Listing (商品上架, docs/LISTINGS.md).
inline constexpr QLatin1StringView PendingInitial{"pending_initial"};  ///< 待初审
inline constexpr QLatin1StringView PendingExpert{"pending_expert"};    ///< 专家评审中
inline constexpr QLatin1StringView PendingFinal{"pending_final"};      ///< 待终审
inline constexpr QLatin1StringView Listed{"listed"};                   ///< 已上架
inline constexpr QLatin1StringView Withdrawn{"withdrawn"};             ///< 已撤销
inline constexpr QLatin1StringView Delisted{"delisted"};               ///< 已下架

/// Every state above: a workflow table may name no other (tests/unit/test_workflow.cpp).
inline constexpr std::array all{Draft,        Rejected, Submitted, Approved,       Voided,
                                NoAnswer,     Accepted, Declined,  PendingInitial, PendingExpert,
                                PendingFinal, Listed,   Withdrawn, Delisted};
}  // namespace State

/// Where a rejected listing was stopped (listings.stage).
namespace ListingStage {
inline constexpr QLatin1StringView Initial{"initial"};  ///< 初审
inline constexpr QLatin1StringView Expert{"expert"};    ///< 专家评审
inline constexpr QLatin1StringView Final{"final"};      ///< 终审
}  // namespace ListingStage

/// An expert's part in a review round (listing_assignments.state, listing_opinions.state).
namespace OpinionState {
inline constexpr QLatin1StringView Pending{"pending"};      ///< 待评审
inline constexpr QLatin1StringView Given{"given"};          ///< 已提交意见
inline constexpr QLatin1StringView Cancelled{"cancelled"};  ///< the round ended without it
}  // namespace OpinionState

/// Inbox tasks (待办, tasks.state).
namespace TaskState {
inline constexpr QLatin1StringView Open{"open"};            ///< 待办
inline constexpr QLatin1StringView Done{"done"};            ///< 已办 (tasks.outcome says how)
inline constexpr QLatin1StringView Cancelled{"cancelled"};  ///< 已取消 (withdrawn, voided)
}  // namespace TaskState

/// Kinds of inbox tasks (tasks.kind): the step that waits.
namespace TaskKind {
inline constexpr QLatin1StringView CertificationReview{"certification.review"};  ///< 认证审核
inline constexpr QLatin1StringView ListingReview{"listing.review"};  ///< 商品初审 / 复核
inline constexpr QLatin1StringView ListingExpertOpinion{"listing.expert_opinion"};  ///< 专家意见
inline constexpr QLatin1StringView ListingFinal{"listing.final"};  ///< 商品终审
}  // namespace TaskKind

/// The inbox's boxes (TaskFilter::box, GET /api/v1/tasks?box=).
namespace InboxBox {
inline constexpr QLatin1StringView Pending{"pending"};  ///< 待我审批
inline constexpr QLatin1StringView Mine{"mine"};        ///< 我的申请
inline constexpr QLatin1StringView History{"history"};  ///< 历史审批
inline constexpr std::array all{Pending, Mine, History};
}  // namespace InboxBox

/// A command's status: its outcome on the wire (applied, rejected, retry) and its row in a
/// replica's outbox (pending, applied, rejected, dismissed).
namespace CommandStatus {
inline constexpr QLatin1StringView Pending{"pending"};  ///< queued in the outbox, not yet final
inline constexpr QLatin1StringView Applied{"applied"};
inline constexpr QLatin1StringView Rejected{"rejected"};
inline constexpr QLatin1StringView Retry{"retry"};
inline constexpr QLatin1StringView Dismissed{"dismissed"};  ///< a problem the user put aside
}  // namespace CommandStatus

/// Synced entities: the tables whose rows the change feed carries (changes.entity), also
/// tasks.entity.
namespace Entity {
inline constexpr QLatin1StringView Users{"users"};
inline constexpr QLatin1StringView Organisations{"organisations"};
inline constexpr QLatin1StringView Certifications{"certifications"};  ///< 企业认证
inline constexpr QLatin1StringView Tasks{"tasks"};                    ///< 待办
inline constexpr QLatin1StringView Notifications{"notifications"};
inline constexpr QLatin1StringView Experts{"experts"};             ///< 专家库
inline constexpr QLatin1StringView BankAccounts{"bank_accounts"};  ///< 收款账号
inline constexpr QLatin1StringView Listings{"listings"};           ///< 商品
inline constexpr QLatin1StringView ListingOpinions{"listing_opinions"};
inline constexpr QLatin1StringView ListingAssignments{"listing_assignments"};
}  // namespace Entity

}  // namespace dx
