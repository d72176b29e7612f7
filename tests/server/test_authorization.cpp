// Who may see and decide what (docs/PROTOCOL.md: Visibility, command scopes, the change feed),
// on the demo data: county reviewers of 中原区 (410102) and 二七区 (410103), an applicant, a
// provider.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"

using dx::test::Feed;
using dx::test::HttpReply;
using dx::test::Session;
using dx::test::TestServer;

namespace {

using dx::test::str;

QJsonObject dataOf(const QJsonObject &change) {
    return change.value(QLatin1String("data")).toObject();
}

QJsonArray tasksOf(const QJsonObject &inbox) {
    return inbox.value(QLatin1String("tasks")).toArray();
}

QSet<QString> idsOf(const QJsonArray &rows, const char *key = "id") {
    QSet<QString> ids;
    for (const QJsonValue &r : rows) ids.insert(str(r.toObject(), key));
    return ids;
}

/// The upserted rows of `feed` that `keep` accepts, as "entity/id@rev".
QSet<QString> upsertKeys(const Feed &feed, const std::function<bool(const QJsonObject &)> &keep) {
    Feed kept;
    for (const QJsonObject &c : feed.changes) {
        if (str(c, "op") == QStringLiteral("upsert") && keep(c)) kept.changes.append(c);
    }
    return kept.keys();
}

QString describe(const QSet<QString> &keys) {
    QStringList list(keys.cbegin(), keys.cend());
    list.sort();
    return list.mid(0, 8).join(QStringLiteral(", ")) +
           (list.size() > 8 ? QStringLiteral(" … (%1)").arg(list.size()) : QString());
}

}  // namespace

class TestAuthorization : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void reviewerInboxHoldsExactlyTheCountysApplications();
    void reviewerDecidesAnApplicationOfTheirCounty();
    void reviewerCannotSeeOrDecideAnotherCounty_data();
    void reviewerCannotSeeOrDecideAnotherCounty();
    void applicantCannotDecideItsOwnApplication();
    void providerSeesNoEnterpriseApplication();
    void othersCannotEditAnEnterprisesProfile_data();
    void othersCannotEditAnEnterprisesProfile();
    void anotherUsersClientIsForbidden();

    void changeFeedHoldsExactlyTheRowsTheUserMaySee_data();
    void changeFeedHoldsExactlyTheRowsTheUserMaySee();
    void unusableCookieResetsTheFeed_data();
    void unusableCookieResetsTheFeed();
    void pullingFromScratchTwiceGivesTheSameRows();

private:
    Session &who(const QString &name);
    /// Open county reviews as the admin (who sees every row) knows them.
    QSet<QString> openReviewsOfCounty(const Feed &adminFeed, const QString &region,
                                      const char *key);

    TestServer m_server;
    std::unique_ptr<Session> m_admin, m_zy, m_eq, m_pending, m_provider;
};

void TestAuthorization::initTestCase() {
    QVERIFY(m_server.seedDemo());
    QVERIFY(m_server.start());
    const struct {
        std::unique_ptr<Session> *session;
        const char *username;
        const char *password;
    } users[] = {{&m_admin, "admin", "Guard#2026dx"},
                 {&m_zy, "reviewer.zy", "Review#2026zy"},
                 {&m_eq, "reviewer.eq", "Review#2026eq"},
                 {&m_pending, "ent.pending", "Firm#2026pend"},
                 {&m_provider, "provider1", "Vendor#2026p1"}};
    for (const auto &u : users) {
        *u.session = std::make_unique<Session>(m_server.baseUrl());
        QVERIFY2(
            (*u.session)->signIn(QString::fromLatin1(u.username), QString::fromLatin1(u.password)),
            qPrintable((*u.session)->problem()));
    }
}

Session &TestAuthorization::who(const QString &name) {
    if (name == QStringLiteral("reviewer.zy")) return *m_zy;
    if (name == QStringLiteral("reviewer.eq")) return *m_eq;
    if (name == QStringLiteral("ent.pending")) return *m_pending;
    if (name == QStringLiteral("provider1")) return *m_provider;
    return *m_admin;
}

