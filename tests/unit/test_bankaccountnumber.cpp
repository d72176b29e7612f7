// Receiving bank account numbers (models/provider/bankaccountnumber): digits and length are
// errors, a failed Luhn check is only a warning.

#include <QTest>

#include "models/core/error.h"
#include "models/provider/bankaccountnumber.h"

using dx::BankAccountNumber;

class TestBankAccountNumber : public QObject {
    Q_OBJECT

private slots:
    void acceptsDigitsInTheRange_data();
    void acceptsDigitsInTheRange();
    void refusesWithAField_data();
    void refusesWithAField();
    void luhn_data();
    void luhn();
    void warningOnlyForALuhnFailure();
};

void TestBankAccountNumber::acceptsDigitsInTheRange_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");
    QTest::newRow("ABC 15 digits")
        << QStringLiteral("160101040001234") << QStringLiteral("160101040001234");
    QTest::newRow("ABC 17 digits, grouped")
        << QStringLiteral("1601 0104 0001 23456") << QStringLiteral("16010104000123456");
    QTest::newRow("19 digits, hyphens")
        << QStringLiteral("6228-4800-1000-0000-009") << QStringLiteral("6228480010000000009");
    QTest::newRow("ten") << QStringLiteral("1234567890") << QStringLiteral("1234567890");
    QTest::newRow("twenty-five") << QString(25, u'7') << QString(25, u'7');
}

void TestBankAccountNumber::acceptsDigitsInTheRange() {
    QFETCH(QString, text);
    QFETCH(QString, digits);
    auto n = BankAccountNumber::parse(text);
    QVERIFY(n);
    QCOMPARE(*n, digits);
}

void TestBankAccountNumber::refusesWithAField_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString() << QStringLiteral("required");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("required");
    QTest::newRow("letters") << QStringLiteral("16010104000123A") << QStringLiteral("invalid");
    QTest::newRow("full-width") << QStringLiteral("１６０１０１０４０００１２３４")
                                << QStringLiteral("invalid");
    QTest::newRow("Arabic-Indic") << QStringLiteral("١٢٣٤٥٦٧٨٩٠١٢") << QStringLiteral("invalid");
    QTest::newRow("nine") << QStringLiteral("123456789") << QStringLiteral("too_short");
    QTest::newRow("twenty-six") << QString(26, u'1') << QStringLiteral("too_long");
}

void TestBankAccountNumber::refusesWithAField() {
    QFETCH(QString, text);
    QFETCH(QString, code);
    auto n = BankAccountNumber::parse(text, QStringLiteral("account_no"));
    QVERIFY(!n);
    QCOMPARE(n.error().code, code);
    QCOMPARE(n.error().field, QStringLiteral("account_no"));
    QVERIFY(!n.error().message.isEmpty());
}

void TestBankAccountNumber::luhn_data() {
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("card") << QStringLiteral("6228480010000000009") << true;
    QTest::newRow("card, last digit off") << QStringLiteral("6228480010000000008") << false;
    QTest::newRow("textbook") << QStringLiteral("79927398713") << true;
    QTest::newRow("textbook, swapped") << QStringLiteral("79927398731") << false;
    QTest::newRow("15 digits") << QStringLiteral("160101040001234") << true;
    QTest::newRow("17 digits") << QStringLiteral("16010104000123456") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("not digits") << QStringLiteral("12a4") << false;
}

void TestBankAccountNumber::luhn() {
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(BankAccountNumber::luhnValid(digits), valid);
}

void TestBankAccountNumber::warningOnlyForALuhnFailure() {
    QVERIFY(BankAccountNumber::warnings(QStringLiteral("160101040001234")).isEmpty());
    const auto w = BankAccountNumber::warnings(QStringLiteral("16010104000123456"),
                                               QStringLiteral("account_no"));
    QCOMPARE(w.size(), 1);
    QCOMPARE(w[0].code, QStringLiteral("checksum"));
    QCOMPARE(w[0].field, QStringLiteral("account_no"));
    const QJsonObject json = w[0].toJson();
    QCOMPARE(json.value(QLatin1String("code")).toString(), QStringLiteral("checksum"));
    QVERIFY(!json.value(QLatin1String("message")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestBankAccountNumber)
#include "test_bankaccountnumber.moc"
