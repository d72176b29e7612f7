// Regression tests for the findings of a hostile probe of dxserver (issue 13), each sending the
// probe's own requests over real loopback HTTP: the audit chain against invalid text, lockout
// under parallel guesses, unknown and known usernames alike, blob existence, scope of the inbox
// and of users rows, command ids applied once, and the buyer page's escaping and framing.
#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <thread>
#include <vector>

#include "tests/support/httpclient.h"
#include "tests/support/rawhttp.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/testserver.h"

using dx::test::HttpClient;
using dx::test::HttpReply;
using dx::test::Session;
using dx::test::TestServer;

namespace {

using dx::test::str;

/// One request on its own TCP connection, so that many can run at once from plain threads.
struct RawReply {
    int status = 0;
    QJsonObject json;
};

RawReply rawPost(int port, const QByteArray &path, const QByteArray &body,
                 const QByteArray &token = {}) {
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                         "Content-Type: application/json\r\nConnection: close\r\n" +
                         "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!token.isEmpty()) request += "Authorization: Bearer " + token + "\r\n";
    request += "\r\n" + body;
    const dx::test::RawResult r =
        dx::test::sendRaw(QStringLiteral("127.0.0.1"), port, request, 60000);
    const qsizetype split = r.response.indexOf("\r\n\r\n");
    return {r.status(), split < 0 ? QJsonObject{}
                                  : QJsonDocument::fromJson(r.response.mid(split + 4)).object()};
}

/// Runs `n` copies of `request` at once and returns their replies.
std::vector<RawReply> inParallel(int n, const std::function<RawReply()> &request) {
    std::vector<RawReply> replies(static_cast<size_t>(n));
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i) threads.emplace_back([&, i] { replies[size_t(i)] = request(); });
    for (std::thread &t : threads) t.join();
    return replies;
}

int auditVerify(const QString &dataDir, QByteArray *out) {
    return TestServer::runTool(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--data"), dataDir}, out,
        out);
}

}  // namespace

class TestHostileProbe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void invalidUsernamesKeepTheAuditChainIntact();
    void parallelWrongSignInsCheckNoMoreThanTheLimit();
    void parallelWrongCurrentPasswordsCheckNoMoreThanTheLimit();
    void unknownUsernameLocksLikeAKnownOne();
    void blobOfAnotherOrganisationLooksAbsent();
    void mineInboxHoldsOnlyVisibleTasks();
    void usersRowsReachOnlyThemselvesAndTheirMainAccount();
    void commandIdIsAppliedOnceWhateverSeqOrClient();
    void commandIdRunNowIsAppliedOnceOnEitherRoute();
    void buyerPageEscapesEveryTextAndCannotBeFramed();

private:
    /// A new enterprise account nobody else touches: its lockout is the test's own.
    QString freshAccount(const QString &username, const QString &password) {
        const HttpReply r = HttpClient(m_server.baseUrl())
                                .postJson(QStringLiteral("/api/v1/accounts"),
                                          dx::test::registration(username, password));
        return r.status == 201 ? str(r.json(), "user_id") : QString();
    }
    RawReply signInRaw(const QByteArray &body) {
        return rawPost(m_server.port(), "/api/v1/session", body);
    }

    TestServer m_server;
};

void TestHostileProbe::initTestCase() {
    QVERIFY(m_server.seedDemo());
    QVERIFY(m_server.start());
}