QSet<QString> TestAuthorization::openReviewsOfCounty(const Feed &adminFeed, const QString &region,
                                                     const char *key) {
    QSet<QString> ids;
    for (const QJsonObject &c : adminFeed.of(QStringLiteral("tasks"))) {
        const QJsonObject t = dataOf(c);
        if (str(t, "state") == QStringLiteral("open") &&
            str(t, "assignee_role") == QStringLiteral("county_reviewer") &&
            str(t, "region") == region)
            ids.insert(str(t, key));
    }
    return ids;
}

void TestAuthorization::reviewerInboxHoldsExactlyTheCountysApplications() {
    // Given the demo data as the admin sees it: every open review and every submitted application
    const Feed all = m_admin->pullAll();
    QVERIFY2(all.problem.isEmpty(), qPrintable(all.problem));
    QSet<QString> submittedIn410102;
    for (const QJsonObject &c : all.of(QStringLiteral("certifications"))) {
        const QJsonObject cert = dataOf(c);
        if (str(cert, "state") == QStringLiteral("submitted") &&
            str(cert, "region") == QStringLiteral("410102") &&
            str(cert, "org_kind") == QStringLiteral("enterprise"))
            submittedIn410102.insert(str(cert, "id"));
    }
    QCOMPARE(submittedIn410102.size(), 16);  // ent.pending and 15 of ent001..ent063

    // When reviewer.zy (中原区) opens the pending tab
    const QJsonObject inbox = m_zy->inbox(QStringLiteral("pending"));
    const QJsonArray tasks = tasksOf(inbox);

    // Then it holds exactly the county's open applications, and nothing of another county
    QCOMPARE(inbox.value(QLatin1String("total")).toInt(), 16);
    QCOMPARE(tasks.size(), 16);
    QCOMPARE(
        inbox.value(QLatin1String("counts")).toObject().value(QLatin1String("pending")).toInt(),
        16);
    for (const QJsonValue &v : tasks) {
        const QJsonObject t = v.toObject();
        QCOMPARE(str(t, "region"), QStringLiteral("410102"));
        QCOMPARE(str(t, "state"), QStringLiteral("open"));
        QCOMPARE(str(t, "entity"), QStringLiteral("certifications"));
    }
    QCOMPARE(idsOf(tasks), openReviewsOfCounty(all, QStringLiteral("410102"), "id"));
    QCOMPARE(idsOf(tasks, "entity_id"), submittedIn410102);

    // And reviewer.eq (二七区) sees the 15 of theirs, none of them in zy's tab
    const QJsonArray eqTasks = tasksOf(m_eq->inbox(QStringLiteral("pending")));
    QCOMPARE(eqTasks.size(), 15);
    QCOMPARE(idsOf(eqTasks), openReviewsOfCounty(all, QStringLiteral("410103"), "id"));
    QVERIFY(!idsOf(eqTasks).intersects(idsOf(tasks)));
}

void TestAuthorization::reviewerDecidesAnApplicationOfTheirCounty() {
    // Given an application of 中原区 that is not ent.pending's (kept for later tests)
    QString certId;
    for (const QJsonValue &v : tasksOf(m_zy->inbox(QStringLiteral("pending")))) {
        if (str(v.toObject(), "org_id") != m_pending->orgId())
            certId = str(v.toObject(), "entity_id");
    }
    QVERIFY(!certId.isEmpty());
    const QJsonObject before = m_zy->row(QStringLiteral("certifications"), certId);
    QCOMPARE(str(before, "state"), QStringLiteral("submitted"));
    QCOMPARE(str(before, "region"), QStringLiteral("410102"));

    // When reviewer.zy approves it at the revision they saw
    const QJsonObject outcome =
        m_zy->push(QStringLiteral("certification.decide"), certId,
                   {{QStringLiteral("decision"), QStringLiteral("approve")}},
                   before.value(QLatin1String("rev")).toInteger());

    // Then it is approved by them, and moved from the pending to the history tab
    QVERIFY2(str(outcome, "status") == QStringLiteral("applied"), dx::test::compact(outcome));
    QCOMPARE(str(outcome.value(QLatin1String("result")).toObject(), "state"),
             QStringLiteral("approved"));
    const QJsonObject after = m_zy->row(QStringLiteral("certifications"), certId);
    QCOMPARE(str(after, "state"), QStringLiteral("approved"));
    QCOMPARE(str(after, "decided_by"), m_zy->userId());
    QVERIFY(after.value(QLatin1String("rev")).toInteger() >
            before.value(QLatin1String("rev")).toInteger());
    QVERIFY(!idsOf(tasksOf(m_zy->inbox(QStringLiteral("pending"))), "entity_id").contains(certId));
    QVERIFY(idsOf(tasksOf(m_zy->inbox(QStringLiteral("history"))), "entity_id").contains(certId));
}

