#include <QTest>

#include "models/domain/idnumber.h"

using namespace Qt::StringLiterals;
using dx::IdNumber;

namespace {

// Appends the MOD 11-2 check character, so tests can build numbers for any date.
QString withCheck(const QString &first17) {
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += first17.at(i).digitValue() * weights[i];
    return first17 + u"10X98765432"_s.at(sum % 11);
}

}  // namespace

class TestIdNumber : public QObject {
    Q_OBJECT

private slots:
    void valid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<QDate>("birth");

        QTest::newRow("seed vector")
            << u"11010519491231002X"_s << u"11010519491231002X"_s << QDate(1949, 12, 31);
        QTest::newRow("lower-case x")
            << u"11010519491231002x"_s << u"11010519491231002X"_s << QDate(1949, 12, 31);
        QTest::newRow("spaces trimmed")
            << u" 11010519491231002X "_s << u"11010519491231002X"_s << QDate(1949, 12, 31);
        QTest::newRow("leap day") << u"410102200002290015"_s << u"410102200002290015"_s
                                  << QDate(2000, 2, 29);
        QTest::newRow("1900-01-01") << withCheck(u"41010219000101001"_s)
                                    << withCheck(u"41010219000101001"_s) << QDate(1900, 1, 1);
        // An unknown address code (999999) is not an error.
        QTest::newRow("unknown address code")
            << withCheck(u"99999919800101001"_s) << withCheck(u"99999919800101001"_s)
            << QDate(1980, 1, 1);
        // Issue 8: what input methods and pasting produce is read, and stored canonical.
        QTest::newRow("full-width digit")
            << u"1101051949123１002X"_s << u"11010519491231002X"_s << QDate(1949, 12, 31);
        QTest::newRow("full-width") << u"１１０１０５１９４９１２３１００２ｘ"_s
                                    << u"11010519491231002X"_s << QDate(1949, 12, 31);
        QTest::newRow("inner spaces")
            << u"110105 19491231 002X"_s << u"11010519491231002X"_s << QDate(1949, 12, 31);
        QTest::newRow("hyphens and dashes")
            << u"110105-19491231－002\u2014X"_s << u"11010519491231002X"_s << QDate(1949, 12, 31);
        QTest::newRow("ideographic spaces") << u"\u3000110105\u300019491231\u3000002X\u3000"_s
                                            << u"11010519491231002X"_s << QDate(1949, 12, 31);
    }
    void valid() {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QFETCH(QDate, birth);
        const auto id = IdNumber::parse(text);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QCOMPARE(id->toString(), normalised);
        QCOMPARE(id->birthDate(), birth);
    }

    void today() {
        const QString number =
            withCheck(u"410102"_s + QDate::currentDate().toString(u"yyyyMMdd"_s) + u"001"_s);
        QVERIFY(IdNumber::parse(number).ok());
    }

    void invalid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");

        QTest::newRow("empty") << QString() << u"required"_s;
        QTest::newRow("checksum") << u"110105194912310021"_s << u"checksum"_s;
        QTest::newRow("Feb 31") << u"11010519490231002X"_s << u"invalid"_s;
        QTest::newRow("Feb 29 in a common year")
            << withCheck(u"41010219990229001"_s) << u"invalid"_s;
        QTest::newRow("month 13") << withCheck(u"41010219991301001"_s) << u"invalid"_s;
        QTest::newRow("day 00") << withCheck(u"41010219990100001"_s) << u"invalid"_s;
        QTest::newRow("before 1900") << withCheck(u"41010218991231001"_s) << u"out_of_range"_s;
        QTest::newRow("tomorrow") << withCheck(
                                         u"410102"_s +
                                         QDate::currentDate().addDays(1).toString(u"yyyyMMdd"_s) +
                                         u"001"_s)
                                  << u"out_of_range"_s;
        QTest::newRow("17 characters") << u"11010519491231002"_s << u"invalid"_s;
        QTest::newRow("19 characters") << u"11010519491231002XX"_s << u"invalid"_s;
        QTest::newRow("X not last") << u"1101051949123100X2"_s << u"invalid"_s;
        QTest::newRow("letter") << u"11010519491231002A"_s << u"invalid"_s;
        QTest::newRow("inner tab") << u"110105\t19491231002X"_s << u"invalid"_s;
        QTest::newRow("only separators") << u" -\u3000－ "_s << u"required"_s;
        QTest::newRow("full-width checksum")
            << u"１１０１０５１９４９１２３１００２１"_s << u"checksum"_s;
        QTest::newRow("15-digit old card") << u"110105491231002"_s << u"invalid"_s;
    }
    void invalid() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto id = IdNumber::parse(text, u"legal_rep.id"_s);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, code);
        QCOMPARE(id.error().field, u"legal_rep.id"_s);
        QVERIFY(!id.error().message.isEmpty());
    }

    void eachFailureHasItsOwnMessage() {
        const QStringList inputs = {
            QString(),
            u"1101051949123100"_s,
            u"11010519490231002X"_s,
            withCheck(u"41010218991231001"_s),
            withCheck(u"41010229991231001"_s),
            u"110105194912310021"_s,
        };
        QSet<QString> messages;
        for (const QString &input : inputs) {
            const auto id = IdNumber::parse(input);
            QVERIFY(!id.ok());
            messages.insert(id.error().message);
        }
        QCOMPARE(messages.size(), inputs.size());
    }

    void masked() {
        const auto id = IdNumber::parse(u"11010519491231002X"_s);
        QVERIFY(id.ok());
        QCOMPARE(id->masked(), u"1101**********002X"_s);
        QCOMPARE(IdNumber().masked(), QString());
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "test_idnumber.moc"
