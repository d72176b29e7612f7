#include "ui/viewer/errorpage.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

ErrorPage::ErrorPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_detail(new QLabel(this)) {
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMaximumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(m_title);
    layout->addWidget(m_detail, 0, Qt::AlignHCenter);
    layout->addStretch();
}

void ErrorPage::setMessage(const QString &title, const QString &detail) {
    m_title->setText(title);
    m_detail->setText(detail);
}

QString ErrorPage::message() const {
    return m_title->text() + u'\n' + m_detail->text();
}
