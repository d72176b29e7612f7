// Offline-first documents, as a county reviewer meets them in the shell dxdesk builds after
// sign-in (Desk), against a real dxserver: the whole queue is prefetched after sign-in and opens
// with the server stopped; an application assigned later is prefetched with the pull that brings
// it; the size cap in Preferences stops prefetch and says so; the inbox and the review desk show
// whether each application's documents are here; "Download documents for offline work" reports
// what it did; a missing document says so offline instead of "Downloading…" for ever.
// Every test signs in on a fresh profile of its own, so each runs alone.
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <vector>

#include "models/blobs/blobstore.h"
#include "models/client/session.h"
#include "models/client/syncclient.h"
#include "models/sync/offlinedocuments.h"
#include "models/sync/prefetchplan.h"
#include "models/sync/replica.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/inbox/inboxwidget.h"
#include "ui/inbox/taskmodel.h"
#include "ui/review/certificationreview.h"
#include "ui/shell/preferencesdialog.h"
#include "ui/viewer/documentviewer.h"

using namespace dx;
using namespace dx::test;

namespace {
const QString kNotHere = QStringLiteral(
    "This document is not on this computer yet. It downloads when the server can be reached.");
}  // namespace

class TestOffline : public QObject {
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    int m_profiles = 0;

    /// reviewer.zy signed in on a fresh profile, the shell built with `settings` saved first.
    std::unique_ptr<Desk> signIn(const PrefetchSettings &settings) {
        settings.save();
        auto session = std::make_unique<dx::Session>(
            m_dir.filePath(QStringLiteral("profile%1").arg(++m_profiles)));
        const SignedIn who =
            signInQuietly(*session, m_server.baseUrl(), QStringLiteral("reviewer.zy"),
                          QStringLiteral("Review#2026zy"));
        auto desk = std::make_unique<Desk>(*session, who);
        m_sessions.push_back(std::move(session));
        return desk;
    }
    std::vector<std::unique_ptr<dx::Session>> m_sessions;

