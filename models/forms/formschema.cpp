#include "models/forms/formschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dx {

namespace {

struct TypeName {
    FormSchema::FieldType type;
    const char *name;
};

constexpr TypeName typeNames[] = {
    {FormSchema::FieldType::Text, "text"},
    {FormSchema::FieldType::Textarea, "textarea"},
    {FormSchema::FieldType::Integer, "integer"},
    {FormSchema::FieldType::Decimal, "decimal"},
    {FormSchema::FieldType::MoneyWan, "money_wan"},
    {FormSchema::FieldType::Bool, "bool"},
    {FormSchema::FieldType::Date, "date"},
    {FormSchema::FieldType::Choice, "choice"},
    {FormSchema::FieldType::MultiChoice, "multi_choice"},
    {FormSchema::FieldType::Phone, "phone"},
    {FormSchema::FieldType::Mobile, "mobile"},
    {FormSchema::FieldType::Email, "email"},
    {FormSchema::FieldType::CreditCode, "credit_code"},
    {FormSchema::FieldType::IdNumber, "id_number"},
    {FormSchema::FieldType::Region, "region"},
};

constexpr int MaxScale = 6;
constexpr int MaxDigits = 18;  // every 18-digit number fits in qint64

QStringList keys(std::initializer_list<const char *> names) {
    QStringList out;
    for (const char *n : names) out.append(QString::fromLatin1(n));
    return out;
}

// The keys a field of `type` may have besides the common ones.
QStringList constraintKeys(FormSchema::FieldType type) {
    using T = FormSchema::FieldType;
    switch (type) {
        case T::Text:
        case T::Textarea:
            return keys({"min_length", "max_length", "pattern"});
        case T::Integer:
        case T::MoneyWan:
            return keys({"min", "max"});
        case T::Decimal:
            return keys({"scale", "min", "max"});
        case T::Email:
        case T::Phone:
            return keys({"max_length"});
        case T::Choice:
            return keys({"options"});
        case T::MultiChoice:
            return keys({"options", "min_items", "max_items"});
        default:
            return {};
    }
}

bool isSnakeId(const QString &s) {
    static const QRegularExpression re(QStringLiteral("\\A[a-z][a-z0-9_]*\\z"));
    return re.match(s).hasMatch();
}

Error schemaError(const QString &path, const QString &message) {
    return makeError(ErrorCode::Invalid, message, path);
}

QString at(const QString &path, const char *key) {
    return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
}

QString at(const QString &path, const char *key, qsizetype index) {
    return at(path, key) + u'[' + QString::number(index) + u']';
}

std::optional<Error> unknownKey(const QJsonObject &o, const QStringList &allowed,
                                const QString &path) {
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return schemaError(path.isEmpty() ? it.key() : path + u'.' + it.key(),
                               FormSchema::tr("Unknown key “%1”.").arg(it.key()));
    }
    return std::nullopt;
}

// A required non-empty string member.
std::optional<Error> text(const QJsonObject &o, const char *key, const QString &path,
                          QString &out) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return schemaError(at(path, key), FormSchema::tr("A non-empty string is required."));
    out = v.toString();
    return std::nullopt;
}

// A whole JSON number (exactly representable), else nothing.
std::optional<qint64> wholeNumber(const QJsonValue &v) {
    if (!v.isDouble()) return std::nullopt;
    const qint64 a = v.toInteger(0);
    if (a != v.toInteger(1)) return std::nullopt;
    return a;
}

std::optional<Error> count(const QJsonObject &o, const char *key, const QString &path,
                           std::optional<int> &out) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) return std::nullopt;
    const auto n = wholeNumber(v);
    if (!n || *n < 0 || *n > 1'000'000)
        return schemaError(at(path, key),
                           FormSchema::tr("A non-negative whole number is required."));
    out = int(*n);
    return std::nullopt;
}

// A bound of an integer (scale 0) or decimal field: a whole number, or a decimal string.
std::optional<Error> bound(const QJsonObject &o, const char *key, int scale, bool integerOnly,
                           const QString &path, std::optional<qint64> &out) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) return std::nullopt;
    if (const auto n = wholeNumber(v)) {
        qint64 units = *n;
        for (int i = 0; i < scale; ++i) {
            if (qAbs(units) > std::numeric_limits<qint64>::max() / 10)
                return schemaError(at(path, key), FormSchema::tr("The bound is too large."));
            units *= 10;
        }
        out = units;
        return std::nullopt;
    }
    if (v.isString() && !integerOnly) {
        const Result<qint64> units = FormSchema::parseDecimal(v.toString(), scale, at(path, key));
        if (!units) return units.error();
        out = *units;
        return std::nullopt;
    }
    return schemaError(at(path, key),
                       integerOnly ? FormSchema::tr("A whole number is required.")
                                   : FormSchema::tr("A number or a decimal string is required."));
}