void TestAuthorization::reviewerCannotSeeOrDecideAnotherCounty_data() {
    QTest::addColumn<QJsonObject>("payload");

    QTest::newRow("approve") << QJsonObject{
        {QStringLiteral("decision"), QStringLiteral("approve")}};
    QTest::newRow("reject") << QJsonObject{{QStringLiteral("decision"), QStringLiteral("reject")},
                                           {QStringLiteral("reason"), QStringLiteral("材料不全")}};
}

void TestAuthorization::reviewerCannotSeeOrDecideAnotherCounty() {
    QFETCH(QJsonObject, payload);
    // Given an application of 二七区 (410103), as its own reviewer sees it
    const QJsonArray eqTasks = tasksOf(m_eq->inbox(QStringLiteral("pending")));
    QVERIFY(!eqTasks.isEmpty());
    const QString certId = str(eqTasks.first().toObject(), "entity_id");
    const QJsonObject before = m_eq->row(QStringLiteral("certifications"), certId);
    QCOMPARE(str(before, "region"), QStringLiteral("410103"));
    QCOMPARE(str(before, "state"), QStringLiteral("submitted"));

    // When reviewer.zy (410102) asks for it
    const HttpReply read = m_zy->http().get(QStringLiteral("/api/v1/certifications/") + certId);
    QCOMPARE(read.status, 404);
    QCOMPARE(read.error().value(QLatin1String("code")).toString(), QStringLiteral("not_found"));

    // and tries to decide it, even with the right revision
    const QJsonObject outcome = m_zy->push(QStringLiteral("certification.decide"), certId, payload,
                                           before.value(QLatin1String("rev")).toInteger());

    // Then the command is refused and the application is exactly as it was
    QVERIFY2(str(outcome, "status") == QStringLiteral("rejected"), dx::test::compact(outcome));
    const QString code = dx::test::errorCode(outcome);
    QVERIFY2(code == QStringLiteral("not_found") || code == QStringLiteral("forbidden"),
             qPrintable(code));
    QCOMPARE(m_eq->row(QStringLiteral("certifications"), certId), before);
    QCOMPARE(m_admin->row(QStringLiteral("certifications"), certId), before);
}

void TestAuthorization::applicantCannotDecideItsOwnApplication() {
    // Given ent.pending's own pending application, which it may read
    QString certId;
    for (const QJsonValue &v : tasksOf(m_pending->inbox(QStringLiteral("mine")))) {
        if (str(v.toObject(), "state") == QStringLiteral("open"))
            certId = str(v.toObject(), "entity_id");
    }
    QVERIFY(!certId.isEmpty());
    const QJsonObject before = m_pending->row(QStringLiteral("certifications"), certId);
    QCOMPARE(str(before, "org_id"), m_pending->orgId());
    QCOMPARE(str(before, "state"), QStringLiteral("submitted"));

    // When it approves itself
    const QJsonObject outcome =
        m_pending->push(QStringLiteral("certification.decide"), certId,
                        {{QStringLiteral("decision"), QStringLiteral("approve")}},
                        before.value(QLatin1String("rev")).toInteger());

    // Then it is forbidden and nothing changed
    QVERIFY2(str(outcome, "status") == QStringLiteral("rejected"), dx::test::compact(outcome));
    QCOMPARE(dx::test::errorCode(outcome), QStringLiteral("forbidden"));
    QCOMPARE(m_admin->row(QStringLiteral("certifications"), certId), before);
}

