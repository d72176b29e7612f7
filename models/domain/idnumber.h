#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "models/core/result.h"

namespace dx {

/// A resident identity card number (居民身份证号码, GB 11643-1999) of a person.
///
/// An unknown address code is accepted: codes are retired and reused, and the card stays valid.
class IdNumber {
    Q_DECLARE_TR_FUNCTIONS(IdNumber)

public:
    /// An empty number; only parse() makes a real one.
    IdNumber() = default;

    /// Read as compactCodeText() reads it (full-width forms, inner spaces and hyphens, x):
    /// 17 digits + digit or X, a real birth date from 1900 up to today, and
    /// the ISO 7064 MOD 11-2 check. Errors: `required`, `invalid` (shape, calendar date),
    /// `out_of_range` (birth before 1900 or in the future), `checksum`.
    static Result<IdNumber> parse(const QString &text,
                                  const QString &field = QStringLiteral("id_number"));

    QString toString() const { return m_number; }
    /// First 4 + 10 asterisks + last 4, e.g. "1101**********002X": for lists and logs.
    QString masked() const;
    QDate birthDate() const;

    friend bool operator==(const IdNumber &, const IdNumber &) = default;

private:
    QString m_number;
};

}  // namespace dx