std::optional<Error> parseOptions(const QJsonObject &o, const QString &path,
                                  QList<FormSchema::Option> &out) {
    const QJsonValue v = o.value(QLatin1String("options"));
    const QString where = at(path, "options");
    if (!v.isArray() || v.toArray().isEmpty())
        return schemaError(where, FormSchema::tr("A non-empty list of options is required."));
    QSet<QString> seen;
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString optionPath = at(path, "options", i);
        if (!list.at(i).isObject())
            return schemaError(optionPath, FormSchema::tr("An option must be an object."));
        const QJsonObject oo = list.at(i).toObject();
        if (auto e = unknownKey(oo, keys({"value", "label", "label_zh"}), optionPath)) return e;
        FormSchema::Option option;
        if (auto e = text(oo, "value", optionPath, option.value)) return e;
        if (auto e = text(oo, "label", optionPath, option.label)) return e;
        if (auto e = text(oo, "label_zh", optionPath, option.labelZh)) return e;
        if (seen.contains(option.value))
            return schemaError(at(optionPath, "value"),
                               FormSchema::tr("Option “%1” is listed twice.").arg(option.value));
        seen.insert(option.value);
        out.append(option);
    }
    return std::nullopt;
}

std::optional<Error> checkOrder(const std::optional<qint64> &low, const std::optional<qint64> &high,
                                const QString &path) {
    if (low && high && *low > *high)
        return schemaError(path, FormSchema::tr("The minimum is above the maximum."));
    return std::nullopt;
}

std::optional<Error> parseCondition(const QJsonObject &o, const QString &path,
                                    const QList<FormSchema::Field> &earlier,
                                    std::optional<FormSchema::Condition> &out) {
    const QJsonValue v = o.value(QLatin1String("visible_if"));
    if (v.isUndefined()) return std::nullopt;
    const QString where = at(path, "visible_if");
    if (!v.isObject()) return schemaError(where, FormSchema::tr("An object is required."));
    const QJsonObject c = v.toObject();
    if (auto e = unknownKey(c, keys({"field", "equals", "not_equals"}), where)) return e;
    FormSchema::Condition condition;
    if (auto e = text(c, "field", where, condition.field)) return e;
    condition.negated = c.contains(QLatin1String("not_equals"));
    const char *compareKey = condition.negated ? "not_equals" : "equals";
    condition.equals = c.value(QLatin1String(compareKey));
    if (condition.equals.isUndefined() || condition.equals.isNull() ||
        (condition.negated && c.contains(QLatin1String("equals"))))
        return schemaError(at(where, compareKey),
                           FormSchema::tr("Exactly one of equals and not_equals is required."));
    const FormSchema::Field *target = nullptr;
    for (const FormSchema::Field &f : earlier)
        if (f.id == condition.field) target = &f;
    if (target == nullptr)
        return schemaError(
            at(where, "field"),
            FormSchema::tr("“%1” is not an earlier field of this form.").arg(condition.field));
    const bool hasOptions = target->type == FormSchema::FieldType::Choice ||
                            target->type == FormSchema::FieldType::MultiChoice;
    if (hasOptions && target->option(condition.equals.toString()) == nullptr)
        return schemaError(at(where, compareKey),
                           FormSchema::tr("The value is not an option of “%1”.").arg(target->id));
    if (target->type == FormSchema::FieldType::Bool && !condition.equals.isBool())
        return schemaError(at(where, compareKey), FormSchema::tr("true or false is required."));
    out = condition;
    return std::nullopt;
}

