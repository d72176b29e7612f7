#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "models/core/result.h"

namespace dx {

/// Something the user should look at but may keep (a command still applies): travels in a
/// command's result as `warnings: [{code, message, field}]`.
struct ValidationWarning {
    QString code;     ///< an ErrorCode, e.g. "checksum"
    QString message;  ///< already translated
    QString field;

    QJsonObject toJson() const;
    static QJsonArray toJson(const QList<ValidationWarning> &warnings);
};

/// A receiving (corporate, 对公) bank account number.
///
/// Length: 10–25 digits. Chinese banks do not share one format: Agricultural Bank of China's
/// corporate settlement accounts are 15 digits (older branches), 17 digits, or 19 digits for
/// settlement cards; other banks use 12–22. One per-bank table would need each bank's published
/// rules, so the range is the common envelope and the bank itself is a policy (ProviderPolicy).
/// Spaces and hyphens, as printed on account forms, are dropped.
class BankAccountNumber {
    Q_DECLARE_TR_FUNCTIONS(BankAccountNumber)

public:
    static constexpr int kMinDigits = 10;
    static constexpr int kMaxDigits = 25;

    /// The digits of `text`. Errors: required (empty), invalid (not digits), too_short, too_long.
    static Result<QString> parse(const QString &text,
                                 const QString &field = QStringLiteral("account_no"));

    /// The Luhn (mod 10) check that card numbers carry; many corporate account numbers do not,
    /// which is why a failure is only a warning.
    static bool luhnValid(const QString &digits);

    /// Warnings for a parsed number: `checksum` when the Luhn check fails.
    static QList<ValidationWarning> warnings(const QString &digits,
                                             const QString &field = QStringLiteral("account_no"));
};

}  // namespace dx
