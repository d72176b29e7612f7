// Hostile and malformed input against the real dxserver: broken JSON, wrong types, overlong
// fields, oversized bodies and headers, clients that vanish or stall. Every refusal has the
// documented error shape, the server keeps answering, and no business row changes.

#include "tests/support/dbdump.h"
#include "tests/support/httpclient.h"
#include "tests/support/rawhttp.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace dx::test;

namespace {

const QString kHost = QStringLiteral("127.0.0.1");

// What sign-ins change (sessions, their audit records and the audit head in meta).
const QStringList kSignInTables{QStringLiteral("sessions"), QStringLiteral("audit_log"),
                                QStringLiteral("meta")};

// The business state: what no refused input may ever change (counters: no rev was published).
const QStringList kBusinessTables{QStringLiteral("organisations"), QStringLiteral("certifications"),
                                  QStringLiteral("tasks"),         QStringLiteral("users"),
                                  QStringLiteral("blobs"),         QStringLiteral("changes"),
                                  QStringLiteral("notifications"), QStringLiteral("counters")};

// A dump of the business tables only.
QString dumpBusiness(const QString &dbPath) {
    QStringList skip;
    const QVariantList tables =
        queryColumn(dbPath, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    for (const QVariant &t : tables) {
        if (!kBusinessTables.contains(t.toString())) skip << t.toString();
    }
    return dumpDatabase(dbPath, skip);
}

// The lines only one of two dumps has (a readable failure instead of two whole dumps).
QByteArray dumpDifference(const QString &before, const QString &after) {
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    const QSet<QString> inA(a.cbegin(), a.cend());
    const QSet<QString> inB(b.cbegin(), b.cend());
    QStringList diff;
    for (const QString &line : a) {
        if (!inB.contains(line)) diff << QStringLiteral("- ") + line.left(300);
    }
    for (const QString &line : b) {
        if (!inA.contains(line)) diff << QStringLiteral("+ ") + line.left(300);
    }
    return "the database changed:\n" + diff.mid(0, 20).join(u'\n').toUtf8();
}

QByteArray bodyOf(const RawResult &r) {
    const qsizetype end = r.response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : r.response.mid(end + 4);
}

QByteArray rawRequest(const QByteArray &method, const QByteArray &path, const QByteArray &extra,
                      const QByteArray &body = {}) {
    QByteArray r =
        method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra;
    if (!body.isEmpty())
        r +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return r + "\r\n" + body;
}

QJsonObject validCommand(qint64 seq) {
    return command(seq, QStringLiteral("no.such.command"), {}, {});
}

// `validCommand(1)` with one key replaced (or removed, for an undefined value).
QJsonObject commandWith(const QString &key, const QJsonValue &value) {
    QJsonObject c = validCommand(1);
    if (value.isUndefined())
        c.remove(key);
    else
        c.insert(key, value);
    return c;
}

}  // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void hostileRequestsChangeNothing();
    void rejectedCommandsChangeNoBusinessRow();
    void wrongTypedClientNameIsRefused();
    void emptyArrayIsNotABlankAnswer_data();
    void emptyArrayIsNotABlankAnswer();

private:
    // The reply is the error `status` with the documented shape (and `code`, when given).
    void expectError(const HttpReply &reply, int status, const char *code, const char *what);
    void expectRawError(const RawResult &result, const char *what);
    void expectHealthy();

    TestServer m_server;
    std::unique_ptr<HttpClient> m_zy;
    std::unique_ptr<HttpClient> m_anonymous;
    std::unique_ptr<HttpClient> m_enterprise;
    QString m_transportClient;  // its pushes are all refused before any command runs
    QString m_commandClient;    // its commands run and are rejected (recorded in command_log)
    QString m_enterpriseClient;
    QString m_pendingCert;
    qint64 m_pendingRev = 0;
    QString m_pendingOrg;
    QString m_enterpriseOrg;
};

