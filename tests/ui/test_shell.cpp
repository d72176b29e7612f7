// The whole desktop client as a county reviewer uses it: sign in with the real dialog, the
// shell with the reviewer's workspaces, inbox → review → decision, offline work, and a
// conflict that lands in "sync problems" — against a real dxserver. The shell is the one
// dxdesk builds after sign-in (Desk, tests/ui/uitesthelpers.h); a test run alone signs in and
// builds it first.
#include <QComboBox>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "app/workspaces.h"
#include "models/blobs/blobstore.h"
#include "models/client/session.h"
#include "models/client/syncclient.h"
#include "models/sync/replica.h"
#include "tests/support/dbdump.h"
#include "tests/support/httpclient.h"
#include "tests/support/story.h"
#include "tests/support/testserver.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/inbox/inboxwidget.h"
#include "ui/review/certificationreview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/syncproblemsview.h"
#include "ui/signin/signindialog.h"

using namespace dx;
using namespace dx::test;

class TestShell : public QObject {
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    SignedIn m_who;
    std::unique_ptr<Desk> m_desk;  // the shell and the client under it
    // Signed in, then the shell: the other tests need one or both (tests/support/story.h).
    Story m_story{this, {"signInWithTheDemoAccountButton", "theShellShowsTheReviewersInboxSynced"}};

