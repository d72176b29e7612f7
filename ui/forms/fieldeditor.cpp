#include "ui/forms/fieldeditor.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QTextStream>

#include <limits>

#include "models/domain/regioncode.h"

namespace dx {

namespace {

using Type = FormSchema::FieldType;

// Read from QDateEdit's minimum, shown blank: a date field has no answer yet.
const QDate kNoDate(1900, 1, 1);
const QRegularExpression kLeadingCode(QStringLiteral("^\\s*(\\d{6})(?!\\d)"));

QString localised(const QJsonObject &json, const char *key, bool chinese) {
    const QString k = QString::fromLatin1(key);
    const QString zh = json.value(k + QStringLiteral("_zh")).toString();
    return chinese && !zh.isEmpty() ? zh : json.value(k).toString();
}

}  // namespace

FieldEditor::FieldEditor(const FormSchema::Field &field, bool chinese, QWidget *parent)
    : QWidget(parent), m_field(field), m_chinese(chinese) {
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    switch (field.type) {
        case Type::Text:
            buildLine(field.maxLength.value_or(500));
            break;
        case Type::Textarea:
            buildTextarea();
            break;
        case Type::Integer:
            buildNumber(QStringLiteral("-?\\d{0,15}"));
            break;
        case Type::Decimal:
        case Type::MoneyWan:
            buildNumber(field.scale > 0
                            ? QStringLiteral("-?\\d{0,15}(\\.\\d{0,%1})?").arg(field.scale)
                            : QStringLiteral("-?\\d{0,15}"));
            break;
        case Type::Bool:
            buildBool();
            break;
        case Type::Date:
            buildDate();
            break;
        case Type::Choice:
            buildChoice();
            break;
        case Type::MultiChoice:
            buildMultiChoice();
            break;
        case Type::Phone:
            buildLine(field.maxLength.value_or(20));
            break;
        case Type::Mobile:
            buildLine(11);
            break;
        case Type::Email:
            buildLine(field.maxLength.value_or(254));
            break;
        case Type::CreditCode:
            buildLine(18);
            break;
        case Type::IdNumber:
            buildLine(18);
            break;
        case Type::Region:
            buildRegion();
            break;
    }
    if (m_input != nullptr) {
        m_input->setObjectName(QStringLiteral("input_") + field.id);
        m_input->setToolTip(localised(field.json, "help", chinese));
    }
    if (m_line != nullptr)
        m_line->setPlaceholderText(localised(field.json, "placeholder", chinese));

    QString unit = localised(field.json, "unit", chinese);
    if (unit.isEmpty() && field.type == Type::MoneyWan)
        unit = chinese ? QStringLiteral("万元") : tr("10k yuan");
    if (!unit.isEmpty()) row->addWidget(new QLabel(unit, this));
    if (field.type != Type::Textarea && field.type != Type::MultiChoice) row->addStretch(1);
}

void FieldEditor::buildLine(int maxLength) {
    m_line = new QLineEdit(this);
    m_line->setMaxLength(maxLength);
    if (m_field.type == Type::CreditCode || m_field.type == Type::IdNumber) {
        // Both end in upper-case letters or X; lower case is a typing accident.
        connect(m_line, &QLineEdit::textEdited, this, [this](const QString &t) {
            if (t != t.toUpper()) {
                const int at = m_line->cursorPosition();
                m_line->setText(t.toUpper());
                m_line->setCursorPosition(at);
            }
        });
    }
    if (m_field.type == Type::Mobile || m_field.type == Type::Phone)
        m_line->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9+\\- ]*")), m_line));
    m_line->setMinimumWidth(m_field.type == Type::Text && maxLength > 40 ? 320 : 200);
    connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
    layout()->addWidget(m_line);
    m_input = m_line;
}

void FieldEditor::buildNumber(const QString &pattern) {
    QString p = pattern;
    if (m_field.min && *m_field.min >= 0) p.remove(QStringLiteral("-?"));
    m_line = new QLineEdit(this);
    m_line->setValidator(new QRegularExpressionValidator(QRegularExpression(p), m_line));
    m_line->setAlignment(Qt::AlignRight);
    m_line->setMaximumWidth(200);
    connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
    layout()->addWidget(m_line);
    m_input = m_line;
}

