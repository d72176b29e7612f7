// dxdesk's flow as DeskController (app/deskcontroller.h) runs it, against a real dxserver: the
// sign-in window, the user's desk, sign-out and switch user back to the sign-in window in the
// same process with each user's outbox kept apart, and --demo showing the sign-in window before
// its demo server is ready.
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/deskcontroller.h"
#include "models/auth/demoaccounts.h"
#include "models/client/demoserver.h"
#include "models/client/syncclient.h"
#include "models/client/workbench.h"
#include "models/sync/replica.h"
#include "tests/support/httpclient.h"
#include "tests/support/testserver.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/signindialog.h"

using namespace dx;
using namespace dx::test;

namespace {
const QString kZy = QStringLiteral("reviewer.zy");
const QString kEq = QStringLiteral("reviewer.eq");

// Signs in with the controller's sign-in window, as a user types it; the desk it opens.
MainWindow *signInAs(DeskController &desk, const QString &user) {
    SignInDialog *dialog = desk.signInDialog();
    if (!dialog || !dialog->isVisible()) return nullptr;
    QSignalSpy opened(&desk, &DeskController::deskOpened);
    dialog->signInAs(user, demoPassword(user));
    if (!opened.wait(30000)) return nullptr;
    return desk.mainWindow();
}

// A File-menu action of the shell, by its object name.
QAction *action(MainWindow *window, const char *name) {
    return window->findChild<QAction *>(QLatin1String(name));
}

// Approves the first pending application of the signed-in reviewer: one queued command.
bool approveFirstPending(DeskController &desk) {
    Workbench *wb = desk.workbench();
    auto row = wb->replica.db().one(QStringLiteral(
        "SELECT id, rev FROM certifications WHERE state = 'submitted' ORDER BY submitted_at"));
    if (!row || !row->has_value()) return false;
    const Outcome out = wb->sync.perform(QStringLiteral("certification.decide"),
                                         (*row)->value(QStringLiteral("id")).toString(),
                                         (*row)->value(QStringLiteral("rev")).toLongLong(),
                                         {{QStringLiteral("decision"), QStringLiteral("approve")}});
    return out.status == Outcome::Status::Applied;
}

// Waits for the current sync round of the desk to end (the one sign-in starts).
void settle(DeskController &desk) {
    QTRY_VERIFY_WITH_TIMEOUT(!desk.sync()->isSyncing(), 60000);
}
}  // namespace

class TestDeskController : public QObject {
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;

