#include <QTest>

#include "models/domain/creditcode.h"

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
        // Issue 8: what input methods and pasting produce is read, and stored canonical.
        QTest::newRow("full-width")
            << u"９１３５０１００Ｍ０００１００Ｙ４３"_s << u"91350100M000100Y43"_s;
        QTest::newRow("full-width lower case")
            << u"９１３５０１００ｍ０００１００ｙ４３"_s << u"91350100M000100Y43"_s;
        QTest::newRow("full-width digit") << u"9135010０M000100Y43"_s << u"91350100M000100Y43"_s;
        QTest::newRow("inner space") << u"91350100M 000100Y43"_s << u"91350100M000100Y43"_s;
        QTest::newRow("spaces and hyphens")
            << u"91-350100-M00010 0Y43"_s << u"91350100M000100Y43"_s;
        QTest::newRow("ideographic space and full-width hyphen")
            << u"\u3000９１３５０１００\u3000M000100－Y43 "_s << u"91350100M000100Y43"_s;
        QTest::newRow("dashes") << u"91\u2014350100\u2013M000100Y43"_s << u"91350100M000100Y43"_s;
        // A, N and Y heads of the standard's amendments.
        for (const QString &body : {u"A1110000MA0000001"_s, u"N2410102MF1234567"_s,
                                    u"N3410102MF1234567"_s, u"Y1410102000000001"_s}) {
            const QString code = body + CreditCode::checkCharFor(body);
            QTest::newRow(qPrintable(body.left(2) + u" head"_s)) << code << code;
        }
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
        QTest::newRow("punctuation") << u"91350100-000100Y43"_s;  // 17 without the hyphen
        QTest::newRow("17 characters") << u"91350100M000100Y4"_s;
        QTest::newRow("19 characters") << u"91350100M000100Y433"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("only separators") << u" - \u3000－ "_s;
        QTest::newRow("inner tab") << u"91350100M\t000100Y43"_s;
        QTest::newRow("full-width Z") << u"91350100M000100Y4Ｚ"_s;
        // Issue 8: heads that are no registration authority + organisation type of GB 32100,
        // and letters in the region part (characters 3–8), even with a right check character.
        const auto withCheck = [](const QString &body) {
            return body + CreditCode::checkCharFor(body);
        };
        QTest::newRow("F4 head") << withCheck(u"F4350100M000100Y4"_s);
        QTest::newRow("NW head") << withCheck(u"NW350100M000100Y4"_s);
        QTest::newRow("D9 head") << withCheck(u"D9350100M000100Y4"_s);
        QTest::newRow("90 head") << withCheck(u"90350100M000100Y4"_s);
        QTest::newRow("27 head") << withCheck(u"27350100M000100Y4"_s);
        QTest::newRow("94 head") << withCheck(u"94350100M000100Y4"_s);
        QTest::newRow("Y2 head") << withCheck(u"Y2350100M000100Y4"_s);
        QTest::newRow("A2 head") << withCheck(u"A2350100M000100Y4"_s);
        QTest::newRow("00 head") << withCheck(u"00350100M000100Y4"_s);
        QTest::newRow("letter in character 3") << withCheck(u"91A50100M000100Y4"_s);
        QTest::newRow("letter in character 8") << withCheck(u"9135010MM000100Y4"_s);
        QTest::newRow("letters in the region part") << withCheck(u"91MA0100M000100Y4"_s);
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

    void eachRefusalSaysWhy() {
        // The head and the region part have their own messages, naming what is wrong.
        const auto head = CreditCode::parse(u"F4350100M000100Y43"_s);
        QVERIFY(!head.ok());
        QVERIFY(head.error().message.contains(u"F4"_s));
        const auto region = CreditCode::parse(u"91MA0100M000100Y43"_s);
        QVERIFY(!region.ok());
        QVERIFY(region.error().message.contains(u"MA0100"_s));
        QVERIFY(head.error().message != region.error().message);
    }

    void registeredHeads() {
        // GB 32100 appendix A: every authority and the types it registers, and nothing else.
        const QString all = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
        const QStringList heads = {
            u"11"_s, u"12"_s, u"13"_s, u"19"_s, u"21"_s, u"29"_s, u"31"_s, u"32"_s, u"33"_s,
            u"34"_s, u"35"_s, u"39"_s, u"41"_s, u"49"_s, u"51"_s, u"52"_s, u"53"_s, u"59"_s,
            u"61"_s, u"62"_s, u"69"_s, u"71"_s, u"72"_s, u"79"_s, u"81"_s, u"89"_s, u"91"_s,
            u"92"_s, u"93"_s, u"A1"_s, u"A9"_s, u"N1"_s, u"N2"_s, u"N3"_s, u"N9"_s, u"Y1"_s};
        for (QChar a : all) {
            for (QChar t : all) {
                const QString head = QString(a) + t;
                QVERIFY2(CreditCode::isRegisteredHead(a, t) == heads.contains(head),
                         qPrintable(head));
            }
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
