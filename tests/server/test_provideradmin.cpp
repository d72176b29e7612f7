// The provider's expert roster and receiving bank accounts (docs/LISTINGS.md "Provider
// administration commands") against the real dxserver, as provider1's main account.

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"

using dx::test::errorCode;
using dx::test::errorField;
using dx::test::Session;
using dx::test::TestServer;

namespace {
const QString kApplied = QStringLiteral("applied");
const QString kAbc = QStringLiteral("中国农业银行");

using dx::test::statusOf;
QJsonObject resultOf(const QJsonObject &outcome) {
    return outcome.value(QLatin1String("result")).toObject();
}
}  // namespace

class TestProviderAdmin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void expertIsSavedUpdatedAndDeleted();
    void expertFieldErrors_data();
    void expertFieldErrors();
    void expertPhotoRule();

    void bankAccountWithoutWarnings();
    void luhnFailureIsOnlyAWarning();
    void bankAccountErrors_data();
    void bankAccountErrors();
    void otherRolesCannotKeepAccounts();

private:
    QJsonObject expert() const {
        return {{QStringLiteral("name"), QStringLiteral("王建国")},
                {QStringLiteral("age"), 46},
                {QStringLiteral("gender"), QStringLiteral("male")},
                {QStringLiteral("iiot_field"), QStringLiteral("工业大数据")},
                {QStringLiteral("industry_field"), QStringLiteral("装备制造")},
                {QStringLiteral("operations_field"), QStringLiteral("生产管控")},
                {QStringLiteral("iiot_years"), 12},
                {QStringLiteral("industry_years"), 20},
                {QStringLiteral("experience"), QStringLiteral("主持多个智能工厂项目。")},
                {QStringLiteral("title"), QStringLiteral("高级工程师")},
                {QStringLiteral("education"), QStringLiteral("硕士")},
                {QStringLiteral("photo"), m_photo},
                {QStringLiteral("introduction"), QStringLiteral("长期从事工业互联网平台建设。")}};
    }
    QJsonObject account(const QString &number) const {
        return {{QStringLiteral("bank"), kAbc},
                {QStringLiteral("account_name"), m_orgName},
                {QStringLiteral("account_no"), number},
                {QStringLiteral("branch"), QStringLiteral("中国农业银行郑州金水支行")}};
    }

    std::unique_ptr<TestServer> m_server = std::make_unique<TestServer>();
    std::unique_ptr<Session> m_main;
    QString m_photo;
    QString m_orgName;
};

void TestProviderAdmin::initTestCase() {
    QVERIFY(m_server->seedDemo());
    QVERIFY(m_server->start());
    m_main = std::make_unique<Session>(m_server->baseUrl());
    QVERIFY2(m_main->signIn(QStringLiteral("provider1"), QStringLiteral("Vendor#2026p1")),
             qPrintable(m_main->problem()));
    m_photo = m_main->upload(dx::test::scanImage(41, "JPG"));
    QVERIFY2(!m_photo.isEmpty(), qPrintable(m_main->problem()));
    m_orgName = m_main->http()
                    .get(QStringLiteral("/api/v1/me"))
                    .json()
                    .value(QLatin1String("organisation"))
                    .toObject()
                    .value(QLatin1String("name"))
                    .toString();
    QVERIFY(!m_orgName.isEmpty());
}

void TestProviderAdmin::expertIsSavedUpdatedAndDeleted() {
    const QJsonObject added =
        m_main->push(QStringLiteral("expert.save"), {}, {{QStringLiteral("expert"), expert()}});
    QVERIFY2(statusOf(added) == kApplied, dx::test::compact(added));
    const QString id = resultOf(added).value(QLatin1String("expert_id")).toString();
    QVERIFY(!id.isEmpty());

    QJsonObject changed = expert();
    changed.insert(QStringLiteral("age"), 47);
    QCOMPARE(statusOf(m_main->push(QStringLiteral("expert.save"), id,
                                   {{QStringLiteral("expert"), changed}})),
             kApplied);
    bool seen = false;
    for (const QJsonObject &c : m_main->pullAll().of(QStringLiteral("experts")))
        if (c.value(QLatin1String("id")).toString() == id)
            seen =
                c.value(QLatin1String("data")).toObject().value(QLatin1String("age")).toInt() == 47;
    QVERIFY(seen);

    QCOMPARE(statusOf(m_main->push(QStringLiteral("expert.delete"), id)), kApplied);
    QCOMPARE(errorCode(m_main->push(QStringLiteral("expert.delete"), id)),
             QStringLiteral("not_found"));
}

