#include "ui/review/certificationreview.h"

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <optional>

#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/domain/regioncode.h"
#include "models/forms/formschema.h"
#include "models/sync/offlinedocuments.h"
#include "models/sync/replica.h"
#include "models/workflow/reviewchecks.h"
#include "models/workflow/states.h"
#include "models/workflow/workflow.h"
#include "ui/viewer/documentviewer.h"

namespace dx {

namespace {
constexpr auto kContext = "dx::CertificationReview";

// Value fields of the left panel: key, caption (translated in retranslate()), group.
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
    {"contact", QT_TRANSLATE_NOOP("dx::CertificationReview", "Contact"), true},
    {"phone", QT_TRANSLATE_NOOP("dx::CertificationReview", "Phone"), true},
    {"version", QT_TRANSLATE_NOOP("dx::CertificationReview", "Version"), false},
    {"submitted_at", QT_TRANSLATE_NOOP("dx::CertificationReview", "Submitted"), false},
    {"state", QT_TRANSLATE_NOOP("dx::CertificationReview", "State"), false},
    {"decided", QT_TRANSLATE_NOOP("dx::CertificationReview", "Decided"), false},
    {"previous_reason", QT_TRANSLATE_NOOP("dx::CertificationReview", "Previous rejection reason"),
     false},
};

const char *const kReasonTemplates[] = {
    QT_TRANSLATE_NOOP("dx::CertificationReview",
                      "The business license photo is not clear; please upload it again."),
    QT_TRANSLATE_NOOP("dx::CertificationReview",
                      "The legal representative's ID card does not match the business license."),
    QT_TRANSLATE_NOOP("dx::CertificationReview",
                      "The unified social credit code does not match the business license."),
    QT_TRANSLATE_NOOP("dx::CertificationReview",
                      "The enterprise demand survey has not been filled in."),
};

// A document of the application that is not here yet, whether or not the client knows it is
// offline: no endless "Downloading…".
const char *const kNotHereYet = QT_TRANSLATE_NOOP(
    "dx::CertificationReview",
    "This document is not on this computer yet. It downloads when the server can be reached.");

const char *const kBlobColumns[] = {"license_blob", "id_front_blob", "id_back_blob",
                                    "attachment_blob"};
const char *const kPurposes[] = {"license", "id_front", "id_back", "attachment"};

QString text(const QVariantMap &row, const char *key) {
    return row.value(QString::fromLatin1(key)).toString();
}

QString formatTime(qint64 ms) {
    if (ms <= 0) return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

// The enterprise type's label from the organisation form's options, in the UI language.
QString enterpriseTypeName(const QString &orgKind, const QString &value) {
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
    const FormSchema::Field *field = schema->field(QStringLiteral("enterprise_type"));
    const FormSchema::Option *option = field ? field->option(value) : nullptr;
    if (!option) return value;
    return QLocale().language() == QLocale::Chinese && !option->labelZh.isEmpty() ? option->labelZh
                                                                                  : option->label;
}
}  // namespace

CertificationReview::CertificationReview(Workbench &wb, QWidget *parent)
    : QWidget(parent), m_wb(wb) {
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createDetails());
    splitter->addWidget(createDocuments());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 980});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(createDecisionBar());

    // Next/previous work anywhere in the desk, also while a viewer has the focus.
    auto *nextAction = new QAction(this);
    nextAction->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_BracketRight)});
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(nextAction, &QAction::triggered, this, &CertificationReview::next);
    auto *previousAction = new QAction(this);
    previousAction->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)});
    previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previousAction, &QAction::triggered, this, &CertificationReview::previous);
    addAction(nextAction);
    addAction(previousAction);

    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &CertificationReview::reload);
    connect(&m_wb.sync, &SyncClient::pendingCountChanged, this, &CertificationReview::updateStatus);
    connect(&m_wb.sync, &SyncClient::problemsChanged, this, &CertificationReview::updateStatus);
    connect(&m_wb.sync, &SyncClient::syncFinished, this, &CertificationReview::updateStatus);
    connect(&m_wb.sync, &SyncClient::blobReady, this, &CertificationReview::onBlobReady);
    connect(&m_wb.sync, &SyncClient::blobFailed, this, &CertificationReview::onBlobFailed);
    connect(&m_wb.sync, &SyncClient::stateChanged, this, [this] {
        for (int i = 0; i < DocumentSlots; ++i) showDocument(i);  // online again: ask again
    });

    retranslate();
    showApplication();
}

CertificationReview::~CertificationReview() = default;

