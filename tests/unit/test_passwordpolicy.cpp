#include <QTest>

#include "models/security/passwordpolicy.h"

using namespace Qt::StringLiterals;
using dx::PasswordPolicy;

class TestPasswordPolicy : public QObject {
    Q_OBJECT

private slots:
    void seedAccountsPass_data() {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");

        QTest::newRow("admin") << u"admin"_s << u"Guard#2026dx"_s;
        QTest::newRow("reviewer.zy") << u"reviewer.zy"_s << u"Review#2026zy"_s;
        QTest::newRow("reviewer.zy2") << u"reviewer.zy2"_s << u"Review#2026zy2"_s;
        QTest::newRow("reviewer.eq") << u"reviewer.eq"_s << u"Review#2026eq"_s;
        QTest::newRow("operator") << u"operator"_s << u"Ops#2026plat"_s;
        QTest::newRow("expert1") << u"expert1"_s << u"Panel#2026ex"_s;
        QTest::newRow("dept") << u"dept"_s << u"Final#2026hn"_s;
        QTest::newRow("auditor") << u"auditor"_s << u"Check#2026tp"_s;
        QTest::newRow("finance") << u"finance"_s << u"Ledger#2026fn"_s;
        QTest::newRow("provider1") << u"provider1"_s << u"Vendor#2026p1"_s;
        QTest::newRow("ent.pending") << u"ent.pending"_s << u"Firm#2026pend"_s;
        QTest::newRow("ent.certified") << u"ent.certified"_s << u"Firm#2026cert"_s;
    }
    void seedAccountsPass() {
        QFETCH(QString, username);
        QFETCH(QString, password);
        const auto status = PasswordPolicy{}.check(password, username, u"13800138000"_s);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    }

    void rules_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("code");  // empty when accepted
        QTest::addColumn<QString>("rule");  // details.rule for `invalid`

        const QString user = u"zhangsan"_s;
        const QString mobile = u"13800138000"_s;
        QTest::newRow("empty") << QString() << user << mobile << u"required"_s << QString();
        QTest::newRow("7 characters")
            << u"Ab#1234"_s << user << mobile << u"too_short"_s << QString();
        QTest::newRow("8 characters") << u"Ab#12345"_s << user << mobile << QString() << QString();
        QTest::newRow("18 characters")
            << u"Ab#123456789012345"_s << user << mobile << QString() << QString();
        QTest::newRow("19 characters")
            << u"Ab#1234567890123456"_s << user << mobile << u"too_long"_s << QString();
        QTest::newRow("space refused")
            << u"Ab#1 2345"_s << user << mobile << u"invalid"_s << u"characters"_s;
        QTest::newRow("hyphen is not a special")
            << u"Ab-12345"_s << user << mobile << u"invalid"_s << u"characters"_s;
        QTest::newRow("Chinese refused")
            << u"Ab#1234密码"_s << user << mobile << u"invalid"_s << u"characters"_s;
        QTest::newRow("full-width letter refused")
            << u"Ａb#12345"_s << user << mobile << u"invalid"_s << u"characters"_s;
        QTest::newRow("two classes")
            << u"abcd1234"_s << user << mobile << u"invalid"_s << u"classes"_s;
        QTest::newRow("one class")
            << u"abcdefgh"_s << user << mobile << u"invalid"_s << u"classes"_s;
        QTest::newRow("digits upper lower")
            << u"Abcd1234"_s << user << mobile << QString() << QString();
        QTest::newRow("digits lower special")
            << u"abc#1234"_s << user << mobile << QString() << QString();
        QTest::newRow("upper lower special")
            << u"Abc#defg"_s << user << mobile << QString() << QString();
        QTest::newRow("every special")
            << u"A1~!#$%&+,*;=>@_?^`./"_s.left(18) << user << mobile << QString() << QString();
        QTest::newRow("contains username")
            << u"Zhangsan#1"_s << user << mobile << u"invalid"_s << u"username"_s;
        QTest::newRow("contains username upper-case")
            << u"ZHANGSAN#1"_s << user << mobile << u"invalid"_s << u"username"_s;
        QTest::newRow("contains mobile")
            << u"A#13800138000"_s << user << mobile << u"invalid"_s << u"mobile"_s;
        QTest::newRow("empty username and mobile skipped")
            << u"Abcd1234"_s << QString() << QString() << QString() << QString();
    }
    void rules() {
        QFETCH(QString, password);
        QFETCH(QString, username);
        QFETCH(QString, mobile);
        QFETCH(QString, code);
        QFETCH(QString, rule);
        const auto status = PasswordPolicy{}.check(password, username, mobile, u"new_password"_s);
        if (code.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
            return;
        }
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, code);
        QCOMPARE(status.error().field, u"new_password"_s);
        QCOMPARE(status.error().details.value(u"rule"_s).toString(), rule);
    }

    void eachRuleHasItsOwnMessage() {
        const PasswordPolicy policy;
        const QString user = u"zhangsan"_s;
        const QString mobile = u"13800138000"_s;
        const QStringList failing = {QString(),         u"Ab#1"_s,     u"Ab#1234567890123456"_s,
                                     u"Ab#1 2345"_s,    u"abcd1234"_s, u"Zhangsan#1"_s,
                                     u"A#13800138000"_s};
        QSet<QString> messages;
        for (const QString &password : failing) {
            const auto status = policy.check(password, user, mobile);
            QVERIFY(!status.ok());
            QVERIFY(!status.error().message.isEmpty());
            messages.insert(status.error().message);
        }
        QCOMPARE(messages.size(), failing.size());
    }

    void settingsApply() {
        PasswordPolicy policy;
        policy.minLength = 12;
        policy.minClasses = 4;
        policy.specials = u"#"_s;
        QCOMPARE(policy.check(u"Ab#12345"_s, {}, {}).error().code, u"too_short"_s);
        QCOMPARE(policy.check(u"Abcdefgh1234"_s, {}, {}).error().code, u"invalid"_s);
        QVERIFY(policy.check(u"Abcdefg#1234"_s, {}, {}).ok());
        QCOMPARE(policy.check(u"Abcdefg!1234"_s, {}, {}).error().details.value(u"rule"_s),
                 u"characters"_s);
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "test_passwordpolicy.moc"