    DeskController::Options options(const QString &profile) const {
        DeskController::Options o;
        o.server = m_server.baseUrl();
        o.profileDir = m_dir.filePath(profile);
        return o;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_server.seedDemo());
        QVERIFY(m_server.start());
    }
    void init() {
        if (!m_server.isRunning()) QVERIFY(m_server.start());
    }

    void signOutKeepsTheProcessAndShowsTheSignInWindow() {
        DeskController desk(options(QStringLiteral("signout")));
        QSignalSpy finished(&desk, &DeskController::finished);
        desk.start();
        QVERIFY(desk.signInDialog() && desk.signInDialog()->isVisible());
        QPointer<MainWindow> window = signInAs(desk, kZy);
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QVERIFY(!desk.signInDialog());
        const QString token = desk.signedIn().token;
        QVERIFY(!token.isEmpty());
        // 工作台 ▸ 退出登录, right after sign-in (its first sync may still run)
        action(window, "signOut")->trigger();
        QVERIFY(desk.signInDialog() && desk.signInDialog()->isVisible());
        QVERIFY(!desk.mainWindow());
        QTRY_VERIFY(window.isNull());  // the shell is gone, the process is not
        QVERIFY(finished.isEmpty());
        QCOMPARE(desk.signInDialog()->userEdit()->text(), kZy);  // remembered
        // the session ended on the server too
        HttpClient http(m_server.baseUrl());
        http.setToken(token);
        QTRY_COMPARE_WITH_TIMEOUT(http.get(QStringLiteral("/api/v1/me")).status, 401, 10000);
        // and the same process signs in again
        window = signInAs(desk, kZy);
        QVERIFY(window);
        QCOMPARE(desk.signedIn().actor.username, kZy);
        settle(desk);
        // closing the shell (Quit) is what ends the application
        window->close();
        QCOMPARE(finished.size(), 1);
    }

    void switchingUserKeepsEachUsersOutboxApart() {
        DeskController desk(options(QStringLiteral("switch")));
        desk.start();
        // both reviewers sign in here once, online (so that each can unlock offline later)
        QVERIFY(signInAs(desk, kZy));
        settle(desk);
        const QString zyDir = desk.session().userDir(kZy);
        action(desk.mainWindow(), "switchUser")->trigger();
        QVERIFY(desk.signInDialog() && desk.signInDialog()->isVisible());
        QVERIFY(desk.signInDialog()->userEdit()->text().isEmpty());  // for someone else
        QVERIFY(signInAs(desk, kEq));
        settle(desk);
        QVERIFY(desk.session().userDir(kEq) != zyDir);
        action(desk.mainWindow(), "switchUser")->trigger();

        // the server goes away; reviewer.zy decides one application offline
        m_server.stop();
        QVERIFY(signInAs(desk, kZy));
        QVERIFY(desk.signedIn().offline);
        QVERIFY(approveFirstPending(desk));
        QCOMPARE(desk.sync()->pendingCount(), 1);
        settle(desk);
        QCOMPARE(desk.sync()->state(), SyncClient::State::Offline);

        // switching user with a change waiting warns first; Cancel stays
        QPointer<MainWindow> zyWindow = desk.mainWindow();
        action(zyWindow, "switchUser")->trigger();
        auto *box = zyWindow->findChild<QMessageBox *>(QStringLiteral("pendingOnLeave"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(kZy), qPrintable(box->text()));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(desk.mainWindow());
        QVERIFY(!desk.signInDialog());
        // … and going on leaves the change queued for reviewer.zy
        action(zyWindow, "switchUser")->trigger();
        box = zyWindow->findChild<QMessageBox *>(QStringLiteral("pendingOnLeave"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("proceed"))->click();
        QVERIFY(desk.signInDialog() && desk.signInDialog()->isVisible());
        QTRY_VERIFY(zyWindow.isNull());

        // reviewer.eq (offline too) has an outbox of their own: empty
        QVERIFY(signInAs(desk, kEq));
        QCOMPARE(desk.signedIn().actor.username, kEq);
        QCOMPARE(desk.sync()->pendingCount(), 0);
        QCOMPARE(desk.mainWindow()->pendingText(), QStringLiteral("All changes synced"));
        settle(desk);
        action(desk.mainWindow(), "switchUser")->trigger();

        // reviewer.zy finds their change still waiting, and it reaches the server once it is back
        QVERIFY(signInAs(desk, kZy));
        QCOMPARE(desk.sync()->pendingCount(), 1);
        QVERIFY(desk.mainWindow()->pendingText().contains(QLatin1Char('1')));
        settle(desk);
        QVERIFY(m_server.start());
        desk.sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(desk.sync()->pendingCount(), 0, 60000);
    }

    // --demo: the window is up while the demo data is still being made; the accounts follow.
    void theSignInWindowIsShownBeforeTheDemoServerIsReady() {
        DeskController::Options o;
        o.demo = true;
        o.demoServerPath = TestServer::serverPath();
        DeskController desk(o);
        desk.start();
        SignInDialog *dialog = desk.signInDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!desk.demoServer()->isReady());
        // every demo account has its button, disabled until the server is ready
        for (const DemoAccount &a : demoAccounts()) {
            auto *b = dialog->findChild<QPushButton *>(QStringLiteral("demo-") +
                                                       QString::fromUtf8(a.username));
            QVERIFY2(b, a.username);
            QVERIFY(!b->isEnabled());
        }
        QVERIFY(!dialog->signInButton()->isEnabled());
        // what it is doing, with a progress bar
        QTRY_COMPARE(desk.demoServer()->state(), DemoServer::State::Seeding);
        QVERIFY2(dialog->demoStatus().contains(QStringLiteral("demo data")),
                 qPrintable(dialog->demoStatus()));

        QVERIFY2(desk.demoServer()->waitForReady(), qPrintable(desk.demoServer()->errorString()));
        QVERIFY(dialog->demoStatus().isEmpty());
        QCOMPARE(dialog->serverEdit()->text(), desk.demoServer()->baseUrl());
        auto *expert = dialog->findChild<QPushButton *>(QStringLiteral("demo-expert1"));
        QVERIFY(expert->isEnabled());
        QSignalSpy opened(&desk, &DeskController::deskOpened);
        QTest::mouseClick(expert, Qt::LeftButton);
        QVERIFY(opened.wait(30000));
        QCOMPARE(desk.signedIn().actor.role, QStringLiteral("expert"));
        settle(desk);

        // every one-click account signs in to the demo server with its role (one list: the
        // seeder's and the buttons')
        for (const DemoAccount &a : demoAccounts()) {
            HttpClient http(desk.demoServer()->baseUrl());
            QVERIFY2(
                !http.login(QString::fromUtf8(a.username), QString::fromUtf8(a.password)).isEmpty(),
                a.username);
            const QJsonObject me = http.get(QStringLiteral("/api/v1/me"))
                                       .json()
                                       .value(QStringLiteral("user"))
                                       .toObject();
            QCOMPARE(me.value(QStringLiteral("role")).toString(), QString::fromUtf8(a.role));
        }
        // sign-out returns to the sign-in window; the demo server lives on
        const QString url = desk.demoServer()->baseUrl();
        action(desk.mainWindow(), "signOut")->trigger();
        QVERIFY(desk.signInDialog()->isVisible());
        QVERIFY(desk.demoServer()->isReady());
        QVERIFY(signInAs(desk, QStringLiteral("dept")));
        QCOMPARE(desk.signedIn().baseUrl, url);
        settle(desk);
    }
};

QTEST_MAIN(TestDeskController)
#include "test_deskcontroller.moc"
