#include "ui/review/undobar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace dx {

UndoBar::UndoBar(QWidget *parent) : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo = new QPushButton(this);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close"),
                                      style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_close);
    connect(m_undo, &QPushButton::clicked, this, [this] { emit undoRequested(m_seq); });
    connect(m_close, &QToolButton::clicked, this, &UndoBar::hide);
    retranslate();
    hide();
}

void UndoBar::retranslate() {
    m_undo->setText(tr("&Undo"));
    m_undo->setToolTip(tr("Take the decision back: possible until it has been sent to the server"));
    m_undo->setAccessibleName(tr("Undo the decision"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
}

void UndoBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QFrame::changeEvent(event);
}

void UndoBar::showMessage(const QString &message, qint64 seq) {
    m_seq = seq;
    m_message->setText(message);
    m_message->setAccessibleName(message);
    setUndoAvailable(seq > 0);
    show();
}

void UndoBar::setUndoAvailable(bool available) {
    m_undo->setVisible(available);
}

bool UndoBar::isUndoAvailable() const {
    return !isHidden() && !m_undo->isHidden();
}

QString UndoBar::message() const {
    return m_message->text();
}

}  // namespace dx