Result<FormSchema::Field> parseField(const QJsonValue &value, const QString &path,
                                     const QList<FormSchema::Field> &earlier) {
    using T = FormSchema::FieldType;
    if (!value.isObject()) return schemaError(path, FormSchema::tr("A field must be an object."));
    const QJsonObject o = value.toObject();
    FormSchema::Field f;
    f.json = o;
    if (auto e = text(o, "id", path, f.id)) return *e;
    if (!isSnakeId(f.id))
        return schemaError(at(path, "id"), FormSchema::tr("A field id must be snake_case."));
    for (const FormSchema::Field &other : earlier)
        if (other.id == f.id)
            return schemaError(at(path, "id"),
                               FormSchema::tr("Field “%1” is defined twice.").arg(f.id));
    QString typeName;
    if (auto e = text(o, "type", path, typeName)) return *e;
    const auto type = FormSchema::typeFromName(typeName);
    if (!type)
        return schemaError(at(path, "type"),
                           FormSchema::tr("Unknown field type “%1”.").arg(typeName));
    f.type = *type;
    QStringList allowed = keys({"id", "type", "label", "label_zh", "required", "visible_if", "help",
                                "help_zh", "placeholder", "placeholder_zh", "unit", "unit_zh"});
    allowed += constraintKeys(f.type);
    if (auto e = unknownKey(o, allowed, path)) return *e;
    if (auto e = text(o, "label", path, f.label)) return *e;
    if (auto e = text(o, "label_zh", path, f.labelZh)) return *e;
    const QJsonValue required = o.value(QLatin1String("required"));
    if (!required.isUndefined() && !required.isBool())
        return schemaError(at(path, "required"), FormSchema::tr("true or false is required."));
    f.required = required.toBool(false);

    switch (f.type) {
        case T::Text:
        case T::Textarea: {
            if (auto e = count(o, "min_length", path, f.minLength)) return *e;
            if (auto e = count(o, "max_length", path, f.maxLength)) return *e;
            if (f.minLength && f.maxLength && *f.minLength > *f.maxLength)
                return schemaError(at(path, "min_length"),
                                   FormSchema::tr("The minimum is above the maximum."));
            const QJsonValue pattern = o.value(QLatin1String("pattern"));
            if (!pattern.isUndefined()) {
                f.pattern = QRegularExpression(
                    QStringLiteral("\\A(?:") + pattern.toString() + QStringLiteral(")\\z"),
                    QRegularExpression::UseUnicodePropertiesOption);
                if (!pattern.isString() || pattern.toString().isEmpty() || !f.pattern.isValid())
                    return schemaError(at(path, "pattern"),
                                       FormSchema::tr("A valid regular expression is required."));
            }
            break;
        }
        case T::Integer:
        case T::Decimal:
        case T::MoneyWan: {
            if (f.type == T::MoneyWan) f.scale = 2;
            if (f.type == T::Decimal) {
                const QJsonValue scale = o.value(QLatin1String("scale"));
                const auto n = wholeNumber(scale);
                if (!n || *n < 0 || *n > MaxScale)
                    return schemaError(
                        at(path, "scale"),
                        FormSchema::tr("A scale from 0 to %1 is required.").arg(MaxScale));
                f.scale = int(*n);
            }
            const bool integerOnly = f.type == T::Integer;
            if (auto e = bound(o, "min", f.scale, integerOnly, path, f.min)) return *e;
            if (auto e = bound(o, "max", f.scale, integerOnly, path, f.max)) return *e;
            if (auto e = checkOrder(f.min, f.max, at(path, "min"))) return *e;
            break;
        }
        case T::Email:
        case T::Phone:
            if (auto e = count(o, "max_length", path, f.maxLength)) return *e;
            break;
        case T::Choice:
        case T::MultiChoice: {
            if (auto e = parseOptions(o, path, f.options)) return *e;
            if (f.type == T::MultiChoice) {
                if (auto e = count(o, "min_items", path, f.minItems)) return *e;
                if (auto e = count(o, "max_items", path, f.maxItems)) return *e;
                if (f.minItems && f.maxItems && *f.minItems > *f.maxItems)
                    return schemaError(at(path, "min_items"),
                                       FormSchema::tr("The minimum is above the maximum."));
            }
            break;
        }
        default:
            break;
    }
    if (auto e = parseCondition(o, path, earlier, f.visibleIf)) return *e;
    return f;
}

}  // namespace

const FormSchema::Option *FormSchema::Field::option(const QString &value) const {
    for (const Option &o : options)
        if (o.value == value) return &o;
    return nullptr;
}

QString FormSchema::typeName(FieldType type) {
    for (const TypeName &t : typeNames)
        if (t.type == type) return QString::fromLatin1(t.name);
    return {};
}

std::optional<FormSchema::FieldType> FormSchema::typeFromName(const QString &name) {
    for (const TypeName &t : typeNames)
        if (name == QLatin1String(t.name)) return t.type;
    return std::nullopt;
}

