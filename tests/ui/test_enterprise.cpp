// The enterprise workspace against a real dxserver, as ent.pending (application pending in
// 中原区) lives flow 1 in the desktop client: it withdraws the pending application, tries a scan
// that is too small and a PDF named .jpg (both refused before anything is queued), submits three
// good scans (pending sync, then a new submitted version on the server), is rejected with a
// reason, resubmits, is approved, and declines the eligibility offer after confirming.
// The slots run in order and share the enterprise's state: each is one step of the story.
#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"
#include "ui/enterprise/certificationpage.h"
#include "ui/enterprise/enterpriseworkspace.h"
#include "ui/enterprise/uploadslot.h"
#include "ui/forms/fieldeditor.h"
#include "ui/forms/formwidget.h"

using namespace dx;
using namespace dx::test;

namespace {

const QString kReason = QStringLiteral("身份证反面照片模糊，请重新上传。");

using dx::test::str;

Actor actorFrom(HttpClient &http) {
    const QJsonObject u =
        http.get(QStringLiteral("/api/v1/me")).json().value(QStringLiteral("user")).toObject();
    return Actor{str(u, "id"),     str(u, "username"), str(u, "role"),
                 str(u, "org_id"), str(u, "region"),   {}};
}

QString sha256Of(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

// A scan-like image with some text, so that every generated file has its own hash.
QString writeImage(const QString &path, QSize size, const QString &text, const char *format) {
    QImage img(size, QImage::Format_RGB32);
    img.fill(QColor(240, 236, 225));
    QPainter p(&img);
    p.setPen(Qt::darkBlue);
    p.drawRect(img.rect().adjusted(10, 10, -11, -11));
    p.drawText(img.rect(), Qt::AlignCenter, text);
    p.end();
    if (!img.save(path, format)) qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The county reviewer deciding through the API, as their own client would.
struct Reviewer {
    HttpClient http;
    QString clientId;
    qint64 seq = 0;

    explicit Reviewer(const QString &url) : http(url) {}
    bool signIn() {
        if (http.login(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy")).isEmpty())
            return false;
        clientId = http.postJson(QStringLiteral("/api/v1/clients"),
                                 {{QStringLiteral("name"), QStringLiteral("reviewer laptop")}})
                       .json()
                       .value(QStringLiteral("client_id"))
                       .toString();
        return !clientId.isEmpty();
    }
    QJsonObject decide(const QString &certId, const QJsonObject &payload) {
        const qint64 rev = http.get(QStringLiteral("/api/v1/certifications/") + certId)
                               .json()
                               .value(QStringLiteral("rev"))
                               .toInteger();
        const QJsonObject cmd{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("seq"), ++seq},
            {QStringLiteral("type"), QStringLiteral("certification.decide")},
            {QStringLiteral("target"), certId},
            {QStringLiteral("base_rev"), rev},
            {QStringLiteral("payload"), payload}};
        const HttpReply r = http.postJson(QStringLiteral("/api/v1/commands"),
                                          {{QStringLiteral("client_id"), clientId},
                                           {QStringLiteral("commands"), QJsonArray{cmd}}});
        return r.json().value(QStringLiteral("outcomes")).toArray().first().toObject();
    }
};

}  // namespace

class TestEnterprise : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void theWorkspaceShowsThePendingApplication();
    void withdrawingMakesTheApplicationEditableAgain();
    void aTooSmallImageIsRefusedBeforeAnythingIsQueued();
    void aPdfNamedJpgIsRefusedByItsBytes();
    void threeGoodScansMakeANewSubmittedVersion();
    void aRejectionShowsTheReasonAndTheApplicantResubmits();
    void approvalFixesCreditCodeAndOffersTheEligibilityOnce();
    void savingTheProfileQueuesACommandThatReachesTheServer();
    void aProviderGetsItsOwnProfileAndNoSurvey();

private:
    bool syncOnce();
    int outboxCount() {
        return m_replica->db().scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"))->toInt();
    }
    QJsonObject serverCertification(const QString &id) {
        return m_http->get(QStringLiteral("/api/v1/certifications/") + id).json();
    }
    QString latestCertificationId() {
        return m_replica->db()
            .scalar(
                QStringLiteral(
                    "SELECT id FROM certifications WHERE org_id = ? ORDER BY version DESC LIMIT 1"),
                {m_actor.orgId})
            ->toString();
    }

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<HttpClient> m_http;
    Actor m_actor;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<SyncClient> m_sync;
    std::unique_ptr<Workbench> m_wb;
    std::unique_ptr<EnterpriseWorkspace> m_ws;
    std::unique_ptr<Reviewer> m_reviewer;
    QString m_firstId;
    QString m_submittedId;
    QStringList m_scans;
};

bool TestEnterprise::syncOnce() {
    // perform() schedules a sync of its own; keep syncing until nothing waits and one round
    // finished cleanly after the last command.
    for (int round = 0; round < 5; ++round) {
        QSignalSpy done(m_sync.get(), &SyncClient::syncFinished);
        m_sync->syncNow();
        if (!done.wait(60000)) return false;
        if (done.last().first().toBool() && m_sync->pendingCount() == 0 &&
            m_sync->state() == SyncClient::State::Idle)
            return true;
    }
    return false;
}

void TestEnterprise::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.seedDemo());
    QVERIFY(m_server.start());
    m_http = std::make_unique<HttpClient>(m_server.baseUrl());
    const QString token =
        m_http->login(QStringLiteral("ent.pending"), QStringLiteral("Firm#2026pend"));
    QVERIFY(!token.isEmpty());
    m_actor = actorFrom(*m_http);
    QCOMPARE(m_actor.role, QStringLiteral("enterprise"));
    QVERIFY(!m_actor.orgId.isEmpty());

