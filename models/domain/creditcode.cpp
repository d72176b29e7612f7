#include "creditcode.h"

#include <array>

namespace dx {

namespace {

// GB 32100-2015 alphabet: digits and capitals without I, O, S, V, Z; a character's value is
// its index.
constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr qsizetype kLength = 18;

// 3^(i-1) mod 31 for positions 1..17.
constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8,  24, 10, 30, 28};

}  // namespace

Result<CreditCode> CreditCode::parse(const QString &text, const QString &field) {
    const QString code = text.trimmed().toUpper();
    if (code.size() != kLength) {
        return makeError(ErrorCode::Invalid,
                         tr("A unified social credit code has 18 characters; this one has %n.",
                            nullptr, int(code.size())),
                         field);
    }
    for (QChar c : code) {
        if (!kAlphabet.contains(c)) {
            return makeError(ErrorCode::Invalid,
                             tr("A unified social credit code cannot contain \"%1\"; it uses "
                                "digits and capital letters except I, O, S, V and Z.")
                                 .arg(c),
                             field);
        }
    }
    CreditCode result;
    result.m_code = code;
    result.m_field = field;
    result.m_checksumValid = checkCharFor(QStringView(code).left(kLength - 1)) == code.back();
    return result;
}

QChar CreditCode::checkCharFor(QStringView first17) {
    if (first17.size() != kLength - 1) return {};
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        const qsizetype value = kAlphabet.indexOf(first17[i]);
        if (value < 0) return {};
        sum += int(value) * kWeights[size_t(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return kAlphabet[check];
}

std::optional<Error> CreditCode::warning() const {
    if (m_checksumValid || m_code.isEmpty()) return std::nullopt;
    const QChar expected = checkCharFor(QStringView(m_code).left(kLength - 1));
    return makeError(ErrorCode::Checksum,
                     tr("The check character of this credit code should be \"%1\"; please "
                        "check the code against the business licence.")
                         .arg(expected),
                     m_field);
}

}  // namespace dx