Result<qint64> FormSchema::parseDecimal(const QString &text, int scale, const QString &field) {
    static const QRegularExpression re(QStringLiteral("\\A(-?)([0-9]+)(?:\\.([0-9]+))?\\z"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return makeError(ErrorCode::Invalid, tr("Enter a number such as “1234.56”."), field);
    }
    const QString whole = m.captured(2);
    const QString fraction = m.captured(3);
    if (fraction.size() > scale) {
        return makeError(ErrorCode::Invalid,
                         scale == 0 ? tr("Enter a whole number.")
                                    : tr("At most %1 decimal places are allowed.").arg(scale),
                         field);
    }
    QString digits = whole + fraction + QString(scale - fraction.size(), u'0');
    while (digits.size() > 1 && digits.startsWith(u'0')) digits.remove(0, 1);
    if (digits.size() > MaxDigits)
        return makeError(ErrorCode::OutOfRange, tr("The number is too large."), field);
    qint64 units = digits.toLongLong();
    if (!m.captured(1).isEmpty()) units = -units;
    return units;
}

QString FormSchema::formatDecimal(qint64 units, int scale) {
    const bool negative = units < 0;
    QString digits = QString::number(negative ? -units : units);
    if (scale > 0) {
        digits = digits.rightJustified(scale + 1, u'0');
        QString fraction = digits.right(scale);
        while (fraction.endsWith(u'0')) fraction.chop(1);
        digits = digits.left(digits.size() - scale);
        if (!fraction.isEmpty()) digits += u'.' + fraction;
    }
    if (negative) digits.prepend(u'-');
    return digits;
}

Result<FormSchema> FormSchema::load(const QString &name) {
    if (!isSnakeId(name))
        return makeError(ErrorCode::NotFound, tr("No form named “%1”.").arg(name));
    QFile file(QStringLiteral(":/forms/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("No form named “%1”.").arg(name));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(ErrorCode::BadJson, tr("Form “%1” is not a JSON object: %2 at offset %3.")
                                                 .arg(name, parseError.errorString())
                                                 .arg(parseError.offset));
    }
    Result<FormSchema> schema = fromJson(doc.object());
    if (schema && schema->id() != name)
        return makeError(ErrorCode::Invalid,
                         tr("Form file “%1” declares the id “%2”.").arg(name, schema->id()),
                         QStringLiteral("id"));
    return schema;
}

Result<FormSchema> FormSchema::fromJson(const QJsonObject &json) {
    FormSchema s;
    if (auto e = unknownKey(json,
                            keys({"id", "version", "title", "title_zh", "description",
                                  "description_zh", "sections"}),
                            {}))
        return *e;
    if (auto e = text(json, "id", {}, s.m_id)) return *e;
    if (!isSnakeId(s.m_id))
        return schemaError(QStringLiteral("id"), tr("A form id must be snake_case."));
    const auto version = wholeNumber(json.value(QLatin1String("version")));
    if (!version || *version < 1 || *version > 1'000'000)
        return schemaError(QStringLiteral("version"), tr("A version of 1 or more is required."));
    s.m_version = int(*version);
    if (auto e = text(json, "title", {}, s.m_title)) return *e;
    if (auto e = text(json, "title_zh", {}, s.m_titleZh)) return *e;

    const QJsonValue sections = json.value(QLatin1String("sections"));
    if (!sections.isArray() || sections.toArray().isEmpty())
        return schemaError(QStringLiteral("sections"),
                           tr("A non-empty list of sections is required."));
    QList<Field> all;
    QSet<QString> sectionIds;
    const QJsonArray list = sections.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = at({}, "sections", i);
        if (!list.at(i).isObject()) return schemaError(path, tr("A section must be an object."));
        const QJsonObject so = list.at(i).toObject();
        if (auto e = unknownKey(
                so, keys({"id", "title", "title_zh", "description", "description_zh", "fields"}),
                path))
            return *e;
        Section section;
        if (auto e = text(so, "id", path, section.id)) return *e;
        if (!isSnakeId(section.id) || sectionIds.contains(section.id))
            return schemaError(at(path, "id"), tr("Section ids must be snake_case and unique."));
        sectionIds.insert(section.id);
        if (auto e = text(so, "title", path, section.title)) return *e;
        if (auto e = text(so, "title_zh", path, section.titleZh)) return *e;
        const QJsonValue fields = so.value(QLatin1String("fields"));
        if (!fields.isArray() || fields.toArray().isEmpty())
            return schemaError(at(path, "fields"), tr("A non-empty list of fields is required."));
        const QJsonArray fieldList = fields.toArray();
        for (qsizetype j = 0; j < fieldList.size(); ++j) {
            Result<Field> field = parseField(fieldList.at(j), at(path, "fields", j), all);
            if (!field) return field.error();
            all.append(*field);
            section.fields.append(std::move(field).value());
        }
        s.m_sections.append(section);
    }
    return s;
}

QList<FormSchema::Field> FormSchema::fields() const {
    QList<Field> out;
    for (const Section &section : m_sections) out += section.fields;
    return out;
}

const FormSchema::Field *FormSchema::field(const QString &id) const {
    for (const Section &section : m_sections)
        for (const Field &f : section.fields)
            if (f.id == id) return &f;
    return nullptr;
}

}  // namespace dx
