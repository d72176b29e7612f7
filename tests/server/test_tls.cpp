// dxserver over TLS: with a certificate and key it speaks HTTPS only.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/httpclient.h"
#include "tests/support/rawhttp.h"
#include "tests/support/testserver.h"

using namespace dx::test;

class TestTls : public QObject {
    Q_OBJECT

    QTemporaryDir m_certs;
    std::unique_ptr<TestServer> m_server;

private slots:
    void initTestCase() {
        // Given a throw-away self-signed certificate for 127.0.0.1
        QProcess openssl;
        openssl.start(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
             QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-keyout"), m_certs.filePath(QStringLiteral("key.pem")),
             QStringLiteral("-out"), m_certs.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        m_server = std::make_unique<TestServer>(
            QStringList{QStringLiteral("--tls-cert"), m_certs.filePath(QStringLiteral("cert.pem")),
                        QStringLiteral("--tls-key"), m_certs.filePath(QStringLiteral("key.pem"))});
        QVERIFY(m_server->seedDemo());
        QVERIFY(m_server->start());
    }

    void httpsServesTheApi() {
        QVERIFY(m_server->baseUrl().startsWith(QStringLiteral("https://")));
        HttpClient http(m_server->baseUrl());
        http.setIgnoreSslErrors(true);  // self-signed for the test only
        const HttpReply health = http.get(QStringLiteral("/api/v1/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(
            !http.login(QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy")).isEmpty());
        QCOMPARE(http.get(QStringLiteral("/api/v1/tasks?box=pending")).status, 200);
    }

    void plainHttpGetsNoAnswer() {
        const RawResult r = sendRaw(QStringLiteral("127.0.0.1"), m_server->port(),
                                    "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n", 3000);
        QVERIFY(!r.response.startsWith("HTTP/1.1 200"));
    }

    void anUntrustedCertificateIsRefusedByDefault() {
        HttpClient http(m_server->baseUrl());
        const HttpReply r = http.get(QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 0);
        QVERIFY(!r.networkError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "test_tls.moc"
