#include "ui/listings/listingsection.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dx {

ListingSection::ListingSection(Workbench &wb, QWidget *parent) : QWidget(parent), m_wb(wb) {}

QLabel *ListingSection::errorLabel(const QString &path, QWidget *parent) {
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("error:") + path);
    l->setStyleSheet(QStringLiteral("color: #c0392b;"));
    l->setWordWrap(true);
    l->hide();
    m_errors.insert(path, l);
    return l;
}

QWidget *ListingSection::withError(QWidget *input, const QString &path) {
    auto *cell = new QWidget(input->parentWidget());
    auto *l = new QVBoxLayout(cell);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(2);
    input->setParent(cell);
    l->addWidget(input);
    l->addWidget(errorLabel(path, cell));
    return cell;
}

void ListingSection::forgetErrors(const QString &prefix) {
    for (auto it = m_errors.begin(); it != m_errors.end();)
        it = it.key().startsWith(prefix) ? m_errors.erase(it) : std::next(it);
}

bool ListingSection::showError(const QString &path, const QString &message) {
    // `cases[1].document` falls back to `cases[1]`, then `cases`.
    static const QRegularExpression tail(QStringLiteral("(\\.[^.\\[]+|\\[\\d+\\])$"));
    updateErrorPaths();
    QString p = path;
    while (!p.isEmpty()) {
        if (QLabel *l = m_errors.value(p).data()) {
            l->setText(message);
            l->show();
            return true;
        }
        const auto m = tail.match(p);
        if (!m.hasMatch()) break;
        p.chop(m.capturedLength());
    }
    return false;
}

void ListingSection::clearErrors() {
    for (const QPointer<QLabel> &l : std::as_const(m_errors)) {
        if (!l) continue;
        l->clear();
        l->hide();
    }
}

QString ListingSection::errorText(const QString &path) const {
    const QLabel *l = m_errors.value(path).data();
    return l ? l->text() : QString();
}

void ListingSection::watch(QWidget *w) {
    auto emitChanged = [this] { emit changed(); };
    for (auto *e : w->findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textEdited, this, emitChanged);
    if (auto *e = qobject_cast<QLineEdit *>(w))
        connect(e, &QLineEdit::textEdited, this, emitChanged);
    for (auto *e : w->findChildren<QPlainTextEdit *>())
        connect(e, &QPlainTextEdit::textChanged, this, emitChanged);
    for (auto *e : w->findChildren<QSpinBox *>())
        connect(e, &QSpinBox::valueChanged, this, emitChanged);
    for (auto *e : w->findChildren<QComboBox *>())
        connect(e, &QComboBox::activated, this, emitChanged);
    for (auto *e : w->findChildren<QAbstractButton *>())
        if (e->isCheckable()) connect(e, &QAbstractButton::toggled, this, emitChanged);
}

}  // namespace dx
