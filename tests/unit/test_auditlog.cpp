// The audit chain detects an edited, deleted or truncated record.
#include <QTemporaryDir>
#include <QTest>

#include "models/audit/auditlog.h"
#include "models/store/database.h"

using namespace dx;

class TestAuditLog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_log;

    void appendRecords(int n) {
        QVERIFY(m_db->beginWrite().ok());
        for (int i = 0; i < n; ++i) {
            AuditEntry e{QStringLiteral("reviewer.zy"),
                         QStringLiteral("client-1"),
                         QStringLiteral("cmd-%1").arg(i),
                         QStringLiteral("certification.decide"),
                         QStringLiteral("cert-%1").arg(i),
                         QStringLiteral("applied"),
                         QString::number(i)};
            QVERIFY(m_log->append(*m_db, e, 1000 + i).ok());
        }
        QVERIFY(m_db->commit().ok());
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        const QString sub = m_dir.filePath(QString::number(++n));
        QVERIFY(QDir().mkpath(sub));
        auto db = Database::openSqlite(sub + QStringLiteral("/dx.sqlite"),
                                       QStringLiteral("audit-%1").arg(n));
        QVERIFY(db.ok());
        m_db = db.value();
        auto key = AuditLog::loadOrCreateKey(sub);
        QVERIFY(key.ok());
        QCOMPARE(key->size(), 32);
        m_log = std::make_unique<AuditLog>(key.value());
        appendRecords(10);
    }
    void cleanup() {
        m_log.reset();
        m_db.reset();
    }

    void untouchedChainVerifies() {
        const auto v = m_log->verify(*m_db);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.records, 10);
    }

    void editedRecordIsDetected_data() {
        QTest::addColumn<QString>("sql");
        QTest::newRow("outcome") << QStringLiteral(
            "UPDATE audit_log SET outcome = 'rejected' WHERE id = 4");
        QTest::newRow("actor") << QStringLiteral(
            "UPDATE audit_log SET actor = 'admin' WHERE id = 1");
        QTest::newRow("time") << QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE id = 10");
        QTest::newRow("delete middle") << QStringLiteral("DELETE FROM audit_log WHERE id = 5");
        QTest::newRow("delete last") << QStringLiteral("DELETE FROM audit_log WHERE id = 10");
        QTest::newRow("delete all") << QStringLiteral("DELETE FROM audit_log");
    }
    void editedRecordIsDetected() {
        QFETCH(QString, sql);
        QVERIFY(m_db->exec(sql).ok());
        const auto v = m_log->verify(*m_db);
        QVERIFY(!v.intact);
        QVERIFY(!v.problem.isEmpty());
    }

    void rechainingWithoutTheKeyIsDetected() {
        // Someone edits a row and recomputes its hash with another key: still detected.
        AuditLog forger(QByteArray(32, 'x'));
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 10")).ok());
        QVERIFY(m_db->exec(QStringLiteral("UPDATE meta SET value = '9:' || (SELECT hash FROM "
                                          "audit_log WHERE id = 9) WHERE key = 'audit_head'"))
                    .ok());
        QVERIFY(m_db->beginWrite().ok());
        QVERIFY(forger
                    .append(*m_db,
                            AuditEntry{QStringLiteral("mallory"),
                                       {},
                                       {},
                                       QStringLiteral("x"),
                                       {},
                                       QStringLiteral("applied"),
                                       {}},
                            5)
                    .ok());
        QVERIFY(m_db->commit().ok());
        QVERIFY(!m_log->verify(*m_db).intact);
    }

    void textTheStoreWouldChangeIsStoredCanonicalAndVerifies_data() {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("stored");
        const QChar high(0xd800), low(0xdc00);
        QTest::newRow("lone high surrogate")
            << QString(high) << QString(QChar(QChar::ReplacementCharacter));
        QTest::newRow("lone low surrogate, then a pair")
            << QString(QString(low) + high + low)
            << QString(QString(QChar(QChar::ReplacementCharacter)) + high + low);
        QTest::newRow("NUL inside")
            << QString(QStringLiteral("ad") + QChar(0) + QStringLiteral("min"))
            << QString(QStringLiteral("ad") + QChar(0x2400) + QStringLiteral("min"));
        QTest::newRow("newline and DEL")
            << QStringLiteral("a\nb\x7f")
            << QString(QStringLiteral("a") + QChar(0x240a) + QStringLiteral("b") + QChar(0x2421));
        QTest::newRow("decomposed é") << QStringLiteral("e\u0301") << QStringLiteral("\u00e9");
        QTest::newRow("plain Chinese") << QStringLiteral("审核员") << QStringLiteral("审核员");
    }
    void textTheStoreWouldChangeIsStoredCanonicalAndVerifies() {
        QFETCH(QString, actor);
        QFETCH(QString, stored);
        QVERIFY(m_db->beginWrite().ok());
        QVERIFY(m_log
                    ->append(*m_db,
                             AuditEntry{actor,
                                        {},
                                        {},
                                        QStringLiteral("session.sign_in"),
                                        {},
                                        QStringLiteral("failed:unknown_user"),
                                        actor},
                             2000)
                    .ok());
        QVERIFY(m_db->commit().ok());

        const auto v = m_log->verify(*m_db);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.records, 11);
        auto back = m_db->scalar(QStringLiteral("SELECT actor FROM audit_log WHERE id = 11"));
        QVERIFY(back.ok());
        QCOMPARE(back->toString(), stored);
        QCOMPARE(AuditLog::canonical(AuditEntry{stored, {}, {}, {}, {}, {}, {}}).actor, stored);
    }

    void appendingAfterVerifyKeepsTheChain() {
        appendRecords(5);
        const auto v = m_log->verify(*m_db);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.records, 15);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_auditlog.moc"
