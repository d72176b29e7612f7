#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include "models/core/error.h"
#include "models/forms/formschema.h"

namespace dx {

/// Checks a set of answers (field id → JSON value) against a FormSchema, on client and server.
///
/// Values: text types, date (yyyy-MM-dd) and the domain types are JSON strings; integer a whole
/// number (or its digits as a string); decimal and money_wan a string such as "123.45" (a whole
/// JSON number is accepted too), never a fraction in a JSON number; bool true/false; choice an
/// option value; multi_choice a list of option values. null, "" and [] count as not answered.
/// Each Error's field is the field id. Fields hidden by visible_if are skipped entirely: they are
/// neither required nor checked, and their stale values are left for the caller to drop. Text
/// without max_length is capped at 500 characters (textarea 5,000), as is any other string.
class FormValidator {
    Q_DECLARE_TR_FUNCTIONS(FormValidator)

public:
    enum class Mode {
        /// An incomplete draft: unknown keys, the JSON type of each answer (incl. option
        /// membership and decimal places), max_length and max_items; nothing that more typing
        /// could still fix.
        Draft,
        /// Everything: also required fields, min_length, pattern, min/max, min_items, dates and
        /// the domain formats (phone, mobile, email, credit_code, id_number, county-level region).
        Submit,
    };

    /// Every error in form order, unknown keys first; empty when the answers are acceptable.
    static QList<Error> validate(const FormSchema &schema, const QJsonObject &answers, Mode mode);
    /// The answers with every domain-typed value that parses (phone, mobile, email, credit code,
    /// ID number, region) in its canonical stored form ("１３８ 0013 8000" → "13800138000");
    /// anything else as given. What a command stores.
    static QJsonObject canonical(const FormSchema &schema, const QJsonObject &answers);
    /// Overridable findings, not errors: credit codes that fail the GB 32100 checksum.
    static QList<Error> warnings(const FormSchema &schema, const QJsonObject &answers);
    /// Whether `field` shows, given the answers (visible_if, through its chain of conditions).
    static bool isVisible(const FormSchema &schema, const FormSchema::Field &field,
                          const QJsonObject &answers);
};

}  // namespace dx
