// The county reviewer's certification desk against a real dxserver: given reviewer.zy's synced
// and prefetched replica, an application shows its data, checks and three documents; an
// approval is pending until the sync and then held by the server exactly once; a rejection
// without a reason is refused locally and queues nothing.
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/review/certificationreview.h"
#include "ui/viewer/documentviewer.h"

using namespace dx;
using namespace dx::test;

class TestReview : public QObject {
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ClientBench> m_client;

    // The pending applications of the replica, oldest first (the inbox's default order).
    QStringList pendingInReplica() const {
        QStringList ids;
        auto rows = m_client->replica->db().all(
            QStringLiteral("SELECT entity_id FROM tasks WHERE state = 'open' AND assignee_role = "
                           "'county_reviewer' ORDER BY created_at, id"));
        if (rows)
            for (const QVariantMap &r : rows.value())
                ids << r.value(QStringLiteral("entity_id")).toString();
        return ids;
    }
    int outboxRows(const QString &target) const {
        return m_client->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE target = ?"),
                               {target});
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.seedDemo());
        QVERIFY(m_server.start());
        m_client = std::make_unique<ClientBench>(
            m_server.baseUrl(), m_dir.filePath(QStringLiteral("a")), QStringLiteral("review"),
            QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));
        QVERIFY(m_client->syncOnce());
        QVERIFY(m_client->prefetchAll());
        QCOMPARE(pendingInReplica().size(), 16);
    }

    void showsTheApplicationItsChecksAndDocuments() {
        CertificationReview review(*m_client->wb);
        review.resize(1400, 900);
        review.show();
        auto plain = m_client->replica->db().scalar(QStringLiteral(
            "SELECT id FROM certifications WHERE state = 'submitted' AND attachment_blob = '' "
            "ORDER BY submitted_at LIMIT 1"));
        QVERIFY(plain.ok() && !plain->isNull());
        const QString id = plain->toString();
        review.open(id, pendingInReplica());
        QCOMPARE(review.currentId(), id);

        QCOMPARE(review.documentCount(), 3);
        for (int i = 0; i < review.documentCount(); ++i) {
            DocumentViewer *v = review.viewer(i);
            QVERIFY(v);
            QVERIFY2(!v->hasError(), qPrintable(v->errorString()));
            QCOMPARE(v->pageCount(), 1);
        }
        QVERIFY(!review.viewer(CertificationReview::Attachment));

        const QStringList checks = review.checklist();
        QVERIFY2(checks.size() >= 6, qPrintable(checks.join(u'\n')));
        for (const QString &line : checks) QVERIFY2(line.startsWith(u'✓'), qPrintable(line));
        QVERIFY(checks.join(u'\n').contains(QStringLiteral("中原区")));
        QVERIFY(review.approveButton()->isEnabled());
        QVERIFY(review.statusText().isEmpty());
    }

    void anAdminReadsAnApplicationButIsOfferedNoDecision() {
        // The admin sees every application, but the workflow table names the county reviewer
        // as the one who decides: the desk must not offer what the processor refuses.
        ClientBench admin(m_server.baseUrl(), m_dir.filePath(QStringLiteral("admin")),
                          QStringLiteral("review-admin"), QStringLiteral("admin"),
                          QStringLiteral("Guard#2026dx"));
        QVERIFY(admin.syncOnce());
        auto id = admin.replica->db().scalar(QStringLiteral(
            "SELECT id FROM certifications WHERE state = 'submitted' AND region = '410102' "
            "LIMIT 1"));
        QVERIFY(id.ok() && !id->isNull());
        CertificationReview review(*admin.wb);
        review.open(id->toString());
        QVERIFY(!review.approveButton()->isEnabled());
        QVERIFY(!review.rejectButton()->isEnabled());
        // The same application is open to its county's reviewer.
        CertificationReview reviewer(*m_client->wb);
        reviewer.open(id->toString());
        QVERIFY(reviewer.approveButton()->isEnabled());
        QVERIFY(reviewer.rejectButton()->isEnabled());
    }

    void anAttachmentIsAFourthDocument() {
        auto withAttachment = m_client->replica->db().scalar(QStringLiteral(
            "SELECT id FROM certifications WHERE state = 'submitted' AND attachment_blob <> '' "
            "LIMIT 1"));
        QVERIFY(withAttachment.ok());
        // The demo seeds one in ten applications with a PDF attachment (server/demoseeder.cpp):
        // its absence is a failure of the demo, not a reason to skip.
        QVERIFY2(!withAttachment->isNull(), "no pending application with an attachment in 410102");
        CertificationReview review(*m_client->wb);
        review.open(withAttachment->toString());
        QCOMPARE(review.documentCount(), 4);
        QVERIFY(review.viewer(CertificationReview::Attachment));
        QVERIFY2(!review.viewer(CertificationReview::Attachment)->hasError(),
                 qPrintable(review.viewer(CertificationReview::Attachment)->errorString()));
        QVERIFY(review.viewer(CertificationReview::Attachment)->isPdf());
    }

    void rejectWithoutAReasonIsRefusedLocally() {
        CertificationReview review(*m_client->wb);
        review.show();
        const QString id = pendingInReplica().at(1);
        review.open(id);
        const int pendingBefore = m_client->replica->pendingCount();
        QTest::mouseClick(review.rejectButton(), Qt::LeftButton);
        QVERIFY(review.errorText().contains(QStringLiteral("reason")));
        const QList<QLabel *> labels = review.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&review](const QLabel *l) {
            return l->isVisible() && l->text() == review.errorText();
        }));
        QCOMPARE(m_client->replica->pendingCount(), pendingBefore);
        QCOMPARE(outboxRows(id), 0);
        QCOMPARE(review.currentId(), id);
        QVERIFY(review.statusText().isEmpty());
        QCOMPARE(m_client->count(QStringLiteral("SELECT COUNT(*) FROM certifications WHERE id = ? "
                                                "AND state = 'submitted'"),
                                 {id}),
                 1);
    }

    void anApprovalIsPendingThenSyncedAndHeldOnce() {
        CertificationReview review(*m_client->wb);
        review.show();
        const QString id = pendingInReplica().first();
        review.open(id, {id});
        QTest::mouseClick(review.approveButton(), Qt::LeftButton);
        QVERIFY2(review.errorText().isEmpty(), qPrintable(review.errorText()));
        QCOMPARE(review.currentId(), id);  // nothing after it in the queue
        QVERIFY2(review.statusText().contains(QStringLiteral("pending")),
                 qPrintable(review.statusText()));
        QVERIFY(!review.approveButton()->isEnabled());  // decided (locally)

        QVERIFY(m_client->syncOnce());
        QTRY_VERIFY2_WITH_TIMEOUT(review.statusText().contains(QStringLiteral("Synced")),
                                  qPrintable(review.statusText()), 30000);

        const QJsonObject cert = certification(m_client->http, id);
        QCOMPARE(cert.value(QLatin1String("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(cert.value(QLatin1String("decided_by")).toString(), m_client->actor.userId);
        // Exactly once: one closed review task for it, and one command in the outbox.
        const QJsonArray history =
            m_client->http.get(QStringLiteral("/api/v1/tasks?box=history&limit=1000"))
                .json()
                .value(QLatin1String("tasks"))
                .toArray();
        int decisions = 0;
        for (const QJsonValue &t : history)
            if (t.toObject().value(QLatin1String("entity_id")).toString() == id) {
                ++decisions;
                QCOMPARE(t.toObject().value(QLatin1String("outcome")).toString(),
                         QStringLiteral("approve"));
            }
        QCOMPARE(decisions, 1);
        QCOMPARE(outboxRows(id), 1);
        QCOMPARE(m_client->replica->pendingCount(), 0);
    }

    void aRejectionWithATemplateMovesToTheNext() {
        CertificationReview review(*m_client->wb);
        review.show();
        const QStringList queue = pendingInReplica().mid(0, 3);
        review.open(queue[0], queue);
        QComboBox *templates = review.reasonTemplates();
        templates->setCurrentIndex(1);
        review.reasonText()->setPlainText(QStringLiteral("请补充清晰的扫描件。"));
        const QString expected = templates->currentText() + QStringLiteral(" 请补充清晰的扫描件。");
        QTest::mouseClick(review.rejectButton(), Qt::LeftButton);
        QVERIFY2(review.errorText().isEmpty(), qPrintable(review.errorText()));
        QCOMPARE(review.currentId(), queue[1]);
        QVERIFY(review.reasonText()->toPlainText().isEmpty());
        QCOMPARE(review.reasonTemplates()->currentIndex(), 0);

        QVERIFY(m_client->syncOnce());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->replica->pendingCount(), 0, 30000);
        const QJsonObject cert = certification(m_client->http, queue[0]);
        QCOMPARE(cert.value(QLatin1String("state")).toString(), QStringLiteral("rejected"));
        QCOMPARE(cert.value(QLatin1String("reason")).toString(), expected);
        review.previous();
        QCOMPARE(review.currentId(), queue[0]);
        QVERIFY2(review.statusText().contains(QStringLiteral("Synced")),
                 qPrintable(review.statusText()));
    }

    void nextAndPreviousByButtonsAndShortcuts() {
        CertificationReview review(*m_client->wb);
        review.show();
        QVERIFY(QTest::qWaitForWindowActive(&review));
        const QStringList queue = pendingInReplica().mid(0, 3);
        review.open(queue[0], queue);
        QVERIFY(!review.previousButton()->isEnabled());
        QTest::mouseClick(review.nextButton(), Qt::LeftButton);
        QCOMPARE(review.currentId(), queue[1]);
        QTest::mouseClick(review.previousButton(), Qt::LeftButton);
        QCOMPARE(review.currentId(), queue[0]);

        review.reasonText()->setFocus();
        QWidget *focus = review.reasonText();
        QTest::keyClick(focus, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(review.currentId(), queue[1]);
        QTest::keyClick(focus, Qt::Key_BracketRight, Qt::ControlModifier);
        QCOMPARE(review.currentId(), queue[2]);
        QVERIFY(!review.nextButton()->isEnabled());
        QTest::keyClick(focus, Qt::Key_Right, Qt::AltModifier);  // the end: stays
        QCOMPARE(review.currentId(), queue[2]);
        QTest::keyClick(focus, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(review.currentId(), queue[1]);
        QTest::keyClick(focus, Qt::Key_BracketLeft, Qt::ControlModifier);
        QCOMPARE(review.currentId(), queue[0]);
    }

    // A second laptop without prefetch: the documents show "Downloading…" and then arrive.
    void documentsNotYetHereDownloadAndShow() {
        ClientBench fresh(m_server.baseUrl(), m_dir.filePath(QStringLiteral("b")),
                          QStringLiteral("review-fresh"), QStringLiteral("reviewer.zy2"),
                          QStringLiteral("Review#2026zy2"));
        QVERIFY(fresh.syncOnce());
        // The oldest pending application with the three documents only (no attachment).
        auto id = fresh.replica->db().scalar(
            QStringLiteral("SELECT id FROM certifications WHERE state = 'submitted' AND "
                           "attachment_blob = '' ORDER BY submitted_at LIMIT 1"));
        QVERIFY(id.ok() && !id->isNull());
        CertificationReview review(*fresh.wb);
        review.open(id->toString());
        QCOMPARE(review.documentCount(), 3);
        QVERIFY(review.checklist().join(u'\n').contains(QStringLiteral("not downloaded yet")));
        for (int i = 0; i < 3; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(review.viewer(i)->pageCount() == 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !review.checklist().join(u'\n').contains(QStringLiteral("not downloaded yet")), 5000);
    }
};

QTEST_MAIN(TestReview)
#include "test_review.moc"
