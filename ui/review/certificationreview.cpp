#include "ui/review/certificationreview.h"

#include <QAction>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/sync/offlinedocuments.h"
#include "models/sync/replica.h"
#include "models/workflow/reviewchecks.h"
#include "models/workflow/states.h"
#include "models/workflow/workflow.h"
#include "ui/review/applicationdetails.h"
#include "ui/review/checkspanel.h"
#include "ui/review/decisionbar.h"
#include "ui/review/licencereader.h"
#include "ui/review/undobar.h"
#include "ui/viewer/documentviewer.h"

namespace dx {

namespace {
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

QAction *shortcut(QWidget *owner, QList<QKeySequence> keys) {
    auto *action = new QAction(owner);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}
}  // namespace

CertificationReview::CertificationReview(Workbench &wb, QWidget *parent)
    : QWidget(parent), m_wb(wb) {
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    m_reader = new LicenceReader(m_wb.replica.db(), this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createDetails());
    splitter->addWidget(createDocuments());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 980});

    m_undoBar = new UndoBar(this);
    m_bar = new DecisionBar(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_undoBar);  // beside the buttons that led to it
    layout->addWidget(m_bar);

    connect(m_bar, &DecisionBar::previousRequested, this, &CertificationReview::previous);
    connect(m_bar, &DecisionBar::nextRequested, this, &CertificationReview::next);
    connect(m_bar, &DecisionBar::approveRequested, this, &CertificationReview::approve);
    connect(m_bar, &DecisionBar::rejectRequested, this, &CertificationReview::reject);
    connect(m_undoBar, &UndoBar::undoRequested, this, &CertificationReview::undo);
    createShortcuts();

    connect(&m_wb.sync, &SyncClient::replicaChanged, this, &CertificationReview::reload);
    connect(&m_wb.sync, &SyncClient::pendingCountChanged, this, &CertificationReview::updateStatus);
    connect(&m_wb.sync, &SyncClient::problemsChanged, this, &CertificationReview::updateStatus);
    connect(&m_wb.sync, &SyncClient::syncFinished, this, &CertificationReview::updateStatus);
    connect(&m_wb.sync, &SyncClient::blobReady, this, &CertificationReview::onBlobReady);
    // The push announces itself before it sends: Undo goes away before the command leaves.
    connect(&m_wb.sync, &SyncClient::progress, this, &CertificationReview::updateUndo);
    connect(&m_wb.sync, &SyncClient::pendingCountChanged, this, &CertificationReview::updateUndo);
    connect(&m_wb.sync, &SyncClient::blobFailed, this, &CertificationReview::onBlobFailed);
    connect(&m_wb.sync, &SyncClient::stateChanged, this, [this] {
        for (int i = 0; i < DocumentSlots; ++i) showDocument(i);  // online again: ask again
    });

    retranslate();
    showApplication();
}

CertificationReview::~CertificationReview() = default;

