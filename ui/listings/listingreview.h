#pragma once

#include <QStringList>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace dx {

struct Workbench;
class ListingPreview;

/// The listing review desk (商品审核) of the operator (初审 with the experts to ask, then pass to
/// the final review or reject once the opinions are in), an expert (score 0–100 and opinion) and
/// the department (终审: approve or reject): the buyer's page beside the decision, next/previous
/// through the inbox queue. Decisions are commands through SyncClient::perform.
class ListingReview : public QWidget {
    Q_OBJECT
public:
    explicit ListingReview(Workbench &wb, QWidget *parent = nullptr);

    /// Shows a listing; `queue` (listing ids in inbox order) drives next/previous.
    void open(const QString &listingId, const QStringList &queue = {});
    QString currentId() const { return m_id; }
    /// The listing's state as this replica has it.
    QString state() const { return m_row.value(QStringLiteral("state")).toString(); }
    QString errorText() const;
    QString statusText() const;
    /// The expert opinions shown (operator, after the expert review), one line each.
    QStringList opinions() const;

    ListingPreview *preview() const { return m_preview; }
    QListWidget *expertList() const { return m_experts; }
    QSpinBox *scoreBox() const { return m_score; }
    QPlainTextEdit *opinionText() const { return m_opinion; }
    QComboBox *reasonTemplates() const { return m_templates; }
    QPlainTextEdit *reasonText() const { return m_reason; }
    QPushButton *passButton() const { return m_pass; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    /// Asks the server for the experts (operator); the list fills when it answers.
    void loadExperts();

public slots:
    void pass();
    void reject();
    void next();
    void previous();
    void reload();

signals:
    void decided(const QString &listingId, const QString &decision);

private:
    void decide(const QString &type, const QJsonObject &payload, const QString &decision);
    /// A decision was taken: tell the host, move on to the next in the queue.
    void applied(const QString &listingId, const QString &decision);
    QString composedReason() const;
    void setError(const QString &text);
    void updatePanel();

    Workbench &m_wb;
    QString m_id;
    QStringList m_queue;
    QVariantMap m_row;
    ListingPreview *m_preview;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_position;
    QGroupBox *m_expertBox;
    QListWidget *m_experts;
    QGroupBox *m_opinionsBox;
    QListWidget *m_opinionList;
    QGroupBox *m_scoreBox;
    QSpinBox *m_score;
    QPlainTextEdit *m_opinion;
    QGroupBox *m_reasonBox;
    QComboBox *m_templates;
    QPlainTextEdit *m_reason;
    QPushButton *m_pass;
    QPushButton *m_reject;
    QPushButton *m_previous;
    QPushButton *m_next;
};

}  // namespace dx