void TestAuthorization::providerSeesNoEnterpriseApplication() {
    // Given enterprise applications of 中原区 and of 金水区 (the provider's own county)
    const Feed all = m_admin->pullAll();
    QVERIFY2(all.problem.isEmpty(), qPrintable(all.problem));
    QStringList enterpriseCerts;
    for (const QString &region : {QStringLiteral("410102"), QStringLiteral("410105")}) {
        for (const QJsonObject &c : all.of(QStringLiteral("certifications"))) {
            const QJsonObject cert = dataOf(c);
            if (str(cert, "org_kind") == QStringLiteral("enterprise") &&
                str(cert, "region") == region) {
                enterpriseCerts << str(cert, "id");
                break;
            }
        }
    }
    QCOMPARE(enterpriseCerts.size(), 2);

    // Then provider1 cannot read them
    for (const QString &id : enterpriseCerts) {
        const HttpReply read =
            m_provider->http().get(QStringLiteral("/api/v1/certifications/") + id);
        QCOMPARE(read.status, 404);
        QCOMPARE(read.error().value(QLatin1String("code")).toString(), QStringLiteral("not_found"));
    }
    // nor has anything to review
    const QJsonObject inbox = m_provider->inbox(QStringLiteral("pending"));
    QCOMPARE(inbox.value(QLatin1String("total")).toInt(), 0);
    QVERIFY(tasksOf(inbox).isEmpty());
    // and its feed holds its own certification only
    const Feed feed = m_provider->pullAll();
    QVERIFY2(feed.problem.isEmpty(), qPrintable(feed.problem));
    const QList<QJsonObject> certs = feed.of(QStringLiteral("certifications"));
    QVERIFY(!certs.isEmpty());
    for (const QJsonObject &c : certs) {
        QVERIFY2(str(dataOf(c), "org_kind") != QStringLiteral("enterprise"), dx::test::compact(c));
        QCOMPARE(str(dataOf(c), "org_id"), m_provider->orgId());
    }
}

void TestAuthorization::othersCannotEditAnEnterprisesProfile_data() {
    QTest::addColumn<QString>("username");

    QTest::newRow("another enterprise of the county") << QStringLiteral("ent.pending");
    QTest::newRow("the county's reviewer") << QStringLiteral("reviewer.zy");
    QTest::newRow("another county's reviewer") << QStringLiteral("reviewer.eq");
}

void TestAuthorization::othersCannotEditAnEnterprisesProfile() {
    QFETCH(QString, username);
    Session &user = who(username);
    // Given ent.certified's organisation (中原区), found by the admin
    QString orgId;
    for (const QJsonObject &c : m_admin->pullAll().of(QStringLiteral("organisations"))) {
        if (str(dataOf(c), "admin_user_id").isEmpty() ||
            str(dataOf(c), "region") != QStringLiteral("410102") ||
            str(dataOf(c), "id") == m_pending->orgId() ||
            dataOf(c).value(QLatin1String("certified")).toInt() != 1)
            continue;
        orgId = str(dataOf(c), "id");
        break;
    }
    QVERIFY(!orgId.isEmpty());
    const QJsonObject before = m_admin->row(QStringLiteral("organisations"), orgId);
    QJsonObject profile = QJsonDocument::fromJson(str(before, "profile").toUtf8()).object();
    QVERIFY(!profile.isEmpty());
    profile.insert(QStringLiteral("contact_name"), QStringLiteral("冒名者"));

    // When someone else saves its profile
    const QJsonObject outcome = user.push(QStringLiteral("organisation.save"), orgId,
                                          {{QStringLiteral("profile"), profile}});

    // Then it is refused and the organisation is untouched
    QVERIFY2(str(outcome, "status") == QStringLiteral("rejected"), dx::test::compact(outcome));
    const QString code = dx::test::errorCode(outcome);
    QVERIFY2(code == QStringLiteral("not_found") || code == QStringLiteral("forbidden"),
             qPrintable(code));
    QCOMPARE(m_admin->row(QStringLiteral("organisations"), orgId), before);
    if (user.user().value(QLatin1String("role")).toString() == QStringLiteral("enterprise"))
        QCOMPARE(user.http().get(QStringLiteral("/api/v1/organisations/") + orgId).status, 404);
}