void TestBadInput::initTestCase() {
    QVERIFY(m_server.seedDemo());
    QVERIFY(m_server.start());
    // Every sign-in happens here, before the first dump.
    m_zy = std::make_unique<HttpClient>(m_server.baseUrl());
    QVERIFY(
        !signIn(*m_zy, QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy")).isEmpty());
    m_anonymous = std::make_unique<HttpClient>(m_server.baseUrl());
    m_enterprise = std::make_unique<HttpClient>(m_server.baseUrl());
    const QJsonObject ent =
        signIn(*m_enterprise, QStringLiteral("ent.pending"), QStringLiteral("Firm#2026pend"));
    QVERIFY(!ent.isEmpty());
    m_enterpriseOrg = ent.value(QLatin1String("org_id")).toString();
    m_transportClient = registerClient(*m_zy, QStringLiteral("hostile"));
    m_commandClient = registerClient(*m_zy, QStringLiteral("careless"));
    m_enterpriseClient = registerClient(*m_enterprise, QStringLiteral("careless firm"));
    QVERIFY(!m_transportClient.isEmpty() && !m_commandClient.isEmpty() &&
            !m_enterpriseClient.isEmpty());
    // A pending application of another enterprise than ent.pending.
    for (const QString &id : pendingCertifications(*m_zy)) {
        const QJsonObject row = certification(*m_zy, id);
        if (row.value(QLatin1String("org_id")).toString() == m_enterpriseOrg) continue;
        m_pendingCert = id;
        m_pendingRev = row.value(QLatin1String("rev")).toInteger();
        m_pendingOrg = row.value(QLatin1String("org_id")).toString();
        break;
    }
    QVERIFY(!m_pendingOrg.isEmpty());
}

void TestBadInput::cleanupTestCase() {
    m_server.stop();
}

void TestBadInput::expectError(const HttpReply &reply, int status, const char *code,
                               const char *what) {
    const QByteArray context = QByteArray(what) + ": " + QByteArray::number(reply.status) + ' ' +
                               reply.body.left(300) + ' ' + reply.networkError.toUtf8();
    QVERIFY2(reply.status == status, context.constData());
    QVERIFY2(hasErrorShape(reply.error()), context.constData());
    if (code)
        QVERIFY2(reply.error().value(QLatin1String("code")).toString() == QLatin1String(code),
                 context.constData());
}

void TestBadInput::expectRawError(const RawResult &result, const char *what) {
    // Refused in words (a 4xx with our error body) or by closing without answering.
    const QByteArray context = QByteArray(what) + ": " + result.response.left(300);
    if (result.response.isEmpty()) {
        QVERIFY2(result.closedByServer, context.constData());
        return;
    }
    QVERIFY2(result.status() >= 400 && result.status() < 500, context.constData());
    const QJsonObject error =
        QJsonDocument::fromJson(bodyOf(result)).object().value(QLatin1String("error")).toObject();
    QVERIFY2(hasErrorShape(error), context.constData());
}

void TestBadInput::expectHealthy() {
    HttpClient http(m_server.baseUrl());
    const HttpReply health = http.get(QStringLiteral("/api/v1/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
}

void TestBadInput::hostileRequestsChangeNothing() {
    const QString before = dumpDatabase(m_server.dbPath(), kSignInTables);
    QVERIFY2(!before.startsWith(QLatin1String("ERROR")), qPrintable(before));

    // A stalled client holds a connection open through everything that follows.
    QTcpSocket slowLoris;
    slowLoris.connectToHost(kHost, quint16(m_server.port()));
    QVERIFY(slowLoris.waitForConnected(5000));
    slowLoris.write("POST /api/v1/commands HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le");
    QVERIFY(slowLoris.waitForBytesWritten(5000));
    expectHealthy();  // while it stalls, others are served

    const auto post = [this](const QByteArray &body) {
        return m_zy->request("POST", QStringLiteral("/api/v1/commands"), body,
                             {{"Content-Type", "application/json"}});
    };

    // Bodies that are not a JSON object.
    const QList<QPair<const char *, QByteArray>> notObjects{
        {"truncated", "{\"client_id\": \"" + m_transportClient.toUtf8() + "\", \"commands\": ["},
        {"an array", "[1, 2, 3]"},
        {"a string", "\"commands\""},
        {"a number", "42"},
        {"null", "null"},
        {"empty", ""},
        {"trailing garbage", "{\"client_id\": \"x\"} trailing"},
        {"single quotes", "{'client_id': 'x'}"},
        {"100k nested arrays", QByteArray(100000, '[')},
        {"100k nested objects", QByteArray("{\"a\":").repeated(100000)},
    };
    for (const auto &[what, body] : notObjects) expectError(post(body), 400, "bad_json", what);
    // Invalid UTF-8 inside a string: refused as bad JSON, or decoded lossily and then refused.
    const HttpReply utf8 = post("{\"client_id\": \"\xff\xfe\xfd\", \"commands\": 1}");
    expectError(utf8, utf8.status == 400 ? 400 : 422, nullptr, "invalid UTF-8");

    // Objects of the wrong shape: refused before any command runs.
    const QList<QPair<const char *, QJsonObject>> wrongShapes{
        {"no fields", {}},
        {"client_id a number",
         {{QStringLiteral("client_id"), 5}, {QStringLiteral("commands"), QJsonArray()}}},
        {"no commands", {{QStringLiteral("client_id"), m_transportClient}}},
        {"commands an object",
         {{QStringLiteral("client_id"), m_transportClient},
          {QStringLiteral("commands"), QJsonObject()}}},
        {"commands a string",
         {{QStringLiteral("client_id"), m_transportClient},
          {QStringLiteral("commands"), QStringLiteral("all")}}},
    };
    for (const auto &[what, body] : wrongShapes)
        expectError(m_zy->postJson(QStringLiteral("/api/v1/commands"), body), 422, nullptr, what);

    // One malformed command spoils the batch, including the good command before it.
    const QString overlong = QString(10000, u'x');
    const QList<QPair<const char *, QJsonValue>> badCommands{
        {"a number instead of a command", 5},
        {"id missing", commandWith(QStringLiteral("id"), QJsonValue::Undefined)},
        {"id a number", commandWith(QStringLiteral("id"), 7)},
        {"id not a UUID", commandWith(QStringLiteral("id"), QStringLiteral("not-a-uuid"))},
        {"id 10,000 chars", commandWith(QStringLiteral("id"), overlong)},
        {"type missing", commandWith(QStringLiteral("type"), QJsonValue::Undefined)},
        {"type a number", commandWith(QStringLiteral("type"), 3)},
        {"type 10,000 chars", commandWith(QStringLiteral("type"), overlong)},
        {"target a number", commandWith(QStringLiteral("target"), 99)},
        {"target 10,000 chars", commandWith(QStringLiteral("target"), overlong)},
        {"base_rev a string", commandWith(QStringLiteral("base_rev"), QStringLiteral("3"))},
        {"base_rev negative", commandWith(QStringLiteral("base_rev"), -1)},
        {"base_rev fractional", commandWith(QStringLiteral("base_rev"), 1.5)},
        {"base_rev huge", commandWith(QStringLiteral("base_rev"), 1e300)},
        {"payload an array", commandWith(QStringLiteral("payload"), QJsonArray{1})},
        {"payload a string", commandWith(QStringLiteral("payload"), QStringLiteral("{}"))},
        {"seq missing", commandWith(QStringLiteral("seq"), QJsonValue::Undefined)},
        {"seq zero", commandWith(QStringLiteral("seq"), 0)},
        {"seq negative", commandWith(QStringLiteral("seq"), -3)},
        {"seq a string", commandWith(QStringLiteral("seq"), QStringLiteral("1"))},
        {"seq fractional", commandWith(QStringLiteral("seq"), 1.5)},
        {"seq huge", commandWith(QStringLiteral("seq"), 1e300)},
    };
    for (const auto &[what, bad] : badCommands) {
        const HttpReply r = push(*m_zy, m_transportClient, QJsonArray{validCommand(1), bad});
        expectError(r, 422, nullptr, what);
        QVERIFY2(r.error()
                     .value(QLatin1String("field"))
                     .toString()
                     .startsWith(QLatin1String("commands[1]")),
                 what);
    }

    // Too many commands, too large a JSON body: 413 before anything runs.
    QJsonArray many;
    for (int i = 1; i <= 2000; ++i) many.append(validCommand(i));
    expectError(push(*m_zy, m_transportClient, many), 413, "payload_too_large", "2,000 commands");
    expectError(m_zy->postJson(QStringLiteral("/api/v1/commands"),
                               {{QStringLiteral("client_id"), m_transportClient},
                                {QStringLiteral("commands"), QJsonArray{validCommand(1)}},
                                {QStringLiteral("padding"), QString(1536 * 1024, u'p')}}),
                413, "payload_too_large", "1.5 MiB of JSON");

    // Someone else's or no client, no token.
    expectError(push(*m_zy, QStringLiteral("no-such-client"), QJsonArray{validCommand(1)}), 403,
                "forbidden", "unknown client");
    expectError(push(*m_anonymous, m_transportClient, QJsonArray{validCommand(1)}), 401,
                "unauthenticated", "no token");
    HttpClient forged(m_server.baseUrl());
    forged.setToken(QString(43, u'A'));
    expectError(push(forged, m_transportClient, QJsonArray{validCommand(1)}), 401,
                "unauthenticated", "forged token");

    // Query parameters out of range or malformed.
    for (const char *query : {"limit=abc", "limit=0", "limit=10001", "limit=-5", "limit=1e3"})
        expectError(m_zy->get(QStringLiteral("/api/v1/changes?") + QLatin1String(query)), 422,
                    nullptr, query);
    expectError(m_zy->get(QStringLiteral("/api/v1/changes?since=") + QString(300, u'9')), 422,
                nullptr, "300-char cookie");
    const HttpReply garbageCookie = m_zy->get(QStringLiteral("/api/v1/changes?since=a.b.c"));
    QCOMPARE(garbageCookie.status, 200);
    QCOMPARE(garbageCookie.json().value(QLatin1String("reset")), QJsonValue(true));
    for (const char *query : {"box=bogus", "limit=-1", "limit=zzz", "offset=-4", "from=notadate"}) {
        const HttpReply r = m_zy->get(QStringLiteral("/api/v1/tasks?") + QLatin1String(query));
        if (r.status != 200)  // a lenient filter is allowed; a malformed answer is not
            expectError(r, 422, nullptr, query);
    }
    expectError(
        m_zy->get(QStringLiteral("/api/v1/certifications/00000000-0000-0000-0000-000000000000")),
        404, "not_found", "unknown certification");
    expectError(m_zy->get(QStringLiteral("/api/v1/certifications/not-an-id")), 404, nullptr,
                "malformed certification id");
    expectError(m_zy->get(QStringLiteral("/api/v1/no/such/route")), 404, nullptr, "unknown route");
    expectError(m_zy->del(QStringLiteral("/api/v1/health")), 405, nullptr, "wrong method");

    // Registration and sign-in with missing, mistyped and overlong fields (anonymous).
    const QJsonObject goodRegistration{
        {QStringLiteral("role"), QStringLiteral("enterprise")},
        {QStringLiteral("username"), QStringLiteral("hostile.user")},
        {QStringLiteral("mobile"), QStringLiteral("15900000001")},
        {QStringLiteral("password"), QStringLiteral("Hostile#2026")}};
    struct Change {
        const char *what;
        QString key;
        QJsonValue value;
    };
    const QList<Change> badRegistrations{
        {"role missing", QStringLiteral("role"), QJsonValue::Undefined},
        {"role admin", QStringLiteral("role"), QStringLiteral("admin")},
        {"role a number", QStringLiteral("role"), 1},
        {"username missing", QStringLiteral("username"), QJsonValue::Undefined},
        {"username 10,000 chars", QStringLiteral("username"), overlong},
        {"username an object", QStringLiteral("username"), QJsonObject()},
        {"mobile letters", QStringLiteral("mobile"), QStringLiteral("1390000abcd")},
        {"mobile a number", QStringLiteral("mobile"), 15900000001.0},
        {"password missing", QStringLiteral("password"), QJsonValue::Undefined},
        {"password 10,000 chars", QStringLiteral("password"), overlong},
        {"password an array", QStringLiteral("password"),
         QJsonArray{QStringLiteral("Hostile#2026")}},
        {"email 10,000 chars", QStringLiteral("email"),
         QString(overlong + QStringLiteral("@example.com"))},
    };
    for (const auto &[what, key, value] : badRegistrations) {
        QJsonObject body = goodRegistration;
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        const HttpReply r = m_anonymous->postJson(QStringLiteral("/api/v1/accounts"), body);
        QVERIFY2(r.status / 100 == 4, what);
        expectError(r, r.status, nullptr, what);
    }
    expectError(m_anonymous->request("POST", QStringLiteral("/api/v1/accounts"),
                                     "{\"role\":", {{"Content-Type", "application/json"}}),
                400, "bad_json", "truncated registration");
    expectError(m_anonymous->request("POST", QStringLiteral("/api/v1/session"), "[\"reviewer.zy\"]",
                                     {{"Content-Type", "application/json"}}),
                400, "bad_json", "sign-in with an array");
    expectError(
        m_zy->postJson(QStringLiteral("/api/v1/clients"), {{QStringLiteral("name"), overlong}}),
        422, "too_long", "client name 10,000 chars");

    // Blob uploads with a malformed range or name.
    const QString sha = sha256Hex("abc");
    for (const QByteArray &range :
         {QByteArray("bytes 5-1/3"), QByteArray("bytes 0-2/2"), QByteArray("bytes=0-2/3"),
          QByteArray("lines 0-2/3"), QByteArray("bytes 0-99999999999999/3")}) {
        const HttpReply r = m_zy->putBytes(QStringLiteral("/api/v1/blobs/") + sha, "abc",
                                           {{"Content-Range", range}});
        expectError(r, 422, nullptr, range.constData());
    }
    expectError(m_zy->putBytes(QStringLiteral("/api/v1/blobs/") + sha.toUpper(), "abc"), 404,
                nullptr, "upper-case hash");
    QCOMPARE(m_zy->head(QStringLiteral("/api/v1/blobs/") + sha).status, 404);

    // The transport: oversized body and header, garbage, vanishing clients.
    const int port = m_server.port();
    const QByteArray tenMegabytes(10 * 1024 * 1024, 'x');
    const RawResult big = sendRaw(
        kHost, port,
        rawRequest("POST", "/api/v1/commands",
                   "Authorization: Bearer " + m_zy->token().toUtf8() + "\r\n", tenMegabytes),
        30000);
    QVERIFY2(big.status() == 413 || (big.response.isEmpty() && big.closedByServer),
             big.response.left(300).constData());
    if (big.status() == 413) expectRawError(big, "10 MB body");
    // Requests the transport cannot parse, sent side by side: each one waits for the server
    // to close (it does so after its keep-alive or read timeout).
    struct RawCase {
        const char *what;
        QByteArray bytes;
        RawResult result;
    };
    std::vector<RawCase> raws{
        {"20 KB header line",
         rawRequest("GET", "/api/v1/health", "X-Filler: " + QByteArray(20 * 1024, 'h') + "\r\n"),
         {}},
        {"garbage request line", "HELLO\r\n\r\n", {}},
        {"20 KB request line", rawRequest("GET", "/" + QByteArray(20 * 1024, 'p'), {}), {}},
        // A declared body far over the limit that never comes: cpp-httplib drains what was
        // declared, so the answer comes when the read timeout ends the wait.
        {"absurd Content-Length",
         rawRequest("POST", "/api/v1/commands", "Content-Length: 99999999999999999999\r\n"),
         {}},
    };
    std::vector<std::unique_ptr<QThread>> senders;
    for (RawCase &c : raws)
        senders.emplace_back(
            QThread::create([&c, port] { c.result = sendRaw(kHost, port, c.bytes, 30000); }));
    for (const auto &t : senders) t->start();
    for (const auto &t : senders) QVERIFY(t->wait(QDeadlineTimer(60000)));
    for (const RawCase &c : raws) expectRawError(c.result, c.what);

    const QList<QByteArray> halves{
        "POST /api/v1/commands HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
        "1000\r\n\r\n{\"client_id\":",
        "GET /api/v1/health HTTP/1.1\r\nHost: 127",
        "PUT /api/v1/blobs/" + sha.toUtf8() +
            " HTTP/1.1\r\nContent-Range: bytes 0-2/3\r\nContent-Length: 3\r\n\r\na",
        "POST /api/v1/session HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{\"user",
        "G",
    };
    for (int i = 0; i < 50; ++i) connectAndVanish(kHost, port, halves[i % halves.size()]);

    // After all of that the server still answers.
    expectHealthy();
    slowLoris.abort();

    // And nothing it stores changed.
    const QString after = dumpDatabase(m_server.dbPath(), kSignInTables);
    QVERIFY2(after == before, dumpDifference(before, after).constData());
}

void TestBadInput::rejectedCommandsChangeNoBusinessRow() {
    // Commands that run and are rejected are recorded (command_log, audit_log, last_seq), but
    // no business row changes.
    const QString before = dumpBusiness(m_server.dbPath());
    QVERIFY2(!before.startsWith(QLatin1String("ERROR")), qPrintable(before));

    const QString overlong = QString(10000, u'理');
    const QString cert = m_pendingCert;
    const qint64 rev = m_pendingRev;
    const auto decideWith = [&](const QJsonObject &payload, qint64 baseRev = -2) {
        return command(0, QStringLiteral("certification.decide"), cert, payload,
                       baseRev == -2 ? rev : baseRev);
    };
    const QString approve = QStringLiteral("approve");
    const QString reject = QStringLiteral("reject");
    const QString decision = QStringLiteral("decision");
    const QString reason = QStringLiteral("reason");

    struct Case {
        const char *what;
        QJsonObject command;
        const char *code;  // nullptr: any rejection
    };
    const QList<Case> reviewerCases{
        {"unknown type", command(0, QStringLiteral("certification.teleport"), cert, {}, rev),
         "unknown_command"},
        {"decision missing", decideWith({}), "required"},
        {"decision maybe", decideWith({{decision, QStringLiteral("maybe")}}), "invalid"},
        {"decision a number", decideWith({{decision, 1}}), "invalid"},
        {"reject without reason", decideWith({{decision, reject}}), "required"},
        {"reason 10,000 chars", decideWith({{decision, reject}, {reason, overlong}}), "too_long"},
        {"reason a number", decideWith({{decision, approve}, {reason, 42}}), "invalid"},
        {"reason an object", decideWith({{decision, reject}, {reason, QJsonObject()}}), "invalid"},
        {"base_rev missing", decideWith({{decision, approve}}, -1), "required"},
        {"base_rev stale", decideWith({{decision, approve}}, rev + 1000), "conflict"},
        {"target unknown",
         command(0, QStringLiteral("certification.decide"),
                 QStringLiteral("00000000-0000-0000-0000-000000000000"), {{decision, approve}},
                 rev),
         "not_found"},
        {"target missing",
         command(0, QStringLiteral("certification.decide"), {}, {{decision, approve}}, rev),
         nullptr},
        {"reviewer submits", command(0, QStringLiteral("certification.submit"), m_pendingOrg, {}),
         nullptr},
        {"reviewer withdraws", command(0, QStringLiteral("certification.withdraw"), cert, {}),
         nullptr},
        {"reviewer edits a profile",
         command(0, QStringLiteral("organisation.save"), m_pendingOrg,
                 {{QStringLiteral("profile"), QJsonObject()}}),
         nullptr},
        {"reviewer creates an account",
         command(0, QStringLiteral("account.create"), {},
                 {{QStringLiteral("role"), QStringLiteral("admin")},
                  {QStringLiteral("username"), QStringLiteral("sneaky.admin")},
                  {QStringLiteral("password"), QStringLiteral("Sneaky#2026x")}}),
         nullptr},
        {"reviewer accepts eligibility",
         command(0, QStringLiteral("eligibility.accept"), m_pendingOrg, {}), nullptr},
    };

    const QString org = m_enterpriseOrg;
    const QJsonObject profile = enterpriseProfile(QStringLiteral("15911112222"));
    const auto profileWith = [&](const QString &key, const QJsonValue &value) {
        QJsonObject p = profile;
        p.insert(key, value);
        return command(0, QStringLiteral("organisation.save"), org,
                       {{QStringLiteral("profile"), p}});
    };
    const QList<Case> enterpriseCases{
        {"profile missing", command(0, QStringLiteral("organisation.save"), org, {}), "required"},
        {"profile an array",
         command(0, QStringLiteral("organisation.save"), org,
                 {{QStringLiteral("profile"), QJsonArray{1, 2}}}),
         "invalid"},
        {"name 10,000 chars", profileWith(QStringLiteral("name"), overlong), "too_long"},
        {"name a number", profileWith(QStringLiteral("name"), 12), "invalid"},
        {"capital a fraction", profileWith(QStringLiteral("registered_capital"), 1.5), "invalid"},
        {"enterprise type unknown",
         profileWith(QStringLiteral("enterprise_type"), QStringLiteral("pirate")), "invalid"},
        {"yes/no a string",
         profileWith(QStringLiteral("two_integration_certified"), QStringLiteral("yes")),
         "invalid"},
        {"address 10,000 chars", profileWith(QStringLiteral("registered_address"), overlong),
         "too_long"},
        {"survey empty",
         command(0, QStringLiteral("survey.answer"), org,
                 {{QStringLiteral("answers"), QJsonObject()}}),
         nullptr},
        {"submit again while pending",
         command(0, QStringLiteral("certification.submit"), org,
                 {{QStringLiteral("contact"), QStringLiteral("李娜")},
                  {QStringLiteral("phone"), QStringLiteral("15911112222")},
                  {QStringLiteral("license"), QString(64, u'0')},
                  {QStringLiteral("id_front"), QString(64, u'0')},
                  {QStringLiteral("id_back"), QString(64, u'0')}}),
         nullptr},
        {"submit with a number as licence",
         command(0, QStringLiteral("certification.submit"), org,
                 {{QStringLiteral("contact"), QStringLiteral("李娜")},
                  {QStringLiteral("phone"), QStringLiteral("15911112222")},
                  {QStringLiteral("license"), 12345},
                  {QStringLiteral("id_front"), QString(64, u'0')},
                  {QStringLiteral("id_back"), QString(64, u'0')}}),
         nullptr},
        {"another organisation's profile",
         command(0, QStringLiteral("organisation.save"), m_pendingOrg,
                 {{QStringLiteral("profile"), profile}}),
         nullptr},
    };

    const auto runAll = [&](HttpClient &http, const QString &clientId, const QList<Case> &cases) {
        QJsonArray batch;
        qint64 seq = 0;
        for (const Case &c : cases) {
            QJsonObject cmd = c.command;
            cmd.insert(QStringLiteral("seq"), ++seq);
            batch.append(cmd);
        }
        const HttpReply r = push(http, clientId, batch);
        QCOMPARE(r.status, 200);
        const QJsonArray outcomes = r.json().value(QLatin1String("outcomes")).toArray();
        QCOMPARE(outcomes.size(), cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject out = outcomes[i].toObject();
            const QByteArray context = QByteArray(cases[i].what) + ": " +
                                       QJsonDocument(out).toJson(QJsonDocument::Compact);
            QVERIFY2(out.value(QLatin1String("status")).toString() == QLatin1String("rejected"),
                     context.constData());
            const QJsonObject error = out.value(QLatin1String("error")).toObject();
            QVERIFY2(hasErrorShape(error), context.constData());
            if (cases[i].code)
                QVERIFY2(
                    error.value(QLatin1String("code")).toString() == QLatin1String(cases[i].code),
                    context.constData());
        }
        // Every rejection moved the queue on.
        QCOMPARE(r.json().value(QLatin1String("last_seq")).toInteger(), seq);
        QCOMPARE(lastSeqOf(http, clientId), seq);
    };
    runAll(*m_zy, m_commandClient, reviewerCases);
    if (QTest::currentTestFailed()) return;
    runAll(*m_enterprise, m_enterpriseClient, enterpriseCases);
    if (QTest::currentTestFailed()) return;

    expectHealthy();
    const QString after = dumpBusiness(m_server.dbPath());
    QVERIFY2(after == before, dumpDifference(before, after).constData());
    QCOMPARE(certification(*m_zy, cert).value(QLatin1String("state")).toString(),
             QStringLiteral("submitted"));
}

void TestBadInput::wrongTypedClientNameIsRefused() {
    // PROTOCOL.md: a wrong type is `422 invalid`; it must not register a client.
    const QString before = dumpDatabase(m_server.dbPath(), kSignInTables);
    for (const QJsonValue &name :
         {QJsonValue(5), QJsonValue(QJsonArray{QStringLiteral("x")}), QJsonValue(QJsonObject())}) {
        const HttpReply r =
            m_zy->postJson(QStringLiteral("/api/v1/clients"), {{QStringLiteral("name"), name}});
        const QByteArray context = QJsonDocument(QJsonArray{name}).toJson(QJsonDocument::Compact) +
                                   " -> " + QByteArray::number(r.status) + ' ' + r.body;
        QVERIFY2(r.status == 422, context.constData());
        QVERIFY2(r.error().value(QLatin1String("code")).toString() == QLatin1String("invalid"),
                 context.constData());
    }
    const QString after = dumpDatabase(m_server.dbPath(), kSignInTables);
    QVERIFY2(after == before, dumpDifference(before, after).constData());
}

void TestBadInput::emptyArrayIsNotABlankAnswer_data() {
    QTest::addColumn<QString>("field");
    QTest::newRow("money") << QStringLiteral("registered_capital");
    QTest::newRow("choice") << QStringLiteral("enterprise_type");
    QTest::newRow("text") << QStringLiteral("legal_representative");
}

void TestBadInput::emptyArrayIsNotABlankAnswer() {
    // PROTOCOL.md: a draft profile is checked for types; [] is not a number, choice or text.
    QFETCH(QString, field);
    const HttpReply me = m_enterprise->get(QStringLiteral("/api/v1/me"));
    QCOMPARE(me.status, 200);
    QJsonObject profile =
        QJsonDocument::fromJson(me.json()[u"organisation"][u"profile"].toString().toUtf8())
            .object();
    QVERIFY(profile.contains(field));
    profile.insert(field, QJsonArray());

    const QString before = dumpBusiness(m_server.dbPath());
    const qint64 seq = lastSeqOf(*m_enterprise, m_enterpriseClient) + 1;
    const QJsonObject out =
        pushOne(*m_enterprise, m_enterpriseClient,
                command(seq, QStringLiteral("organisation.save"), m_enterpriseOrg,
                        {{QStringLiteral("profile"), profile}}));
    const QByteArray context = QJsonDocument(out).toJson(QJsonDocument::Compact);
    QVERIFY2(out[u"status"].toString() == QLatin1String("rejected"), context.constData());
    QVERIFY2(out[u"error"][u"code"].toString() == QLatin1String("invalid"), context.constData());
    QVERIFY2(out[u"error"][u"field"].toString() == field, context.constData());
    const QString after = dumpBusiness(m_server.dbPath());
    QVERIFY2(after == before, dumpDifference(before, after).constData());
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_badinput.moc"
