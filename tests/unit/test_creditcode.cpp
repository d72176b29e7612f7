#include <QTest>

#include "domain/creditcode.h"

using namespace Qt::StringLiterals;
using dx::CreditCode;

class TestCreditCode : public QObject {
    Q_OBJECT

private slots:
    void valid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");

        QTest::newRow("seed vector") << u"91350100M000100Y43"_s << u"91350100M000100Y43"_s;
        QTest::newRow("lower case and spaces")
            << u"  91350100m000100y43 "_s << u"91350100M000100Y43"_s;
        QTest::newRow("check char L") << u"91110000600037341L"_s << u"91110000600037341L"_s;
        QTest::newRow("check char X") << u"91440300MA5DC1GK3X"_s << u"91440300MA5DC1GK3X"_s;
        QTest::newRow("institution") << u"12100000400000769N"_s << u"12100000400000769N"_s;
    }
    void valid() {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        const auto code = CreditCode::parse(text);
        QVERIFY(code.ok());
        QCOMPARE(code->toString(), normalised);
        QVERIFY(code->checksumValid());
        QVERIFY(!code->warning().has_value());
    }

    void invalid_data() {
        QTest::addColumn<QString>("text");

        QTest::newRow("Z is outside the alphabet") << u"91350100M000100Y4Z"_s;
        QTest::newRow("I is outside the alphabet") << u"91350100I000100Y43"_s;
        QTest::newRow("O is outside the alphabet") << u"91350100O000100Y43"_s;
        QTest::newRow("S is outside the alphabet") << u"91350100S000100Y43"_s;
        QTest::newRow("V is outside the alphabet") << u"91350100V000100Y43"_s;
        QTest::newRow("punctuation") << u"91350100-000100Y43"_s;
        QTest::newRow("full-width digit") << u"9135010０M000100Y43"_s;
        QTest::newRow("17 characters") << u"91350100M000100Y4"_s;
        QTest::newRow("19 characters") << u"91350100M000100Y433"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("inner space") << u"91350100M 000100Y43"_s;
    }
    void invalid() {
        QFETCH(QString, text);
        const auto code = CreditCode::parse(text, u"org.credit_code"_s);
        QVERIFY(!code.ok());
        QCOMPARE(code.error().code, u"invalid"_s);
        QCOMPARE(code.error().field, u"org.credit_code"_s);
        QVERIFY(!code.error().message.isEmpty());
    }

    void wrongCheckCharParsesWithWarning() {
        const auto code = CreditCode::parse(u"91350100M000100Y44"_s);
        QVERIFY(code.ok());
        QVERIFY(!code->checksumValid());
        const auto warning = code->warning();
        QVERIFY(warning.has_value());
        QCOMPARE(warning->code, u"checksum"_s);
        QCOMPARE(warning->field, u"credit_code"_s);
        QVERIFY(warning->message.contains(u'3'));  // names the expected check character
    }

    void checkCharFor_data() {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("check");

        QTest::newRow("seed") << u"91350100M000100Y4"_s << QChar(u'3');
        QTest::newRow("letter") << u"91110000600037341"_s << QChar(u'L');
        // Sum ≡ 0 mod 31 gives 31, which maps to 0.
        QTest::newRow("all zeros") << u"00000000000000000"_s << QChar(u'0');
        QTest::newRow("16 characters") << u"9135010M000100Y4"_s << QChar();
        QTest::newRow("outside alphabet") << u"91350100Z000100Y4"_s << QChar();
    }
    void checkCharFor() {
        QFETCH(QString, first17);
        QFETCH(QChar, check);
        QCOMPARE(CreditCode::checkCharFor(first17), check);
    }

    void generatedCodesValidate() {
        // Codes built with checkCharFor must parse as valid; changing the check char must not.
        const QString alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
        const QStringList bodies = {u"91410100MA44XY7PQ"_s, u"92410105MA9G000KX"_s,
                                    u"11410000005184627"_s, u"51410103MJY123456"_s,
                                    u"Y1410102000000001"_s};
        for (const QString &body : bodies) {
            const QChar check = CreditCode::checkCharFor(body);
            QVERIFY(!check.isNull());
            const auto code = CreditCode::parse(body + check);
            QVERIFY(code.ok());
            QVERIFY2(code->checksumValid(), qPrintable(body + check));
            const QChar other = alphabet.at((alphabet.indexOf(check) + 1) % alphabet.size());
            const auto wrong = CreditCode::parse(body + other);
            QVERIFY(wrong.ok());
            QVERIFY(!wrong->checksumValid());
        }
    }

    void regionCode() {
        const auto code = CreditCode::parse(u"91350100M000100Y43"_s);
        QVERIFY(code.ok());
        QCOMPARE(code->regionCode(), u"350100"_s);
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "test_creditcode.moc"
