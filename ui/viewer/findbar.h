#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

/// The find row under the viewer's toolbar: the search field, previous/next hit, the count.
class FindBar : public QWidget {
    Q_OBJECT
public:
    FindBar(QAction *previous, QAction *next, QWidget *parent = nullptr);

    /// Shows the bar and puts the cursor in the field, text selected.
    void activate();
    QString text() const;
    void setStatus(const QString &status);

signals:
    /// Enter in the field (Shift+Enter: backwards).
    void submitted(const QString &text, bool backwards);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_field;
    QLabel *m_status;
    QToolButton *m_close;
};
