#pragma once

#include <QCoreApplication>
#include <QString>

#include <compare>

#include "models/core/result.h"

namespace dx {

/// An amount of money in integer fen (分); the only money type in the domain (never double).
///
/// Rounding rule (the one rule, everywhere): when a computation yields a fraction of a fen, round
/// half away from zero to the nearest fen, computed with integer arithmetic only.
/// E.g. ¥245.00 × 70% = ¥171.50; 1 fen × 50% = 1 fen; 1 fen × 49.99% = 0; -1 fen × 50% = -1 fen.
/// Amounts must stay within ±qint64 fen (about ±92 trillion yuan); overflow is not checked.
class Money {
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    constexpr qint64 fen() const { return m_fen; }

    /// Parses yuan as typed by a person: "1234.5", "1,234.50", "¥1,234.50", "-3", "-¥3".
    /// At most two decimals; commas must group thousands.
    static Result<Money> parseYuan(const QString &text, const QString &field = {});

    /// "¥1,234.50"; negative "-¥1.00".
    QString format() const;
    /// "1234.50"; negative "-1234.50". For forms and exports.
    QString formatPlain() const;

    /// This amount × basisPoints / 10000 (3000 bp = 30%), rounded by the rule above.
    Money percentBp(qint32 basisPoints) const;

    constexpr Money &operator+=(Money other) {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr Money &operator-=(Money other) {
        m_fen -= other.m_fen;
        return *this;
    }
    friend constexpr Money operator+(Money a, Money b) { return a += b; }
    friend constexpr Money operator-(Money a, Money b) { return a -= b; }
    friend constexpr bool operator==(Money a, Money b) = default;
    friend constexpr auto operator<=>(Money a, Money b) = default;

    static constexpr Money min(Money a, Money b) { return b < a ? b : a; }

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}

    qint64 m_fen = 0;
};

}  // namespace dx
