#include "ui/enterprise/statuscard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/workflow/states.h"

namespace dx {

namespace {

using Next = ApplicantProgress::Next;

QString reviewer(const ApplicantProgress &p) {
    // At the start of a sentence.
    return p.isProvider() ? StatusCard::tr("The platform operator (运营管理员)")
                          : StatusCard::tr("The county bureau (县区工信主管部门)");
}

}  // namespace

StatusCard::StatusCard(QWidget *parent) : QFrame(parent) {
    setObjectName(QStringLiteral("statusCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);  // follows the desktop's palette, light or dark

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("statusCardState"));
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_state->setFont(big);
    m_state->setAccessibleName(tr("Certification state"));
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("statusCardReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("statusCardDetail"));
    m_detail->setWordWrap(true);
    m_primary = new QPushButton(this);
    m_primary->setObjectName(QStringLiteral("statusCardAction"));
    m_withdraw = new QPushButton(tr("Withdraw the application"), this);
    m_withdraw->setObjectName(QStringLiteral("statusCardWithdraw"));

    auto *text = new QVBoxLayout;
    text->addWidget(m_state);
    text->addWidget(m_reason);
    text->addWidget(m_detail);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_primary);
    buttons->addWidget(m_withdraw);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout(this);
    row->addLayout(text, 1);
    row->addLayout(buttons);

    connect(m_primary, &QPushButton::clicked, this,
            [this] { emit actionRequested(m_primaryAction); });
    connect(m_withdraw, &QPushButton::clicked, this,
            [this] { emit actionRequested(Action::Withdraw); });
}

void StatusCard::setPrimary(const QString &text, Action action) {
    m_primary->setText(text);
    m_primaryAction = action;
}

void StatusCard::setProgress(const ApplicantProgress &p, bool pendingSync) {
    m_next = p.next;
    QString state;
    QString detail;
    QString reason;
    switch (p.next) {
        case Next::CompleteProfile:
            state = tr("Profile not submitted (基本资料未提交)");
            detail =
                tr("Fill in the organisation's profile and submit it. The certification "
                   "application comes next.");
            setPrimary(tr("Fill in the profile"), Action::OpenProfile);
            break;
        case Next::AnswerSurvey:
            state = tr("Demand survey not answered (需求调研未填写)");
            detail =
                tr("Enterprises answer the demand survey before they apply for "
                   "certification; the reviewer sees whether it was done.");
            setPrimary(tr("Answer the survey"), Action::OpenSurvey);
            break;
        case Next::Apply:
            if (p.state == State::Draft) {
                state = tr("Application withdrawn (已撤回)");
                detail = tr("Your withdrawn application is kept: correct it and submit it again.");
            } else if (p.state == State::Voided) {
                state = tr("Application voided (已作废)");
                reason = tr("Reason: %1").arg(p.lastRejection);
                detail = tr("Submit the application again. %1 reviews it.").arg(reviewer(p));
            } else {
                state = tr("Not certified (未认证)");
                detail = tr("Apply for certification: a contact person and phone, the business "
                            "licence and both sides of the legal representative's ID card. %1 "
                            "reviews it.")
                             .arg(reviewer(p));
            }
            setPrimary(tr("Apply for certification"), Action::OpenApplication);
            break;
        case Next::Resubmit:
            state = tr("Rejected (已驳回)");
            reason = tr("Reason of the rejection: %1").arg(p.lastRejection);
            detail = tr("Correct what the reviewer names and submit application %1 again; the "
                        "documents of the last application are kept, replace only those at "
                        "fault.")
                         .arg(p.version);
            setPrimary(tr("Correct and resubmit"), Action::OpenApplication);
            break;
        case Next::AwaitReview:
            state = tr("Under review (待审核)");
            if (p.version > 1 && !p.lastRejection.isEmpty())
                reason = tr("Last rejection: %1").arg(p.lastRejection);
            detail = (p.submittedAt.isValid()
                          ? tr("Application %1 was submitted on %2.")
                                .arg(p.version)
                                .arg(QLocale().toString(p.submittedAt, QLocale::ShortFormat))
                          : tr("Application %1 is submitted.").arg(p.version)) +
                     u' ' +
                     tr("%1 reviews it; you are told the result here and by SMS and e-mail. If it "
                        "is rejected, you correct it and submit it again. Until the decision you "
                        "may withdraw it to change it.")
                         .arg(reviewer(p));
            setPrimary(tr("View the application"), Action::OpenApplication);
            break;
        case Next::ClaimEligibility:
            state = tr("Certified (已认证)");
            detail =
                tr("Your enterprise is certified. Claim the subsidy eligibility (优惠资格) "
                   "once, or decline it for good.");
            setPrimary(tr("Claim the eligibility"), Action::OpenApplication);
            break;
        case Next::Done:
            state = tr("Certified (已认证)");
            detail = p.isProvider()
                         ? tr("Your organisation is certified. You may list products under My "
                              "products (我的商品).")
                         : tr("Your enterprise is certified. You may publish your own products "
                              "under My products (我的商品).");
            setPrimary(tr("View the certification"), Action::OpenApplication);
            break;
    }
    if (!p.known) {
        state = tr("Waiting for the first sync");
        detail =
            tr("Your organisation's profile and certification arrive from the server with "
               "the first sync; then this card says what to do next.");
        reason.clear();
    }
    if (pendingSync)
        detail = tr("Saved on this computer; it is sent to the server at the next sync.") + u' ' +
                 detail;
    m_state->setText(state);
    m_detail->setText(detail);
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    // Withdrawing is the workflow's to allow; it needs the server's id, so it waits for a sync.
    m_withdraw->setVisible(p.allows(QStringLiteral("certification.withdraw")));
    m_withdraw->setEnabled(!pendingSync);
}

QString StatusCard::stateText() const {
    return m_state->text();
}

QString StatusCard::detailText() const {
    return m_detail->text();
}

QString StatusCard::reasonText() const {
    return m_reason->text();
}

}  // namespace dx
