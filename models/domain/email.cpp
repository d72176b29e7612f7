#include "models/domain/email.h"

#include <algorithm>

namespace dx {

namespace {

constexpr qsizetype kMaxLength = 254;
constexpr qsizetype kMaxLocalLength = 64;

// Characters no mail form should take anywhere in an address: whitespace, controls, invisible
// format characters (zero-width space and joiners, BOM, bidi controls), and the RFC 5322
// specials that only a quoted local part may hold (a<b>@c.com).
bool isRefused(char32_t c) {
    switch (QChar::category(c)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
            return true;
        default:
            break;
    }
    return QChar::isSpace(c) || (c < 0x80 && QStringView(u"()<>[]\\,;:\"").contains(QChar(c)));
}

}  // namespace

Result<Email> Email::parse(const QString &text, const QString &field) {
    const QString address = text.trimmed();
    if (address.isEmpty()) {
        return makeError(ErrorCode::Required, tr("Enter an e-mail address."), field);
    }
    if (address.size() > kMaxLength) {
        return makeError(
            ErrorCode::TooLong,
            tr("An e-mail address can have at most %n characters.", nullptr, int(kMaxLength)),
            field);
    }
    const Error invalid =
        makeError(ErrorCode::Invalid, tr("Enter an e-mail address like name@example.com."), field);
    const QList<uint> codePoints = address.toUcs4();
    if (std::any_of(codePoints.cbegin(), codePoints.cend(),
                    [](uint c) { return isRefused(char32_t(c)); })) {
        return invalid;
    }
    if (address.count(u'@') != 1) return invalid;

    const qsizetype at = address.indexOf(u'@');
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1).toLower();
    if (local.isEmpty()) return invalid;
    if (local.size() > kMaxLocalLength) {
        return makeError(
            ErrorCode::TooLong,
            tr("The part before @ can have at most %n characters.", nullptr, int(kMaxLocalLength)),
            field);
    }
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2 ||
        std::any_of(labels.cbegin(), labels.cend(), [](const QString &l) { return l.isEmpty(); })) {
        return invalid;
    }

    Email email;
    email.m_address = local + u'@' + domain;
    return email;
}

}  // namespace dx
