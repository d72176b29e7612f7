#pragma once

#include <QHash>
#include <QStringList>
#include <QVariantMap>
#include <QWidget>

#include <array>

class DocumentViewer;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace dx {

struct Workbench;

/// The county reviewer's desk for one certification: the
/// organisation's and the application's data, the automatic checks, the three scans (and an
/// attachment) in document viewers, approve / reject with a reason, the decision's sync state,
/// and next/previous through the inbox queue. Everything reads the local replica, so it works
/// offline; a decision is a `certification.decide` command through SyncClient::perform.
class CertificationReview : public QWidget {
    Q_OBJECT
public:
    /// Document tabs, in order; the attachment shows only when there is one.
    enum Document { License, IdFront, IdBack, Attachment, DocumentSlots };

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
    /// The automatic checks, one line each, starting with ✓, ⚠ or ✗.
    QStringList checklist() const;
    /// Documents of this application (3, or 4 with an attachment).
    int documentCount() const;
    /// The viewer of document `index` (License, IdFront, IdBack, Attachment), or nullptr.
    DocumentViewer *viewer(int index) const;
    /// Whether this application's documents are on this computer (the label by the tabs).
    QString documentsText() const;

    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    QComboBox *reasonTemplates() const { return m_templates; }
    QPlainTextEdit *reasonText() const { return m_reasonText; }

public slots:
    void next();
    void previous();
    void approve();
    void reject();
    /// Re-reads the current application from the replica (it changed).
    void reload();

signals:
    /// Another application is shown (by open(), next/previous, or after a decision).
    void currentChanged(const QString &certificationId);
    /// A decision was queued locally for the server.
    void decided(const QString &certificationId, const QString &decision);

protected:
    void changeEvent(QEvent *event) override;

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
    QWidget *createDecisionBar();
    void decide(const QString &decision);
    QString composedReason() const;
    void showApplication();
    void showDocument(int index);
    void updateChecks();
    void updateStatus();
    void updateNavigation();
    void onBlobReady(const QString &sha);
    // Offline documents: the label by the tabs, and a download that failed.
    void updateDocumentsLabel();
    void onBlobFailed(const QString &sha);
    void retranslate();

    Workbench &m_wb;
    QString m_id;
    QStringList m_queue;
    QVariantMap m_cert;
    QVariantMap m_org;
    QString m_previousReason;

    QHash<QString, QLabel *> m_values;  // field key → value label
    QList<QPair<QLabel *, const char *>> m_captions;
    QGroupBox *m_orgBox = nullptr;
    QGroupBox *m_appBox = nullptr;
    QGroupBox *m_checksBox = nullptr;
    QListWidget *m_checks = nullptr;
    QTabWidget *m_documents = nullptr;
    std::array<DocumentPage, DocumentSlots> m_pages;
    QLabel *m_documentsLabel = nullptr;

    QLabel *m_position = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QComboBox *m_templates = nullptr;
    QPlainTextEdit *m_reasonText = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
};

}  // namespace dx
