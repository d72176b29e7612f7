#include "models/security/passwordpolicy.h"

#include <QJsonObject>

namespace dx {

namespace {

Error ruleError(const QString &rule, QString message, const QString &field) {
    Error error = makeError(ErrorCode::Invalid, std::move(message), field);
    error.details = QJsonObject{{QStringLiteral("rule"), rule}};
    return error;
}

}  // namespace

Status PasswordPolicy::check(const QString &password, const QString &username,
                             const QString &mobile, const QString &field) const {
    if (password.isEmpty()) return makeError(ErrorCode::Required, tr("Enter a password."), field);
    if (password.size() < minLength) {
        return makeError(ErrorCode::TooShort,
                         tr("A password needs at least %n characters.", nullptr, minLength), field);
    }
    if (password.size() > maxLength) {
        return makeError(ErrorCode::TooLong,
                         tr("A password can have at most %n characters.", nullptr, maxLength),
                         field);
    }

    bool digit = false, upper = false, lower = false, special = false;
    for (QChar c : password) {
        if (c >= u'0' && c <= u'9') {
            digit = true;
        } else if (c >= u'A' && c <= u'Z') {
            upper = true;
        } else if (c >= u'a' && c <= u'z') {
            lower = true;
        } else if (specials.contains(c)) {
            special = true;
        } else {
            return ruleError(QStringLiteral("characters"),
                             tr("A password can contain only letters A–Z and a–z, digits and "
                                "these symbols: %1")
                                 .arg(specials),
                             field);
        }
    }
    if (int(digit) + int(upper) + int(lower) + int(special) < minClasses) {
        return ruleError(QStringLiteral("classes"),
                         tr("A password needs at least %n of: digits, upper-case letters, "
                            "lower-case letters, symbols.",
                            nullptr, minClasses),
                         field);
    }
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive)) {
        return ruleError(QStringLiteral("username"),
                         tr("A password must not contain your user name."), field);
    }
    if (!mobile.isEmpty() && password.contains(mobile)) {
        return ruleError(QStringLiteral("mobile"),
                         tr("A password must not contain your mobile number."), field);
    }
    return Ok{};
}

}  // namespace dx
