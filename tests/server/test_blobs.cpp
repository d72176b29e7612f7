// Documents against the real dxserver: chunked, resumable, hash-verified uploads; commands that
// cite a missing document wait (`retry`) instead of creating a record without its file;
// documents are checked by their bytes; downloads are scoped and honour Range.

#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace dx::test;

namespace {

QString blobPath(const QString &sha) {
    return QStringLiteral("/api/v1/blobs/") + sha;
}

QByteArray randomBytes(qsizetype size, quint32 seed) {
    QRandomGenerator rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) c = char(rng.bounded(256));
    return bytes;
}

// PUT one chunk [first, first + chunk.size()) of a file of `total` bytes.
HttpReply putChunk(HttpClient &http, const QString &sha, const QByteArray &chunk, qint64 first,
                   qint64 total) {
    const QByteArray range = "bytes " + QByteArray::number(first) + '-' +
                             QByteArray::number(first + chunk.size() - 1) + '/' +
                             QByteArray::number(total);
    return http.putBytes(blobPath(sha), chunk, {{"Content-Range", range}});
}

qint64 uploadOffset(const HttpReply &r) {
    bool ok = false;
    const qint64 n = r.header("upload-offset").toLongLong(&ok);
    return ok ? n : -1;
}

}  // namespace

class TestBlobs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void chunkedUploadCompletes();
    void wrongHashIsDiscarded();
    void chunkAtWrongOffsetIsConflict();
    void interruptedUploadResumesAfterRestart();
    void documentsAreCheckedByTheirBytes_data();
    void documentsAreCheckedByTheirBytes();
    void submitCitingMissingDocumentWaitsThenApplies();
    void documentsAreReadableOnlyInScope();

private:
    // A client signed in with `token`, on the server's current address (it changes on restart).
    std::unique_ptr<HttpClient> as(const QString &token) const;
    // Uploads `bytes` whole as `http`'s user; true on 201.
    bool upload(HttpClient &http, const QByteArray &bytes) const;

    TestServer m_server;
    QString m_zyToken;
    QString m_eqToken;
    Enterprise m_docs;    // has its submissions refused for the documents' bytes
    Enterprise m_submit;  // submits once a missing document arrives
    QString m_docsToken;
    QString m_submitToken;
};

std::unique_ptr<HttpClient> TestBlobs::as(const QString &token) const {
    auto http = std::make_unique<HttpClient>(m_server.baseUrl());
    http->setToken(token);
    return http;
}

bool TestBlobs::upload(HttpClient &http, const QByteArray &bytes) const {
    return http.putBytes(blobPath(sha256Hex(bytes)), bytes).status == 201;
}

