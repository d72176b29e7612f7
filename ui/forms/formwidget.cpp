#include "ui/forms/formwidget.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/forms/fieldeditor.h"

Q_LOGGING_CATEGORY(lcForms, "dx.forms")

namespace dx {

namespace {
constexpr int kAutosaveDelayMs = 1000;
const QString kErrorStyle = QStringLiteral("color: #c0392b;");
const QString kWarningStyle = QStringLiteral("color: #b9770e;");
}  // namespace

FormWidget::FormWidget(FormSchema schema, QWidget *parent)
    : QWidget(parent),
      m_schema(std::move(schema)),
      m_chinese(QLocale().language() == QLocale::Chinese) {
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { writeDraft(); });
    build();
    updateVisibility();
}

FormWidget::~FormWidget() {
    flushDraft();
}

void FormWidget::build() {
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setStyleSheet(kErrorStyle);
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *sections = new QVBoxLayout(content);
    for (const FormSchema::Section &s : m_schema.sections()) {
        auto *box = new QGroupBox(m_chinese && !s.titleZh.isEmpty() ? s.titleZh : s.title, content);
        box->setObjectName(QStringLiteral("section_") + s.id);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        for (const FormSchema::Field &f : s.fields) {
            Row row;
            row.layout = form;
            row.editor = new FieldEditor(f, m_chinese, box);
            const QString text =
                (m_chinese && !f.labelZh.isEmpty() ? f.labelZh : f.label).toHtmlEscaped();
            row.label = new QLabel(
                f.required ? QStringLiteral("<span style=\"color:#c0392b\">*</span> ") + text
                           : text,
                box);
            row.label->setObjectName(QStringLiteral("label_") + f.id);
            row.label->setTextFormat(Qt::RichText);
            row.label->setWordWrap(true);
            row.label->setBuddy(row.editor->input());
            row.cell = new QWidget(box);
            auto *cell = new QVBoxLayout(row.cell);
            cell->setContentsMargins(0, 0, 0, 0);
            cell->setSpacing(2);
            cell->addWidget(row.editor);
            // The error sits under its editor, where the eye already is.
            row.error = new QLabel(row.cell);
            row.error->setObjectName(QStringLiteral("error_") + f.id);
            row.error->setWordWrap(true);
            row.error->hide();
            cell->addWidget(row.error);
            form->addRow(row.label, row.cell);
            const QString id = f.id;
            connect(row.editor, &FieldEditor::edited, this, [this, id] {
                setError(id, {}, false);
                onEdited();
            });
            m_rows.insert(f.id, row);
            m_order.append(f.id);
        }
        sections->addWidget(box);
    }
    // One label column for all sections, so the fields line up from section to section; a
    // label longer than about 12 Chinese characters wraps.
    int labelWidth = 0;
    for (const Row &row : std::as_const(m_rows))
        labelWidth =
            qMax(labelWidth, row.label->fontMetrics().horizontalAdvance(row.label->text().remove(
                                 QRegularExpression(QStringLiteral("<[^>]*>")))));
    labelWidth = qMin(labelWidth, fontMetrics().height() * 12);
    for (const Row &row : std::as_const(m_rows)) row.label->setFixedWidth(labelWidth);
    sections->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
}

void FormWidget::onEdited() {
    m_modified = true;
    updateVisibility();
    if (!m_draftFile.isEmpty()) m_autosave->start();
    emit changed();
}

QJsonObject FormWidget::allValues() const {
    QJsonObject values;
    for (const QString &id : m_order) {
        const QJsonValue v = m_rows.value(id).editor->value();
        if (!v.isUndefined() && !v.isNull()) values.insert(id, v);
    }
    return values;
}

QJsonObject FormWidget::answers() const {
    const QJsonObject all = allValues();
    QJsonObject shown;
    for (auto it = all.begin(); it != all.end(); ++it) {
        const FormSchema::Field *f = m_schema.field(it.key());
        if (f != nullptr && FormValidator::isVisible(m_schema, *f, all))
            shown.insert(it.key(), it.value());
    }
    return shown;
}

void FormWidget::setAnswers(const QJsonObject &answers) {
    for (const QString &id : m_order) m_rows.value(id).editor->setValue(answers.value(id));
    m_modified = false;
    updateVisibility();
}

