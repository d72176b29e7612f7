#include "tests/support/httpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace dx::test {

QJsonObject HttpReply::json() const {
    return QJsonDocument::fromJson(body).object();
}

QJsonObject HttpReply::error() const {
    return json().value(QLatin1String("error")).toObject();
}

HttpClient::HttpClient(QString baseUrl)
    : m_baseUrl(std::move(baseUrl)), m_nam(std::make_unique<QNetworkAccessManager>()) {
    // A developer's http_proxy must not intercept requests to the test server.
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

HttpClient::~HttpClient() = default;

void HttpClient::setToken(QString token) {
    m_token = std::move(token);
}

void HttpClient::setClientId(QString clientId) {
    m_clientId = std::move(clientId);
}

HttpReply HttpClient::request(const QByteArray &method, const QString &pathAndQuery,
                              const QByteArray &body, Headers headers) {
    QNetworkRequest req(QUrl(m_baseUrl + pathAndQuery));
    // Tests look at redirects and status codes themselves.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty()) req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!m_clientId.isEmpty()) req.setRawHeader("X-Client-Id", m_clientId.toUtf8());
    for (const auto &[name, value] : headers) req.setRawHeader(name, value);
    if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));

    QNetworkReply *reply = nullptr;
    if (method == "GET" && body.isEmpty())
        reply = m_nam->get(req);
    else if (method == "HEAD")
        reply = m_nam->head(req);
    else if (method == "DELETE" && body.isEmpty())
        reply = m_nam->deleteResource(req);
    else
        reply = m_nam->sendCustomRequest(req, method, body);

    if (m_ignoreSslErrors) {
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    }

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    timer.start(m_timeoutMs);
    if (!reply->isFinished()) loop.exec();
    timer.stop();

    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    if (timedOut)
        out.networkError = QStringLiteral("timed out after %1 ms").arg(m_timeoutMs);
    else if (out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

HttpReply HttpClient::get(const QString &path, Headers headers) {
    return request("GET", path, {}, std::move(headers));
}

HttpReply HttpClient::postJson(const QString &path, const QJsonObject &object) {
    return request("POST", path, QJsonDocument(object).toJson(QJsonDocument::Compact),
                   {{"Content-Type", "application/json"}});
}

HttpReply HttpClient::putBytes(const QString &path, const QByteArray &bytes, Headers headers) {
    return request("PUT", path, bytes, std::move(headers));
}

HttpReply HttpClient::del(const QString &path) {
    return request("DELETE", path);
}

HttpReply HttpClient::head(const QString &path) {
    return request("HEAD", path);
}

QString HttpClient::login(const QString &username, const QString &password) {
    const HttpReply reply =
        postJson(QStringLiteral("/api/v1/session"),
                 {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    const QString token =
        reply.status / 100 == 2 ? reply.json().value(QLatin1String("token")).toString() : QString();
    setToken(token);
    return token;
}

}  // namespace dx::test
