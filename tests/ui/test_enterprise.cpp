// The enterprise workspace against a real dxserver, as ent.pending (application pending in
// 中原区) lives flow 1 in the desktop client: it opens on the status card and the submitted
// documents, withdraws the pending application, tries a scan that is too small and a PDF named
// .jpg (both refused before anything is queued), submits three good scans (pending sync, then a
// new submitted version on the server), is rejected with a reason, resubmits, is approved, and
// declines the eligibility offer after confirming. Apart from the story: ent.certified's card,
// and a new uncertified enterprise that is offered no listings (the offline client refuses
// listing.save) until its certification passes.
// The slots share the enterprise's state: each is one step of the story, and one run alone runs
// the steps before it first (tests/support/story.h).
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
#include "tests/support/clienthelpers.h"
#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/story.h"
#include "tests/support/testserver.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/enterprise/certificationpage.h"
#include "ui/enterprise/enterpriseworkspace.h"
#include "ui/enterprise/statuscard.h"
#include "ui/enterprise/uploadslot.h"
#include "ui/forms/fieldeditor.h"
#include "ui/forms/formwidget.h"
#include "ui/viewer/documentviewer.h"

using namespace dx;
using namespace dx::test;

namespace {

const QString kReason = QStringLiteral("身份证反面照片模糊，请重新上传。");
const QStringList kSlotNames{QStringLiteral("license"), QStringLiteral("id_front"),
                             QStringLiteral("id_back")};

using dx::test::str;
using Next = ApplicantProgress::Next;

// A draft listing as the editor saves it first: only its name.
QJsonObject draftListing() {
    return {{QStringLiteral("listing"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("未认证企业的方案")}}}};
}

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
    void aCertifiedEnterpriseOpensOnItsCertifiedCard();
    void anUncertifiedEnterpriseIsOfferedNoListings();

private:
    int outboxCount() {
        return m_client->replica->db()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"))
            ->toInt();
    }
    // The county reviewer decides through the API, as their own client would.
    QJsonObject reviewerDecides(const QString &certId, const QJsonObject &payload) {
        const qint64 rev = m_reviewer->row(QStringLiteral("certifications"), certId)
                               .value(QStringLiteral("rev"))
                               .toInteger();
        return m_reviewer->push(QStringLiteral("certification.decide"), certId, payload, rev);
    }
    QString latestCertificationId() {
        return m_client->replica->db()
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
    std::unique_ptr<LocalClient> m_client;
    std::unique_ptr<EnterpriseWorkspace> m_ws;
    std::unique_ptr<dx::test::Session> m_reviewer;  // reviewer.zy, deciding through the API
    QString m_firstId;
    QString m_submittedId;
    QStringList m_scans;
    Story m_story{
        this,
        {"theWorkspaceShowsThePendingApplication", "withdrawingMakesTheApplicationEditableAgain",
         "aTooSmallImageIsRefusedBeforeAnythingIsQueued", "aPdfNamedJpgIsRefusedByItsBytes",
         "threeGoodScansMakeANewSubmittedVersion",
         "aRejectionShowsTheReasonAndTheApplicantResubmits",
         "approvalFixesCreditCodeAndOffersTheEligibilityOnce",
         "savingTheProfileQueuesACommandThatReachesTheServer"}};
};

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

    m_client = std::make_unique<LocalClient>(m_dir.path(), QStringLiteral("ent"), m_actor,
                                             m_server.baseUrl(), token);
    QVERIFY(m_client->syncAll());
    m_ws = std::make_unique<EnterpriseWorkspace>(*m_client->wb,
                                                 m_dir.filePath(QStringLiteral("drafts")));
    m_ws->resize(1000, 800);
    m_ws->show();

    m_reviewer = std::make_unique<dx::test::Session>(m_server.baseUrl());
    QVERIFY2(m_reviewer->signIn(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy")),
             qPrintable(m_reviewer->problem()));
}

void TestEnterprise::cleanupTestCase() {
    m_ws.reset();
    m_client.reset();
}

