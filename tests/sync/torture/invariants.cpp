#include "tests/sync/torture/invariants.h"

#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include "models/blobs/blobstore.h"
#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"

namespace dx::test::torture {

namespace {

const QStringList kSynced{QStringLiteral("users"), QStringLiteral("organisations"),
                          QStringLiteral("certifications"), QStringLiteral("tasks"),
                          QStringLiteral("notifications")};
const QStringList kBlobColumns{QStringLiteral("license_blob"), QStringLiteral("id_front_blob"),
                               QStringLiteral("id_back_blob"), QStringLiteral("attachment_blob")};

/// One SQLite file opened read-only under a connection name of its own, closed on destruction.
class SqlFile {
public:
    explicit SqlFile(const QString &path) {
        static int counter = 0;
        m_name = QStringLiteral("torture-check-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!QFileInfo::exists(path) || !db.open())
            m_error = path + QStringLiteral(": ") + db.lastError().text();
    }
    ~SqlFile() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    SqlFile(const SqlFile &) = delete;
    SqlFile &operator=(const SqlFile &) = delete;

    QList<QVariantMap> rows(const QString &sql, const QVariantList &binds = {}) {
        QList<QVariantMap> out;
        if (!m_error.isEmpty()) return out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(sql);
        for (const QVariant &b : binds) q.addBindValue(b);
        if (!q.exec()) {
            m_error = sql + QStringLiteral(": ") + q.lastError().text();
            return out;
        }
        while (q.next()) {
            QVariantMap row;
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i) row.insert(rec.fieldName(i), q.value(i));
            out.append(row);
        }
        return out;
    }
    QVariant value(const QString &sql, const QVariantList &binds = {}) {
        const auto r = rows(sql, binds);
        return r.isEmpty() ? QVariant() : r.first().first();
    }
    const QString &error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

QStringList madeLog(const QString &dir) {
    QFile f(dir + QStringLiteral("/made.log"));
    QStringList out;
    if (!f.open(QIODevice::ReadOnly)) return out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty()) out << QString::fromLatin1(line.trimmed());
    return out;
}

// The value of a pulled field and of a replica column, compared as text.
QString text(const QJsonValue &v) {
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QJsonObject jsonOf(const QVariant &v) {
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

/// All rows the user may see, from a fresh full pull: entity → id → data.
QHash<QString, QHash<QString, QJsonObject>> fullPull(const TestServer &server, const Person &p,
                                                     QString *error) {
    QHash<QString, QHash<QString, QJsonObject>> view;
    HttpClient http(server.baseUrl());
    http.setToken(p.token);
    QString cookie;
    for (int page = 0; page < 1000; ++page) {
        const HttpReply r =
            http.get(QStringLiteral("/api/v1/changes?limit=1000") +
                     (cookie.isEmpty() ? QString() : QStringLiteral("&since=") + cookie));
        const QJsonObject o = r.json();
        if (r.status != 200 || o.value(QStringLiteral("reset")).toBool()) {
            *error = QStringLiteral("pull answered %1: %2")
                         .arg(r.status)
                         .arg(QString::fromUtf8(r.body.left(300)));
            return {};
        }
        for (const QJsonValue &v : o.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString entity = c.value(QStringLiteral("entity")).toString();
            const QString id = c.value(QStringLiteral("id")).toString();
            if (c.value(QStringLiteral("op")).toString() == QStringLiteral("delete"))
                view[entity].remove(id);
            else
                view[entity].insert(id, c.value(QStringLiteral("data")).toObject());
        }
        cookie = o.value(QStringLiteral("cookie")).toString();
        if (!o.value(QStringLiteral("has_more")).toBool()) return view;
    }
    *error = QStringLiteral("the pull never ended");
    return {};
}

/// What checkPerson found, for its closing summary.
struct Report {
    QString who;
    QString clientId;
    QList<QVariantMap> outbox;
    QStringList made;
    QMap<QString, int> tally;  ///< "type status [error code]" → commands
    int replayed = 0;
    int compared = 0;
    int cited = 0;
    int files = 0;
};

// (a) every command made is on the server exactly once, with the status the outbox shows;
// (b) nothing on the server the client did not make; each client's log is gapless to last_seq.
void checkCommands(SqlFile &replica, SqlFile &server, const Person &p, Report &report) {
    auto sqlOk = [&] { return replica.error().isEmpty() && server.error().isEmpty(); };
    const QString &who = report.who;
    report.outbox = replica.rows(QStringLiteral(
        "SELECT seq, command_id, type, target, payload, status, outcome FROM outbox ORDER BY seq"));
    const QList<QVariantMap> &outbox = report.outbox;
    QVERIFY2(sqlOk(), qPrintable(replica.error() + server.error()));
    QHash<QString, QVariantMap> byId;
    for (int i = 0; i < outbox.size(); ++i) {
        const QVariantMap &o = outbox[i];
        const QString id = o.value(QStringLiteral("command_id")).toString();
        const QString status = o.value(QStringLiteral("status")).toString();
        QCOMPARE(o.value(QStringLiteral("seq")).toLongLong(), qint64(i + 1));
        QVERIFY2(
            status == QStringLiteral("applied") || status == QStringLiteral("rejected"),
            qPrintable(
                QStringLiteral("%1: outbox seq %2 is still %3").arg(who).arg(i + 1).arg(status)));
        const auto logged = server.rows(
            QStringLiteral(
                "SELECT client_id, seq, status, outcome FROM command_log WHERE command_id = ?"),
            {id});
        QVERIFY2(sqlOk(), qPrintable(server.error()));
        QVERIFY2(
            logged.size() == 1,
            qPrintable(QStringLiteral("%1: command %2 (seq %3) is %4 times in the server's log")
                           .arg(who, id)
                           .arg(i + 1)
                           .arg(logged.size())));
        const QVariantMap &l = logged.first();
        QCOMPARE(l.value(QStringLiteral("client_id")).toString(), report.clientId);
        QCOMPARE(l.value(QStringLiteral("seq")).toLongLong(), qint64(i + 1));
        QVERIFY2(l.value(QStringLiteral("status")).toString() == status,
                 qPrintable(
                     QStringLiteral("%1: command %2 is %3 on the client but %4 on the server (%5)")
                         .arg(who, id, status, l.value(QStringLiteral("status")).toString(),
                              l.value(QStringLiteral("outcome")).toString())));
        byId.insert(id, o);
        const QJsonObject outcome = jsonOf(o.value(QStringLiteral("outcome")));
        // The answer to its first push was lost (a kill): the client learnt it from a replay.
        if (outcome.value(QStringLiteral("replayed")).toBool()) ++report.replayed;
        QString key = o.value(QStringLiteral("type")).toString() + u' ' + status;
        if (status == QStringLiteral("rejected"))
            key += u' ' + outcome.value(QStringLiteral("error"))
                              .toObject()
                              .value(QStringLiteral("code"))
                              .toString();
        ++report.tally[key];
    }
    report.made = madeLog(p.dir);
    for (const QString &id : report.made) {
        QVERIFY2(byId.contains(id), qPrintable(who + QStringLiteral(": made ") + id +
                                               QStringLiteral(" but it is not in the outbox")));
        const int n = server
                          .value(QStringLiteral("SELECT COUNT(*) FROM command_log WHERE command_id "
                                                "= ? AND status IN ('applied','rejected')"),
                                 {id})
                          .toInt();
        QVERIFY2(n == 1,
                 qPrintable(QStringLiteral("%1: made %2, on the server %3 times with an outcome")
                                .arg(who, id)
                                .arg(n)));
    }
    // Nothing on the server the client did not make; each client's log is gapless to last_seq.
    const auto theirs = server.rows(
        QStringLiteral("SELECT command_id FROM command_log WHERE user_id = ?"), {p.actor.userId});
    for (const QVariantMap &t : theirs)
        QVERIFY2(byId.contains(t.value(QStringLiteral("command_id")).toString()),
                 qPrintable(
                     who + QStringLiteral(": the server logged a command the client never made: ") +
                     t.value(QStringLiteral("command_id")).toString()));
    const auto clients = server.rows(
        QStringLiteral("SELECT c.id, c.last_seq, COUNT(l.seq) AS n, COALESCE(MAX(l.seq), 0) AS top "
                       "FROM clients c LEFT JOIN command_log l ON l.client_id = c.id "
                       "WHERE c.user_id = ? GROUP BY c.id, c.last_seq"),
        {p.actor.userId});
    QVERIFY2(sqlOk(), qPrintable(server.error()));
    for (const QVariantMap &c : clients) {
        const qint64 last = c.value(QStringLiteral("last_seq")).toLongLong();
        QCOMPARE(c.value(QStringLiteral("n")).toLongLong(), last);
        QCOMPARE(c.value(QStringLiteral("top")).toLongLong(), last);
        if (c.value(QStringLiteral("id")).toString() == report.clientId)
            QCOMPARE(last, qint64(outbox.size()));
    }
}

// The server's state is the applied commands folded in.
void checkFoldedIn(SqlFile &server, const Person &p, const Report &report) {
    const QString &who = report.who;
    for (const QVariantMap &o : report.outbox) {
        if (o.value(QStringLiteral("status")).toString() != QStringLiteral("applied")) continue;
        const QString type = o.value(QStringLiteral("type")).toString();
        const QJsonObject payload = jsonOf(o.value(QStringLiteral("payload")));
        const QJsonObject outcome = jsonOf(o.value(QStringLiteral("outcome")));
        if (type == QStringLiteral("certification.decide")) {
            const auto cert = server.rows(
                QStringLiteral("SELECT state, decided_by FROM certifications WHERE id = ?"),
                {o.value(QStringLiteral("target"))});
            QCOMPARE(cert.size(), 1);
            const QString want =
                payload.value(QStringLiteral("decision")).toString() == QStringLiteral("approve")
                    ? QStringLiteral("approved")
                    : QStringLiteral("rejected");
            QCOMPARE(cert.first().value(QStringLiteral("state")).toString(), want);
            QCOMPARE(cert.first().value(QStringLiteral("decided_by")).toString(), p.actor.userId);
        } else if (type == QStringLiteral("certification.submit")) {
            const QString certId = outcome.value(QStringLiteral("result"))
                                       .toObject()
                                       .value(QStringLiteral("certification_id"))
                                       .toString();
            const auto cert = server.rows(
                QStringLiteral(
                    "SELECT org_id, applicant_id, license_blob, id_front_blob, id_back_blob "
                    "FROM certifications WHERE id = ?"),
                {certId});
            QVERIFY2(
                cert.size() == 1,
                qPrintable(who + QStringLiteral(": an applied submit without its application: ") +
                           o.value(QStringLiteral("outcome")).toString()));
            QCOMPARE(cert.first().value(QStringLiteral("org_id")).toString(), p.actor.orgId);
            QCOMPARE(cert.first().value(QStringLiteral("applicant_id")).toString(), p.actor.userId);
            QCOMPARE(cert.first().value(QStringLiteral("license_blob")).toString(),
                     payload.value(QStringLiteral("license")).toString());
            QCOMPARE(cert.first().value(QStringLiteral("id_back_blob")).toString(),
                     payload.value(QStringLiteral("id_back")).toString());
        } else if (type == QStringLiteral("certification.withdraw")) {
            QCOMPARE(server
                         .value(QStringLiteral("SELECT state FROM certifications WHERE id = ?"),
                                {o.value(QStringLiteral("target"))})
                         .toString(),
                     QStringLiteral("draft"));
        }
    }
    if (p.mode == QStringLiteral("submit")) {
        // One version per applied submit on top of the seeded one.
        const int versions =
            server
                .value(QStringLiteral("SELECT COUNT(*) FROM certifications WHERE org_id = ?"),
                       {p.actor.orgId})
                .toInt();
        QCOMPARE(versions, 1 + report.tally.value(QStringLiteral("certification.submit applied")));
    }
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
}

// (c) the replica is the user's scoped view: a fresh full pull, row by row, value by value.
void checkScopedView(const TestServer &server, SqlFile &replica, const Person &p, Report &report) {
    const QString &who = report.who;
    QString pullError;
    const auto view = fullPull(server, p, &pullError);
    QVERIFY2(pullError.isEmpty(), qPrintable(pullError));
    QCOMPARE(replica.value(QStringLiteral("SELECT COUNT(*) FROM changes")).toInt(),
             0);  // no local effect left
    for (const QString &table : kSynced) {
        const QHash<QString, QJsonObject> want = view.value(table);
        QHash<QString, QVariantMap> have;
        for (const QVariantMap &row : replica.rows(QStringLiteral("SELECT * FROM ") + table))
            have.insert(row.value(QStringLiteral("id")).toString(), row);
        QHash<QString, QJsonObject> shadow;
        for (const QVariantMap &row : replica.rows(
                 QStringLiteral("SELECT id, data FROM server_rows WHERE entity = ?"), {table}))
            shadow.insert(row.value(QStringLiteral("id")).toString(),
                          jsonOf(row.value(QStringLiteral("data"))));
        QVERIFY2(replica.error().isEmpty(), qPrintable(replica.error()));
        for (auto it = have.cbegin(); it != have.cend(); ++it)
            QVERIFY2(
                want.contains(it.key()),
                qPrintable(
                    QStringLiteral("%1: %2 %3 (rev %4) is on the client but not in the user's view")
                        .arg(who, table, it.key())
                        .arg(it.value().value(QStringLiteral("rev")).toLongLong())));
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            QVERIFY2(have.contains(it.key()),
                     qPrintable(QStringLiteral("%1: %2 %3 (rev %4) is missing on the client")
                                    .arg(who, table, it.key())
                                    .arg(it.value().value(QStringLiteral("rev")).toInteger())));
            const QVariantMap &row = have[it.key()];
            for (auto f = it.value().constBegin(); f != it.value().constEnd(); ++f) {
                if (!row.contains(f.key())) continue;
                QVERIFY2(
                    row.value(f.key()).toString() == text(f.value()),
                    qPrintable(QStringLiteral(
                                   "%1: %2 %3 .%4 is \"%5\" on the client, \"%6\" on the server")
                                   .arg(who, table, it.key(), f.key(),
                                        row.value(f.key()).toString(), text(f.value()))));
            }
            QVERIFY2(shadow.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("%1: server_rows of %2 %3 differs from the server")
                                    .arg(who, table, it.key())));
            ++report.compared;
        }
        QCOMPARE(shadow.size(), want.size());
    }
}

// (d) documents: on the server with their hash; the client's files hash to their names.
void checkDocuments(const TestServer &server, SqlFile &replica, const Person &p, Report &report) {
    const QString &who = report.who;
    HttpClient http(server.baseUrl());
    http.setToken(p.token);
    QSet<QString> cited;
    for (const QVariantMap &row :
         replica.rows(QStringLiteral("SELECT state, ") + kBlobColumns.join(u',') +
                      QStringLiteral(" FROM certifications")))
        for (const QString &col : kBlobColumns) {
            const QString sha = row.value(col).toString();
            if (sha.isEmpty()) continue;
            QVERIFY2(BlobStore::isValidHash(sha),
                     qPrintable(who + QStringLiteral(": a certification cites ") + sha));
            if (cited.contains(sha)) continue;
            cited.insert(sha);
            QCOMPARE(http.head(QStringLiteral("/api/v1/blobs/") + sha).status, 200);
            const QString onServer =
                server.dataDir() + QStringLiteral("/blobs/") + sha.left(2) + u'/' + sha;
            QVERIFY2(sha256OfFile(onServer) == sha,
                     qPrintable(QStringLiteral("%1: the server's %2 does not hash to its name")
                                    .arg(who, onServer)));
            // After the final prefetch, the documents of every pending application are here.
            if (row.value(QStringLiteral("state")).toString() == QStringLiteral("submitted"))
                QVERIFY2(
                    QFileInfo::exists(p.dir + QStringLiteral("/blobs/") + sha.left(2) + u'/' + sha),
                    qPrintable(
                        who +
                        QStringLiteral(": a pending application's document was not prefetched: ") +
                        sha));
        }
    report.cited = int(cited.size());
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    for (QDirIterator it(p.dir + QStringLiteral("/blobs"), QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        const QFileInfo fi(path);
        if (!hex64.match(fi.fileName()).hasMatch() ||
            fi.dir().dirName() == QStringLiteral("partial"))
            continue;  // temp files
        QVERIFY2(sha256OfFile(path) == fi.fileName(),
                 qPrintable(who + QStringLiteral(": the client's blob ") + path +
                            QStringLiteral(" does not hash to its name")));
        QCOMPARE(fi.dir().dirName(), fi.fileName().left(2));
        ++report.files;
    }
}

// (e) nothing outside the user's scope.
void checkScope(SqlFile &replica, const Person &p) {
    if (p.mode == QStringLiteral("decide")) {
        for (const QString &table : {QStringLiteral("organisations"),
                                     QStringLiteral("certifications"), QStringLiteral("tasks")})
            QCOMPARE(replica
                         .value(QStringLiteral("SELECT COUNT(*) FROM ") + table +
                                    QStringLiteral(" WHERE region <> ?"),
                                {p.actor.region})
                         .toInt(),
                     0);
    } else {
        QCOMPARE(replica
                     .value(QStringLiteral("SELECT COUNT(*) FROM organisations WHERE id <> ?"),
                            {p.actor.orgId})
                     .toInt(),
                 0);
        QCOMPARE(replica
                     .value(QStringLiteral("SELECT COUNT(*) FROM certifications WHERE org_id <> ?"),
                            {p.actor.orgId})
                     .toInt(),
                 0);
        QCOMPARE(replica
                     .value(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE org_id <> ?"),
                            {p.actor.orgId})
                     .toInt(),
                 0);
    }
    QCOMPARE(
        replica.value(QStringLiteral("SELECT COUNT(*) FROM users WHERE id <> ?"), {p.actor.userId})
            .toInt(),
        0);
    QCOMPARE(replica
                 .value(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE user_id <> ?"),
                        {p.actor.userId})
                 .toInt(),
             0);
}

}  // namespace

void checkBetweenRuns(const TestServer &server, const QList<const Person *> &people,
                      const QString &where) {
    for (const Person *p : people) {
        const QString path = p->dir + QStringLiteral("/replica.sqlite");
        if (!QFileInfo::exists(path)) continue;
        SqlFile replica(path);
        const auto outbox =
            replica.rows(QStringLiteral("SELECT seq, command_id FROM outbox ORDER BY seq"));
        // An agent SIGKILLed while it created its replica, before it made anything, leaves a
        // replica without an outbox, or with a hot journal a read-only connection cannot roll
        // back: its next run finishes it, and there is nothing to check yet.
        if (!replica.error().isEmpty() && madeLog(p->dir).isEmpty()) continue;
        QVERIFY2(replica.error().isEmpty(), qPrintable(replica.error()));
        QSet<QString> ids;
        for (int i = 0; i < outbox.size(); ++i) {
            QVERIFY2(outbox[i].value(QStringLiteral("seq")).toLongLong() == i + 1,
                     qPrintable(QStringLiteral("%1: %2's outbox is not gapless at %3")
                                    .arg(where, p->label)
                                    .arg(i + 1)));
            ids.insert(outbox[i].value(QStringLiteral("command_id")).toString());
        }
        for (const QString &id : madeLog(p->dir))
            QVERIFY2(ids.contains(id),
                     qPrintable(QStringLiteral("%1: %2 made %3 but it is not in its outbox")
                                    .arg(where, p->label, id)));
    }
    SqlFile db(server.dbPath());
    const auto dup =
        db.rows(QStringLiteral("SELECT command_id, COUNT(*) AS n FROM command_log "
                               "GROUP BY command_id HAVING COUNT(*) > 1"));
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    QVERIFY2(dup.isEmpty(),
             qPrintable(QStringLiteral("%1: command %2 is %3 times in the server's log")
                            .arg(where, dup.value(0).value(QStringLiteral("command_id")).toString())
                            .arg(dup.value(0).value(QStringLiteral("n")).toInt())));
}

void checkNoCommandTwice(const TestServer &server) {
    SqlFile db(server.dbPath());
    const auto dup = db.rows(QStringLiteral(
        "SELECT command_id FROM command_log GROUP BY command_id HAVING COUNT(*) > 1"));
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    QVERIFY2(dup.isEmpty(),
             qPrintable(QStringLiteral("%1 command ids are twice in command_log, e.g. %2")
                            .arg(dup.size())
                            .arg(dup.value(0).value(QStringLiteral("command_id")).toString())));
}

void checkPerson(const TestServer &server, const Person &p) {
    SqlFile replica(p.dir + QStringLiteral("/replica.sqlite"));
    SqlFile db(server.dbPath());
    Report report;
    report.who = p.label + QStringLiteral(" (") + p.username + u')';
    report.clientId =
        replica.value(QStringLiteral("SELECT value FROM sync_state WHERE key = 'client_id'"))
            .toString();
    QVERIFY2(!report.clientId.isEmpty(),
             qPrintable(report.who + QStringLiteral(": never registered")));

    checkCommands(replica, db, p, report);
    if (QTest::currentTestFailed()) return;
    checkFoldedIn(db, p, report);
    if (QTest::currentTestFailed()) return;
    QVERIFY2(replica.error().isEmpty(), qPrintable(replica.error()));
    checkScopedView(server, replica, p, report);
    if (QTest::currentTestFailed()) return;
    checkDocuments(server, replica, p, report);
    if (QTest::currentTestFailed()) return;
    checkScope(replica, p);
    if (QTest::currentTestFailed()) return;
    QVERIFY2(replica.error().isEmpty() && db.error().isEmpty(),
             qPrintable(replica.error() + db.error()));

    QStringList summary;
    for (auto it = report.tally.cbegin(); it != report.tally.cend(); ++it)
        summary << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    qInfo().noquote()
        << QStringLiteral(
               "%1: %2 commands made (%3 in made.log, %8 outcomes learnt from a replay) — %4; "
               "%5 rows equal the server's view; %6 documents cited, %7 files in the client's blob "
               "store")
               .arg(report.who)
               .arg(report.outbox.size())
               .arg(report.made.size())
               .arg(summary.join(QStringLiteral(", ")))
               .arg(report.compared)
               .arg(report.cited)
               .arg(report.files)
               .arg(report.replayed);
}

}  // namespace dx::test::torture
