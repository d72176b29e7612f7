// Flow 1 end to end through the API, as a new user would live it: register, fill in the profile,
// answer the survey, upload the scans, apply for certification (企业认证); the county reviewer
// rejects, the applicant applies again, the reviewer approves; the eligibility offer; the rules
// that follow (read-only credit code, a region change voids a pending application).
// The slots share the applicant's state: each is one step of the story, and one run alone runs
// the steps before it first (tests/support/story.h).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>
#include <utility>

#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/story.h"
#include "tests/support/testserver.h"

using dx::test::Feed;
using dx::test::HttpClient;
using dx::test::HttpReply;
using dx::test::Session;
using dx::test::TestServer;

namespace {

const QString kReason = QStringLiteral("营业执照照片不清晰，请重新上传。");

using dx::test::str;

using dx::test::statusOf;

}  // namespace

class TestCertificationFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void newEnterpriseSavesAndSubmitsItsProfile();
    void applyingBeforeTheSurveyIsRefused();
    void surveyAndScansMakeAnApplication();
    void reviewerRejectsWithAReasonAndTheApplicantIsNotified();
    void applicantAppliesAgainAsVersion2();
    void reviewerApproves();
    void eligibilityIsDecidedOnce();
    void creditCodeAndTypeAreReadOnlyAfterCertification_data();
    void creditCodeAndTypeAreReadOnlyAfterCertification();
    void regionChangeVoidsAPendingApplication();

private:
    /// Registers a new enterprise and signs it in; null (after a failed check) on failure.
    std::unique_ptr<Session> newEnterprise(const QString &username, const QString &mobile);
    /// certification.submit's payload with three freshly drawn and uploaded scans.
    QJsonObject applicationWithScans(Session &applicant, int seed);
    QJsonObject decide(const QString &certId, const QJsonObject &payload);

    TestServer m_server;
    std::unique_ptr<Session> m_reviewer;    // reviewer.zy, 中原区 (410102)
    std::unique_ptr<Session> m_reviewer2;   // reviewer.zy2, 中原区 too
    std::unique_ptr<Session> m_eqReviewer;  // reviewer.eq, 二七区 (410103)
    std::unique_ptr<Session> m_admin;

    std::unique_ptr<Session> m_applicant;
    QString m_mobile;
    QJsonObject m_profile;
    QJsonObject m_application;
    QString m_firstCert;
    QString m_secondCert;
    // The applicant's story: one step run alone runs the steps before it first.
    dx::test::Story m_story{
        this,
        {"newEnterpriseSavesAndSubmitsItsProfile", "applyingBeforeTheSurveyIsRefused",
         "surveyAndScansMakeAnApplication", "reviewerRejectsWithAReasonAndTheApplicantIsNotified",
         "applicantAppliesAgainAsVersion2", "reviewerApproves", "eligibilityIsDecidedOnce",
         "creditCodeAndTypeAreReadOnlyAfterCertification"}};
};

void TestCertificationFlow::initTestCase() {
    QVERIFY(m_server.seedDemo());
    QVERIFY(m_server.start());
    const struct {
        std::unique_ptr<Session> *session;
        const char *username;
        const char *password;
    } staff[] = {{&m_reviewer, "reviewer.zy", "Review#2026zy"},
                 {&m_reviewer2, "reviewer.zy2", "Review#2026zy2"},
                 {&m_eqReviewer, "reviewer.eq", "Review#2026eq"},
                 {&m_admin, "admin", "Guard#2026dx"}};
    for (const auto &s : staff) {
        *s.session = std::make_unique<Session>(m_server.baseUrl());
        QVERIFY2(
            (*s.session)->signIn(QString::fromLatin1(s.username), QString::fromLatin1(s.password)),
            qPrintable((*s.session)->problem()));
    }
}

std::unique_ptr<Session> TestCertificationFlow::newEnterprise(const QString &username,
                                                              const QString &mobile) {
    const QString password = QStringLiteral("Flow#2026ok");
    const HttpReply created = HttpClient(m_server.baseUrl())
                                  .postJson(QStringLiteral("/api/v1/accounts"),
                                            dx::test::registration(username, password, mobile));
    if (created.status != 201) {
        qWarning("registration of %s: %d %s", qPrintable(username), created.status,
                 created.body.constData());
        return {};
    }
    auto session = std::make_unique<Session>(m_server.baseUrl());
    if (!session->signIn(username, password)) {
        qWarning("%s", qPrintable(session->problem()));
        return {};
    }
    return session;
}