    auto replica =
        Replica::open(m_dir.filePath(QStringLiteral("replica.sqlite")), QStringLiteral("ent"));
    QVERIFY2(replica.ok(), replica ? "" : qPrintable(replica.error().message));
    m_replica = std::move(replica).value();
    m_blobs = std::make_unique<BlobStore>(m_dir.filePath(QStringLiteral("blobs")));
    m_sync = std::make_unique<SyncClient>(*m_replica, *m_blobs, m_actor, m_server.baseUrl(), token);
    QVERIFY(syncOnce());
    m_wb = std::make_unique<Workbench>(Workbench{m_actor, *m_replica, *m_sync, *m_blobs});
    m_ws = std::make_unique<EnterpriseWorkspace>(*m_wb, m_dir.filePath(QStringLiteral("drafts")));
    m_ws->resize(1000, 800);
    m_ws->show();
    m_ws->tabs()->setCurrentWidget(m_ws->certificationPage());

    m_reviewer = std::make_unique<Reviewer>(m_server.baseUrl());
    QVERIFY(m_reviewer->signIn());
}

void TestEnterprise::cleanupTestCase() {
    m_ws.reset();
    m_sync.reset();
}

void TestEnterprise::theWorkspaceShowsThePendingApplication() {
    const QJsonObject org = m_http->get(QStringLiteral("/api/v1/me"))
                                .json()
                                .value(QStringLiteral("organisation"))
                                .toObject();
    QCOMPARE(m_ws->profileForm()->answers().value(QStringLiteral("name")).toString(),
             str(org, "name"));
    QCOMPARE(m_ws->profileForm()->answers().value(QStringLiteral("credit_code")).toString(),
             str(org, "credit_code"));
    QVERIFY(m_ws->surveyForm() != nullptr);
    QVERIFY(m_ws->surveyForm()->answers().value(QStringLiteral("main_needs")).isArray());

    QVERIFY2(m_ws->certificationStatusText().contains(QStringLiteral("Under review")),
             qPrintable(m_ws->certificationStatusText()));
    QVERIFY(!m_ws->certificationStatusText().contains(QStringLiteral("sync")));
    QVERIFY(!m_ws->submitCertificationButton()->isEnabled());  // one application at a time
    QVERIFY(m_ws->certificationPage()->withdrawButton()->isVisibleTo(m_ws.get()));
    QVERIFY(!m_ws->certificationPage()->eligibilityBox()->isVisibleTo(m_ws.get()));
    // Not certified yet: every profile field may change.
    QVERIFY(!m_ws->profileForm()->editor(QStringLiteral("credit_code"))->isReadOnly());
    m_firstId = m_ws->certificationPage()->certificationId();
    QCOMPARE(str(serverCertification(m_firstId), "state"), QStringLiteral("submitted"));
}

