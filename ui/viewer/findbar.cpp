#include "ui/viewer/findbar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

FindBar::FindBar(QAction *previous, QAction *next, QWidget *parent)
    : QWidget(parent),
      m_field(new QLineEdit(this)),
      m_status(new QLabel(this)),
      m_close(new QToolButton(this)) {
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(200);
    m_field->installEventFilter(this);
    m_status->setTextFormat(Qt::PlainText);
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    connect(m_close, &QToolButton::clicked, this, &FindBar::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_field);
    for (QAction *action : {previous, next}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        layout->addWidget(button);
    }
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_close);
    retranslate();
}

void FindBar::activate() {
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString FindBar::text() const {
    return m_field->text();
}

void FindBar::setStatus(const QString &status) {
    m_status->setText(status);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit submitted(m_field->text(), key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void FindBar::retranslate() {
    m_field->setPlaceholderText(tr("Find in document"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
}
