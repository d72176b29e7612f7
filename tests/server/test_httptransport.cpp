// The real transport (cpp-httplib behind dx::http::Server) on 127.0.0.1, in process:
// routing, JSON errors, limits, hostile clients, files with Range, concurrency.

#include "server/http/httpserver.h"
#include "tests/support/httpclient.h"
#include "tests/support/rawhttp.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <stdexcept>
#include <thread>
#include <vector>

using dx::http::Request;
using dx::http::Response;
using dx::test::HttpClient;
using dx::test::HttpReply;
using dx::test::RawResult;

namespace {

const QString kHost = QStringLiteral("127.0.0.1");
constexpr size_t kMaxBody = 64 * 1024;

QByteArray fileContent() {
    QByteArray data;
    data.reserve(100000);
    for (int i = 0; i < 100000; ++i) data.append(char('a' + (i * 7 + i / 251) % 26));
    return data;
}

}  // namespace

class TestHttpTransport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void routeCapturesBecomePathArgs();
    void queryAndHeadersReachTheHandler();
    void unknownPathIs404Json();
    void knownPathWrongMethodIs405Json();
    void headUsesHeadRouteElseGetWithoutBody();
    void oversizedBodyIs413AndServerKeepsServing();
    void oversizedChunkedBodyIs413();
    void overlongHeaderLineIsRefusedAndServerKeepsServing();
    void vanishingClientsLeaveServerServing();
    void stalledClientIsDropped();
    void throwingHandlerIs500Json();
    void fileIsStreamedWithRange();
    void concurrentRequestsAreAllAnswered();

private:
    QString baseUrl() const {
        return QStringLiteral("http://127.0.0.1:") + QString::number(m_port);
    }
    void expectServing();

    QTemporaryDir m_dir;
    QString m_filePath;
    std::unique_ptr<dx::http::Server> m_server;
    std::thread m_thread;
    int m_port = 0;
};

void TestHttpTransport::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_filePath = m_dir.filePath(QStringLiteral("blob.bin"));
    QFile file(m_filePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fileContent());
    file.close();

    dx::http::Options options;
    options.port = 0;
    options.threads = 4;
    options.maxBodyBytes = kMaxBody;
    options.readTimeoutSec = 1;
    options.writeTimeoutSec = 5;
    options.keepAliveTimeoutSec = 1;
    m_server = std::make_unique<dx::http::Server>(options);

    m_server->route("GET", "/ping", [](const Request &) {
        return Response::json(200, {{QStringLiteral("ok"), true}});
    });
    m_server->route("GET", "/items/([0-9]+)/parts/([a-z]+)", [](const Request &r) {
        return Response::json(200, {{QStringLiteral("item"), r.pathArgs.value(0)},
                                    {QStringLiteral("part"), r.pathArgs.value(1)},
                                    {QStringLiteral("args"), int(r.pathArgs.size())}});
    });
    m_server->route("GET", "/echo", [](const Request &r) {
        return Response::json(
            200, {{QStringLiteral("q"), r.query.value(QStringLiteral("q"))},
                  {QStringLiteral("client"), QString::fromUtf8(r.header("x-client-id"))},
                  {QStringLiteral("remote"), r.remoteAddr}});
    });
    m_server->route("POST", "/echo", [](const Request &r) {
        return Response::json(200, {{QStringLiteral("size"), int(r.body.size())},
                                    {QStringLiteral("method"), QString::fromLatin1(r.method)}});
    });
    m_server->route("GET", "/headed", [](const Request &) {
        Response r = Response::json(200, {{QStringLiteral("via"), QStringLiteral("get")}});
        r.headers.emplaceBack("X-Via", "get");
        return r;
    });
    m_server->route("HEAD", "/headed", [](const Request &) {
        Response r;
        r.headers.emplaceBack("X-Via", "head");
        return r;
    });
    m_server->route("GET", "/slow", [](const Request &) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        return Response::json(200, {{QStringLiteral("ok"), true}});
    });
    m_server->route("GET", "/throw", [](const Request &) -> Response {
        throw std::runtime_error("handler failure on purpose");
    });
    const QString filePath = m_filePath;
    m_server->route("GET", "/file", [filePath](const Request &) {
        Response r;
        r.contentType = "application/octet-stream";
        r.filePath = filePath;
        return r;
    });

    m_port = m_server->bind();
    QVERIFY2(m_port > 0, qPrintable(m_server->errorString()));
    m_thread = std::thread([this] { m_server->run(); });
    expectServing();
}

