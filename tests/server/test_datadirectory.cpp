// The data directory holds ID-card scans and the audit key (issue 8, issue 13 finding 8): a fresh
// one is created owner-only, and `dxserver serve` refuses an audit.key others may read, saying
// how to fix it.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testserver.h"

using dx::test::TestServer;

namespace {
constexpr auto kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                               QFileDevice::ExeGroup | QFileDevice::ReadOther |
                               QFileDevice::WriteOther | QFileDevice::ExeOther;
}  // namespace

class TestDataDirectory : public QObject {
    Q_OBJECT

private slots:
    void freshDataDirectoryIsOwnerOnly() {
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        // A parent that others may read, as /srv or a home directory often is.
        QVERIFY(QFile::setPermissions(parent.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther));
        const QString dir = parent.filePath(QStringLiteral("data"));
        QByteArray err;
        QCOMPARE(TestServer::runTool({QStringLiteral("seed-demo"), QStringLiteral("--data"), dir},
                                     nullptr, &err),
                 0);

        QCOMPARE(QFile::permissions(dir) & kGroupOrOther, QFileDevice::Permissions{});
        int files = 0;
        for (QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                             QDirIterator::Subdirectories);
             it.hasNext(); ++files) {
            const QString path = it.next();
            QVERIFY2((QFile::permissions(path) & kGroupOrOther) == QFileDevice::Permissions{},
                     qPrintable(path));
        }
        QVERIFY(QFile::exists(dir + QStringLiteral("/audit.key")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/dx.sqlite")));
        QVERIFY(files > 50);  // the database, the key and the demo's scans, all checked
    }

    void worldReadableAuditKeyStopsTheServer() {
        QTemporaryDir parent;
        const QString dir = parent.filePath(QStringLiteral("data"));
        QCOMPARE(TestServer::runTool({QStringLiteral("seed-demo"), QStringLiteral("--data"), dir}),
                 0);
        const QString key = dir + QStringLiteral("/audit.key");
        QVERIFY(QFile::setPermissions(
            key, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));

        QByteArray out, err;
        const int rc = TestServer::runTool(
            {QStringLiteral("serve"), QStringLiteral("--data"), dir, QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:0"), QStringLiteral("--lang"), QStringLiteral("en")},
            &out, &err);
        QVERIFY2(rc != 0 && rc != -1, qPrintable(QString::number(rc)));
        QVERIFY2(err.contains(QByteArray(QByteArray("chmod 600 ") + key.toUtf8())),
                 err.constData());

        // Fixed as the message says, the key is accepted again (shown by `audit verify`, which
        // loads it the same way and, unlike `serve`, returns).
        QVERIFY(QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(TestServer::runTool({QStringLiteral("audit"), QStringLiteral("verify"),
                                      QStringLiteral("--data"), dir}),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "test_datadirectory.moc"
