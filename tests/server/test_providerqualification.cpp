// Provider qualification (服务商资质, seeds 001 and 003) through the API: a new service provider
// registers, fills in the provider form with its service organisation type (政府服务 / 社会服务 /
// SAAS服务 / 专家), applies, and the platform operator — not a county reviewer — rejects with a
// reason, then approves the second version. The story's slots share the provider's
// state; one run alone runs the steps before it first (tests/support/story.h).

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/story.h"
#include "tests/support/testserver.h"

using dx::test::HttpClient;
using dx::test::HttpReply;
using dx::test::Session;
using dx::test::TestServer;

namespace {

using dx::test::str;

using dx::test::statusOf;

QSet<QString> pending(Session &s) {
    QSet<QString> ids;
    for (const QJsonValue &t :
         s.inbox(QStringLiteral("pending")).value(QLatin1String("tasks")).toArray())
        ids.insert(str(t.toObject(), "entity_id"));
    return ids;
}

/// A complete provider form (resources/forms/provider_profile.json) of type `orgType`.
QJsonObject providerProfile(const QString &mobile, const QString &orgType) {
    QJsonObject p{
        {QStringLiteral("service_org_type"), orgType},
        {QStringLiteral("name"), QStringLiteral("郑州云栈信息技术有限公司")},
        {QStringLiteral("industry"), QStringLiteral("I")},
        {QStringLiteral("region"), QStringLiteral("410105")},
        {QStringLiteral("mailing_address"), QStringLiteral("河南省郑州市金水区花园路1号")},
        {QStringLiteral("two_integration_certified"), true},
        {QStringLiteral("contact_name"), QStringLiteral("王磊")},
        {QStringLiteral("mobile"), mobile},
        {QStringLiteral("email"), QStringLiteral("sales@example.com")},
        {QStringLiteral("service_scope"),
         QJsonArray{QStringLiteral("cloud"), QStringLiteral("software_products")}},
        {QStringLiteral("core_products"), QStringLiteral("工业设备上云平台")},
        {QStringLiteral("industries_served"), QJsonArray{QStringLiteral("C")}},
        {QStringLiteral("industrial_customers"), 35},
        {QStringLiteral("operating_since"), QStringLiteral("2016-03-01")},
        {QStringLiteral("revenue_year_1"), QStringLiteral("1200.00")},
        {QStringLiteral("revenue_year_2"), QStringLiteral("1500.50")},
        {QStringLiteral("revenue_year_3"), QStringLiteral("1800.00")},
        {QStringLiteral("average_industrial_sales"), QStringLiteral("35.00")},
        {QStringLiteral("average_sales"), QStringLiteral("30.00")}};
    if (orgType != QStringLiteral("expert")) {
        p.insert(QStringLiteral("credit_code"), QStringLiteral("91410102MA44RJ5B06"));
        p.insert(QStringLiteral("enterprise_type"), QStringLiteral("private"));
        p.insert(QStringLiteral("legal_representative"), QStringLiteral("赵强"));
        p.insert(QStringLiteral("registered_capital"), QStringLiteral("1000.00"));
    }
    return p;
}

}  // namespace

class TestProviderQualification : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void anUnknownServiceOrganisationTypeIsRefused();
    void providerSubmitsItsFormAndApplies();
    void theApplicationWaitsForTheOperatorNotACountyReviewer();
    void operatorRejectsWithAReason();
    void providerAppliesAgainAndTheOperatorApproves();

private:
    QJsonObject application(int seed);

    TestServer m_server;
    std::unique_ptr<Session> m_operator;
    std::unique_ptr<Session> m_county;  // reviewer.jinshui would be the provider's county
    std::unique_ptr<Session> m_provider;
    QString m_mobile;
    QString m_first;
    QString m_second;
    // The provider's story: one step run alone runs the steps before it first.
    dx::test::Story m_story{
        this,
        {"providerSubmitsItsFormAndApplies", "theApplicationWaitsForTheOperatorNotACountyReviewer",
         "operatorRejectsWithAReason", "providerAppliesAgainAndTheOperatorApproves"}};
};

