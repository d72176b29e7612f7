#include "ui/enterprise/certificationpage.h"

#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/domain/uploadrule.h"
#include "models/sync/replica.h"
#include "models/workflow/states.h"
#include "models/workflow/workflow.h"
#include "ui/enterprise/uploadslot.h"
#include "ui/viewer/documentviewer.h"

namespace dx {

namespace {

const QString kErrorStyle = QStringLiteral("color: #c0392b;");
const QStringList kSlots{QStringLiteral("license"), QStringLiteral("id_front"),
                         QStringLiteral("id_back")};

QLabel *errorLabel(QWidget *parent) {
    auto *l = new QLabel(parent);
    l->setStyleSheet(kErrorStyle);
    l->setWordWrap(true);
    l->hide();
    return l;
}

void showText(QLabel *label, const QString &text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

}  // namespace

CertificationPage::CertificationPage(Workbench &wb, QWidget *parent)
    : QWidget(parent), m_wb(wb), m_lastDir(QDir::homePath()) {
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *page = new QVBoxLayout(content);

    buildApplication();
    page->addWidget(m_application);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("certificationMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    page->addWidget(m_message);
    buildEligibility();
    page->addWidget(m_eligibility);
    page->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    connect(m_submit, &QPushButton::clicked, this, &CertificationPage::submit);
    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &CertificationPage::refresh);
    connect(&m_wb.sync, &SyncClient::pendingCountChanged, this, &CertificationPage::refresh);
    connect(&m_wb.sync, &SyncClient::blobReady, this, [this](const QString &sha) {
        for (UploadSlot *s : std::as_const(m_slots))
            if (s->sha256() == sha) s->setDocument(sha, m_wb.blobs.pathOf(sha), s->fileName());
    });
    refresh();
}

void CertificationPage::buildApplication() {
    m_application = new QGroupBox(tr("Application"), this);
    auto *form = new QFormLayout(m_application);
    auto field = [this](QLineEdit *edit, QLabel *error) {
        auto *cell = new QWidget(m_application);
        auto *l = new QVBoxLayout(cell);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(2);
        l->addWidget(edit);
        l->addWidget(error);
        return cell;
    };
    m_contact = new QLineEdit(m_application);
    m_contact->setObjectName(QStringLiteral("contact"));
    m_contact->setMaxLength(50);
    m_contactError = errorLabel(m_application);
    m_phone = new QLineEdit(m_application);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setMaxLength(20);
    m_phone->setPlaceholderText(tr("Mobile, or area code-number"));
    m_phoneError = errorLabel(m_application);
    form->addRow(tr("Contact person"), field(m_contact, m_contactError));
    form->addRow(tr("Contact phone"), field(m_phone, m_phoneError));

    const QStringList titles{tr("Business licence"), tr("Legal representative's ID card, front"),
                             tr("Legal representative's ID card, back")};
    for (int i = 0; i < kSlots.size(); ++i) {
        auto *slot = new UploadSlot(kSlots[i], titles[i], m_application);
        connect(slot, &UploadSlot::chooseClicked, this, [this, slot] { chooseClicked(slot); });
        connect(slot, &UploadSlot::openClicked, this,
                [this, slot] { openDocument(slot->purpose()); });
        m_slots.insert(kSlots[i], slot);
        form->addRow(slot);
    }
    auto *hint = new QLabel(
        tr("JPG or PNG images of at least 400×200 pixels and at most 10 MB each."), m_application);
    hint->setWordWrap(true);
    form->addRow(hint);
    m_submit = new QPushButton(tr("Submit application"), m_application);
    m_submit->setObjectName(QStringLiteral("submitCertification"));
    form->addRow(m_submit);
}

void CertificationPage::buildEligibility() {
    m_eligibility = new QGroupBox(tr("Subsidy eligibility"), this);
    m_eligibility->setObjectName(QStringLiteral("eligibility"));
    auto *l = new QVBoxLayout(m_eligibility);
    m_eligibilityText = new QLabel(m_eligibility);
    m_eligibilityText->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_accept = new QPushButton(tr("Claim the eligibility"), m_eligibility);
    m_accept->setObjectName(QStringLiteral("acceptEligibility"));
    m_decline = new QPushButton(tr("I don't want it"), m_eligibility);
    m_decline->setObjectName(QStringLiteral("declineEligibility"));
    buttons->addWidget(m_accept);
    buttons->addWidget(m_decline);
    buttons->addStretch(1);
    l->addWidget(m_eligibilityText);
    l->addLayout(buttons);
    connect(m_accept, &QPushButton::clicked, this, [this] { decideEligibility(true); });
    connect(m_decline, &QPushButton::clicked, this, [this] { decideEligibility(false); });
    m_eligibility->hide();
}

void CertificationPage::refresh() {
    Database &db = m_wb.replica.db();
    const QString orgId = m_wb.actor.orgId;
    auto org = db.one(QStringLiteral("SELECT kind, certified, eligibility FROM organisations "
                                     "WHERE id = ?"),
                      {orgId});
    auto cert = db.one(QStringLiteral("SELECT id, version, state, reason, contact, phone, "
                                      "license_blob, id_front_blob, id_back_blob FROM "
                                      "certifications WHERE org_id = ? ORDER BY version DESC "
                                      "LIMIT 1"),
                       {orgId});
    // An application or an offer decided here but not yet acknowledged by the server.
    auto pending = db.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = ? "
                                            "AND (type LIKE 'certification.%' OR type LIKE "
                                            "'eligibility.%')"),
                             {CommandStatus::Pending});
    m_pendingSync = pending && pending->toInt() > 0;