void TestHostileProbe::invalidUsernamesKeepTheAuditChainIntact() {
    // The probe's own bodies: a lone surrogate and a NUL, as JSON escapes.
    QCOMPARE(signInRaw(R"({"username":"\ud800","password":"Whatever#1"})").status, 401);
    QCOMPARE(signInRaw(R"({"username":"ad\u0000min","password":"Whatever#1"})").status, 401);
    QCOMPARE(signInRaw(R"({"username":"\udfff\ud800x","password":"Whatever#1"})").status, 401);

    // A fuzz run: random UTF-16 code units (surrogates and controls included) as JSON escapes,
    // and random raw bytes. Seeded, and the seed printed, so a failure can be replayed.
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("fuzz seed %u", seed);
    QRandomGenerator rng(seed);
    for (int i = 0; i < 24; ++i) {
        QByteArray name;
        const int length = 1 + int(rng.bounded(12));
        for (int k = 0; k < length; ++k) {
            const quint32 unit =
                rng.bounded(4) == 0 ? 0xd800 + rng.bounded(0x800) : rng.bounded(0x10000);
            name += "\\u" + QByteArray::number(unit, 16).rightJustified(4, '0');
        }
        QByteArray raw;
        for (int k = 0; k < length; ++k) raw += char(rng.bounded(256));
        raw.replace('"', 'q').replace('\\', 'b');
        const int escaped =
            signInRaw("{\"username\":\"" + name + "\",\"password\":\"Pw#12345\"}").status;
        const int bytes =
            signInRaw("{\"username\":\"" + raw + "\",\"password\":\"Pw#12345\"}").status;
        QVERIFY2(escaped == 401 || escaped == 400 || escaped == 422 || escaped == 423,
                 qPrintable(QString::number(escaped)));
        QVERIFY2(bytes == 401 || bytes == 400 || bytes == 422 || bytes == 423,
                 qPrintable(QString::number(bytes)));
    }

    QByteArray out;
    QCOMPARE(auditVerify(m_server.dataDir(), &out), 0);
    // Stored in canonical form: no raw NUL, the NUL shown as its control picture.
    QCOMPARE(dx::test::count(
                 m_server.dbPath(),
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE instr(actor, char(0))")),
             0);
    QVERIFY(dx::test::count(
                m_server.dbPath(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = ?"),
                {QString(QStringLiteral("ad") + QChar(0x2400) + QStringLiteral("min"))}) >= 1);
}

void TestHostileProbe::parallelWrongSignInsCheckNoMoreThanTheLimit() {
    const QString userId =
        freshAccount(QStringLiteral("probe.burst"), QStringLiteral("Burst#2026a"));
    QVERIFY(!userId.isEmpty());

    // 20 wrong guesses at once against a limit of 5 (the server's default).
    const auto replies = inParallel(
        20, [this] { return signInRaw(R"({"username":"probe.burst","password":"Wrong#2026a"})"); });

    int checked = 0;
    for (const RawReply &r : replies) {
        QVERIFY2(r.status == 401 || r.status == 423, qPrintable(QString::number(r.status)));
        if (r.status == 401) ++checked;
        if (r.status == 423) QCOMPARE(dx::test::errorCode(r.json), QStringLiteral("locked"));
    }
    QVERIFY2(checked <= 5, qPrintable(QStringLiteral("%1 passwords were checked").arg(checked)));
    QVERIFY(checked >= 1);
    // The audit agrees: no more than five wrong passwords were looked at.
    QVERIFY(
        dx::test::count(m_server.dbPath(),
                        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'probe.burst' "
                                       "AND outcome = 'failed:bad_password'")) <= 5);
    // And the right password is refused now: the account is locked.
    QCOMPARE(signInRaw(R"({"username":"probe.burst","password":"Burst#2026a"})").status, 423);
}

void TestHostileProbe::parallelWrongCurrentPasswordsCheckNoMoreThanTheLimit() {
    QVERIFY(
        !freshAccount(QStringLiteral("probe.change"), QStringLiteral("Change#2026a")).isEmpty());
    HttpClient http(m_server.baseUrl());
    const QByteArray token =
        http.login(QStringLiteral("probe.change"), QStringLiteral("Change#2026a")).toLatin1();
    QVERIFY(!token.isEmpty());

    const auto replies = inParallel(16, [&] {
        const QJsonObject command{
            {QStringLiteral("id"), dx::test::newUuid()},
            {QStringLiteral("type"), QStringLiteral("account.change_password")},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("current"), QStringLiteral("Guess#2026x")},
                         {QStringLiteral("password"), QStringLiteral("Fresh#2026b")}}}};
        return rawPost(m_server.port(), "/api/v1/commands/now",
                       QJsonDocument(command).toJson(QJsonDocument::Compact), token);
    });
    int checked = 0;
    for (const RawReply &r : replies) {
        const QString code = dx::test::errorCode(r.json);
        QVERIFY2(code == QStringLiteral("invalid") || code == QStringLiteral("locked"),
                 qPrintable(QStringLiteral("%1 %2").arg(r.status).arg(code)));
        if (code == QStringLiteral("invalid")) ++checked;
    }
    QVERIFY2(checked <= 5, qPrintable(QStringLiteral("%1 passwords were checked").arg(checked)));
    // The guesses locked the account for sign-in too.
    QCOMPARE(signInRaw(R"({"username":"probe.change","password":"Change#2026a"})").status, 423);
}

void TestHostileProbe::unknownUsernameLocksLikeAKnownOne() {
    QVERIFY(!freshAccount(QStringLiteral("probe.known"), QStringLiteral("Known#2026a")).isEmpty());
    QList<RawReply> known, unknown;
    for (int i = 0; i < 7; ++i) {
        known << signInRaw(R"({"username":"probe.known","password":"Wrong#2026z"})");
        unknown << signInRaw(R"({"username":"probe.nobody","password":"Wrong#2026z"})");
    }
    for (int i = 0; i < 7; ++i) {
        // Status and the whole error are the same, attempt by attempt: 401 five times, then 423.
        QCOMPARE(unknown[i].status, known[i].status);
        QCOMPARE(unknown[i].json, known[i].json);
        QCOMPARE(known[i].status, i < 5 ? 401 : 423);
    }
}

void TestHostileProbe::blobOfAnotherOrganisationLooksAbsent() {
    auto owner = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("ent.pending"),
                                           QStringLiteral("Firm#2026pend"));
    auto provider = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("provider1"),
                                              QStringLiteral("Vendor#2026p1"));
    QVERIFY(owner && provider);
    QString licence;
    for (const QJsonObject &c : owner->pullAll().of(QStringLiteral("certifications")))
        if (licence.isEmpty())
            licence = str(c.value(QLatin1String("data")).toObject(), "license_blob");
    QCOMPARE(licence.size(), 64);
    const QString absent = dx::test::sha256Hex("no such file " + dx::test::newUuid().toLatin1());
    const QString path = QStringLiteral("/api/v1/blobs/");

    // Its owner sees it.
    QCOMPARE(owner->http().head(path + licence).status, 200);
    // To provider1 it answers exactly as a blob that does not exist.
    const HttpReply head = provider->http().head(path + licence);
    const HttpReply headAbsent = provider->http().head(path + absent);
    QCOMPARE(head.status, 404);
    QCOMPARE(head.status, headAbsent.status);
    QCOMPARE(head.header("upload-offset"), QByteArray("0"));
    QCOMPARE(head.header("upload-offset"), headAbsent.header("upload-offset"));
    QCOMPARE(provider->http().get(path + licence).status, 404);
    // A first chunk is taken as the start of a new upload, not answered "complete".
    const HttpReply chunk = provider->http().putBytes(path + licence, QByteArray("x"),
                                                      {{"Content-Range", "bytes 0-0/4096"}});
    QCOMPARE(chunk.status, 200);
    QCOMPARE(chunk.json().value(QLatin1String("complete")).toBool(), false);
    QCOMPARE(chunk.json().value(QLatin1String("offset")).toInteger(), 1);
    // Citing the hash in a command waits for an upload, as for a file that is not there.
    const QJsonObject cited =
        provider->push(QStringLiteral("expert.save"), {},
                       {{QStringLiteral("expert"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("探测专家")},
                                     {QStringLiteral("age"), 40},
                                     {QStringLiteral("gender"), QStringLiteral("male")},
                                     {QStringLiteral("iiot_field"), QStringLiteral("智能制造")},
                                     {QStringLiteral("industry_field"), QStringLiteral("装备制造")},
                                     {QStringLiteral("operations_field"), QStringLiteral("运营")},
                                     {QStringLiteral("iiot_years"), 5},
                                     {QStringLiteral("industry_years"), 5},
                                     {QStringLiteral("experience"), QStringLiteral("多年经验")},
                                     {QStringLiteral("photo"), licence},
                                     {QStringLiteral("introduction"), QStringLiteral("简介")}}}});
    QCOMPARE(str(cited, "status"), QStringLiteral("retry"));
    QCOMPARE(dx::test::errorCode(cited), QStringLiteral("blob_missing"));
}

void TestHostileProbe::mineInboxHoldsOnlyVisibleTasks() {
    auto admin = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("admin"),
                                           QStringLiteral("Guard#2026dx"));
    auto provider = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("provider1"),
                                              QStringLiteral("Vendor#2026p1"));
    QVERIFY(admin && provider);
    QHash<QString, QJsonObject> tasks;  // every task, as the admin's feed carries it
    for (const QJsonObject &c : admin->pullAll().of(QStringLiteral("tasks")))
        tasks.insert(str(c, "id"), c.value(QLatin1String("data")).toObject());

    int seen = 0;
    for (const QString &box : {QStringLiteral("mine"), QStringLiteral("history")}) {
        const QJsonArray got = provider->inbox(box).value(QLatin1String("tasks")).toArray();
        for (const QJsonValue &v : got) {
            const QJsonObject t = tasks.value(str(v.toObject(), "id"));
            QVERIFY2(!t.isEmpty(), dx::test::compact(v.toObject()));
            // Visibility: a shared row of provider1's organisation, or one private to provider1.
            const QString owner = str(t, "user_id");
            QVERIFY2(owner.isEmpty() ? str(t, "org_id") == provider->orgId()
                                     : owner == provider->userId(),
                     dx::test::compact(t));
            ++seen;
        }
    }
    QVERIFY(seen > 0);  // the demo's listings have tasks provider1 applied for
    // The expert's private task about provider1's demo listing exists, and is not among them.
    bool expertTask = false;
    for (const QJsonObject &t : tasks)
        expertTask |=
            str(t, "applicant_user") == provider->userId() && !str(t, "user_id").isEmpty();
    QVERIFY(expertTask);
}

void TestHostileProbe::usersRowsReachOnlyThemselvesAndTheirMainAccount() {
    const QList<QPair<QString, QString>> accounts{
        {QStringLiteral("operator"), QStringLiteral("Ops#2026plat")},
        {QStringLiteral("dept"), QStringLiteral("Final#2026hn")},
        {QStringLiteral("finance"), QStringLiteral("Ledger#2026fn")},
        {QStringLiteral("provider1"), QStringLiteral("Vendor#2026p1")},
        {QStringLiteral("p1_sales"), QStringLiteral("Sales#2026p1")},
        {QStringLiteral("expert1"), QStringLiteral("Panel#2026ex")},
        {QStringLiteral("auditor"), QStringLiteral("Check#2026tp")},
        {QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy")},
    };
    bool mainAccountSawItsSubAccount = false;
    for (const auto &[name, password] : accounts) {
        auto s = dx::test::signedInSession(m_server.baseUrl(), name, password);
        QVERIFY(s);
        for (const QJsonObject &c : s->pullAll().of(QStringLiteral("users"))) {
            if (str(c, "op") != QStringLiteral("upsert")) continue;
            const QJsonObject row = c.value(QLatin1String("data")).toObject();
            const bool own = str(row, "id") == s->userId();
            const bool managed = str(row, "parent_user_id") == s->userId();
            QVERIFY2(own || managed, qPrintable(name + QStringLiteral(" ") +
                                                QString::fromUtf8(dx::test::compact(row))));
            mainAccountSawItsSubAccount |= managed;
        }
    }
    QVERIFY(mainAccountSawItsSubAccount);  // provider1 still manages p1_sales
}

void TestHostileProbe::commandIdIsAppliedOnceWhateverSeqOrClient() {
    auto provider = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("provider1"),
                                              QStringLiteral("Vendor#2026p1"));
    auto sales = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("p1_sales"),
                                           QStringLiteral("Sales#2026p1"));
    QVERIFY(provider && sales);
    const QString id = dx::test::newUuid();
    const QJsonObject listing{{QStringLiteral("name"), QStringLiteral("只保存一次的草稿")}};
    auto command = [&](qint64 seq) {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("type"), QStringLiteral("listing.save")},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("listing"), listing}}}};
    };
    auto pushAs = [](Session &s, const QString &clientId, const QJsonObject &c) {
        const HttpReply r = s.http().postJson(
            QStringLiteral("/api/v1/commands"),
            {{QStringLiteral("client_id"), clientId}, {QStringLiteral("commands"), QJsonArray{c}}});
        return r.json().value(QLatin1String("outcomes")).toArray().first().toObject();
    };

    const QJsonObject first = pushAs(*provider, provider->clientId(), command(provider->seq() + 1));
    QCOMPARE(str(first, "status"), QStringLiteral("applied"));
    const QString listingId = str(first.value(QLatin1String("result")).toObject(), "listing_id");

    // The same id under the next seq of the same client
    const QJsonObject again = pushAs(*provider, provider->clientId(), command(provider->seq() + 2));
    QCOMPARE(str(again, "status"), QStringLiteral("applied"));
    QCOMPARE(again.value(QLatin1String("replayed")).toBool(), true);
    QCOMPARE(str(again.value(QLatin1String("result")).toObject(), "listing_id"), listingId);
    // … and from a second client of the same user
    const HttpReply second = provider->http().postJson(
        QStringLiteral("/api/v1/clients"), {{QStringLiteral("name"), QStringLiteral("second")}});
    QCOMPARE(second.status, 201);
    const QJsonObject other = pushAs(*provider, str(second.json(), "client_id"), command(1));
    QCOMPARE(other.value(QLatin1String("replayed")).toBool(), true);
    // … and by another user, who learns nothing of it
    const QJsonObject stranger = pushAs(*sales, sales->clientId(), command(sales->seq() + 1));
    QCOMPARE(str(stranger, "status"), QStringLiteral("rejected"));
    QCOMPARE(dx::test::errorCode(stranger), QStringLiteral("duplicate"));
    QVERIFY(!stranger.contains(QLatin1String("result")));

    // Applied once: one audit record of it being applied, one listing.
    QCOMPARE(
        dx::test::count(m_server.dbPath(),
                        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command_id = ? AND "
                                       "outcome = 'applied'"),
                        {id}),
        1);
    QCOMPARE(
        dx::test::count(m_server.dbPath(),
                        QStringLiteral("SELECT COUNT(*) FROM listings WHERE id = ?"), {listingId}),
        1);
    // The seqs were used up: the client's next command follows on.
    const QJsonObject next =
        provider->push(QStringLiteral("listing.save"), {}, {{QStringLiteral("listing"), listing}});
    QVERIFY2(str(next, "status") != QStringLiteral("gap"), dx::test::compact(next));
}

void TestHostileProbe::commandIdRunNowIsAppliedOnceOnEitherRoute() {
    auto provider = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("provider1"),
                                              QStringLiteral("Vendor#2026p1"));
    auto sales = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("p1_sales"),
                                           QStringLiteral("Sales#2026p1"));
    QVERIFY(provider && sales);
    const QString id = dx::test::newUuid();
    const QJsonObject command{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QStringLiteral("listing.save")},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("listing"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("立即保存一次")}}}}}};
    const QString now = QStringLiteral("/api/v1/commands/now");

    const HttpReply first = provider->http().postJson(now, command);
    QCOMPARE(first.status, 200);
    QCOMPARE(str(first.json(), "status"), QStringLiteral("applied"));
    const QString listingId =
        str(first.json().value(QLatin1String("result")).toObject(), "listing_id");
    QVERIFY(!listingId.isEmpty());

    // Again on the same route, then in a push: the first outcome, nothing run.
    const HttpReply again = provider->http().postJson(now, command);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QLatin1String("replayed")).toBool(), true);
    QCOMPARE(str(again.json().value(QLatin1String("result")).toObject(), "listing_id"), listingId);
    QJsonObject pushed = command;
    pushed.insert(QStringLiteral("seq"), provider->seq() + 1);
    const HttpReply push = provider->http().postJson(
        QStringLiteral("/api/v1/commands"), {{QStringLiteral("client_id"), provider->clientId()},
                                             {QStringLiteral("commands"), QJsonArray{pushed}}});
    const QJsonObject outcome =
        push.json().value(QLatin1String("outcomes")).toArray().first().toObject();
    QCOMPARE(outcome.value(QLatin1String("replayed")).toBool(), true);
    // Another user learns nothing.
    const HttpReply stranger = sales->http().postJson(now, command);
    QCOMPARE(stranger.status, 409);
    QCOMPARE(stranger.error().value(QLatin1String("code")).toString(), QStringLiteral("duplicate"));

    QCOMPARE(
        dx::test::count(m_server.dbPath(),
                        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command_id = ? AND "
                                       "outcome = 'applied'"),
                        {id}),
        1);
}

