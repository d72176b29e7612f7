#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace dx::test {

/// What one HTTP exchange returned; `networkError` is set only when no HTTP response arrived.
struct HttpReply {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;  ///< keys lower-cased
    QString networkError;

    QJsonObject json() const;
    QJsonObject error() const;  ///< json()["error"]
    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

/// A synchronous HTTP client for tests: one QNetworkAccessManager, a local event loop per call.
/// Create it in the thread that uses it.
class HttpClient {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpClient(QString baseUrl);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    void setToken(QString token);  ///< sent as `Authorization: Bearer <token>`; empty: none
    QString token() const { return m_token; }
    void setClientId(QString clientId);  ///< sent as `X-Client-Id`; empty: none
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setIgnoreSslErrors(bool ignore) {
        m_ignoreSslErrors = ignore;
    }  ///< for self-signed test certificates

    HttpReply request(const QByteArray &method, const QString &pathAndQuery,
                      const QByteArray &body = {}, Headers headers = {});
    HttpReply get(const QString &path, Headers headers = {});
    HttpReply postJson(const QString &path, const QJsonObject &object);
    HttpReply putBytes(const QString &path, const QByteArray &bytes, Headers headers = {});
    HttpReply del(const QString &path);
    HttpReply head(const QString &path);

    /// POST /api/v1/session; on success remembers and returns the token, else returns "".
    QString login(const QString &username, const QString &password);

private:
    QString m_baseUrl;
    QString m_token;
    QString m_clientId;
    int m_timeoutMs = 30000;
    bool m_ignoreSslErrors = false;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

}  // namespace dx::test
