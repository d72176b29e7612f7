// Push of 1,000 queued decisions (budget < 1 s), against the fsync floor: 1,000 one-row
// transactions with synchronous=FULL on the same disk, measured in the same run.
//   bench_push [--scale N] [--repeats R]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

#include "models/store/database.h"
#include "tests/support/httpclient.h"
#include "tests/support/testserver.h"

using namespace dx;
using namespace dx::test;

namespace {
double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double fsyncFloorMs(int n) {
    QTemporaryDir dir;
    auto db =
        Database::openSqlite(dir.filePath(QStringLiteral("floor.sqlite")), QStringLiteral("floor"));
    if (!db) qFatal("cannot open");
    auto must = [](bool ok) {
        if (!ok) qFatal("reference query failed");
    };
    must((*db)->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)")).ok());
    must((*db)->exec(QStringLiteral("INSERT INTO t VALUES (1, 0)")).ok());
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        must((*db)->beginWrite().ok());
        must((*db)->exec(QStringLiteral("UPDATE t SET v = v + 1 WHERE id = 1")).ok());
        must((*db)->commit().ok());
    }
    return t.nsecsElapsed() / 1e6;
}
}  // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    int repeats = 3;
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--repeats") == 0) repeats = QByteArray(argv[i + 1]).toInt();
    const int batch = 1000;
    // Pending applications in 410102 (reviewer.zy) for every repetition: --scale spreads
    // them over three counties.
    const int scale = batch * repeats * 3;

    std::printf("seeding %d applications (takes a while)...\n", scale);
    std::fflush(stdout);
    TestServer server;
    if (!server.seedDemo({QStringLiteral("--scale"), QString::number(scale)}) || !server.start())
        return 1;
    HttpClient http(server.baseUrl());
    if (http.login(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy")).isEmpty())
        return 1;

    QList<double> pushMs, floorMs;
    QSet<QString> used;
    for (int r = 0; r < repeats; ++r) {
        const QString clientId = http.postJson(QStringLiteral("/api/v1/clients"),
                                               {{QStringLiteral("name"), QStringLiteral("bench")}})
                                     .json()
                                     .value(QStringLiteral("client_id"))
                                     .toString();
        // Queue 1,000 decisions as an offline reviewer would: ids and base revs from the inbox.
        QJsonArray commands;
        int offset = 0;
        while (commands.size() < batch) {
            const QJsonArray tasks =
                http.get(QStringLiteral("/api/v1/tasks?box=pending&limit=1000&offset=%1")
                             .arg(offset))
                    .json()
                    .value(QStringLiteral("tasks"))
                    .toArray();
            if (tasks.isEmpty()) qFatal("not enough pending applications");
            offset += tasks.size();
            for (const auto &t : tasks) {
                const QString cert = t.toObject().value(QStringLiteral("entity_id")).toString();
                if (used.contains(cert) || commands.size() == batch) continue;
                used.insert(cert);
                const qint64 rev = http.get(QStringLiteral("/api/v1/certifications/") + cert)
                                       .json()
                                       .value(QStringLiteral("rev"))
                                       .toInteger();
                commands.append(QJsonObject{
                    {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {QStringLiteral("seq"), commands.size() + 1},
                    {QStringLiteral("type"), QStringLiteral("certification.decide")},
                    {QStringLiteral("target"), cert},
                    {QStringLiteral("base_rev"), rev},
                    {QStringLiteral("payload"),
                     QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")}}}});
            }
        }
        QElapsedTimer t;
        t.start();
        const HttpReply reply = http.postJson(
            QStringLiteral("/api/v1/commands"),
            {{QStringLiteral("client_id"), clientId}, {QStringLiteral("commands"), commands}});
        const double ms = t.nsecsElapsed() / 1e6;
        const qint64 lastSeq = reply.json().value(QStringLiteral("last_seq")).toInteger();
        if (reply.status != 200 || lastSeq != batch) {
            std::fprintf(stderr, "push failed: %d %s\n", reply.status,
                         reply.body.left(300).constData());
            return 1;
        }
        pushMs << ms;
        floorMs << fsyncFloorMs(batch);
        std::printf("run %d: push %d decisions %.1f ms; fsync floor %.1f ms\n", r + 1, batch, ms,
                    floorMs.last());
    }
    const double p = median(pushMs), f = median(floorMs);
    std::printf("push of %d decisions: median %.1f ms (budget 1000 ms)\n", batch, p);
    std::printf("reference, %d fsync'd one-row transactions: median %.1f ms\n", batch, f);
    std::printf("ratio push / fsync floor: %.2f\n", p / f);
    return 0;
}
