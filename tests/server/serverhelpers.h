#pragma once
// Helpers for tests that talk to a real dxserver: a signed-in user with a registered client that
// pushes commands, the whole change feed, the inbox, documents, and fresh registration data.

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QUrlQuery>
#include <QUuid>

#include <memory>
#include <utility>

#include "httpclient.h"

namespace dx::test {

inline QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString errorCode(const QJsonObject &outcome) {
    return outcome.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

inline QString errorField(const QJsonObject &outcome) {
    return outcome.value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("field"))
        .toString();
}

/// For QVERIFY2 messages: the JSON as one line.
inline QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// Everything a user's change feed holds from `since` on, every page followed to the end.
struct Feed {
    QList<QJsonObject> changes;
    QString cookie;
    bool reset = false;
    int pages = 0;
    QString problem;  ///< set when a page did not come back as 200 JSON

    QList<QJsonObject> of(const QString &entity) const {
        QList<QJsonObject> out;
        for (const QJsonObject &c : changes) {
            if (c.value(QLatin1String("entity")).toString() == entity) out.append(c);
        }
        return out;
    }
    /// "entity/id@rev" of every row, to compare two pulls.
    QSet<QString> keys() const {
        QSet<QString> out;
        for (const QJsonObject &c : changes) {
            out.insert(c.value(QLatin1String("entity")).toString() + u'/' +
                       c.value(QLatin1String("id")).toString() + u'@' +
                       QString::number(c.value(QLatin1String("rev")).toInteger()));
        }
        return out;
    }
};

inline Feed pullAll(HttpClient &http, const QString &since = {}, int limit = 200) {
    Feed feed;
    QString cookie = since;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!cookie.isEmpty())
            query.addQueryItem(QStringLiteral("since"),
                               QString::fromLatin1(QUrl::toPercentEncoding(cookie)));
        const HttpReply reply = http.get(QStringLiteral("/api/v1/changes?") + query.toString());
        ++feed.pages;
        if (reply.status != 200) {
            feed.problem = QStringLiteral("GET /api/v1/changes: %1 %2")
                               .arg(reply.status)
                               .arg(QString::fromUtf8(reply.body));
            return feed;
        }
        const QJsonObject page = reply.json();
        for (const QJsonValue &c : page.value(QLatin1String("changes")).toArray())
            feed.changes.append(c.toObject());
        feed.reset = page.value(QLatin1String("reset")).toBool();
        feed.cookie = page.value(QLatin1String("cookie")).toString();
        if (feed.reset || !page.value(QLatin1String("has_more")).toBool()) return feed;
        if (feed.cookie.isEmpty() || feed.pages > 10000) {
            feed.problem = QStringLiteral("has_more without a usable cookie");
            return feed;
        }
        cookie = feed.cookie;
    }
}

/// A signed-in user with one registered client, pushing commands with a gapless seq.
class Session {
public:
    explicit Session(const QString &baseUrl) : m_http(std::make_unique<HttpClient>(baseUrl)) {}

