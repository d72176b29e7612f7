#pragma once

#include <QWidget>

class QLabel;

/// What the viewer shows instead of a document that cannot be shown: an icon and why.
class ErrorPage : public QWidget {
    Q_OBJECT
public:
    explicit ErrorPage(QWidget *parent = nullptr);

    void setMessage(const QString &title, const QString &detail);
    QString message() const;

private:
    QLabel *m_title;
    QLabel *m_detail;
};