QJsonObject TestCertificationFlow::applicationWithScans(Session &applicant, int seed) {
    // A licence and the back of the ID card as PNG, the front as JPEG: both kinds are allowed.
    const QString license = applicant.upload(dx::test::scanImage(seed, "PNG"));
    const QString idFront = applicant.upload(dx::test::scanImage(seed + 1, "JPG"));
    const QString idBack = applicant.upload(dx::test::scanImage(seed + 2, "PNG"));
    if (license.isEmpty() || idFront.isEmpty() || idBack.isEmpty()) {
        qWarning("%s", qPrintable(applicant.problem()));
        return {};
    }
    return {{QStringLiteral("contact"), QStringLiteral("李娜")},
            {QStringLiteral("phone"), QStringLiteral("0371-12345678")},
            {QStringLiteral("license"), license},
            {QStringLiteral("id_front"), idFront},
            {QStringLiteral("id_back"), idBack}};
}

QJsonObject TestCertificationFlow::decide(const QString &certId, const QJsonObject &payload) {
    const QJsonObject seen = m_reviewer->row(QStringLiteral("certifications"), certId);
    return m_reviewer->push(QStringLiteral("certification.decide"), certId, payload,
                            seen.value(QLatin1String("rev")).toInteger(-1));
}

void TestCertificationFlow::newEnterpriseSavesAndSubmitsItsProfile() {
    if (!m_story.before(__func__)) return;
    m_mobile = dx::test::freshMobile();
    m_applicant = newEnterprise(QStringLiteral("zz.precision"), m_mobile);
    QVERIFY(m_applicant);
    const QString orgId = m_applicant->orgId();
    QVERIFY(!orgId.isEmpty());
    m_profile = dx::test::enterpriseProfile(m_mobile);

    const QJsonObject saved = m_applicant->push(QStringLiteral("organisation.save"), orgId,
                                                {{QStringLiteral("profile"), m_profile}});
    QVERIFY2(statusOf(saved) == QStringLiteral("applied"), dx::test::compact(saved));
    const QJsonObject submitted = m_applicant->push(QStringLiteral("organisation.submit"), orgId);
    QVERIFY2(statusOf(submitted) == QStringLiteral("applied"), dx::test::compact(submitted));

    const QJsonObject org = m_applicant->row(QStringLiteral("organisations"), orgId);
    QCOMPARE(str(org, "profile_state"), QStringLiteral("submitted"));
    QCOMPARE(str(org, "region"), QStringLiteral("410102"));
    QCOMPARE(str(org, "credit_code"), QStringLiteral("91410102MA44RJ5B06"));
    QCOMPARE(str(org, "name"), str(m_profile, "name"));
}

void TestCertificationFlow::applyingBeforeTheSurveyIsRefused() {
    if (!m_story.before(__func__)) return;
    QVERIFY(m_applicant);
    // Given the scans are on the server already, so only the survey is missing
    m_application = applicationWithScans(*m_applicant, 1);
    QVERIFY(!m_application.isEmpty());

    const QJsonObject outcome = m_applicant->push(QStringLiteral("certification.submit"),
                                                  m_applicant->orgId(), m_application);

    QVERIFY2(statusOf(outcome) == QStringLiteral("rejected"), dx::test::compact(outcome));
    QCOMPARE(dx::test::errorCode(outcome), QStringLiteral("invalid_transition"));
    QCOMPARE(dx::test::errorField(outcome), QStringLiteral("survey"));
    QVERIFY(m_applicant->inbox(QStringLiteral("mine"))
                .value(QLatin1String("tasks"))
                .toArray()
                .isEmpty());
}

