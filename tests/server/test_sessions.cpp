// Signing in and out, tokens, lockout and registration, against the real dxserver
// (docs/PROTOCOL.md "Accounts and sessions").

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"

using dx::test::HttpClient;
using dx::test::HttpReply;
using dx::test::TestServer;

namespace {

const QString kSessionPath = QStringLiteral("/api/v1/session");
const QString kAccountsPath = QStringLiteral("/api/v1/accounts");
const QString kMePath = QStringLiteral("/api/v1/me");

QJsonObject credentials(const QString &username, const QString &password) {
    return {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
}

QString codeOf(const HttpReply &reply) {
    return reply.error().value(QLatin1String("code")).toString();
}

QString fieldOf(const HttpReply &reply) {
    return reply.error().value(QLatin1String("field")).toString();
}

}  // namespace

class TestSessions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void rightPasswordGivesTokenWithRoleAndRegion();
    void wrongPasswordIsBadCredentials();
    void unknownUserGetsTheSameAnswerAsWrongPassword();
    void repeatedWrongPasswordsLockEvenTheRightOne();
    void expiredTokenIsUnauthenticated();
    void forgedTokenIsUnauthenticated_data();
    void forgedTokenIsUnauthenticated();
    void missingAuthorizationIsUnauthenticated_data();
    void missingAuthorizationIsUnauthenticated();
    void signOutEndsThatTokenOnly();

    void registeredEnterpriseCanSignIn();
    void weakPasswordIsRefused_data();
    void weakPasswordIsRefused();
    void duplicateUsernameIsRefused_data();
    void duplicateUsernameIsRefused();
    void duplicateMobileIsRefused();
    void mobileTypedFullWidthWithSpacesIsTheSameNumber();
    void passwordContainingUsernameIsRefused_data();
    void passwordContainingUsernameIsRefused();
    void registrationCannotCreateStaff_data();
    void registrationCannotCreateStaff();

private:
    HttpReply signIn(const QString &username, const QString &password) {
        return HttpClient(m_server->baseUrl())
            .postJson(kSessionPath, credentials(username, password));
    }
    HttpReply registerAccount(const QJsonObject &body) {
        return HttpClient(m_server->baseUrl()).postJson(kAccountsPath, body);
    }

    // Three failures lock an account, so that the lockout test needs no more than that.
    std::unique_ptr<TestServer> m_server =
        std::make_unique<TestServer>(QStringList{QStringLiteral("--lockout"), QStringLiteral("3")});
};

void TestSessions::initTestCase() {
    QVERIFY(m_server->seedDemo());
    QVERIFY(m_server->start());
}

void TestSessions::rightPasswordGivesTokenWithRoleAndRegion() {
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HttpReply reply = signIn(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));

    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    const QString token = body.value(QLatin1String("token")).toString();
    QCOMPARE(token.size(), 43);  // 32 random bytes, base64url without padding
    QVERIFY(body.value(QLatin1String("expires_at")).toInteger() > before);
    const QJsonObject user = body.value(QLatin1String("user")).toObject();
    QCOMPARE(user.value(QLatin1String("username")).toString(), QStringLiteral("reviewer.zy"));
    QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("county_reviewer"));
    QCOMPARE(user.value(QLatin1String("region")).toString(), QStringLiteral("410102"));
    QVERIFY(!user.value(QLatin1String("id")).toString().isEmpty());

    // The token opens the API as that user.
    HttpClient http(m_server->baseUrl());
    http.setToken(token);
    const HttpReply me = http.get(kMePath);
    QCOMPARE(me.status, 200);
    QCOMPARE(
        me.json().value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString(),
        user.value(QLatin1String("id")).toString());
}

void TestSessions::wrongPasswordIsBadCredentials() {
    const HttpReply reply = signIn(QStringLiteral("dept"), QStringLiteral("Final#2026hX"));

    QCOMPARE(reply.status, 401);
    QCOMPARE(codeOf(reply), QStringLiteral("bad_credentials"));
    QVERIFY(!reply.json().contains(QLatin1String("token")));
}