void TestHttpTransport::cleanupTestCase() {
    if (m_server) m_server->stop();
    if (m_thread.joinable()) m_thread.join();
    m_server.reset();
}

void TestHttpTransport::expectServing() {
    HttpClient client(baseUrl());
    const HttpReply reply = client.get(QStringLiteral("/ping"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QLatin1String("ok")).toBool(), true);
}

void TestHttpTransport::routeCapturesBecomePathArgs() {
    // JSON goes out uncompressed even to clients that accept brotli (Qt's do): cpp-httplib would
    // spend ~1.3 s on brotli quality 11 for a large sync page.
    const dx::test::RawResult raw = dx::test::sendRaw(
        QStringLiteral("127.0.0.1"), m_port,
        "GET /items/1/parts/x HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br, gzip, deflate\r\n"
        "Connection: close\r\n\r\n");
    QVERIFY(raw.response.startsWith("HTTP/1.1 200"));
    QVERIFY2(!raw.response.toLower().contains("content-encoding"),
             raw.response.left(400).constData());
    HttpClient client(baseUrl());
    const HttpReply reply = client.get(QStringLiteral("/items/42/parts/wheel"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(reply.json().value(QLatin1String("item")).toString(), QStringLiteral("42"));
    QCOMPARE(reply.json().value(QLatin1String("part")).toString(), QStringLiteral("wheel"));
    QCOMPARE(reply.json().value(QLatin1String("args")).toInt(), 2);

    // Full match only: a prefix or a suffix is another path.
    QCOMPARE(client.get(QStringLiteral("/items/42/parts/wheel/x")).status, 404);
    QCOMPARE(client.get(QStringLiteral("/items/x/parts/wheel")).status, 404);
}

void TestHttpTransport::queryAndHeadersReachTheHandler() {
    HttpClient client(baseUrl());
    client.setClientId(QStringLiteral("desk-7"));
    const HttpReply reply = client.get(QStringLiteral("/echo?q=first&q=%E6%95%B0%20x"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QLatin1String("q")).toString(), QStringLiteral("数 x"));
    QCOMPARE(reply.json().value(QLatin1String("client")).toString(), QStringLiteral("desk-7"));
    QCOMPARE(reply.json().value(QLatin1String("remote")).toString(), kHost);
}

void TestHttpTransport::unknownPathIs404Json() {
    HttpClient client(baseUrl());
    const HttpReply reply = client.get(QStringLiteral("/nowhere"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.header("content-type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(reply.error().value(QLatin1String("code")).toString(), QStringLiteral("not_found"));

    // The exact wire format clients parse.
    const RawResult raw = dx::test::sendRaw(
        kHost, m_port, "GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(raw.status(), 404);
    QVERIFY2(raw.response.endsWith("\r\n\r\n{\"error\":{\"code\":\"not_found\",\"message\":\"No "
                                   "such resource\",\"field\":\"\"}}"),
             raw.response.constData());
}

void TestHttpTransport::knownPathWrongMethodIs405Json() {
    HttpClient client(baseUrl());
    const HttpReply reply = client.del(QStringLiteral("/ping"));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.error().value(QLatin1String("code")).toString(),
             QStringLiteral("method_not_allowed"));
    QCOMPARE(reply.header("allow"), QByteArray("GET, HEAD"));

    // Methods cpp-httplib does not dispatch itself still get our answer.
    const RawResult trace = dx::test::sendRaw(
        kHost, m_port, "TRACE /ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(trace.status(), 405);
    QVERIFY(trace.response.contains("\"method_not_allowed\""));
}

void TestHttpTransport::headUsesHeadRouteElseGetWithoutBody() {
    HttpClient client(baseUrl());
    const HttpReply viaHead = client.head(QStringLiteral("/headed"));
    QCOMPARE(viaHead.status, 200);
    QCOMPARE(viaHead.header("x-via"), QByteArray("head"));

    const HttpReply viaGet = client.head(QStringLiteral("/items/1/parts/a"));
    QCOMPARE(viaGet.status, 200);
    QVERIFY(viaGet.body.isEmpty());

    // Raw, without Accept-Encoding: HEAD announces the length GET would send, and no body.
    const RawResult get = dx::test::sendRaw(
        kHost, m_port, "GET /items/1/parts/a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const RawResult head = dx::test::sendRaw(
        kHost, m_port, "HEAD /items/1/parts/a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(head.status(), 200);
    QVERIFY2(head.response.endsWith("\r\n\r\n"), head.response.constData());
    const qsizetype getBody = get.response.size() - get.response.indexOf("\r\n\r\n") - 4;
    QVERIFY(getBody > 0);
    QVERIFY2(head.response.contains(
                 QByteArray("Content-Length: " + QByteArray::number(getBody) + "\r\n")),
             head.response.constData());
}

void TestHttpTransport::oversizedBodyIs413AndServerKeepsServing() {
    HttpClient client(baseUrl());
    const HttpReply fits =
        client.request("POST", QStringLiteral("/echo"), QByteArray(kMaxBody, 'x'));
    QCOMPARE(fits.status, 200);
    QCOMPARE(fits.json().value(QLatin1String("size")).toInt(), int(kMaxBody));

    const HttpReply tooBig =
        client.request("POST", QStringLiteral("/echo"), QByteArray(kMaxBody * 4 + 1, 'x'));
    QCOMPARE(tooBig.status, 413);
    QCOMPARE(tooBig.error().value(QLatin1String("code")).toString(),
             QStringLiteral("payload_too_large"));

    // A client that asks first is refused before sending the body.
    const RawResult asked = dx::test::sendRaw(
        kHost, m_port,
        "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\nExpect: 100-continue\r\n"
        "Connection: close\r\n\r\n",
        3000);
    QCOMPARE(asked.status(), 413);
    QVERIFY(asked.response.contains("\"payload_too_large\""));
    expectServing();
}

void TestHttpTransport::oversizedChunkedBodyIs413() {
    // cpp-httplib 0.11 does not limit chunked bodies itself; our reader must.
    QByteArray request =
        "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        "Connection: close\r\n\r\n";
    const QByteArray chunk(16 * 1024, 'y');
    for (size_t sent = 0; sent <= kMaxBody * 2; sent += size_t(chunk.size()))
        request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    request += "0\r\n\r\n";
    const RawResult raw = dx::test::sendRaw(kHost, m_port, request, 10000);
    QCOMPARE(raw.status(), 413);
    QVERIFY(raw.response.contains("\"payload_too_large\""));

    QByteArray small =
        "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        "Connection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
    const RawResult ok = dx::test::sendRaw(kHost, m_port, small, 10000);
    QCOMPARE(ok.status(), 200);
    QVERIFY2(ok.response.contains("\"size\":5"), ok.response.constData());
    expectServing();
}

void TestHttpTransport::overlongHeaderLineIsRefusedAndServerKeepsServing() {
    const QByteArray request =
        "GET /ping HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20 * 1024, 'a') +
        "\r\nConnection: close\r\n\r\n";
    const RawResult raw = dx::test::sendRaw(kHost, m_port, request, 15000);
    qInfo("20 KB header line: status %d, closed by server: %s, %lld bytes back", raw.status(),
          raw.closedByServer ? "yes" : "no", qint64(raw.response.size()));
    QVERIFY(!raw.timedOut);
    // Refused with an answer, not a silent close: 400 (cpp-httplib's limit on one header line),
    // and the connection closed.
    QCOMPARE(raw.status(), 400);
    QVERIFY(raw.closedByServer);
    expectServing();
}

void TestHttpTransport::vanishingClientsLeaveServerServing() {
    for (int i = 0; i < 50; ++i) {
        const QByteArray partial = i % 2 == 0
                                       ? QByteArray("GET /ping HTTP/1.1\r\nHost: x\r\nX-Half")
                                       : QByteArray(
                                             "POST /echo HTTP/1.1\r\nHost: x\r\n"
                                             "Content-Length: 1000\r\n\r\nonly a few bytes");
        dx::test::connectAndVanish(kHost, m_port, partial);
    }
    expectServing();
}

void TestHttpTransport::stalledClientIsDropped() {
    // Headers never finish; the 1 s read timeout must free the worker. 15 s is only a bound
    // so a regression fails instead of hanging.
    const RawResult raw =
        dx::test::sendRaw(kHost, m_port, "GET /ping HTTP/1.1\r\nHost: x\r\n", 15000);
    QVERIFY(raw.closedByServer);
    QVERIFY(!raw.timedOut);
    expectServing();
}

void TestHttpTransport::throwingHandlerIs500Json() {
    HttpClient client(baseUrl());
    const HttpReply reply = client.get(QStringLiteral("/throw"));
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.error().value(QLatin1String("code")).toString(), QStringLiteral("internal"));
    expectServing();
}

void TestHttpTransport::fileIsStreamedWithRange() {
    const QByteArray data = fileContent();
    HttpClient client(baseUrl());

    const HttpReply whole = client.get(QStringLiteral("/file"));
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.header("content-type"), QByteArray("application/octet-stream"));
    QCOMPARE(whole.header("accept-ranges"), QByteArray("bytes"));
    QCOMPARE(whole.body, data);

    const HttpReply middle = client.get(QStringLiteral("/file"), {{"Range", "bytes=1000-1999"}});
    QCOMPARE(middle.status, 206);
    QCOMPARE(middle.header("content-range"), QByteArray("bytes 1000-1999/100000"));
    QCOMPARE(middle.body, data.mid(1000, 1000));

    const HttpReply tail = client.get(QStringLiteral("/file"), {{"Range", "bytes=-10"}});
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.body, data.right(10));

    const HttpReply clamped =
        client.get(QStringLiteral("/file"), {{"Range", "bytes=99990-5000000"}});
    QCOMPARE(clamped.status, 206);
    QCOMPARE(clamped.header("content-range"), QByteArray("bytes 99990-99999/100000"));
    QCOMPARE(clamped.body, data.right(10));

    const HttpReply beyond = client.get(QStringLiteral("/file"), {{"Range", "bytes=100000-"}});
    QCOMPARE(beyond.status, 416);
    QCOMPARE(beyond.header("content-range"), QByteArray("bytes */100000"));
    QCOMPARE(beyond.error().value(QLatin1String("code")).toString(),
             QStringLiteral("range_not_satisfiable"));

    const HttpReply head = client.head(QStringLiteral("/file"));
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("content-length"), QByteArray("100000"));
    QVERIFY(head.body.isEmpty());

    // Range means nothing to a JSON route: the whole body, 200.
    const HttpReply json = client.get(QStringLiteral("/ping"), {{"Range", "bytes=0-3"}});
    QCOMPARE(json.status, 200);
    QCOMPARE(json.json().value(QLatin1String("ok")).toBool(), true);
}

void TestHttpTransport::concurrentRequestsAreAllAnswered() {
    constexpr int kClients = 32;
    std::atomic<int> answered{0};
    std::vector<std::thread> clients;
    const QString base = baseUrl();
    for (int i = 0; i < kClients; ++i) {
        clients.emplace_back([&answered, base, i] {
            HttpClient client(base);  // its own manager and event loop, in this thread
            const HttpReply reply =
                client.get(i % 2 ? QStringLiteral("/slow") : QStringLiteral("/items/7/parts/z"));
            if (reply.status == 200) ++answered;
        });
    }
    for (std::thread &t : clients) t.join();
    QCOMPARE(answered.load(), kClients);
}

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "test_httptransport.moc"
