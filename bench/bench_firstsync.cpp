// First sync of a county reviewer's replica (docs/PERFORMANCE.md budget: a county of 20,000
// applications, no blob bytes, < 2 s on loopback, ≥ 50,000 rows/s), against the same pages
// fetched with a plain HTTP loop in the same run.
//
//   bench_firstsync [--scale N] [--runs R]
//
// `dxserver seed-demo --scale N` (default 20000; spread over three counties, so reviewer.zy's
// county 410102 gets about N / 3 of them) into a temporary directory, then serve it and sign in
// as reviewer.zy. Each run syncs a fresh replica with SyncClient::syncNow until syncFinished
// (register + push of nothing + pull to the end; no prefetch, so no blob bytes), and counts the
// rows of the replica's synced tables afterwards. The reference is the same pages fetched with
// dx::test::HttpClient (GET /api/v1/changes?limit=1000 following has_more), bodies discarded
// after finding the cookie. Medians of R runs (default 3), interleaved. For the analysis it also
// times the raw loop with `Accept-Encoding: identity` and `gzip` (Qt 6.4 sends "gzip, deflate,
// br" by default), and parse + Replica::applyPage of the same pages without the network.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "models/blobs/blobstore.h"
#include "models/client/syncclient.h"
#include "models/sync/replica.h"
#include "tests/support/httpclient.h"
#include "tests/support/testserver.h"

using namespace dx;
using namespace dx::test;