void TestAuthorization::anotherUsersClientIsForbidden() {
    // reviewer.zy presents reviewer.eq's installation
    dx::test::HttpClient http(m_server.baseUrl());
    http.setToken(m_zy->http().token());
    http.setClientId(m_eq->clientId());

    const HttpReply pull = http.get(QStringLiteral("/api/v1/changes"));
    QCOMPARE(pull.status, 403);
    QCOMPARE(pull.error().value(QLatin1String("code")).toString(), QStringLiteral("forbidden"));

    const QJsonObject command{{QStringLiteral("id"), dx::test::newUuid()},
                              {QStringLiteral("seq"), m_eq->seq() + 1},
                              {QStringLiteral("type"), QStringLiteral("organisation.submit")},
                              {QStringLiteral("target"), m_pending->orgId()}};
    http.setClientId({});
    const HttpReply push = http.postJson(QStringLiteral("/api/v1/commands"),
                                         {{QStringLiteral("client_id"), m_eq->clientId()},
                                          {QStringLiteral("commands"), QJsonArray{command}}});
    QCOMPARE(push.status, 403);
    QCOMPARE(push.error().value(QLatin1String("code")).toString(), QStringLiteral("forbidden"));
}

void TestAuthorization::changeFeedHoldsExactlyTheRowsTheUserMaySee_data() {
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("county");  // empty: an organisation's member

    QTest::newRow("reviewer.zy") << QStringLiteral("reviewer.zy") << QStringLiteral("410102");
    QTest::newRow("reviewer.eq") << QStringLiteral("reviewer.eq") << QStringLiteral("410103");
    QTest::newRow("ent.pending") << QStringLiteral("ent.pending") << QString();
    QTest::newRow("provider1") << QStringLiteral("provider1") << QString();
}

void TestAuthorization::changeFeedHoldsExactlyTheRowsTheUserMaySee() {
    QFETCH(QString, username);
    QFETCH(QString, county);
    Session &user = who(username);
    const QString userId = user.userId();
    const QString orgId = user.orgId();

    // What the user may see: their own account and notifications; the county's shared rows for
    // a reviewer, the own organisation's rows for a member.
    const auto maySee = [&](const QJsonObject &change) {
        const QString entity = str(change, "entity");
        const QJsonObject data = dataOf(change);
        // An account's own row; a provider's sub-accounts are private to the main account that
        // manages them (issue 13: not to other members, nor to the platform's staff).
        if (entity == QStringLiteral("users"))
            return str(data, "id") == userId || str(data, "parent_user_id") == userId;
        if (entity == QStringLiteral("experts") || entity == QStringLiteral("bank_accounts") ||
            entity == QStringLiteral("listings"))
            return county.isEmpty() && str(data, "org_id") == orgId;
        // Expert assignments are private to the expert; opinions are for operator and department.
        if (entity == QStringLiteral("listing_assignments") ||
            entity == QStringLiteral("listing_opinions"))
            return false;
        if (entity == QStringLiteral("notifications")) return str(data, "user_id") == userId;
        if (entity != QStringLiteral("organisations") &&
            entity != QStringLiteral("certifications") && entity != QStringLiteral("tasks"))
            return false;
        // A task assigned to one person by name (an expert's) is theirs alone.
        if (entity == QStringLiteral("tasks") && !str(data, "user_id").isEmpty())
            return str(data, "user_id") == userId;
        if (!county.isEmpty()) return str(data, "region") == county;
        return entity == QStringLiteral("organisations") ? str(data, "id") == orgId
                                                         : str(data, "org_id") == orgId;
    };

    const Feed all = m_admin->pullAll();
    const Feed feed = user.pullAll();
    QVERIFY2(all.problem.isEmpty(), qPrintable(all.problem));
    QVERIFY2(feed.problem.isEmpty(), qPrintable(feed.problem));
    QVERIFY(!feed.reset);

    // Every row the user got is one they may see
    for (const QJsonObject &c : feed.changes) {
        if (str(c, "op") == QStringLiteral("upsert"))
            QVERIFY2(maySee(c), dx::test::compact(c));
        else
            QCOMPARE(str(c, "op"), QStringLiteral("delete"));  // a tombstone carries no data
    }
    // and they got every such row the admin (who sees all) knows of
    const QSet<QString> expected = upsertKeys(all, maySee);
    const QSet<QString> got = upsertKeys(feed, [](const QJsonObject &) { return true; });
    QVERIFY2(got == expected,
             qPrintable(QStringLiteral("missing: %1; extra: %2")
                            .arg(describe(expected - got), describe(got - expected))));
    QVERIFY(!feed.of(QStringLiteral("organisations")).isEmpty());
    QVERIFY(!feed.of(QStringLiteral("certifications")).isEmpty());
    // Of accounts: their own, plus (for a provider's main account) the sub-accounts it manages.
    int own = 0;
    for (const QJsonObject &c : feed.of(QStringLiteral("users"))) {
        if (str(dataOf(c), "id") == userId)
            ++own;
        else
            QVERIFY2(str(dataOf(c), "parent_user_id") == userId, dx::test::compact(c));
    }
    QCOMPARE(own, 1);
}

