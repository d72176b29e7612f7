#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWidget>

#include "models/core/error.h"
#include "models/forms/formschema.h"
#include "models/forms/formvalidator.h"

class QFormLayout;
class QLabel;
class QTimer;

namespace dx {

class FieldEditor;

/// Renders any FormSchema as an editable form (forms as data): one group box per
/// section, one typed editor per field, `visible_if` applied as the user types, the validator's
/// errors shown beside their fields, and drafts autosaved to a JSON file a second after the
/// last change so that a crash loses at most that second.
///
/// Labels are the schema's Chinese ones when the UI language is Chinese, else the English ones.
class FormWidget : public QWidget {
    Q_OBJECT
public:
    explicit FormWidget(FormSchema schema, QWidget *parent = nullptr);
    ~FormWidget() override;

    const FormSchema &schema() const { return m_schema; }

    /// The answers as FormValidator expects them, unanswered and hidden fields left out.
    QJsonObject answers() const;
    /// Shows `answers` (fields not named are cleared); not an edit: no changed(), no autosave.
    void setAnswers(const QJsonObject &answers);

    /// Validates answers() and shows each error beside its field (old ones are cleared), and
    /// each warning (e.g. a credit-code checksum) where there is no error. Returns the errors.
    QList<Error> validate(FormValidator::Mode mode);
    /// Shows errors from elsewhere (a refused command) beside their fields; an error naming no
    /// field of this form goes to the message line at the top. Old errors are cleared.
    void showErrors(const QList<Error> &errors);
    void clearErrors();
    /// The error (or warning) shown beside `fieldId`, empty when none.
    QString errorText(const QString &fieldId) const;
    /// The text of the form-level message line.
    QString messageText() const;

    /// Fields that cannot be edited (after certification: credit code and enterprise type).
    void setReadOnlyFields(const QStringList &fieldIds);
    /// The whole form read-only, e.g. while an application is under review.
    void setReadOnly(bool readOnly);

    /// The editor of a field (FieldEditor::input() is what the user types into), or nullptr.
    FieldEditor *editor(const QString &fieldId) const;
    /// Whether the field is shown (`visible_if` holds).
    bool isFieldVisible(const QString &fieldId) const;

    /// Autosaves drafts to `path` (QSaveFile, 1 s after the last change). When the file holds a
    /// draft of this form, it is shown at once and true is returned.
    bool setDraftFile(const QString &path);
    QString draftFile() const { return m_draftFile; }
    /// Writes a pending autosave now.
    void flushDraft();
    /// Removes the draft file (the answers were saved elsewhere) and cancels a pending autosave.
    void discardDraft();
    /// Whether the user changed something since setAnswers() or discardDraft().
    bool isModified() const { return m_modified; }

signals:
    /// The user changed an answer.
    void changed();

private:
    struct Row {
        FieldEditor *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *error = nullptr;
        QWidget *cell = nullptr;
        QFormLayout *layout = nullptr;
    };

    void build();
    void onEdited();
    void updateVisibility();
    QJsonObject allValues() const;
    void setError(const QString &fieldId, const QString &text, bool warning);
    bool writeDraft();

    FormSchema m_schema;
    bool m_chinese = false;
    QHash<QString, Row> m_rows;
    QStringList m_order;
    QLabel *m_message = nullptr;
    QTimer *m_autosave = nullptr;
    QString m_draftFile;
    QStringList m_readOnlyFields;
    bool m_readOnly = false;
    bool m_modified = false;
};

}  // namespace dx
