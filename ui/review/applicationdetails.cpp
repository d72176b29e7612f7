#include "ui/review/applicationdetails.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <optional>

#include "models/domain/regioncode.h"
#include "models/forms/formschema.h"
#include "models/workflow/states.h"

namespace dx {

namespace {
// These strings moved here from certificationreview.cpp and keep its context, so their
// translations stay valid (lupdate reads the context of Q_DECLARE_TR_FUNCTIONS).
class DetailsDeskTr {
    Q_DECLARE_TR_FUNCTIONS(dx::CertificationReview)
};

// Value fields: key, caption (translated in retranslate()), group.
struct FieldSpec {
    const char *key;
    const char *caption;
    bool organisation;
};
const FieldSpec kFields[] = {
    {"name", QT_TRANSLATE_NOOP("dx::CertificationReview", "Name"), true},
    {"credit_code", QT_TRANSLATE_NOOP("dx::CertificationReview", "Credit code"), true},
    {"region", QT_TRANSLATE_NOOP("dx::CertificationReview", "Region"), true},
    {"enterprise_type", QT_TRANSLATE_NOOP("dx::CertificationReview", "Enterprise type"), true},
    {"legal_rep", QT_TRANSLATE_NOOP("dx::CertificationReview", "Legal representative"), true},
    {"version", QT_TRANSLATE_NOOP("dx::CertificationReview", "Version"), false},
    {"submitted_at", QT_TRANSLATE_NOOP("dx::CertificationReview", "Submitted"), false},
    // What the enterprise submitted with this application, not its profile's contact.
    {"contact", QT_TRANSLATE_NOOP("dx::CertificationReview", "Contact (as submitted)"), false},
    {"phone", QT_TRANSLATE_NOOP("dx::CertificationReview", "Phone (as submitted)"), false},
    {"state", QT_TRANSLATE_NOOP("dx::CertificationReview", "State"), false},
    {"decided", QT_TRANSLATE_NOOP("dx::CertificationReview", "Decided"), false},
    {"previous_reason", QT_TRANSLATE_NOOP("dx::CertificationReview", "Previous rejection reason"),
     false},
};

QString field(const QVariantMap &row, const char *key) {
    return row.value(QString::fromLatin1(key)).toString();
}

QString formatTime(qint64 ms) {
    if (ms <= 0) return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
}  // namespace

ApplicationDetails::ApplicationDetails(QWidget *parent) : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_orgBox = new QGroupBox(this);
    m_appBox = new QGroupBox(this);
    auto *orgForm = new QFormLayout(m_orgBox);
    auto *appForm = new QFormLayout(m_appBox);
    for (const FieldSpec &f : kFields) {
        auto *caption = new QLabel(this);
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        caption->setBuddy(value);
        (f.organisation ? orgForm : appForm)->addRow(caption, value);
        m_values.insert(QString::fromLatin1(f.key), value);
        m_captions.append({caption, f.caption});
    }
    layout->addWidget(m_orgBox);
    layout->addWidget(m_appBox);
    retranslate();
}

void ApplicationDetails::retranslate() {
    for (const auto &[caption, source] : std::as_const(m_captions))
        caption->setText(QCoreApplication::translate("dx::CertificationReview", source));
    m_orgBox->setTitle(DetailsDeskTr::tr("Organisation"));
    m_appBox->setTitle(DetailsDeskTr::tr("Application"));
    showApplication(m_cert, m_org, m_previousReason);
}

void ApplicationDetails::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

QString ApplicationDetails::enterpriseTypeName(const QString &orgKind, const QString &value) {
    if (value.isEmpty()) return {};
    // The schemas are bundled and never change while the program runs.
    static QHash<QString, std::optional<FormSchema>> schemas;
    const QString name = orgKind == QStringLiteral("provider")
                             ? QStringLiteral("provider_profile")
                             : QStringLiteral("enterprise_profile");
    auto cached = schemas.find(name);
    if (cached == schemas.end()) {
        auto loaded = FormSchema::load(name);
        cached =
            schemas.insert(name, loaded ? std::optional<FormSchema>(loaded.value()) : std::nullopt);
    }
    const std::optional<FormSchema> &schema = cached.value();
    if (!schema) return value;
    const FormSchema::Field *typeField = schema->field(QStringLiteral("enterprise_type"));
    const FormSchema::Option *option = typeField ? typeField->option(value) : nullptr;
    if (!option) return value;
    return QLocale().language() == QLocale::Chinese && !option->labelZh.isEmpty() ? option->labelZh
                                                                                  : option->label;
}

QString ApplicationDetails::organisationName() const {
    return m_values.value(QStringLiteral("name"))->text();
}

void ApplicationDetails::showApplication(const QVariantMap &cert, const QVariantMap &org,
                                         const QString &previousReason) {
    m_cert = cert;
    m_org = org;
    m_previousReason = previousReason;
    const bool shown = !cert.isEmpty();
    const QJsonObject profile = QJsonDocument::fromJson(field(org, "profile").toUtf8()).object();
    const auto fromProfile = [&profile](const char *key) {
        return profile.value(QString::fromLatin1(key)).toString();
    };
    const auto orFallback = [](const QString &value, const QString &fallback) {
        return value.isEmpty() ? fallback : value;
    };

    const QString region = field(cert, "region");
    auto regionCode = RegionCode::parse(region);
    const QString state = field(cert, "state");
    QHash<QString, QString> values{
        {QStringLiteral("name"), orFallback(field(cert, "org_name"), field(org, "name"))},
        {QStringLiteral("credit_code"),
         orFallback(field(cert, "credit_code"), field(org, "credit_code"))},
        {QStringLiteral("region"),
         regionCode ? DetailsDeskTr::tr("%1 (%2)").arg(regionCode->fullName(), region) : region},
        {QStringLiteral("enterprise_type"),
         enterpriseTypeName(field(cert, "org_kind"), fromProfile("enterprise_type"))},
        {QStringLiteral("legal_rep"), fromProfile("legal_representative")},
        {QStringLiteral("contact"), field(cert, "contact")},
        {QStringLiteral("phone"), field(cert, "phone")},
        {QStringLiteral("version"), field(cert, "version")},
        {QStringLiteral("submitted_at"),
         formatTime(cert.value(QStringLiteral("submitted_at")).toLongLong())},
        {QStringLiteral("state"),
         state == State::Submitted  ? DetailsDeskTr::tr("Waiting for review")
         : state == State::Approved ? DetailsDeskTr::tr("Approved")
         : state == State::Rejected ? DetailsDeskTr::tr("Rejected: %1").arg(field(cert, "reason"))
         : state == State::Draft    ? DetailsDeskTr::tr("Withdrawn")
         : state == State::Voided   ? DetailsDeskTr::tr("Voided")
                                    : state},
        {QStringLiteral("decided"),
         formatTime(cert.value(QStringLiteral("decided_at")).toLongLong())},
        {QStringLiteral("previous_reason"), previousReason},
    };
    const QString none = shown ? DetailsDeskTr::tr("—") : QString();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const QString v = values.value(it.key());
        it.value()->setText(v.isEmpty() ? none : v);
    }
}

}  // namespace dx
