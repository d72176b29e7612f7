#include "email.h"

#include <algorithm>

namespace dx {

namespace {

constexpr qsizetype kMaxLength = 254;
constexpr qsizetype kMaxLocalLength = 64;

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
    if (std::any_of(address.cbegin(), address.cend(),
                    [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; })) {
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