void TestProviderAdmin::expertFieldErrors_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *name, const char *key, const QJsonValue &value,
                        const char *code) {
        QTest::newRow(name) << QString::fromLatin1(key) << value << QString::fromLatin1(code);
    };
    row("name missing", "name", QJsonValue(), "required");
    row("name of 31", "name", QString(31, u'王'), "too_long");
    row("age 17", "age", 17, "out_of_range");
    row("age as text", "age", QStringLiteral("forty"), "invalid");
    row("age with fraction", "age", 40.5, "invalid");
    row("gender other", "gender", QStringLiteral("x"), "invalid");
    row("iiot field missing", "iiot_field", QString(), "required");
    row("industry field missing", "industry_field", QJsonValue(), "required");
    row("operations field missing", "operations_field", QJsonValue(), "required");
    row("iiot years above age", "iiot_years", 50, "out_of_range");
    row("industry years negative", "industry_years", -1, "out_of_range");
    row("experience of 201", "experience", QString(201, u'绩'), "too_long");
    row("title of 51", "title", QString(51, u'职'), "too_long");
    row("photo missing", "photo", QJsonValue(), "required");
    row("photo not a hash", "photo", QStringLiteral("photo.jpg"), "invalid");
    row("introduction missing", "introduction", QJsonValue(), "required");
}

void TestProviderAdmin::expertFieldErrors() {
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QJsonObject e = expert();
    if (value.isUndefined())
        e.remove(key);
    else
        e.insert(key, value);
    const QJsonObject out =
        m_main->push(QStringLiteral("expert.save"), {}, {{QStringLiteral("expert"), e}});
    QVERIFY2(statusOf(out) == QStringLiteral("rejected"), dx::test::compact(out));
    QCOMPARE(errorCode(out), code);
    QCOMPARE(errorField(out), key);
}

void TestProviderAdmin::expertPhotoRule() {
    // A PDF is not a photo.
    const QString pdf = m_main->upload(QByteArrayLiteral(
        "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"));
    QVERIFY2(!pdf.isEmpty(), qPrintable(m_main->problem()));
    QJsonObject e = expert();
    e.insert(QStringLiteral("photo"), pdf);
    QJsonObject out =
        m_main->push(QStringLiteral("expert.save"), {}, {{QStringLiteral("expert"), e}});
    QCOMPARE(errorCode(out), QStringLiteral("file_type"));
    QCOMPARE(errorField(out), QStringLiteral("photo"));

    // Above 2048 KB: a PNG of noise does not compress.
    QImage noise(1100, 1100, QImage::Format_RGB32);
    quint32 x = 12345;
    for (int r = 0; r < noise.height(); ++r)
        for (int c = 0; c < noise.width(); ++c)
            noise.setPixel(c, r, (x = x * 1664525u + 1013904223u));
    QByteArray big;
    QBuffer buffer(&big);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(noise.save(&buffer, "PNG"));
    QVERIFY(big.size() > 2048 * 1024);
    const QString large = m_main->upload(big);
    QVERIFY2(!large.isEmpty(), qPrintable(m_main->problem()));
    e.insert(QStringLiteral("photo"), large);
    out = m_main->push(QStringLiteral("expert.save"), {}, {{QStringLiteral("expert"), e}});
    QCOMPARE(errorCode(out), QStringLiteral("file_too_large"));
    QCOMPARE(errorField(out), QStringLiteral("photo"));

    // A photo not uploaded yet: the command waits.
    e.insert(QStringLiteral("photo"), QString(64, u'a'));
    out = m_main->push(QStringLiteral("expert.save"), {}, {{QStringLiteral("expert"), e}});
    QCOMPARE(statusOf(out), QStringLiteral("retry"));
}

