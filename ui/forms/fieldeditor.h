#pragma once

#include <QJsonValue>
#include <QWidget>

#include "models/forms/formschema.h"

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace dx {

/// The editor of one form field, chosen by its type; reads and writes the JSON value the
/// FormValidator expects (decimals as strings, integers as numbers, multi-choice as arrays).
class FieldEditor : public QWidget {
    Q_OBJECT
public:
    FieldEditor(const FormSchema::Field &field, bool chinese, QWidget *parent = nullptr);

    const FormSchema::Field &field() const { return m_field; }
    /// The answer, or an undefined QJsonValue when nothing is entered.
    QJsonValue value() const;
    /// Shows `value`; null or undefined clears the editor.
    void setValue(const QJsonValue &value);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// The widget the user types or clicks into (a QLineEdit, QComboBox, QListWidget, …).
    QWidget *input() const { return m_input; }

    /// The Henan county codes offered by region fields, with their full names.
    static const QList<QPair<QString, QString>> &henanCounties();

signals:
    /// The user changed the value.
    void edited();

private:
    void buildLine(int maxLength);
    void buildNumber(const QString &pattern);
    void buildTextarea();
    void buildBool();
    void buildDate();
    void buildChoice();
    void buildMultiChoice();
    void buildRegion();
    QString optionLabel(const FormSchema::Option &o) const;

    FormSchema::Field m_field;
    bool m_chinese = false;
    bool m_readOnly = false;
    QWidget *m_input = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QRadioButton *m_yes = nullptr;
    QRadioButton *m_no = nullptr;
    QButtonGroup *m_bool = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_combo = nullptr;
    QListWidget *m_list = nullptr;
};

}  // namespace dx
