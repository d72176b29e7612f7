// The inbox (待办) of a county reviewer over a replica synced from a real dxserver: the pending tab
// holds exactly the server's pending tasks, filters narrow it, opening a row carries the queue,
// and the task model stays responsive at 100,000 tasks.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <functional>

#include "models/core/clock.h"
#include "tests/support/testserver.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/inbox/inboxwidget.h"
#include "ui/inbox/taskmodel.h"

using namespace dx;
using namespace dx::test;

namespace {
QJsonObject serverInbox(HttpClient &http, const QString &box, const QString &applicant = {}) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("box"), box);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    if (!applicant.isEmpty()) q.addQueryItem(QStringLiteral("applicant"), applicant);
    return http.get(QStringLiteral("/api/v1/tasks?") + q.toString(QUrl::FullyEncoded)).json();
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole) {
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) out << model.index(r, column).data(role).toString();
    return out;
}

// Types text key by key, like QTest::keyClicks but for any characters (Chinese names).
void typeText(QWidget *widget, const QString &text) {
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), {});
}

// A replica with `n` synthetic open tasks of county 410102 (every 7th one overdue).
void fillTasks(Database &db, int n) {
    QVERIFY(db.beginWrite().ok());
    const qint64 now = nowMs();
    for (int i = 0; i < n; ++i) {
        const qint64 created = now - qint64(n - i) * 60000;
        auto r = db.exec(
            QStringLiteral("INSERT INTO tasks (id, kind, entity, entity_id, state, assignee_role, "
                           "region, org_id, title, applicant_name, applicant_user, created_at, "
                           "due_at) VALUES (?, 'certification.review', 'certifications', ?, "
                           "'open', 'county_reviewer', '410102', ?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("task-%1").arg(i, 6, 10, QLatin1Char('0')),
             QStringLiteral("cert-%1").arg(i, 6, 10, QLatin1Char('0')),
             QStringLiteral("org-%1").arg(i), QStringLiteral("企业%1有限公司").arg((i * 7919) % n),
             QStringLiteral("申请人%1").arg(i % 1000), QStringLiteral("user-%1").arg(i), created,
             i % 7 == 0 ? now - 3600000 : now + 15LL * 24 * 3600 * 1000});
        if (!r) QFAIL(qPrintable(r.error().message));
    }
    QVERIFY(db.commit().ok());
}

const Actor kReviewer{QStringLiteral("reviewer-id"), QStringLiteral("reviewer.zy"),
                      Role::CountyReviewer,          QString(),
                      QStringLiteral("410102"),      QString()};
}  // namespace