void TestEnterprise::theWorkspaceShowsThePendingApplication() {
    if (!m_story.before(__func__)) return;
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
    QVERIFY(m_ws->statusCard()->withdrawButton()->isVisibleTo(m_ws.get()));
    QVERIFY(!m_ws->certificationPage()->eligibilityBox()->isVisibleTo(m_ws.get()));
    // Not certified yet: every profile field may change.
    QVERIFY(!m_ws->profileForm()->editor(QStringLiteral("credit_code"))->isReadOnly());
    m_firstId = m_ws->certificationPage()->certificationId();
    QCOMPARE(str(certification(*m_http, m_firstId), "state"), QStringLiteral("submitted"));

    // It opens on what to do next: the card says the application is under review, what happens
    // next, and offers to withdraw it; the page shown is the application's.
    StatusCard *card = m_ws->statusCard();
    QVERIFY(card->isVisibleTo(m_ws.get()));
    QCOMPARE(card->next(), Next::AwaitReview);
    QVERIFY2(card->stateText().contains(QStringLiteral("Under review")),
             qPrintable(card->stateText()));
    QVERIFY2(card->detailText().contains(QStringLiteral("county bureau")),
             qPrintable(card->detailText()));
    QVERIFY(card->withdrawButton()->isVisibleTo(card));
    QVERIFY(card->withdrawButton()->isEnabled());
    QCOMPARE(m_ws->tabs()->currentWidget(), m_ws->certificationPage());
    // The profile is submitted and unchanged: nothing to submit again.
    QVERIFY(!m_ws->submitProfileButton()->isEnabled());
    QVERIFY(!m_ws->submitSurveyButton()->isEnabled());

    // The submitted scans are shown as the documents they are, and open in the viewer.
    const QJsonObject cert = certification(*m_http, m_firstId);
    for (const QString &name : kSlotNames) {
        UploadSlot *slot = m_ws->certificationPage()->uploadSlot(name);
        QCOMPARE(slot->sha256(),
                 str(cert, QString(name + QStringLiteral("_blob")).toLatin1().constData()));
        QVERIFY(!slot->chooseButton()->isVisibleTo(m_ws.get()));  // read-only while reviewed
        QTRY_VERIFY_WITH_TIMEOUT(slot->hasThumbnail(), 20000);    // downloaded from the server
        QVERIFY2(slot->fileName().contains(QStringLiteral("application 1")),
                 qPrintable(slot->fileName()));
        QVERIFY(slot->openButton()->isVisibleTo(m_ws.get()));
    }
    QDialog *window = m_ws->certificationPage()->openDocument(QStringLiteral("license"));
    QVERIFY(window != nullptr);
    auto *viewer = window->findChild<DocumentViewer *>();
    QVERIFY(viewer != nullptr);
    QVERIFY2(!viewer->hasError(), qPrintable(viewer->errorString()));
    QCOMPARE(viewer->pageCount(), 1);
    window->close();
}

void TestEnterprise::withdrawingMakesTheApplicationEditableAgain() {
    if (!m_story.before(__func__)) return;
    const int before = outboxCount();
    m_ws->statusCard()->withdrawButton()->click();
    QCOMPARE(outboxCount(), before + 1);
    QVERIFY2(m_ws->certificationStatusText().contains(QStringLiteral("Withdrawn")),
             qPrintable(m_ws->certificationStatusText()));
    QCOMPARE(m_ws->statusCard()->next(), Next::Apply);
    QVERIFY(m_ws->statusCard()->stateText().contains(QStringLiteral("withdrawn")));
    QVERIFY(!m_ws->statusCard()->withdrawButton()->isVisibleTo(m_ws.get()));
    QVERIFY(m_ws->certificationPage()->isPendingSync());
    QVERIFY(m_ws->certificationStatusText().contains(QStringLiteral("Waiting to sync")));
    QVERIFY(m_ws->submitCertificationButton()->isEnabled());

    QVERIFY(m_client->syncAll());
    QCOMPARE(str(certification(*m_http, m_firstId), "state"), QStringLiteral("draft"));
    QVERIFY(!m_ws->certificationPage()->isPendingSync());
    QVERIFY(!m_ws->certificationStatusText().contains(QStringLiteral("Waiting to sync")));
    QVERIFY(!m_ws->statusCard()->withdrawButton()->isVisibleTo(m_ws.get()));
    // The contact and phone of the withdrawn application are offered again.
    QVERIFY(!m_ws->contactEdit()->text().isEmpty());
    QVERIFY(!m_ws->phoneEdit()->text().isEmpty());
}