void CertificationReview::createShortcuts() {
    // Next/previous work anywhere in the desk, also while a viewer has the focus.
    connect(shortcut(this, {QKeySequence(Qt::ALT | Qt::Key_Right),
                            QKeySequence(Qt::CTRL | Qt::Key_BracketRight)}),
            &QAction::triggered, this, &CertificationReview::next);
    connect(shortcut(this, {QKeySequence(Qt::ALT | Qt::Key_Left),
                            QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)}),
            &QAction::triggered, this, &CertificationReview::previous);
    connect(shortcut(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}), &QAction::triggered,
            this, &CertificationReview::approve);
    connect(shortcut(this, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}), &QAction::triggered,
            this, &CertificationReview::reject);
    connect(shortcut(this, {QKeySequence(Qt::CTRL | Qt::Key_0)}), &QAction::triggered, this,
            [this] {
                if (DocumentViewer *v = currentViewer())
                    v->setFitMode(DocumentViewer::FitMode::Page);
            });
    // The viewer has its own zoom keys while it has the focus; these serve the rest of the desk
    // (the same keys on both would be ambiguous and do nothing).
    QAction *zoomIn =
        shortcut(m_detailsArea, {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = shortcut(m_detailsArea, {QKeySequence::ZoomOut});
    for (QWidget *elsewhere : {static_cast<QWidget *>(m_bar), static_cast<QWidget *>(m_undoBar),
                               static_cast<QWidget *>(m_documents->tabBar())}) {
        elsewhere->addAction(zoomIn);
        elsewhere->addAction(zoomOut);
    }
    connect(zoomIn, &QAction::triggered, this, [this] {
        if (DocumentViewer *v = currentViewer()) v->zoomIn();
    });
    connect(zoomOut, &QAction::triggered, this, [this] {
        if (DocumentViewer *v = currentViewer()) v->zoomOut();
    });
}

QWidget *CertificationReview::createDetails() {
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    m_details = new ApplicationDetails(panel);
    m_checks = new ChecksPanel(m_wb, *m_reader, panel);
    layout->addWidget(m_details);
    layout->addWidget(m_checks, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(360);
    scroll->setWidget(panel);
    m_detailsArea = scroll;
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
    connect(m_documents, &QTabWidget::currentChanged, this, &CertificationReview::markViewed);
    m_documentsLabel = new QLabel(m_documents);
    m_documentsLabel->setObjectName(QStringLiteral("documentsOnThisComputer"));
    m_documents->setCornerWidget(m_documentsLabel, Qt::TopRightCorner);
    return m_documents;
}

void CertificationReview::retranslate() {
    m_documents->setAccessibleName(tr("Documents of the application"));
    for (int i = 0; i < DocumentSlots; ++i) {
        const QString name = ReviewChecks::documentName(QString::fromLatin1(kPurposes[i]));
        m_documents->setTabText(i, name);
        m_documents->tabBar()->setAccessibleTabName(i, name);
        m_pages[i].viewer->setAccessibleName(name);
        m_documents->setTabToolTip(
            i, tr("%1 (zoom: Ctrl++ / Ctrl+-, fit the page: Ctrl+0)").arg(name));
    }
    showApplication();
}

void CertificationReview::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    markViewed();
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
        m_bar->clearReason();
        m_viewed.clear();
        m_id = certificationId;
        m_documents->setCurrentIndex(License);  // every application opens on its licence
    }
    m_bar->showError({});
    reload();
    markViewed();
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
    m_details->showApplication(m_cert, m_org, m_previousReason);
    const QString region = text(m_cert, "region");
    const QString state = text(m_cert, "state");

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
    m_bar->setDecisionsEnabled(approvable, rejectable);
    if (!m_id.isEmpty() && !shown)
        m_bar->showError(tr("This application is not on this computer."));
    updateChecks();
    updateStatus();
    const int at = m_queue.indexOf(m_id);
    m_bar->setPosition(at, int(m_queue.size()));
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
        page.placeholder->setText(m_wb.sync.isDownloading(page.sha) ? tr("Downloading…")
                                                                    : tr(kNotHereYet));
        page.stack->setCurrentWidget(page.placeholder);
        return;
    }
    page.viewer->openFile(path);  // a broken file shows the viewer's own error page
    page.loaded = page.sha;
    page.stack->setCurrentWidget(page.viewer);
    markViewed();
}

