// The county reviewer's certification desk against a real dxserver: given reviewer.zy's synced
// and prefetched replica, an application shows its data, checks and three documents; an
// approval asks for confirmation, is pending until the sync and then held by the server exactly
// once; Undo takes a queued decision back until it is sent; a rejection without a reason is
// refused locally and queues nothing; a reason template fills the box that is sent; the
// licence's text (Tesseract) is compared with the profile.
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "models/sync/replica.h"
#include "models/workflow/licencecheck.h"
#include "server/demo/demoimages.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/review/certificationreview.h"
#include "ui/review/licenceocr.h"
#include "ui/review/undobar.h"
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
    QString stateInReplica(const QString &id) const {
        auto state = m_client->replica->db().scalar(
            QStringLiteral("SELECT state FROM certifications WHERE id = ?"), {id});
        return state ? state->toString() : QString();
    }
    // The pending applications whose profile declares enterprise type `code`.
    QStringList pendingOfType(const QString &code) const {
        QStringList ids;
        auto rows = m_client->replica->db().all(QStringLiteral(
            "SELECT c.id, o.profile FROM certifications c JOIN organisations o ON o.id = c.org_id "
            "WHERE c.state = 'submitted' ORDER BY c.submitted_at"));
        if (rows)
            for (const QVariantMap &r : rows.value()) {
                const QJsonObject profile =
                    QJsonDocument::fromJson(r.value(QStringLiteral("profile")).toString().toUtf8())
                        .object();
                if (profile.value(QLatin1String("enterprise_type")).toString() == code)
                    ids << r.value(QStringLiteral("id")).toString();
            }
        return ids;
    }
    // Answers every confirmation with `answer`, recording the questions.
    static void answerConfirmations(CertificationReview &review, QStringList &questions,
                                    bool answer = true) {
        review.setConfirm([&questions, answer](const QString &, const QString &question) {
            questions << question;
            return answer;
        });
    }
    // The desk on screen, every confirmation answered yes and recorded in `questions`.
    struct ShownDesk {
        CertificationReview review;
        QStringList questions;
        explicit ShownDesk(Workbench &wb) : review(wb) {
            answerConfirmations(review, questions);
            review.show();
        }
    };
    // Shows every document tab of the current application, as a reviewer leafing through.
    static void lookAtEveryDocument(CertificationReview &review) {
        for (int i = 0; i < review.documentCount(); ++i) review.showDocumentTab(i);
        review.showDocumentTab(CertificationReview::License);
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
        for (const QString &line : checks)  // the licence's text is checked on its own below
            if (!line.contains(QStringLiteral("licence")))
                QVERIFY2(line.startsWith(u'✓'), qPrintable(line));
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
        ShownDesk desk(*m_client->wb);
        CertificationReview &review = desk.review;
        const QStringList &questions = desk.questions;
        const QString id = pendingInReplica().first();
        review.open(id, {id});
        QTest::mouseClick(review.approveButton(), Qt::LeftButton);
        QCOMPARE(questions.size(), 1);
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
        ShownDesk desk(*m_client->wb);
        CertificationReview &review = desk.review;
        const QStringList &questions = desk.questions;
        const QStringList queue = pendingInReplica().mid(0, 3);
        review.open(queue[0], queue);
        // The template's text goes into the editable box; the reviewer adds to it.
        QComboBox *templates = review.reasonTemplates();
        const QString chosen = templates->itemText(1);
        templates->setCurrentIndex(1);
        QCOMPARE(review.reasonText()->toPlainText(), chosen);
        review.reasonText()->moveCursor(QTextCursor::End);
        QTest::keyClicks(review.reasonText(), QStringLiteral(" Please add clear scans."));
        const QString expected = review.reasonText()->toPlainText();
        QCOMPARE(expected, chosen + QStringLiteral(" Please add clear scans."));
        // Another template replaces the first and keeps the reviewer's own words.
        templates->setCurrentIndex(2);
        QCOMPARE(review.reasonText()->toPlainText(),
                 templates->itemText(2) + QStringLiteral(" Please add clear scans."));
        templates->setCurrentIndex(1);
        QCOMPARE(review.reasonText()->toPlainText(), expected);

        lookAtEveryDocument(review);
        QTest::mouseClick(review.rejectButton(), Qt::LeftButton);
        QVERIFY2(questions.isEmpty(), qPrintable(questions.join(u'\n')));  // all were seen
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

    void approveAsksForConfirmationNamingUnseenDocuments() {
        CertificationReview review(*m_client->wb);
        QStringList questions;
        answerConfirmations(review, questions, false);
        review.show();
        QVERIFY(QTest::qWaitForWindowActive(&review));
        const QStringList queue = pendingInReplica().mid(0, 2);
        review.open(queue[0], queue);
        const int pendingBefore = m_client->replica->pendingCount();
        // Declined: nothing is queued and the desk stays.
        QTest::mouseClick(review.approveButton(), Qt::LeftButton);
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions[0].contains(QStringLiteral("ID card (front)")) &&
                     questions[0].contains(QStringLiteral("ID card (back)")) &&
                     !questions[0].contains(QStringLiteral("Business license")),
                 qPrintable(questions[0]));
        QCOMPARE(m_client->replica->pendingCount(), pendingBefore);
        QCOMPARE(outboxRows(queue[0]), 0);
        QCOMPARE(review.currentId(), queue[0]);
        // A rejection with every document unseen but the licence asks too.
        review.reasonTemplates()->setCurrentIndex(1);
        QTest::mouseClick(review.rejectButton(), Qt::LeftButton);
        QCOMPARE(questions.size(), 2);
        QVERIFY(questions[1].contains(QStringLiteral("ID card (front)")));
        QCOMPARE(outboxRows(queue[0]), 0);
        // Seen everything: the approval still asks, without the list.
        lookAtEveryDocument(review);
        QTest::mouseClick(review.approveButton(), Qt::LeftButton);
        QCOMPARE(questions.size(), 3);
        QVERIFY2(!questions[2].contains(QStringLiteral("not looked at")), qPrintable(questions[2]));
        QCOMPARE(outboxRows(queue[0]), 0);
        // Ctrl+Shift+A is the same approval, confirmed this time.
        answerConfirmations(review, questions, true);
        review.reasonText()->setFocus();
        QTest::keyClick(review.reasonText(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(questions.size(), 4);
        QCOMPARE(outboxRows(queue[0]), 1);
        QCOMPARE(m_client->replica->pendingCount(), pendingBefore + 1);
        QCOMPARE(review.currentId(), queue[1]);
        QVERIFY(m_client->syncAll());
    }

    void undoTakesBackAQueuedDecision() {
        ShownDesk desk(*m_client->wb);
        CertificationReview &review = desk.review;
        const QStringList queue = pendingInReplica().mid(0, 2);
        const int pendingBefore = m_client->replica->pendingCount();
        const int openTasks = pendingInReplica().size();
        review.open(queue[0], queue);
        QTest::mouseClick(review.approveButton(), Qt::LeftButton);
        QCOMPARE(m_client->replica->pendingCount(), pendingBefore + 1);
        QCOMPARE(stateInReplica(queue[0]), QStringLiteral("approved"));
        QCOMPARE(review.currentId(), queue[1]);
        // The message is in the window, not a dialog, and offers Undo.
        UndoBar *bar = review.undoBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->isUndoAvailable());
        QVERIFY2(bar->message().contains(QStringLiteral("Approved")), qPrintable(bar->message()));

        QTest::mouseClick(bar->undoButton(), Qt::LeftButton);
        QCOMPARE(m_client->replica->pendingCount(), pendingBefore);
        QCOMPARE(outboxRows(queue[0]), 0);
        QCOMPARE(stateInReplica(queue[0]), QStringLiteral("submitted"));
        QCOMPARE(pendingInReplica().size(), openTasks);  // the inbox holds it again
        QCOMPARE(review.currentId(), queue[0]);
        QVERIFY(review.approveButton()->isEnabled());
        QVERIFY(!bar->isUndoAvailable());
        QVERIFY(review.statusText().isEmpty());

        // Nothing reaches the server: it still waits for review there.
        QVERIFY(m_client->syncAll());
        QCOMPARE(certification(m_client->http, queue[0]).value(QLatin1String("state")).toString(),
                 QStringLiteral("submitted"));
        QCOMPARE(stateInReplica(queue[0]), QStringLiteral("submitted"));
    }

    void undoIsRefusedOnceTheDecisionWasSent() {
        ShownDesk desk(*m_client->wb);
        CertificationReview &review = desk.review;
        const QString id = pendingInReplica().first();
        review.open(id, {id});
        QTest::mouseClick(review.approveButton(), Qt::LeftButton);
        const qint64 seq = review.undoBar()->seq();
        QVERIFY(seq > 0);
        QVERIFY(review.undoBar()->isUndoAvailable());
        QVERIFY(m_client->syncOnce());  // sent (and applied) well before the undo window ends
        QVERIFY(!review.undoBar()->isUndoAvailable());
        QVERIFY(!m_client->sync->mayWithdraw(seq));
        const Status refused = m_client->sync->withdraw(seq);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString::fromLatin1(ErrorCode::Conflict));
        QCOMPARE(stateInReplica(id), QStringLiteral("approved"));
        QCOMPARE(certification(m_client->http, id).value(QLatin1String("state")).toString(),
                 QStringLiteral("approved"));
    }

    void theNextApplicationOpensOnItsLicence() {
        ShownDesk desk(*m_client->wb);
        CertificationReview &review = desk.review;
        const QStringList queue = pendingInReplica().mid(0, 3);
        review.open(queue[0], queue);
        QCOMPARE(review.currentDocument(), int(CertificationReview::License));
        review.showDocumentTab(CertificationReview::IdBack);
        review.next();
        QCOMPARE(review.currentId(), queue[1]);
        QCOMPARE(review.currentDocument(), int(CertificationReview::License));
        // After a decision too.
        review.showDocumentTab(CertificationReview::IdFront);
        QTest::mouseClick(review.approveButton(), Qt::LeftButton);
        QCOMPARE(review.currentId(), queue[2]);
        QCOMPARE(review.currentDocument(), int(CertificationReview::License));
        QVERIFY(m_client->syncAll());
    }

    void shortcutsZoomTheDocumentAndNamesAreAccessible() {
        CertificationReview review(*m_client->wb);
        review.resize(1400, 900);
        review.show();
        QVERIFY(QTest::qWaitForWindowActive(&review));
        const QStringList queue = pendingInReplica().mid(0, 2);
        review.open(queue[0], queue);
        DocumentViewer *licence = review.viewer(CertificationReview::License);
        QVERIFY(licence);
        review.reasonText()->setFocus();
        const double before = licence->zoom();
        QTest::keyClick(review.reasonText(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY2(licence->zoom() > before, qPrintable(QString::number(licence->zoom())));
        const double zoomed = licence->zoom();
        QTest::keyClick(review.reasonText(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(licence->zoom() < zoomed);
        QTest::keyClick(review.reasonText(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(licence->fitMode(), DocumentViewer::FitMode::Page);

        for (QPushButton *b : {review.approveButton(), review.rejectButton(), review.nextButton(),
                               review.previousButton()})
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
        const QTabBar *tabs = review.findChild<QTabWidget *>()->tabBar();
        for (int i = 0; i < tabs->count(); ++i) QVERIFY(!tabs->accessibleTabName(i).isEmpty());
    }

    // Tesseract reads a licence as demoimages draws it (1000 × 700 JPEG, watermark).
    void ocrReadsTheCreditCodeOfADemoLicence() {
        const QString code = QStringLiteral("91410102MA44C8XQ3K");
        const QString name = QStringLiteral("郑州金盛智能制造有限公司");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("licence.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(demo::licenseImage(name, code, QStringLiteral("河南省郑州市中原区"),
                                      QStringLiteral("王建国"), 7));
        file.close();
        QElapsedTimer clock;
        clock.start();
        auto text = LicenceOcr::recognise(path);
        QVERIFY2(text.ok(), text.ok() ? "" : qPrintable(text.error().message));
        qInfo("one demo licence read in %lld ms", clock.elapsed());
        const LicenceReading read = LicenceCheck::parse(text.value());
        QCOMPARE(read.creditCode, code);
        QCOMPARE(read.name, name);
        QCOMPARE(read.type, QStringLiteral("有限责任公司"));
        QCOMPARE(LicenceCheck::compareType(QStringLiteral("joint_stock"), read.type),
                 LicenceCheck::Verdict::Mismatch);

        // And the licences the demo seeded for the county's first applicants, as downloaded.
        auto rows = m_client->replica->db().all(
            QStringLiteral("SELECT credit_code, org_name, license_blob FROM certifications "
                           "WHERE state = 'submitted' ORDER BY submitted_at LIMIT 5"));
        QVERIFY(rows.ok() && rows->size() == 5);
        for (const QVariantMap &r : rows.value()) {
            const QString sha = r.value(QStringLiteral("license_blob")).toString();
            QVERIFY(m_client->blobs->has(sha));
            clock.restart();
            auto seeded = LicenceOcr::recognise(m_client->blobs->pathOf(sha));
            QVERIFY(seeded.ok());
            qInfo("seeded licence %s read in %lld ms", qPrintable(sha.left(12)), clock.elapsed());
            const LicenceReading got = LicenceCheck::parse(seeded.value());
            QCOMPARE(got.creditCode, r.value(QStringLiteral("credit_code")).toString());
            QCOMPARE(
                LicenceCheck::compareName(r.value(QStringLiteral("org_name")).toString(), got.name),
                LicenceCheck::Verdict::Match);
        }
    }

    // On the desk: the demo applications of reviewer.zy's county, one declaring a joint-stock
    // enterprise (the licence says 有限责任公司: flagged), one a private one (consistent).
    void theDeskFlagsALicenceTypeThatContradictsTheProfile() {
        const QStringList mismatching = pendingOfType(QStringLiteral("joint_stock"));
        const QStringList matching = pendingOfType(QStringLiteral("private"));
        QVERIFY2(!mismatching.isEmpty() && !matching.isEmpty(),
                 "the demo county needs a joint-stock and a private applicant");
        CertificationReview review(*m_client->wb);
        review.show();
        for (const QString &id : {mismatching.first(), matching.first()}) {
            review.open(id);
            const QString code =
                m_client->replica->db()
                    .scalar(QStringLiteral("SELECT credit_code FROM certifications WHERE id = ?"),
                            {id})
                    ->toString();
            if (review.isReadingLicence())
                QVERIFY(review.checklist().join(u'\n').contains(QStringLiteral("Reading")));
            QTRY_VERIFY_WITH_TIMEOUT(!review.isReadingLicence(), 120000);
            const QStringList lines = review.checklist();
            const auto lineOf = [&lines](const QString &what) {
                for (const QString &l : lines)
                    if (l.contains(what + QStringLiteral(" on the licence"))) return l;
                return QString();
            };
            const QString codeLine = lineOf(QStringLiteral("Credit code"));
            QVERIFY2(codeLine.startsWith(u'✓') && codeLine.contains(code), qPrintable(codeLine));
            QVERIFY2(lineOf(QStringLiteral("Name")).startsWith(u'✓'),
                     qPrintable(lineOf(QStringLiteral("Name"))));
            const QString typeLine = lineOf(QStringLiteral("Enterprise type"));
            QVERIFY2(typeLine.contains(QStringLiteral("有限责任公司")), qPrintable(typeLine));
            QVERIFY2(typeLine.startsWith(id == matching.first() ? u'✓' : u'✗'),
                     qPrintable(typeLine));
        }
        // Approving the contradicted one names the failed check in the question.
        QStringList questions;
        answerConfirmations(review, questions, false);
        review.open(mismatching.first());
        QTest::mouseClick(review.approveButton(), Qt::LeftButton);
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions[0].contains(QStringLiteral("Failed checks")) &&
                     questions[0].contains(QStringLiteral("Enterprise type on the licence")),
                 qPrintable(questions[0]));
        // Read once: the text is kept by the licence's hash, and reopening does not read again.
        QVERIFY(m_client->count(QStringLiteral("SELECT COUNT(*) FROM licence_text")) >= 2);
        review.open(mismatching.first());
        QVERIFY(!review.isReadingLicence());
        QVERIFY(review.checklist().join(u'\n').contains(QStringLiteral("does not match")));
    }

    void theContactIsTheOneSubmittedWithTheApplication() {
        CertificationReview review(*m_client->wb);
        const QString id = pendingInReplica().first();
        review.open(id);
        const QString submitted =
            m_client->replica->db()
                .scalar(QStringLiteral("SELECT contact FROM certifications WHERE id = ?"), {id})
                ->toString();
        QVERIFY(!submitted.isEmpty());
        const QList<QLabel *> labels = review.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [&submitted](const QLabel *l) { return l->text() == submitted; }));
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
