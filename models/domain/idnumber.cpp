#include "models/domain/idnumber.h"
#include "models/domain/characters.h"

#include <array>

#include "models/domain/regioncode.h"

namespace dx {

namespace {

constexpr qsizetype kIdLength = 18;
constexpr std::array<int, 17> kIdWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr QStringView kCheckChars = u"10X98765432";

QDate dateIn(QStringView number) {
    return QDate(number.mid(6, 4).toInt(), number.mid(10, 2).toInt(), number.mid(12, 2).toInt());
}

}  // namespace

Result<IdNumber> IdNumber::parse(const QString &text, const QString &field) {
    const QString number = compactCodeText(text);
    if (number.isEmpty()) {
        return makeError(ErrorCode::Required, tr("Enter the ID card number."), field);
    }
    bool shapeOk = number.size() == kIdLength;
    for (qsizetype i = 0; shapeOk && i < kIdLength; ++i) {
        const QChar c = number[i];
        shapeOk = isAsciiDigit(c) || (i == kIdLength - 1 && c == u'X');
    }
    if (!shapeOk) {
        return makeError(ErrorCode::Invalid,
                         tr("An ID card number has 18 characters: 17 digits, then a digit or X."),
                         field);
    }

    const QDate birth = dateIn(number);
    if (!birth.isValid()) {
        return makeError(ErrorCode::Invalid,
                         tr("The birth date in this ID card number (%1) is not a real date.")
                             .arg(number.mid(6, 8)),
                         field);
    }
    if (birth.year() < 1900) {
        return makeError(ErrorCode::OutOfRange,
                         tr("The birth date in this ID card number is before 1900."), field);
    }
    if (birth > QDate::currentDate()) {
        return makeError(ErrorCode::OutOfRange,
                         tr("The birth date in this ID card number is in the future."), field);
    }

    int sum = 0;
    for (qsizetype i = 0; i < kIdLength - 1; ++i) {
        sum += (number[i].unicode() - u'0') * kIdWeights[size_t(i)];
    }
    if (kCheckChars[sum % 11] != number.back()) {
        return makeError(ErrorCode::Checksum,
                         tr("This ID card number fails its check digit; please check every "
                            "digit."),
                         field);
    }

    IdNumber result;
    result.m_number = number;
    return result;
}

QString IdNumber::masked() const {
    if (m_number.size() != kIdLength) return {};
    return m_number.left(4) + QString(10, u'*') + m_number.right(4);
}

QDate IdNumber::birthDate() const {
    return m_number.size() == kIdLength ? dateIn(m_number) : QDate();
}

}  // namespace dx