void FieldEditor::buildTextarea() {
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    m_text->setMaximumHeight(160);
    const int max = m_field.maxLength.value_or(5000);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this, max] {
        const QString t = m_text->toPlainText();
        if (t.size() > max) {
            // A paste past the limit: keep the first `max` characters, as QLineEdit does.
            QSignalBlocker block(m_text);
            m_text->setPlainText(t.left(max));
            m_text->moveCursor(QTextCursor::End);
        }
        emit edited();
    });
    layout()->addWidget(m_text);
    m_input = m_text;
}

void FieldEditor::buildBool() {
    auto *box = new QWidget(this);
    auto *l = new QHBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    m_yes = new QRadioButton(tr("Yes"), box);
    m_no = new QRadioButton(tr("No"), box);
    m_yes->setObjectName(QStringLiteral("yes"));
    m_no->setObjectName(QStringLiteral("no"));
    l->addWidget(m_yes);
    l->addWidget(m_no);
    m_bool = new QButtonGroup(this);
    m_bool->addButton(m_yes);
    m_bool->addButton(m_no);
    connect(m_bool, &QButtonGroup::buttonClicked, this, &FieldEditor::edited);
    layout()->addWidget(box);
    m_input = box;
}

void FieldEditor::buildDate() {
    m_date = new QDateEdit(this);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(kNoDate);
    m_date->setSpecialValueText(QStringLiteral(" "));
    m_date->setDate(kNoDate);
    connect(m_date, &QDateEdit::userDateChanged, this, &FieldEditor::edited);
    layout()->addWidget(m_date);
    m_input = m_date;
}

QString FieldEditor::optionLabel(const FormSchema::Option &o) const {
    return m_chinese && !o.labelZh.isEmpty() ? o.labelZh : o.label;
}

void FieldEditor::buildChoice() {
    m_combo = new QComboBox(this);
    m_combo->addItem(tr("(not chosen)"), QString());
    for (const FormSchema::Option &o : m_field.options) m_combo->addItem(optionLabel(o), o.value);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_combo, &QComboBox::activated, this, &FieldEditor::edited);
    layout()->addWidget(m_combo);
    m_input = m_combo;
}

void FieldEditor::buildMultiChoice() {
    m_list = new QListWidget(this);
    for (const FormSchema::Option &o : m_field.options) {
        auto *item = new QListWidgetItem(optionLabel(o), m_list);
        item->setData(Qt::UserRole, o.value);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    // Every option in view: a checklist, not a scrolling list.
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rows = qMax(1, int(m_field.options.size()));
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth() + 4);
    connect(m_list, &QListWidget::itemChanged, this, &FieldEditor::edited);
    layout()->addWidget(m_list);
    m_input = m_list;
}

const QList<QPair<QString, QString>> &FieldEditor::henanCounties() {
    static const QList<QPair<QString, QString>> counties = [] {
        QList<QPair<QString, QString>> out;
        QFile f(QStringLiteral(":/regions/gb2260.tsv"));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return out;
        QTextStream in(&f);
        while (!in.atEnd()) {
            const QString code = in.readLine().section(u'\t', 0, 0);
            if (!code.startsWith(QStringLiteral("41")) || code.endsWith(QStringLiteral("00")))
                continue;
            if (auto r = RegionCode::parse(code); r && r->isCounty())
                out.append({code, r->fullName()});
        }
        return out;
    }();
    return counties;
}

void FieldEditor::buildRegion() {
    // Henan's counties to pick from; any other six-digit county code may be typed.
    m_combo = new QComboBox(this);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->addItem(QString(), QString());
    for (const auto &[code, name] : henanCounties()) m_combo->addItem(code + u' ' + name, code);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setMinimumWidth(260);
    m_combo->lineEdit()->setMaxLength(60);
    // Typing, picking from the list and completing all change the text; setValue() blocks it.
    connect(m_combo, &QComboBox::currentTextChanged, this, &FieldEditor::edited);
    layout()->addWidget(m_combo);
    m_input = m_combo;
}

