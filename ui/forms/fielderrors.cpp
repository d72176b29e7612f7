#include "ui/forms/fielderrors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace dx {

namespace {
const QString kRed = QStringLiteral("#c0392b");
const QString kAmber = QStringLiteral("#b9770e");
}  // namespace

FieldErrors::FieldErrors(QLabel *message, QObject *parent) : QObject(parent), m_message(message) {
    m_message->setWordWrap(true);
    m_message->hide();
}

QLabel *FieldErrors::add(const QString &field, QWidget *parent) {
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("error-") + field);
    l->setWordWrap(true);
    l->hide();
    m_labels.insert(field, l);
    return l;
}

QWidget *FieldErrors::row(const QString &field, QWidget *input) {
    auto *box = new QWidget(input->parentWidget());
    auto *l = new QVBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(2);
    input->setParent(box);
    l->addWidget(input);
    l->addWidget(add(field, box));
    return box;
}

void FieldErrors::put(const QString &field, const QString &text, const QString &color) {
    // "expert.name" or "cases[1].name": the label of the last path part that is a known field.
    QString key = field;
    while (!key.isEmpty() && !m_labels.contains(key)) {
        const qsizetype dot = key.indexOf(u'.');
        key = dot < 0 ? QString() : key.mid(dot + 1);
    }
    QLabel *l = m_labels.value(key, m_message);
    const QString style = QStringLiteral("color: %1;").arg(color);
    // A second message for the same place is appended, never lost.
    const bool keep =
        l->property("shown").toBool() && l->styleSheet() == style && !l->text().contains(text);
    l->setStyleSheet(style);
    l->setText(keep ? l->text() + u'\n' + text : text);
    l->setVisible(!l->text().isEmpty());
    l->setProperty("shown", !l->text().isEmpty());
}

void FieldErrors::show(const Error &error) {
    clear();
    const QJsonArray all = error.details.value(QStringLiteral("errors")).toArray();
    if (all.isEmpty()) return put(error.field, error.message, kRed);
    for (const QJsonValue &v : all) {
        const Error e = Error::fromJson(v.toObject());
        put(e.field, e.message, kRed);
    }
}

void FieldErrors::showWarnings(const QJsonArray &warnings) {
    for (const QJsonValue &v : warnings) {
        if (v.isString()) {
            put({}, v.toString(), kAmber);
            continue;
        }
        const Error w = Error::fromJson(v.toObject());
        put(w.field, w.message, kAmber);
    }
}

void FieldErrors::note(const QString &text) {
    m_message->setStyleSheet({});
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setProperty("shown", !text.isEmpty());
}

void FieldErrors::clear() {
    for (QLabel *l : std::as_const(m_labels)) {
        l->clear();
        l->hide();
        l->setProperty("shown", false);
    }
    note({});
}

QString FieldErrors::text(const QString &field) const {
    const QLabel *l = m_labels.value(field);
    return l != nullptr && l->property("shown").toBool() ? l->text() : QString();
}

QString FieldErrors::message() const {
    return m_message->property("shown").toBool() ? m_message->text() : QString();
}

}  // namespace dx