void TestBlobs::initTestCase() {
    QVERIFY(m_server.seedDemo());
    QVERIFY(m_server.start());
    HttpClient http(m_server.baseUrl());
    QVERIFY(
        !signIn(http, QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy")).isEmpty());
    m_zyToken = http.token();
    QVERIFY(
        !signIn(http, QStringLiteral("reviewer.eq"), QStringLiteral("Review#2026eq")).isEmpty());
    m_eqToken = http.token();
    http.setToken({});
    m_docs = registerEnterprise(http, QStringLiteral("blobtest.docs"), true);
    QVERIFY2(m_docs.failure.isEmpty(), qPrintable(m_docs.failure));
    m_docsToken = http.token();
    http.setToken({});
    m_submit = registerEnterprise(http, QStringLiteral("blobtest.submit"), true);
    QVERIFY2(m_submit.failure.isEmpty(), qPrintable(m_submit.failure));
    m_submitToken = http.token();
}

void TestBlobs::cleanupTestCase() {
    m_server.stop();
}

void TestBlobs::chunkedUploadCompletes() {
    auto http = as(m_docsToken);
    const QByteArray bytes = randomBytes(300000, 1);
    const QString sha = sha256Hex(bytes);
    QCOMPARE(http->head(blobPath(sha)).status, 404);

    const HttpReply one = putChunk(*http, sha, bytes.mid(0, 100000), 0, bytes.size());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(QLatin1String("offset")).toInteger(), 100000);
    QCOMPARE(one.json().value(QLatin1String("complete")), QJsonValue(false));
    const HttpReply half = http->head(blobPath(sha));
    QCOMPARE(half.status, 404);
    QCOMPARE(uploadOffset(half), 100000);

    const HttpReply two = putChunk(*http, sha, bytes.mid(100000, 100000), 100000, bytes.size());
    QCOMPARE(two.status, 200);
    QCOMPARE(two.json().value(QLatin1String("offset")).toInteger(), 200000);

    const HttpReply three = putChunk(*http, sha, bytes.mid(200000), 200000, bytes.size());
    QCOMPARE(three.status, 201);
    QCOMPARE(three.json().value(QLatin1String("offset")).toInteger(), 300000);
    QCOMPARE(three.json().value(QLatin1String("complete")), QJsonValue(true));

    const HttpReply head = http->head(blobPath(sha));
    QCOMPARE(head.status, 200);
    QCOMPARE(uploadOffset(head), 300000);
    const HttpReply get = http->get(blobPath(sha));
    QCOMPARE(get.status, 200);
    QVERIFY(get.body == bytes);
}

void TestBlobs::wrongHashIsDiscarded() {
    auto http = as(m_docsToken);
    const QByteArray bytes = randomBytes(50000, 2);
    const QString claimed = sha256Hex(randomBytes(50000, 3));

    // In two chunks: the first is kept, the last reveals the mismatch and everything goes.
    QCOMPARE(putChunk(*http, claimed, bytes.left(20000), 0, bytes.size()).status, 200);
    const HttpReply last = putChunk(*http, claimed, bytes.mid(20000), 20000, bytes.size());
    QCOMPARE(last.status, 422);
    QCOMPARE(last.error().value(QLatin1String("code")).toString(), QStringLiteral("hash_mismatch"));
    QVERIFY(hasErrorShape(last.error()));
    const HttpReply head = http->head(blobPath(claimed));
    QCOMPARE(head.status, 404);
    QCOMPARE(uploadOffset(head), 0);
    QCOMPARE(http->get(blobPath(claimed)).status, 404);

    // Whole, in one PUT: the same.
    const HttpReply whole = http->putBytes(blobPath(claimed), bytes);
    QCOMPARE(whole.status, 422);
    QCOMPARE(whole.error().value(QLatin1String("code")).toString(),
             QStringLiteral("hash_mismatch"));
    QCOMPARE(uploadOffset(http->head(blobPath(claimed))), 0);
}

void TestBlobs::chunkAtWrongOffsetIsConflict() {
    auto http = as(m_docsToken);
    const QByteArray bytes = randomBytes(300, 4);
    const QString sha = sha256Hex(bytes);
    QCOMPARE(putChunk(*http, sha, bytes.left(100), 0, bytes.size()).status, 200);

    // Skipping ahead and sending the first chunk again are both refused with the real offset.
    for (const qint64 first : {qint64(200), qint64(0)}) {
        const HttpReply r = putChunk(*http, sha, bytes.mid(first, 100), first, bytes.size());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.error().value(QLatin1String("code")).toString(), QStringLiteral("conflict"));
        QCOMPARE(r.error()[u"details"][u"offset"].toInteger(), 100);
        QVERIFY(hasErrorShape(r.error()));
    }
    QCOMPARE(uploadOffset(http->head(blobPath(sha))), 100);

    // Continuing from the real offset completes the file.
    QCOMPARE(putChunk(*http, sha, bytes.mid(100), 100, bytes.size()).status, 201);
    QVERIFY(http->get(blobPath(sha)).body == bytes);
}

