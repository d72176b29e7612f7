// Push and pull against the real dxserver with the demo county 410102: a command applies once
// however often it is sent, rejections never block the queue, gaps are named, concurrent
// decisions conflict instead of overwriting, and the change feed returns exactly what changed.

#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QThread>

#include <barrier>
#include <memory>
#include <vector>

using namespace dx::test;

namespace {

const QString kApplied = QStringLiteral("applied");
const QString kRejected = QStringLiteral("rejected");

using dx::test::statusOf;

// One pull page's rows keyed "entity/id".
struct Pulled {
    QHash<QString, QJsonObject> rows;
    QString cookie;
    int pages = 0;
    int duplicates = 0;
    bool revsAscending = true;
    bool reset = false;
    QString failure;
};

// Pulls from `cookie` until has_more is false.
Pulled pullRows(HttpClient &http, const QString &cookie, int limit) {
    Pulled out;
    out.cookie = cookie;
    qint64 lastRev = -1;
    for (;;) {
        QString path = QStringLiteral("/api/v1/changes?limit=") + QString::number(limit);
        if (!out.cookie.isEmpty()) path += QStringLiteral("&since=") + out.cookie;
        const HttpReply r = http.get(path);
        if (r.status != 200) {
            out.failure =
                QStringLiteral("pull: %1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
            return out;
        }
        const QJsonObject page = r.json();
        ++out.pages;
        out.reset = out.reset || page.value(QLatin1String("reset")).toBool();
        for (const QJsonValue &v : page.value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = v.toObject();
            const qint64 rev = change.value(QLatin1String("rev")).toInteger();
            if (rev <= lastRev) out.revsAscending = false;
            lastRev = rev;
            const QString key = change.value(QLatin1String("entity")).toString() + u'/' +
                                change.value(QLatin1String("id")).toString();
            if (out.rows.contains(key)) ++out.duplicates;
            out.rows.insert(key, change);
        }
        out.cookie = page.value(QLatin1String("cookie")).toString();
        if (!page.value(QLatin1String("has_more")).toBool()) return out;
    }
}

}  // namespace

class TestSync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void samePushTwiceAppliesOnce();
    void sameSeqWithAnotherIdIsDuplicate();
    void rejectedCommandsStillAdvanceLastSeq();
    void seqAfterGapIsAnsweredGap();
    void staleDecisionIsConflictWithCurrentRow();
    void pullReturnsEverythingOnceThenOnlyWhatChanged();
    void clientOfAnotherUserIsForbidden();
    void concurrentDecisionsApplyExactlyOnce();

private:
    struct Reviewer {
        std::unique_ptr<HttpClient> http;
        QString userId;
        QString clientId;
        qint64 nextSeq = 1;
    };
    bool setUpReviewer(Reviewer &r, const QString &username, const QString &password);
    // A pending 410102 application not used by an earlier test, with its current rev.
    QPair<QString, qint64> takePendingApplication();

    TestServer m_server;
    Reviewer m_zy;
    Reviewer m_zy2;
    QSet<QString> m_used;
};

bool TestSync::setUpReviewer(Reviewer &r, const QString &username, const QString &password) {
    r.http = std::make_unique<HttpClient>(m_server.baseUrl());
    r.userId = signIn(*r.http, username, password).value(QLatin1String("id")).toString();
    if (r.userId.isEmpty()) return false;
    r.clientId = registerClient(*r.http, username + QStringLiteral(" desk"));
    return !r.clientId.isEmpty();
}

