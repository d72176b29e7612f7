// dxserver: the authoritative DX Workbench server (serve, seed-demo, demo, audit verify).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <memory>
#include <thread>

#include "models/audit/auditlog.h"
#include "models/store/database.h"
#include "models/store/datadirectory.h"
#include "server/demo/demoseeder.h"
#include "server/serverapp.h"

using namespace dx;

namespace {

int fail(const QString &message) {
    std::fprintf(stderr, "dxserver: %s\n", qPrintable(message));
    return 1;
}

void out(const QString &text) {
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

// SIGTERM/SIGINT are blocked in every thread and taken by one waiting thread, which stops the
// server cleanly: no work inside a signal handler.
void blockStopSignals(sigset_t *set) {
    sigemptyset(set);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
    pthread_sigmask(SIG_BLOCK, set, nullptr);
}

bool parseListen(const QString &listen, http::Options *o) {
    const int colon = listen.lastIndexOf(u':');
    if (colon <= 0) return false;
    bool ok = false;
    const int port = listen.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535) return false;
    o->host = listen.left(colon);
    o->port = port;
    return true;
}

void printAccounts(const QString &baseUrl) {
    out(QStringLiteral("DX Workbench demo server: %1").arg(baseUrl));
    out(QStringLiteral("Try: curl %1/api/v1/health").arg(baseUrl));
    out(QStringLiteral("Demo accounts (username / password / role):"));
    const char *rows[][3] = {{"admin", "Guard#2026dx", "admin"},
                             {"reviewer.zy", "Review#2026zy", "county_reviewer 410102 中原区"},
                             {"reviewer.zy2", "Review#2026zy2", "county_reviewer 410102 中原区"},
                             {"reviewer.eq", "Review#2026eq", "county_reviewer 410103 二七区"},
                             {"operator", "Ops#2026plat", "operator"},
                             {"expert1", "Panel#2026ex", "expert"},
                             {"dept", "Final#2026hn", "department"},
                             {"auditor", "Check#2026tp", "auditor"},
                             {"finance", "Ledger#2026fn", "finance"},
                             {"provider1", "Vendor#2026p1", "provider (certified, 410105)"},
                             {"ent.pending", "Firm#2026pend", "enterprise (pending, 410102)"},
                             {"ent.certified", "Firm#2026cert", "enterprise (certified, 410102)"}};
    for (const auto &r : rows)
        out(QStringLiteral("  %1  %2  %3")
                .arg(QString::fromUtf8(r[0]), -14)
                .arg(QString::fromUtf8(r[1]), -16)
                .arg(QString::fromUtf8(r[2])));
}

int serve(const ServerConfig &config, bool demoBanner) {
    sigset_t set;
    blockStopSignals(&set);  // before any worker thread exists, so all inherit the mask
    ServerApp app(config);
    auto started = app.start();
    if (!started) return fail(started.error().message);
    const QString baseUrl = QStringLiteral("%1://%2:%3")
                                .arg(config.http.tlsCertFile.isEmpty() ? QStringLiteral("http")
                                                                       : QStringLiteral("https"),
                                     config.http.host)
                                .arg(app.port());
    if (demoBanner) printAccounts(baseUrl);
    out(QStringLiteral("dxserver listening on %1").arg(baseUrl));
    std::thread waiter([&app, set] {
        int sig = 0;
        sigwait(&set, &sig);
        app.stop();
    });
    app.run();
    // run() also returns after a fatal listen error; wake the waiter so it can be joined.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return 0;
}

// The store: a PostgreSQL URL given with --db, else the data directory's SQLite file.
QString storeOf(const QString &dataDir, const QString &db) {
    return db.isEmpty() ? QDir(dataDir).filePath(QStringLiteral("dx.sqlite")) : db;
}

int seed(const QString &dataDir, const QString &store, int scale) {
    auto summary = DemoSeeder::run({dataDir, scale, store});
    if (!summary) return fail(summary.error().message);
    out(QStringLiteral("seeded %1: %2 enterprises, %3 pending certifications, %4 commands")
            .arg(dataDir)
            .arg(summary->enterprises)
            .arg(summary->pending)
            .arg(summary->commands));
    return 0;
}

int auditVerify(const QString &dataDir, const QString &store) {
    if (!Database::isPostgresUrl(store) && !QFile::exists(store))
        return fail(QStringLiteral("no database in %1").arg(dataDir));
    auto db = Database::open(store, QStringLiteral("dx-audit"));
    if (!db) return fail(db.error().message);
    auto key = AuditLog::loadOrCreateKey(dataDir);
    if (!key) return fail(key.error().message);
    const AuditLog::Verdict v = AuditLog(key.value()).verify(**db);
    if (!v.intact) {
        std::fprintf(stderr, "audit log BROKEN after %lld intact records: %s\n",
                     static_cast<long long>(v.records), qPrintable(v.problem));
        return 2;
    }
    out(QStringLiteral("audit log intact: %1 records").arg(v.records));
    return 0;
}

}  // namespace