QWidget *CertificationReview::createDetails() {
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    m_orgBox = new QGroupBox(panel);
    m_appBox = new QGroupBox(panel);
    auto *orgForm = new QFormLayout(m_orgBox);
    auto *appForm = new QFormLayout(m_appBox);
    for (const FieldSpec &f : kFields) {
        auto *caption = new QLabel(panel);
        auto *value = new QLabel(panel);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        (f.organisation ? orgForm : appForm)->addRow(caption, value);
        m_values.insert(QString::fromLatin1(f.key), value);
        m_captions.append({caption, f.caption});
    }
    m_checksBox = new QGroupBox(panel);
    auto *checksLayout = new QVBoxLayout(m_checksBox);
    m_checks = new QListWidget(m_checksBox);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_checks->setWordWrap(true);
    checksLayout->addWidget(m_checks);

    layout->addWidget(m_orgBox);
    layout->addWidget(m_appBox);
    layout->addWidget(m_checksBox, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(360);
    scroll->setWidget(panel);
    return scroll;
}

QWidget *CertificationReview::createDocuments() {
    m_documents = new QTabWidget;
    for (DocumentPage &page : m_pages) {
        page.stack = new QStackedWidget(m_documents);
        page.placeholder = new QLabel(page.stack);
        page.placeholder->setAlignment(Qt::AlignCenter);
        page.placeholder->setWordWrap(true);
        page.viewer = new DocumentViewer(page.stack);
        page.stack->addWidget(page.placeholder);
        page.stack->addWidget(page.viewer);
        m_documents->addTab(page.stack, QString());
    }
    m_documentsLabel = new QLabel(m_documents);
    m_documentsLabel->setObjectName(QStringLiteral("documentsOnThisComputer"));
    m_documents->setCornerWidget(m_documentsLabel, Qt::TopRightCorner);
    return m_documents;
}

QWidget *CertificationReview::createDecisionBar() {
    auto *bar = new QWidget;
    m_previous = new QPushButton(bar);
    m_next = new QPushButton(bar);
    m_position = new QLabel(bar);
    m_status = new QLabel(bar);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasonLabel = new QLabel(bar);
    m_templates = new QComboBox(bar);
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templates->setMinimumContentsLength(24);
    m_reasonText = new QPlainTextEdit(bar);
    m_reasonText->setTabChangesFocus(true);
    m_reasonText->setMaximumHeight(m_reasonText->fontMetrics().lineSpacing() * 3 + 12);
    m_reasonLabel->setBuddy(m_reasonText);
    m_error = new QLabel(bar);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();
    m_approve = new QPushButton(bar);
    m_reject = new QPushButton(bar);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_position);
    navigation->addWidget(m_next);
    navigation->addStretch(1);
    navigation->addWidget(m_status);

    auto *decision = new QHBoxLayout;
    decision->addWidget(m_reasonLabel);
    decision->addWidget(m_templates);
    decision->addWidget(m_reasonText, 1);
    decision->addWidget(m_approve);
    decision->addWidget(m_reject);

    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(navigation);
    layout->addLayout(decision);
    layout->addWidget(m_error);

    connect(m_previous, &QPushButton::clicked, this, &CertificationReview::previous);
    connect(m_next, &QPushButton::clicked, this, &CertificationReview::next);
    connect(m_approve, &QPushButton::clicked, this, &CertificationReview::approve);
    connect(m_reject, &QPushButton::clicked, this, &CertificationReview::reject);
    return bar;
}

void CertificationReview::retranslate() {
    for (const auto &[caption, source] : std::as_const(m_captions))
        caption->setText(QCoreApplication::translate(kContext, source));
    m_orgBox->setTitle(tr("Organisation"));
    m_appBox->setTitle(tr("Application"));
    m_checksBox->setTitle(tr("Automatic checks"));
    for (int i = 0; i < DocumentSlots; ++i)
        m_documents->setTabText(i, ReviewChecks::documentName(QString::fromLatin1(kPurposes[i])));

    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous application (Alt+Left, Ctrl+[)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next application (Alt+Right, Ctrl+])"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reasonText->setPlaceholderText(tr("Reason for a rejection (sent to the applicant)"));
    m_approve->setText(tr("Approve"));
    m_reject->setText(tr("Reject"));
    m_reject->setToolTip(tr("Rejecting needs a reason: a template, your own text, or both"));

    const int chosen = m_templates->currentIndex();
    m_templates->clear();
    m_templates->addItem(tr("Reason template…"), QString());
    for (const char *source : kReasonTemplates) {
        const QString reason = QCoreApplication::translate(kContext, source);
        m_templates->addItem(reason, reason);
    }
    m_templates->setCurrentIndex(qMax(0, chosen));

    showApplication();
}

