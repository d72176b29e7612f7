#include "phone.h"

#include <QRegularExpression>

namespace dx {

namespace {

// [0-9] rather than \d: \d would also accept non-ASCII digits.
const QRegularExpression &mobilePattern() {
    static const QRegularExpression re(QStringLiteral("^1[0-9]{10}$"));
    return re;
}

const QRegularExpression &landlinePattern() {
    static const QRegularExpression re(QStringLiteral("^0[0-9]{2,3}-[0-9]{7,8}(-[0-9]{1,6})?$"));
    return re;
}

}  // namespace

Result<Phone> Phone::parse(const QString &text, const QString &field) {
    const QString number = text.trimmed();
    if (number.isEmpty()) {
        return makeError(ErrorCode::Required, tr("Enter a telephone number."), field);
    }
    Phone phone;
    phone.m_number = number;
    if (mobilePattern().match(number).hasMatch()) {
        phone.m_mobile = true;
        return phone;
    }
    if (landlinePattern().match(number).hasMatch()) return phone;
    return makeError(ErrorCode::Invalid,
                     tr("Enter a mobile number (1 followed by 10 digits) or a landline as area "
                        "code-number, for example 0371-12345678."),
                     field);
}

Result<Phone> Phone::parseMobile(const QString &text, const QString &field) {
    const QString number = text.trimmed();
    if (number.isEmpty()) {
        return makeError(ErrorCode::Required, tr("Enter a mobile number."), field);
    }
    if (!mobilePattern().match(number).hasMatch()) {
        return makeError(ErrorCode::Invalid, tr("Enter a mobile number: 1 followed by 10 digits."),
                         field);
    }
    Phone phone;
    phone.m_number = number;
    phone.m_mobile = true;
    return phone;
}

QString Phone::masked() const {
    if (m_number.isEmpty()) return {};
    if (m_mobile) return m_number.left(3) + QStringLiteral("****") + m_number.right(4);
    const qsizetype dash = m_number.indexOf(u'-');
    QString out = m_number;
    for (qsizetype i = dash + 1; i < out.size() - 4; ++i)
        if (out[i].isDigit()) out[i] = u'*';
    return out;
}

}  // namespace dx
