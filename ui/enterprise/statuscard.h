#pragma once

#include <QFrame>
#include <QString>

#include "models/workflow/applicantprogress.h"

class QLabel;
class QPushButton;

namespace dx {

/// The card at the top of the enterprise workspace: the certification state in the programme's
/// terms, the reason of the last rejection, what happens next, and the next action as a button.
/// It shows an ApplicantProgress (models/) and asks the workspace to act; it decides nothing.
class StatusCard : public QFrame {
    Q_OBJECT
public:
    /// What the card's buttons ask the workspace to do.
    enum class Action { OpenProfile, OpenSurvey, OpenApplication, Withdraw };
    Q_ENUM(Action)

    explicit StatusCard(QWidget *parent = nullptr);

    /// Shows `progress`; `pendingSync` while a certification command waits in the outbox.
    void setProgress(const ApplicantProgress &progress, bool pendingSync);

    ApplicantProgress::Next next() const { return m_next; }
    /// The state in one line, e.g. "Under review (待审核)".
    QString stateText() const;
    /// What this means and what happens next.
    QString detailText() const;
    /// The reason of the last rejection, empty when there is none.
    QString reasonText() const;
    QPushButton *primaryButton() const { return m_primary; }
    /// Withdraw, while the application is under review and the workflow allows it.
    QPushButton *withdrawButton() const { return m_withdraw; }

signals:
    void actionRequested(dx::StatusCard::Action action);

private:
    void setPrimary(const QString &text, Action action);

    ApplicantProgress::Next m_next = ApplicantProgress::Next::CompleteProfile;
    Action m_primaryAction = Action::OpenProfile;
    QLabel *m_state = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_primary = nullptr;
    QPushButton *m_withdraw = nullptr;
};

}  // namespace dx