void TestBlobs::interruptedUploadResumesAfterRestart() {
    const QByteArray bytes = randomBytes(250000, 5);
    const QString sha = sha256Hex(bytes);
    const qint64 chunk = 90000;
    {
        auto http = as(m_docsToken);
        QCOMPARE(putChunk(*http, sha, bytes.left(chunk), 0, bytes.size()).status, 200);
    }

    // The server goes away mid-upload and comes back with the same data directory.
    m_server.stop();
    QVERIFY(m_server.start());

    auto http = as(m_docsToken);
    const HttpReply head = http->head(blobPath(sha));
    QCOMPARE(head.status, 404);
    QCOMPARE(uploadOffset(head), chunk);
    const HttpReply rest = putChunk(*http, sha, bytes.mid(chunk), chunk, bytes.size());
    QCOMPARE(rest.status, 201);

    const HttpReply get = http->get(blobPath(sha));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.body.size(), bytes.size());
    QVERIFY(get.body == bytes);
    QCOMPARE(sha256Hex(get.body), sha);
}

void TestBlobs::documentsAreCheckedByTheirBytes_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("code");
    QTest::newRow("licence 399x200 px")
        << QStringLiteral("license") << pngImage(399, 200, 10) << QStringLiteral("image_too_small");
    QTest::newRow("licence 400x199 px")
        << QStringLiteral("license") << pngImage(400, 199, 11) << QStringLiteral("image_too_small");
    QTest::newRow("PDF as ID front")
        << QStringLiteral("id_front") << pdfDocument("not an identity card")
        << QStringLiteral("file_type");
}

void TestBlobs::documentsAreCheckedByTheirBytes() {
    QFETCH(QString, field);
    QFETCH(QByteArray, document);
    QFETCH(QString, code);

    // Given valid scans for the other two documents and the faulty one, all uploaded…
    auto http = as(m_docsToken);
    QJsonObject payload{{QStringLiteral("contact"), QStringLiteral("李娜")},
                        {QStringLiteral("phone"), m_docs.mobile}};
    quint32 seed = 100 + quint32(m_docs.nextSeq) * 3;
    for (const QString &f :
         {QStringLiteral("license"), QStringLiteral("id_front"), QStringLiteral("id_back")}) {
        const QByteArray bytes = f == field ? document : pngImage(400, 200, seed++);
        QVERIFY(upload(*http, bytes));
        payload.insert(f, sha256Hex(bytes));
    }

    // …the submission is refused for the faulty document, and the queue moves on.
    const qint64 seq = m_docs.nextSeq++;
    const HttpReply r = push(
        *http, m_docs.clientId,
        QJsonArray{command(seq, QStringLiteral("certification.submit"), m_docs.orgId, payload)});
    QCOMPARE(r.status, 200);
    const QJsonObject out = r.json()[u"outcomes"][0].toObject();
    QCOMPARE(out[u"status"].toString(), QStringLiteral("rejected"));
    QCOMPARE(errorCode(out), code);
    QCOMPARE(out[u"error"][u"field"].toString(), field);
    QCOMPARE(r.json()[u"last_seq"].toInteger(), seq);
    QCOMPARE(count(m_server.dbPath(),
                   QStringLiteral("SELECT COUNT(*) FROM certifications WHERE org_id = ?"),
                   {m_docs.orgId}),
             0);
}

