#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <optional>

#include "models/core/result.h"

namespace dx {

/// A form defined as data (`resources/forms/<name>.json`): sections of typed, bilingual fields.
///
/// Schema JSON: {"id", "version", "title", "title_zh", "sections": [{"id", "title", "title_zh",
/// "fields": [{"id", "type", "label", "label_zh", "required", "visible_if", ...}]}]}. Field ids are
/// snake_case and unique in the form; `visible_if` ({"field", "equals"} or {"field",
/// "not_equals"}) may only refer to an earlier field. Per type: text/textarea take min_length,
/// max_length, pattern; integer min, max; decimal scale (0–6), min, max; money_wan (万元, scale 2)
/// min, max; email and phone max_length; choice options; multi_choice options, min_items,
/// max_items. Decimal bounds are strings ("0.01") or whole numbers. Every field may also carry
/// help, help_zh, placeholder, placeholder_zh, unit, unit_zh for the renderer. Unknown keys, types
/// and constraints that don't apply to a type are refused by fromJson().
class FormSchema {
    Q_DECLARE_TR_FUNCTIONS(FormSchema)

public:
    enum class FieldType {
        Text,
        Textarea,
        Integer,
        Decimal,
        MoneyWan,
        Bool,
        Date,
        Choice,
        MultiChoice,
        Phone,
        Mobile,
        Email,
        CreditCode,
        IdNumber,
        Region,
    };

    /// One option of a choice or multi_choice field.
    struct Option {
        QString value;
        QString label;
        QString labelZh;
    };

    /// `visible_if`: the field shows when `field`'s answer equals `equals` (for a list answer:
    /// contains it); written {"field", "not_equals"} it shows when that is not so.
    struct Condition {
        QString field;
        QJsonValue equals;
        bool negated = false;
    };

    /// One field, its constraints parsed; `json` keeps it as written for renderers.
    struct Field {
        QString id;
        FieldType type = FieldType::Text;
        QString label;
        QString labelZh;
        bool required = false;
        std::optional<int> minLength;
        std::optional<int> maxLength;
        QRegularExpression pattern;  ///< anchored; an empty pattern() when none
        std::optional<qint64> min;   ///< integer: the value; decimal, money_wan: 10^-scale units
        std::optional<qint64> max;
        int scale = 0;  ///< decimal places of decimal (as given) and money_wan (2)
        QList<Option> options;
        std::optional<int> minItems;
        std::optional<int> maxItems;
        std::optional<Condition> visibleIf;
        QJsonObject json;

        const Option *option(const QString &value) const;
    };

    /// One titled group of fields.
    struct Section {
        QString id;
        QString title;
        QString titleZh;
        QList<Field> fields;
    };

    /// The bundled schema `:/forms/<name>.json`; `not_found`, `bad_json` or `invalid`.
    static Result<FormSchema> load(const QString &name);
    /// Parses and checks a schema; an `invalid` error names the offending path, e.g.
    /// "sections[0].fields[2].type".
    static Result<FormSchema> fromJson(const QJsonObject &json);

    static QString typeName(FieldType type);
    static std::optional<FieldType> typeFromName(const QString &name);

    /// A decimal string ("-12.5") as a count of 10^-scale units (-1250 for scale 2), with integer
    /// arithmetic only. Errors: `invalid` (malformed, or more than `scale` decimal places) and
    /// `out_of_range` (beyond 18 digits).
    static Result<qint64> parseDecimal(const QString &text, int scale, const QString &field = {});
    /// The inverse of parseDecimal(), without trailing zeros: 1250, scale 2 → "12.5".
    static QString formatDecimal(qint64 units, int scale);

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QString title() const { return m_title; }
    QString titleZh() const { return m_titleZh; }
    const QList<Section> &sections() const { return m_sections; }
    /// Every field in form order.
    QList<Field> fields() const;
    /// The field with `id`, or nullptr.
    const Field *field(const QString &id) const;

private:
    QString m_id;
    int m_version = 0;
    QString m_title;
    QString m_titleZh;
    QList<Section> m_sections;
};

}  // namespace dx