void TestProviderQualification::initTestCase() {
    QVERIFY(m_server.seedDemo());
    QVERIFY(m_server.start());
    m_operator = std::make_unique<Session>(m_server.baseUrl());
    QVERIFY2(m_operator->signIn(QStringLiteral("operator"), QStringLiteral("Ops#2026plat")),
             qPrintable(m_operator->problem()));
    m_county = std::make_unique<Session>(m_server.baseUrl());
    QVERIFY2(m_county->signIn(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy")),
             qPrintable(m_county->problem()));

    m_mobile = dx::test::freshMobile();
    QJsonObject body = dx::test::registration(QStringLiteral("yunzhan_it"),
                                              QStringLiteral("Cloud#2026yz"), m_mobile);
    body.insert(QStringLiteral("role"), QStringLiteral("provider"));
    const HttpReply created =
        HttpClient(m_server.baseUrl()).postJson(QStringLiteral("/api/v1/accounts"), body);
    QVERIFY2(created.status == 201, created.body.constData());
    m_provider = std::make_unique<Session>(m_server.baseUrl());
    QVERIFY2(m_provider->signIn(QStringLiteral("yunzhan_it"), QStringLiteral("Cloud#2026yz")),
             qPrintable(m_provider->problem()));
    QVERIFY(!m_provider->orgId().isEmpty());
}

QJsonObject TestProviderQualification::application(int seed) {
    const QString license = m_provider->upload(dx::test::scanImage(seed, "PNG"));
    const QString front = m_provider->upload(dx::test::scanImage(seed + 1, "JPG"));
    const QString back = m_provider->upload(dx::test::scanImage(seed + 2, "PNG"));
    if (license.isEmpty() || front.isEmpty() || back.isEmpty()) return {};
    return {{QStringLiteral("contact"), QStringLiteral("王磊")},
            {QStringLiteral("phone"), m_mobile},
            {QStringLiteral("license"), license},
            {QStringLiteral("id_front"), front},
            {QStringLiteral("id_back"), back}};
}

void TestProviderQualification::anUnknownServiceOrganisationTypeIsRefused() {
    QJsonObject profile = providerProfile(m_mobile, QStringLiteral("saas"));
    profile.insert(QStringLiteral("service_org_type"), QStringLiteral("shell_company"));
    // Not one of 政府服务 / 社会服务 / SAAS服务 / 专家: refused even as a draft, beside the field.
    const QJsonObject saved =
        m_provider->push(QStringLiteral("organisation.save"), m_provider->orgId(),
                         {{QStringLiteral("profile"), profile}});
    QCOMPARE(statusOf(saved), QStringLiteral("rejected"));
    QVERIFY2(dx::test::compact(saved).contains("service_org_type"), dx::test::compact(saved));
}

void TestProviderQualification::providerSubmitsItsFormAndApplies() {
    if (!m_story.before(__func__)) return;
    const QString orgId = m_provider->orgId();
    const QJsonObject saved = m_provider->push(
        QStringLiteral("organisation.save"), orgId,
        {{QStringLiteral("profile"), providerProfile(m_mobile, QStringLiteral("saas"))}});
    QVERIFY2(statusOf(saved) == QStringLiteral("applied"), dx::test::compact(saved));
    const QJsonObject submitted = m_provider->push(QStringLiteral("organisation.submit"), orgId);
    QVERIFY2(statusOf(submitted) == QStringLiteral("applied"), dx::test::compact(submitted));

    // A provider answers no enterprise demand survey: its application goes straight in.
    const QJsonObject app = application(11);
    QVERIFY(!app.isEmpty());
    const QJsonObject applied =
        m_provider->push(QStringLiteral("certification.submit"), orgId, app);
    QVERIFY2(statusOf(applied) == QStringLiteral("applied"), dx::test::compact(applied));
    m_first = str(applied.value(QLatin1String("result")).toObject(), "certification_id");
    const QJsonObject cert = m_provider->row(QStringLiteral("certifications"), m_first);
    QCOMPARE(str(cert, "org_kind"), QStringLiteral("provider"));
    QCOMPARE(str(cert, "state"), QStringLiteral("submitted"));
}

void TestProviderQualification::theApplicationWaitsForTheOperatorNotACountyReviewer() {
    if (!m_story.before(__func__)) return;
    QVERIFY(!m_first.isEmpty());
    QVERIFY(pending(*m_operator).contains(m_first));
    QVERIFY(!pending(*m_county).contains(m_first));
    // Even knowing the id, a county reviewer may not decide a provider's qualification.
    const QJsonObject outcome =
        m_county->push(QStringLiteral("certification.decide"), m_first,
                       {{QStringLiteral("decision"), QStringLiteral("approve")}}, 0);
    QCOMPARE(statusOf(outcome), QStringLiteral("rejected"));
    const QString code = dx::test::errorCode(outcome);
    QVERIFY2(code == QStringLiteral("forbidden") || code == QStringLiteral("not_found"),
             qPrintable(code));
    QCOMPARE(str(m_provider->row(QStringLiteral("certifications"), m_first), "state"),
             QStringLiteral("submitted"));
}

void TestProviderQualification::operatorRejectsWithAReason() {
    if (!m_story.before(__func__)) return;
    const QJsonObject seen = m_operator->row(QStringLiteral("certifications"), m_first);
    const QJsonObject noReason =
        m_operator->push(QStringLiteral("certification.decide"), m_first,
                         {{QStringLiteral("decision"), QStringLiteral("reject")}},
                         seen.value(QLatin1String("rev")).toInteger(-1));
    QCOMPARE(statusOf(noReason), QStringLiteral("rejected"));
    QCOMPARE(dx::test::errorField(noReason), QStringLiteral("reason"));

    const QJsonObject rejected = m_operator->push(
        QStringLiteral("certification.decide"), m_first,
        {{QStringLiteral("decision"), QStringLiteral("reject")},
         {QStringLiteral("reason"), QStringLiteral("近三年营收证明缺失，请补充。")}},
        seen.value(QLatin1String("rev")).toInteger(-1));
    QVERIFY2(statusOf(rejected) == QStringLiteral("applied"), dx::test::compact(rejected));
    const QJsonObject cert = m_provider->row(QStringLiteral("certifications"), m_first);
    QCOMPARE(str(cert, "state"), QStringLiteral("rejected"));
    QCOMPARE(str(cert, "reason"), QStringLiteral("近三年营收证明缺失，请补充。"));
    QVERIFY(!pending(*m_operator).contains(m_first));
}

void TestProviderQualification::providerAppliesAgainAndTheOperatorApproves() {
    if (!m_story.before(__func__)) return;
    const QString orgId = m_provider->orgId();
    const QJsonObject applied =
        m_provider->push(QStringLiteral("certification.submit"), orgId, application(21));
    QVERIFY2(statusOf(applied) == QStringLiteral("applied"), dx::test::compact(applied));
    const QJsonObject result = applied.value(QLatin1String("result")).toObject();
    QCOMPARE(result.value(QLatin1String("version")).toInt(), 2);
    m_second = str(result, "certification_id");
    QVERIFY(pending(*m_operator).contains(m_second));

    const QJsonObject seen = m_operator->row(QStringLiteral("certifications"), m_second);
    const QJsonObject approved =
        m_operator->push(QStringLiteral("certification.decide"), m_second,
                         {{QStringLiteral("decision"), QStringLiteral("approve")}},
                         seen.value(QLatin1String("rev")).toInteger(-1));
    QVERIFY2(statusOf(approved) == QStringLiteral("applied"), dx::test::compact(approved));
    const QJsonObject org = m_provider->row(QStringLiteral("organisations"), orgId);
    QCOMPARE(org.value(QLatin1String("certified")).toInteger(), 1);
    // The first version stays in the history, rejected.
    QCOMPARE(str(m_provider->row(QStringLiteral("certifications"), m_first), "state"),
             QStringLiteral("rejected"));
}

QTEST_GUILESS_MAIN(TestProviderQualification)
#include "test_providerqualification.moc"