void TestBlobs::submitCitingMissingDocumentWaitsThenApplies() {
    // Given the ID scans are uploaded but the licence is not yet…
    auto http = as(m_submitToken);
    const QByteArray license = pngImage(800, 500, 200);
    const QByteArray idFront = pngImage(640, 400, 201);
    const QByteArray idBack = pngImage(640, 400, 202);
    QVERIFY(upload(*http, idFront));
    QVERIFY(upload(*http, idBack));
    QCOMPARE(http->head(blobPath(sha256Hex(license))).status, 404);
    const qint64 lastSeq = m_submit.nextSeq - 1;
    const QJsonObject submit =
        command(m_submit.nextSeq, QStringLiteral("certification.submit"), m_submit.orgId,
                {{QStringLiteral("contact"), QStringLiteral("李娜")},
                 {QStringLiteral("phone"), m_submit.mobile},
                 {QStringLiteral("license"), sha256Hex(license)},
                 {QStringLiteral("id_front"), sha256Hex(idFront)},
                 {QStringLiteral("id_back"), sha256Hex(idBack)}});

    // …when the submission is pushed, it waits: retry, nothing recorded, last_seq unchanged…
    const HttpReply first = push(*http, m_submit.clientId, QJsonArray{submit});
    QCOMPARE(first.status, 200);
    const QJsonObject waiting = first.json()[u"outcomes"][0].toObject();
    QCOMPARE(waiting[u"status"].toString(), QStringLiteral("retry"));
    QCOMPARE(errorCode(waiting), QStringLiteral("blob_missing"));
    QCOMPARE(waiting[u"error"][u"field"].toString(), QStringLiteral("license"));
    QCOMPARE(first.json()[u"last_seq"].toInteger(), lastSeq);
    QCOMPARE(lastSeqOf(*http, m_submit.clientId), lastSeq);
    QCOMPARE(count(m_server.dbPath(),
                   QStringLiteral("SELECT COUNT(*) FROM certifications WHERE org_id = ?"),
                   {m_submit.orgId}),
             0);

    // …and once the licence is uploaded, the same command applies.
    QVERIFY(upload(*http, license));
    const HttpReply second = push(*http, m_submit.clientId, QJsonArray{submit});
    QCOMPARE(second.status, 200);
    const QJsonObject applied = second.json()[u"outcomes"][0].toObject();
    QCOMPARE(applied[u"status"].toString(), QStringLiteral("applied"));
    QCOMPARE(second.json()[u"last_seq"].toInteger(), submit[u"seq"].toInteger());
    ++m_submit.nextSeq;
    const QString certId = applied[u"result"][u"certification_id"].toString();
    QVERIFY(!certId.isEmpty());

    // The county's reviewer now reads the exact licence bytes; another county's does not.
    auto zy = as(m_zyToken);
    const QJsonObject row = certification(*zy, certId);
    QCOMPARE(row.value(QLatin1String("license_blob")).toString(), sha256Hex(license));
    const HttpReply mine = zy->get(blobPath(sha256Hex(license)));
    QCOMPARE(mine.status, 200);
    QVERIFY(mine.body == license);
    const HttpReply other = as(m_eqToken)->get(blobPath(sha256Hex(license)));
    QCOMPARE(other.status, 404);
    QVERIFY(hasErrorShape(other.error()));
}

void TestBlobs::documentsAreReadableOnlyInScope() {
    // Given a demo applicant's licence in 410102…
    auto zy = as(m_zyToken);
    const QStringList pending = pendingCertifications(*zy);
    QVERIFY(!pending.isEmpty());
    const QString sha =
        certification(*zy, pending.first()).value(QLatin1String("license_blob")).toString();
    QCOMPARE(sha.size(), 64);

    // …the county's reviewer gets its bytes (content-addressed: the hash proves them exact)…
    const HttpReply full = zy->get(blobPath(sha));
    QCOMPARE(full.status, 200);
    QCOMPARE(sha256Hex(full.body), sha);
    QVERIFY(full.body.size() > 2000);

    // …with Range support for resumed downloads…
    const HttpReply slice = zy->get(blobPath(sha), {{"Range", "bytes=100-1099"}});
    QCOMPARE(slice.status, 206);
    QVERIFY(slice.body == full.body.mid(100, 1000));
    QCOMPARE(slice.header("content-range"),
             "bytes 100-1099/" + QByteArray::number(full.body.size()));
    const qint64 tailFrom = full.body.size() - 10;
    const HttpReply tail =
        zy->get(blobPath(sha), {{"Range", "bytes=" + QByteArray::number(tailFrom) + '-'}});
    QCOMPARE(tail.status, 206);
    QVERIFY(tail.body == full.body.right(10));

    // …while another county's reviewer and another enterprise are told it does not exist.
    for (const QString &token : {m_eqToken, m_docsToken}) {
        const HttpReply r = as(token)->get(blobPath(sha));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.error().value(QLatin1String("code")).toString(), QStringLiteral("not_found"));
        QVERIFY(r.body.indexOf("\x89PNG") < 0 && r.body.indexOf("\xff\xd8\xff") < 0);
    }
}

QTEST_GUILESS_MAIN(TestBlobs)
#include "test_blobs.moc"
