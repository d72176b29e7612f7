#include <QTest>

#include "models/domain/email.h"
#include "models/domain/phone.h"

using namespace Qt::StringLiterals;
using dx::Email;
using dx::Phone;

class TestPhoneEmail : public QObject {
    Q_OBJECT

private slots:
    void phone_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("mobile");
        QTest::addColumn<QString>("normalised");  // when ok; empty for the trimmed text

        QTest::newRow("mobile") << u"13800138000"_s << true << true << QString();
        QTest::newRow("mobile with spaces around")
            << u" 19912345678 "_s << true << true << QString();
        QTest::newRow("landline 4+8") << u"0371-12345678"_s << true << false << QString();
        QTest::newRow("landline 3+8") << u"010-12345678"_s << true << false << QString();
        QTest::newRow("landline 4+7") << u"0391-1234567"_s << true << false << QString();
        QTest::newRow("landline with extension")
            << u"010-12345678-801"_s << true << false << QString();
        QTest::newRow("mobile 10 digits") << u"1380013800"_s << false << false << QString();
        QTest::newRow("mobile 12 digits") << u"138001380001"_s << false << false << QString();
        QTest::newRow("mobile not starting with 1")
            << u"23800138000"_s << false << false << QString();
        QTest::newRow("mobile with +86") << u"+8613800138000"_s << false << false << QString();
        QTest::newRow("area code without 0") << u"371-12345678"_s << false << false << QString();
        QTest::newRow("area code 5 digits") << u"03711-12345678"_s << false << false << QString();
        QTest::newRow("area code 2 digits") << u"01-12345678"_s << false << false << QString();
        QTest::newRow("number 6 digits") << u"0371-123456"_s << false << false << QString();
        QTest::newRow("number 9 digits") << u"0371-123456789"_s << false << false << QString();
        QTest::newRow("no hyphen") << u"037112345678"_s << false << false << QString();
        QTest::newRow("empty extension") << u"0371-12345678-"_s << false << false << QString();
        QTest::newRow("letters") << u"1380013800a"_s << false << false << QString();
        // Issue 8: mainland mobiles begin 13–19.
        QTest::newRow("10000000000") << u"10000000000"_s << false << false << QString();
        QTest::newRow("mobile beginning 11") << u"11012345678"_s << false << false << QString();
        QTest::newRow("mobile beginning 12") << u"12345678901"_s << false << false << QString();
        QTest::newRow("mobile beginning 19") << u"19012345678"_s << true << true << QString();
        // Issue 8: what input methods and pasting produce is read, and stored canonical.
        QTest::newRow("full-width digits")
            << u"１３８００１３８０００"_s << true << true << u"13800138000"_s;
        QTest::newRow("mobile in groups") << u"138 0013 8000"_s << true << true << u"13800138000"_s;
        QTest::newRow("mobile with hyphens")
            << u"138-0013-8000"_s << true << true << u"13800138000"_s;
        QTest::newRow("mobile with ideographic spaces")
            << u"\u3000１３８\u3000００１３\u3000８０００"_s << true << true << u"13800138000"_s;
        QTest::newRow("full-width landline")
            << u"０３７１－１２３４５６７８"_s << true << false << u"0371-12345678"_s;
        QTest::newRow("landline with dash and spaces")
            << u"0371 \u2014 12345678"_s << true << false << u"0371-12345678"_s;
        QTest::newRow("full-width 10000000000")
            << u"１００００００００００"_s << false << false << QString();
    }
    void phone() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(bool, mobile);
        QFETCH(QString, normalised);
        const auto phone = Phone::parse(text, u"contact.phone"_s);
        QCOMPARE(phone.ok(), ok);
        if (ok) {
            QCOMPARE(phone->isMobile(), mobile);
            QCOMPARE(phone->toString(), normalised.isEmpty() ? text.trimmed() : normalised);
            QCOMPARE(Phone::parse(phone->toString()).value(), phone.value());
        } else {
            QCOMPARE(phone.error().code, u"invalid"_s);
            QCOMPARE(phone.error().field, u"contact.phone"_s);
        }
        QCOMPARE(Phone::parseMobile(text).ok(), ok && mobile);
    }

    void phoneRequired() {
        const auto phone = Phone::parse(u"  "_s);
        QVERIFY(!phone.ok());
        QCOMPARE(phone.error().code, u"required"_s);
        QCOMPARE(phone.error().field, u"phone"_s);
    }

    void parseMobile() {
        const auto mobile = Phone::parseMobile(u"13800138000"_s);
        QVERIFY(mobile.ok());
        QVERIFY(mobile->isMobile());
        const auto landline = Phone::parseMobile(u"0371-12345678"_s, u"mobile"_s);
        QVERIFY(!landline.ok());
        QCOMPARE(landline.error().code, u"invalid"_s);
        QCOMPARE(landline.error().field, u"mobile"_s);
        QCOMPARE(Phone::parseMobile(QString()).error().code, u"required"_s);
        QCOMPARE(Phone::parseMobile(u"10000000000"_s).error().code, u"invalid"_s);
        const auto fullWidth = Phone::parseMobile(u"１３８-００１３-８０００"_s);
        QVERIFY(fullWidth.ok());
        QCOMPARE(fullWidth->toString(), u"13800138000"_s);
    }

    void maskedForLists() {
        QCOMPARE(Phone::parse(u"13812341234"_s)->masked(), u"138****1234"_s);
        QCOMPARE(Phone::parse(u"0371-12345678"_s)->masked(), u"0371-****5678"_s);
        QCOMPARE(Phone().masked(), QString());
    }

    void email_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");  // empty when valid
        QTest::addColumn<QString>("normalised");

        const QString local64(64, u'a');
        const QString domain = u"@"_s + QString(186, u'b') + u".cn"_s;  // total 254 with local64
        QTest::newRow("plain") << u"zhang.san@example.com"_s << QString()
                               << u"zhang.san@example.com"_s;
        QTest::newRow("plus and subdomain")
            << u"a+b@mail.example.com.cn"_s << QString() << u"a+b@mail.example.com.cn"_s;
        QTest::newRow("domain lower-cased")
            << u" Li@Example.COM "_s << QString() << u"Li@example.com"_s;
        QTest::newRow("254 characters") << local64 + domain << QString() << local64 + domain;
        QTest::newRow("255 characters") << local64 + domain + u"n"_s << u"too_long"_s << QString();
        QTest::newRow("local 65") << QString(65, u'a') + u"@example.com"_s << u"too_long"_s
                                  << QString();
        QTest::newRow("empty") << QString() << u"required"_s << QString();
        QTest::newRow("no at") << u"example.com"_s << u"invalid"_s << QString();
        QTest::newRow("two ats") << u"a@b@example.com"_s << u"invalid"_s << QString();
        QTest::newRow("empty local") << u"@example.com"_s << u"invalid"_s << QString();
        QTest::newRow("no dot in domain") << u"a@localhost"_s << u"invalid"_s << QString();
        QTest::newRow("empty label") << u"a@example..com"_s << u"invalid"_s << QString();
        QTest::newRow("trailing dot") << u"a@example.com."_s << u"invalid"_s << QString();
        QTest::newRow("leading dot") << u"a@.example.com"_s << u"invalid"_s << QString();
        QTest::newRow("inner space") << u"zhang san@example.com"_s << u"invalid"_s << QString();
        QTest::newRow("ideographic space") << u"a@exa\u3000mple.com"_s << u"invalid"_s << QString();
        // Issue 8: specials and invisible characters.
        QTest::newRow("angle brackets") << u"a<b>@c.com"_s << u"invalid"_s << QString();
        QTest::newRow("display-name form")
            << u"Zhang <zhang@example.com>"_s << u"invalid"_s << QString();
        QTest::newRow("zero-width space in domain")
            << u"a@exa\u200Bmple.com"_s << u"invalid"_s << QString();
        QTest::newRow("zero-width space in local part")
            << u"zh\u200Bang@example.com"_s << u"invalid"_s << QString();
        QTest::newRow("zero-width joiner") << u"a@example\u200D.com"_s << u"invalid"_s << QString();
        QTest::newRow("byte order mark") << u"\uFEFFa@example.com"_s << u"invalid"_s << QString();
        QTest::newRow("right-to-left override")
            << u"a@\u202Emoc.elpmaxe"_s << u"invalid"_s << QString();
        QTest::newRow("soft hyphen") << u"a@exam\u00ADple.com"_s << u"invalid"_s << QString();
        for (const QString &special :
             {u"("_s, u")"_s, u"["_s, u"]"_s, u"\\"_s, u","_s, u";"_s, u":"_s, u"\""_s}) {
            QTest::newRow(qPrintable(u"special "_s + special))
                << u"a"_s + special + u"b@example.com"_s << u"invalid"_s << QString();
        }
        QTest::newRow("apostrophe and hyphen stay")
            << u"o'brien-li@example.com"_s << QString() << u"o'brien-li@example.com"_s;
        QTest::newRow("Chinese address stays")
            << u"张三@例子.中国"_s << QString() << u"张三@例子.中国"_s;
        QTest::newRow("supplementary character stays")
            << u"\U00020000@example.com"_s << QString() << u"\U00020000@example.com"_s;
    }
    void email() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, normalised);
        const auto email = Email::parse(text, u"contact.email"_s);
        if (code.isEmpty()) {
            QVERIFY2(email.ok(), qPrintable(email.ok() ? QString() : email.error().message));
            QCOMPARE(email->toString(), normalised);
        } else {
            QVERIFY(!email.ok());
            QCOMPARE(email.error().code, code);
            QCOMPARE(email.error().field, u"contact.email"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestPhoneEmail)
#include "test_phoneemail.moc"
