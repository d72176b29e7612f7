#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

#include "models/core/result.h"

namespace dx {

/// A unified social credit code (统一社会信用代码, GB 32100-2015) of an organisation.
///
/// A wrong check character parses (with a warning) rather than failing: some early codes fail
/// the checksum, and a reviewer may accept them.
class CreditCode {
    Q_DECLARE_TR_FUNCTIONS(CreditCode)

public:
    /// An empty code; only parse() makes a real one.
    CreditCode() = default;

    /// Reads the text as compactCodeText() does (full-width forms, inner spaces and hyphens,
    /// lower case), then needs 18 characters from the GB 32100 alphabet whose first two are a
    /// registration authority and organisation type of the standard (isRegisteredHead()) and
    /// whose characters 3–8 are digits, else an `invalid` error. toString() is the canonical
    /// 18-character form.
    static Result<CreditCode> parse(const QString &text,
                                    const QString &field = QStringLiteral("credit_code"));

    /// The check character for the first 17 characters; a null QChar when they are not 17
    /// characters of the alphabet.
    static QChar checkCharFor(QStringView first17);
    /// Whether `authority` + `type` is a registration authority (登记管理部门) and an
    /// organisation type (机构类别) that GB 32100 (with its amendments) assigns, e.g. 9 + 1 for a
    /// company, 5 + 1 for a social organisation, N + 2 for a village collective.
    static bool isRegisteredHead(QChar authority, QChar type);

    bool checksumValid() const { return m_checksumValid; }
    /// A `checksum` Error (with the field) when the check character is wrong, else nothing.
    std::optional<Error> warning() const;

    QString toString() const { return m_code; }
    /// Characters 3–8: the GB/T 2260 code of the registering authority's region.
    QString regionCode() const { return m_code.mid(2, 6); }

    friend bool operator==(const CreditCode &a, const CreditCode &b) {
        return a.m_code == b.m_code;
    }

private:
    QString m_code;
    QString m_field;  // reported in warning()
    bool m_checksumValid = false;
};

}  // namespace dx
