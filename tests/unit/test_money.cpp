#include <QTest>

#include <limits>

#include "models/domain/money.h"

using namespace Qt::StringLiterals;

namespace dx {
// Lets QCOMPARE print amounts on failure.
char *toString(const Money &m) {
    return QTest::toString(m.format());
}
}  // namespace dx

using dx::Money;

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void percentBp_data() {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<qint32>("bp");
        QTest::addColumn<qint64>("expected");

        // Seed examples.
        QTest::newRow("order 50,000.00 at 30% cap") << qint64(5000000) << 3000 << qint64(1500000);
        QTest::newRow("245.00 at 70%") << qint64(24500) << 7000 << qint64(17150);
        QTest::newRow("contract 120.00 at 30%") << qint64(12000) << 3000 << qint64(3600);
        // Rounding: half away from zero.
        QTest::newRow("1 fen at 50% rounds up") << qint64(1) << 5000 << qint64(1);
        QTest::newRow("1 fen at 49.99% rounds down") << qint64(1) << 4999 << qint64(0);
        QTest::newRow("33 fen at 30% = 9.9") << qint64(33) << 3000 << qint64(10);
        QTest::newRow("5 fen at 10% = 0.5") << qint64(5) << 1000 << qint64(1);
        QTest::newRow("15 fen at 10% = 1.5") << qint64(15) << 1000 << qint64(2);
        QTest::newRow("14 fen at 10% = 1.4") << qint64(14) << 1000 << qint64(1);
        QTest::newRow("-1 fen at 50%") << qint64(-1) << 5000 << qint64(-1);
        QTest::newRow("-5 fen at 10%") << qint64(-5) << 1000 << qint64(-1);
        QTest::newRow("-14 fen at 10%") << qint64(-14) << 1000 << qint64(-1);
        QTest::newRow("-245.00 at 70%") << qint64(-24500) << 7000 << qint64(-17150);
        QTest::newRow("5 fen at -10%") << qint64(5) << -1000 << qint64(-1);
        QTest::newRow("above 10000 fen keeps the rest") << qint64(10005) << 1000 << qint64(1001);
        QTest::newRow("0 bp") << qint64(12345) << 0 << qint64(0);
        QTest::newRow("100%") << qint64(12345) << 10000 << qint64(12345);
        QTest::newRow("large amount, no overflow")
            << qint64(900000000000000000) << 3000 << qint64(270000000000000000);
    }
    void percentBp() {
        QFETCH(qint64, fen);
        QFETCH(qint32, bp);
        QFETCH(qint64, expected);
        QCOMPARE(Money::fromFen(fen).percentBp(bp), Money::fromFen(expected));
    }

    void format_data() {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<QString>("plain");

        QTest::newRow("zero") << qint64(0) << u"¥0.00"_s << u"0.00"_s;
        QTest::newRow("one fen") << qint64(1) << u"¥0.01"_s << u"0.01"_s;
        QTest::newRow("thousands") << qint64(123450) << u"¥1,234.50"_s << u"1234.50"_s;
        QTest::newRow("hundreds") << qint64(99999) << u"¥999.99"_s << u"999.99"_s;
        QTest::newRow("millions") << qint64(123456789) << u"¥1,234,567.89"_s << u"1234567.89"_s;
        QTest::newRow("negative") << qint64(-100) << u"-¥1.00"_s << u"-1.00"_s;
        QTest::newRow("negative fen") << qint64(-5) << u"-¥0.05"_s << u"-0.05"_s;
        QTest::newRow("qint64 min")
            << std::numeric_limits<qint64>::min() << u"-¥92,233,720,368,547,758.08"_s
            << u"-92233720368547758.08"_s;
    }
    void format() {
        QFETCH(qint64, fen);
        QFETCH(QString, formatted);
        QFETCH(QString, plain);
        QCOMPARE(Money::fromFen(fen).format(), formatted);
        QCOMPARE(Money::fromFen(fen).formatPlain(), plain);
    }

    void parseYuan_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");

        QTest::newRow("one decimal") << u"1234.5"_s << qint64(123450);
        QTest::newRow("grouped") << u"1,234.50"_s << qint64(123450);
        QTest::newRow("yuan sign") << u"¥1,234.50"_s << qint64(123450);
        QTest::newRow("fullwidth yuan sign") << u"￥1,234.50"_s << qint64(123450);
        QTest::newRow("negative integer") << u"-3"_s << qint64(-300);
        QTest::newRow("negative with sign") << u"-¥1.00"_s << qint64(-100);
        QTest::newRow("sign after yuan") << u"¥-1.00"_s << qint64(-100);
        QTest::newRow("surrounding spaces") << u"  12.34 "_s << qint64(1234);
        QTest::newRow("zero") << u"0"_s << qint64(0);
        QTest::newRow("fen only") << u"0.01"_s << qint64(1);
        QTest::newRow("millions") << u"1,234,567.89"_s << qint64(123456789);
        QTest::newRow("largest") << u"92233720368547758.07"_s << std::numeric_limits<qint64>::max();
    }
    void parseYuan() {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        const auto parsed = Money::parseYuan(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->fen(), fen);
    }

    void parseYuanErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");

        QTest::newRow("empty") << QString() << u"required"_s;
        QTest::newRow("blank") << u"   "_s << u"required"_s;
        QTest::newRow("three decimals") << u"1.234"_s << u"invalid"_s;
        QTest::newRow("junk") << u"abc"_s << u"invalid"_s;
        QTest::newRow("trailing junk") << u"12元"_s << u"invalid"_s;
        QTest::newRow("two dots") << u"1.2.3"_s << u"invalid"_s;
        QTest::newRow("dot only") << u"."_s << u"invalid"_s;
        QTest::newRow("no integer part") << u".5"_s << u"invalid"_s;
        QTest::newRow("trailing dot") << u"5."_s << u"invalid"_s;
        QTest::newRow("sign only") << u"-"_s << u"invalid"_s;
        QTest::newRow("double sign") << u"--3"_s << u"invalid"_s;
        QTest::newRow("plus") << u"+3"_s << u"invalid"_s;
        QTest::newRow("comma as decimal") << u"1,5"_s << u"invalid"_s;
        QTest::newRow("bad grouping") << u"12,34,567"_s << u"invalid"_s;
        QTest::newRow("leading comma") << u",123"_s << u"invalid"_s;
        QTest::newRow("exponent") << u"1e5"_s << u"invalid"_s;
        QTest::newRow("arabic-indic digit") << u"\u0661"_s << u"invalid"_s;
        QTest::newRow("overflow by one fen") << u"92233720368547758.08"_s << u"out_of_range"_s;
        QTest::newRow("overflow") << u"99999999999999999999"_s << u"out_of_range"_s;
    }
    void parseYuanErrors() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto parsed = Money::parseYuan(text, u"amount"_s);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(parsed.error().field, u"amount"_s);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void tooManyDecimalsHasItsOwnMessage() {
        const auto decimals = Money::parseYuan(u"1.234"_s);
        const auto junk = Money::parseYuan(u"abc"_s);
        QVERIFY(!decimals.ok() && !junk.ok());
        QVERIFY(decimals.error().message != junk.error().message);
    }

    void roundTrip() {
        for (qint64 fen :
             {qint64(0), qint64(1), qint64(-99), qint64(123456789), qint64(-5000000)}) {
            const Money m = Money::fromFen(fen);
            QCOMPARE(Money::parseYuan(m.format()).value(), m);
            QCOMPARE(Money::parseYuan(m.formatPlain()).value(), m);
        }
    }

    void arithmeticAndComparison() {
        Money a = Money::fromFen(1000);
        const Money b = Money::fromFen(250);
        QCOMPARE(a + b, Money::fromFen(1250));
        QCOMPARE(a - b, Money::fromFen(750));
        QCOMPARE(b - a, Money::fromFen(-750));
        a += b;
        QCOMPARE(a, Money::fromFen(1250));
        a -= Money::fromFen(1300);
        QCOMPARE(a, Money::fromFen(-50));
        QVERIFY(Money::fromFen(1) > Money::fromFen(0));
        QVERIFY(Money::fromFen(-1) < Money::fromFen(0));
        QVERIFY(Money::fromFen(5) <= Money::fromFen(5));
        QVERIFY(Money::fromFen(5) != Money::fromFen(6));
        QCOMPARE(Money(), Money::fromFen(0));
        static_assert(Money::fromFen(7).fen() == 7);
    }

    void minPicksTheSmaller() {
        // The subsidy is the smaller of the claim and the cap.
        const Money order = Money::fromFen(5000000);
        const Money cap = order.percentBp(3000);
        QCOMPARE(Money::min(Money::fromFen(2000000), cap), cap);
        QCOMPARE(Money::min(Money::fromFen(100000), cap), Money::fromFen(100000));
        QCOMPARE(Money::min(Money::fromFen(-1), Money::fromFen(0)), Money::fromFen(-1));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
