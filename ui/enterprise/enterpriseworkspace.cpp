#include "ui/enterprise/enterpriseworkspace.h"

#include <QDir>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/commands/organisationrules.h"
#include "models/sync/replica.h"
#include "models/workflow/applicantprogress.h"
#include "models/workflow/states.h"
#include "ui/enterprise/certificationpage.h"
#include "ui/forms/formwidget.h"

namespace dx {

namespace {

using Mode = FormValidator::Mode;

/// A refused form command carries every field error in details.errors (see firstOf()).
QList<Error> errorsOf(const Error &e) {
    QList<Error> out;
    for (const QJsonValue &v : e.details.value(QStringLiteral("errors")).toArray())
        out.append(Error::fromJson(v.toObject()));
    if (out.isEmpty()) out.append(e);
    return out;
}

void note(QLabel *label, const QString &text, bool error) {
    label->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *messageLabel(QWidget *parent, const QString &name) {
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->hide();
    return l;
}

QJsonObject parseObject(const QVariant &text) {
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

}  // namespace

EnterpriseWorkspace::EnterpriseWorkspace(Workbench &wb, const QString &draftDir, QWidget *parent)
    : QWidget(parent), m_wb(wb), m_provider(wb.actor.is(Role::Provider)) {
    auto *layout = new QVBoxLayout(this);
    m_card = new StatusCard(this);
    layout->addWidget(m_card);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("enterpriseTabs"));
    layout->addWidget(m_tabs, 1);

    m_profileTab = m_tabs->addTab(buildProfilePage(draftDir), tr("Profile"));
    if (!m_provider) m_surveyTab = m_tabs->addTab(buildSurveyPage(draftDir), tr("Demand survey"));
    m_certification = new CertificationPage(wb, m_tabs);
    m_certificationTab =
        m_tabs->addTab(m_certification, m_provider ? tr("Qualification") : tr("Certification"));
    connect(m_certification, &CertificationPage::prerequisiteMissing, this,
            &EnterpriseWorkspace::showPrerequisite);
    connect(m_card, &StatusCard::actionRequested, this, &EnterpriseWorkspace::act);
    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &EnterpriseWorkspace::refresh);
    connect(&m_wb.sync, &SyncClient::pendingCountChanged, this, &EnterpriseWorkspace::refreshCard);
    refresh();
}

EnterpriseWorkspace::~EnterpriseWorkspace() = default;

QWidget *EnterpriseWorkspace::buildProfilePage(const QString &draftDir) {
    auto *page = new QWidget(this);
    auto *l = new QVBoxLayout(page);
    m_profileState = new QLabel(page);
    m_profileState->setObjectName(QStringLiteral("profileState"));
    l->addWidget(m_profileState);
    const QString formName =
        m_provider ? QStringLiteral("provider_profile") : QStringLiteral("enterprise_profile");
    m_profileMessage = messageLabel(page, QStringLiteral("profileMessage"));
    auto schema = FormSchema::load(formName);
    if (!schema) {
        note(m_profileMessage, schema.error().message, true);
        l->addWidget(m_profileMessage);
        return page;
    }
    m_profile = new FormWidget(std::move(schema).value(), page);
    m_profile->setDraftFile(
        QDir(draftDir).filePath(m_wb.actor.orgId + u'-' + formName + QStringLiteral(".json")));
    l->addWidget(m_profile, 1);
    l->addWidget(m_profileMessage);
    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save draft"), page);
    save->setObjectName(QStringLiteral("saveProfile"));
    m_submitProfile = new QPushButton(tr("Submit"), page);
    m_submitProfile->setObjectName(QStringLiteral("submitProfile"));
    m_submitProfile->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(m_submitProfile);
    l->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, [this] { saveProfile(); });
    connect(m_submitProfile, &QPushButton::clicked, this, [this] { submitProfile(); });
    connect(m_profile, &FormWidget::changed, this, [this] {
        note(m_profileMessage, {}, false);
        updateSubmitButtons();
    });
    return page;
}