void TestCertificationFlow::surveyAndScansMakeAnApplication() {
    if (!m_story.before(__func__)) return;
    QVERIFY(m_applicant);
    const QString orgId = m_applicant->orgId();
    const QJsonObject answered =
        m_applicant->push(QStringLiteral("survey.answer"), orgId,
                          {{QStringLiteral("answers"), dx::test::surveyAnswers(m_mobile)}});
    QVERIFY2(statusOf(answered) == QStringLiteral("applied"), dx::test::compact(answered));

    const QJsonObject outcome =
        m_applicant->push(QStringLiteral("certification.submit"), orgId, m_application);

    QVERIFY2(statusOf(outcome) == QStringLiteral("applied"), dx::test::compact(outcome));
    const QJsonObject result = outcome.value(QLatin1String("result")).toObject();
    QCOMPARE(result.value(QLatin1String("version")).toInt(), 1);
    m_firstCert = str(result, "certification_id");
    const QJsonObject cert = m_applicant->row(QStringLiteral("certifications"), m_firstCert);
    QCOMPARE(str(cert, "state"), QStringLiteral("submitted"));
    QCOMPARE(str(cert, "org_id"), orgId);
    QCOMPARE(str(cert, "region"), QStringLiteral("410102"));
    QCOMPARE(str(cert, "license_blob"), str(m_application, "license"));
}

void TestCertificationFlow::reviewerRejectsWithAReasonAndTheApplicantIsNotified() {
    if (!m_story.before(__func__)) return;
    QVERIFY(!m_firstCert.isEmpty());
    // Given the application waits in the county reviewer's pending tab
    QVERIFY(m_reviewer->pendingIds().contains(m_firstCert));
    const QString cookie = m_applicant->pullAll().cookie;

    // When the reviewer rejects it with a reason
    const QJsonObject outcome =
        decide(m_firstCert, {{QStringLiteral("decision"), QStringLiteral("reject")},
                             {QStringLiteral("reason"), kReason}});

    // Then it is rejected, gone from the pending tab
    QVERIFY2(statusOf(outcome) == QStringLiteral("applied"), dx::test::compact(outcome));
    const QJsonObject cert = m_applicant->row(QStringLiteral("certifications"), m_firstCert);
    QCOMPARE(str(cert, "state"), QStringLiteral("rejected"));
    QCOMPARE(str(cert, "reason"), kReason);
    QVERIFY(!m_reviewer->pendingIds().contains(m_firstCert));

    // and the applicant's next pull brings the rejection and its notifications (email, SMS, in-app)
    const Feed news = m_applicant->pullAll(cookie);
    QVERIFY2(news.problem.isEmpty() && !news.reset, qPrintable(news.problem));
    QSet<QString> channels;
    for (const QJsonObject &c : news.of(QStringLiteral("notifications"))) {
        const QJsonObject n = c.value(QLatin1String("data")).toObject();
        QCOMPARE(str(n, "user_id"), m_applicant->userId());
        QVERIFY2(str(n, "body").contains(kReason), dx::test::compact(n));
        channels.insert(str(n, "channel"));
    }
    QCOMPARE(channels, (QSet<QString>{QStringLiteral("email"), QStringLiteral("sms"),
                                      QStringLiteral("app")}));
    bool sawRejection = false;
    for (const QJsonObject &c : news.of(QStringLiteral("certifications")))
        sawRejection |=
            str(c, "id") == m_firstCert &&
            str(c.value(QLatin1String("data")).toObject(), "state") == QStringLiteral("rejected");
    QVERIFY(sawRejection);
}

void TestCertificationFlow::applicantAppliesAgainAsVersion2() {
    if (!m_story.before(__func__)) return;
    QVERIFY(!m_firstCert.isEmpty());
    const QJsonObject outcome =
        m_applicant->push(QStringLiteral("certification.submit"), m_applicant->orgId(),
                          applicationWithScans(*m_applicant, 10));

    QVERIFY2(statusOf(outcome) == QStringLiteral("applied"), dx::test::compact(outcome));
    const QJsonObject result = outcome.value(QLatin1String("result")).toObject();
    QCOMPARE(result.value(QLatin1String("version")).toInt(), 2);
    m_secondCert = str(result, "certification_id");
    QVERIFY(m_secondCert != m_firstCert);
    // The first version is kept as it was decided.
    QCOMPARE(str(m_applicant->row(QStringLiteral("certifications"), m_firstCert), "state"),
             QStringLiteral("rejected"));
    const QSet<QString> pending = m_reviewer->pendingIds();
    QVERIFY(pending.contains(m_secondCert));
    QVERIFY(!pending.contains(m_firstCert));
}

