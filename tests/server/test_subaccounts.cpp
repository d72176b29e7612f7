// Provider sub-accounts (子账号, docs/LISTINGS.md "Provider administration commands") against the
// real dxserver: only a certified provider's main account manages them; a sub-account acts within
// the menus it was granted; deleting or resetting one ends its sessions.

#include <QJsonArray>
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
const QString kApplied = QStringLiteral("applied");
const QString kSubPassword = QStringLiteral("Sub#2026sales");

using dx::test::statusOf;

QJsonObject newSub(const QString &username, const QString &mobile, const QStringList &menus) {
    return {{QStringLiteral("username"), username},
            {QStringLiteral("mobile"), mobile},
            {QStringLiteral("email"), QStringLiteral("sales@example.com")},
            {QStringLiteral("password"), kSubPassword},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(menus)}};
}
}  // namespace

class TestSubAccounts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void uncertifiedProviderCannotCreate();
    void usernameRules_data();
    void usernameRules();
    void badFieldsAreRefused_data();
    void badFieldsAreRefused();
    void createdSubAccountSignsInWithItsMenus();
    void mobileIsUniqueWithinTheOrganisation();
    void subAccountCannotManageSubAccounts();
    void menuWithoutPermissionIsForbidden();
    void updateChangesMobileAndMenusButNotUsername();
    void resetPasswordAppliesPolicyAndEndsSessions();
    void deleteEndsSessionsAndLeavesTombstone();

private:
    QString create(const QJsonObject &payload) {
        const QJsonObject out = m_main->push(QStringLiteral("subaccount.create"), {}, payload);
        return out.value(QLatin1String("result"))
            .toObject()
            .value(QLatin1String("user_id"))
            .toString();
    }

    std::unique_ptr<TestServer> m_server = std::make_unique<TestServer>();
    std::unique_ptr<Session> m_main;
};

void TestSubAccounts::initTestCase() {
    QVERIFY(m_server->seedDemo());
    QVERIFY(m_server->start());
    m_main = dx::test::signedInSession(m_server->baseUrl(), QStringLiteral("provider1"),
                                       QStringLiteral("Vendor#2026p1"));
    QVERIFY(m_main);
}

void TestSubAccounts::uncertifiedProviderCannotCreate() {
    // Given a provider that has just registered (not certified)
    QJsonObject reg =
        dx::test::registration(QStringLiteral("fresh_vendor"), QStringLiteral("Fresh#2026vd"));
    reg.insert(QStringLiteral("role"), QStringLiteral("provider"));
    QCOMPARE(
        HttpClient(m_server->baseUrl()).postJson(QStringLiteral("/api/v1/accounts"), reg).status,
        201);
    auto fresh = dx::test::signedInSession(m_server->baseUrl(), QStringLiteral("fresh_vendor"),
                                           QStringLiteral("Fresh#2026vd"));
    QVERIFY(fresh);

    // When it adds a user, then it is refused until certified
    const QJsonObject out = fresh->push(
        QStringLiteral("subaccount.create"), {},
        newSub(QStringLiteral("fresh_sales"), dx::test::freshMobile(), {QStringLiteral("orders")}));
    QCOMPARE(statusOf(out), QStringLiteral("rejected"));
    QCOMPARE(errorCode(out), QStringLiteral("invalid_transition"));
    QCOMPARE(errorField(out), QStringLiteral("certification"));
}

void TestSubAccounts::usernameRules_data() {
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("code");
    QTest::newRow("five characters") << QStringLiteral("abc12") << QStringLiteral("invalid");
    QTest::newRow("a dot") << QStringLiteral("p1.sales") << QStringLiteral("invalid");
    QTest::newRow("a hyphen") << QStringLiteral("p1-sales") << QStringLiteral("invalid");
    QTest::newRow("Chinese") << QStringLiteral("销售人员一号") << QStringLiteral("invalid");
    QTest::newRow("31 characters") << QString(31, u'a') << QStringLiteral("too_long");
    QTest::newRow("missing") << QString() << QStringLiteral("required");
    QTest::newRow("taken") << QStringLiteral("provider1") << QStringLiteral("duplicate");
    QTest::newRow("taken, other case")
        << QStringLiteral("PROVIDER1") << QStringLiteral("duplicate");
}

void TestSubAccounts::usernameRules() {
    QFETCH(QString, username);
    QFETCH(QString, code);
    const QJsonObject out =
        m_main->push(QStringLiteral("subaccount.create"), {},
                     newSub(username, dx::test::freshMobile(), {QStringLiteral("orders")}));
    QCOMPARE(errorCode(out), code);
    QCOMPARE(errorField(out), QStringLiteral("username"));
}

