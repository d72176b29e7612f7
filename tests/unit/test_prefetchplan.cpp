// The prefetch plan (models/sync/prefetchplan): what prefetch downloads of the offline queue
// under the size cap, what its report says, the saved preferences; and the per-application
// presence (models/sync/offlinedocuments) the inbox and the review desk show.
#include <QStandardPaths>
#include <QTest>

#include "models/sync/offlinedocuments.h"
#include "models/sync/prefetchplan.h"

using dx::OfflineDocuments;
using dx::PrefetchItem;
using dx::PrefetchPlan;
using dx::PrefetchReport;
using dx::PrefetchSettings;

namespace {
QString sha(char c) {
    return QString(64, QLatin1Char(c));
}
}  // namespace

class TestPrefetchPlan : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void withoutACapEveryMissingDocumentIsFetchedInQueueOrder() {
        const QList<PrefetchItem> queue{
            {sha('a'), 100, false}, {sha('b'), 200, true}, {sha('c'), -1, false}};
        const PrefetchPlan plan = PrefetchPlan::make(queue, 0);
        QCOMPARE(plan.fetch, (QStringList{sha('a'), sha('c')}));
        QCOMPARE(plan.alreadyHere, 1);
        QCOMPARE(plan.hereBytes, 200);
        QCOMPARE(plan.fetchBytes, 100);  // an unknown size counts as nothing
        QVERIFY(!plan.capReached());
    }

    void theCapCountsWhatIsHereAndStopsAtTheFirstDocumentThatWouldPassIt() {
        // 300 here + 400 + 200 = 900 fits in 1000; the next 500 would not, and the 50 after
        // it waits too: the queue's order is kept.
        const QList<PrefetchItem> queue{{sha('a'), 300, true},
                                        {sha('b'), 400, false},
                                        {sha('c'), 200, false},
                                        {sha('d'), 500, false},
                                        {sha('e'), 50, false}};
        const PrefetchPlan plan = PrefetchPlan::make(queue, 1000);
        QCOMPARE(plan.fetch, (QStringList{sha('b'), sha('c')}));
        QCOMPARE(plan.overCap, 2);
        QVERIFY(plan.capReached());
        QCOMPARE(plan.hereBytes + plan.fetchBytes, 900);
    }

    void aDocumentExactlyAtTheCapFits() {
        const PrefetchPlan plan = PrefetchPlan::make({{sha('a'), 1000, false}}, 1000);
        QCOMPARE(plan.fetch.size(), 1);
        QCOMPARE(plan.overCap, 0);
    }

    void whatIsHereAlreadyPastTheCapStopsEverything() {
        const PrefetchPlan plan =
            PrefetchPlan::make({{sha('a'), 2000, true}, {sha('b'), 1, false}}, 1000);
        QVERIFY(plan.fetch.isEmpty());
        QCOMPARE(plan.overCap, 1);
        QCOMPARE(plan.alreadyHere, 1);
    }

    // The English source text; "(s)" as elsewhere in the UI, the zh_CN catalogue has no plural.
    void theReportSaysWhatHappened() {
        PrefetchReport r;
        r.downloaded = 12;
        r.alreadyHere = 3;
        r.failed = 1;
        r.offline = true;
        QCOMPARE(r.summary(),
                 QStringLiteral("12 document(s) downloaded, 3 already on this computer, 1 failed "
                                "(offline)."));
        r.failed = 0;
        r.overCap = 2;
        r.capBytes = 2048LL * 1024 * 1024;
        const QString capped = r.summary();
        QVERIFY2(capped.contains(QStringLiteral("2 not downloaded")), qPrintable(capped));
        QVERIFY2(capped.contains(QLocale().formattedDataSize(r.capBytes)), qPrintable(capped));
        QVERIFY2(!capped.contains(QStringLiteral("failed")), qPrintable(capped));
        PrefetchReport cancelled;
        cancelled.cancelled = true;
        cancelled.downloaded = 1;
        cancelled.cancelledLeft = 4;
        QCOMPARE(cancelled.summary(),
                 QStringLiteral("Download cancelled: 1 document(s) downloaded, 0 already on this "
                                "computer, 4 not downloaded."));
        QCOMPARE(PrefetchReport{}.total(), 0);
        QVERIFY(PrefetchReport{}.summary().startsWith(QStringLiteral("No documents")));
    }

    void presenceIsDownloadedPartlyOrMissing() {
        using P = OfflineDocuments::Presence;
        QCOMPARE(OfflineDocuments::presence(0, 0), P::NoDocuments);
        QCOMPARE(OfflineDocuments::presence(0, 3), P::Missing);
        QCOMPARE(OfflineDocuments::presence(2, 3), P::Partly);
        QCOMPARE(OfflineDocuments::presence(3, 3), P::Downloaded);
        QCOMPARE(OfflineDocuments::presenceText(3, 3),
                 QStringLiteral("All 3 document(s) on this computer"));
        QCOMPARE(OfflineDocuments::presenceText(1, 3),
                 QStringLiteral("1 of 3 document(s) on this computer"));
        QVERIFY(OfflineDocuments::presenceHint(3, 3).isEmpty());
        QVERIFY(!OfflineDocuments::presenceHint(0, 3).isEmpty());
    }

    void thePreferencesAreSavedWithDefaults() {
        PrefetchSettings defaults;
        defaults.save();  // start from the defaults, whatever an earlier run left
        QCOMPARE(PrefetchSettings::load(), PrefetchSettings{});
        QCOMPARE(PrefetchSettings{}.capBytes, 2048LL * 1024 * 1024);
        QVERIFY(PrefetchSettings{}.automatic);
        const PrefetchSettings chosen{false, 5 * 1024 * 1024};
        chosen.save();
        QCOMPARE(PrefetchSettings::load(), chosen);
        defaults.save();
    }
};

QTEST_GUILESS_MAIN(TestPrefetchPlan)
#include "test_prefetchplan.moc"