void TestHostileProbe::buyerPageEscapesEveryTextAndCannotBeFramed() {
    // Seed 003: a certified enterprise's listing is listed without review, so the page is live.
    auto seller = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("ent.certified"),
                                            QStringLiteral("Firm#2026cert"));
    QVERIFY(seller);
    QStringList images;
    for (int i = 0; i < 10; ++i) {
        images << seller->upload(dx::test::pngImage(240, 160, quint32(100 + i)));
        QVERIFY2(!images.last().isEmpty(), qPrintable(seller->problem()));
    }
    // The probe's text, at most 12 characters so that every field's length limit admits it.
    const QString evil = QStringLiteral("\"><img src=x");
    QJsonArray cases, userCases;
    for (int i = 0; i < 3; ++i) {
        cases.append(QJsonObject{{QStringLiteral("customer"), QString(evil + QString::number(i))},
                                 {QStringLiteral("annual_output_fen"), 123456700},
                                 {QStringLiteral("sale_amount_fen"), 5000000},
                                 {QStringLiteral("delivery_months"), 3},
                                 {QStringLiteral("contact_name"), evil},
                                 {QStringLiteral("contact_title"), evil},
                                 {QStringLiteral("contact_phone"), QStringLiteral("13800138000")},
                                 {QStringLiteral("document"), images[6 + i]}});
        userCases.append(
            QJsonObject{{QStringLiteral("text"), evil}, {QStringLiteral("image"), images[3 + i]}});
    }
    const QJsonObject listing{
        {QStringLiteral("name"), QString(QStringLiteral("探测方案") + evil)},
        {QStringLiteral("product"), evil},
        {QStringLiteral("catalog"), QStringLiteral("solutions_products")},
        {QStringLiteral("tags"), QJsonArray{evil}},
        {QStringLiteral("display_image"), images[0]},
        {QStringLiteral("categories"), QJsonArray{QStringLiteral("cloud")}},
        {QStringLiteral("industries"), QJsonArray{QStringLiteral("C")}},
        {QStringLiteral("price_low_fen"), 1000000},
        {QStringLiteral("price_high_fen"), 5000000},
        {QStringLiteral("delivery_days"), 30},
        {QStringLiteral("person_days"), 20},
        {QStringLiteral("discount_note"), evil},
        {QStringLiteral("cases"), cases},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), evil},
                     {QStringLiteral("email"), QStringLiteral("sales@example.com")}}},
        {QStringLiteral("attachments"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), evil},
                                {QStringLiteral("blob"), QJsonValue(images[9])}}}},
        {QStringLiteral("modules"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"), QStringLiteral("support")},
                         {QStringLiteral("hours"), evil},
                         {QStringLiteral("content"), evil}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("banner")},
                         {QStringLiteral("title"), evil},
                         {QStringLiteral("text"), evil},
                         {QStringLiteral("image"), images[1]}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("highlights")},
                         {QStringLiteral("items"),
                          QJsonArray{QJsonObject{{QStringLiteral("title"), evil},
                                                 {QStringLiteral("text"), evil}}}}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("description")},
                         {QStringLiteral("text"), evil}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("media")},
                         {QStringLiteral("items"), QJsonArray{images[2]}}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("user_cases")},
                         {QStringLiteral("items"), userCases}},
         }},
        {QStringLiteral("specs"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), evil},
                                {QStringLiteral("mode"), QStringLiteral("yearly")},
                                {QStringLiteral("pricing"), QStringLiteral("simple")},
                                {QStringLiteral("price_fen"), 1999900}}}},
    };
    const QJsonObject saved =
        seller->push(QStringLiteral("listing.save"), {}, {{QStringLiteral("listing"), listing}});
    QVERIFY2(str(saved, "status") == QStringLiteral("applied"), dx::test::compact(saved));
    const QString id = str(saved.value(QLatin1String("result")).toObject(), "listing_id");
    const QJsonObject submitted = seller->push(QStringLiteral("listing.submit"), id);
    QVERIFY2(str(submitted, "status") == QStringLiteral("applied"), dx::test::compact(submitted));

    const HttpReply page = HttpClient(m_server.baseUrl()).get(QStringLiteral("/listing/") + id);
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QStringLiteral("&quot;&gt;&lt;img src=x")));
    QVERIFY2(!html.contains(QStringLiteral("<img src=x")), qPrintable(html));
    // Every image tag is the template's own, loading one of the listing's files: the text
    // `"><img` the probe saw is the template's `class="usercase"><img src="/api/v1/blobs/…">`.
    static const QRegularExpression tag(QStringLiteral("<img[^>]*>"));
    static const QRegularExpression own(
        QStringLiteral("^<img (class=\"display\" )?src=\"/api/v1/blobs/[0-9a-f]{64}\""));
    int tags = 0;
    for (auto it = tag.globalMatch(html); it.hasNext(); ++tags) {
        const QString t = it.next().captured();
        QVERIFY2(own.match(t).hasMatch(), qPrintable(t));
    }
    QVERIFY(tags >= 6);  // display image, banner, media, three user cases
    // No other site may frame it.
    QVERIFY2(page.header("content-security-policy").contains("frame-ancestors 'none'"),
             page.header("content-security-policy").constData());
    QCOMPARE(page.header("x-frame-options"), QByteArray("DENY"));
}

QTEST_GUILESS_MAIN(TestHostileProbe)
#include "test_hostileprobe.moc"
