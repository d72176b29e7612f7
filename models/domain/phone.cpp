#include "models/domain/phone.h"
#include "models/domain/characters.h"

#include <QRegularExpression>

namespace dx {

namespace {

// Mainland mobile numbers: 11 digits, 13–19 first. [0-9] rather than \d: \d would also accept
// non-ASCII digits.
const QRegularExpression &mobilePattern() {
    static const QRegularExpression re(QStringLiteral("^1[3-9][0-9]{9}$"));
    return re;
}

const QRegularExpression &landlinePattern() {
    static const QRegularExpression re(QStringLiteral("^0[0-9]{2,3}-[0-9]{7,8}(-[0-9]{1,6})?$"));
    return re;
}

// NFKC (full-width ０３７１ → 0371, ideographic space → space), trimmed, without inner spaces,
// every dash as an ASCII hyphen: the landline form, whose hyphens separate its parts.
QString readNumber(const QString &text) {
    const QString nfkc = text.normalized(QString::NormalizationForm_KC).trimmed();
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc) {
        if (c.category() == QChar::Separator_Space) continue;
        out.append(isDash(c) ? QChar(u'-') : c);
    }
    return out;
}

// The canonical mobile number in `number` (as readNumber() returns it; hyphens between groups of
// digits such as 138-0013-8000 are dropped), or an empty string when it is not one.
QString mobileIn(const QString &number) {
    QString digits = number;
    digits.remove(u'-');
    return mobilePattern().match(digits).hasMatch() ? digits : QString();
}

}  // namespace

Result<Phone> Phone::parse(const QString &text, const QString &field) {
    const QString number = readNumber(text);
    if (number.isEmpty()) {
        return makeError(ErrorCode::Required, tr("Enter a telephone number."), field);
    }
    Phone phone;
    if (const QString mobile = mobileIn(number); !mobile.isEmpty()) {
        phone.m_number = mobile;
        phone.m_mobile = true;
        return phone;
    }
    if (landlinePattern().match(number).hasMatch()) {
        phone.m_number = number;
        return phone;
    }
    return makeError(ErrorCode::Invalid,
                     tr("Enter a mobile number (11 digits beginning with 13 to 19) or a landline "
                        "as area code-number, for example 0371-12345678."),
                     field);
}

Result<Phone> Phone::parseMobile(const QString &text, const QString &field) {
    const QString number = readNumber(text);
    if (number.isEmpty()) {
        return makeError(ErrorCode::Required, tr("Enter a mobile number."), field);
    }
    const QString mobile = mobileIn(number);
    if (mobile.isEmpty()) {
        return makeError(ErrorCode::Invalid,
                         tr("Enter a mobile number: 11 digits beginning with 13 to 19."), field);
    }
    Phone phone;
    phone.m_number = mobile;
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