    static InboxWidget *inbox(Desk &desk) {
        return desk.workspace<InboxWidget>(QStringLiteral("inbox"));
    }
    static CertificationReview *review(Desk &desk) {
        return desk.workspace<CertificationReview>(QStringLiteral("review"));
    }
    static QStringList queue(Desk &desk) {
        return OfflineDocuments(desk.replica->db(), *desk.blobs).queue();
    }
    static int here(Desk &desk, const QStringList &documents) {
        return OfflineDocuments(desk.replica->db(), *desk.blobs).countHere(documents);
    }
    /// The pending box of the inbox, in its order.
    static QStringList pending(Desk &desk) {
        inbox(desk)->refresh();
        return inbox(desk)->model()->entityIds();
    }
    /// Runs `start` and waits for the prefetch report it leads to.
    static PrefetchReport reportOf(Desk &desk, const std::function<void()> &start) {
        QSignalSpy finished(desk.sync.get(), &SyncClient::prefetchFinished);
        start();
        if (!finished.wait(120000)) qFatal("no prefetch report");
        return finished.first().first().value<PrefetchReport>();
    }
    static void downloadForOffline(Desk &desk) {
        auto *action = desk.window->findChild<QAction *>(QStringLiteral("downloadForOffline"));
        QVERIFY(action);
        action->trigger();
    }
    /// What document tab `i` of the review desk shows: "" for the viewer, else its message.
    static QString documentTab(CertificationReview *review, int i) {
        auto *stack = qobject_cast<QStackedWidget *>(review->viewer(i)->parentWidget());
        auto *label = qobject_cast<QLabel *>(stack->currentWidget());
        return label ? label->text() : QString();
    }
    /// The file of blob `sha` in the server's data directory.
    QString serverBlob(const QString &sha) const {
        return BlobStore(m_server.dataDir() + QStringLiteral("/blobs")).pathOf(sha);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // the preferences of this test only
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.seedDemo());
        QVERIFY(m_server.start());
    }

    void cleanup() {
        if (!m_server.isRunning()) QVERIFY(m_server.start());
        PrefetchSettings{}.save();
    }

    void afterSignInTheWholeQueueIsPrefetchedAndOpensOffline() {
        auto desk = signIn(PrefetchSettings{});
        QSignalSpy progress(desk->sync.get(), &SyncClient::progress);
        // As app/main.cpp after sign-in: one sync; the prefetch follows it by itself.
        const PrefetchReport report = reportOf(*desk, [&] { desk->sync->syncNow(); });
        const QStringList documents = queue(*desk);
        QVERIFY(documents.size() >= 16 * 3);
        QVERIFY(report.automatic);
        QCOMPARE(report.downloaded, int(documents.size()));
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.overCap, 0);
        QCOMPARE(here(*desk, documents), int(documents.size()));
        // With progress in the status bar, and what it did said there.
        bool sawProgress = false;
        for (const QList<QVariant> &p : progress)
            sawProgress |= p.at(0).toString() == QLatin1String("prefetch") &&
                           p.at(1).toLongLong() > 0 && p.at(1).toLongLong() < documents.size();
        QVERIFY(sawProgress);
        QCOMPARE(desk->window->statusBar()->currentMessage(), report.summary());

        // The server stops: every application of the queue opens with all its documents.
        const QStringList ids = pending(*desk);
        QVERIFY(ids.size() >= 16);
        m_server.stop();
        for (const QString &id : ids) {
            review(*desk)->open(id, ids);
            QVERIFY(review(*desk)->documentCount() >= 3);
            for (int i = 0; i < CertificationReview::DocumentSlots; ++i) {
                DocumentViewer *v = review(*desk)->viewer(i);
                if (!v) continue;
                QCOMPARE(documentTab(review(*desk), i), QString());
                QVERIFY2(!v->hasError(), qPrintable(v->errorString()));
                QVERIFY(v->pageCount() >= 1);  // scans have one page, an attachment PDF more
            }
            QVERIFY(review(*desk)->documentsText().startsWith(QStringLiteral("All ")));
        }
    }

    void anApplicationAssignedLaterIsPrefetchedWithThePull() {
        auto desk = signIn(PrefetchSettings{});
        reportOf(*desk, [&] { desk->sync->syncNow(); });
        const int before = int(pending(*desk).size());

        // A new enterprise of the reviewer's county applies, on the server.
        const QString mobile = freshMobile();
        const QString username = QStringLiteral("offline.%1").arg(mobile);
        QCOMPARE(HttpClient(m_server.baseUrl())
                     .postJson(QStringLiteral("/api/v1/accounts"),
                               registration(username, QStringLiteral("Flow#2026ok"), mobile))
                     .status,
                 201);
        auto applicant =
            signedInSession(m_server.baseUrl(), username, QStringLiteral("Flow#2026ok"));
        QVERIFY(applicant);
        const QString org = applicant->orgId();
        QVERIFY(applied(applicant->push(QStringLiteral("organisation.save"), org,
                                        {{QStringLiteral("profile"), enterpriseProfile(mobile)}})));
        QVERIFY(applied(applicant->push(QStringLiteral("organisation.submit"), org)));
        QVERIFY(applied(applicant->push(QStringLiteral("survey.answer"), org,
                                        {{QStringLiteral("answers"), surveyAnswers(mobile)}})));
        const QStringList scans{applicant->upload(scanImage(901, "PNG")),
                                applicant->upload(scanImage(902, "JPG")),
                                applicant->upload(scanImage(903, "PNG"))};
        QVERIFY(!scans.contains(QString()));
        QVERIFY(applied(applicant->push(QStringLiteral("certification.submit"), org,
                                        {{QStringLiteral("contact"), QStringLiteral("李娜")},
                                         {QStringLiteral("phone"), QStringLiteral("0371-12345678")},
                                         {QStringLiteral("license"), scans[0]},
                                         {QStringLiteral("id_front"), scans[1]},
                                         {QStringLiteral("id_back"), scans[2]}})));

        // The next sync brings it, and its documents follow.
        const PrefetchReport report = reportOf(*desk, [&] { desk->sync->syncNow(); });
        QCOMPARE(report.downloaded, 3);
        QVERIFY(!report.quiet);
        QCOMPARE(here(*desk, scans), 3);
        QCOMPARE(int(pending(*desk).size()), before + 1);
        QCOMPARE(desk->window->statusBar()->currentMessage(), report.summary());
    }

    void theSizeCapStopsPrefetchAndSaysSo() {
        auto desk = signIn(PrefetchSettings{false, PrefetchSettings::kDefaultCapBytes});
        QVERIFY(desk->syncOnce());
        const QStringList documents = queue(*desk);
        QCOMPARE(here(*desk, documents), 0);
        // A cap that holds exactly the first five documents of the queue.
        qint64 cap = 0;
        for (int i = 0; i < 5; ++i) cap += QFileInfo(serverBlob(documents[i])).size();
        QVERIFY(cap > 0);
        PrefetchSettings{true, cap}.save();

        // Preferences shows the saved choice; OK hands it to the sync client.
        auto *open = desk->window->findChild<QAction *>(QStringLiteral("preferences"));
        QVERIFY(open);
        open->trigger();
        auto *dialog = desk->window->findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->automaticBox()->isChecked());
        QCOMPARE(dialog->settings(), (PrefetchSettings{true, cap}));
        dialog->accept();

        const PrefetchReport report = reportOf(*desk, [&] { downloadForOffline(*desk); });
        QCOMPARE(report.downloaded, 5);
        QCOMPARE(report.overCap, int(documents.size()) - 5);
        QCOMPARE(report.failed, 0);
        QCOMPARE(here(*desk, documents.mid(0, 5)), 5);
        QCOMPARE(here(*desk, documents.mid(5)), 0);
        const QString message = desk->window->statusBar()->currentMessage();
        QCOMPARE(message, report.summary());
        QVERIFY2(message.contains(QStringLiteral("size limit")), qPrintable(message));
        QVERIFY2(message.contains(QLocale().formattedDataSize(cap)), qPrintable(message));
    }

    void preferencesAreSavedAndApplied() {
        auto desk = signIn(PrefetchSettings{});
        auto *open = desk->window->findChild<QAction *>(QStringLiteral("preferences"));
        QVERIFY(open);
        open->trigger();
        auto *dialog = desk->window->findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->capBox()->value(), 2048);
        dialog->automaticBox()->setChecked(false);
        dialog->capBox()->setValue(512);
        dialog->accept();
        QCOMPARE(PrefetchSettings::load(), (PrefetchSettings{false, 512LL * 1024 * 1024}));
        // Automatic prefetch is off now: a sync downloads nothing.
        QVERIFY(desk->syncOnce());
        QCOMPARE(here(*desk, queue(*desk)), 0);
    }

    void theInboxAndTheDeskShowWhetherTheDocumentsAreHere() {
        auto desk = signIn(PrefetchSettings{false, PrefetchSettings::kDefaultCapBytes});
        QVERIFY(desk->syncOnce());
        TaskModel *model = inbox(*desk)->model();
        inbox(*desk)->refresh();
        QVERIFY(model->rowCount() >= 16);
        const auto presenceAt = [model](int row) {
            return OfflineDocuments::Presence(
                model->index(row, TaskModel::TitleColumn).data(TaskModel::DocumentsRole).toInt());
        };
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(presenceAt(row), OfflineDocuments::Presence::Missing);
            const QModelIndex title = model->index(row, TaskModel::TitleColumn);
            QVERIFY(!title.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(title.data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(QStringLiteral("Documents not on this computer")));
        }
        const QStringList ids = pending(*desk);
        review(*desk)->open(ids[1], ids);
        QVERIFY(review(*desk)->documentsText().startsWith(QStringLiteral("All ")) ||
                review(*desk)->documentsText() == QStringLiteral("Documents not on this computer"));

        // Opened online, the application downloads its documents; one of them is then lost.
        const QStringList cited = OfflineDocuments(desk->replica->db(), *desk->blobs)
                                      .documentsOf(QStringLiteral("certifications"), ids[1]);
        QTRY_COMPARE_WITH_TIMEOUT(here(*desk, cited), int(cited.size()), 30000);
        QTRY_VERIFY(review(*desk)->documentsText().startsWith(QStringLiteral("All ")));
        QCOMPARE(presenceAt(1), OfflineDocuments::Presence::Downloaded);
        QVERIFY(QFile::remove(desk->blobs->pathOf(cited[0])));
        QCOMPARE(presenceAt(1), OfflineDocuments::Presence::Partly);
        QVERIFY(model->index(1, TaskModel::TitleColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("of %1").arg(cited.size())));

        reportOf(*desk, [&] { downloadForOffline(*desk); });
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(presenceAt(row), OfflineDocuments::Presence::Downloaded);
        QVERIFY(model->index(0, TaskModel::TitleColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("All ")));
    }

    void theDownloadActionReportsWhatItDid() {
        auto desk = signIn(PrefetchSettings{false, PrefetchSettings::kDefaultCapBytes});
        QVERIFY(desk->syncOnce());
        const QStringList documents = queue(*desk);
        // The first application's documents are here already (opened online).
        const QStringList ids = pending(*desk);
        review(*desk)->open(ids[0], ids);
        const QStringList first = OfflineDocuments(desk->replica->db(), *desk->blobs)
                                      .documentsOf(QStringLiteral("certifications"), ids[0]);
        QTRY_COMPARE_WITH_TIMEOUT(here(*desk, first), int(first.size()), 30000);
        // One document of the queue is gone from the server.
        const QString lost = documents.last();
        QVERIFY(QFile::rename(serverBlob(lost), serverBlob(lost) + QStringLiteral(".away")));

        PrefetchReport report = reportOf(*desk, [&] { downloadForOffline(*desk); });
        QVERIFY(QFile::rename(serverBlob(lost) + QStringLiteral(".away"), serverBlob(lost)));
        QVERIFY(!report.automatic);
        QCOMPARE(report.alreadyHere, int(first.size()));
        QCOMPARE(report.failed, 1);
        QVERIFY(!report.offline);
        QCOMPARE(report.downloaded, int(documents.size() - first.size()) - 1);
        QCOMPARE(desk->window->statusBar()->currentMessage(), report.summary());
        QVERIFY(desk->window->statusBar()->currentMessage().contains(
            QStringLiteral("%1 document(s) downloaded").arg(report.downloaded)));

        // Offline: what is missing fails for want of a connection, and the report says so.
        for (const QString &sha : documents.mid(0, 2))
            QVERIFY(QFile::remove(desk->blobs->pathOf(sha)));
        m_server.stop();
        report = reportOf(*desk, [&] { downloadForOffline(*desk); });
        QCOMPARE(report.downloaded, 0);
        QCOMPARE(report.alreadyHere, int(documents.size()) - 3);
        QCOMPARE(report.failed, 3);
        QVERIFY(report.offline);
        QVERIFY(desk->window->statusBar()->currentMessage().contains(
            QStringLiteral("3 failed (offline)")));
    }

    void theStatusBarCancelsAPrefetch() {
        auto desk = signIn(PrefetchSettings{false, PrefetchSettings::kDefaultCapBytes});
        QVERIFY(desk->syncOnce());
        QToolButton *cancel = nullptr;
        for (auto *b : desk->window->statusBar()->findChildren<QToolButton *>())
            if (b->text() == QStringLiteral("Cancel")) cancel = b;
        QVERIFY(cancel);
        const PrefetchReport report = reportOf(*desk, [&] {
            downloadForOffline(*desk);
            QVERIFY(cancel->isVisible());  // shown with the progress, before any answer came
            QTest::mouseClick(cancel, Qt::LeftButton);
        });
        QVERIFY(report.cancelled);
        QCOMPARE(report.downloaded + report.cancelledLeft, int(queue(*desk).size()));
        QVERIFY(report.cancelledLeft > 0);
        const QString message = desk->window->statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QStringLiteral("Download cancelled")), qPrintable(message));
        QTRY_VERIFY(!cancel->isVisible());

        // Cancelled stays cancelled: the next sync does not start it again, asking does.
        desk->sync->configurePrefetch(PrefetchSettings{});
        QVERIFY(desk->syncOnce());
        QVERIFY(!desk->sync->isPrefetching());
        const PrefetchReport again = reportOf(*desk, [&] { downloadForOffline(*desk); });
        QVERIFY(!again.cancelled);
        QCOMPARE(here(*desk, queue(*desk)), int(queue(*desk).size()));
    }

    void aMissingDocumentSaysOfflineThatItIsNotHere() {
        auto desk = signIn(PrefetchSettings{false, PrefetchSettings::kDefaultCapBytes});
        QVERIFY(desk->syncOnce());
        const QStringList ids = pending(*desk);
        m_server.stop();
        review(*desk)->open(ids[0], ids);
        QVERIFY(review(*desk)->documentCount() >= 3);
        for (int i = 0; i < CertificationReview::DocumentSlots; ++i)
            if (review(*desk)->viewer(i))
                QTRY_COMPARE_WITH_TIMEOUT(documentTab(review(*desk), i), kNotHere, 30000);
        QCOMPARE(review(*desk)->documentsText(), QStringLiteral("Documents not on this computer"));
        // The same after a failed sync has marked the client offline.
        QVERIFY(!desk->syncOnce());
        review(*desk)->next();
        for (int i = 0; i < CertificationReview::DocumentSlots; ++i)
            if (review(*desk)->viewer(i))
                QTRY_COMPARE_WITH_TIMEOUT(documentTab(review(*desk), i), kNotHere, 30000);
    }
};

QTEST_MAIN(TestOffline)
#include "test_offline.moc"