void TestSubAccounts::badFieldsAreRefused_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const char *key, const QJsonValue &value,
                        const char *code, const char *field) {
        QTest::newRow(name) << QString::fromLatin1(key) << value << QString::fromLatin1(code)
                            << QString::fromLatin1(field);
    };
    row("mobile missing", "mobile", QString(), "required", "mobile");
    row("landline", "mobile", QStringLiteral("0371-12345678"), "invalid", "mobile");
    row("bad email", "email", QStringLiteral("sales@"), "invalid", "email");
    row("unknown menu", "permissions", QJsonArray{QStringLiteral("users")}, "invalid",
        "permissions");
    row("menus not a list", "permissions", QStringLiteral("orders"), "invalid", "permissions");
    row("weak password", "password", QStringLiteral("password"), "invalid", "password");
    row("password has username", "password", QStringLiteral("X#p1_badfield9"), "invalid",
        "password");
}

void TestSubAccounts::badFieldsAreRefused() {
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QJsonObject p =
        newSub(QStringLiteral("p1_badfield"), dx::test::freshMobile(), {QStringLiteral("orders")});
    p.insert(key, value);
    const QJsonObject out = m_main->push(QStringLiteral("subaccount.create"), {}, p);
    QVERIFY2(statusOf(out) == QStringLiteral("rejected"), dx::test::compact(out));
    QCOMPARE(errorCode(out), code);
    QCOMPARE(errorField(out), field);
}

void TestSubAccounts::createdSubAccountSignsInWithItsMenus() {
    const QJsonObject out = m_main->push(
        QStringLiteral("subaccount.create"), {},
        newSub(QStringLiteral("p1_support"), dx::test::freshMobile(),
               {QStringLiteral("experts"), QStringLiteral("orders"), QStringLiteral("orders")}));
    QVERIFY2(statusOf(out) == kApplied, dx::test::compact(out));
    const QString id =
        out.value(QLatin1String("result")).toObject().value(QLatin1String("user_id")).toString();

    // The provider's desktop sees the new user, without any secret.
    bool seen = false;
    for (const QJsonObject &c : m_main->pullAll().of(QStringLiteral("users"))) {
        if (c.value(QLatin1String("id")).toString() != id) continue;
        seen = true;
        const QJsonObject data = c.value(QLatin1String("data")).toObject();
        QVERIFY(!data.contains(QLatin1String("password_hash")));
        QCOMPARE(data.value(QLatin1String("permissions")).toString(),
                 QStringLiteral("orders,experts"));
        QCOMPARE(data.value(QLatin1String("parent_user_id")).toString(), m_main->userId());
    }
    QVERIFY(seen);

    auto sub =
        dx::test::signedInSession(m_server->baseUrl(), QStringLiteral("p1_support"), kSubPassword);
    QVERIFY(sub);
    QCOMPARE(sub->user().value(QLatin1String("sub_account")).toBool(), true);
    QCOMPARE(sub->user().value(QLatin1String("permissions")).toArray(),
             (QJsonArray{QStringLiteral("orders"), QStringLiteral("experts")}));
    QCOMPARE(sub->orgId(), m_main->orgId());
}

void TestSubAccounts::mobileIsUniqueWithinTheOrganisation() {
    const QString mobile = dx::test::freshMobile();
    QVERIFY(!create(newSub(QStringLiteral("p1_first"), mobile, {})).isEmpty());
    const QJsonObject out = m_main->push(QStringLiteral("subaccount.create"), {},
                                         newSub(QStringLiteral("p1_second"), mobile, {}));
    QCOMPARE(errorCode(out), QStringLiteral("duplicate"));
    QCOMPARE(errorField(out), QStringLiteral("mobile"));
}

void TestSubAccounts::subAccountCannotManageSubAccounts() {
    QVERIFY(!create(newSub(QStringLiteral("p1_manager"), dx::test::freshMobile(),
                           {QStringLiteral("listings"), QStringLiteral("orders"),
                            QStringLiteral("redemption"), QStringLiteral("experts"),
                            QStringLiteral("bank_accounts")}))
                 .isEmpty());
    auto sub =
        dx::test::signedInSession(m_server->baseUrl(), QStringLiteral("p1_manager"), kSubPassword);
    QVERIFY(sub);
    const QJsonObject out =
        sub->push(QStringLiteral("subaccount.create"), {},
                  newSub(QStringLiteral("p1_grandchild"), dx::test::freshMobile(), {}));
    QCOMPARE(errorCode(out), QStringLiteral("forbidden"));
    QCOMPARE(errorField(out), QStringLiteral("permission"));
}

void TestSubAccounts::menuWithoutPermissionIsForbidden() {
    QVERIFY(!create(newSub(QStringLiteral("p1_orders_only"), dx::test::freshMobile(),
                           {QStringLiteral("orders")}))
                 .isEmpty());
    auto sub = dx::test::signedInSession(m_server->baseUrl(), QStringLiteral("p1_orders_only"),
                                         kSubPassword);
    QVERIFY(sub);
    for (const QString &type : {QStringLiteral("listing.save"), QStringLiteral("expert.save"),
                                QStringLiteral("bank_account.save")}) {
        const QJsonObject out = sub->push(type, {}, {});
        QVERIFY2(errorCode(out) == QStringLiteral("forbidden"), dx::test::compact(out));
        QCOMPARE(errorField(out), QStringLiteral("permission"));
    }
}