QJsonValue FieldEditor::value() const {
    switch (m_field.type) {
        case Type::Textarea: {
            const QString t = m_text->toPlainText();
            return t.trimmed().isEmpty() ? QJsonValue() : QJsonValue(t);
        }
        case Type::Integer: {
            const QString t = m_line->text().trimmed();
            if (t.isEmpty()) return {};
            bool ok = false;
            const qint64 n = t.toLongLong(&ok);
            return ok ? QJsonValue(n) : QJsonValue(t);  // "-" alone: the validator says why
        }
        case Type::Decimal:
        case Type::MoneyWan: {
            QString t = m_line->text().trimmed();
            if (t.endsWith(u'.')) t.chop(1);
            return t.isEmpty() ? QJsonValue() : QJsonValue(t);
        }
        case Type::Bool:
            if (m_yes->isChecked()) return true;
            if (m_no->isChecked()) return false;
            return {};
        case Type::Date:
            return m_date->date() == kNoDate ? QJsonValue()
                                             : QJsonValue(m_date->date().toString(Qt::ISODate));
        case Type::Choice: {
            const QString v = m_combo->currentData().toString();
            return v.isEmpty() ? QJsonValue() : QJsonValue(v);
        }
        case Type::MultiChoice: {
            QJsonArray values;
            for (int i = 0; i < m_list->count(); ++i)
                if (m_list->item(i)->checkState() == Qt::Checked)
                    values.append(m_list->item(i)->data(Qt::UserRole).toString());
            return values.isEmpty() ? QJsonValue() : QJsonValue(values);
        }
        case Type::Region: {
            const QString t = m_combo->currentText().trimmed();
            if (t.isEmpty()) return {};
            const auto m = kLeadingCode.match(t);
            return m.hasMatch() ? m.captured(1) : t;
        }
        default: {
            const QString t = m_line->text().trimmed();
            return t.isEmpty() ? QJsonValue() : QJsonValue(t);
        }
    }
}

void FieldEditor::setValue(const QJsonValue &v) {
    const QSignalBlocker blockSelf(this);
    // Whole JSON numbers print without a fraction; a fractional one (which the validator refuses
    // for decimals) is still shown as given, so the user sees what to correct.
    constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
    const qint64 whole = v.toInteger(kNotWhole);
    const QString text = !v.isDouble()        ? v.toString()
                         : whole != kNotWhole ? QString::number(whole)
                                              : QString::number(v.toDouble(), 'g', 17);
    switch (m_field.type) {
        case Type::Textarea:
            m_text->setPlainText(text);
            break;
        case Type::Bool:
            m_bool->setExclusive(false);
            m_yes->setChecked(v.isBool() && v.toBool());
            m_no->setChecked(v.isBool() && !v.toBool());
            m_bool->setExclusive(true);
            break;
        case Type::Date: {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            m_date->setDate(d.isValid() ? d : kNoDate);
            break;
        }
        case Type::Choice: {
            const int i = m_combo->findData(text);
            m_combo->setCurrentIndex(i < 0 ? 0 : i);
            break;
        }
        case Type::MultiChoice: {
            const QVariantList values = v.toArray().toVariantList();
            for (int i = 0; i < m_list->count(); ++i) {
                QListWidgetItem *item = m_list->item(i);
                item->setCheckState(values.contains(item->data(Qt::UserRole)) ? Qt::Checked
                                                                              : Qt::Unchecked);
            }
            break;
        }
        case Type::Region: {
            const int i = text.isEmpty() ? 0 : m_combo->findData(text);
            if (i >= 0) {
                m_combo->setCurrentIndex(i);
            } else {
                const auto r = RegionCode::parse(text);
                m_combo->setEditText(r ? text + u' ' + r->fullName() : text);
            }
            break;
        }
        default:
            m_line->setText(text);
            break;
    }
}

void FieldEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    if (m_line != nullptr)
        m_line->setReadOnly(readOnly);
    else if (m_text != nullptr)
        m_text->setReadOnly(readOnly);
    else if (m_date != nullptr)
        m_date->setReadOnly(readOnly);
    else if (m_input != nullptr)
        m_input->setEnabled(!readOnly);
}

}  // namespace dx
