#pragma once

#include <QWidget>

class QLabel;

namespace dx {

/// What an empty list says instead of an empty grid: an icon, a line saying what will appear
/// here, and why it is empty now (KeePassXC's and Okular's empty views).
class EmptyState : public QWidget {
    Q_OBJECT
public:
    EmptyState(const QString &iconName, QWidget *parent = nullptr);
    void setText(const QString &title, const QString &explanation);
    QString title() const;
    QString explanation() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_explanation;
};

}  // namespace dx