void TestCertificationFlow::reviewerApproves() {
    if (!m_story.before(__func__)) return;
    QVERIFY(!m_secondCert.isEmpty());
    const QJsonObject outcome =
        decide(m_secondCert, {{QStringLiteral("decision"), QStringLiteral("approve")}});

    QVERIFY2(statusOf(outcome) == QStringLiteral("applied"), dx::test::compact(outcome));
    QCOMPARE(str(m_applicant->row(QStringLiteral("certifications"), m_secondCert), "state"),
             QStringLiteral("approved"));
    const QJsonObject org = m_applicant->row(QStringLiteral("organisations"), m_applicant->orgId());
    QCOMPARE(org.value(QLatin1String("certified")).toInt(), 1);
    QCOMPARE(str(org, "eligibility"), QStringLiteral("none"));
    QVERIFY(!m_reviewer->pendingIds().contains(m_secondCert));
}

void TestCertificationFlow::eligibilityIsDecidedOnce() {
    if (!m_story.before(__func__)) return;
    QVERIFY(!m_secondCert.isEmpty());
    const QString orgId = m_applicant->orgId();

    const QJsonObject declined = m_applicant->push(QStringLiteral("eligibility.decline"), orgId);
    QVERIFY2(statusOf(declined) == QStringLiteral("applied"), dx::test::compact(declined));
    QCOMPARE(str(declined.value(QLatin1String("result")).toObject(), "eligibility"),
             QStringLiteral("declined"));

    // A change of mind is not possible: the offer was answered.
    const QJsonObject accepted = m_applicant->push(QStringLiteral("eligibility.accept"), orgId);
    QVERIFY2(statusOf(accepted) == QStringLiteral("rejected"), dx::test::compact(accepted));
    QCOMPARE(dx::test::errorCode(accepted), QStringLiteral("invalid_transition"));
    QCOMPARE(str(m_applicant->row(QStringLiteral("organisations"), orgId), "eligibility"),
             QStringLiteral("declined"));
}

void TestCertificationFlow::creditCodeAndTypeAreReadOnlyAfterCertification_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("credit_code") << QStringLiteral("credit_code")
                                 << QStringLiteral("91410102MA44RJ5C07");
    QTest::newRow("enterprise_type")
        << QStringLiteral("enterprise_type") << QStringLiteral("joint_stock");
}

void TestCertificationFlow::creditCodeAndTypeAreReadOnlyAfterCertification() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    if (!m_story.before(__func__)) return;
    QVERIFY(!m_secondCert.isEmpty());
    const QString orgId = m_applicant->orgId();
    QJsonObject changed = m_profile;
    changed.insert(field, value);

    const QJsonObject outcome = m_applicant->push(QStringLiteral("organisation.save"), orgId,
                                                  {{QStringLiteral("profile"), changed}});

    QVERIFY2(statusOf(outcome) == QStringLiteral("rejected"), dx::test::compact(outcome));
    QCOMPARE(dx::test::errorCode(outcome), QStringLiteral("forbidden"));
    QCOMPARE(dx::test::errorField(outcome), field);
    const QJsonObject stored =
        QJsonDocument::fromJson(
            str(m_applicant->row(QStringLiteral("organisations"), orgId), "profile").toUtf8())
            .object();
    QCOMPARE(stored.value(field).toString(), m_profile.value(field).toString());

    // Other fields remain editable.
    QJsonObject contact = m_profile;
    contact.insert(QStringLiteral("contact_name"), QStringLiteral("王芳"));
    const QJsonObject saved = m_applicant->push(QStringLiteral("organisation.save"), orgId,
                                                {{QStringLiteral("profile"), contact}});
    QVERIFY2(statusOf(saved) == QStringLiteral("applied"), dx::test::compact(saved));
}

