#include "models/forms/formvalidator.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>

#include "models/domain/creditcode.h"
#include "models/domain/email.h"
#include "models/domain/idnumber.h"
#include "models/domain/phone.h"
#include "models/domain/regioncode.h"

namespace dx {

namespace {

using T = FormSchema::FieldType;
using Mode = FormValidator::Mode;

constexpr qsizetype DefaultMaxLength = 500;
constexpr qsizetype DefaultTextareaMaxLength = 5000;
constexpr qint64 MaxExactJsonInteger = qint64(1) << 53;

// An empty list is "no answer" only where a list is the answer (multi-choice); elsewhere it
// is a wrong type and must be refused, not stored.
bool isBlank(const QJsonValue &v, T type = T::MultiChoice) {
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()) ||
           (type == T::MultiChoice && v.isArray() && v.toArray().isEmpty());
}

Error fieldError(const char *code, const QString &message, const QString &field) {
    return makeError(code, message, field);
}

template <typename Value>
std::optional<Error> failure(const Result<Value> &result, const QString &field) {
    if (result) return std::nullopt;
    Error e = result.error();
    e.field = field;
    return e;
}

// A JSON number that is a whole number and exact in a double, else nothing.
std::optional<qint64> jsonWholeNumber(const QJsonValue &v) {
    if (!v.isDouble()) return std::nullopt;
    const qint64 n = v.toInteger(0);
    if (n != v.toInteger(1) || qAbs(n) > MaxExactJsonInteger) return std::nullopt;
    return n;
}

std::optional<Error> checkLength(const QString &text, qsizetype max, const QString &field) {
    const qsizetype n = text.toUcs4().size();  // characters, not UTF-16 units
    if (n > max) {
        return fieldError(
            ErrorCode::TooLong,
            FormValidator::tr("At most %1 characters are allowed; this has %2.").arg(max).arg(n),
            field);
    }
    return std::nullopt;
}

std::optional<Error> checkRange(const FormSchema::Field &f, qint64 units) {
    if (f.min && units < *f.min) {
        return fieldError(ErrorCode::OutOfRange,
                          FormValidator::tr("The value must be at least %1.")
                              .arg(FormSchema::formatDecimal(*f.min, f.scale)),
                          f.id);
    }
    if (f.max && units > *f.max) {
        return fieldError(ErrorCode::OutOfRange,
                          FormValidator::tr("The value must be at most %1.")
                              .arg(FormSchema::formatDecimal(*f.max, f.scale)),
                          f.id);
    }
    return std::nullopt;
}

std::optional<Error> checkText(const FormSchema::Field &f, const QString &text, Mode mode) {
    const qsizetype max = f.maxLength             ? *f.maxLength
                          : f.type == T::Textarea ? DefaultTextareaMaxLength
                                                  : DefaultMaxLength;
    if (auto e = checkLength(text, max, f.id)) return e;
    if (mode == Mode::Draft) return std::nullopt;
    const qsizetype n = text.toUcs4().size();
    if (f.minLength && n < *f.minLength) {
        return fieldError(ErrorCode::TooShort,
                          FormValidator::tr("At least %1 characters are required; this has %2.")
                              .arg(*f.minLength)
                              .arg(n),
                          f.id);
    }
    if (!f.pattern.pattern().isEmpty() && !f.pattern.match(text).hasMatch())
        return fieldError(ErrorCode::Invalid, FormValidator::tr("The format is not valid."), f.id);
    return std::nullopt;
}

std::optional<Error> checkNumber(const FormSchema::Field &f, const QJsonValue &v, Mode mode) {
    qint64 units = 0;
    if (const auto n = jsonWholeNumber(v)) {
        units = *n;
        for (int i = 0; i < f.scale; ++i) units *= 10;  // |n| ≤ 2^53 and scale ≤ 6: no overflow
    } else if (v.isString()) {
        const Result<qint64> parsed = FormSchema::parseDecimal(v.toString(), f.scale, f.id);
        if (!parsed) return parsed.error();
        units = *parsed;
    } else if (v.isDouble() && f.type != T::Integer) {
        return fieldError(ErrorCode::Invalid,
                          FormValidator::tr("Send the number as text, e.g. “123.45”, so that it "
                                            "stays exact."),
                          f.id);
    } else {
        return fieldError(ErrorCode::Invalid,
                          f.type == T::Integer ? FormValidator::tr("Enter a whole number.")
                                               : FormValidator::tr("Enter a number."),
                          f.id);
    }
    if (mode == Mode::Draft) return std::nullopt;
    return checkRange(f, units);
}

std::optional<Error> checkMultiChoice(const FormSchema::Field &f, const QJsonValue &v, Mode mode) {
    if (!v.isArray())
        return fieldError(ErrorCode::Invalid, FormValidator::tr("Choose from the options."), f.id);
    const QJsonArray chosen = v.toArray();
    QSet<QString> seen;
    for (const QJsonValue &item : chosen) {
        if (!item.isString() || f.option(item.toString()) == nullptr)
            return fieldError(ErrorCode::Invalid, FormValidator::tr("Choose from the options."),
                              f.id);
        if (seen.contains(item.toString()))
            return fieldError(ErrorCode::Invalid,
                              FormValidator::tr("“%1” is chosen twice.").arg(item.toString()),
                              f.id);
        seen.insert(item.toString());
    }
    if (f.maxItems && chosen.size() > *f.maxItems) {
        return fieldError(ErrorCode::OutOfRange,
                          FormValidator::tr("Choose at most %1.").arg(*f.maxItems), f.id);
    }
    if (mode == Mode::Submit && f.minItems && chosen.size() < *f.minItems) {
        return fieldError(ErrorCode::OutOfRange,
                          FormValidator::tr("Choose at least %1.").arg(*f.minItems), f.id);
    }
    return std::nullopt;
}

// Dates and the domain types: strings whose format is only judged on submission.
std::optional<Error> checkFormatted(const FormSchema::Field &f, const QString &text, Mode mode) {
    if (auto e = checkLength(text, f.maxLength.value_or(DefaultMaxLength), f.id)) return e;
    if (mode == Mode::Draft) return std::nullopt;
    switch (f.type) {
        case T::Date: {
            static const QRegularExpression shape(
                QStringLiteral("\\A[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"));
            if (!shape.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid())
                return fieldError(ErrorCode::Invalid,
                                  FormValidator::tr("Enter a date as yyyy-MM-dd, e.g. 2024-03-01."),
                                  f.id);
            return std::nullopt;
        }
        case T::Phone:
            return failure(Phone::parse(text, f.id), f.id);
        case T::Mobile:
            return failure(Phone::parseMobile(text, f.id), f.id);
        case T::Email:
            return failure(Email::parse(text, f.id), f.id);
        case T::CreditCode:
            return failure(CreditCode::parse(text, f.id), f.id);  // a bad checksum is a warning
        case T::IdNumber:
            return failure(IdNumber::parse(text, f.id), f.id);
        case T::Region: {
            const Result<RegionCode> region = RegionCode::parse(text, f.id);
            if (!region) return failure(region, f.id);
            if (!region->isCounty())
                return fieldError(ErrorCode::Invalid,
                                  FormValidator::tr("Choose a county-level region (a county or "
                                                    "district), not a province or city."),
                                  f.id);
            return std::nullopt;
        }
        default:
            return std::nullopt;
    }
}

std::optional<Error> checkValue(const FormSchema::Field &f, const QJsonValue &v, Mode mode) {
    switch (f.type) {
        case T::Integer:
        case T::Decimal:
        case T::MoneyWan:
            return checkNumber(f, v, mode);
        case T::Bool:
            if (!v.isBool())
                return fieldError(ErrorCode::Invalid, FormValidator::tr("Answer yes or no."), f.id);
            return std::nullopt;
        case T::Choice:
            if (!v.isString() || f.option(v.toString()) == nullptr)
                return fieldError(ErrorCode::Invalid,
                                  FormValidator::tr("Choose one of the options."), f.id);
            return std::nullopt;
        case T::MultiChoice:
            return checkMultiChoice(f, v, mode);
        default:
            break;
    }
    if (!v.isString())
        return fieldError(ErrorCode::Invalid, FormValidator::tr("Enter text."), f.id);
    if (f.type == T::Text || f.type == T::Textarea) return checkText(f, v.toString(), mode);
    return checkFormatted(f, v.toString(), mode);
}

}  // namespace