QWidget *EnterpriseWorkspace::buildSurveyPage(const QString &draftDir) {
    auto *page = new QWidget(this);
    auto *l = new QVBoxLayout(page);
    m_surveyState = new QLabel(page);
    m_surveyState->setObjectName(QStringLiteral("surveyState"));
    m_surveyState->setWordWrap(true);
    l->addWidget(m_surveyState);
    m_surveyMessage = messageLabel(page, QStringLiteral("surveyMessage"));
    auto schema = FormSchema::load(QStringLiteral("demand_survey"));
    if (!schema) {
        note(m_surveyMessage, schema.error().message, true);
        l->addWidget(m_surveyMessage);
        return page;
    }
    m_survey = new FormWidget(std::move(schema).value(), page);
    m_survey->setDraftFile(
        QDir(draftDir).filePath(m_wb.actor.orgId + QStringLiteral("-demand_survey.json")));
    l->addWidget(m_survey, 1);
    l->addWidget(m_surveyMessage);
    auto *buttons = new QHBoxLayout;
    m_submitSurvey = new QPushButton(tr("Submit survey"), page);
    m_submitSurvey->setObjectName(QStringLiteral("submitSurvey"));
    buttons->addStretch(1);
    buttons->addWidget(m_submitSurvey);
    l->addLayout(buttons);
    connect(m_submitSurvey, &QPushButton::clicked, this, [this] { submitSurvey(); });
    connect(m_survey, &FormWidget::changed, this, [this] {
        note(m_surveyMessage, {}, false);
        updateSubmitButtons();
    });
    return page;
}

void EnterpriseWorkspace::refresh() {
    auto org = m_wb.replica.db().one(QStringLiteral("SELECT profile, profile_state, survey, "
                                                    "survey_done, certified FROM organisations "
                                                    "WHERE id = ?"),
                                     {m_wb.actor.orgId});
    const QVariantMap o = org && org->has_value() ? **org : QVariantMap();
    const bool certified = o.value(QStringLiteral("certified")).toInt() != 0;
    m_profileSubmitted = o.value(QStringLiteral("profile_state")).toString() == State::Submitted;
    m_surveyDone = o.value(QStringLiteral("survey_done")).toInt() != 0;

    if (m_profile != nullptr) {
        if (!m_profile->isModified())
            m_profile->setAnswers(parseObject(o.value(QStringLiteral("profile"))));
        // Which fields are fixed is the commands' rule; the form only shows it.
        m_profile->setReadOnlyFields(fixedProfileFields(certified));
        QString state = m_profileSubmitted
                            ? tr("The profile is submitted.")
                            : tr("The profile is a draft: submit it before applying for "
                                 "certification.");
        if (certified)
            state += u' ' + tr("The organisation is certified: the credit code and the "
                               "enterprise type can no longer change.");
        m_profileState->setText(state);
    }
    if (m_survey != nullptr) {
        if (!m_survey->isModified())
            m_survey->setAnswers(parseObject(o.value(QStringLiteral("survey"))));
        m_surveyState->setText(m_surveyDone
                                   ? tr("The survey is answered; you may update your answers.")
                                   : tr("Answer the demand survey before applying for "
                                        "certification."));
    }
    updateSubmitButtons();
    refreshCard();
}

void EnterpriseWorkspace::updateSubmitButtons() {
    // Submitting again what the server already has does nothing: "Submit" waits for a change.
    if (m_submitProfile != nullptr) {
        const bool changed = m_profile->isModified();
        m_submitProfile->setEnabled(!m_profileSubmitted || changed);
        m_submitProfile->setToolTip(m_submitProfile->isEnabled()
                                        ? QString()
                                        : tr("The profile is submitted; change it to submit "
                                             "again."));
    }
    if (m_submitSurvey != nullptr) {
        m_submitSurvey->setEnabled(!m_surveyDone || m_survey->isModified());
        m_submitSurvey->setToolTip(m_submitSurvey->isEnabled()
                                       ? QString()
                                       : tr("The survey is answered; change an answer to "
                                            "submit it again."));
    }
}

void EnterpriseWorkspace::refreshCard() {
    auto progress = ApplicantProgress::of(m_wb.replica.db(), m_wb.actor);
    if (!progress) return;  // the replica is unreadable: the pages say so as they refresh
    m_card->setProgress(*progress, m_certification->isPendingSync());
    // Open on the page of the next step once the organisation is known (on a new machine, after
    // the first sync); later refreshes leave the user where they are.
    if (m_openedOnNextStep || !progress->known) return;
    m_openedOnNextStep = true;
    using Next = ApplicantProgress::Next;
    if (progress->next == Next::CompleteProfile)
        m_tabs->setCurrentIndex(m_profileTab);
    else if (progress->next == Next::AnswerSurvey && m_surveyTab >= 0)
        m_tabs->setCurrentIndex(m_surveyTab);
    else if (progress->next != Next::Done)
        m_tabs->setCurrentIndex(m_certificationTab);
}

