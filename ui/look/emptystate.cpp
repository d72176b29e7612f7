#include "ui/look/emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/look/look.h"

namespace dx {

EmptyState::EmptyState(const QString &iconName, QWidget *parent)
    : QWidget(parent),
      m_icon(new QLabel(this)),
      m_title(new QLabel(this)),
      m_explanation(new QLabel(this)) {
    setObjectName(QStringLiteral("emptyState"));
    m_icon->setPixmap(themeIcon(iconName).pixmap(64, 64, QIcon::Disabled));
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyTitle"));
    m_explanation->setObjectName(QStringLiteral("emptyExplanation"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    for (QLabel *l : {m_title, m_explanation}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    // A centred column of readable width; the labels wrap inside it and keep their full height.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().height() * 30);
    auto *lines = new QVBoxLayout(column);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->addWidget(m_icon);
    lines->addWidget(m_title);
    lines->addWidget(m_explanation);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 3);
    row->addStretch(1);
    auto *l = new QVBoxLayout(this);
    l->addStretch(1);
    l->addLayout(row);
    l->addStretch(2);
}

void EmptyState::setText(const QString &title, const QString &explanation) {
    m_title->setText(title);
    m_explanation->setText(explanation);
}

QString EmptyState::title() const {
    return m_title->text();
}

QString EmptyState::explanation() const {
    return m_explanation->text();
}

}  // namespace dx
