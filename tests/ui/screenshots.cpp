// Makes the README's screenshots offscreen, from the real client against a real demo server:
//   dx_screenshots OUTDIR [--lang zh_CN|en]      (packaging/screenshots.sh runs it)
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <cstdio>

#include "blobs/blobstore.h"
#include "certificationreview.h"
#include "inboxwidget.h"
#include "mainwindow.h"
#include "session.h"
#include "sync/replica.h"
#include "syncclient.h"
#include "testserver.h"
#include "workspaces.h"

using namespace dx;

namespace {
SignedIn signIn(Session &session, const QString &url, const QString &user,
                const QString &password) {
    SignedIn who;
    QEventLoop loop;
    session.signIn(url, user, password, [&](Result<SignedIn> r) {
        if (!r) qFatal("sign-in failed: %s", qPrintable(r.error().message));
        who = r.value();
        loop.quit();
    });
    loop.exec();
    return who;
}

bool syncOnce(SyncClient &sync) {
    QSignalSpy done(&sync, &SyncClient::syncFinished);
    sync.syncNow();
    return done.wait(60000) && done.last().first().toBool();
}

void save(QWidget &w, const QString &path) {
    QTest::qWait(300);  // let queued renders land
    if (!w.grab().save(path)) qFatal("cannot write %s", qPrintable(path));
    std::printf("wrote %s\n", qPrintable(path));
}

struct Desk {
    std::unique_ptr<Replica> replica;
    std::unique_ptr<BlobStore> blobs;
    std::unique_ptr<SyncClient> sync;
    std::unique_ptr<Workbench> wb;
    std::unique_ptr<MainWindow> window;

    Desk(Session &session, const SignedIn &who) {
        const QString dir = session.userDir(who.actor.username);
        replica = std::move(
            Replica::open(dir + QStringLiteral("/replica.sqlite"), who.actor.username).value());
        blobs = std::make_unique<BlobStore>(dir + QStringLiteral("/blobs"));
        sync = std::make_unique<SyncClient>(*replica, *blobs, who.actor, who.baseUrl, who.token);
        wb = std::make_unique<Workbench>(Workbench{who.actor, *replica, *sync, *blobs});
        window = std::make_unique<MainWindow>(*wb);
        addWorkspaces(*window, *wb, dir);
        window->resize(1360, 820);
        window->show();
    }
};
}  // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: dx_screenshots OUTDIR [--lang zh_CN|en]\n");
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    const bool chinese = !args.contains(QStringLiteral("en"));
    QTranslator ours, qt;
    if (chinese) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        if (ours.load(QStringLiteral(":/i18n/dxdesk_zh_CN.qm")))
            QCoreApplication::installTranslator(&ours);
        if (qt.load(QStringLiteral("qtbase_zh_CN"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
    }

    test::TestServer server;
    if (!server.seedDemo() || !server.start()) return 1;
    QTemporaryDir profile;
    Session session(profile.path());

    // 1. The county reviewer's inbox (待办), synced, documents downloaded for offline work.
    Desk reviewer(session, signIn(session, server.baseUrl(), QStringLiteral("reviewer.zy"),
                                  QStringLiteral("Review#2026zy")));
    if (!syncOnce(*reviewer.sync)) return 1;
    reviewer.sync->prefetch();
    QTest::qWait(3000);
    reviewer.window->showWorkspace(QStringLiteral("inbox"));
    save(*reviewer.window, out.filePath(QStringLiteral("inbox.png")));

    // 2. The review screen with the licence open beside the organisation's data and checks.
    auto *inbox = qobject_cast<InboxWidget *>(reviewer.window->workspace(QStringLiteral("inbox")));
    inbox->table()->setCurrentIndex(inbox->table()->model()->index(0, 0));
    QTest::keyClick(inbox->table(), Qt::Key_Return);
    QTest::qWait(1500);
    save(*reviewer.window, out.filePath(QStringLiteral("review.png")));

    // 3. Sync status: offline, with decisions waiting to sync.
    server.stop();
    auto *review =
        qobject_cast<CertificationReview *>(reviewer.window->workspace(QStringLiteral("review")));
    QTest::mouseClick(review->approveButton(), Qt::LeftButton);
    QTest::qWait(500);
    QTest::mouseClick(review->approveButton(), Qt::LeftButton);
    syncOnce(*reviewer.sync);
    save(*reviewer.window, out.filePath(QStringLiteral("sync-status.png")));
    if (!server.start()) return 1;

    // 4. The enterprise's certification workspace.
    Desk enterprise(session, signIn(session, server.baseUrl(), QStringLiteral("ent.pending"),
                                    QStringLiteral("Firm#2026pend")));
    if (!syncOnce(*enterprise.sync)) return 1;
    enterprise.window->showWorkspace(QStringLiteral("organisation"));
    save(*enterprise.window, out.filePath(QStringLiteral("enterprise.png")));
    return 0;
}