void TestEnterprise::aTooSmallImageIsRefusedBeforeAnythingIsQueued() {
    if (!m_story.before(__func__)) return;
    const QString small = writeImage(m_dir.filePath(QStringLiteral("small.png")), {399, 200}, "PNG",
                                     QStringLiteral("营业执照"));
    const int before = outboxCount();
    const QString slotBefore = m_ws->certificationPage()->slotDocument(QStringLiteral("license"));

    QVERIFY(!m_ws->chooseFile(QStringLiteral("license"), small));
    QVERIFY2(m_ws->slotMessage(QStringLiteral("license")).contains(QStringLiteral("399×200")),
             qPrintable(m_ws->slotMessage(QStringLiteral("license"))));
    QVERIFY(m_ws->slotMessage(QStringLiteral("license")).contains(QStringLiteral("400×200")));
    QCOMPARE(outboxCount(), before);
    QVERIFY(!m_client->blobs->has(sha256OfFile(small)));  // not even copied into the local store
    QCOMPARE(m_ws->certificationPage()->slotDocument(QStringLiteral("license")), slotBefore);
}

void TestEnterprise::aPdfNamedJpgIsRefusedByItsBytes() {
    if (!m_story.before(__func__)) return;
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
    QVERIFY(!m_client->blobs->has(sha256OfFile(path)));
    QVERIFY(m_ws->slotMessage(QStringLiteral("license"))
                .contains(QStringLiteral("399×200")));  // each slot its own
}

