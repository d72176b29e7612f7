#pragma once

#include <QChar>

namespace dx {

/// An ASCII digit 0–9 (full-width digits are folded by compactCodeText() before this is asked).
inline bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

/// ASCII and full-width hyphen-minus, the Unicode hyphens and dashes (‐ ‑ ‒ – — ―), the minus
/// sign and the small forms: what people and input methods put between groups of digits.
inline bool isDash(QChar c) {
    const char16_t u = c.unicode();
    return u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFE58 || u == 0xFE63 ||
           u == 0xFF0D;
}

}  // namespace dx