int main(int argc, char **argv) {
    // The data directory holds ID-card scans and the audit key: everything this process
    // creates (database, WAL, blobs, key) is its owner's alone.
    DataDirectory::restrictNewFiles();
    // seed-demo draws scans with QPainter, which needs fonts: a GUI application on the
    // offscreen platform. Everything else runs on a plain core application.
    const bool needsGui =
        argc > 1 && (qstrcmp(argv[1], "seed-demo") == 0 || qstrcmp(argv[1], "demo") == 0);
    std::unique_ptr<QCoreApplication> qapp;
    if (needsGui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qapp = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        qapp = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("dxserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "DX Workbench server.\n\nCommands:\n"
        "  serve --data DIR [--db URL] [--listen HOST:PORT] [--tls-cert F --tls-key F]\n"
        "  seed-demo --data DIR [--db URL] [--scale N]\n"
        "  demo [--data DIR] [--listen HOST:PORT]   seed a demo directory and serve it\n"
        "  audit verify --data DIR [--db URL]       exit 0 only if the audit chain is intact"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve | seed-demo | demo | audit verify"));
    QCommandLineOption dataOpt(QStringLiteral("data"), QStringLiteral("Data directory."),
                               QStringLiteral("DIR"));
    QCommandLineOption dbOpt(
        QStringLiteral("db"),
        QStringLiteral("The store: postgresql://user@host:port/dbname (default: DIR/dx.sqlite). "
                       "Several serve processes may share one PostgreSQL and one --data DIR."),
        QStringLiteral("URL"));
    QCommandLineOption listenOpt(QStringLiteral("listen"),
                                 QStringLiteral("Address to listen on (port 0 = any free port)."),
                                 QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    QCommandLineOption certOpt(QStringLiteral("tls-cert"), QStringLiteral("TLS certificate (PEM)."),
                               QStringLiteral("FILE"));
    QCommandLineOption keyOpt(QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM)."),
                              QStringLiteral("FILE"));
    QCommandLineOption caOpt(QStringLiteral("tls-client-ca"),
                             QStringLiteral("Require client certificates signed by this CA."),
                             QStringLiteral("FILE"));
    QCommandLineOption scaleOpt(QStringLiteral("scale"),
                                QStringLiteral("Extra pending applications for benchmarks."),
                                QStringLiteral("N"), QStringLiteral("0"));
    QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("Worker threads."),
                                  QStringLiteral("N"), QStringLiteral("8"));
    QCommandLineOption ttlOpt(QStringLiteral("session-ttl"),
                              QStringLiteral("Session lifetime in seconds."),
                              QStringLiteral("SECONDS"), QStringLiteral("28800"));
    QCommandLineOption lockOpt(QStringLiteral("lockout"),
                               QStringLiteral("Failed sign-ins before a lockout."),
                               QStringLiteral("N"), QStringLiteral("5"));
    QCommandLineOption langOpt(
        QStringLiteral("lang"),
        QStringLiteral("Language of error messages: zh_CN or en (default: system)."),
        QStringLiteral("LANG"));
    parser.addOptions({dataOpt, dbOpt, listenOpt, certOpt, keyOpt, caOpt, scaleOpt, threadsOpt,
                       ttlOpt, lockOpt, langOpt});
    parser.process(*qapp);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) parser.showHelp(1);
    const QString command = args.first();

    QTranslator translator;
    const QString lang = parser.isSet(langOpt) ? parser.value(langOpt) : QLocale::system().name();
    if (lang.startsWith(QStringLiteral("zh")) &&
        translator.load(QStringLiteral(":/i18n/dxdesk_zh_CN.qm")))
        QCoreApplication::installTranslator(&translator);

    if (command == QStringLiteral("audit")) {
        if (args.value(1) != QStringLiteral("verify") || !parser.isSet(dataOpt))
            return fail(QStringLiteral("usage: dxserver audit verify --data DIR"));
        return auditVerify(parser.value(dataOpt),
                           storeOf(parser.value(dataOpt), parser.value(dbOpt)));
    }
    if (command == QStringLiteral("seed-demo")) {
        if (!parser.isSet(dataOpt)) return fail(QStringLiteral("seed-demo needs --data DIR"));
        bool ok = false;
        const int scale = parser.value(scaleOpt).toInt(&ok);
        if (!ok || scale < 0 || scale > 1000000)
            return fail(QStringLiteral("--scale must be a number from 0 to 1000000"));
        return seed(parser.value(dataOpt), storeOf(parser.value(dataOpt), parser.value(dbOpt)),
                    scale);
    }

    ServerConfig config;
    if (!parseListen(parser.value(listenOpt), &config.http))
        return fail(QStringLiteral("--listen must be HOST:PORT"));
    config.http.tlsCertFile = parser.value(certOpt);
    config.http.tlsKeyFile = parser.value(keyOpt);
    config.http.tlsClientCaFile = parser.value(caOpt);
    if (config.http.tlsCertFile.isEmpty() != config.http.tlsKeyFile.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    bool ok = false;
    config.http.threads = parser.value(threadsOpt).toInt(&ok);
    if (!ok || config.http.threads < 1 || config.http.threads > 256)
        return fail(QStringLiteral("--threads must be 1..256"));
    const qint64 ttl = parser.value(ttlOpt).toLongLong(&ok);
    if (!ok || ttl < 1)
        return fail(QStringLiteral("--session-ttl must be a positive number of seconds"));
    config.sessions.sessionTtlMs = ttl * 1000;
    config.sessions.maxFailures = parser.value(lockOpt).toInt(&ok);
    if (!ok || config.sessions.maxFailures < 1)
        return fail(QStringLiteral("--lockout must be at least 1"));

    if (command == QStringLiteral("serve")) {
        if (!parser.isSet(dataOpt)) return fail(QStringLiteral("serve needs --data DIR"));
        config.dataDir = parser.value(dataOpt);
        config.store = storeOf(config.dataDir, parser.value(dbOpt));
        return serve(config, false);
    }
    if (command == QStringLiteral("demo")) {
        std::unique_ptr<QTemporaryDir> temp;
        if (parser.isSet(dataOpt)) {
            config.dataDir = parser.value(dataOpt);
        } else {
            temp = std::make_unique<QTemporaryDir>();
            config.dataDir = temp->path();
        }
        if (parser.isSet(dbOpt)) return fail(QStringLiteral("demo uses SQLite; see serve --db"));
        config.store = storeOf(config.dataDir, {});
        if (!QFile::exists(config.store)) {
            out(QStringLiteral("Creating demo data in %1 …").arg(config.dataDir));
            if (int rc = seed(config.dataDir, config.store, 0); rc != 0) return rc;
        }
        return serve(config, true);
    }
    return fail(QStringLiteral("unknown command “%1”; see --help").arg(command));
}