void TestCertificationFlow::regionChangeVoidsAPendingApplication() {
    // Given a second new enterprise of 中原区 with a pending application
    const QString mobile = dx::test::freshMobile();
    std::unique_ptr<Session> mover = newEnterprise(QStringLiteral("zz.mover"), mobile);
    QVERIFY(mover);
    const QString orgId = mover->orgId();
    const QJsonObject profile = dx::test::enterpriseProfile(mobile);
    for (const auto &[type, payload] :
         {std::pair{QStringLiteral("organisation.save"),
                    QJsonObject{{QStringLiteral("profile"), profile}}},
          std::pair{QStringLiteral("organisation.submit"), QJsonObject{}},
          std::pair{QStringLiteral("survey.answer"),
                    QJsonObject{{QStringLiteral("answers"), dx::test::surveyAnswers(mobile)}}},
          std::pair{QStringLiteral("certification.submit"), applicationWithScans(*mover, 20)}}) {
        const QJsonObject outcome = mover->push(type, orgId, payload);
        QVERIFY2(statusOf(outcome) == QStringLiteral("applied"),
                 qPrintable(type + u' ' + QString::fromUtf8(dx::test::compact(outcome))));
    }
    const QString certId = str(mover->inbox(QStringLiteral("mine"))
                                   .value(QLatin1String("tasks"))
                                   .toArray()
                                   .first()
                                   .toObject(),
                               "entity_id");
    QVERIFY(m_reviewer->pendingIds().contains(certId));
    const QString reviewerCookie = m_reviewer->pullAll().cookie;

    // When it moves to 二七区 (410103)
    QJsonObject moved = profile;
    moved.insert(QStringLiteral("region"), QStringLiteral("410103"));
    const QJsonObject outcome = mover->push(QStringLiteral("organisation.save"), orgId,
                                            {{QStringLiteral("profile"), moved}});
    QVERIFY2(statusOf(outcome) == QStringLiteral("applied"), dx::test::compact(outcome));

    // Then the application is voided and waits in nobody's pending tab
    const QJsonObject cert = mover->row(QStringLiteral("certifications"), certId);
    QCOMPARE(str(cert, "state"), QStringLiteral("voided"));
    QCOMPARE(str(cert, "region"), QStringLiteral("410103"));
    for (Session *reviewer : {m_reviewer.get(), m_reviewer2.get(), m_eqReviewer.get()})
        QVERIFY2(!reviewer->pendingIds().contains(certId),
                 qPrintable(str(reviewer->user(), "username")));
    const Feed all = m_admin->pullAll();
    for (const QJsonObject &c : all.of(QStringLiteral("tasks"))) {
        const QJsonObject task = c.value(QLatin1String("data")).toObject();
        if (str(task, "entity_id") == certId)
            QVERIFY2(str(task, "state") != QStringLiteral("open"), dx::test::compact(task));
    }
    // and 中原区 no longer sees it: it is gone from the reviewer's replica too
    QCOMPARE(m_reviewer->http().get(QStringLiteral("/api/v1/certifications/") + certId).status,
             404);
    const Feed news = m_reviewer->pullAll(reviewerCookie);
    QVERIFY2(news.problem.isEmpty() && !news.reset, qPrintable(news.problem));
    bool tombstone = false;
    for (const QJsonObject &c : news.of(QStringLiteral("certifications"))) {
        QVERIFY2(str(c, "id") != certId || str(c, "op") == QStringLiteral("delete"),
                 dx::test::compact(c));
        tombstone |= str(c, "id") == certId;
    }
    QVERIFY(tombstone);

    // And the applicant may apply again, now to 二七区
    QVERIFY2(statusOf(mover->push(QStringLiteral("organisation.submit"), orgId)) ==
                 QStringLiteral("applied"),
             "profile resubmission");
    const QJsonObject again = mover->push(QStringLiteral("certification.submit"), orgId,
                                          applicationWithScans(*mover, 30));
    QVERIFY2(statusOf(again) == QStringLiteral("applied"), dx::test::compact(again));
    const QString newCert =
        str(again.value(QLatin1String("result")).toObject(), "certification_id");
    QCOMPARE(
        again.value(QLatin1String("result")).toObject().value(QLatin1String("version")).toInt(), 2);
    QVERIFY(m_eqReviewer->pendingIds().contains(newCert));
    QVERIFY(!m_reviewer->pendingIds().contains(newCert));
}

QTEST_GUILESS_MAIN(TestCertificationFlow)
#include "test_certificationflow.moc"