    InboxWidget *inbox() const {
        return qobject_cast<InboxWidget *>(m_desk->window->workspace(QStringLiteral("inbox")));
    }
    CertificationReview *review() const {
        auto *desk = qobject_cast<CertificationReview *>(
            m_desk->window->workspace(QStringLiteral("review")));
        // The desk asks before approving (tests/ui/test_review.cpp checks the question); here
        // the reviewer always says yes.
        if (desk) desk->setConfirm([](const QString &, const QString &) { return true; });
        return desk;
    }
    QString openFirstPending() {
        inbox()->refresh();
        QTableView *t = inbox()->table();
        t->setCurrentIndex(t->model()->index(0, 0));
        t->setFocus();
        QTest::keyClick(t, Qt::Key_Return);
        return review()->currentId();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_server.seedDemo());
        QVERIFY(m_server.start());
    }

    void signInWithTheDemoAccountButton() {
        if (!m_story.before(__func__)) return;
        m_session = std::make_unique<Session>(m_dir.filePath(QStringLiteral("profile")));
        SignInDialog dialog(*m_session, m_server.baseUrl(), true);
        dialog.show();
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("demo-reviewer.zy"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        m_who = dialog.signedIn();
        QCOMPARE(m_who.actor.username, QStringLiteral("reviewer.zy"));
        QCOMPARE(m_who.actor.region, QStringLiteral("410102"));
        QVERIFY(!m_who.token.isEmpty());
        QCOMPARE(m_session->lastUser(), QStringLiteral("reviewer.zy"));
    }

    void wrongPasswordIsShownAndOfflineUnlockWorks() {
        if (!m_story.through("signInWithTheDemoAccountButton")) return;
        SignInDialog dialog(*m_session, m_server.baseUrl(), false);
        dialog.show();
        dialog.signInAs(QStringLiteral("reviewer.zy"), QStringLiteral("wrong-Password1"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.message().isEmpty() && dialog.signInButton()->isEnabled(),
                                 20000);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        // The last signed-in user can unlock offline with the local verifier, and only with the
        // right password.
        QVERIFY(
            m_session->unlockOffline(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"))
                .ok());
        QVERIFY(!m_session
                     ->unlockOffline(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zz"))
                     .ok());
        QVERIFY(!m_session
                     ->unlockOffline(QStringLiteral("reviewer.eq"), QStringLiteral("Review#2026eq"))
                     .ok());
    }

    void theShellShowsTheReviewersInboxSynced() {
        if (!m_story.before(__func__)) return;
        m_desk = std::make_unique<Desk>(*m_session, m_who);
        QVERIFY(m_desk->window->workspace(QStringLiteral("inbox")));
        QVERIFY(m_desk->window->workspace(QStringLiteral("review")));
        QVERIFY(m_desk->window->workspace(QStringLiteral("problems")));
        QVERIFY(!m_desk->window->workspace(QStringLiteral("organisation")));  // not an enterprise
        QVERIFY(m_desk->syncOnce());
        HttpClient http(m_server.baseUrl());
        http.setToken(m_who.token);
        const int serverPending = http.get(QStringLiteral("/api/v1/tasks?box=pending&limit=1000"))
                                      .json()
                                      .value(QStringLiteral("total"))
                                      .toInt();
        inbox()->refresh();
        QCOMPARE(inbox()->rowCount(), serverPending);
        QVERIFY(m_desk->window->onlineText().contains(tr("Online")) ||
                m_desk->window->onlineText().contains(QStringLiteral("Online")));
        QCOMPARE(m_desk->replica->pendingCount(), 0);
    }

    void approveShowsPendingThenSynced() {
        if (!m_story.through("theShellShowsTheReviewersInboxSynced")) return;
        const QString id = openFirstPending();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_desk->window->currentWorkspace(), QStringLiteral("review"));
        QTest::mouseClick(review()->approveButton(), Qt::LeftButton);
        // queued locally at once; the sync it schedules runs on the next event-loop turn
        QCOMPARE(m_desk->replica->pendingCount(), 1);
        QVERIFY(m_desk->window->pendingText().contains(QLatin1Char('1')));
        QVERIFY(m_desk->syncOnce());
        QTRY_COMPARE(m_desk->replica->pendingCount(), 0);
        HttpClient http(m_server.baseUrl());
        http.setToken(m_who.token);
        const QJsonObject cert = http.get(QStringLiteral("/api/v1/certifications/") + id).json();
        QCOMPARE(cert.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(cert.value(QStringLiteral("decided_by")).toString(), m_who.actor.userId);
    }

    void offlineDecisionWaitsAndSyncsWhenTheServerIsBack() {
        if (!m_story.through("theShellShowsTheReviewersInboxSynced")) return;
        m_server.stop();
        const QString id = openFirstPending();
        QVERIFY(!id.isEmpty());
        QTest::mouseClick(review()->approveButton(), Qt::LeftButton);
        QVERIFY(!m_desk->syncOnce());
        QCOMPARE(m_desk->sync->state(), SyncClient::State::Offline);
        QVERIFY(m_desk->window->pendingText().contains(QLatin1Char('1')));
        QVERIFY(m_server.start());
        QVERIFY(m_desk->syncOnce());
        QCOMPARE(m_desk->replica->pendingCount(), 0);
        QCOMPARE(m_desk->replica->db()
                     .scalar(QStringLiteral("SELECT state FROM certifications WHERE id = ?"), {id})
                     ->toString(),
                 QStringLiteral("approved"));
    }

    // The acceptance scenario: with the server stopped, decide 10 applications (approve and
    // reject) in the review screen, quit the client, start it again: the 10 are still pending;
    // start the server: after sync all 10 are applied exactly once.
    void tenOfflineDecisionsSurviveAQuitAndApplyOnce() {
        if (!m_story.through("theShellShowsTheReviewersInboxSynced")) return;
        m_server.stop();
        QStringList decided;
        QStringList expected;
        for (int i = 0; i < 10; ++i) {
            const QString id = openFirstPending();
            QVERIFY2(!id.isEmpty(), "the inbox ran out of pending applications");
            if (i % 2) {
                review()->reasonTemplates()->setCurrentIndex(1);
                review()->reasonText()->setPlainText(QStringLiteral("请补充材料。"));
                QTest::mouseClick(review()->rejectButton(), Qt::LeftButton);
                expected << QStringLiteral("rejected");
            } else {
                QTest::mouseClick(review()->approveButton(), Qt::LeftButton);
                expected << QStringLiteral("approved");
            }
            decided << id;
            QCOMPARE(m_desk->replica->pendingCount(), i + 1);
        }
        QVERIFY(!m_desk->syncOnce());
        QCOMPARE(m_desk->sync->state(), SyncClient::State::Offline);
        // quit: the whole client goes away
        m_desk.reset();
        // start it again (offline unlock, as a reviewer in the field would)
        auto unlocked = m_session->unlockOffline(QStringLiteral("reviewer.zy"),
                                                 QStringLiteral("Review#2026zy"));
        QVERIFY(unlocked.ok());
        SignedIn again = *unlocked;
        again.baseUrl = m_who.baseUrl;
        m_desk = std::make_unique<Desk>(*m_session, again);
        QCOMPARE(m_desk->replica->pendingCount(), 10);
        QVERIFY(m_desk->window->pendingText().contains(QStringLiteral("10")));
        // the server comes back
        QVERIFY(m_server.start());
        QVERIFY(m_desk->syncOnce());
        QCOMPARE(m_desk->replica->pendingCount(), 0);
        HttpClient http(m_server.baseUrl());
        http.setToken(m_who.token);
        for (int i = 0; i < decided.size(); ++i) {
            const QJsonObject cert =
                http.get(QStringLiteral("/api/v1/certifications/") + decided[i]).json();
            QCOMPARE(cert.value(QStringLiteral("state")).toString(), expected[i]);
        }
        // exactly once: one applied decide per application in the server's log
        for (const QString &id : decided)
            QCOMPARE(dx::test::count(m_server.dbPath(),
                                     QStringLiteral("SELECT COUNT(*) FROM command_log WHERE type = "
                                                    "'certification.decide' AND status = "
                                                    "'applied' AND target = ?"),
                                     {id}),
                     1);
    }

    void aConflictAppearsInSyncProblems() {
        if (!m_story.through("theShellShowsTheReviewersInboxSynced")) return;
        // reviewer.zy2 decides the next application first, on the server
        auto row = m_desk->replica->db().one(
            QStringLiteral("SELECT id, rev FROM certifications WHERE state = "
                           "'submitted' ORDER BY submitted_at LIMIT 1"));
        QVERIFY(row.ok() && row->has_value());
        const QString id = (*row)->value(QStringLiteral("id")).toString();
        HttpClient zy2(m_server.baseUrl());
        QVERIFY(
            !zy2.login(QStringLiteral("reviewer.zy2"), QStringLiteral("Review#2026zy2")).isEmpty());
        const QString client = zy2.postJson(QStringLiteral("/api/v1/clients"),
                                            {{QStringLiteral("name"), QStringLiteral("zy2")}})
                                   .json()
                                   .value(QStringLiteral("client_id"))
                                   .toString();
        const QJsonObject cmd{
            {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("seq"), 1},
            {QStringLiteral("type"), QStringLiteral("certification.decide")},
            {QStringLiteral("target"), id},
            {QStringLiteral("base_rev"), (*row)->value(QStringLiteral("rev")).toLongLong()},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("decision"), QStringLiteral("reject")},
                         {QStringLiteral("reason"), QStringLiteral("材料不全")}}}};
        zy2.postJson(
            QStringLiteral("/api/v1/commands"),
            {{QStringLiteral("client_id"), client}, {QStringLiteral("commands"), QJsonArray{cmd}}});
        // reviewer.zy, not yet synced, approves it in the review screen
        review()->open(id);
        QCOMPARE(review()->currentId(), id);
        auto *problems =
            qobject_cast<SyncProblemsView *>(m_desk->window->workspace(QStringLiteral("problems")));
        QVERIFY(problems);
        QCOMPARE(problems->problemCount(), 0);
        QTest::mouseClick(review()->approveButton(), Qt::LeftButton);
        QVERIFY(m_desk->syncOnce());
        // the decision is a sync problem with the server's reason and state; the view shows the
        // server's decision
        QTRY_COMPARE(problems->problemCount(), 1);
        QVERIFY2(problems->problemText(0).contains(QStringLiteral("rejected")),
                 qPrintable(problems->problemText(0)));
        QCOMPARE(m_desk->replica->db()
                     .scalar(QStringLiteral("SELECT state FROM certifications WHERE id = ?"), {id})
                     ->toString(),
                 QStringLiteral("rejected"));
    }

    void afterAPasswordChangeOfflineUnlockTakesTheNewPassword() {
        if (!m_story.through("signInWithTheDemoAccountButton")) return;
        // MainWindow::passwordChanged reaches Session::passwordChanged (app/main.cpp): the field
        // laptop must not keep unlocking with a password the server no longer accepts.
        m_session->passwordChanged(m_who, QStringLiteral("Field#2026new"));
        QVERIFY(
            m_session->unlockOffline(QStringLiteral("reviewer.zy"), QStringLiteral("Field#2026new"))
                .ok());
        QVERIFY(!m_session
                     ->unlockOffline(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"))
                     .ok());
    }

    void cleanupTestCase() { m_desk.reset(); }
};

QTEST_MAIN(TestShell)
#include "test_shell.moc"
