#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dx {

/// The bottom of the review desk: previous / position / next, the decision's sync state, the
/// reason box with its templates (a template fills the box; the box is what is sent), approve
/// and reject, and the refusal message. It decides nothing: its buttons emit requests.
class DecisionBar : public QWidget {
    Q_OBJECT
public:
    explicit DecisionBar(QWidget *parent = nullptr);

    /// The reason as the box shows it, trimmed: exactly what a rejection sends.
    QString reason() const;
    void clearReason();
    void focusReason();
    /// Position `at` (0-based) of `count` in the queue; -1 when the application is not in it.
    void setPosition(int at, int count);
    void setDecisionsEnabled(bool approve, bool reject);
    void setStatus(const QString &text);
    QString status() const;
    void showError(const QString &text);
    QString error() const;

    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    QComboBox *reasonTemplates() const { return m_templates; }
    QPlainTextEdit *reasonText() const { return m_reasonText; }

signals:
    void previousRequested();
    void nextRequested();
    void approveRequested();
    void rejectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void useTemplate(int index);

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
