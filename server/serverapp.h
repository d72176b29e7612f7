#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

#include "models/audit/auditlog.h"
#include "models/auth/sessioncache.h"
#include "models/auth/sessionservice.h"
#include "models/blobs/blobstore.h"
#include "models/store/database.h"
#include "models/sync/changefeedcache.h"
#include "server/http/httpserver.h"

namespace dx {

/// Settings of one dxserver process.
struct ServerConfig {
    QString dataDir;  ///< blobs and the audit key; shared by every process of one store
    QString store;    ///< Database::open location; empty: dataDir/dx.sqlite
    http::Options http;
    SessionPolicy sessions;
    size_t maxJsonBytes = 1024 * 1024;          ///< JSON request bodies
    qint64 maxBlobBytes = 100LL * 1024 * 1024;  ///< the largest upload rule (case documents)
    int maxCommandsPerPush = 1000;
};

/// The server: data directory, per-thread database connections, blob store, sessions, routes.
class ServerApp {
public:
    explicit ServerApp(ServerConfig config);
    ~ServerApp();

    /// Opens the store (migrating), loads the audit key, registers routes and binds.
    Status start();
    int port() const { return m_port; }
    void run() { m_http->run(); }
    void stop() { m_http->stop(); }

    // Used by route handlers.
    Database &db();  ///< this worker thread's own connection
    BlobStore &blobs() { return *m_blobs; }
    ChangeFeedCache &feedCache() { return m_feedCache; }
    const AuditLog &audit() const { return *m_audit; }
    const ServerConfig &config() const { return m_config; }
    SessionService sessions() {
        return SessionService(db(), m_audit.get(), m_config.sessions, &m_sessionCache);
    }

    /// The actor behind the request's bearer token (and X-Client-Id, checked to be theirs).
    Result<Actor> authenticate(const http::Request &req);
    Result<QJsonObject> jsonBody(const http::Request &req) const;

    static http::Response respond(const Error &error);
    static int httpStatus(const QString &errorCode);

private:
    void addRoutes();

    ServerConfig m_config;
    QString m_dbPath;
    std::unique_ptr<http::Server> m_http;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<AuditLog> m_audit;
    ChangeFeedCache m_feedCache;
    SessionCache m_sessionCache;
    QMutex m_clientsMutex;
    QHash<QString, QString> m_clientOwners;  ///< client_id → user_id
    int m_port = -1;
};

namespace routes {
void addSessionRoutes(http::Server &http, ServerApp &app);
void addSyncRoutes(http::Server &http, ServerApp &app);
void addBlobRoutes(http::Server &http, ServerApp &app);
void addReadRoutes(http::Server &http, ServerApp &app);
void addListingRoutes(http::Server &http, ServerApp &app);
}  // namespace routes

}  // namespace dx
