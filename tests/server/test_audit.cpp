// The audit trail (docs/PROTOCOL.md "Audit"): every command and every sign-in attempt leaves a
// record, and `dxserver audit verify` notices a record edited, removed from the middle or cut off
// the end.

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "tests/support/dbdump.h"
#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"

using dx::test::HttpClient;
using dx::test::HttpReply;
using dx::test::Session;
using dx::test::TestServer;

namespace {

/// Runs `sql` on its own connection to the SQLite file at `path`; the number of rows it touched
/// (for a SELECT, its first column of the first row), or -1 with `error` set.
qint64 runSql(const QString &path, const QString &sql, QString *error = nullptr) {
    static int n = 0;
    const QString name = QStringLiteral("audit-test-%1").arg(++n);
    qint64 result = -1;
    {
        QSqlDatabase db = dx::test::openStore(path, name, false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                result =
                    q.isSelect() ? (q.next() ? q.value(0).toLongLong() : -1) : q.numRowsAffected();
            else if (error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/// The newest audit record as "actor|client|command|type|target|outcome".
QString lastRecord(const QString &path) {
    static int n = 0;
    const QString name = QStringLiteral("audit-last-%1").arg(++n);
    QString record;
    {
        QSqlDatabase db = dx::test::openStore(path, name, true);
        if (db.isOpen()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT actor, client_id, command_id, type, target, outcome "
                                      "FROM audit_log ORDER BY id DESC LIMIT 1")) &&
                q.next()) {
                QStringList fields;
                for (int i = 0; i < 6; ++i) fields << q.value(i).toString();
                record = fields.join(u'|');
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return record;
}

/// Copies the database, its WAL files and the audit key: enough for `audit verify`.
int verify(const QString &dataDir, const QString &store, QByteArray *out = nullptr,
           QByteArray *err = nullptr) {
    return TestServer::runTool({QStringLiteral("audit"), QStringLiteral("verify"),
                                QStringLiteral("--data"), dataDir, QStringLiteral("--db"), store},
                               out, err);
}

}  // namespace

class TestAudit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void everySignInAttemptIsAudited_data();
    void everySignInAttemptIsAudited();
    void signInToALockedAccountIsAudited();
    void appliedAndRejectedCommandsAreAudited();
    void registrationIsAuditedAsAnonymous();

    void usedDatabaseVerifies();
    void tamperedLogFailsVerification_data();
    void tamperedLogFailsVerification();

private:
    qint64 auditCount() const {
        return runSql(m_server.dbPath(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    }

    TestServer m_server;
};

void TestAudit::initTestCase() {
    QVERIFY(m_server.seedDemo());
    QVERIFY(m_server.start());
    QVERIFY(auditCount() > 5);  // the seeding itself was audited
}

void TestAudit::everySignInAttemptIsAudited_data() {
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("outcome");

    QTest::newRow("right password") << QStringLiteral("dept") << QStringLiteral("Final#2026hn")
                                    << 200 << QStringLiteral("signed_in");
    QTest::newRow("wrong password") << QStringLiteral("dept") << QStringLiteral("Final#2026xx")
                                    << 401 << QStringLiteral("failed:bad_password");
    QTest::newRow("unknown user") << QStringLiteral("no.such.user")
                                  << QStringLiteral("Final#2026hn") << 401
                                  << QStringLiteral("failed:unknown_user");
}

void TestAudit::everySignInAttemptIsAudited() {
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(QString, outcome);
    const qint64 before = auditCount();
    QVERIFY(before > 0);

    const HttpReply reply =
        HttpClient(m_server.baseUrl())
            .postJson(QStringLiteral("/api/v1/session"), {{QStringLiteral("username"), username},
                                                          {QStringLiteral("password"), password}});

    QCOMPARE(reply.status, status);
    QCOMPARE(auditCount(), before + 1);
    QCOMPARE(lastRecord(m_server.dbPath()),
             QStringList({username, QString(), QString(), QStringLiteral("session.sign_in"),
                          QString(), outcome})
                 .join(u'|'));
}

void TestAudit::signInToALockedAccountIsAudited() {
    HttpClient http(m_server.baseUrl());
    const auto attempt = [&http](const QString &password) {
        return http.postJson(QStringLiteral("/api/v1/session"),
                             {{QStringLiteral("username"), QStringLiteral("auditor")},
                              {QStringLiteral("password"), password}});
    };
    // Given auditor locked by five wrong passwords (the default limit), each one audited
    const qint64 before = auditCount();
    for (int i = 0; i < 5; ++i) QCOMPARE(attempt(QStringLiteral("Check#2026no")).status, 401);
    QCOMPARE(auditCount(), before + 5);

    // When the right password is tried while locked
    QCOMPARE(attempt(QStringLiteral("Check#2026tp")).status, 423);

    // Then that attempt is on record too
    QCOMPARE(auditCount(), before + 6);
    const QStringList record = lastRecord(m_server.dbPath()).split(u'|');
    QCOMPARE(record.value(0), QStringLiteral("auditor"));
    QCOMPARE(record.value(3), QStringLiteral("session.sign_in"));
}

void TestAudit::appliedAndRejectedCommandsAreAudited() {
    Session admin(m_server.baseUrl());
    QVERIFY2(admin.signIn(QStringLiteral("admin"), QStringLiteral("Guard#2026dx")),
             qPrintable(admin.problem()));

    // An applied command: one record naming the actor, client, command and outcome
    qint64 before = auditCount();
    const QJsonObject created =
        admin.push(QStringLiteral("account.create"), {},
                   {{QStringLiteral("role"), QStringLiteral("expert")},
                    {QStringLiteral("username"), QStringLiteral("expert9")},
                    {QStringLiteral("password"), QStringLiteral("Panel#2026e9")}});
    QVERIFY2(created.value(QLatin1String("status")).toString() == QStringLiteral("applied"),
             dx::test::compact(created));
    QCOMPARE(auditCount(), before + 1);
    const QString createdId = created.value(QLatin1String("id")).toString();
    QCOMPARE(lastRecord(m_server.dbPath()),
             QStringList({QStringLiteral("admin"), admin.clientId(), createdId,
                          QStringLiteral("account.create"), QString(), QStringLiteral("applied")})
                 .join(u'|'));

    // A rejected command: one record with the error code
    before = auditCount();
    const QString missing = dx::test::newUuid();
    const QJsonObject refused =
        admin.push(QStringLiteral("certification.decide"), missing,
                   {{QStringLiteral("decision"), QStringLiteral("approve")}}, 1);
    QVERIFY2(refused.value(QLatin1String("status")).toString() == QStringLiteral("rejected"),
             dx::test::compact(refused));
    QCOMPARE(auditCount(), before + 1);
    QCOMPARE(lastRecord(m_server.dbPath()),
             QStringList({QStringLiteral("admin"), admin.clientId(),
                          refused.value(QLatin1String("id")).toString(),
                          QStringLiteral("certification.decide"), missing,
                          QStringLiteral("rejected:not_found")})
                 .join(u'|'));

    // A replay of an applied command changes nothing, so it adds no record
    before = auditCount();
    const QJsonObject replay{{QStringLiteral("id"), createdId},
                             {QStringLiteral("seq"), 1},
                             {QStringLiteral("type"), QStringLiteral("account.create")},
                             {QStringLiteral("payload"), QJsonObject{}}};
    const HttpReply replayed = admin.http().postJson(
        QStringLiteral("/api/v1/commands"), {{QStringLiteral("client_id"), admin.clientId()},
                                             {QStringLiteral("commands"), QJsonArray{replay}}});
    QCOMPARE(replayed.status, 200);
    QCOMPARE(replayed.json()
                 .value(QLatin1String("outcomes"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("replayed"))
                 .toBool(),
             true);
    QCOMPARE(auditCount(), before);
}

void TestAudit::registrationIsAuditedAsAnonymous() {
    const qint64 before = auditCount();

    const HttpReply created = HttpClient(m_server.baseUrl())
                                  .postJson(QStringLiteral("/api/v1/accounts"),
                                            dx::test::registration(QStringLiteral("zz.audited"),
                                                                   QStringLiteral("Audit#2026zz")));

    QCOMPARE(created.status, 201);
    QCOMPARE(auditCount(), before + 1);
    const QStringList record = lastRecord(m_server.dbPath()).split(u'|');
    QCOMPARE(record.value(0), QStringLiteral("anonymous"));
    QCOMPARE(record.value(3), QStringLiteral("account.register"));
    QCOMPARE(record.value(5), QStringLiteral("applied"));
}

void TestAudit::usedDatabaseVerifies() {
    // Given the database seeded and used above, with the server stopped
    m_server.stop();
    QVERIFY(!m_server.isRunning());

    QByteArray out;
    QByteArray err;
    QCOMPARE(verify(m_server.dataDir(), m_server.dbPath(), &out, &err), 0);
    QVERIFY2(out.contains("intact"), QByteArray(out + err).constData());

    // A copy verifies too: the tamper tests below start from such copies.
    QTemporaryDir copy;
    const QString store = m_server.copyStore(copy.path());
    QVERIFY(!store.isEmpty());
    QCOMPARE(verify(copy.path(), store), 0);
}

void TestAudit::tamperedLogFailsVerification_data() {
    QTest::addColumn<QString>("sql");

    // Row 5 is a seeding command by "system" that was applied: each edit changes it.
    QTest::newRow("edited outcome") << QStringLiteral(
        "UPDATE audit_log SET outcome = 'rejected:forbidden' WHERE id = 5 AND outcome <> "
        "'rejected:forbidden'");
    QTest::newRow("edited actor") << QStringLiteral(
        "UPDATE audit_log SET actor = 'admin' WHERE id = 5 AND actor <> 'admin'");
    QTest::newRow("edited target")
        << QStringLiteral("UPDATE audit_log SET target = 'x' || target WHERE id = 5");
    QTest::newRow("deleted middle row") << QStringLiteral("DELETE FROM audit_log WHERE id = 5");
    QTest::newRow("deleted last row")
        << QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)");
}

void TestAudit::tamperedLogFailsVerification() {
    QFETCH(QString, sql);
    if (m_server.isRunning()) QSKIP("needs usedDatabaseVerifies() to have stopped the server");
    // Given a fresh copy of the used data directory
    QTemporaryDir copy;
    const QString db = m_server.copyStore(copy.path());
    QVERIFY(!db.isEmpty());

    // When one audit record is edited or removed behind the server's back
    QString error;
    QCOMPARE(runSql(db, sql, &error), 1);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Then verification fails with "broken" (2), not with "cannot read" (1)
    QByteArray err;
    QCOMPARE(verify(copy.path(), db, nullptr, &err), 2);
    QVERIFY2(err.contains("BROKEN"), err.constData());
}

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