class TestInbox : public QObject {
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ClientBench> m_client;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.seedDemo());
        QVERIFY(m_server.start());
        m_client = std::make_unique<ClientBench>(
            m_server.baseUrl(), m_dir.path(), QStringLiteral("inbox"),
            QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));
        QVERIFY(m_client->syncOnce());
    }

    void pendingTabHoldsExactlyTheServersPendingTasks() {
        InboxWidget inbox(*m_client->wb);
        const int serverTotal = serverInbox(m_client->http, QStringLiteral("pending"))
                                    .value(QLatin1String("total"))
                                    .toInt();
        QCOMPARE(serverTotal, 16);  // fresh demo data: 15 + ent.pending in 410102
        QCOMPARE(inbox.tabs()->currentIndex(), 0);
        QCOMPARE(inbox.rowCount(), serverTotal);
        QVERIFY2(inbox.tabs()->tabText(0).contains(QStringLiteral("(16)")),
                 qPrintable(inbox.tabs()->tabText(0)));
        QCOMPARE(inbox.table()->model()->rowCount(), serverTotal);

        // The same tasks, in the server's order (oldest first).
        QStringList serverTitles;
        for (const QJsonValue &t : serverInbox(m_client->http, QStringLiteral("pending"))
                                       .value(QLatin1String("tasks"))
                                       .toArray())
            serverTitles << t.toObject().value(QLatin1String("title")).toString();
        QCOMPARE(column(*inbox.table()->model(), TaskModel::TitleColumn), serverTitles);
        for (const QString &type : column(*inbox.table()->model(), TaskModel::TypeColumn))
            QCOMPARE(type, QStringLiteral("Certification review"));

        // A reviewer applies for nothing and has decided nothing yet in this replica.
        inbox.tabs()->setCurrentIndex(1);
        QCOMPARE(inbox.rowCount(), 0);
        inbox.tabs()->setCurrentIndex(2);
        QCOMPARE(inbox.rowCount(), serverInbox(m_client->http, QStringLiteral("history"))
                                       .value(QLatin1String("total"))
                                       .toInt());
        inbox.tabs()->setCurrentIndex(0);
        QCOMPARE(inbox.rowCount(), serverTotal);
    }

    void modelPassesTheTester() {
        TaskModel model(m_client->replica->db(), m_client->actor);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 16);
        model.sort(TaskModel::TitleColumn, Qt::DescendingOrder);
        TaskFilter f;
        f.applicant = QStringLiteral("郑州");
        model.setFilter(f);
        model.refresh();
        QCOMPARE(model.rowCount(), 16);
    }

    void typingAnApplicantFragmentNarrowsTheRows() {
        InboxWidget inbox(*m_client->wb);
        inbox.show();
        // A fragment of one applicant's name that not every applicant shares.
        const QStringList applicants = column(*inbox.table()->model(), TaskModel::ApplicantColumn);
        QString fragment;
        for (const QString &name : applicants) {
            for (int at = 2; at + 2 <= name.size() && fragment.isEmpty(); ++at) {
                const QString candidate = name.mid(at, 2);
                const auto matches =
                    std::count_if(applicants.cbegin(), applicants.cend(),
                                  [&](const QString &a) { return a.contains(candidate); });
                if (matches > 0 && matches < applicants.size()) fragment = candidate;
            }
            if (!fragment.isEmpty()) break;
        }
        QVERIFY(!fragment.isEmpty());
        const int expected = serverInbox(m_client->http, QStringLiteral("pending"), fragment)
                                 .value(QLatin1String("total"))
                                 .toInt();
        QVERIFY(expected > 0 && expected < applicants.size());

        typeText(inbox.applicantFilter(), fragment);
        QTRY_COMPARE_WITH_TIMEOUT(inbox.rowCount(), expected, 2000);
        for (const QString &a : column(*inbox.table()->model(), TaskModel::ApplicantColumn))
            QVERIFY2(a.contains(fragment), qPrintable(a));

        // Nothing matches: empty; cleared: all again.
        QTest::keyClicks(inbox.textFilter(), QStringLiteral("no such organisation"));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.rowCount(), 0, 2000);
        inbox.clearFilters();
        QCOMPARE(inbox.rowCount(), applicants.size());
    }

    void dateRangeAndTypeFilter() {
        InboxWidget inbox(*m_client->wb);
        const int all = inbox.rowCount();
        auto newest = m_client->replica->db().scalar(
            QStringLiteral("SELECT MAX(created_at) FROM tasks WHERE state = 'open'"));
        QVERIFY(newest.ok());
        const QDate last = QDateTime::fromMSecsSinceEpoch(newest->toLongLong()).date();
        inbox.fromFilter()->setDate(last.addDays(1));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.rowCount(), 0, 2000);
        inbox.fromFilter()->setDate(inbox.fromFilter()->minimumDate());  // any
        inbox.toFilter()->setDate(last);                                 // inclusive
        QTRY_COMPARE_WITH_TIMEOUT(inbox.rowCount(), all, 2000);
        inbox.toFilter()->setDate(inbox.toFilter()->minimumDate());

        QComboBox *type = inbox.typeFilter();
        type->setCurrentIndex(type->findData(QStringLiteral("certification.review")));
        QTRY_COMPARE_WITH_TIMEOUT(inbox.model()->filter().kind,
                                  QStringLiteral("certification.review"), 2000);
        QCOMPARE(inbox.rowCount(), all);
    }

    void clickingAHeaderSortsInSql() {
        InboxWidget inbox(*m_client->wb);
        inbox.resize(1000, 600);
        inbox.show();
        QHeaderView *header = inbox.table()->horizontalHeader();
        const int x = header->sectionViewportPosition(TaskModel::TitleColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QStringList titles = column(*inbox.table()->model(), TaskModel::TitleColumn);
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end());  // SQLite's BINARY collation: code units
        if (header->sortIndicatorOrder() == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(titles, sorted);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        titles = column(*inbox.table()->model(), TaskModel::TitleColumn);
        std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(titles, sorted);
    }

    void enterAndDoubleClickOpenWithTheQueue() {
        InboxWidget inbox(*m_client->wb);
        inbox.resize(1000, 600);
        inbox.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inbox));
        QSignalSpy opened(&inbox, &InboxWidget::openRequested);
        QTableView *table = inbox.table();
        const QStringList ids = column(*table->model(), 0, TaskModel::EntityIdRole);
        QCOMPARE(ids.size(), 16);

        table->setFocus();
        table->setCurrentIndex(table->model()->index(2, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].toString(), QStringLiteral("certifications"));
        QCOMPARE(opened[0][1].toString(), ids[2]);
        QCOMPARE(opened[0][2].toStringList(), ids);

        const QRect cell = table->visualRect(table->model()->index(5, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened[1][1].toString(), ids[5]);

        // The queue follows the filters.
        inbox.applicantFilter()->setText(
            table->model()->index(5, TaskModel::ApplicantColumn).data().toString());
        QTRY_VERIFY_WITH_TIMEOUT(inbox.rowCount() < 16, 2000);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Enter);
        QCOMPARE(opened.size(), 3);
        QCOMPARE(opened[2][2].toStringList().size(), inbox.rowCount());
        QVERIFY(opened[2][2].toStringList().contains(ids[5]));
    }

    void staysResponsiveAt100000Tasks() {
        QTemporaryDir dir;
        auto replica =
            Replica::open(dir.filePath(QStringLiteral("big.sqlite")), QStringLiteral("big"));
        QVERIFY(replica.ok());
        Database &db = replica.value()->db();
        fillTasks(db, 100000);

        QElapsedTimer timer;
        timer.start();
        TaskModel model(db, kReviewer);
        QCOMPARE(model.rowCount(), 100000);
        QVERIFY(model.index(0, 0).data().isValid());
        QVERIFY(model.index(99999, 0).data().isValid());
        QCOMPARE(model.boxCount(QStringLiteral("pending")), 100000);
        qInfo() << "open + first and last window:" << timer.elapsed() << "ms";
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

        // A keystroke in the filter: one re-query.
        timer.restart();
        TaskFilter f;
        f.applicant = QStringLiteral("申请人12");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1100);  // 申请人12 and 申请人120…129, 100 tasks each
        qInfo() << "filter:" << timer.elapsed() << "ms";
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

        // Sorting by a column without an index, then reading both ends of the list.
        model.setFilter(TaskFilter{});
        timer.restart();
        model.sort(TaskModel::TitleColumn, Qt::DescendingOrder);
        const QString first = model.index(0, TaskModel::TitleColumn).data().toString();
        const QString last = model.index(99999, TaskModel::TitleColumn).data().toString();
        QVERIFY(first > last);
        qInfo() << "sort + first and last window:" << timer.elapsed() << "ms";
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        // Scrolling on from a loaded window continues from its last key.
        timer.restart();
        for (int r = 0; r < 5 * TaskModel::kWindow; r += 50)
            QVERIFY(model.index(r, TaskModel::TitleColumn).data().isValid());
        qInfo() << "scrolling through 5 windows:" << timer.elapsed() << "ms";
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));

        // Overdue due dates are red; the others are not.
        model.sort(TaskModel::SubmittedColumn, Qt::AscendingOrder);
        QVERIFY(model.index(0, TaskModel::DueColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, TaskModel::DueColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(7, TaskModel::DueColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.entityIds().size(), 100000);
    }

    void windowBoundariesPassTheTester() {
        QTemporaryDir dir;
        auto replica =
            Replica::open(dir.filePath(QStringLiteral("mid.sqlite")), QStringLiteral("mid"));
        QVERIFY(replica.ok());
        fillTasks(replica.value()->db(), 3 * TaskModel::kWindow + 17);
        TaskModel model(replica.value()->db(), kReviewer);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3 * TaskModel::kWindow + 17);
        // Every row once, in order, across windows and evictions.
        const QStringList ids = column(model, 0, TaskModel::TaskIdRole);
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ids[i], QStringLiteral("task-%1").arg(i, 6, 10, QLatin1Char('0')));
        // The same rows read upwards (keyset before a loaded window) and from the far end.
        model.refresh();
        for (int r = model.rowCount() - 1; r >= 0; --r)
            QCOMPARE(model.index(r, 0).data(TaskModel::TaskIdRole).toString(), ids[r]);
        model.refresh();
        QCOMPARE(model.index(2 * TaskModel::kWindow + 3, 0).data(TaskModel::TaskIdRole).toString(),
                 ids[2 * TaskModel::kWindow + 3]);
        QCOMPARE(model.index(TaskModel::kWindow + 1, 0).data(TaskModel::TaskIdRole).toString(),
                 ids[TaskModel::kWindow + 1]);
        // Descending by a text column, against the same order computed here.
        model.sort(TaskModel::ApplicantColumn, Qt::DescendingOrder);
        QStringList applicants = column(model, TaskModel::ApplicantColumn);
        QStringList expected = applicants;
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(applicants, expected);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        model.sort(TaskModel::DueColumn, Qt::DescendingOrder);
        model.sort(TaskModel::ApplicantColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, 0, TaskModel::TaskIdRole).size(), ids.size());
    }

    // Last: a local decision leaves the pending tab at once (and is pushed to the server).
    void aLocalDecisionRequeriesTheInbox() {
        InboxWidget inbox(*m_client->wb);
        QCOMPARE(inbox.rowCount(), 16);
        const int historyBefore = inbox.model()->boxCount(QStringLiteral("history"));
        const QString certId =
            inbox.table()->model()->index(0, 0).data(TaskModel::EntityIdRole).toString();
        auto rev = m_client->replica->db().scalar(
            QStringLiteral("SELECT rev FROM certifications WHERE id = ?"), {certId});
        QVERIFY(rev.ok());
        const Outcome out = m_client->sync->perform(
            QStringLiteral("certification.decide"), certId, rev->toLongLong(),
            {{QStringLiteral("decision"), QStringLiteral("approve")}});
        QCOMPARE(out.statusName(), QStringLiteral("applied"));
        QCOMPARE(inbox.rowCount(), 15);
        QVERIFY(inbox.tabs()->tabText(0).contains(QStringLiteral("(15)")));
        QCOMPARE(inbox.model()->boxCount(QStringLiteral("history")), historyBefore + 1);
        QVERIFY(inbox.tabs()->tabText(2).contains(QStringLiteral("(%1)").arg(historyBefore + 1)));
        QVERIFY(m_client->syncOnce());
        QTRY_COMPARE_WITH_TIMEOUT(m_client->replica->pendingCount(), 0, 30000);
        QCOMPARE(inbox.rowCount(), 15);
    }
};

QTEST_MAIN(TestInbox)
#include "test_inbox.moc"