void TestSessions::unknownUserGetsTheSameAnswerAsWrongPassword() {
    const HttpReply unknown = signIn(QStringLiteral("nobody.here"), QStringLiteral("Final#2026hn"));
    const HttpReply wrong = signIn(QStringLiteral("dept"), QStringLiteral("Final#2026hY"));

    QCOMPARE(unknown.status, 401);
    QCOMPARE(codeOf(unknown), QStringLiteral("bad_credentials"));
    // Existence is never revealed: the whole error is the same.
    QCOMPARE(unknown.error(), wrong.error());
}

void TestSessions::repeatedWrongPasswordsLockEvenTheRightOne() {
    // Given the server runs with --lockout 3
    for (int i = 1; i <= 3; ++i) {
        const HttpReply wrong = signIn(QStringLiteral("operator"), QStringLiteral("Ops#2026wrong"));
        QVERIFY2(wrong.status == 401 && codeOf(wrong) == QStringLiteral("bad_credentials"),
                 qPrintable(QStringLiteral("attempt %1: %2 %3")
                                .arg(i)
                                .arg(wrong.status)
                                .arg(QString::fromUtf8(wrong.body))));
    }

    const HttpReply right = signIn(QStringLiteral("operator"), QStringLiteral("Ops#2026plat"));
    QCOMPARE(right.status, 423);
    QCOMPARE(codeOf(right), QStringLiteral("locked"));
    QVERIFY(!right.json().contains(QLatin1String("token")));

    // The lock belongs to that account only.
    QCOMPARE(signIn(QStringLiteral("finance"), QStringLiteral("Ledger#2026fn")).status, 200);
}

void TestSessions::expiredTokenIsUnauthenticated() {
    // Given a server whose sessions last one second
    TestServer shortLived(QStringList{QStringLiteral("--session-ttl"), QStringLiteral("1")});
    QVERIFY(shortLived.start());
    HttpClient http(shortLived.baseUrl());
    const HttpReply created = http.postJson(
        kAccountsPath,
        dx::test::registration(QStringLiteral("brief.visit"), QStringLiteral("Brief#2026v")));
    QCOMPARE(created.status, 201);

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HttpReply login = http.postJson(
        kSessionPath, credentials(QStringLiteral("brief.visit"), QStringLiteral("Brief#2026v")));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(login.status, 200);
    const qint64 expiresAt = login.json().value(QLatin1String("expires_at")).toInteger();
    // Issued between our two clock readings, for one second.
    QVERIFY2(expiresAt >= before + 1000 && expiresAt <= after + 1000,
             qPrintable(QStringLiteral("expires_at %1, sign-in between %2 and %3")
                            .arg(expiresAt)
                            .arg(before)
                            .arg(after)));
    http.setToken(login.json().value(QLatin1String("token")).toString());

    const HttpReply fresh = http.get(kMePath);
    if (QDateTime::currentMSecsSinceEpoch() < expiresAt)
        QCOMPARE(fresh.status, 200);  // answered before it expired

    // When the second has passed (and one more, for clock granularity)
    QTest::qWait(int(qMax<qint64>(0, expiresAt - QDateTime::currentMSecsSinceEpoch())) + 1000);

    const HttpReply stale = http.get(kMePath);
    QCOMPARE(stale.status, 401);
    QCOMPARE(codeOf(stale), QStringLiteral("unauthenticated"));
}