void EnterpriseWorkspace::act(StatusCard::Action action) {
    switch (action) {
        case StatusCard::Action::OpenProfile:
            m_tabs->setCurrentIndex(m_profileTab);
            break;
        case StatusCard::Action::OpenSurvey:
            m_tabs->setCurrentIndex(m_surveyTab >= 0 ? m_surveyTab : m_profileTab);
            break;
        case StatusCard::Action::OpenApplication:
            m_tabs->setCurrentIndex(m_certificationTab);
            break;
        case StatusCard::Action::Withdraw:
            m_tabs->setCurrentIndex(m_certificationTab);  // where its message shows
            m_certification->withdraw();
            break;
    }
}

bool EnterpriseWorkspace::saveProfile() {
    if (m_profile == nullptr) return false;
    if (!m_profile->validate(Mode::Draft).isEmpty()) {
        note(m_profileMessage, tr("Correct the marked fields."), true);
        return false;
    }
    const Outcome out = m_wb.sync.perform(QStringLiteral("organisation.save"), m_wb.actor.orgId, -1,
                                          {{QStringLiteral("profile"), m_profile->answers()}});
    if (out.status != Outcome::Status::Applied) {
        m_profile->showErrors(errorsOf(out.error));
        note(m_profileMessage, out.error.message, true);
        return false;
    }
    m_profile->discardDraft();
    note(m_profileMessage, tr("Saved. It is sent to the server at the next sync."), false);
    return true;
}

bool EnterpriseWorkspace::submitProfile() {
    if (m_profile == nullptr) return false;
    if (!m_profile->validate(Mode::Submit).isEmpty()) {
        note(m_profileMessage, tr("Correct the marked fields."), true);
        return false;
    }
    if (!saveProfile()) return false;
    const Outcome out =
        m_wb.sync.perform(QStringLiteral("organisation.submit"), m_wb.actor.orgId, -1, {});
    if (out.status != Outcome::Status::Applied) {
        m_profile->showErrors(errorsOf(out.error));
        note(m_profileMessage, out.error.message, true);
        return false;
    }
    note(m_profileMessage, tr("Submitted. It is sent to the server at the next sync."), false);
    return true;
}

bool EnterpriseWorkspace::submitSurvey() {
    if (m_survey == nullptr) return false;
    if (!m_survey->validate(Mode::Submit).isEmpty()) {
        note(m_surveyMessage, tr("Correct the marked fields."), true);
        return false;
    }
    const Outcome out = m_wb.sync.perform(QStringLiteral("survey.answer"), m_wb.actor.orgId, -1,
                                          {{QStringLiteral("answers"), m_survey->answers()}});
    if (out.status != Outcome::Status::Applied) {
        m_survey->showErrors(errorsOf(out.error));
        note(m_surveyMessage, out.error.message, true);
        return false;
    }
    m_survey->discardDraft();
    note(m_surveyMessage, tr("Thank you. The survey is sent to the server at the next sync."),
         false);
    return true;
}

void EnterpriseWorkspace::showPrerequisite(const QString &what, const QString &message) {
    const bool survey = what == QStringLiteral("survey") && m_surveyTab >= 0;
    m_tabs->setCurrentIndex(survey ? m_surveyTab : m_profileTab);
    note(survey ? m_surveyMessage : m_profileMessage, message, true);
}

QString EnterpriseWorkspace::profileMessage() const {
    return m_profileMessage->text();
}

QString EnterpriseWorkspace::surveyMessage() const {
    return m_surveyMessage != nullptr ? m_surveyMessage->text() : QString();
}

bool EnterpriseWorkspace::chooseFile(const QString &slot, const QString &path) {
    return m_certification->chooseFile(slot, path);
}

QString EnterpriseWorkspace::slotMessage(const QString &slot) const {
    return m_certification->slotMessage(slot);
}

QPushButton *EnterpriseWorkspace::submitCertificationButton() const {
    return m_certification->submitButton();
}

QString EnterpriseWorkspace::certificationStatusText() const {
    return m_certification->statusText();
}

QLineEdit *EnterpriseWorkspace::contactEdit() const {
    return m_certification->contactEdit();
}

QLineEdit *EnterpriseWorkspace::phoneEdit() const {
    return m_certification->phoneEdit();
}

}  // namespace dx
