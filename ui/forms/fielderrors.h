#pragma once

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QString>

#include "models/core/error.h"

class QLabel;
class QWidget;

namespace dx {

/// Shows a refused command's typed errors beside the fields they name (one red label per
/// field) and the rest on a message line; shows a result's non-blocking warnings in amber.
/// The widget decides nothing: the command's error says which field and why.
class FieldErrors : public QObject {
    Q_OBJECT
public:
    /// `message` is the dialog's message line, for errors naming no known field.
    explicit FieldErrors(QLabel *message, QObject *parent = nullptr);

    /// A hidden label for the errors of `field`, to lay out under its input.
    QLabel *add(const QString &field, QWidget *parent);
    /// `input` with the error label of `field` under it, as one form row.
    QWidget *row(const QString &field, QWidget *input);
    /// Clears, then shows `error` (and each entry of its details.errors) beside its field.
    void show(const Error &error);
    /// Shows warnings ({code, message, field} objects or plain texts) beside their fields.
    void showWarnings(const QJsonArray &warnings);
    /// Shows a plain note on the message line (not an error).
    void note(const QString &text);
    void clear();

    QString text(const QString &field) const;
    QString message() const;

private:
    void put(const QString &field, const QString &text, const QString &color);

    QLabel *m_message;
    QHash<QString, QLabel *> m_labels;
};

}  // namespace dx