void TestSessions::forgedTokenIsUnauthenticated_data() {
    QTest::addColumn<bool>("fromRealToken");
    QTest::addColumn<QString>("forged");

    // 32 random bytes, base64url: exactly the shape of a real token.
    QByteArray random(32, Qt::Uninitialized);
    for (char &byte : random) byte = char(QRandomGenerator::global()->bounded(256));
    QTest::newRow("random, same shape")
        << false
        << QString::fromLatin1(
               random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("real token, one character changed") << true << QString();
    QTest::newRow("real token, shortened") << true << QStringLiteral("short");
}

void TestSessions::forgedTokenIsUnauthenticated() {
    QFETCH(bool, fromRealToken);
    QFETCH(QString, forged);
    if (fromRealToken) {
        HttpClient login(m_server->baseUrl());
        const QString real = login.login(QStringLiteral("auditor"), QStringLiteral("Check#2026tp"));
        QCOMPARE(real.size(), 43);
        if (forged.isEmpty()) {
            forged = real;
            forged[10] = forged.at(10) == u'A' ? u'B' : u'A';
        } else {
            forged = real.left(42);
        }
    }

    HttpClient http(m_server->baseUrl());
    http.setToken(forged);
    const HttpReply reply = http.get(kMePath);

    QCOMPARE(reply.status, 401);
    QCOMPARE(codeOf(reply), QStringLiteral("unauthenticated"));
}

void TestSessions::missingAuthorizationIsUnauthenticated_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");

    QTest::newRow("GET /me, no header") << QByteArray("GET") << kMePath << QByteArray();
    QTest::newRow("GET /changes, no header")
        << QByteArray("GET") << QStringLiteral("/api/v1/changes") << QByteArray();
    QTest::newRow("GET /tasks, no header")
        << QByteArray("GET") << QStringLiteral("/api/v1/tasks?box=pending") << QByteArray();
    QTest::newRow("POST /clients, no header")
        << QByteArray("POST") << QStringLiteral("/api/v1/clients") << QByteArray();
    QTest::newRow("POST /commands, no header")
        << QByteArray("POST") << QStringLiteral("/api/v1/commands") << QByteArray();
    QTest::newRow("DELETE /session, no header")
        << QByteArray("DELETE") << kSessionPath << QByteArray();
    QTest::newRow("GET /me, Basic scheme")
        << QByteArray("GET") << kMePath << QByteArray("Basic cmV2aWV3ZXIuenk6UmV2aWV3IzIwMjZ6eQ==");
    QTest::newRow("GET /me, empty Bearer") << QByteArray("GET") << kMePath << QByteArray("Bearer ");
}

void TestSessions::missingAuthorizationIsUnauthenticated() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);

    HttpClient http(m_server->baseUrl());
    HttpClient::Headers headers{{"Content-Type", "application/json"}};
    if (!authorization.isEmpty()) headers.append({"Authorization", authorization});
    const QByteArray body =
        method == "POST" ? QByteArray(R"({"name":"x","commands":[]})") : QByteArray();
    const HttpReply reply = http.request(method, path, body, headers);

    QCOMPARE(reply.status, 401);
    QCOMPARE(codeOf(reply), QStringLiteral("unauthenticated"));
}

void TestSessions::signOutEndsThatTokenOnly() {
    // Given reviewer.zy2 signed in on two machines
    HttpClient laptop(m_server->baseUrl());
    HttpClient desktop(m_server->baseUrl());
    QVERIFY(
        !laptop.login(QStringLiteral("reviewer.zy2"), QStringLiteral("Review#2026zy2")).isEmpty());
    QVERIFY(
        !desktop.login(QStringLiteral("reviewer.zy2"), QStringLiteral("Review#2026zy2")).isEmpty());
    QCOMPARE(laptop.get(kMePath).status, 200);

    // When the laptop signs out
    const HttpReply out = laptop.del(kSessionPath);
    QCOMPARE(out.status, 204);
    QVERIFY(out.body.isEmpty());

    // Then the laptop's token is gone, the desktop's still works
    const HttpReply after = laptop.get(kMePath);
    QCOMPARE(after.status, 401);
    QCOMPARE(codeOf(after), QStringLiteral("unauthenticated"));
    QCOMPARE(laptop.del(kSessionPath).status, 401);
    QCOMPARE(desktop.get(kMePath).status, 200);
}