    const QVariantMap o = org && org->has_value() ? **org : QVariantMap();
    const QVariantMap c = cert && cert->has_value() ? **cert : QVariantMap();
    const bool provider = o.value(QStringLiteral("kind")).toString() == QStringLiteral("provider");
    m_certId = c.value(QStringLiteral("id")).toString();
    m_state = c.value(QStringLiteral("state")).toString();
    const QString reason = c.value(QStringLiteral("reason")).toString();

    QString text;
    if (m_state == State::Submitted)
        text = provider ? tr("Under review by the platform operator")
                        : tr("Under review by the county bureau");
    else if (m_state == State::Approved)
        text = tr("Approved");
    else if (m_state == State::Rejected)
        text = tr("Rejected: %1 — correct the application and submit it again.").arg(reason);
    else if (m_state == State::Voided)
        text = tr("Voided: %1 — submit the application again.")
                   .arg(reason.isEmpty() ? tr("the organisation's region changed") : reason);
    else if (m_state == State::Draft)
        text = tr("Withdrawn; not submitted");
    else
        text = tr("Not applied yet");
    if (!m_state.isEmpty())
        text = tr("Application %1: %2").arg(c.value(QStringLiteral("version")).toInt()).arg(text);
    m_statusText = text;

    // What may be done from this state is the workflow table's answer, not a copy of it; the
    // status card above the pages offers withdrawing.
    const Workflow &flow = certificationWorkflow(o.value(QStringLiteral("kind")).toString());
    const TargetScope target{orgId, {}};  // the page is always of the actor's organisation
    const bool editable =
        flow.allows(m_wb.actor, QStringLiteral("certification.submit"), {}, m_state, target);
    // A submitted or approved application stays on show, documents included, read-only.
    m_contact->setReadOnly(!editable);
    m_phone->setReadOnly(!editable);
    m_submit->setEnabled(editable);
    m_submit->setText(m_state.isEmpty() ? tr("Submit application") : tr("Submit again"));
    m_submit->setToolTip(editable ? QString()
                         : m_state == State::Submitted
                             ? tr("The application is under review; withdraw it to change it.")
                             : tr("The application was approved."));
    if (!editable || m_contact->text().isEmpty())
        m_contact->setText(c.value(QStringLiteral("contact")).toString());
    if (!editable || m_phone->text().isEmpty())
        m_phone->setText(c.value(QStringLiteral("phone")).toString());
    showDocuments(c, editable);

    const bool certified = o.value(QStringLiteral("certified")).toInt() != 0;
    const QString eligibility = o.value(QStringLiteral("eligibility")).toString();
    m_eligibility->setVisible(certified && !provider);
    // Whether the offer is still open is the eligibility workflow's answer, as for the
    // application above.
    const Workflow &offer = eligibilityWorkflow();
    const bool mayAccept =
        offer.allows(m_wb.actor, QStringLiteral("eligibility.accept"), {}, eligibility, target);
    const bool mayDecline =
        offer.allows(m_wb.actor, QStringLiteral("eligibility.decline"), {}, eligibility, target);
    m_accept->setVisible(mayAccept);
    m_decline->setVisible(mayDecline);
    if (mayAccept || mayDecline)
        m_eligibilityText->setText(
            tr("Your enterprise is certified and may claim the subsidy eligibility once. "
               "Declining forfeits it for good."));
    else if (eligibility == State::Accepted)
        m_eligibilityText->setText(tr("You claimed the subsidy eligibility."));
    else
        m_eligibilityText->setText(tr("You declined the subsidy eligibility; this is final."));
}

void CertificationPage::showDocuments(const QVariantMap &cert, bool editable) {
    // The slots show the latest application's documents (downloaded when not yet here). While
    // it may be edited, a resubmission starts from them and the user replaces the ones the
    // reviewer objected to; a file the user chose stays.
    const int version = cert.value(QStringLiteral("version")).toInt();
    const QString label = editable ? tr("From the previous application")
                                   : tr("Submitted with application %1").arg(version);
    for (const QString &slot : kSlots) {
        UploadSlot *s = m_slots.value(slot);
        s->setEditable(editable);
        const QString sha = cert.value(slot + QStringLiteral("_blob")).toString();
        if (!BlobStore::isValidHash(sha)) {
            if (!editable) s->clear();
            continue;
        }
        if (editable && !s->sha256().isEmpty() && s->sha256() != sha) continue;
        s->setDocument(sha, m_wb.sync.blobPath(sha), label);
    }
}

