#pragma once

#include <QCoreApplication>
#include <QString>

#include "models/core/result.h"

namespace dx {

/// A Chinese contact telephone number: a mainland mobile (11 digits, 13–19 first) or a landline
/// (区号-号码).
class Phone {
    Q_DECLARE_TR_FUNCTIONS(Phone)

public:
    /// An empty number; only parse() makes a real one.
    Phone() = default;

    /// Mobile "13800138000" or landline "0371-12345678" / "010-1234567-801": area code of 3–4
    /// digits starting with 0, number of 7–8 digits, optional extension of 1–6 digits.
    /// Full-width forms and inner spaces are read as typed (NFKC; "１３８ ００１３ ８０００"),
    /// any dash as a hyphen, and a mobile may have hyphens between its digits ("138-0013-8000");
    /// toString() is the canonical form ("13800138000", "0371-12345678").
    static Result<Phone> parse(const QString &text, const QString &field = QStringLiteral("phone"));
    /// As parse(), but only a mobile number is accepted (e.g. for SMS and login).
    static Result<Phone> parseMobile(const QString &text,
                                     const QString &field = QStringLiteral("phone"));

    bool isMobile() const { return m_mobile; }
    QString toString() const { return m_number; }
    /// For lists (numbers are masked in lists): a mobile as 138****1234, a landline with all
    /// but the area code and the last four digits masked.
    QString masked() const;

    friend bool operator==(const Phone &, const Phone &) = default;

private:
    QString m_number;
    bool m_mobile = false;
};

}  // namespace dx