void TestSessions::registeredEnterpriseCanSignIn() {
    const HttpReply created = registerAccount(
        dx::test::registration(QStringLiteral("zz.huaxin"), QStringLiteral("Huaxin#2026")));
    QCOMPARE(created.status, 201);
    const QString userId = created.json().value(QLatin1String("user_id")).toString();
    const QString orgId = created.json().value(QLatin1String("org_id")).toString();
    QVERIFY(!userId.isEmpty());
    QVERIFY(!orgId.isEmpty());

    const HttpReply login = signIn(QStringLiteral("zz.huaxin"), QStringLiteral("Huaxin#2026"));
    QCOMPARE(login.status, 200);
    const QJsonObject user = login.json().value(QLatin1String("user")).toObject();
    QCOMPARE(user.value(QLatin1String("id")).toString(), userId);
    QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("enterprise"));
    QCOMPARE(user.value(QLatin1String("org_id")).toString(), orgId);

    // The first account of an organisation is its admin (seed 004).
    HttpClient http(m_server->baseUrl());
    http.setToken(login.json().value(QLatin1String("token")).toString());
    const HttpReply me = http.get(kMePath);
    QCOMPARE(me.status, 200);
    const QJsonObject org = me.json().value(QLatin1String("organisation")).toObject();
    QCOMPARE(org.value(QLatin1String("id")).toString(), orgId);
    QCOMPARE(org.value(QLatin1String("kind")).toString(), QStringLiteral("enterprise"));
    QCOMPARE(org.value(QLatin1String("admin_user_id")).toString(), userId);
}

void TestSessions::weakPasswordIsRefused_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");

    QTest::newRow("7 characters") << QStringLiteral("Ab1#xyz") << QStringLiteral("too_short");
    QTest::newRow("19 characters")
        << QStringLiteral("Abcdefgh#1234567890") << QStringLiteral("too_long");
    QTest::newRow("two classes") << QStringLiteral("abcdefgh12") << QStringLiteral("invalid");
    QTest::newRow("a space") << QStringLiteral("Abcd 1234#") << QStringLiteral("invalid");
    QTest::newRow("empty") << QString() << QStringLiteral("required");
}

void TestSessions::weakPasswordIsRefused() {
    QFETCH(QString, password);
    QFETCH(QString, code);
    const QString username =
        QStringLiteral("weak.") + QString::fromLatin1(QTest::currentDataTag()).remove(u' ');

    const HttpReply refused = registerAccount(dx::test::registration(username, password));

    QCOMPARE(refused.status, 422);
    QCOMPARE(codeOf(refused), code);
    QCOMPARE(fieldOf(refused), QStringLiteral("password"));
    // Nothing was created: the username is still free.
    QCOMPARE(
        registerAccount(dx::test::registration(username, QStringLiteral("Strong#2026x"))).status,
        201);
}

void TestSessions::duplicateUsernameIsRefused_data() {
    QTest::addColumn<QString>("username");

    QTest::newRow("same spelling") << QStringLiteral("ent.pending");
    QTest::newRow("other case") << QStringLiteral("Ent.Pending");
}

void TestSessions::duplicateUsernameIsRefused() {
    QFETCH(QString, username);

    const HttpReply refused =
        registerAccount(dx::test::registration(username, QStringLiteral("Other#2026pw")));

    QCOMPARE(refused.status, 409);
    QCOMPARE(codeOf(refused), QStringLiteral("duplicate"));
    QCOMPARE(fieldOf(refused), QStringLiteral("username"));
    // The existing account keeps its password.
    QCOMPARE(signIn(QStringLiteral("ent.pending"), QStringLiteral("Firm#2026pend")).status, 200);
}