void CertificationReview::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void CertificationReview::open(const QString &certificationId, const QStringList &queue) {
    m_queue = queue;
    if (!certificationId.isEmpty() && !m_queue.isEmpty() && !m_queue.contains(certificationId))
        m_queue.prepend(certificationId);
    if (m_id != certificationId) {
        m_templates->setCurrentIndex(0);
        m_reasonText->clear();
    }
    m_id = certificationId;
    m_error->clear();
    m_error->hide();
    reload();
    emit currentChanged(m_id);
}

void CertificationReview::next() {
    const int at = m_queue.indexOf(m_id);
    if (at >= 0 && at + 1 < m_queue.size()) open(m_queue.at(at + 1), m_queue);
}

void CertificationReview::previous() {
    const int at = m_queue.indexOf(m_id);
    if (at > 0) open(m_queue.at(at - 1), m_queue);
}

void CertificationReview::reload() {
    m_cert.clear();
    m_org.clear();
    m_previousReason.clear();
    Database &db = m_wb.replica.db();
    if (!m_id.isEmpty()) {
        auto cert = db.one(QStringLiteral("SELECT * FROM certifications WHERE id = ?"), {m_id});
        if (cert && cert->has_value()) m_cert = **cert;
    }
    if (!m_cert.isEmpty()) {
        auto org = db.one(QStringLiteral("SELECT * FROM organisations WHERE id = ?"),
                          {m_cert.value(QStringLiteral("org_id"))});
        if (org && org->has_value()) m_org = **org;
        auto earlier = db.scalar(
            QStringLiteral("SELECT reason FROM certifications WHERE org_id = ? AND version < ? AND "
                           "state = ? ORDER BY version DESC LIMIT 1"),
            {m_cert.value(QStringLiteral("org_id")), m_cert.value(QStringLiteral("version")),
             State::Rejected});
        if (earlier) m_previousReason = earlier->toString();
    }
    showApplication();
}

void CertificationReview::showApplication() {
    const bool shown = !m_cert.isEmpty();
    const QJsonObject profile = QJsonDocument::fromJson(text(m_org, "profile").toUtf8()).object();
    const auto fromProfile = [&profile](const char *key) {
        return profile.value(QString::fromLatin1(key)).toString();
    };
    const auto orFallback = [](const QString &value, const QString &fallback) {
        return value.isEmpty() ? fallback : value;
    };

    const QString region = text(m_cert, "region");
    auto regionCode = RegionCode::parse(region);
    const QString state = text(m_cert, "state");
    const QString decidedAt = formatTime(m_cert.value(QStringLiteral("decided_at")).toLongLong());
    QHash<QString, QString> values{
        {QStringLiteral("name"), orFallback(text(m_cert, "org_name"), text(m_org, "name"))},
        {QStringLiteral("credit_code"),
         orFallback(text(m_cert, "credit_code"), text(m_org, "credit_code"))},
        {QStringLiteral("region"),
         regionCode ? tr("%1 (%2)").arg(regionCode->fullName(), region) : region},
        {QStringLiteral("enterprise_type"),
         enterpriseTypeName(text(m_cert, "org_kind"), fromProfile("enterprise_type"))},
        {QStringLiteral("legal_rep"), fromProfile("legal_representative")},
        {QStringLiteral("contact"),
         orFallback(text(m_cert, "contact"), fromProfile("contact_name"))},
        {QStringLiteral("phone"), orFallback(text(m_cert, "phone"), fromProfile("mobile"))},
        {QStringLiteral("version"), text(m_cert, "version")},
        {QStringLiteral("submitted_at"),
         formatTime(m_cert.value(QStringLiteral("submitted_at")).toLongLong())},
        {QStringLiteral("state"), state == State::Submitted  ? tr("Waiting for review")
                                  : state == State::Approved ? tr("Approved")
                                  : state == State::Rejected
                                      ? tr("Rejected: %1").arg(text(m_cert, "reason"))
                                  : state == State::Draft  ? tr("Withdrawn")
                                  : state == State::Voided ? tr("Voided")
                                                           : state},
        {QStringLiteral("decided"), decidedAt},
        {QStringLiteral("previous_reason"), m_previousReason},
    };
    const QString none = shown ? tr("—") : QString();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const QString v = values.value(it.key());
        it.value()->setText(v.isEmpty() ? none : v);
    }

    for (int i = 0; i < DocumentSlots; ++i) {
        m_pages[i].sha = text(m_cert, kBlobColumns[i]);
        m_documents->setTabVisible(i, i < Attachment || !m_pages[i].sha.isEmpty());
        showDocument(i);
    }
    updateDocumentsLabel();

    // Offered only when the workflow table lets this actor decide (an admin reads the
    // application but is no reviewer): the same rule the command processor applies.
    const Workflow &flow = certificationWorkflow(text(m_cert, "org_kind"));
    const TargetScope target{text(m_cert, "org_id"), region};
    const QString decide = QStringLiteral("certification.decide");
    const bool approvable =
        shown && flow.allows(m_wb.actor, decide, QStringLiteral("approve"), state, target);
    const bool rejectable =
        shown && flow.allows(m_wb.actor, decide, QStringLiteral("reject"), state, target);
    m_approve->setEnabled(approvable);
    m_reject->setEnabled(rejectable);
    m_templates->setEnabled(rejectable);
    m_reasonText->setEnabled(rejectable);
    if (!m_id.isEmpty() && !shown) {
        m_error->setText(tr("This application is not on this computer."));
        m_error->show();
    }
    updateChecks();
    updateStatus();
    updateNavigation();
}

