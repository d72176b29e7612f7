#include "models/provider/bankaccountnumber.h"

namespace dx {

QJsonObject ValidationWarning::toJson() const {
    return {{QStringLiteral("code"), code},
            {QStringLiteral("message"), message},
            {QStringLiteral("field"), field}};
}

QJsonArray ValidationWarning::toJson(const QList<ValidationWarning> &warnings) {
    QJsonArray out;
    for (const ValidationWarning &w : warnings) out.append(w.toJson());
    return out;
}

Result<QString> BankAccountNumber::parse(const QString &text, const QString &field) {
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-') continue;
        // Only ASCII digits: full-width or other scripts' digits are not what a bank prints.
        if (c < u'0' || c > u'9')
            return makeError(ErrorCode::Invalid, tr("An account number has digits only."), field);
        digits += c;
    }
    if (digits.isEmpty())
        return makeError(ErrorCode::Required, tr("This field is required."), field);
    if (digits.size() < kMinDigits)
        return makeError(ErrorCode::TooShort,
                         tr("An account number has at least %n digits.", nullptr, kMinDigits),
                         field);
    if (digits.size() > kMaxDigits)
        return makeError(ErrorCode::TooLong,
                         tr("An account number has at most %n digits.", nullptr, kMaxDigits),
                         field);
    return digits;
}

bool BankAccountNumber::luhnValid(const QString &digits) {
    if (digits.isEmpty()) return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (c < u'0' || c > u'9') return false;
        int d = c.unicode() - u'0';
        if (twice) {
            d *= 2;
            if (d > 9) d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

QList<ValidationWarning> BankAccountNumber::warnings(const QString &digits, const QString &field) {
    QList<ValidationWarning> out;
    if (!luhnValid(digits))
        out.append({QString::fromLatin1(ErrorCode::Checksum),
                    tr("The account number's check digit does not match. Corporate accounts often "
                       "have none, so please compare it with the bank's account opening "
                       "certificate."),
                    field});
    return out;
}

}  // namespace dx
