#include "models/domain/creditcode.h"
#include "models/domain/characters.h"

#include <array>

#include "models/domain/regioncode.h"

namespace dx {

namespace {

// GB 32100-2015 alphabet: digits and capitals without I, O, S, V, Z; a character's value is
// its index.
constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr qsizetype kLength = 18;

// 3^(i-1) mod 31 for positions 1..17.
constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8,  24, 10, 30, 28};

// GB 32100-2015 appendix A with its amendments: each registration authority (登记管理部门码) and
// the organisation types (机构类别码) it registers.
struct Authority {
    char16_t code;
    QStringView types;
};
constexpr std::array<Authority, 12> kAuthorities = {{
    // 机构编制: 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
    {u'1', u"1239"},
    // 外交: 外国常驻新闻机构, 其他
    {u'2', u"19"},
    // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
    {u'3', u"123459"},
    // 文化: 外国在华文化中心, 其他
    {u'4', u"19"},
    // 民政: 社会团体, 民办非企业单位, 基金会, 其他
    {u'5', u"1239"},
    // 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地（大陆）代表机构, 其他
    {u'6', u"129"},
    // 宗教: 宗教活动场所, 宗教院校, 其他
    {u'7', u"129"},
    // 工会: 基层工会, 其他
    {u'8', u"19"},
    // 工商: 企业, 个体工商户, 农民专业合作社
    {u'9', u"123"},
    // 中央军委改革和编制办公室: 军队事业单位, 其他
    {u'A', u"19"},
    // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
    {u'N', u"1239"},
    // 其他
    {u'Y', u"1"},
}};

}  // namespace

Result<CreditCode> CreditCode::parse(const QString &text, const QString &field) {
    const QString code = compactCodeText(text);
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
    if (!isRegisteredHead(code[0], code[1])) {
        return makeError(ErrorCode::Invalid,
                         tr("A unified social credit code cannot begin with \"%1\": its first two "
                            "characters are a registration authority and an organisation type of "
                            "GB 32100, such as 91 for a company.")
                             .arg(code.left(2)),
                         field);
    }
    for (qsizetype i = 2; i < 8; ++i) {
        if (!isAsciiDigit(code[i])) {
            return makeError(ErrorCode::Invalid,
                             tr("Characters 3 to 8 of a unified social credit code are a region "
                                "code and must be digits; this code has \"%1\".")
                                 .arg(code.mid(2, 6)),
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

bool CreditCode::isRegisteredHead(QChar authority, QChar type) {
    for (const Authority &a : kAuthorities) {
        if (a.code == authority.unicode()) return a.types.contains(type);
    }
    return false;
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