void CertificationReview::showDocument(int index) {
    DocumentPage &page = m_pages[index];
    if (page.sha.isEmpty()) {
        page.viewer->clear();
        page.loaded.clear();
        page.placeholder->setText(m_cert.isEmpty() ? QString() : tr("No document."));
        page.stack->setCurrentWidget(page.placeholder);
        return;
    }
    if (page.loaded == page.sha) return;
    const QString path = m_wb.sync.blobPath(page.sha);  // starts a download when missing
    if (path.isEmpty()) {
        page.viewer->clear();
        page.loaded.clear();
        page.placeholder->setText(m_wb.sync.isDownloading(page.sha)
                                      ? tr("Downloading…")
                                      : QCoreApplication::translate(kContext, kNotHereYet));
        page.stack->setCurrentWidget(page.placeholder);
        return;
    }
    page.viewer->openFile(path);  // a broken file shows the viewer's own error page
    page.loaded = page.sha;
    page.stack->setCurrentWidget(page.viewer);
}

void CertificationReview::onBlobReady(const QString &sha) {
    bool mine = false;
    for (int i = 0; i < DocumentSlots; ++i) {
        if (m_pages[i].sha != sha) continue;
        mine = true;
        showDocument(i);
    }
    if (mine) {
        updateChecks();
        updateDocumentsLabel();
    }
}

void CertificationReview::onBlobFailed(const QString &sha) {
    // Not showDocument(): that would ask for the download again, in a loop while offline.
    for (DocumentPage &page : m_pages)
        if (page.sha == sha && page.loaded != sha && !m_wb.sync.isDownloading(sha))
            page.placeholder->setText(QCoreApplication::translate(kContext, kNotHereYet));
}

void CertificationReview::updateDocumentsLabel() {
    QStringList cited;
    for (const DocumentPage &page : m_pages)
        if (BlobStore::isValidHash(page.sha) && !cited.contains(page.sha)) cited << page.sha;
    int here = 0;
    for (const QString &sha : cited) here += m_wb.blobs.has(sha) ? 1 : 0;
    const auto presence = OfflineDocuments::presence(here, int(cited.size()));
    m_documentsLabel->setText(presence == OfflineDocuments::Presence::NoDocuments
                                  ? QString()
                                  : OfflineDocuments::presenceText(here, int(cited.size())));
    m_documentsLabel->setToolTip(OfflineDocuments::presenceHint(here, int(cited.size())));
    m_documentsLabel->setStyleSheet(presence == OfflineDocuments::Presence::Downloaded
                                        ? QString()
                                        : QStringLiteral("color: #9c6a00;"));
}

QString CertificationReview::documentsText() const {
    return m_documentsLabel->text();
}

void CertificationReview::updateChecks() {
    m_checks->clear();
    if (m_cert.isEmpty()) return;
    ReviewChecks::Input input{m_cert, m_org, m_wb.actor.region, {}};
    for (int i = 0; i < Attachment; ++i) {
        const QString &sha = m_pages[i].sha;
        if (BlobStore::isValidHash(sha) && m_wb.blobs.has(sha))
            input.documentPaths.insert(QString::fromLatin1(kPurposes[i]), m_wb.blobs.pathOf(sha));
    }
    for (const ReviewCheck &check : ReviewChecks::run(m_wb.replica.db(), input)) {
        auto *item = new QListWidgetItem(check.line(), m_checks);
        item->setData(Qt::UserRole, int(check.level));
        if (check.level == ReviewCheck::Level::Fail)
            item->setForeground(QColor(0xc0, 0x1c, 0x28));
        else if (check.level == ReviewCheck::Level::Warning)
            item->setForeground(QColor(0x9c, 0x6a, 0x00));
    }
}

