// account.change_password (修改密码, seed 001 表 1-6) against the real dxserver: the current
// password must verify; the new one passes the whole policy and is none of the current and the
// last five; sign-in follows the change; the user's other sessions end with it; wrong current
// passwords count toward the sign-in lockout.

#include <QJsonObject>
#include <QTest>

#include <memory>

#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"

using dx::test::errorCode;
using dx::test::errorField;
using dx::test::HttpClient;
using dx::test::HttpReply;
using dx::test::Session;
using dx::test::TestServer;

namespace {
const QString kUser = QStringLiteral("pwhistory");
const QString kMobile = QStringLiteral("13971234567");
// The server runs with --lockout 3 (default 5), so that the lockout test needs only three
// wrong passwords (~0.4 s of PBKDF2 each).
constexpr int kLockout = 3;

QString generation(int i) {
    return QStringLiteral("Hist#2026p%1").arg(i);
}

QString ruleOf(const QJsonObject &outcome) {
    return outcome.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("details"))
        .toObject()
        .value(QLatin1String("rule"))
        .toString();
}
}  // namespace

class TestPasswordHistory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongCurrentIsRefused();
    void policyIsApplied_data();
    void policyIsApplied();
    void lastFiveAreRefusedAndTheSixthIsAccepted();
    void signInFollowsTheChangeAndOtherSessionsEnd();
    void wrongCurrentPasswordsLockTheAccount();

private:
    QJsonObject change(const QString &current, const QString &password) {
        return m_user->push(
            QStringLiteral("account.change_password"), {},
            {{QStringLiteral("current"), current}, {QStringLiteral("password"), password}});
    }
    int signInStatus(const QString &password) {
        return HttpClient(m_server->baseUrl())
            .postJson(QStringLiteral("/api/v1/session"),
                      {{QStringLiteral("username"), kUser}, {QStringLiteral("password"), password}})
            .status;
    }

    std::unique_ptr<TestServer> m_server = std::make_unique<TestServer>(
        QStringList{QStringLiteral("--lockout"), QString::number(kLockout)});
    std::unique_ptr<Session> m_user;
    QString m_current = generation(0);
};

void TestPasswordHistory::initTestCase() {
    QVERIFY(m_server->start());
    QCOMPARE(HttpClient(m_server->baseUrl())
                 .postJson(QStringLiteral("/api/v1/accounts"),
                           dx::test::registration(kUser, m_current, kMobile))
                 .status,
             201);
    m_user = std::make_unique<Session>(m_server->baseUrl());
    QVERIFY2(m_user->signIn(kUser, m_current), qPrintable(m_user->problem()));
}

void TestPasswordHistory::wrongCurrentIsRefused() {
    const QJsonObject out = change(QStringLiteral("Wrong#2026pw"), QStringLiteral("Fresh#2026pw"));
    QCOMPARE(errorCode(out), QStringLiteral("invalid"));
    QCOMPARE(errorField(out), QStringLiteral("current"));
    const QJsonObject missing = change(QString(), QStringLiteral("Fresh#2026pw"));
    QCOMPARE(errorCode(missing), QStringLiteral("required"));
    QCOMPARE(errorField(missing), QStringLiteral("current"));
}

void TestPasswordHistory::policyIsApplied_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("rule");
    QTest::newRow("seven") << QStringLiteral("Ab#2026") << QStringLiteral("too_short") << QString();
    QTest::newRow("nineteen") << QStringLiteral("Ab#2026Ab#2026Ab#20") << QStringLiteral("too_long")
                              << QString();
    QTest::newRow("two classes") << QStringLiteral("abcdefgh2026") << QStringLiteral("invalid")
                                 << QStringLiteral("classes");
    QTest::newRow("has username") << QStringLiteral("X#PwHistory1") << QStringLiteral("invalid")
                                  << QStringLiteral("username");
    QTest::newRow("has mobile") << QStringLiteral("A#13971234567") << QStringLiteral("invalid")
                                << QStringLiteral("mobile");
    QTest::newRow("the current one")
        << generation(0) << QStringLiteral("invalid") << QStringLiteral("current");
}