void TestEnterprise::threeGoodScansMakeANewSubmittedVersion() {
    if (!m_story.before(__func__)) return;
    m_scans = QStringList{writeImage(m_dir.filePath(QStringLiteral("license.png")), {800, 500},
                                     "PNG", QStringLiteral("营业执照 v2")),
                          writeImage(m_dir.filePath(QStringLiteral("id_front.jpg")), {800, 500},
                                     "JPG", QStringLiteral("身份证正面 v2")),
                          writeImage(m_dir.filePath(QStringLiteral("id_back.png")), {800, 500},
                                     "PNG", QStringLiteral("身份证反面 v2"))};
    const QStringList slotNames{QStringLiteral("license"), QStringLiteral("id_front"),
                                QStringLiteral("id_back")};
    for (int i = 0; i < 3; ++i) {
        QVERIFY(m_ws->chooseFile(slotNames[i], m_scans[i]));
        QVERIFY(m_ws->slotMessage(slotNames[i]).isEmpty());  // the refusal is gone
        QCOMPARE(m_ws->certificationPage()->slotDocument(slotNames[i]), sha256OfFile(m_scans[i]));
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
    QVERIFY(!m_ws->submitCertificationButton()->isEnabled());     // submitted: nothing to submit
    QVERIFY(!m_ws->statusCard()->withdrawButton()->isEnabled());  // needs the server's id
    QCOMPARE(m_ws->statusCard()->next(), Next::AwaitReview);
    QVERIFY(m_ws->statusCard()->detailText().contains(QStringLiteral("next sync")));
    QVERIFY(!m_ws->statusCard()->withdrawButton()->isEnabled());
    // The slots keep showing the scans just submitted.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_ws->certificationPage()->slotDocument(kSlotNames[i]), sha256OfFile(m_scans[i]));

    QVERIFY(m_client->syncAll());
    QVERIFY(!m_ws->certificationStatusText().contains(QStringLiteral("Waiting to sync")));
    m_submittedId = latestCertificationId();
    QVERIFY(m_submittedId != m_firstId);
    const QJsonObject cert = certification(*m_http, m_submittedId);
    QCOMPARE(str(cert, "state"), QStringLiteral("submitted"));
    QCOMPARE(cert.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(str(cert, "contact"), QStringLiteral("王芳"));
    QCOMPARE(str(cert, "license_blob"), sha256OfFile(m_scans[0]));
    QCOMPARE(str(cert, "id_front_blob"), sha256OfFile(m_scans[1]));
    QCOMPARE(str(cert, "id_back_blob"), sha256OfFile(m_scans[2]));
    QCOMPARE(str(certification(*m_http, m_firstId), "state"), QStringLiteral("draft"));  // kept
    QVERIFY(m_ws->certificationStatusText().contains(QStringLiteral("Application 2")));
    QVERIFY(m_ws->statusCard()->withdrawButton()->isEnabled());
}

void TestEnterprise::aRejectionShowsTheReasonAndTheApplicantResubmits() {
    if (!m_story.before(__func__)) return;
    const QJsonObject outcome =
        reviewerDecides(m_submittedId, {{QStringLiteral("decision"), QStringLiteral("reject")},
                                        {QStringLiteral("reason"), kReason}});
    QCOMPARE(str(outcome, "status"), QStringLiteral("applied"));
    QVERIFY(m_client->syncAll());
    const QString status = m_ws->certificationStatusText();
    QVERIFY2(status.contains(QStringLiteral("Rejected")) && status.contains(kReason),
             qPrintable(status));
    QVERIFY(m_ws->submitCertificationButton()->isEnabled());
    // The card names the rejection and its reason, and leads to the correction.
    StatusCard *card = m_ws->statusCard();
    QCOMPARE(card->next(), Next::Resubmit);
    QVERIFY(card->stateText().contains(QStringLiteral("Rejected")));
    QVERIFY2(card->reasonText().contains(kReason), qPrintable(card->reasonText()));
    m_ws->tabs()->setCurrentIndex(0);
    card->primaryButton()->click();
    QCOMPARE(m_ws->tabs()->currentWidget(), m_ws->certificationPage());
    // The documents of the rejected application are offered again; the applicant replaces one.
    QCOMPARE(m_ws->certificationPage()->slotDocument(QStringLiteral("license")),
             sha256OfFile(m_scans[0]));
    const QString back = writeImage(m_dir.filePath(QStringLiteral("id_back_v3.jpg")), {1200, 760},
                                    "JPG", QStringLiteral("身份证反面 清晰"));
    QVERIFY(m_ws->chooseFile(QStringLiteral("id_back"), back));

    m_ws->submitCertificationButton()->click();
    QVERIFY(m_ws->certificationStatusText().contains(QStringLiteral("Waiting to sync")));
    QVERIFY(m_client->syncAll());
    m_submittedId = latestCertificationId();
    const QJsonObject cert = certification(*m_http, m_submittedId);
    QCOMPARE(str(cert, "state"), QStringLiteral("submitted"));
    QCOMPARE(cert.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(str(cert, "license_blob"), sha256OfFile(m_scans[0]));
    QCOMPARE(str(cert, "id_back_blob"), sha256OfFile(back));
    // Under review again, the card still says why the last one was rejected.
    QCOMPARE(card->next(), Next::AwaitReview);
    QVERIFY(card->reasonText().contains(kReason));
}

void TestEnterprise::approvalFixesCreditCodeAndOffersTheEligibilityOnce() {
    if (!m_story.before(__func__)) return;
    QCOMPARE(str(reviewerDecides(m_submittedId,
                                 {{QStringLiteral("decision"), QStringLiteral("approve")}}),
                 "status"),
             QStringLiteral("applied"));
    QVERIFY(m_client->syncAll());
    QVERIFY2(m_ws->certificationStatusText().contains(QStringLiteral("Approved")),
             qPrintable(m_ws->certificationStatusText()));
    QVERIFY(m_ws->profileForm()->editor(QStringLiteral("credit_code"))->isReadOnly());
    QVERIFY(m_ws->profileForm()->editor(QStringLiteral("enterprise_type"))->isReadOnly());
    QVERIFY(!m_ws->profileForm()->editor(QStringLiteral("name"))->isReadOnly());

    QCOMPARE(m_ws->statusCard()->next(), Next::ClaimEligibility);
    QVERIFY(m_ws->statusCard()->stateText().contains(QStringLiteral("Certified")));
    QVERIFY(m_ws->statusCard()->reasonText().isEmpty());
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
    QVERIFY(m_client->syncAll());
    const QJsonObject org =
        m_http->get(QStringLiteral("/api/v1/organisations/") + m_actor.orgId).json();
    QCOMPARE(str(org, "eligibility"), QStringLiteral("declined"));
    QVERIFY(!page->acceptButton()->isVisibleTo(page));
    QCOMPARE(m_ws->statusCard()->next(), Next::Done);
}

void TestEnterprise::savingTheProfileQueuesACommandThatReachesTheServer() {
    if (!m_story.before(__func__)) return;
    FormWidget *form = m_ws->profileForm();
    m_ws->tabs()->setCurrentIndex(0);
    auto *address =
        qobject_cast<QLineEdit *>(form->editor(QStringLiteral("mailing_address"))->input());
    QVERIFY(address != nullptr);
    address->clear();
    QVERIFY(!m_ws->submitProfileButton()->isEnabled());  // submitted, unchanged
    QTest::keyClicks(address, QStringLiteral("Building 8, Huayuan Road"));
    QVERIFY(form->isModified());
    QVERIFY(m_ws->submitProfileButton()->isEnabled());
    const int before = outboxCount();
    QVERIFY(m_ws->submitProfile());
    QCOMPARE(outboxCount(), before + 2);  // organisation.save, then organisation.submit
    QVERIFY(!form->isModified());
    QVERIFY(!m_ws->submitProfileButton()->isEnabled());  // submitted again
    QVERIFY(m_client->syncAll());
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
    LocalClient provider(m_dir.filePath(QStringLiteral("provider")), QStringLiteral("provider"),
                         actor, m_server.baseUrl(), token);
    QVERIFY(provider.syncOnce());
    EnterpriseWorkspace ws(*provider.wb, m_dir.filePath(QStringLiteral("provider-drafts")));
    QCOMPARE(ws.profileForm()->schema().id(), QStringLiteral("provider_profile"));
    QCOMPARE(ws.profileForm()->answers().value(QStringLiteral("service_org_type")).toString(),
             QStringLiteral("social"));
    QVERIFY(ws.surveyForm() == nullptr);
    QCOMPARE(ws.tabs()->count(), 2);
    QVERIFY2(ws.certificationStatusText().contains(QStringLiteral("Approved")),
             qPrintable(ws.certificationStatusText()));
    QVERIFY(!ws.certificationPage()->eligibilityBox()->isVisibleTo(&ws));  // enterprises only
}

void TestEnterprise::aCertifiedEnterpriseOpensOnItsCertifiedCard() {
    dx::Session session(m_dir.filePath(QStringLiteral("certified-profile")));
    Desk desk(session, signInQuietly(session, m_server.baseUrl(), QStringLiteral("ent.certified"),
                                     QStringLiteral("Firm#2026cert")));
    QVERIFY(desk.syncAll());
    auto *ws = desk.workspace<EnterpriseWorkspace>(QStringLiteral("organisation"));
    QVERIFY(ws != nullptr);
    StatusCard *card = ws->statusCard();
    QVERIFY2(card->stateText().contains(QStringLiteral("Certified")),
             qPrintable(card->stateText()));
    QVERIFY(card->next() == Next::ClaimEligibility || card->next() == Next::Done);
    QVERIFY(!card->withdrawButton()->isVisibleTo(ws));
    QVERIFY(card->reasonText().isEmpty());
    // The approved application's documents are shown, read-only; submit is not offered.
    QVERIFY(!ws->submitCertificationButton()->isEnabled());
    for (const QString &name : kSlotNames)
        QVERIFY(!ws->certificationPage()->uploadSlot(name)->sha256().isEmpty());
    // A certified enterprise publishes its own products (seed 003).
    QVERIFY(desk.window->workspace(QStringLiteral("products")) != nullptr);
}

void TestEnterprise::anUncertifiedEnterpriseIsOfferedNoListings() {
    // A new enterprise with its profile and survey done, not certified.
    HttpClient http(m_server.baseUrl());
    const QString username = QStringLiteral("ent.nolist");
    const Enterprise fresh = registerEnterprise(http, username, true);
    QVERIFY2(fresh.failure.isEmpty(), qPrintable(fresh.failure));

    dx::Session session(m_dir.filePath(QStringLiteral("nolist-profile")));
    Desk desk(session, signInQuietly(session, m_server.baseUrl(), username, fresh.password));
    QVERIFY(desk.syncAll());
    auto *ws = desk.workspace<EnterpriseWorkspace>(QStringLiteral("organisation"));
    QVERIFY(ws != nullptr);
    QCOMPARE(ws->statusCard()->next(), Next::Apply);
    QVERIFY(ws->statusCard()->stateText().contains(QStringLiteral("Not certified")));
    QCOMPARE(ws->tabs()->currentWidget(), ws->certificationPage());
    // Empty slots say what belongs there.
    QVERIFY(ws->certificationPage()
                ->uploadSlot(QStringLiteral("license"))
                ->placeholderText()
                .contains(QStringLiteral("No file chosen")));

    // No listing workspace, and the offline client refuses listing.save with a typed error
    // before anything is queued.
    QVERIFY(desk.window->workspace(QStringLiteral("products")) == nullptr);
    const int outbox = desk.replica->pendingCount();
    const Outcome out = desk.sync->perform(QStringLiteral("listing.save"), {}, -1, draftListing());
    QCOMPARE(out.status, Outcome::Status::Rejected);
    QCOMPARE(out.error.code, QStringLiteral("not_certified"));
    QCOMPARE(out.error.field, QStringLiteral("certification"));
    QCOMPARE(desk.replica->pendingCount(), outbox);
    QCOMPARE(desk.replica->db().scalar(QStringLiteral("SELECT COUNT(*) FROM listings"))->toInt(),
             0);
    // The server refuses it the same way.
    auto api = dx::test::signedInSession(m_server.baseUrl(), username, fresh.password);
    QVERIFY(api);
    const QJsonObject refused = api->push(QStringLiteral("listing.save"), {}, draftListing());
    QCOMPARE(dx::test::errorCode(refused), QStringLiteral("not_certified"));

    // Once its certification passes, the next sync brings the listing workspace.
    QJsonObject application{{QStringLiteral("contact"), QStringLiteral("李雷")},
                            {QStringLiteral("phone"), QStringLiteral("13912345678")}};
    for (int i = 0; i < kSlotNames.size(); ++i)
        application.insert(kSlotNames[i], api->upload(scanImage(900 + i)));
    const QJsonObject submitted =
        api->push(QStringLiteral("certification.submit"), fresh.orgId, application);
    QVERIFY2(applied(submitted), compact(submitted));
    QVERIFY(desk.syncAll());
    QCOMPARE(ws->statusCard()->next(), Next::AwaitReview);
    QVERIFY(desk.window->workspace(QStringLiteral("products")) == nullptr);
    const QString certId = ws->certificationPage()->certificationId();
    QCOMPARE(str(reviewerDecides(certId, {{QStringLiteral("decision"), QStringLiteral("approve")}}),
                 "status"),
             QStringLiteral("applied"));
    QVERIFY(desk.syncAll());
    QCOMPARE(ws->statusCard()->next(), Next::ClaimEligibility);
    QVERIFY(desk.window->workspace(QStringLiteral("products")) != nullptr);
    // In its place in the side panel (before 同步问题), and showing it shows it.
    const QStringList ids = desk.window->workspaceIds();
    QVERIFY2(ids.indexOf(QStringLiteral("products")) < ids.indexOf(QStringLiteral("problems")),
             qPrintable(ids.join(u',')));
    desk.window->showWorkspace(QStringLiteral("problems"));
    QCOMPARE(desk.window->currentWorkspace(), QStringLiteral("problems"));
    desk.window->showWorkspace(QStringLiteral("products"));
    QCOMPARE(desk.window->currentWorkspace(), QStringLiteral("products"));
    QVERIFY(desk.window->workspace(QStringLiteral("products"))->isVisible());
    const Outcome saved =
        desk.sync->perform(QStringLiteral("listing.save"), {}, -1, draftListing());
    QVERIFY2(saved.status == Outcome::Status::Applied, qPrintable(saved.error.message));
}

QTEST_MAIN(TestEnterprise)
#include "test_enterprise.moc"