QStringList CertificationReview::checklist() const {
    QStringList lines;
    for (int i = 0; i < m_checks->count(); ++i) lines << m_checks->item(i)->text();
    return lines;
}

int CertificationReview::documentCount() const {
    int n = 0;
    for (const DocumentPage &page : m_pages) n += page.sha.isEmpty() ? 0 : 1;
    return n;
}

DocumentViewer *CertificationReview::viewer(int index) const {
    if (index < 0 || index >= DocumentSlots || m_pages[index].sha.isEmpty()) return nullptr;
    return m_pages[index].viewer;
}

void CertificationReview::updateStatus() {
    m_status->clear();
    if (m_id.isEmpty()) return;
    auto row = m_wb.replica.db().one(
        QStringLiteral("SELECT status, outcome FROM outbox WHERE target = ? AND "
                       "type = 'certification.decide' ORDER BY seq DESC LIMIT 1"),
        {m_id});
    if (!row || !row->has_value()) return;
    const QString status = (*row)->value(QStringLiteral("status")).toString();
    if (status == CommandStatus::Pending) {
        m_status->setText(QStringLiteral("⏳ ") + tr("Decision pending sync"));
    } else if (status == CommandStatus::Applied) {
        m_status->setText(QStringLiteral("✓ ") + tr("Synced"));
    } else if (status == CommandStatus::Rejected) {
        const QJsonObject outcome =
            QJsonDocument::fromJson((*row)->value(QStringLiteral("outcome")).toString().toUtf8())
                .object();
        const Error error = Error::fromJson(outcome.value(QStringLiteral("error")).toObject());
        m_status->setText(QStringLiteral("✗ ") +
                          tr("The server refused the decision: %1").arg(error.message));
    }
}

QString CertificationReview::statusText() const {
    return m_status->text();
}

QString CertificationReview::errorText() const {
    return m_error->text();
}

void CertificationReview::updateNavigation() {
    const int at = m_queue.indexOf(m_id);
    m_previous->setEnabled(at > 0);
    m_next->setEnabled(at >= 0 && at + 1 < m_queue.size());
    m_position->setText(at >= 0 ? tr("%1 of %2").arg(at + 1).arg(m_queue.size()) : QString());
}

QString CertificationReview::composedReason() const {
    const QString chosen = m_templates->currentData().toString();
    const QString own = m_reasonText->toPlainText().trimmed();
    if (chosen.isEmpty()) return own;
    return own.isEmpty() ? chosen : chosen + u' ' + own;
}

void CertificationReview::approve() {
    decide(QStringLiteral("approve"));
}

void CertificationReview::reject() {
    decide(QStringLiteral("reject"));
}

void CertificationReview::decide(const QString &decision) {
    m_error->clear();
    m_error->hide();
    if (m_id.isEmpty()) return;
    // The rev this reviewer is looking at, fresh from the replica: the command's base_rev.
    auto rev = m_wb.replica.db().scalar(
        QStringLiteral("SELECT rev FROM certifications WHERE id = ?"), {m_id});
    if (!rev || rev->isNull()) {
        m_error->setText(tr("This application is not on this computer."));
        m_error->show();
        return;
    }
    QJsonObject payload{{QStringLiteral("decision"), decision}};
    const QString reason = composedReason();
    if (decision == QStringLiteral("reject") && !reason.isEmpty())
        payload.insert(QStringLiteral("reason"), reason);

    const QString id = m_id;
    const Outcome out =
        m_wb.sync.perform(QStringLiteral("certification.decide"), id, rev->toLongLong(), payload);
    if (out.status != Outcome::Status::Applied) {
        // The local rules refuse exactly what the server would; nothing was queued.
        const bool reasonMissing = out.error.field == QStringLiteral("reason") &&
                                   out.error.code == QLatin1String(ErrorCode::Required);
        m_error->setText(
            reasonMissing ? tr("A rejection needs a reason: choose a template or write one.")
            : out.error.field == QStringLiteral("reason") ? tr("Reason: %1").arg(out.error.message)
                                                          : out.error.message);
        m_error->show();
        if (out.error.field == QStringLiteral("reason")) m_reasonText->setFocus();
        return;
    }
    emit decided(id, decision);
    const int at = m_queue.indexOf(id);
    if (at >= 0 && at + 1 < m_queue.size())
        open(m_queue.at(at + 1), m_queue);
    else
        reload();
}

}  // namespace dx