void TestAuthorization::unusableCookieResetsTheFeed_data() {
    QTest::addColumn<QString>("kind");

    QTest::newRow("another database epoch") << QStringLiteral("epoch");
    QTest::newRow("another user's scope") << QStringLiteral("scope");
    QTest::newRow("a revision beyond the head") << QStringLiteral("future");
    QTest::newRow("garbled") << QStringLiteral("garbled");
    QTest::newRow("empty parts") << QStringLiteral("dots");
}

void TestAuthorization::unusableCookieResetsTheFeed() {
    QFETCH(QString, kind);
    const Feed current = m_zy->pullAll();
    QVERIFY2(current.problem.isEmpty(), qPrintable(current.problem));
    const QStringList parts = current.cookie.split(u'.');
    QCOMPARE(parts.size(), 3);

    QString cookie;
    if (kind == QStringLiteral("epoch")) {
        cookie = QStringList{QUuid::createUuid().toString(QUuid::WithoutBraces), parts[1], parts[2]}
                     .join(u'.');
    } else if (kind == QStringLiteral("scope")) {
        cookie = m_eq->pullAll().cookie;
    } else if (kind == QStringLiteral("future")) {
        cookie =
            QStringList{parts[0], QString::number(parts[1].toLongLong() + 1000000), parts[2]}.join(
                u'.');
    } else if (kind == QStringLiteral("garbled")) {
        cookie = QStringLiteral("%%not-a-cookie\u00e9");
    } else {
        cookie = QStringLiteral("..");
    }
    QVERIFY(!cookie.isEmpty());

    // A valid cookie is not reset: only the broken one is.
    const Feed valid = m_zy->pullAll(current.cookie);
    QVERIFY(!valid.reset);
    QVERIFY(valid.changes.isEmpty());

    const HttpReply reply = m_zy->http().get(QStringLiteral("/api/v1/changes?since=") +
                                             QString::fromLatin1(QUrl::toPercentEncoding(cookie)));
    QCOMPARE(reply.status, 200);
    const QJsonObject page = reply.json();
    QCOMPARE(page.value(QLatin1String("reset")).toBool(), true);
    QVERIFY(page.value(QLatin1String("cookie")).isNull());
    QVERIFY(page.value(QLatin1String("changes")).toArray().isEmpty());
}

void TestAuthorization::pullingFromScratchTwiceGivesTheSameRows() {
    const Feed first = m_zy->pullAll();
    const Feed second = dx::test::pullAll(m_zy->http(), {}, 7);  // many small pages this time

    QVERIFY2(first.problem.isEmpty() && second.problem.isEmpty(),
             qPrintable(first.problem + second.problem));
    QVERIFY(second.pages > 1);  // has_more was followed to the end
    QVERIFY(!first.keys().isEmpty());
    QCOMPARE(second.keys(), first.keys());
    QCOMPARE(second.cookie, first.cookie);
    // Each row appears once (a tombstone and an upsert of one row may both be there).
    QSet<QString> rows;
    for (const QJsonObject &c : first.changes)
        rows.insert(str(c, "entity") + u'/' + str(c, "id") + u'/' + str(c, "op"));
    QCOMPARE(rows.size(), first.changes.size());
}

QTEST_GUILESS_MAIN(TestAuthorization)
#include "test_authorization.moc"
