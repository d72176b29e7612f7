#pragma once

#include <QString>
#include <QWidget>

#include "ui/enterprise/statuscard.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace dx {

struct Workbench;
class CertificationPage;
class FormWidget;

/// The workspace of an enterprise or a provider for flow 1 (registration and certification): a
/// status card on top (the state, the last rejection's reason, the next action), then
/// 基本资料 the organisation profile, 需求调研 the demand survey (enterprises), 企业认证 the
/// application with its documents, and after approval the eligibility offer. It opens on the
/// page of the next step. Reads the replica,
/// changes it only through SyncClient::perform, and re-reads on SyncClient::replicaChanged.
/// Form drafts are autosaved under `draftDir`.
class EnterpriseWorkspace : public QWidget {
    Q_OBJECT
public:
    EnterpriseWorkspace(Workbench &wb, const QString &draftDir, QWidget *parent = nullptr);
    ~EnterpriseWorkspace() override;

    /// Re-reads the organisation from the replica; forms the user is editing keep their edits.
    void refresh();

    /// "Save draft": organisation.save with the profile form's answers; false on refusal.
    bool saveProfile();
    /// "Submit": saves, then organisation.submit; false when the form or a command refuses.
    bool submitProfile();
    /// survey.answer with the survey form's answers; false on refusal.
    bool submitSurvey();

    FormWidget *profileForm() const { return m_profile; }
    /// The demand survey; nullptr for providers, who answer none.
    FormWidget *surveyForm() const { return m_survey; }
    CertificationPage *certificationPage() const { return m_certification; }
    StatusCard *statusCard() const { return m_card; }
    QPushButton *submitProfileButton() const { return m_submitProfile; }
    QPushButton *submitSurveyButton() const { return m_submitSurvey; }
    QTabWidget *tabs() const { return m_tabs; }
    QString profileMessage() const;
    QString surveyMessage() const;

    /// What "Choose file…" does after the file dialog (see CertificationPage::chooseFile).
    bool chooseFile(const QString &slot, const QString &path);
    QString slotMessage(const QString &slot) const;
    QPushButton *submitCertificationButton() const;
    QString certificationStatusText() const;
    QLineEdit *contactEdit() const;
    QLineEdit *phoneEdit() const;

private:
    QWidget *buildProfilePage(const QString &draftDir);
    QWidget *buildSurveyPage(const QString &draftDir);
    void showPrerequisite(const QString &what, const QString &message);
    void refreshCard();
    void act(StatusCard::Action action);
    void updateSubmitButtons();

    Workbench &m_wb;
    bool m_provider = false;
    StatusCard *m_card = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_submitProfile = nullptr;
    QPushButton *m_submitSurvey = nullptr;
    bool m_profileSubmitted = false;
    bool m_surveyDone = false;
    FormWidget *m_profile = nullptr;
    QLabel *m_profileState = nullptr;
    QLabel *m_profileMessage = nullptr;
    FormWidget *m_survey = nullptr;
    QLabel *m_surveyState = nullptr;
    QLabel *m_surveyMessage = nullptr;
    CertificationPage *m_certification = nullptr;
    int m_profileTab = -1;
    int m_surveyTab = -1;
    int m_certificationTab = -1;
    bool m_openedOnNextStep = false;
};

}  // namespace dx