void TestSync::initTestCase() {
    QVERIFY(m_server.seedDemo());
    QVERIFY(m_server.start());
    QVERIFY(setUpReviewer(m_zy, QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy")));
    QVERIFY(setUpReviewer(m_zy2, QStringLiteral("reviewer.zy2"), QStringLiteral("Review#2026zy2")));
}

void TestSync::cleanupTestCase() {
    m_server.stop();
}

QPair<QString, qint64> TestSync::takePendingApplication() {
    for (const QString &id : pendingCertifications(*m_zy.http)) {
        if (m_used.contains(id)) continue;
        m_used.insert(id);
        const QJsonObject row = certification(*m_zy.http, id);
        if (row.value(QLatin1String("state")).toString() == QLatin1String("submitted"))
            return {id, row.value(QLatin1String("rev")).toInteger()};
    }
    return {};
}

void TestSync::samePushTwiceAppliesOnce() {
    // Given a pending application, when the reviewer's approval is pushed twice (a lost answer)…
    const auto [certId, rev] = takePendingApplication();
    QVERIFY(!certId.isEmpty());
    const QJsonObject cmd = decide(m_zy.nextSeq++, certId, rev, true);
    const QString commandId = cmd.value(QLatin1String("id")).toString();

    const HttpReply first = push(*m_zy.http, m_zy.clientId, QJsonArray{cmd});
    QCOMPARE(first.status, 200);
    const QJsonObject firstOutcome = first.json().value(QLatin1String("outcomes"))[0].toObject();
    QCOMPARE(statusOf(firstOutcome), kApplied);
    const qint64 appliedRev = firstOutcome.value(QLatin1String("rev")).toInteger();
    QVERIFY(appliedRev > rev);
    const QJsonObject afterFirst = certification(*m_zy.http, certId);

    const HttpReply second = push(*m_zy.http, m_zy.clientId, QJsonArray{cmd});
    QCOMPARE(second.status, 200);
    QJsonObject secondOutcome = second.json().value(QLatin1String("outcomes"))[0].toObject();

    // …then the second answer is the stored outcome, marked as a replay…
    QCOMPARE(secondOutcome.value(QLatin1String("replayed")), QJsonValue(true));
    secondOutcome.remove(QStringLiteral("replayed"));
    QCOMPARE(compact(secondOutcome), compact(firstOutcome));
    QCOMPARE(second.json().value(QLatin1String("last_seq")).toInteger(), cmd[u"seq"].toInteger());

    // …and it had one effect: approved once, one command record, one audit record.
    const QJsonObject now = certification(*m_zy.http, certId);
    QCOMPARE(now.value(QLatin1String("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(now.value(QLatin1String("decided_by")).toString(), m_zy.userId);
    QCOMPARE(now.value(QLatin1String("rev")).toInteger(),
             afterFirst.value(QLatin1String("rev")).toInteger());
    QCOMPARE(compact(now), compact(afterFirst));
    QCOMPARE(
        count(m_server.dbPath(),
              QStringLiteral("SELECT COUNT(*) FROM command_log WHERE command_id = ?"), {commandId}),
        1);
    QCOMPARE(
        count(m_server.dbPath(),
              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command_id = ?"), {commandId}),
        1);
}

void TestSync::sameSeqWithAnotherIdIsDuplicate() {
    // A seq already used must not be taken over by a different command.
    const QJsonObject original = command(m_zy.nextSeq++, QStringLiteral("no.such.command"), {}, {});
    QCOMPARE(statusOf(pushOne(*m_zy.http, m_zy.clientId, original)), kRejected);

    const QJsonObject impostor =
        command(original[u"seq"].toInteger(), QStringLiteral("no.such.command"), {}, {});
    const QJsonObject out = pushOne(*m_zy.http, m_zy.clientId, impostor);
    QCOMPARE(statusOf(out), kRejected);
    QCOMPARE(errorCode(out), QStringLiteral("duplicate"));
    QCOMPARE(count(m_server.dbPath(),
                   QStringLiteral("SELECT COUNT(*) FROM command_log WHERE command_id = ?"),
                   {impostor[u"id"].toString()}),
             0);
}

void TestSync::rejectedCommandsStillAdvanceLastSeq() {
    // Given a fresh client and a pending application…
    HttpClient &http = *m_zy.http;
    const QString clientId = registerClient(http, QStringLiteral("zy spare"));
    QVERIFY(!clientId.isEmpty());
    const auto [certId, rev] = takePendingApplication();
    QVERIFY(!certId.isEmpty());

    // …a rejection without its reason and an unknown command type are both rejected…
    const HttpReply r =
        push(http, clientId,
             QJsonArray{decide(1, certId, rev, false),
                        command(2, QStringLiteral("certification.teleport"), certId, {}, rev)});
    QCOMPARE(r.status, 200);
    const QJsonArray outcomes = r.json().value(QLatin1String("outcomes")).toArray();
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(statusOf(outcomes[0].toObject()), kRejected);
    QCOMPARE(errorCode(outcomes[0].toObject()), QStringLiteral("required"));
    QCOMPARE(outcomes[0][u"error"][u"field"].toString(), QStringLiteral("reason"));
    QCOMPARE(statusOf(outcomes[1].toObject()), kRejected);
    QCOMPARE(errorCode(outcomes[1].toObject()), QStringLiteral("unknown_command"));

    // …yet the queue moves on: last_seq is 2, in the push answer and in the pull…
    QCOMPARE(r.json().value(QLatin1String("last_seq")).toInteger(), 2);
    QCOMPARE(lastSeqOf(http, clientId), 2);

    // …the next seq is processed (not a gap), and the application was not touched.
    const QJsonObject third = pushOne(http, clientId, decide(3, certId, rev + 1000, true));
    QCOMPARE(statusOf(third), kRejected);
    QCOMPARE(errorCode(third), QStringLiteral("conflict"));
    QCOMPARE(lastSeqOf(http, clientId), 3);
    const QJsonObject row = certification(http, certId);
    QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("submitted"));
    QCOMPARE(row.value(QLatin1String("rev")).toInteger(), rev);
}

void TestSync::seqAfterGapIsAnsweredGap() {
    HttpClient &http = *m_zy.http;
    const QString clientId = registerClient(http, QStringLiteral("zy gap"));
    QVERIFY(!clientId.isEmpty());
    const HttpReply two = push(http, clientId,
                               QJsonArray{command(1, QStringLiteral("no.such.command"), {}, {}),
                                          command(2, QStringLiteral("no.such.command"), {}, {})});
    QCOMPARE(two.json().value(QLatin1String("last_seq")).toInteger(), 2);

    // seq 5 while last_seq is 2: nothing runs, the answer names the seq expected.
    const QJsonObject five = command(5, QStringLiteral("no.such.command"), {}, {});
    const HttpReply r = push(http, clientId, QJsonArray{five});
    QCOMPARE(r.status, 200);
    const QJsonObject out = r.json().value(QLatin1String("outcomes"))[0].toObject();
    QCOMPARE(statusOf(out), QStringLiteral("gap"));
    QCOMPARE(errorCode(out), QStringLiteral("gap"));
    QCOMPARE(out[u"error"][u"details"][u"expected"].toInteger(), 3);
    QCOMPARE(r.json().value(QLatin1String("last_seq")).toInteger(), 2);
    QCOMPARE(lastSeqOf(http, clientId), 2);
    QCOMPARE(count(m_server.dbPath(),
                   QStringLiteral("SELECT COUNT(*) FROM command_log WHERE command_id = ?"),
                   {five[u"id"].toString()}),
             0);

    // Within a batch, the gap stops processing after the commands before it.
    const HttpReply batch = push(http, clientId,
                                 QJsonArray{command(3, QStringLiteral("no.such.command"), {}, {}),
                                            command(5, QStringLiteral("no.such.command"), {}, {})});
    const QJsonArray outcomes = batch.json().value(QLatin1String("outcomes")).toArray();
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(statusOf(outcomes[0].toObject()), kRejected);
    QCOMPARE(statusOf(outcomes[1].toObject()), QStringLiteral("gap"));
    QCOMPARE(outcomes[1][u"error"][u"details"][u"expected"].toInteger(), 4);
    QCOMPARE(batch.json().value(QLatin1String("last_seq")).toInteger(), 3);
}

void TestSync::staleDecisionIsConflictWithCurrentRow() {
    // Given both reviewers opened the same application at the same rev…
    const auto [certId, rev] = takePendingApplication();
    QVERIFY(!certId.isEmpty());
    QCOMPARE(certification(*m_zy2.http, certId).value(QLatin1String("rev")).toInteger(), rev);

    // …when zy2 approves first and zy then rejects from the rev they saw…
    const QJsonObject approved =
        pushOne(*m_zy2.http, m_zy2.clientId, decide(m_zy2.nextSeq++, certId, rev, true));
    QCOMPARE(statusOf(approved), kApplied);
    const QJsonObject rejected =
        pushOne(*m_zy.http, m_zy.clientId,
                decide(m_zy.nextSeq++, certId, rev, false, QStringLiteral("营业执照照片不清晰")));

    // …then zy is told of the conflict with the server's current row…
    QCOMPARE(statusOf(rejected), kRejected);
    QCOMPARE(errorCode(rejected), QStringLiteral("conflict"));
    const QJsonObject current = rejected[u"error"][u"details"][u"current"].toObject();
    QCOMPARE(current.value(QLatin1String("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(current.value(QLatin1String("decided_by")).toString(), m_zy2.userId);

    // …and exactly one decision holds: zy2's approval.
    const QJsonObject row = certification(*m_zy.http, certId);
    QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(row.value(QLatin1String("decided_by")).toString(), m_zy2.userId);
    QCOMPARE(count(m_server.dbPath(),
                   QStringLiteral("SELECT COUNT(*) FROM command_log WHERE target = ? AND "
                                  "type = 'certification.decide' AND status = 'applied'"),
                   {certId}),
             1);
}

void TestSync::pullReturnsEverythingOnceThenOnlyWhatChanged() {
    HttpClient &http = *m_zy.http;
    // A first full pull, page by page, gives each visible row once, in rev order.
    const Pulled full = pullRows(http, {}, 50);
    QVERIFY2(full.failure.isEmpty(), qPrintable(full.failure));
    QVERIFY(!full.reset);
    QVERIFY2(full.pages > 1, "the demo county should need more than one page of 50");
    QCOMPARE(full.duplicates, 0);
    QVERIFY(full.revsAscending);
    QVERIFY(!full.cookie.isEmpty());

    // The replica holds the pending application at the server's current rev.
    const auto [certId, rev] = takePendingApplication();
    QVERIFY(!certId.isEmpty());
    const QJsonObject replicaCert = full.rows.value(QStringLiteral("certifications/") + certId);
    QCOMPARE(replicaCert[u"data"][u"rev"].toInteger(), rev);

    // Pulling again from the final cookie returns nothing.
    const Pulled again = pullRows(http, full.cookie, 50);
    QVERIFY2(again.failure.isEmpty(), qPrintable(again.failure));
    QVERIFY(!again.reset);
    QCOMPARE(again.rows.size(), 0);
    QCOMPARE(again.pages, 1);

    // After one approval the incremental pull returns exactly the rows it changed.
    QString taskId;
    const HttpReply tasks = http.get(QStringLiteral("/api/v1/tasks?box=pending&limit=1000"));
    for (const QJsonValue &t : tasks.json().value(QLatin1String("tasks")).toArray()) {
        if (t[u"entity_id"].toString() == certId) taskId = t[u"id"].toString();
    }
    QVERIFY(!taskId.isEmpty());
    const QString orgId = replicaCert[u"data"][u"org_id"].toString();
    const QJsonObject out = pushOne(http, m_zy.clientId, decide(m_zy.nextSeq++, certId, rev, true));
    QCOMPARE(statusOf(out), kApplied);

    const Pulled delta = pullRows(http, again.cookie, 50);
    QVERIFY2(delta.failure.isEmpty(), qPrintable(delta.failure));
    QVERIFY(!delta.reset);
    QStringList changed = delta.rows.keys();
    changed.sort();
    QStringList expected{QStringLiteral("certifications/") + certId,
                         QStringLiteral("organisations/") + orgId,
                         QStringLiteral("tasks/") + taskId};
    expected.sort();
    QCOMPARE(changed, expected);
    const QJsonObject cert = delta.rows.value(QStringLiteral("certifications/") + certId);
    QCOMPARE(cert[u"op"].toString(), QStringLiteral("upsert"));
    QCOMPARE(cert[u"data"][u"state"].toString(), QStringLiteral("approved"));
    QCOMPARE(cert[u"data"][u"rev"].toInteger(),
             certification(http, certId).value(QLatin1String("rev")).toInteger());
    QCOMPARE(delta.rows.value(QStringLiteral("organisations/") + orgId)[u"data"][u"certified"]
                 .toInteger(),
             1);
}

void TestSync::clientOfAnotherUserIsForbidden() {
    // zy presents zy2's client, on pull and on push: refused, and nothing recorded for it.
    const HttpReply pull = m_zy.http->get(QStringLiteral("/api/v1/changes?limit=1"),
                                          {{"X-Client-Id", m_zy2.clientId.toUtf8()}});
    QCOMPARE(pull.status, 403);
    QCOMPARE(pull.error().value(QLatin1String("code")).toString(), QStringLiteral("forbidden"));
    QVERIFY(hasErrorShape(pull.error()));

    const qint64 before = lastSeqOf(*m_zy2.http, m_zy2.clientId);
    const QJsonObject cmd = command(before + 1, QStringLiteral("no.such.command"), {}, {});
    const HttpReply r = push(*m_zy.http, m_zy2.clientId, QJsonArray{cmd});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.error().value(QLatin1String("code")).toString(), QStringLiteral("forbidden"));
    QVERIFY(hasErrorShape(r.error()));
    QCOMPARE(lastSeqOf(*m_zy2.http, m_zy2.clientId), before);
    QCOMPARE(count(m_server.dbPath(),
                   QStringLiteral("SELECT COUNT(*) FROM command_log WHERE command_id = ?"),
                   {cmd[u"id"].toString()}),
             0);
}

void TestSync::concurrentDecisionsApplyExactlyOnce() {
    // Given both reviewers hold the same revs of up to 10 pending applications…
    QList<QPair<QString, qint64>> apps;
    for (int i = 0; i < 10; ++i) {
        const auto app = takePendingApplication();
        if (app.first.isEmpty()) break;
        apps << app;
    }
    QVERIFY2(apps.size() >= 5, "the demo county should still have pending applications");

    // …when zy approves and zy2 rejects each of them at the same moment, from two threads…
    struct Result {
        QString status;
        QString code;
    };
    std::vector<Result> approvals(size_t(apps.size()));
    std::vector<Result> rejections(size_t(apps.size()));
    std::barrier sync(2);
    const auto run = [&](Reviewer &reviewer, bool approve, std::vector<Result> &results) {
        HttpClient http(m_server.baseUrl());
        http.setToken(reviewer.http->token());
        const qint64 firstSeq = reviewer.nextSeq;
        for (qsizetype i = 0; i < apps.size(); ++i) {
            const QJsonObject cmd = decide(firstSeq + i, apps[i].first, apps[i].second, approve,
                                           approve ? QString() : QStringLiteral("材料不全"));
            sync.arrive_and_wait();
            const QJsonObject out = pushOne(http, reviewer.clientId, cmd);
            results[size_t(i)] = {statusOf(out), errorCode(out)};
        }
    };
    std::unique_ptr<QThread> a(QThread::create([&] { run(m_zy, true, approvals); }));
    std::unique_ptr<QThread> b(QThread::create([&] { run(m_zy2, false, rejections); }));
    a->start();
    b->start();
    QVERIFY(a->wait(QDeadlineTimer(300000)));
    QVERIFY(b->wait(QDeadlineTimer(300000)));
    m_zy.nextSeq += apps.size();
    m_zy2.nextSeq += apps.size();

    // …then each application was decided exactly once, the other push being a conflict, and the
    // stored state is the winner's.
    for (qsizetype i = 0; i < apps.size(); ++i) {
        const Result &approval = approvals[size_t(i)];
        const Result &rejection = rejections[size_t(i)];
        const QString what = QStringLiteral("%1: approve %2/%3, reject %4/%5")
                                 .arg(apps[i].first, approval.status, approval.code,
                                      rejection.status, rejection.code);
        const int applied = int(approval.status == kApplied) + int(rejection.status == kApplied);
        QVERIFY2(applied == 1, qPrintable(what));
        const Result &loser = approval.status == kApplied ? rejection : approval;
        QVERIFY2(loser.status == kRejected && loser.code == QLatin1String("conflict"),
                 qPrintable(what));

        const QJsonObject row = certification(*m_zy.http, apps[i].first);
        const bool approvedWon = approval.status == kApplied;
        QCOMPARE(row.value(QLatin1String("state")).toString(),
                 approvedWon ? QStringLiteral("approved") : QStringLiteral("rejected"));
        QCOMPARE(row.value(QLatin1String("decided_by")).toString(),
                 approvedWon ? m_zy.userId : m_zy2.userId);
        QCOMPARE(count(m_server.dbPath(),
                       QStringLiteral("SELECT COUNT(*) FROM command_log WHERE target = ? AND "
                                      "type = 'certification.decide' AND status = 'applied'"),
                       {apps[i].first}),
                 1);
    }
}

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