void TestEnterprise::withdrawingMakesTheApplicationEditableAgain() {
    const int before = outboxCount();
    m_ws->certificationPage()->withdrawButton()->click();
    QCOMPARE(outboxCount(), before + 1);
    QVERIFY2(m_ws->certificationStatusText().contains(QStringLiteral("Withdrawn")),
             qPrintable(m_ws->certificationStatusText()));
    QVERIFY(m_ws->certificationPage()->isPendingSync());
    QVERIFY(m_ws->certificationStatusText().contains(QStringLiteral("Waiting to sync")));
    QVERIFY(m_ws->submitCertificationButton()->isEnabled());

    QVERIFY(syncOnce());
    QCOMPARE(str(serverCertification(m_firstId), "state"), QStringLiteral("draft"));
    QVERIFY(!m_ws->certificationPage()->isPendingSync());
    QVERIFY(!m_ws->certificationStatusText().contains(QStringLiteral("Waiting to sync")));
    QVERIFY(!m_ws->certificationPage()->withdrawButton()->isVisibleTo(m_ws.get()));
    // The contact and phone of the withdrawn application are offered again.
    QVERIFY(!m_ws->contactEdit()->text().isEmpty());
    QVERIFY(!m_ws->phoneEdit()->text().isEmpty());
}

void TestEnterprise::aTooSmallImageIsRefusedBeforeAnythingIsQueued() {
    const QString small = writeImage(m_dir.filePath(QStringLiteral("small.png")), {399, 200},
                                     QStringLiteral("营业执照"), "PNG");
    const int before = outboxCount();
    const QString slotBefore = m_ws->certificationPage()->slotDocument(QStringLiteral("license"));

    QVERIFY(!m_ws->chooseFile(QStringLiteral("license"), small));
    QVERIFY2(m_ws->slotMessage(QStringLiteral("license")).contains(QStringLiteral("399×200")),
             qPrintable(m_ws->slotMessage(QStringLiteral("license"))));
    QVERIFY(m_ws->slotMessage(QStringLiteral("license")).contains(QStringLiteral("400×200")));
    QCOMPARE(outboxCount(), before);
    QVERIFY(!m_blobs->has(sha256Of(small)));  // not even copied into the local store
    QCOMPARE(m_ws->certificationPage()->slotDocument(QStringLiteral("license")), slotBefore);
}