void TestSubAccounts::updateChangesMobileAndMenusButNotUsername() {
    const QString id = create(
        newSub(QStringLiteral("p1_editme"), dx::test::freshMobile(), {QStringLiteral("orders")}));
    QVERIFY(!id.isEmpty());
    auto sub =
        dx::test::signedInSession(m_server->baseUrl(), QStringLiteral("p1_editme"), kSubPassword);
    QVERIFY(sub);
    QCOMPARE(errorField(sub->push(QStringLiteral("expert.save"), {}, {})),
             QStringLiteral("permission"));

    QCOMPARE(errorField(m_main->push(QStringLiteral("subaccount.update"), id,
                                     {{QStringLiteral("username"), QStringLiteral("p1_renamed")}})),
             QStringLiteral("username"));
    const QString mobile = dx::test::freshMobile();
    const QJsonObject out =
        m_main->push(QStringLiteral("subaccount.update"), id,
                     {{QStringLiteral("mobile"), mobile},
                      {QStringLiteral("email"), QStringLiteral("new@example.com")},
                      {QStringLiteral("permissions"),
                       QJsonArray{QStringLiteral("orders"), QStringLiteral("experts")}}});
    QVERIFY2(statusOf(out) == kApplied, dx::test::compact(out));

    // The new menu counts at once (no stale cached actor): now the payload is what is wrong.
    const QJsonObject again = sub->push(QStringLiteral("expert.save"), {}, {});
    QCOMPARE(errorCode(again), QStringLiteral("required"));
    QCOMPARE(errorField(again), QStringLiteral("expert"));

    // Not another organisation's user, and not the main account itself.
    QCOMPARE(errorCode(m_main->push(QStringLiteral("subaccount.update"), m_main->userId(),
                                    {{QStringLiteral("mobile"), mobile}})),
             QStringLiteral("not_found"));
}

void TestSubAccounts::resetPasswordAppliesPolicyAndEndsSessions() {
    const QString id = create(newSub(QStringLiteral("p1_forgetful"), dx::test::freshMobile(),
                                     {QStringLiteral("orders")}));
    QVERIFY(!id.isEmpty());
    auto sub = dx::test::signedInSession(m_server->baseUrl(), QStringLiteral("p1_forgetful"),
                                         kSubPassword);
    QVERIFY(sub);
    QCOMPARE(sub->http().get(QStringLiteral("/api/v1/me")).status, 200);

    const QJsonObject weak = m_main->push(QStringLiteral("subaccount.reset_password"), id,
                                          {{QStringLiteral("password"), QStringLiteral("short")}});
    QCOMPARE(errorField(weak), QStringLiteral("password"));
    const QJsonObject same = m_main->push(QStringLiteral("subaccount.reset_password"), id,
                                          {{QStringLiteral("password"), kSubPassword}});
    QCOMPARE(errorField(same), QStringLiteral("password"));
    QCOMPARE(errorCode(same), QStringLiteral("invalid"));

    const QJsonObject out =
        m_main->push(QStringLiteral("subaccount.reset_password"), id,
                     {{QStringLiteral("password"), QStringLiteral("Reset#2026new")}});
    QVERIFY2(statusOf(out) == kApplied, dx::test::compact(out));
    QCOMPARE(sub->http().get(QStringLiteral("/api/v1/me")).status, 401);
    QVERIFY(!dx::test::signedInSession(m_server->baseUrl(), QStringLiteral("p1_forgetful"),
                                       kSubPassword));
    QVERIFY(dx::test::signedInSession(m_server->baseUrl(), QStringLiteral("p1_forgetful"),
                                      QStringLiteral("Reset#2026new")));
}

void TestSubAccounts::deleteEndsSessionsAndLeavesTombstone() {
    const QString id = create(
        newSub(QStringLiteral("p1_leaver"), dx::test::freshMobile(), {QStringLiteral("orders")}));
    QVERIFY(!id.isEmpty());
    auto sub =
        dx::test::signedInSession(m_server->baseUrl(), QStringLiteral("p1_leaver"), kSubPassword);
    QVERIFY(sub);
    QCOMPARE(sub->http().get(QStringLiteral("/api/v1/me")).status, 200);
    const QString cookie = m_main->pullAll().cookie;

    QCOMPARE(statusOf(m_main->push(QStringLiteral("subaccount.delete"), id)), kApplied);

    QCOMPARE(sub->http().get(QStringLiteral("/api/v1/me")).status, 401);
    QVERIFY(
        !dx::test::signedInSession(m_server->baseUrl(), QStringLiteral("p1_leaver"), kSubPassword));
    bool tombstone = false;
    for (const QJsonObject &c : m_main->pullAll(cookie).of(QStringLiteral("users")))
        tombstone |= c.value(QLatin1String("id")).toString() == id &&
                     c.value(QLatin1String("op")).toString() == QStringLiteral("delete");
    QVERIFY(tombstone);
    QCOMPARE(errorCode(m_main->push(QStringLiteral("subaccount.delete"), id)),
             QStringLiteral("not_found"));
}

QTEST_GUILESS_MAIN(TestSubAccounts)
#include "test_subaccounts.moc"