    /// Signs in and registers a client; false (with `problem()`) when either fails.
    bool signIn(const QString &username, const QString &password) {
        const HttpReply reply = m_http->postJson(
            QStringLiteral("/api/v1/session"),
            {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
        if (reply.status != 200) {
            m_problem = QStringLiteral("sign-in of %1: %2 %3")
                            .arg(username)
                            .arg(reply.status)
                            .arg(QString::fromUtf8(reply.body));
            return false;
        }
        m_user = reply.json().value(QLatin1String("user")).toObject();
        m_http->setToken(reply.json().value(QLatin1String("token")).toString());
        const HttpReply client = m_http->postJson(
            QStringLiteral("/api/v1/clients"),
            {{QStringLiteral("name"), QString(username + QStringLiteral("'s test"))}});
        if (client.status != 201) {
            m_problem = QStringLiteral("client of %1: %2 %3")
                            .arg(username)
                            .arg(client.status)
                            .arg(QString::fromUtf8(client.body));
            return false;
        }
        m_clientId = client.json().value(QLatin1String("client_id")).toString();
        return true;
    }

    /// Pushes one command and returns its outcome; a failed HTTP exchange comes back as
    /// {"status": "http_<code>", "body": …} so that comparisons fail with the reason.
    QJsonObject push(const QString &type, const QString &target, const QJsonObject &payload = {},
                     qint64 baseRev = -1) {
        QJsonObject command{{QStringLiteral("id"), newUuid()},
                            {QStringLiteral("seq"), m_seq + 1},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("payload"), payload},
                            {QStringLiteral("issued_at"), QDateTime::currentMSecsSinceEpoch()}};
        if (!target.isEmpty()) command.insert(QStringLiteral("target"), target);
        if (baseRev >= 0) command.insert(QStringLiteral("base_rev"), baseRev);
        const HttpReply reply =
            m_http->postJson(QStringLiteral("/api/v1/commands"),
                             {{QStringLiteral("client_id"), m_clientId},
                              {QStringLiteral("commands"), QJsonArray{command}}});
        const QJsonArray outcomes = reply.json().value(QLatin1String("outcomes")).toArray();
        if (reply.status != 200 || outcomes.size() != 1) {
            return {{QStringLiteral("status"), QStringLiteral("http_%1").arg(reply.status)},
                    {QStringLiteral("body"), QString::fromUtf8(reply.body)}};
        }
        const QJsonObject outcome = outcomes.first().toObject();
        if (outcome.value(QLatin1String("status")).toString() != QLatin1String("retry")) ++m_seq;
        return outcome;
    }

    /// GET /api/v1/tasks?box=…&limit=1000: the whole tab.
    QJsonObject inbox(const QString &box) {
        return m_http->get(QStringLiteral("/api/v1/tasks?box=%1&limit=1000").arg(box)).json();
    }

    /// The current row (GET /api/v1/{certifications|organisations}/{id}); empty when not 200.
    QJsonObject row(const QString &collection, const QString &id) {
        const HttpReply r = m_http->get(QStringLiteral("/api/v1/%1/%2").arg(collection, id));
        return r.status == 200 ? r.json() : QJsonObject{};
    }

    Feed pullAll(const QString &since = {}) { return dx::test::pullAll(*m_http, since); }

    /// PUT /api/v1/blobs/{sha} in one piece; returns the sha, or "" when not stored.
    QString upload(const QByteArray &bytes) {
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const HttpReply r = m_http->putBytes(QStringLiteral("/api/v1/blobs/") + sha, bytes);
        if (r.status != 201 && r.status != 200) {
            m_problem =
                QStringLiteral("upload: %1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
            return {};
        }
        return sha;
    }

    HttpClient &http() { return *m_http; }
    QJsonObject user() const { return m_user; }
    QString userId() const { return m_user.value(QLatin1String("id")).toString(); }
    QString orgId() const { return m_user.value(QLatin1String("org_id")).toString(); }
    QString clientId() const { return m_clientId; }
    qint64 seq() const { return m_seq; }
    QString problem() const { return m_problem; }

private:
    std::unique_ptr<HttpClient> m_http;
    QJsonObject m_user;
    QString m_clientId;
    qint64 m_seq = 0;
    QString m_problem;
};

/// A mobile number no demo account uses (the demo draws 13800000001 upwards).
inline QString freshMobile() {
    static int next = 0;
    return QStringLiteral("1397%1%2")
        .arg(QRandomGenerator::global()->bounded(1000), 3, 10, QLatin1Char('0'))
        .arg(++next, 4, 10, QLatin1Char('0'));
}

/// The body of POST /api/v1/accounts for a new enterprise.
inline QJsonObject registration(const QString &username, const QString &password,
                                const QString &mobile = freshMobile()) {
    return {{QStringLiteral("role"), QStringLiteral("enterprise")},
            {QStringLiteral("username"), username},
            {QStringLiteral("mobile"), mobile},
            {QStringLiteral("password"), password},
            {QStringLiteral("email"), QString(username + QStringLiteral("@example.com"))}};
}

/// A complete enterprise profile (resources/forms/enterprise_profile.json) in `region`.
inline QJsonObject enterpriseProfile(const QString &mobile,
                                     const QString &region = QStringLiteral("410102")) {
    return {{QStringLiteral("name"), QStringLiteral("郑州示例精密制造有限公司")},
            {QStringLiteral("credit_code"), QStringLiteral("91410102MA44RJ5B06")},
            {QStringLiteral("enterprise_type"), QStringLiteral("private")},
            {QStringLiteral("industry"), QStringLiteral("C")},
            {QStringLiteral("region"), region},
            {QStringLiteral("legal_representative"), QStringLiteral("张伟")},
            {QStringLiteral("registered_capital"), QStringLiteral("500.00")},
            {QStringLiteral("registered_address"), QStringLiteral("河南省郑州市中原区建设西路1号")},
            {QStringLiteral("mailing_address"), QStringLiteral("河南省郑州市中原区建设西路1号")},
            {QStringLiteral("two_integration_certified"), false},
            {QStringLiteral("contact_name"), QStringLiteral("李娜")},
            {QStringLiteral("mobile"), mobile},
            {QStringLiteral("landline"), QStringLiteral("0371-12345678")},
            {QStringLiteral("email"), QStringLiteral("contact@example.com")},
            {QStringLiteral("last_year_revenue"), QStringLiteral("3250.50")},
            {QStringLiteral("last_year_profit_tax"), QStringLiteral("180.25")}};
}

/// Answers of resources/forms/demand_survey.json that pass its submit rules.
inline QJsonObject surveyAnswers(const QString &mobile,
                                 const QString &region = QStringLiteral("410102")) {
    return {{QStringLiteral("company_name"), QStringLiteral("郑州示例精密制造有限公司")},
            {QStringLiteral("region"), region},
            {QStringLiteral("enterprise_type"), QStringLiteral("private")},
            {QStringLiteral("industry"), QStringLiteral("C")},
            {QStringLiteral("employee_count"), 120},
            {QStringLiteral("digitalisation_level"), QStringLiteral("level_1")},
            {QStringLiteral("main_needs"),
             QJsonArray{QStringLiteral("production"), QStringLiteral("cloud")}},
            {QStringLiteral("budget_range"), QStringLiteral("from_10_to_50")},
            {QStringLiteral("preferred_services"), QJsonArray{QStringLiteral("cloud")}},
            {QStringLiteral("willing_to_pilot"), true},
            {QStringLiteral("contact_name"), QStringLiteral("李娜")},
            {QStringLiteral("contact_mobile"), mobile}};
}

/// An 800×500 "scan" in `format` ("PNG" or "JPG"), different for every `seed`; empty on failure.
inline QByteArray scanImage(int seed, const char *format = "PNG") {
    QImage image(800, 500, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y,
                           qRgb((x + seed * 37) % 256, (y * 3 + seed) % 256, (x ^ y ^ seed) % 256));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format)) return {};
    return bytes;
}

}  // namespace dx::test