void TestPasswordHistory::policyIsApplied() {
    QFETCH(QString, password);
    QFETCH(QString, code);
    QFETCH(QString, rule);
    const QJsonObject out = change(m_current, password);
    QVERIFY2(errorCode(out) == code, dx::test::compact(out));
    QCOMPARE(errorField(out), QStringLiteral("password"));
    if (!rule.isEmpty()) QCOMPARE(ruleOf(out), rule);
}

void TestPasswordHistory::lastFiveAreRefusedAndTheSixthIsAccepted() {
    // Given six changes: p0 → p1 → … → p6
    for (int i = 1; i <= 6; ++i) {
        const QJsonObject out = change(m_current, generation(i));
        QVERIFY2(out.value(QLatin1String("status")).toString() == QStringLiteral("applied"),
                 dx::test::compact(out));
        m_current = generation(i);
    }
    // Then the current one and each of the last five are refused
    QCOMPARE(ruleOf(change(m_current, generation(6))), QStringLiteral("current"));
    for (int i = 5; i >= 1; --i) {
        const QJsonObject out = change(m_current, generation(i));
        QVERIFY2(errorCode(out) == QStringLiteral("invalid"), dx::test::compact(out));
        QCOMPARE(errorField(out), QStringLiteral("password"));
        QCOMPARE(ruleOf(out), QStringLiteral("history"));
    }
    // And the sixth-older one is allowed again
    const QJsonObject out = change(m_current, generation(0));
    QVERIFY2(out.value(QLatin1String("status")).toString() == QStringLiteral("applied"),
             dx::test::compact(out));
    m_current = generation(0);
}

void TestPasswordHistory::signInFollowsTheChangeAndOtherSessionsEnd() {
    // Given a second session of the same user, used once (so that the server caches it)
    HttpClient other(m_server->baseUrl());
    const HttpReply signedIn = other.postJson(
        QStringLiteral("/api/v1/session"),
        {{QStringLiteral("username"), kUser}, {QStringLiteral("password"), m_current}});
    QCOMPARE(signedIn.status, 200);
    other.setToken(signedIn.json().value(QLatin1String("token")).toString());
    QCOMPARE(other.get(QStringLiteral("/api/v1/me")).status, 200);

    // When the first session changes the password
    const QJsonObject out = change(m_current, QStringLiteral("Final#2026pw"));
    QVERIFY2(out.value(QLatin1String("status")).toString() == QStringLiteral("applied"),
             dx::test::compact(out));

    // Then the second session is signed out and the first one still works
    QCOMPARE(other.get(QStringLiteral("/api/v1/me")).status, 401);
    QCOMPARE(m_user->http().get(QStringLiteral("/api/v1/me")).status, 200);
    // And sign-in takes the new password only (the old one last: a right one clears the count)
    QCOMPARE(signInStatus(m_current), 401);
    QCOMPARE(signInStatus(QStringLiteral("Final#2026pw")), 200);
    m_current = QStringLiteral("Final#2026pw");
}

void TestPasswordHistory::wrongCurrentPasswordsLockTheAccount() {
    // Given the server runs with --lockout 3 and no failures are counted
    // When a session sends a wrong current password that many times
    for (int i = 1; i <= kLockout; ++i) {
        const QJsonObject out = change(QStringLiteral("Guess#2026p%1").arg(i), generation(9));
        QVERIFY2(errorCode(out) == QStringLiteral("invalid"), dx::test::compact(out));
        QCOMPARE(errorField(out), QStringLiteral("current"));
    }
    // Then the account is locked: the right current password is refused, on both routes …
    const QJsonObject pushed = change(m_current, generation(9));
    QVERIFY2(errorCode(pushed) == QStringLiteral("locked"), dx::test::compact(pushed));
    const HttpReply now = m_user->http().postJson(
        QStringLiteral("/api/v1/commands/now"),
        {{QStringLiteral("type"), QStringLiteral("account.change_password")},
         {QStringLiteral("payload"), QJsonObject{{QStringLiteral("current"), m_current},
                                                 {QStringLiteral("password"), generation(9)}}}});
    QCOMPARE(now.status, 423);
    // … and so is sign-in with the right password, until the lock ends (15 minutes)
    QCOMPARE(signInStatus(m_current), 423);
}

QTEST_GUILESS_MAIN(TestPasswordHistory)
#include "test_passwordhistory.moc"
