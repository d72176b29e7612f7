#pragma once

#include <QSet>
#include <QStringList>
#include <QVariantMap>
#include <QWidget>

#include <array>
#include <functional>

class DocumentViewer;
class QLabel;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace dx {

struct Workbench;
class ApplicationDetails;
class ChecksPanel;
class DecisionBar;
class LicenceReader;
class UndoBar;

/// The county reviewer's desk for one certification: the
/// organisation's and the application's data, the automatic checks (ChecksPanel, with the
/// licence's recognised text), the three scans (and an attachment) in document viewers,
/// approve / reject with a reason (DecisionBar), the message with Undo after a decision
/// (UndoBar), and next/previous through the inbox queue. Everything reads the local replica, so
/// it works offline; a decision is a `certification.decide` command through SyncClient.
class CertificationReview : public QWidget {
    Q_OBJECT
public:
    /// Document tabs, in order; the attachment shows only when there is one.
    enum Document { License, IdFront, IdBack, Attachment, DocumentSlots };
    /// Asks the reviewer to confirm a decision; true to go ahead.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    /// How long a decision waits before its sync starts: the time Undo surely has.
    static constexpr int kUndoWindowMs = 8000;

    explicit CertificationReview(Workbench &wb, QWidget *parent = nullptr);
    ~CertificationReview() override;

    /// Shows a certification; `queue` (ids in inbox order) drives next/previous.
    void open(const QString &certificationId, const QStringList &queue = {});

    QString currentId() const { return m_id; }
    QStringList queue() const { return m_queue; }
    /// The sync state of the last decision on this application ("" when none).
    QString statusText() const;
    /// The message beside the buttons (a refused decision), "" when none.
    QString errorText() const;
    /// The automatic checks, one line each, starting with ✓, ⚠ or ✗ (○ while reading).
    QStringList checklist() const;
    /// The business licence's text is being recognised now.
    bool isReadingLicence() const;
    /// Documents of this application (3, or 4 with an attachment).
    int documentCount() const;
    /// The viewer of document `index` (License, IdFront, IdBack, Attachment), or nullptr.
    DocumentViewer *viewer(int index) const;
    /// The document tab shown now (a Document).
    int currentDocument() const;
    void showDocumentTab(int index);
    /// Whether this application's documents are on this computer (the label by the tabs).
    QString documentsText() const;

    QPushButton *approveButton() const;
    QPushButton *rejectButton() const;
    QPushButton *nextButton() const;
    QPushButton *previousButton() const;
    QComboBox *reasonTemplates() const;
    QPlainTextEdit *reasonText() const;
    /// The message after a decision, with Undo.
    UndoBar *undoBar() const { return m_undoBar; }
    /// Replaces the confirmation dialog (tests answer it without a dialog).
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

public slots:
    void next();
    void previous();
    void approve();
    void reject();
    /// Takes the last decision back while it is still in the outbox.
    void undo();
    /// Re-reads the current application from the replica (it changed).
    void reload();

signals:
    /// Another application is shown (by open(), next/previous, or after a decision).
    void currentChanged(const QString &certificationId);
    /// A decision was queued locally for the server.
    void decided(const QString &certificationId, const QString &decision);
    /// A queued decision was taken back; the application waits for review again.
    void withdrawn(const QString &certificationId);

protected:
    void changeEvent(QEvent *event) override;
    /// A document shown while the desk was hidden is seen when the desk appears.
    void showEvent(QShowEvent *event) override;

private:
    struct DocumentPage {
        QStackedWidget *stack = nullptr;
        QLabel *placeholder = nullptr;
        DocumentViewer *viewer = nullptr;
        QString sha;     ///< what this application cites
        QString loaded;  ///< what the viewer shows
    };

    QWidget *createDetails();
    QWidget *createDocuments();
    void createShortcuts();
    void decide(const QString &decision);
    bool confirmDecision(const QString &decision);
    void showApplication();
    void showDocument(int index);
    void markViewed();
    void updateChecks();
    void updateStatus();
    void updateUndo();
    void onBlobReady(const QString &sha);
    // Offline documents: the label by the tabs, and a download that failed.
    void updateDocumentsLabel();
    void onBlobFailed(const QString &sha);
    void retranslate();
    DocumentViewer *currentViewer() const;

    Workbench &m_wb;
    Confirm m_confirm;
    QString m_id;
    QStringList m_queue;
    QVariantMap m_cert;
    QVariantMap m_org;
    QString m_previousReason;
    QSet<int> m_viewed;  ///< documents of this application displayed on this desk
    QString m_undoTarget;

    ApplicationDetails *m_details = nullptr;
    LicenceReader *m_reader = nullptr;
    ChecksPanel *m_checks = nullptr;
    QTabWidget *m_documents = nullptr;
    std::array<DocumentPage, DocumentSlots> m_pages;
    QWidget *m_detailsArea = nullptr;  ///< the scrolled details and checks
    DecisionBar *m_bar = nullptr;
    UndoBar *m_undoBar = nullptr;
    QLabel *m_documentsLabel = nullptr;
};

}  // namespace dx