void TestEnterprise::aPdfNamedJpgIsRefusedByItsBytes() {
    const QString path = m_dir.filePath(QStringLiteral("scan.jpg"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R "
        ">>\n%%EOF\n");
    f.close();
    const int before = outboxCount();

    QVERIFY(!m_ws->chooseFile(QStringLiteral("id_front"), path));
    const QString message = m_ws->slotMessage(QStringLiteral("id_front"));
    QVERIFY2(
        message.contains(QStringLiteral("scan.jpg")) && message.contains(QStringLiteral("pdf")),
        qPrintable(message));
    QCOMPARE(outboxCount(), before);
    QVERIFY(!m_blobs->has(sha256Of(path)));
    QVERIFY(m_ws->slotMessage(QStringLiteral("license"))
                .contains(QStringLiteral("399×200")));  // each slot its own
}

void TestEnterprise::threeGoodScansMakeANewSubmittedVersion() {
    m_scans = QStringList{writeImage(m_dir.filePath(QStringLiteral("license.png")), {800, 500},
                                     QStringLiteral("营业执照 v2"), "PNG"),
                          writeImage(m_dir.filePath(QStringLiteral("id_front.jpg")), {800, 500},
                                     QStringLiteral("身份证正面 v2"), "JPG"),
                          writeImage(m_dir.filePath(QStringLiteral("id_back.png")), {800, 500},
                                     QStringLiteral("身份证反面 v2"), "PNG")};
    const QStringList slotNames{QStringLiteral("license"), QStringLiteral("id_front"),
                                QStringLiteral("id_back")};
    for (int i = 0; i < 3; ++i) {
        QVERIFY(m_ws->chooseFile(slotNames[i], m_scans[i]));
        QVERIFY(m_ws->slotMessage(slotNames[i]).isEmpty());  // the refusal is gone
        QCOMPARE(m_ws->certificationPage()->slotDocument(slotNames[i]), sha256Of(m_scans[i]));
        auto *slot = m_ws->findChild<UploadSlot *>(QStringLiteral("slot_") + slotNames[i]);
        QVERIFY(slot != nullptr);
        QVERIFY(slot->hasThumbnail());
    }
    m_ws->contactEdit()->setText(QStringLiteral("王芳"));
    m_ws->phoneEdit()->clear();
    QTest::keyClicks(m_ws->phoneEdit(), QStringLiteral("13812345678"));

    const int before = outboxCount();
    QTest::mouseClick(m_ws->submitCertificationButton(), Qt::LeftButton);
    QCOMPARE(outboxCount(), before + 1);
    QVERIFY2(m_ws->certificationStatusText().contains(QStringLiteral("Under review")),
             qPrintable(m_ws->certificationStatusText()));
    QVERIFY(m_ws->certificationStatusText().contains(QStringLiteral("Waiting to sync")));
    QVERIFY(!m_ws->submitCertificationButton()->isEnabled());
    QVERIFY(!m_ws->certificationPage()->withdrawButton()->isEnabled());  // needs the server's id

    QVERIFY(syncOnce());
    QVERIFY(!m_ws->certificationStatusText().contains(QStringLiteral("Waiting to sync")));
    m_submittedId = latestCertificationId();
    QVERIFY(m_submittedId != m_firstId);
    const QJsonObject cert = serverCertification(m_submittedId);
    QCOMPARE(str(cert, "state"), QStringLiteral("submitted"));
    QCOMPARE(cert.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(str(cert, "contact"), QStringLiteral("王芳"));
    QCOMPARE(str(cert, "license_blob"), sha256Of(m_scans[0]));
    QCOMPARE(str(cert, "id_front_blob"), sha256Of(m_scans[1]));
    QCOMPARE(str(cert, "id_back_blob"), sha256Of(m_scans[2]));
    QCOMPARE(str(serverCertification(m_firstId), "state"), QStringLiteral("draft"));  // kept
    QVERIFY(m_ws->certificationStatusText().contains(QStringLiteral("Application 2")));
    QVERIFY(m_ws->certificationPage()->withdrawButton()->isEnabled());
}

void TestEnterprise::aRejectionShowsTheReasonAndTheApplicantResubmits() {
    const QJsonObject outcome =
        m_reviewer->decide(m_submittedId, {{QStringLiteral("decision"), QStringLiteral("reject")},
                                           {QStringLiteral("reason"), kReason}});
    QCOMPARE(str(outcome, "status"), QStringLiteral("applied"));
    QVERIFY(syncOnce());
    const QString status = m_ws->certificationStatusText();
    QVERIFY2(status.contains(QStringLiteral("Rejected")) && status.contains(kReason),
             qPrintable(status));
    QVERIFY(m_ws->submitCertificationButton()->isEnabled());
    // The documents of the rejected application are offered again; the applicant replaces one.
    QCOMPARE(m_ws->certificationPage()->slotDocument(QStringLiteral("license")),
             sha256Of(m_scans[0]));
    const QString back = writeImage(m_dir.filePath(QStringLiteral("id_back_v3.jpg")), {1200, 760},
                                    QStringLiteral("身份证反面 清晰"), "JPG");
    QVERIFY(m_ws->chooseFile(QStringLiteral("id_back"), back));

    m_ws->submitCertificationButton()->click();
    QVERIFY(m_ws->certificationStatusText().contains(QStringLiteral("Waiting to sync")));
    QVERIFY(syncOnce());
    m_submittedId = latestCertificationId();
    const QJsonObject cert = serverCertification(m_submittedId);
    QCOMPARE(str(cert, "state"), QStringLiteral("submitted"));
    QCOMPARE(cert.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(str(cert, "license_blob"), sha256Of(m_scans[0]));
    QCOMPARE(str(cert, "id_back_blob"), sha256Of(back));
}

void TestEnterprise::approvalFixesCreditCodeAndOffersTheEligibilityOnce() {
    QCOMPARE(str(m_reviewer->decide(m_submittedId,
                                    {{QStringLiteral("decision"), QStringLiteral("approve")}}),
                 "status"),
             QStringLiteral("applied"));
    QVERIFY(syncOnce());
    QVERIFY2(m_ws->certificationStatusText().contains(QStringLiteral("Approved")),
             qPrintable(m_ws->certificationStatusText()));
    QVERIFY(m_ws->profileForm()->editor(QStringLiteral("credit_code"))->isReadOnly());
    QVERIFY(m_ws->profileForm()->editor(QStringLiteral("enterprise_type"))->isReadOnly());
    QVERIFY(!m_ws->profileForm()->editor(QStringLiteral("name"))->isReadOnly());

    CertificationPage *page = m_ws->certificationPage();
    QVERIFY(page->eligibilityBox()->isVisibleTo(page));
    QVERIFY(page->declineButton()->isVisibleTo(page));
    // "我不要" is final, so it asks first; saying no changes nothing.
    int asked = 0;
    bool answer = false;
    page->setConfirm([&](const QString &, const QString &) {
        ++asked;
        return answer;
    });
    const int before = outboxCount();
    page->declineButton()->click();
    QCOMPARE(asked, 1);
    QCOMPARE(outboxCount(), before);
    answer = true;
    page->declineButton()->click();
    QCOMPARE(asked, 2);
    QCOMPARE(outboxCount(), before + 1);
    QVERIFY(!page->declineButton()->isVisibleTo(page));  // shown once
    QVERIFY(!page->acceptButton()->isVisibleTo(page));
    QVERIFY(syncOnce());
    const QJsonObject org =
        m_http->get(QStringLiteral("/api/v1/organisations/") + m_actor.orgId).json();
    QCOMPARE(str(org, "eligibility"), QStringLiteral("declined"));
    QVERIFY(!page->acceptButton()->isVisibleTo(page));
}

void TestEnterprise::savingTheProfileQueuesACommandThatReachesTheServer() {
    FormWidget *form = m_ws->profileForm();
    m_ws->tabs()->setCurrentIndex(0);
    auto *address =
        qobject_cast<QLineEdit *>(form->editor(QStringLiteral("mailing_address"))->input());
    QVERIFY(address != nullptr);
    address->clear();
    QTest::keyClicks(address, QStringLiteral("Building 8, Huayuan Road"));
    QVERIFY(form->isModified());
    const int before = outboxCount();
    QVERIFY(m_ws->submitProfile());
    QCOMPARE(outboxCount(), before + 2);  // organisation.save, then organisation.submit
    QVERIFY(!form->isModified());
    QVERIFY(syncOnce());
    const QJsonObject org =
        m_http->get(QStringLiteral("/api/v1/organisations/") + m_actor.orgId).json();
    const QJsonValue profile = org.value(QStringLiteral("profile"));
    const QJsonObject p = profile.isObject()
                              ? profile.toObject()
                              : QJsonDocument::fromJson(profile.toString().toUtf8()).object();
    QCOMPARE(str(p, "mailing_address"), QStringLiteral("Building 8, Huayuan Road"));
    QCOMPARE(str(org, "profile_state"), QStringLiteral("submitted"));
    QCOMPARE(form->answers().value(QStringLiteral("mailing_address")).toString(),
             QStringLiteral("Building 8, Huayuan Road"));

    // A field the validator refuses is marked and nothing is queued.
    auto *mobile = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("mobile"))->input());
    mobile->clear();
    QTest::keyClicks(mobile, QStringLiteral("12345"));
    QVERIFY(!m_ws->submitProfile());
    QVERIFY(!form->errorText(QStringLiteral("mobile")).isEmpty());
    QCOMPARE(outboxCount(), before + 2);
}

void TestEnterprise::aProviderGetsItsOwnProfileAndNoSurvey() {
    HttpClient http(m_server.baseUrl());
    const QString token = http.login(QStringLiteral("provider1"), QStringLiteral("Vendor#2026p1"));
    QVERIFY(!token.isEmpty());
    const Actor actor = actorFrom(http);
    QCOMPARE(actor.role, QStringLiteral("provider"));
    auto replica = Replica::open(m_dir.filePath(QStringLiteral("provider.sqlite")),
                                 QStringLiteral("provider"));
    QVERIFY(replica.ok());
    BlobStore blobs(m_dir.filePath(QStringLiteral("provider-blobs")));
    SyncClient sync(**replica, blobs, actor, m_server.baseUrl(), token);
    QSignalSpy done(&sync, &SyncClient::syncFinished);
    sync.syncNow();
    QVERIFY(done.wait(60000));
    QVERIFY(done.first().first().toBool());

    Workbench wb{actor, **replica, sync, blobs};
    EnterpriseWorkspace ws(wb, m_dir.filePath(QStringLiteral("provider-drafts")));
    QCOMPARE(ws.profileForm()->schema().id(), QStringLiteral("provider_profile"));
    QCOMPARE(ws.profileForm()->answers().value(QStringLiteral("service_org_type")).toString(),
             QStringLiteral("social"));
    QVERIFY(ws.surveyForm() == nullptr);
    QCOMPARE(ws.tabs()->count(), 2);
    QVERIFY2(ws.certificationStatusText().contains(QStringLiteral("Approved")),
             qPrintable(ws.certificationStatusText()));
    QVERIFY(!ws.certificationPage()->eligibilityBox()->isVisibleTo(&ws));  // enterprises only
}

QTEST_MAIN(TestEnterprise)
#include "test_enterprise.moc"