void CertificationReview::markViewed() {
    // Displayed: the document's tab is the current one and its viewer holds the document.
    const int index = m_documents->currentIndex();
    if (index < 0 || index >= DocumentSlots || !isVisible()) return;
    const DocumentPage &page = m_pages[index];
    if (!page.sha.isEmpty() && page.loaded == page.sha) m_viewed.insert(index);
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
            page.placeholder->setText(tr(kNotHereYet));
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
    if (m_cert.isEmpty()) return m_checks->clear();
    ReviewChecks::Input input{m_cert, m_org, m_wb.actor.region, {}};
    for (int i = 0; i < Attachment; ++i) {
        const QString &sha = m_pages[i].sha;
        if (BlobStore::isValidHash(sha) && m_wb.blobs.has(sha))
            input.documentPaths.insert(QString::fromLatin1(kPurposes[i]), m_wb.blobs.pathOf(sha));
    }
    const QJsonObject profile = QJsonDocument::fromJson(text(m_org, "profile").toUtf8()).object();
    const QString typeCode = profile.value(QStringLiteral("enterprise_type")).toString();
    const QString name = text(m_cert, "org_name");
    const QString code = text(m_cert, "credit_code");
    const LicenceCheck::Declared declared{
        code.isEmpty() ? text(m_org, "credit_code") : code,
        name.isEmpty() ? text(m_org, "name") : name, typeCode,
        ApplicationDetails::enterpriseTypeName(text(m_cert, "org_kind"), typeCode)};
    m_checks->showChecks(input, declared, m_pages[License].sha);
}

QStringList CertificationReview::checklist() const {
    return m_checks->lines();
}

