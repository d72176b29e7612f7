#include "server/serverapp.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>

#include "models/core/clock.h"
#include "models/store/datadirectory.h"

namespace dx {

namespace {
class ServerappTr {
    Q_DECLARE_TR_FUNCTIONS(ServerApp)
};
}  // namespace

ServerApp::ServerApp(ServerConfig config) : m_config(std::move(config)) {}
ServerApp::~ServerApp() = default;

Status ServerApp::start() {
    auto dir = DataDirectory::prepare(m_config.dataDir);
    if (!dir) return dir;
    m_dbPath = m_config.store.isEmpty()
                   ? QDir(m_config.dataDir).filePath(QStringLiteral("dx.sqlite"))
                   : m_config.store;
    // Open once on this thread so that migrations run before any request.
    auto probe = Database::open(m_dbPath, QStringLiteral("dx-startup"));
    if (!probe) return probe.error();
    probe.value().reset();
    auto key = AuditLog::loadOrCreateKey(m_config.dataDir);
    if (!key) return key.error();
    m_audit = std::make_unique<AuditLog>(key.value());
    m_blobs = std::make_unique<BlobStore>(QDir(m_config.dataDir).filePath(QStringLiteral("blobs")));
    m_http = std::make_unique<http::Server>(m_config.http);
    addRoutes();
    m_port = m_http->bind();
    if (m_port < 0)
        return makeError(ErrorCode::Internal, ServerappTr::tr("Cannot listen on %1:%2: %3")
                                                  .arg(m_config.http.host)
                                                  .arg(m_config.http.port)
                                                  .arg(m_http->errorString()));
    return Ok{};
}

Database &ServerApp::db() {
    // One connection per worker thread; kept for the thread's life.
    thread_local std::shared_ptr<Database> conn;
    thread_local QString connPath;
    if (!conn || connPath != m_dbPath) {
        static QAtomicInteger<int> counter;
        const QString name = QStringLiteral("dx-worker-%1").arg(counter.fetchAndAddRelaxed(1));
        auto opened = Database::open(m_dbPath, name);
        if (!opened) qFatal("cannot open the database: %s", qPrintable(opened.error().message));
        conn = opened.value();
        connPath = m_dbPath;
    }
    return *conn;
}

int ServerApp::httpStatus(const QString &code) {
    static const QHash<QString, int> table{
        {QLatin1String(ErrorCode::BadJson), 400},
        {QLatin1String(ErrorCode::UnknownCommand), 400},
        {QLatin1String(ErrorCode::Unauthenticated), 401},
        {QLatin1String(ErrorCode::BadCredentials), 401},
        {QLatin1String(ErrorCode::Forbidden), 403},
        {QLatin1String(ErrorCode::NotCertified), 403},
        {QLatin1String(ErrorCode::NotFound), 404},
        {QLatin1String(ErrorCode::Conflict), 409},
        {QLatin1String(ErrorCode::InvalidTransition), 409},
        {QLatin1String(ErrorCode::Duplicate), 409},
        {QLatin1String(ErrorCode::BlobMissing), 409},
        {QLatin1String(ErrorCode::Gap), 409},
        {QLatin1String(ErrorCode::PayloadTooLarge), 413},
        {QLatin1String(ErrorCode::Locked), 423},
        {QLatin1String(ErrorCode::Busy), 503},
        {QLatin1String(ErrorCode::Internal), 500},
    };
    return table.value(code, 422);  // every validation failure
}

http::Response ServerApp::respond(const Error &e) {
    return http::Response::json(httpStatus(e.code),
                                QJsonObject{{QStringLiteral("error"), e.toJson()}});
}

Result<QJsonObject> ServerApp::jsonBody(const http::Request &req) const {
    if (static_cast<size_t>(req.body.size()) > m_config.maxJsonBytes)
        return makeError(ErrorCode::PayloadTooLarge, ServerappTr::tr("The request is too large."));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::BadJson,
                         ServerappTr::tr("The request body is not a JSON object (%1 at byte %2).")
                             .arg(err.errorString())
                             .arg(err.offset));
    return doc.object();
}

Result<Actor> ServerApp::authenticate(const http::Request &req) {
    const QByteArray auth = req.header("authorization");
    if (!auth.startsWith("Bearer "))
        return makeError(ErrorCode::Unauthenticated, ServerappTr::tr("Please sign in first."));
    auto actor = sessions().authenticate(QString::fromLatin1(auth.mid(7).trimmed()), nowMs());
    if (!actor) return actor;
    const QString clientId = QString::fromLatin1(req.header("x-client-id"));
    if (!clientId.isEmpty()) {
        QString owner;
        {
            QMutexLocker lock(&m_clientsMutex);
            owner = m_clientOwners.value(clientId);
        }
        if (owner.isEmpty()) {
            auto row =
                db().scalar(QStringLiteral("SELECT user_id FROM clients WHERE id = ?"), {clientId});
            if (!row) return row.error();
            owner = row->toString();
            QMutexLocker lock(&m_clientsMutex);  // a client's owner never changes
            if (!owner.isEmpty() && m_clientOwners.size() < 100000)
                m_clientOwners.insert(clientId, owner);
        }
        if (owner != actor->userId)
            return makeError(ErrorCode::Forbidden,
                             ServerappTr::tr("This client is not registered to you."),
                             QStringLiteral("client_id"));
        Actor a = actor.value();
        a.clientId = clientId;
        return a;
    }
    return actor;
}

void ServerApp::addRoutes() {
    m_http->route("GET", "/api/v1/health", [this](const http::Request &) {
        auto epoch = db().scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'db_epoch'"));
        if (!epoch) return respond(epoch.error());
        return http::Response::json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                          {QStringLiteral("version"), QStringLiteral(DX_VERSION)},
                                          {QStringLiteral("db_epoch"), epoch->toString()}});
    });
    routes::addSessionRoutes(*m_http, *this);
    routes::addSyncRoutes(*m_http, *this);
    routes::addBlobRoutes(*m_http, *this);
    routes::addReadRoutes(*m_http, *this);
    routes::addListingRoutes(*m_http, *this);
}

}  // namespace dx
