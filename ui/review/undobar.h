#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace dx {

/// The in-window message after a decision ("Approved …"), with Undo while the decision can still
/// be taken back, and a close button. Never modal: the reviewer goes on working under it.
class UndoBar : public QFrame {
    Q_OBJECT
public:
    explicit UndoBar(QWidget *parent = nullptr);

    /// Shows `message` about outbox command `seq`, with Undo.
    void showMessage(const QString &message, qint64 seq);
    void setUndoAvailable(bool available);
    bool isUndoAvailable() const;
    qint64 seq() const { return m_seq; }
    QString message() const;
    QPushButton *undoButton() const { return m_undo; }

signals:
    void undoRequested(qint64 seq);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_message = nullptr;
    QPushButton *m_undo = nullptr;
    QToolButton *m_close = nullptr;
    qint64 m_seq = 0;
};

}  // namespace dx