bool CertificationReview::isReadingLicence() const {
    return m_checks->isReadingLicence();
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

DocumentViewer *CertificationReview::currentViewer() const {
    return viewer(m_documents->currentIndex());
}

int CertificationReview::currentDocument() const {
    return m_documents->currentIndex();
}

void CertificationReview::showDocumentTab(int index) {
    m_documents->setCurrentIndex(index);
}

QPushButton *CertificationReview::approveButton() const {
    return m_bar->approveButton();
}
QPushButton *CertificationReview::rejectButton() const {
    return m_bar->rejectButton();
}
QPushButton *CertificationReview::nextButton() const {
    return m_bar->nextButton();
}
QPushButton *CertificationReview::previousButton() const {
    return m_bar->previousButton();
}
QComboBox *CertificationReview::reasonTemplates() const {
    return m_bar->reasonTemplates();
}
QPlainTextEdit *CertificationReview::reasonText() const {
    return m_bar->reasonText();
}

void CertificationReview::updateStatus() {
    m_bar->setStatus({});
    if (m_id.isEmpty()) return;
    auto row = m_wb.replica.db().one(
        QStringLiteral("SELECT status, outcome FROM outbox WHERE target = ? AND "
                       "type = 'certification.decide' ORDER BY seq DESC LIMIT 1"),
        {m_id});
    if (!row || !row->has_value()) return;
    const QString status = (*row)->value(QStringLiteral("status")).toString();
    if (status == CommandStatus::Pending) {
        m_bar->setStatus(QStringLiteral("○ ") + tr("Decision pending sync"));
    } else if (status == CommandStatus::Applied) {
        m_bar->setStatus(QStringLiteral("✓ ") + tr("Synced"));
    } else if (status == CommandStatus::Rejected) {
        const QJsonObject outcome =
            QJsonDocument::fromJson((*row)->value(QStringLiteral("outcome")).toString().toUtf8())
                .object();
        const Error error = Error::fromJson(outcome.value(QStringLiteral("error")).toObject());
        m_bar->setStatus(QStringLiteral("✗ ") +
                         tr("The server refused the decision: %1").arg(error.message));
    }
}

QString CertificationReview::statusText() const {
    return m_bar->status();
}

QString CertificationReview::errorText() const {
    return m_bar->error();
}

void CertificationReview::approve() {
    if (m_bar->approveButton()->isEnabled()) decide(QStringLiteral("approve"));
}

void CertificationReview::reject() {
    if (m_bar->rejectButton()->isEnabled()) decide(QStringLiteral("reject"));
}

bool CertificationReview::confirmDecision(const QString &decision) {
    const bool approving = decision == QStringLiteral("approve");
    QStringList unseen;
    for (int i = 0; i < DocumentSlots; ++i)
        if (!m_pages[i].sha.isEmpty() && !m_viewed.contains(i))
            unseen << ReviewChecks::documentName(QString::fromLatin1(kPurposes[i]));
    // A rejection is undone as easily as it is made; it asks only when documents went unseen.
    if (!approving && unseen.isEmpty()) return true;
    const QString name = m_details->organisationName();
    QString question = approving ? tr("Approve the certification of %1?").arg(name)
                                 : tr("Reject the certification of %1?").arg(name);
    if (!unseen.isEmpty())
        question +=
            u'\n' + tr("You have not looked at: %1.").arg(QLocale().createSeparatedList(unseen));
    // An approval against a failed check says so once more, in the question itself.
    if (approving) {
        QStringList failed;
        for (const QString &line : m_checks->lines())
            if (line.startsWith(u'✗')) failed << line.mid(2);
        if (!failed.isEmpty())
            question += u'\n' + tr("Failed checks:") + u'\n' + failed.join(u'\n');
    }
    return m_confirm(approving ? tr("Approve") : tr("Reject"), question);
}

void CertificationReview::decide(const QString &decision) {
    m_bar->showError({});
    if (m_id.isEmpty()) return;
    // The rev this reviewer is looking at, fresh from the replica: the command's base_rev.
    auto rev = m_wb.replica.db().scalar(
        QStringLiteral("SELECT rev FROM certifications WHERE id = ?"), {m_id});
    if (!rev || rev->isNull()) {
        m_bar->showError(tr("This application is not on this computer."));
        return;
    }
    QJsonObject payload{{QStringLiteral("decision"), decision}};
    const QString reason = m_bar->reason();
    const bool rejecting = decision == QStringLiteral("reject");
    if (rejecting && !reason.isEmpty()) payload.insert(QStringLiteral("reason"), reason);
    // Without a reason the command refuses a rejection at once: no question before that.
    if (!(rejecting && reason.isEmpty()) && !confirmDecision(decision)) return;

    const QString id = m_id;
    const QString name = m_details->organisationName();
    const Outcome out = m_wb.sync.performHeld(QStringLiteral("certification.decide"), id,
                                              rev->toLongLong(), payload, kUndoWindowMs);
    if (out.status != Outcome::Status::Applied) {
        // The local rules refuse exactly what the server would; nothing was queued.
        const bool reasonMissing = out.error.field == QStringLiteral("reason") &&
                                   out.error.code == QLatin1String(ErrorCode::Required);
        m_bar->showError(
            reasonMissing ? tr("A rejection needs a reason: choose a template or write one.")
            : out.error.field == QStringLiteral("reason") ? tr("Reason: %1").arg(out.error.message)
                                                          : out.error.message);
        if (out.error.field == QStringLiteral("reason")) m_bar->focusReason();
        return;
    }
    m_undoTarget = id;
    m_undoBar->showMessage(
        rejecting ? tr("Rejected: %1.").arg(name) : tr("Approved: %1.").arg(name),
        out.result.value(QStringLiteral("seq")).toInteger());
    updateUndo();
    emit decided(id, decision);
    const int at = m_queue.indexOf(id);
    if (at >= 0 && at + 1 < m_queue.size())
        open(m_queue.at(at + 1), m_queue);
    else
        reload();
}

void CertificationReview::updateUndo() {
    if (m_undoBar->isHidden() || m_undoBar->seq() <= 0) return;
    if (!m_wb.sync.mayWithdraw(m_undoBar->seq())) m_undoBar->setUndoAvailable(false);
}

void CertificationReview::undo() {
    const qint64 seq = m_undoBar->seq();
    if (seq <= 0) return;
    const QString id = m_undoTarget;
    const Status taken = m_wb.sync.withdraw(seq);
    if (!taken) {
        m_undoBar->showMessage(taken.error().message, 0);
        return;
    }
    m_undoBar->showMessage(tr("The decision was taken back; the application waits for review."), 0);
    emit withdrawn(id);
    open(id, m_queue);
}

}  // namespace dx
