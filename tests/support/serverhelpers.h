#pragma once
// The one helper set for tests that talk to a real dxserver (server, sync and UI tests): a
// signed-in user with a registered client that pushes commands, raw protocol steps (sign-in,
// client, push, decide), the whole change feed, the inbox, documents, fresh registration data,
// and read-only queries of the server's database.

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QUuid>
#include <QVariant>

#include <atomic>
#include <memory>
#include <utility>

#include "tests/support/dbdump.h"
#include "tests/support/httpclient.h"

namespace dx::test {

inline QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// The string under `key` ("" when absent): most checks read one field of a JSON answer.
inline QString str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString();
}

/// An outcome's status: "applied", "rejected", "retry" (or "http_<code>" from Session::push).
inline QString statusOf(const QJsonObject &outcome) {
    return str(outcome, "status");
}

inline bool applied(const QJsonObject &outcome) {
    return statusOf(outcome) == QStringLiteral("applied");
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

    /// The entity ids of the pending tab (待我审批) of the inbox.
    QSet<QString> pendingIds() {
        QSet<QString> ids;
        for (const QJsonValue &t :
             inbox(QStringLiteral("pending")).value(QLatin1String("tasks")).toArray())
            ids.insert(t.toObject().value(QLatin1String("entity_id")).toString());
        return ids;
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

/// A Session signed in as `username` with a registered client; null (the reason printed as a
/// warning) when sign-in or registration failed.
inline std::unique_ptr<Session> signedInSession(const QString &baseUrl, const QString &username,
                                                const QString &password) {
    auto s = std::make_unique<Session>(baseUrl);
    if (!s->signIn(username, password)) {
        qWarning("%s", qPrintable(s->problem()));
        return {};
    }
    return s;
}

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

// Raw protocol steps, for tests that drive push and pull by hand (sync, blobs, bad input).
/// Lower-case hex SHA-256: the name a blob is uploaded under.
inline QString sha256Hex(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// The lower-case hex SHA-256 of a file's bytes ("" when it cannot be read).
inline QString sha256OfFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

/// POST /api/v1/session; remembers the token in `http` and returns the `user` object ({} on
/// failure).
inline QJsonObject signIn(HttpClient &http, const QString &username, const QString &password) {
    const HttpReply r = http.postJson(
        QStringLiteral("/api/v1/session"),
        {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (r.status != 200) return {};
    http.setToken(r.json().value(QLatin1String("token")).toString());
    return r.json().value(QLatin1String("user")).toObject();
}

/// POST /api/v1/clients; the new client_id, or "" on failure.
inline QString registerClient(HttpClient &http, const QString &name) {
    const HttpReply r =
        http.postJson(QStringLiteral("/api/v1/clients"), {{QStringLiteral("name"), name}});
    return r.status == 201 ? r.json().value(QLatin1String("client_id")).toString() : QString();
}

/// One command as a client queues it; `baseRev < 0` leaves base_rev out.
inline QJsonObject command(qint64 seq, const QString &type, const QString &target,
                           const QJsonObject &payload, qint64 baseRev = -1,
                           const QString &id = newUuid()) {
    QJsonObject c{{QStringLiteral("id"), id},
                  {QStringLiteral("seq"), seq},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("payload"), payload}};
    if (!target.isEmpty()) c.insert(QStringLiteral("target"), target);
    if (baseRev >= 0) c.insert(QStringLiteral("base_rev"), baseRev);
    return c;
}

/// POST /api/v1/commands with the given batch.
inline HttpReply push(HttpClient &http, const QString &clientId, const QJsonArray &commands) {
    return http.postJson(
        QStringLiteral("/api/v1/commands"),
        {{QStringLiteral("client_id"), clientId}, {QStringLiteral("commands"), commands}});
}

/// Pushes one command; its outcome, or {} when the push itself failed.
inline QJsonObject pushOne(HttpClient &http, const QString &clientId, const QJsonObject &cmd) {
    const HttpReply r = push(http, clientId, QJsonArray{cmd});
    const QJsonArray outcomes = r.json().value(QLatin1String("outcomes")).toArray();
    return r.status == 200 && outcomes.size() == 1 ? outcomes.first().toObject() : QJsonObject();
}

/// A certification.decide command.
inline QJsonObject decide(qint64 seq, const QString &certId, qint64 baseRev, bool approve,
                          const QString &reason = {}, const QString &id = newUuid()) {
    QJsonObject p{{QStringLiteral("decision"),
                   approve ? QStringLiteral("approve") : QStringLiteral("reject")}};
    if (!reason.isNull()) p.insert(QStringLiteral("reason"), reason);
    return command(seq, QStringLiteral("certification.decide"), certId, p, baseRev, id);
}

/// The certification ids of the caller's open review tasks (待我审批), newest first.
inline QStringList pendingCertifications(HttpClient &http) {
    const HttpReply r = http.get(QStringLiteral("/api/v1/tasks?box=pending&limit=1000"));
    QStringList ids;
    for (const QJsonValue &t : r.json().value(QLatin1String("tasks")).toArray()) {
        const QJsonObject task = t.toObject();
        if (task.value(QLatin1String("entity")).toString() == QLatin1String("certifications"))
            ids << task.value(QLatin1String("entity_id")).toString();
    }
    return ids;
}

/// GET /api/v1/certifications/{id}: the row as the server has it ({} when not visible).
inline QJsonObject certification(HttpClient &http, const QString &id) {
    const HttpReply r = http.get(QStringLiteral("/api/v1/certifications/") + id);
    return r.status == 200 ? r.json() : QJsonObject();
}

/// The client's acknowledged last_seq as GET /api/v1/changes reports it (-1 on failure).
inline qint64 lastSeqOf(HttpClient &http, const QString &clientId) {
    const HttpReply r =
        http.get(QStringLiteral("/api/v1/changes?limit=1"), {{"X-Client-Id", clientId.toUtf8()}});
    return r.status == 200 ? r.json().value(QLatin1String("last_seq")).toInteger(-1) : -1;
}

/// An error object has the documented shape: non-empty code and message, a string field.
inline bool hasErrorShape(const QJsonObject &error) {
    return error.value(QLatin1String("code")).isString() &&
           !error.value(QLatin1String("code")).toString().isEmpty() &&
           error.value(QLatin1String("message")).isString() &&
           !error.value(QLatin1String("message")).toString().isEmpty() &&
           error.value(QLatin1String("field")).isString();
}

/// A PNG of the given size with noise drawn from `seed`, so that every call names a new blob.
inline QByteArray pngImage(int width, int height, quint32 seed) {
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb(200 + int(rng.bounded(56)), 200 + int(rng.bounded(56)), 180);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A small but well-formed one-page PDF.
inline QByteArray pdfDocument(const QByteArray &text) {
    return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
           "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n% " +
           text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
}

/// A new enterprise in 410102 made through the API, signed in, with a registered client.
struct Enterprise {
    QString username;
    QString password;
    QString mobile;
    QString userId;
    QString orgId;
    QString clientId;
    qint64 nextSeq = 1;
    QString failure;  ///< why setting it up failed; empty on success
};

/// Registers an enterprise account, signs `http` in as it, registers a client and, when
/// `complete`, saves and submits the profile and answers the demand survey (seq 1–3).
inline Enterprise registerEnterprise(HttpClient &http, const QString &username, bool complete) {
    Enterprise e;
    e.username = username;
    e.password = QStringLiteral("Firm#2026ok");
    e.mobile = freshMobile();
    const HttpReply reg = http.postJson(QStringLiteral("/api/v1/accounts"),
                                        {{QStringLiteral("role"), QStringLiteral("enterprise")},
                                         {QStringLiteral("username"), e.username},
                                         {QStringLiteral("mobile"), e.mobile},
                                         {QStringLiteral("password"), e.password}});
    if (reg.status != 201) {
        e.failure =
            QStringLiteral("register: %1 %2").arg(reg.status).arg(QString::fromUtf8(reg.body));
        return e;
    }
    e.userId = reg.json().value(QLatin1String("user_id")).toString();
    e.orgId = reg.json().value(QLatin1String("org_id")).toString();
    if (signIn(http, e.username, e.password).isEmpty()) {
        e.failure = QStringLiteral("sign-in failed");
        return e;
    }
    e.clientId = registerClient(http, e.username + QStringLiteral("'s laptop"));
    if (e.clientId.isEmpty()) {
        e.failure = QStringLiteral("client registration failed");
        return e;
    }
    if (!complete) return e;
    const QList<QJsonObject> steps{
        command(e.nextSeq++, QStringLiteral("organisation.save"), e.orgId,
                {{QStringLiteral("profile"), enterpriseProfile(e.mobile)}}),
        command(e.nextSeq++, QStringLiteral("organisation.submit"), e.orgId, {}),
        command(e.nextSeq++, QStringLiteral("survey.answer"), e.orgId,
                {{QStringLiteral("answers"), surveyAnswers(e.mobile)}})};
    for (const QJsonObject &step : steps) {
        const QJsonObject out = pushOne(http, e.clientId, step);
        if (out.value(QLatin1String("status")).toString() != QLatin1String("applied")) {
            e.failure = step.value(QLatin1String("type")).toString() + QStringLiteral(": ") +
                        QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
            return e;
        }
    }
    return e;
}

}  // namespace dx::test
