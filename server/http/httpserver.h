#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace dx::http {

/// One HTTP request as routes see it: no transport types leak through this struct.
struct Request {
    QByteArray method;                      ///< "GET", "POST", ...
    QByteArray path;                        ///< without the query string
    QStringList pathArgs;                   ///< regex captures of the route pattern, in order
    QHash<QString, QString> query;          ///< decoded query parameters (last one wins)
    QHash<QByteArray, QByteArray> headers;  ///< keys lower-cased
    QByteArray body;
    QString remoteAddr;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

/// The response a route returns. Either `body` or `filePath` (streamed, with Range support).
struct Response {
    int status = 200;
    /// With a charset, so cpp-httplib 0.11 does not compress it: it picks brotli at quality 11
    /// for clients that accept it (Qt does), ~1.3 s for a 1,000-row page (docs/PERFORMANCE.md).
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QString filePath;  ///< when set, the file's bytes are the body (honours a Range request)
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(int status, const QJsonObject &object);
    /// `{"error": {"code", "message", "field"}}`
    static Response error(int status, const QString &code, const QString &message,
                          const QString &field = {});
};

using Handler = std::function<Response(const Request &)>;

/// Transport settings; every limit deliberate.
struct Options {
    QString host = QStringLiteral("127.0.0.1");
    int port = 8080;                        ///< 0 picks a free port
    int threads = 8;                        ///< worker pool size
    size_t maxBodyBytes = 9 * 1024 * 1024;  ///< larger bodies answer 413 without being read
    int readTimeoutSec = 10;
    int writeTimeoutSec = 10;
    int keepAliveTimeoutSec = 5;
    int keepAliveMaxCount = 1000;
    QString tlsCertFile;  ///< TLS when both cert and key are given
    QString tlsKeyFile;
    QString tlsClientCaFile;  ///< optional: require client certificates signed by this CA
};

/// A small HTTP(S) server: routes by method + regex, a thread pool, limits. Wraps cpp-httplib.
class Server {
public:
    explicit Server(Options options);
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    /// Registers a handler; `pattern` is a full-match regex on the path, e.g.
    /// "/api/v1/blobs/([0-9a-f]{64})".
    void route(const QByteArray &method, const QByteArray &pattern, Handler handler);

    /// Binds the socket; returns the bound port or -1 (with `errorString()`).
    int bind();
    /// Serves until stop() is called (blocking). Call bind() first.
    void run();
    void stop();
    QString errorString() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace dx::http