QList<Error> FormValidator::validate(const FormSchema &schema, const QJsonObject &answers,
                                     Mode mode) {
    QList<Error> errors;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (schema.field(it.key()) == nullptr)
            errors.append(
                fieldError(ErrorCode::Invalid, tr("This form has no such field."), it.key()));
    }
    for (const FormSchema::Section &section : schema.sections()) {
        for (const FormSchema::Field &f : section.fields) {
            if (!isVisible(schema, f, answers)) continue;
            const QJsonValue v = answers.value(f.id);
            if (isBlank(v, f.type)) {
                if (mode == Mode::Submit && f.required)
                    errors.append(
                        fieldError(ErrorCode::Required, tr("This field is required."), f.id));
                continue;
            }
            if (auto e = checkValue(f, v, mode)) errors.append(*e);
        }
    }
    return errors;
}

QJsonObject FormValidator::canonical(const FormSchema &schema, const QJsonObject &answers) {
    QJsonObject out = answers;
    for (const FormSchema::Section &section : schema.sections()) {
        for (const FormSchema::Field &f : section.fields) {
            const QJsonValue v = answers.value(f.id);
            if (!v.isString() || isBlank(v)) continue;
            const QString text = v.toString();
            QString canon;
            switch (f.type) {
                case T::Phone:
                    if (auto p = Phone::parse(text, f.id)) canon = p->toString();
                    break;
                case T::Mobile:
                    if (auto p = Phone::parseMobile(text, f.id)) canon = p->toString();
                    break;
                case T::Email:
                    if (auto e = Email::parse(text, f.id)) canon = e->toString();
                    break;
                case T::CreditCode:
                    if (auto c = CreditCode::parse(text, f.id)) canon = c->toString();
                    break;
                case T::IdNumber:
                    if (auto i = IdNumber::parse(text, f.id)) canon = i->toString();
                    break;
                case T::Region:
                    if (auto r = RegionCode::parse(text, f.id)) canon = r->code();
                    break;
                default:
                    break;
            }
            if (!canon.isEmpty()) out.insert(f.id, canon);
        }
    }
    return out;
}

