// A county reviewer works offline: decisions made with the server down survive a restart of
// the client and are applied exactly once when the server is back (docs/ARCHITECTURE.md).
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/sync/replica.h"
#include "tests/support/clienthelpers.h"
#include "tests/support/dbdump.h"
#include "tests/support/httpclient.h"
#include "tests/support/testserver.h"

using namespace dx;
using namespace dx::test;

class TestOfflineReview : public QObject {
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;

private slots:
    void cleanup() {
        if (!m_server.isRunning())
            QVERIFY(m_server.start());  // a failed test must not starve the next
    }

    void initTestCase() {
        QVERIFY(m_server.seedDemo());
        QVERIFY(m_server.start());
    }

    void firstSyncMirrorsTheScopedView() {
        HttpClient http(m_server.baseUrl());
        const QString token =
            http.login(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));
        QVERIFY(!token.isEmpty());
        LocalClient c(m_dir.filePath(QStringLiteral("first")), QStringLiteral("first"),
                      actorFrom(http), m_server.baseUrl(), token);
        QVERIFY(c.syncOnce());
        const int serverPending = http.get(QStringLiteral("/api/v1/tasks?box=pending&limit=1000"))
                                      .json()
                                      .value(QStringLiteral("total"))
                                      .toInt();
        QVERIFY(serverPending > 0);
        QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE state = 'open' AND "
                                        "assignee_role = 'county_reviewer'")),
                 serverPending);
        // Nothing outside the county is on the laptop.
        QCOMPARE(
            c.count(QStringLiteral("SELECT COUNT(*) FROM certifications WHERE region <> '410102'")),
            0);
        QCOMPARE(
            c.count(QStringLiteral("SELECT COUNT(*) FROM organisations WHERE region <> '410102'")),
            0);
        // Prefetch brings every document of the pending applications, hash-checked.
        QSignalSpy progress(c.sync.get(), &SyncClient::progress);
        c.sync->prefetch();
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toLongLong() ==
                                                            progress.last().at(2).toLongLong(),
                                 60000);
        auto docs =
            c.replica->db().all(QStringLiteral("SELECT license_blob, id_front_blob, id_back_blob "
                                               "FROM certifications WHERE state = 'submitted'"));
        QVERIFY(docs.ok());
        for (const auto &row : docs.value())
            for (const QVariant &sha : row)
                QVERIFY2(c.blobs->has(sha.toString()), qPrintable(sha.toString()));
    }

    void offlineDecisionsSurviveARestartAndApplyOnce() {
        HttpClient http(m_server.baseUrl());
        const QString token =
            http.login(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));
        const Actor actor = actorFrom(http);
        const QString dir = m_dir.filePath(QStringLiteral("offline"));
        QStringList decided;
        int decidedBefore = 0;
        {
            LocalClient c(dir, QStringLiteral("offline-1"), actor, m_server.baseUrl(), token);
            QVERIFY(c.syncOnce());
            decidedBefore =
                c.count(QStringLiteral("SELECT COUNT(*) FROM certifications WHERE decided_by = '") +
                        actor.userId + u'\'');
            // Given the server goes away
            m_server.stop();
            // When the reviewer decides 10 applications offline (approve and reject)
            auto rows =
                c.replica->db().all(QStringLiteral("SELECT id, rev FROM certifications WHERE state "
                                                   "= 'submitted' ORDER BY id LIMIT 10"));
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), 10);
            for (int i = 0; i < rows->size(); ++i) {
                const QVariantMap &r = rows->at(i);
                QJsonObject payload{{QStringLiteral("decision"),
                                     i % 2 ? QStringLiteral("reject") : QStringLiteral("approve")}};
                if (i % 2)
                    payload.insert(QStringLiteral("reason"),
                                   QStringLiteral("营业执照照片不清晰，请重新上传。"));
                const Outcome out =
                    c.sync->perform(QStringLiteral("certification.decide"),
                                    r.value(QStringLiteral("id")).toString(),
                                    r.value(QStringLiteral("rev")).toLongLong(), payload);
                QCOMPARE(out.statusName(), QStringLiteral("applied"));
                decided << r.value(QStringLiteral("id")).toString();
            }
            // the local view shows them decided, and the sync attempt fails without losing them
            QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM certifications WHERE state IN "
                                            "('approved','rejected') AND decided_by = '") +
                             actor.userId + u'\''),
                     decidedBefore + 10);
            QVERIFY(!c.syncOnce());
            QCOMPARE(c.sync->state(), SyncClient::State::Offline);
            QCOMPARE(c.replica->pendingCount(), 10);
        }  // the client quits
        {
            // Then after a restart of the client they are still pending
            LocalClient c(dir, QStringLiteral("offline-2"), actor, m_server.baseUrl(), token);
            QCOMPARE(c.replica->pendingCount(), 10);
            QVERIFY(!c.syncOnce());
            QCOMPARE(
                c.count(QStringLiteral("SELECT COUNT(*) FROM certifications WHERE decided_by = '") +
                        actor.userId + u'\''),
                decidedBefore + 10);
            // and when the server is back, one sync applies all ten exactly once
            QVERIFY(m_server.start());
            QVERIFY(c.syncOnce());
            QCOMPARE(c.replica->pendingCount(), 0);
            QCOMPARE(
                c.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'applied'")),
                10);
            QVERIFY(c.replica->problems().isEmpty());
            // the replica now holds the server's rows (no local phantoms): one task per application
            for (const QString &id : decided)
                QCOMPARE(c.count(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE entity_id = '") +
                                 id + u'\''),
                         1);
            QVERIFY(c.syncOnce());  // a second round changes nothing
            QCOMPARE(
                c.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'applied'")),
                10);
        }
        HttpClient check(m_server.baseUrl());
        check.login(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));
        for (int i = 0; i < decided.size(); ++i) {
            const QJsonObject cert =
                check.get(QStringLiteral("/api/v1/certifications/") + decided[i]).json();
            QCOMPARE(cert.value(QStringLiteral("state")).toString(),
                     i % 2 ? QStringLiteral("rejected") : QStringLiteral("approved"));
            QCOMPARE(cert.value(QStringLiteral("decided_by")).toString(), actor.userId);
        }
        // Exactly once: ten decide commands in the server's log, each applied.
        QCOMPARE(dumpCount(QStringLiteral(
                               "SELECT COUNT(*) FROM command_log WHERE type = "
                               "'certification.decide' AND status = 'applied' AND user_id = '") +
                           actor.userId + u'\''),
                 10);
    }

    // Undo on the review desk: a queued decision taken back before it was sent never reaches the
    // server, the others still do, and what was taken back (or already sent) cannot be again.
    void aWithdrawnDecisionNeverReachesTheServer() {
        HttpClient http(m_server.baseUrl());
        const QString token =
            http.login(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));
        const Actor actor = actorFrom(http);
        LocalClient c(m_dir.filePath(QStringLiteral("withdraw")), QStringLiteral("withdraw"), actor,
                      m_server.baseUrl(), token);
        QVERIFY(c.syncOnce());
        m_server.stop();
        auto rows =
            c.replica->db().all(QStringLiteral("SELECT id, rev FROM certifications WHERE state = "
                                               "'submitted' ORDER BY id DESC LIMIT 3"));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        QStringList ids;
        for (const QVariantMap &r : *rows) {
            const Outcome out = c.sync->perform(
                QStringLiteral("certification.decide"), r.value(QStringLiteral("id")).toString(),
                r.value(QStringLiteral("rev")).toLongLong(),
                {{QStringLiteral("decision"), QStringLiteral("approve")}});
            QCOMPARE(out.statusName(), QStringLiteral("applied"));
            ids << r.value(QStringLiteral("id")).toString();
        }
        auto pending = c.replica->pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 3);
        const qint64 middle = pending->at(1).seq;
        const qint64 last = pending->at(2).seq;
        const auto state = [&c](const QString &id) {
            return c.replica->db()
                .scalar(QStringLiteral("SELECT state FROM certifications WHERE id = ?"), {id})
                ->toString();
        };
        QCOMPARE(state(ids[2]), QStringLiteral("approved"));

        // A decision with another queued behind it cannot be taken back: the server takes a
        // client's commands gapless, so the hole would stall the queue.
        const auto blocked = c.replica->withdraw(actor, middle);
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code, QStringLiteral("conflict"));
        QVERIFY(!c.sync->mayWithdraw(middle));
        QVERIFY(c.sync->mayWithdraw(last));
        // When the newest decision is taken back
        QVERIFY(c.sync->withdraw(last).ok());
        // then it is gone from the outbox and its application is pending again locally, while
        // the decisions queued before it stay applied
        QCOMPARE(c.replica->pendingCount(), 2);
        QCOMPARE(state(ids[2]), QStringLiteral("submitted"));
        QCOMPARE(state(ids[0]), QStringLiteral("approved"));
        QCOMPARE(state(ids[1]), QStringLiteral("approved"));
        // and it cannot be taken back twice
        const auto again = c.replica->withdraw(actor, last);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("conflict"));
        QCOMPARE(c.replica->pendingCount(), 2);
        // A new decision takes the freed place in the queue (it never left this computer).
        auto fourth = c.replica->db().one(
            QStringLiteral(
                "SELECT id, rev FROM certifications WHERE state = 'submitted' AND id <> ? "
                "ORDER BY id DESC LIMIT 1"),
            {ids[2]});
        QVERIFY(fourth.ok() && fourth->has_value());
        const QString fourthId = (**fourth).value(QStringLiteral("id")).toString();
        const Outcome out = c.sync->perform(
            QStringLiteral("certification.decide"), fourthId,
            (**fourth).value(QStringLiteral("rev")).toLongLong(),
            {{QStringLiteral("decision"), QStringLiteral("reject")},
             {QStringLiteral("reason"), QStringLiteral("营业执照照片不清晰，请重新上传。")}});
        QCOMPARE(out.statusName(), QStringLiteral("applied"));
        QCOMPARE(c.replica->pendingCount(), 3);

        // When the server is back, the three arrive and the withdrawn one never does
        QVERIFY(m_server.start());
        QVERIFY(c.syncOnce());
        QCOMPARE(c.replica->pendingCount(), 0);
        QVERIFY(c.replica->problems().isEmpty());
        HttpClient check(m_server.baseUrl());
        check.login(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));
        const auto serverState = [&check](const QString &id) {
            return check.get(QStringLiteral("/api/v1/certifications/") + id)
                .json()
                .value(QStringLiteral("state"))
                .toString();
        };
        QCOMPARE(serverState(ids[0]), QStringLiteral("approved"));
        QCOMPARE(serverState(ids[1]), QStringLiteral("approved"));
        QCOMPARE(serverState(ids[2]), QStringLiteral("submitted"));
        QCOMPARE(serverState(fourthId), QStringLiteral("rejected"));
        // A command already applied by the server is not "waiting" either
        const qint64 sent = pending->at(0).seq;
        QVERIFY(!c.replica->withdraw(actor, sent).ok());
        QCOMPARE(state(ids[0]), QStringLiteral("approved"));
    }

    void aConflictLandsInSyncProblemsWithTheServerState() {
        HttpClient zy(m_server.baseUrl());
        const QString token =
            zy.login(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));
        LocalClient c(m_dir.filePath(QStringLiteral("conflict")), QStringLiteral("conflict"),
                      actorFrom(zy), m_server.baseUrl(), token);
        QVERIFY(c.syncOnce());
        auto row =
            c.replica->db().one(QStringLiteral("SELECT id, rev FROM certifications WHERE state = "
                                               "'submitted' ORDER BY id DESC LIMIT 1"));
        QVERIFY(row.ok() && row->has_value());
        const QString id = (*row)->value(QStringLiteral("id")).toString();
        // Given reviewer.zy2 decides it first on the server
        HttpClient zy2(m_server.baseUrl());
        zy2.login(QStringLiteral("reviewer.zy2"), QStringLiteral("Review#2026zy2"));
        const QString client2 = zy2.postJson(QStringLiteral("/api/v1/clients"),
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
             QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")}}}};
        const QJsonObject first = zy2.postJson(QStringLiteral("/api/v1/commands"),
                                               {{QStringLiteral("client_id"), client2},
                                                {QStringLiteral("commands"), QJsonArray{cmd}}})
                                      .json()
                                      .value(QStringLiteral("outcomes"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QVERIFY2(first.value(QStringLiteral("status")).toString() == QStringLiteral("applied"),
                 QJsonDocument(first).toJson().constData());
        // When reviewer.zy, who had not synced, rejects it
        QSignalSpy problems(c.sync.get(), &SyncClient::problemsChanged);
        const Outcome local =
            c.sync->perform(QStringLiteral("certification.decide"), id,
                            (*row)->value(QStringLiteral("rev")).toLongLong(),
                            {{QStringLiteral("decision"), QStringLiteral("reject")},
                             {QStringLiteral("reason"), QStringLiteral("x")}});
        QCOMPARE(local.statusName(), QStringLiteral("applied"));
        QVERIFY(c.syncOnce());
        // Then the decision is a sync problem carrying the server's state, and the view shows the
        // server's decision
        QVERIFY(!problems.isEmpty());
        const QList<SyncProblem> list = c.replica->problems();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().target, id);
        QCOMPARE(list.first().error.code, QStringLiteral("conflict"));
        QCOMPARE(list.first()
                     .error.details.value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("approved"));
        QCOMPARE(c.replica->db()
                     .scalar(QStringLiteral("SELECT state FROM certifications WHERE id = ?"), {id})
                     ->toString(),
                 QStringLiteral("approved"));
        QCOMPARE(c.replica->pendingCount(), 0);
    }

private:
    int dumpCount(const QString &sql) { return int(dx::test::count(m_server.dbPath(), sql)); }
};

QTEST_GUILESS_MAIN(TestOfflineReview)
#include "test_offlinereview.moc"