void FormWidget::updateVisibility() {
    const QJsonObject all = allValues();
    for (const FormSchema::Field &f : m_schema.fields()) {
        const Row &row = m_rows[f.id];
        row.layout->setRowVisible(row.cell, FormValidator::isVisible(m_schema, f, all));
    }
}

bool FormWidget::isFieldVisible(const QString &fieldId) const {
    const auto it = m_rows.constFind(fieldId);
    return it != m_rows.constEnd() && !it->cell->isHidden();
}

FieldEditor *FormWidget::editor(const QString &fieldId) const {
    return m_rows.value(fieldId).editor;
}

void FormWidget::setError(const QString &fieldId, const QString &text, bool warning) {
    const auto it = m_rows.constFind(fieldId);
    if (it == m_rows.constEnd()) return;
    it->error->setText(text);
    it->error->setStyleSheet(warning ? kWarningStyle : kErrorStyle);
    it->error->setVisible(!text.isEmpty());
}

void FormWidget::clearErrors() {
    for (const QString &id : m_order) setError(id, {}, false);
    m_message->clear();
    m_message->hide();
}

void FormWidget::showErrors(const QList<Error> &errors) {
    clearErrors();
    QStringList unplaced;
    QWidget *first = nullptr;
    for (const Error &e : errors) {
        const auto it = m_rows.constFind(e.field);
        if (it == m_rows.constEnd()) {
            unplaced.append(e.message);
        } else if (it->error->text().isEmpty()) {
            setError(e.field, e.message, false);
            if (first == nullptr) first = it->cell;
        }
    }
    if (!unplaced.isEmpty()) {
        m_message->setText(unplaced.join(u'\n'));
        m_message->show();
    }
    if (first != nullptr) {
        if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("formScroll")))
            scroll->ensureWidgetVisible(first);
    }
}

QList<Error> FormWidget::validate(FormValidator::Mode mode) {
    const QJsonObject a = answers();
    const QList<Error> errors = FormValidator::validate(m_schema, a, mode);
    showErrors(errors);
    for (const Error &w : FormValidator::warnings(m_schema, a))
        if (errorText(w.field).isEmpty()) setError(w.field, w.message, true);
    return errors;
}

QString FormWidget::errorText(const QString &fieldId) const {
    const auto it = m_rows.constFind(fieldId);
    return it == m_rows.constEnd() ? QString() : it->error->text();
}

QString FormWidget::messageText() const {
    return m_message->text();
}

void FormWidget::setReadOnlyFields(const QStringList &fieldIds) {
    m_readOnlyFields = fieldIds;
    setReadOnly(m_readOnly);
}

void FormWidget::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (const QString &id : m_order)
        m_rows.value(id).editor->setReadOnly(readOnly || m_readOnlyFields.contains(id));
}

bool FormWidget::setDraftFile(const QString &path) {
    flushDraft();
    m_draftFile = path;
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) return false;
    const QJsonObject draft = QJsonDocument::fromJson(f.readAll()).object();
    if (draft.value(QStringLiteral("form")).toString() != m_schema.id()) {
        qCWarning(lcForms) << "ignoring draft" << path << "of another form";
        return false;
    }
    setAnswers(draft.value(QStringLiteral("answers")).toObject());
    m_modified = true;  // not yet saved anywhere but here
    return true;
}

bool FormWidget::writeDraft() {
    m_autosave->stop();
    if (m_draftFile.isEmpty()) return false;
    QDir().mkpath(QFileInfo(m_draftFile).absolutePath());
    const QJsonObject draft{
        {QStringLiteral("form"), m_schema.id()},
        {QStringLiteral("version"), m_schema.version()},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("answers"), answers()}};
    // QSaveFile: a crash while writing leaves the previous draft, never half of one.
    QSaveFile f(m_draftFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(draft).toJson()) < 0 ||
        !f.commit()) {
        qCWarning(lcForms) << "cannot write draft" << m_draftFile << f.errorString();
        return false;
    }
    return true;
}

void FormWidget::flushDraft() {
    if (m_autosave->isActive()) writeDraft();
}

void FormWidget::discardDraft() {
    m_autosave->stop();
    m_modified = false;
    if (!m_draftFile.isEmpty()) QFile::remove(m_draftFile);
}

}  // namespace dx