QList<Error> FormValidator::warnings(const FormSchema &schema, const QJsonObject &answers) {
    QList<Error> found;
    for (const FormSchema::Section &section : schema.sections()) {
        for (const FormSchema::Field &f : section.fields) {
            const QJsonValue v = answers.value(f.id);
            if (f.type != T::CreditCode || !v.isString() || isBlank(v) ||
                !isVisible(schema, f, answers))
                continue;
            const Result<CreditCode> code = CreditCode::parse(v.toString(), f.id);
            if (!code) continue;  // an error, reported by validate()
            if (auto w = code->warning()) {
                Error e = *w;
                e.field = f.id;
                found.append(e);
            }
        }
    }
    return found;
}

bool FormValidator::isVisible(const FormSchema &schema, const FormSchema::Field &field,
                              const QJsonObject &answers) {
    if (!field.visibleIf) return true;
    // fromJson() only lets a condition refer to an earlier field, so this chain ends.
    const FormSchema::Field *target = schema.field(field.visibleIf->field);
    if (target != nullptr && !isVisible(schema, *target, answers)) return false;
    const QJsonValue answer = answers.value(field.visibleIf->field);
    const bool equal = answer.isArray() ? answer.toArray().contains(field.visibleIf->equals)
                                        : answer == field.visibleIf->equals;
    return equal != field.visibleIf->negated;
}

}  // namespace dx