void TestSessions::duplicateMobileIsRefused() {
    const QString mobile = dx::test::freshMobile();
    QCOMPARE(registerAccount(dx::test::registration(QStringLiteral("first.mobile"),
                                                    QStringLiteral("First#2026m"), mobile))
                 .status,
             201);

    const HttpReply refused = registerAccount(dx::test::registration(
        QStringLiteral("second.mobile"), QStringLiteral("Second#2026m"), mobile));

    QCOMPARE(refused.status, 409);
    QCOMPARE(codeOf(refused), QStringLiteral("duplicate"));
    QCOMPARE(fieldOf(refused), QStringLiteral("mobile"));
}

void TestSessions::mobileTypedFullWidthWithSpacesIsTheSameNumber() {
    // Chinese input methods type full-width digits; people group digits with spaces (issue 8).
    const QString mobile = dx::test::freshMobile();
    QString typed;
    for (int i = 0; i < mobile.size(); ++i) {
        if (i == 3 || i == 7) typed += QChar(0x3000);  // an ideographic space
        typed += QChar(0xff10 + mobile.at(i).digitValue());
    }
    const HttpReply created = registerAccount(
        dx::test::registration(QStringLiteral("wide.mobile"), QStringLiteral("Wide#2026m"), typed));
    QCOMPARE(created.status, 201);

    // Stored canonical, so the plain spelling is the same, already registered number.
    const HttpReply again = registerAccount(dx::test::registration(
        QStringLiteral("narrow.mobile"), QStringLiteral("Narrow#2026m"), mobile));
    QCOMPARE(again.status, 409);
    QCOMPARE(fieldOf(again), QStringLiteral("mobile"));
    HttpClient http(m_server->baseUrl());
    QVERIFY(!http.login(QStringLiteral("wide.mobile"), QStringLiteral("Wide#2026m")).isEmpty());
    QCOMPARE(http.get(kMePath)
                 .json()
                 .value(QLatin1String("user"))
                 .toObject()
                 .value(QLatin1String("mobile"))
                 .toString(),
             mobile);
}

void TestSessions::passwordContainingUsernameIsRefused_data() {
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");

    QTest::newRow("as typed") << QStringLiteral("zz.hongda") << QStringLiteral("zz.hongda#26X");
    QTest::newRow("other case") << QStringLiteral("zz.ruifeng") << QStringLiteral("ZZ.RUIFENG#26x");
}

void TestSessions::passwordContainingUsernameIsRefused() {
    QFETCH(QString, username);
    QFETCH(QString, password);

    const HttpReply refused = registerAccount(dx::test::registration(username, password));

    QCOMPARE(refused.status, 422);
    QCOMPARE(codeOf(refused), QStringLiteral("invalid"));
    QCOMPARE(fieldOf(refused), QStringLiteral("password"));
    QCOMPARE(refused.error()
                 .value(QLatin1String("details"))
                 .toObject()
                 .value(QLatin1String("rule"))
                 .toString(),
             QStringLiteral("username"));
}

void TestSessions::registrationCannotCreateStaff_data() {
    QTest::addColumn<QString>("role");

    QTest::newRow("admin") << QStringLiteral("admin");
    QTest::newRow("county_reviewer") << QStringLiteral("county_reviewer");
    QTest::newRow("operator") << QStringLiteral("operator");
}

void TestSessions::registrationCannotCreateStaff() {
    QFETCH(QString, role);
    const QString username = QStringLiteral("self.") + role.left(5);
    QJsonObject body = dx::test::registration(username, QStringLiteral("Staff#2026me"));
    body.insert(QStringLiteral("role"), role);
    body.insert(QStringLiteral("region"), QStringLiteral("410102"));

    const HttpReply refused = registerAccount(body);

    QCOMPARE(refused.status, 422);
    QCOMPARE(codeOf(refused), QStringLiteral("invalid"));
    QCOMPARE(fieldOf(refused), QStringLiteral("role"));
    QCOMPARE(signIn(username, QStringLiteral("Staff#2026me")).status, 401);
}

QTEST_GUILESS_MAIN(TestSessions)
#include "test_sessions.moc"