QDialog *CertificationPage::openDocument(const QString &slot) {
    const UploadSlot *s = m_slots.value(slot);
    if (s == nullptr || s->localPath().isEmpty()) return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("documentWindow"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(s->fileName().isEmpty() ? tr("Document") : s->fileName());
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *viewer = new DocumentViewer(dialog);
    layout->addWidget(viewer);
    viewer->openFile(s->localPath());  // a file it cannot show puts its error page up
    dialog->resize(900, 700);
    dialog->show();
    return dialog;
}

void CertificationPage::chooseClicked(UploadSlot *slot) {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a scan"), m_lastDir, tr("Images (*.jpg *.jpeg *.png);;All files (*)"));
    if (path.isEmpty()) return;
    m_lastDir = QFileInfo(path).absolutePath();
    chooseFile(slot->purpose(), path);
}

bool CertificationPage::chooseFile(const QString &slot, const QString &path) {
    UploadSlot *s = m_slots.value(slot);
    const std::optional<UploadRule> rule = UploadRule::forPurpose(slot);
    if (s == nullptr || !rule) return false;
    // The rule reads the bytes here, before anything is queued or sent.
    const Result<QString> sha = m_wb.sync.attachFile(path, *rule, slot);
    if (!sha) {
        s->setMessage(sha.error().message);
        return false;
    }
    s->setDocument(*sha, m_wb.blobs.pathOf(*sha), QFileInfo(path).fileName());
    s->setMessage({});
    return true;
}

QString CertificationPage::slotMessage(const QString &slot) const {
    const UploadSlot *s = m_slots.value(slot);
    return s != nullptr ? s->message() : QString();
}

QString CertificationPage::slotDocument(const QString &slot) const {
    const UploadSlot *s = m_slots.value(slot);
    return s != nullptr ? s->sha256() : QString();
}

QString CertificationPage::statusText() const {
    return m_pendingSync ? m_statusText + u' ' + u'(' + tr("Waiting to sync") + u')' : m_statusText;
}

QString CertificationPage::messageText() const {
    return m_message->text();
}

QString CertificationPage::fieldError(const QString &field) const {
    if (field == QStringLiteral("contact")) return m_contactError->text();
    if (field == QStringLiteral("phone")) return m_phoneError->text();
    return slotMessage(field);
}

void CertificationPage::clearMessages() {
    showText(m_contactError, {});
    showText(m_phoneError, {});
    for (UploadSlot *s : std::as_const(m_slots)) s->setMessage({});
    setMessage({}, false);
}

void CertificationPage::setMessage(const QString &text, bool error) {
    m_message->setStyleSheet(error ? kErrorStyle : QString());
    showText(m_message, text);
}

void CertificationPage::submit() {
    clearMessages();
    bool complete = true;
    for (UploadSlot *s : std::as_const(m_slots)) {
        if (s->sha256().isEmpty()) {
            s->setMessage(tr("Choose the scan."));
            complete = false;
        }
    }
    if (m_contact->text().trimmed().isEmpty()) {
        showText(m_contactError, tr("Enter the contact person."));
        complete = false;
    }
    if (m_phone->text().trimmed().isEmpty()) {
        showText(m_phoneError, tr("Enter the contact phone."));
        complete = false;
    }
    if (!complete) return;

    QJsonObject payload{{QStringLiteral("contact"), m_contact->text().trimmed()},
                        {QStringLiteral("phone"), m_phone->text().trimmed()}};
    for (const QString &slot : kSlots) payload.insert(slot, m_slots.value(slot)->sha256());
    const Outcome out =
        m_wb.sync.perform(QStringLiteral("certification.submit"), m_wb.actor.orgId, -1, payload);
    if (out.status != Outcome::Status::Applied) return showRefusal(out.error);
    setMessage(tr("Application submitted. It is sent to the server at the next sync."), false);
}

void CertificationPage::withdraw() {
    clearMessages();
    const Outcome out =
        m_wb.sync.perform(QStringLiteral("certification.withdraw"), m_certId, -1, {});
    if (out.status != Outcome::Status::Applied) return showRefusal(out.error);
    setMessage(tr("Application withdrawn. You may correct it and submit it again."), false);
}

void CertificationPage::decideEligibility(bool accept) {
    clearMessages();
    if (!accept &&
        !m_confirm(tr("Decline the subsidy eligibility"),
                   tr("If you decline, the subsidy eligibility is forfeited for good and cannot "
                      "be claimed later. Decline it?")))
        return;
    const Outcome out = m_wb.sync.perform(
        accept ? QStringLiteral("eligibility.accept") : QStringLiteral("eligibility.decline"),
        m_wb.actor.orgId, -1, {});
    if (out.status != Outcome::Status::Applied) return showRefusal(out.error);
}

void CertificationPage::showRefusal(const Error &error) {
    if (error.field == QStringLiteral("contact")) return showText(m_contactError, error.message);
    if (error.field == QStringLiteral("phone")) return showText(m_phoneError, error.message);
    if (UploadSlot *s = m_slots.value(error.field)) return s->setMessage(error.message);
    setMessage(error.message, true);
    if (error.field == QStringLiteral("profile") || error.field == QStringLiteral("survey"))
        emit prerequisiteMissing(error.field, error.message);
}

}  // namespace dx
