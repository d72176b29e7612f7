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
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("enterpriseTabs"));
    layout->addWidget(m_tabs);

    m_profileTab = m_tabs->addTab(buildProfilePage(draftDir), tr("Profile"));
    if (!m_provider) m_surveyTab = m_tabs->addTab(buildSurveyPage(draftDir), tr("Demand survey"));
    m_certification = new CertificationPage(wb, m_tabs);
    m_tabs->addTab(m_certification, m_provider ? tr("Qualification") : tr("Certification"));
    connect(m_certification, &CertificationPage::prerequisiteMissing, this,
            &EnterpriseWorkspace::showPrerequisite);
    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &EnterpriseWorkspace::refresh);
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
    auto *submit = new QPushButton(tr("Submit"), page);
    submit->setObjectName(QStringLiteral("submitProfile"));
    submit->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(submit);
    l->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, [this] { saveProfile(); });
    connect(submit, &QPushButton::clicked, this, [this] { submitProfile(); });
    connect(m_profile, &FormWidget::changed, this, [this] { note(m_profileMessage, {}, false); });
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
    auto *submit = new QPushButton(tr("Submit survey"), page);
    submit->setObjectName(QStringLiteral("submitSurvey"));
    buttons->addStretch(1);
    buttons->addWidget(submit);
    l->addLayout(buttons);
    connect(submit, &QPushButton::clicked, this, [this] { submitSurvey(); });
    connect(m_survey, &FormWidget::changed, this, [this] { note(m_surveyMessage, {}, false); });
    return page;
}

void EnterpriseWorkspace::refresh() {
    auto org = m_wb.replica.db().one(QStringLiteral("SELECT profile, profile_state, survey, "
                                                    "survey_done, certified FROM organisations "
                                                    "WHERE id = ?"),
                                     {m_wb.actor.orgId});
    const QVariantMap o = org && org->has_value() ? **org : QVariantMap();
    const bool certified = o.value(QStringLiteral("certified")).toInt() != 0;

    if (m_profile != nullptr) {
        if (!m_profile->isModified())
            m_profile->setAnswers(parseObject(o.value(QStringLiteral("profile"))));
        // Which fields are fixed is the commands' rule; the form only shows it.
        m_profile->setReadOnlyFields(fixedProfileFields(certified));
        const bool submitted =
            o.value(QStringLiteral("profile_state")).toString() == State::Submitted;
        QString state = submitted ? tr("The profile is submitted.")
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
        m_surveyState->setText(o.value(QStringLiteral("survey_done")).toInt() != 0
                                   ? tr("The survey is answered; you may update your answers.")
                                   : tr("Answer the demand survey before applying for "
                                        "certification."));
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