namespace {

double median(QList<double> v) {
    if (v.isEmpty()) return 0;
    std::sort(v.begin(), v.end());
    const qsizetype mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// A string value of a top-level key, read from the raw bytes without parsing the page.
QByteArray rawString(const QByteArray &body, const QByteArray &key) {
    const QByteArray needle = '"' + key + "\":\"";
    const qsizetype at = body.lastIndexOf(needle);
    if (at < 0) return {};
    const qsizetype from = at + needle.size();
    return body.mid(from, body.indexOf('"', from) - from);
}

bool rawHasMore(const QByteArray &body) {
    return body.lastIndexOf("\"has_more\":true") >= 0;
}

// seed-demo with its output forwarded and a progress line every 15 s. TestServer::seedDemo()
// would do the same run, but gives up after 120 s (TestServer::runTool), less than a large
// --scale needs on a loaded machine.
bool seed(const TestServer &server, int scale) {
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(TestServer::serverPath(),
            {QStringLiteral("seed-demo"), QStringLiteral("--data"), server.dataDir(),
             QStringLiteral("--scale"), QString::number(scale)});
    if (!p.waitForStarted()) return false;
    QElapsedTimer t;
    t.start();
    while (!p.waitForFinished(15000)) {
        if (p.state() == QProcess::NotRunning) break;
        std::printf("  seeding... %.0f s\n", t.elapsed() / 1000.0);
        std::fflush(stdout);
    }
    std::printf("seeded in %.1f s (exit %d)\n", t.elapsed() / 1000.0, p.exitCode());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

struct SyncRun {
    double seconds = 0;
    qint64 rows = 0;
    int pages = 0;
    QString perTable;
};

SyncRun clientSync(const QString &baseUrl, const QString &token, const Actor &actor, int run) {
    QTemporaryDir dir;
    auto replica = Replica::open(dir.filePath(QStringLiteral("replica.sqlite")),
                                 QStringLiteral("sync%1").arg(run));
    if (!replica) qFatal("replica: %s", qPrintable(replica.error().message));
    BlobStore blobs(dir.filePath(QStringLiteral("blobs")));
    SyncRun out;
    {
        SyncClient sync(**replica, blobs, actor, baseUrl, token);
        QObject::connect(&sync, &SyncClient::progress, &sync,
                         [&out](const QString &step, qint64, qint64) {
                             if (step == QLatin1String("pull")) ++out.pages;
                             if (step == QLatin1String("prefetch"))
                                 qFatal("a first sync must not prefetch blobs");
                         });
        QEventLoop loop;
        bool ok = false;
        QString message;
        QObject::connect(&sync, &SyncClient::syncFinished, &loop,
                         [&](bool success, const QString &m) {
                             ok = success;
                             message = m;
                             loop.quit();
                         });
        QElapsedTimer t;
        t.start();
        QTimer::singleShot(0, &sync, &SyncClient::syncNow);
        loop.exec();
        out.seconds = t.nsecsElapsed() / 1e9;
        if (!ok) qFatal("sync failed: %s", qPrintable(message));
    }
    for (const QString &table : Replica::syncedTables()) {
        auto n = (*replica)->db().scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        if (!n) qFatal("count %s", qPrintable(table));
        out.rows += n->toLongLong();
        out.perTable += QStringLiteral(" %1=%2").arg(table).arg(n->toLongLong());
    }
    return out;
}

struct RawRun {
    double seconds = 0;
    int pages = 0;
    qint64 bytes = 0;
    QList<QByteArray> bodies;  // kept only when asked
    QStringList paths;         // the requests, to replay them
    QByteArray cookie;         // the last page's
};

// The same requests again with another Accept-Encoding, for bodies this loop cannot read
// (gzip is not decoded by Qt when the header is set by hand).
RawRun replay(const QString &baseUrl, const QString &token, const QStringList &paths,
              const QByteArray &acceptEncoding) {
    HttpClient http(baseUrl);
    http.setToken(token);
    RawRun out;
    QElapsedTimer t;
    t.start();
    for (const QString &path : paths) {
        const HttpReply r =
            http.get(path, {{QByteArrayLiteral("Accept-Encoding"), acceptEncoding}});
        if (r.status != 200) qFatal("replay: HTTP %d", r.status);
        ++out.pages;
        out.bytes += r.body.size();
    }
    out.seconds = t.nsecsElapsed() / 1e9;
    return out;
}

// `acceptEncoding` empty: what QNetworkAccessManager sends by default (Qt 6.4: "gzip, deflate,
// br", decoded by Qt); "identity": no compression at all.
RawRun rawFetch(const QString &baseUrl, const QString &token, const QByteArray &acceptEncoding = {},
                bool keep = false) {
    HttpClient http(baseUrl);
    http.setToken(token);
    HttpClient::Headers headers;
    if (!acceptEncoding.isEmpty())
        headers.append({QByteArrayLiteral("Accept-Encoding"), acceptEncoding});
    RawRun out;
    QByteArray cookie;
    QElapsedTimer t;
    t.start();
    for (;;) {
        QString path = QStringLiteral("/api/v1/changes?limit=1000");
        if (!cookie.isEmpty())
            path += QStringLiteral("&since=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(cookie)));
        const HttpReply r = http.get(path, headers);
        out.paths << path;
        if (keep) out.bodies << r.body;
        if (r.status != 200)
            qFatal("raw fetch: HTTP %d %s", r.status, r.body.left(200).constData());
        ++out.pages;
        out.bytes += r.body.size();
        cookie = rawString(r.body, "cookie");
        if (!rawHasMore(r.body)) break;
        if (cookie.isEmpty()) qFatal("raw fetch: a page without a cookie");
    }
    out.seconds = t.nsecsElapsed() / 1e9;
    out.cookie = cookie;
    return out;
}

// Pulls with nothing new (since the last cookie), one connection: median ms as the client sees
// it on loopback, an upper bound of the server time.
double emptyPullMs(const QString &baseUrl, const QString &token, QByteArray cookie, int n) {
    HttpClient http(baseUrl);
    http.setToken(token);
    const auto path = [](const QByteArray &c) -> QString {
        return QStringLiteral("/api/v1/changes?limit=1000&since=") +
               QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(c)));
    };
    // The first one opens the connection and catches up with anything the runs changed.
    const HttpReply first = http.get(path(cookie));
    if (first.status != 200)
        qFatal("empty pull: HTTP %d %s", first.status, qPrintable(first.networkError));
    cookie = rawString(first.body, "cookie");
    QList<double> ms;
    int notEmpty = 0;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        const HttpReply r = http.get(path(cookie));
        ms << t.nsecsElapsed() / 1e6;
        if (r.status != 200)
            qFatal("empty pull: HTTP %d %s", r.status, r.body.left(200).constData());
        if (!r.body.contains("\"changes\":[]")) ++notEmpty;
    }
    if (notEmpty) std::printf("(%d of the empty pulls were not empty)\n", notEmpty);
    return median(ms);
}

// The client's own work without the network: parse each page and Replica::applyPage it into a
// fresh replica (what SyncClient does per page after the reply arrived). Seconds.
double applyOnly(const QList<QByteArray> &bodies, const Actor &actor, int run) {
    QTemporaryDir dir;
    auto replica = Replica::open(dir.filePath(QStringLiteral("replica.sqlite")),
                                 QStringLiteral("apply%1").arg(run));
    if (!replica) qFatal("replica: %s", qPrintable(replica.error().message));
    BlobStore blobs(dir.filePath(QStringLiteral("blobs")));
    QElapsedTimer t;
    t.start();
    for (const QByteArray &body : bodies) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        auto s = (*replica)->applyPage(actor, o.value(QLatin1String("changes")).toArray(),
                                       o.value(QLatin1String("cookie")).toString(), &blobs);
        if (!s) qFatal("applyPage: %s", qPrintable(s.error().message));
    }
    return t.nsecsElapsed() / 1e9;
}

}  // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    int scale = 20000, runs = 3;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--scale") == 0) scale = std::atoi(argv[i + 1]);
        if (qstrcmp(argv[i], "--runs") == 0) runs = std::max(1, std::atoi(argv[i + 1]));
    }

    std::printf("seeding %d applications over three counties (takes minutes)...\n", scale);
    std::fflush(stdout);
    TestServer server;
    if (!seed(server, scale)) return 1;
    if (!server.start()) return 1;

    HttpClient http(server.baseUrl());
    const QString token =
        http.login(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));
    if (token.isEmpty()) return 1;
    const QJsonObject u =
        http.get(QStringLiteral("/api/v1/me")).json().value(QLatin1String("user")).toObject();
    const Actor actor{
        u.value(QLatin1String("id")).toString(),     u.value(QLatin1String("username")).toString(),
        u.value(QLatin1String("role")).toString(),   u.value(QLatin1String("org_id")).toString(),
        u.value(QLatin1String("region")).toString(), {}};

    // One untimed pass of each, so the server's page cache and feed cache are as warm for
    // the first timed run as for the others.
    rawFetch(server.baseUrl(), token);

    QList<double> clientS, rawS, identityS, gzipS, applyS, rate;
    qint64 rows = 0;
    QByteArray lastCookie;
    for (int r = 0; r < runs; ++r) {
        const RawRun raw = rawFetch(server.baseUrl(), token);
        lastCookie = raw.cookie;
        const RawRun identity = rawFetch(server.baseUrl(), token, "identity", true);
        const RawRun gzip = replay(server.baseUrl(), token, identity.paths, "gzip");
        const double apply = applyOnly(identity.bodies, actor, r);
        const SyncRun sync = clientSync(server.baseUrl(), token, actor, r);
        rows = sync.rows;
        clientS << sync.seconds;
        rawS << raw.seconds;
        identityS << identity.seconds;
        gzipS << gzip.seconds;
        applyS << apply;
        rate << sync.rows / sync.seconds;
        std::printf(
            "run %d: first sync %.3f s, %lld rows (%d pages), %.0f rows/s;%s\n"
            "       raw fetch %.3f s, %d pages, %.1f MB decoded (Qt's default "
            "Accept-Encoding)\n"
            "       raw fetch, Accept-Encoding: identity %.3f s, %.1f MB; gzip only %.3f s, "
            "%.1f MB\n"
            "       parse + Replica::applyPage of the same pages, no network: %.3f s\n",
            r + 1, sync.seconds, sync.rows, sync.pages, sync.rows / sync.seconds,
            qPrintable(sync.perTable), raw.seconds, raw.pages, raw.bytes / 1e6, identity.seconds,
            identity.bytes / 1e6, gzip.seconds, gzip.bytes / 1e6, apply);
        std::fflush(stdout);
    }
    const double c = median(clientS), w = median(rawS);
    std::printf("\nfirst sync of reviewer.zy (county 410102, --scale %d), medians of %d runs:\n",
                scale, runs);
    std::printf(
        "client SyncClient::syncNow → syncFinished: %.3f s, %lld rows, %.0f rows/s "
        "(budget < 2 s, >= 50,000 rows/s)\n",
        c, rows, median(rate));
    std::printf("reference, the same pages with a plain HTTP loop: %.3f s (%.0f rows/s)\n", w,
                rows / w);
    std::printf("ratio client / raw fetch: %.2f\n", c / w);
    std::printf(
        "breakdown: raw fetch with Accept-Encoding: identity %.3f s, gzip only %.3f s; "
        "parse + applyPage without network %.3f s\n",
        median(identityS), median(gzipS), median(applyS));
    std::printf(
        "empty pull (nothing new) after the first sync: median %.2f ms per request over "
        "one connection (budget < 10 ms server time)\n",
        emptyPullMs(server.baseUrl(), token, lastCookie, 50));
    return 0;
}
