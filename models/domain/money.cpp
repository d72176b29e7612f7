#include "models/domain/money.h"
#include "models/domain/characters.h"

#include <limits>

namespace dx {

namespace {

constexpr qint64 kMaxFen = std::numeric_limits<qint64>::max();

// Commas are accepted only as thousands separators, so "1,5" (a European decimal) is refused
// rather than read as 15.
bool validGrouping(QStringView integer) {
    const auto groups = integer.split(u',');
    if (groups.size() == 1) return true;
    if (groups.front().isEmpty() || groups.front().size() > 3) return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3) return false;
    }
    return true;
}

// Absolute value without overflow for qint64 minimum.
quint64 magnitude(qint64 fen) {
    return fen < 0 ? 0 - quint64(fen) : quint64(fen);
}

QString plainMagnitude(quint64 fen, bool group) {
    QString yuan = QString::number(fen / 100);
    if (group) {
        for (qsizetype i = yuan.size() - 3; i > 0; i -= 3) yuan.insert(i, u',');
    }
    const quint64 cents = fen % 100;
    return yuan + u'.' + QChar(u'0' + int(cents / 10)) + QChar(u'0' + int(cents % 10));
}

}  // namespace

Result<Money> Money::parseYuan(const QString &text, const QString &field) {
    QStringView s = QStringView(text).trimmed();
    if (s.isEmpty()) return makeError(ErrorCode::Required, tr("Enter an amount."), field);

    bool negative = false;
    auto takeSign = [&] {
        if (s.startsWith(u'-') || s.startsWith(u'\u2212')) {
            negative = true;
            s = s.mid(1).trimmed();
            return true;
        }
        return false;
    };
    const bool signFirst = takeSign();
    if (s.startsWith(u'¥') || s.startsWith(u'￥')) s = s.mid(1).trimmed();
    if (!signFirst) takeSign();

    const Error invalid =
        makeError(ErrorCode::Invalid, tr("Enter an amount in yuan, for example 1,234.50."), field);

    const qsizetype dot = s.indexOf(u'.');
    const QStringView integer = dot < 0 ? s : s.left(dot);
    const QStringView decimals = dot < 0 ? QStringView() : s.mid(dot + 1);
    if (integer.isEmpty() || (dot >= 0 && decimals.isEmpty())) return invalid;
    for (QChar c : integer) {
        if (!isAsciiDigit(c) && c != u',') return invalid;
    }
    for (QChar c : decimals) {
        if (!isAsciiDigit(c)) return invalid;
    }
    if (!validGrouping(integer)) return invalid;
    if (decimals.size() > 2) {
        return makeError(ErrorCode::Invalid,
                         tr("An amount can have at most two decimal places (fen)."), field);
    }

    const Error tooLarge = makeError(ErrorCode::OutOfRange, tr("The amount is too large."), field);
    qint64 fen = 0;
    auto push = [&](QChar c) {
        const int digit = c.unicode() - u'0';
        if (fen > (kMaxFen - digit) / 10) return false;
        fen = fen * 10 + digit;
        return true;
    };
    for (QChar c : integer) {
        if (c != u',' && !push(c)) return tooLarge;
    }
    for (qsizetype i = 0; i < 2; ++i) {
        if (!push(i < decimals.size() ? decimals[i] : QChar(u'0'))) return tooLarge;
    }
    return Money(negative ? -fen : fen);
}

QString Money::format() const {
    return (m_fen < 0 ? QStringLiteral("-¥") : QStringLiteral("¥")) +
           plainMagnitude(magnitude(m_fen), true);
}

QString Money::formatPlain() const {
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + plainMagnitude(magnitude(m_fen), false);
}

Money Money::percentBp(qint32 basisPoints) const {
    // Split the amount so the intermediate product stays small: fen × bp / 10000 =
    // whole × bp + rest × bp / 10000, where whole and rest share the sign of fen, so rounding
    // the rest half away from zero rounds the total half away from zero.
    constexpr qint64 kDenominator = 10000;
    const qint64 whole = m_fen / kDenominator;
    const qint64 rest = m_fen % kDenominator;
    const qint64 numerator = rest * basisPoints;
    const qint64 half = numerator < 0 ? -kDenominator / 2 : kDenominator / 2;
    return Money(whole * basisPoints + (numerator + half) / kDenominator);
}

}  // namespace dx