void TestProviderAdmin::bankAccountWithoutWarnings() {
    // A 15-digit ABC corporate account whose last digit happens to satisfy Luhn.
    const QJsonObject out = m_main->push(QStringLiteral("bank_account.save"), {},
                                         account(QStringLiteral("160101040009872")));
    QVERIFY2(statusOf(out) == kApplied, dx::test::compact(out));
    QVERIFY(!resultOf(out).value(QLatin1String("bank_account_id")).toString().isEmpty());
    QCOMPARE(resultOf(out).value(QLatin1String("warnings")).toArray().size(), 0);
    bool seen = false;
    for (const QJsonObject &c : m_main->pullAll().of(QStringLiteral("bank_accounts")))
        seen |= c.value(QLatin1String("data")).toObject().value(QLatin1String("account_no")) ==
                QStringLiteral("160101040009872");
    QVERIFY(seen);
}

void TestProviderAdmin::luhnFailureIsOnlyAWarning() {
    const QJsonObject out = m_main->push(QStringLiteral("bank_account.save"), {},
                                         account(QStringLiteral("1601 0104 0001 23456")));
    QVERIFY2(statusOf(out) == kApplied, dx::test::compact(out));
    const QJsonArray warnings = resultOf(out).value(QLatin1String("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0].toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("checksum"));
    QCOMPARE(warnings[0].toObject().value(QLatin1String("field")).toString(),
             QStringLiteral("account_no"));
    QVERIFY(!warnings[0].toObject().value(QLatin1String("message")).toString().isEmpty());

    // Saved as digits only; saving it again is a duplicate.
    const QJsonObject again = m_main->push(QStringLiteral("bank_account.save"), {},
                                           account(QStringLiteral("16010104000123456")));
    QCOMPARE(errorCode(again), QStringLiteral("duplicate"));
    QCOMPARE(errorField(again), QStringLiteral("account_no"));
}

void TestProviderAdmin::bankAccountErrors_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *name, const char *key, const QJsonValue &value,
                        const char *code) {
        QTest::newRow(name) << QString::fromLatin1(key) << value << QString::fromLatin1(code);
    };
    row("ICBC is not accepted", "bank", QStringLiteral("中国工商银行"), "invalid");
    row("bank missing", "bank", QJsonValue(), "required");
    row("letters", "account_no", QStringLiteral("16010104000ABC"), "invalid");
    row("full-width digits", "account_no", QStringLiteral("１６０１０１０４０００１２３４"),
        "invalid");
    row("nine digits", "account_no", QStringLiteral("160101040"), "too_short");
    row("twenty-six digits", "account_no", QString(26, u'1'), "too_long");
    row("account number missing", "account_no", QJsonValue(), "required");
    row("a person's name", "account_name", QStringLiteral("张伟"), "invalid");
    row("branch missing", "branch", QJsonValue(), "required");
}

void TestProviderAdmin::bankAccountErrors() {
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QJsonObject p = account(QStringLiteral("160101040009999"));
    if (value.isUndefined())
        p.remove(key);
    else
        p.insert(key, value);
    const QJsonObject out = m_main->push(QStringLiteral("bank_account.save"), {}, p);
    QVERIFY2(statusOf(out) == QStringLiteral("rejected"), dx::test::compact(out));
    QCOMPARE(errorCode(out), code);
    QCOMPARE(errorField(out), key);
}

void TestProviderAdmin::otherRolesCannotKeepAccounts() {
    Session reviewer(m_server->baseUrl());
    QVERIFY(reviewer.signIn(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy")));
    const QJsonObject out = reviewer.push(QStringLiteral("bank_account.save"), {},
                                          account(QStringLiteral("160101040001234")));
    QCOMPARE(errorCode(out), QStringLiteral("forbidden"));
    QCOMPARE(errorCode(reviewer.push(QStringLiteral("expert.save"), {},
                                     {{QStringLiteral("expert"), expert()}})),
             QStringLiteral("forbidden"));
}

QTEST_GUILESS_MAIN(TestProviderAdmin)
#include "test_provideradmin.moc"
