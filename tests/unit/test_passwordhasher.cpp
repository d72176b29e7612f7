#include <QTest>

#include "models/security/passwordhasher.h"
#include "models/security/randomtoken.h"

using namespace Qt::StringLiterals;
using dx::PasswordHasher;
namespace crypto = dx::crypto;

namespace {

// Small count: the property under test does not depend on it, and tests stay fast.
constexpr int kFast = 1000;

}  // namespace

class TestPasswordHasher : public QObject {
    Q_OBJECT

private slots:
    void verifiesRightAndRejectsWrong() {
        const QByteArray encoded = PasswordHasher::hash(u"Guard#2026dx"_s, kFast);
        QVERIFY(PasswordHasher::verify(u"Guard#2026dx"_s, encoded));
        QVERIFY(!PasswordHasher::verify(u"guard#2026dx"_s, encoded));
        QVERIFY(!PasswordHasher::verify(u"Guard#2026d"_s, encoded));
        QVERIFY(!PasswordHasher::verify(QString(), encoded));
    }

    void nonAsciiPassword() {
        const QByteArray encoded = PasswordHasher::hash(u"密码Ab#1"_s, kFast);
        QVERIFY(PasswordHasher::verify(u"密码Ab#1"_s, encoded));
        QVERIFY(!PasswordHasher::verify(u"密马Ab#1"_s, encoded));
    }

    void encodingFormat() {
        const QByteArray encoded = PasswordHasher::hash(u"x"_s, kFast);
        const QList<QByteArray> parts = encoded.split('$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], "pbkdf2-sha256");
        QCOMPARE(parts[1], "1000");
        QCOMPARE(QByteArray::fromBase64(parts[2]).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts[3]).size(), 32);
    }

    void saltIsRandom() {
        const QByteArray a = PasswordHasher::hash(u"same"_s, kFast);
        const QByteArray b = PasswordHasher::hash(u"same"_s, kFast);
        QVERIFY(a != b);
        QVERIFY(PasswordHasher::verify(u"same"_s, a));
        QVERIFY(PasswordHasher::verify(u"same"_s, b));
    }

    void iterationCountIsHonoured() {
        // The stored count is part of the derivation: changing it breaks verification.
        const QByteArray encoded = PasswordHasher::hash(u"secret"_s, 1234);
        QVERIFY(encoded.contains("$1234$"));
        QVERIFY(PasswordHasher::verify(u"secret"_s, encoded));
        QByteArray changed = encoded;
        changed.replace("$1234$", "$1235$");
        QVERIFY(!PasswordHasher::verify(u"secret"_s, changed));
    }

    void knownAnswer() {
        // RFC 7914 §11 PBKDF2-HMAC-SHA256 vector: P="passwd", S="salt", c=1, dkLen=32 (prefix).
        const QByteArray salt = QByteArray("salt").toBase64();
        const QByteArray key =
            QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        const QByteArray encoded = "pbkdf2-sha256$1$" + salt + '$' + key.toBase64();
        QVERIFY(PasswordHasher::verify(u"passwd"_s, encoded));
        QVERIFY(!PasswordHasher::verify(u"passwe"_s, encoded));
    }

    void malformedEncodingsAreFalse_data() {
        QTest::addColumn<QByteArray>("encoded");

        const QByteArray good = PasswordHasher::hash(u"secret"_s, kFast);
        const QList<QByteArray> p = good.split('$');
        auto join = [](const QList<QByteArray> &parts) { return parts.join('$'); };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not a hash");
        QTest::newRow("dollars only") << QByteArray("$$$");
        QTest::newRow("other scheme") << join({"pbkdf2-sha1", p[1], p[2], p[3]});
        QTest::newRow("missing part") << join({p[0], p[1], p[2]});
        QTest::newRow("extra part") << join({p[0], p[1], p[2], p[3], "x"});
        QTest::newRow("zero iterations") << join({p[0], "0", p[2], p[3]});
        QTest::newRow("negative iterations") << join({p[0], "-1000", p[2], p[3]});
        QTest::newRow("signed iterations") << join({p[0], "+1000", p[2], p[3]});
        QTest::newRow("non-numeric iterations") << join({p[0], "1e3", p[2], p[3]});
        QTest::newRow("huge iterations") << join({p[0], "2147483647", p[2], p[3]});
        QTest::newRow("overflowing iterations") << join({p[0], "99999999999999", p[2], p[3]});
        QTest::newRow("empty salt") << join({p[0], p[1], "", p[3]});
        QTest::newRow("bad base64 salt") << join({p[0], p[1], "!!!!", p[3]});
        QTest::newRow("bad base64 hash") << join({p[0], p[1], p[2], "%%%%"});
        QTest::newRow("short hash") << join({p[0], p[1], p[2], p[3].left(20)});
        QTest::newRow("long hash")
            << join({p[0], p[1], p[2], QByteArray(QByteArray::fromBase64(p[3]) + 'x').toBase64()});
        QTest::newRow("flipped hash byte") << [&] {
            QByteArray key = QByteArray::fromBase64(p[3]);
            key[0] = char(key[0] ^ 1);
            return join({p[0], p[1], p[2], key.toBase64()});
        }();
        QTest::newRow("other salt") << join({p[0], p[1], QByteArray(16, 'a').toBase64(), p[3]});
    }
    void malformedEncodingsAreFalse() {
        QFETCH(QByteArray, encoded);
        QVERIFY(!PasswordHasher::verify(u"secret"_s, encoded));
        QVERIFY(PasswordHasher::needsRehash(encoded));
    }

    void defaultIterations() {
        QCOMPARE(PasswordHasher::kIterations, 600000);
        const QByteArray encoded = PasswordHasher::hash(u"Review#2026zy"_s);
        QVERIFY(encoded.startsWith("pbkdf2-sha256$600000$"));
        QVERIFY(PasswordHasher::verify(u"Review#2026zy"_s, encoded));
        QVERIFY(!PasswordHasher::needsRehash(encoded));
    }

    void needsRehashBelowDefault() {
        QVERIFY(PasswordHasher::needsRehash(PasswordHasher::hash(u"x"_s, kFast)));
        QVERIFY(PasswordHasher::needsRehash("garbage"));
    }

    void randomBytesAndTokens() {
        QCOMPARE(crypto::randomBytes(16).size(), 16);
        QCOMPARE(crypto::randomBytes(0).size(), 0);
        QVERIFY(crypto::randomBytes(32) != crypto::randomBytes(32));
        const QString token = crypto::randomToken();
        QCOMPARE(token.size(), 43);  // 32 bytes, base64 without padding
        for (QChar c : token) {
            QVERIFY2(c.isLetterOrNumber() || c == u'-' || c == u'_', qPrintable(token));
        }
        QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(),
                 32);
        QCOMPARE(crypto::randomToken(3).size(), 4);
        QVERIFY(crypto::randomToken() != crypto::randomToken());
    }

    void sha256() {
        QCOMPARE(crypto::sha256Hex("abc"),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        QCOMPARE(crypto::sha256Hex(QByteArray()),
                 u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
        QCOMPARE(crypto::sha256("abc").toHex(), crypto::sha256Hex("abc").toLatin1());
    }

    void hmac() {
        // RFC 4231 test cases 1 and 2.
        QCOMPARE(crypto::hmacSha256(QByteArray(20, '\x0b'), "Hi There").toHex(),
                 "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QCOMPARE(crypto::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "test_passwordhasher.moc"
