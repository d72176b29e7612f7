#pragma once

// Small helpers for the server sync, blob and bad-input tests: signing in, registering a client,
// building and pushing commands, finding pending applications, reading the database read-only.

#include "httpclient.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <atomic>

namespace dx::test::sync {

/// A lower-case UUID without braces, as a client makes one where the user acts.
inline QString newCommandId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Lower-case hex SHA-256: the name a blob is uploaded under.
inline QString sha256Hex(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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
                           const QString &id = newCommandId()) {
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
                          const QString &reason = {}, const QString &id = newCommandId()) {
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

/// Runs one SELECT on a private read-only connection to the server's database; the first
/// column of every row. The server keeps running (WAL: committed data is visible).
inline QVariantList queryColumn(const QString &dbPath, const QString &sql,
                                const QVariantList &binds = {}) {
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("dx-synchelpers-") + QString::number(++counter);
    QVariantList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &b : binds) q.addBindValue(b);
            if (q.exec()) {
                while (q.next()) out << q.value(0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

/// `SELECT COUNT(*) …` through queryColumn(); -1 when the query failed.
inline qint64 count(const QString &dbPath, const QString &sql, const QVariantList &binds = {}) {
    const QVariantList rows = queryColumn(dbPath, sql, binds);
    return rows.size() == 1 ? rows.first().toLongLong() : -1;
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

/// A mobile number that no demo account uses (the demo seeder draws 138…).
inline QString freshMobile() {
    static std::atomic<int> next{QRandomGenerator::global()->bounded(10000000, 90000000)};
    return QStringLiteral("159") + QString::number(next++);
}

/// The valid enterprise profile of the issue, with the contact mobile replaced.
inline QJsonObject enterpriseProfile(const QString &mobile) {
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("郑州示例精密制造有限公司")},
        {QStringLiteral("credit_code"), QStringLiteral("91410102MA44RJ5B06")},
        {QStringLiteral("enterprise_type"), QStringLiteral("private")},
        {QStringLiteral("industry"), QStringLiteral("C")},
        {QStringLiteral("region"), QStringLiteral("410102")},
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
inline QJsonObject demandSurvey(const QString &mobile) {
    return QJsonObject{
        {QStringLiteral("company_name"), QStringLiteral("郑州示例精密制造有限公司")},
        {QStringLiteral("region"), QStringLiteral("410102")},
        {QStringLiteral("enterprise_type"), QStringLiteral("private")},
        {QStringLiteral("industry"), QStringLiteral("C")},
        {QStringLiteral("employee_count"), 120},
        {QStringLiteral("digitalisation_level"), QStringLiteral("level_1")},
        {QStringLiteral("main_needs"), QJsonArray{QStringLiteral("production")}},
        {QStringLiteral("budget_range"), QStringLiteral("from_10_to_50")},
        {QStringLiteral("preferred_services"), QJsonArray{QStringLiteral("diagnosis_consulting")}},
        {QStringLiteral("willing_to_pilot"), true},
        {QStringLiteral("contact_name"), QStringLiteral("李娜")},
        {QStringLiteral("contact_mobile"), mobile}};
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
                {{QStringLiteral("answers"), demandSurvey(e.mobile)}})};
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

}  // namespace dx::test::sync
