// Flow 2 (商品上架) end to end through the API of a real dxserver: provider1 saves and submits a
// listing; the operator rejects it at the initial review, then passes it to experts; an expert's
// opinion, the rejection after the expert stage, the department's rejection at the final review;
// listed at last; withdraw, delist and relist; the catalog, the detail page and the files buyers
// may load; who may see and do what (an unassigned expert, another organisation, a sub-account
// without the listings menu). The story's slots share the listing: one run alone runs the
// steps before it first.

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

#include "models/store/database.h"
#include "tests/support/httpclient.h"
#include "tests/support/serverhelpers.h"
#include "tests/support/story.h"
#include "tests/support/testserver.h"

using dx::test::HttpClient;
using dx::test::HttpReply;
using dx::test::Session;
using dx::test::TestServer;

namespace {

using dx::test::str;

using dx::test::applied;

// Every field path in an outcome's error and its details.errors.
QStringList errorFields(const QJsonObject &outcome) {
    const QJsonObject e = outcome.value(QLatin1String("error")).toObject();
    QStringList fields{str(e, "field")};
    const QJsonArray all =
        e.value(QLatin1String("details")).toObject().value(QLatin1String("errors")).toArray();
    for (const QJsonValue &v : all) fields << str(v.toObject(), "field");
    return fields;
}

}  // namespace

class TestListingFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listingWithTwoCasesOrNoSpecIsRefused();
    void listingRejectedAtInitialReview();
    void listingRejectedAfterExpertOpinion();
    void listingExpertSeesOnlyAssignedAndOpinesOnce();
    void listingRejectedAtFinalReviewThenListed();
    void listingDetailPageIsEscapedAndOnlyForListed();
    void listingCatalogShowsOnlyListedAndFiltersByTags();
    void listingFilesOfListedListingsArePublicOthersNot();
    void listingScopedReadsRefuseOtherOrganisations();
    void listingWithdrawWhilePending();
    void listingDelistAndRelist();
    void listingSubAccountWithoutMenuIsRefused();
    void listingSelfPublishedByACertifiedEnterprise();
    void listingRefusedToAnUncertifiedOrganisation();

private:
    QJsonObject fullListing(const QString &name, const QJsonArray &tags);
    QString save(const QJsonObject &listing, const QString &id = {});
    qint64 rev(const QString &id);
    QString stateOf(const QString &id);
    QJsonObject review(const QString &id, const QJsonObject &payload);
    QJsonObject finalReview(const QString &id, const QJsonObject &payload);
    QJsonObject opine(Session &expert, const QString &id, int score);
    /// From submit to listed with expert1's opinion; false after a failed check.
    bool approveAll(const QString &id);

    TestServer m_server;
    std::unique_ptr<Session> m_provider, m_operator, m_expert1, m_expert2, m_dept, m_admin,
        m_enterprise;
    QString m_expert1Id, m_expert2Id;
    QStringList m_images;  // uploaded PNGs of provider1
    QString m_listing;     // the story's listing
    QString m_second;      // a second listing for the catalog
    int m_demoListed = 0;  // listed listings of the demo data
    // The story's listing and the second one: each step builds on the ones before, and one run
    // alone runs them first (tests/support/story.h).
    dx::test::Story m_story{
        this,
        {"listingRejectedAtInitialReview", "listingRejectedAfterExpertOpinion",
         "listingExpertSeesOnlyAssignedAndOpinesOnce", "listingRejectedAtFinalReviewThenListed",
         "listingDetailPageIsEscapedAndOnlyForListed",
         "listingCatalogShowsOnlyListedAndFiltersByTags",
         "listingFilesOfListedListingsArePublicOthersNot",
         "listingScopedReadsRefuseOtherOrganisations", "listingDelistAndRelist",
         "listingSubAccountWithoutMenuIsRefused"}};
};

void TestListingFlow::initTestCase() {
    QVERIFY(m_server.seedDemo());
    QVERIFY(m_server.start());
    m_provider = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("provider1"),
                                           QStringLiteral("Vendor#2026p1"));
    m_operator = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("operator"),
                                           QStringLiteral("Ops#2026plat"));
    m_expert1 = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("expert1"),
                                          QStringLiteral("Panel#2026ex"));
    m_dept = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("dept"),
                                       QStringLiteral("Final#2026hn"));
    m_admin = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("admin"),
                                        QStringLiteral("Guard#2026dx"));
    m_enterprise = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("ent.certified"),
                                             QStringLiteral("Firm#2026cert"));
    QVERIFY(m_provider && m_operator && m_expert1 && m_dept && m_admin && m_enterprise);
    const QJsonObject made =
        m_admin->push(QStringLiteral("account.create"), {},
                      {{QStringLiteral("username"), QStringLiteral("expert2")},
                       {QStringLiteral("password"), QStringLiteral("Panel#2026ex2")},
                       {QStringLiteral("role"), QStringLiteral("expert")},
                       {QStringLiteral("display_name"), QStringLiteral("评审专家二")}});
    QCOMPARE(str(made, "status"), QStringLiteral("applied"));
    m_expert2 = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("expert2"),
                                          QStringLiteral("Panel#2026ex2"));
    QVERIFY(m_expert2);
    m_expert1Id = m_expert1->userId();
    m_expert2Id = m_expert2->userId();
    m_demoListed = HttpClient(m_server.baseUrl())
                       .get(QStringLiteral("/api/v1/catalog"))
                       .json()
                       .value(QLatin1String("total"))
                       .toInt();
    QVERIFY(m_demoListed >= 1);  // the demo's listed listing
    for (int i = 0; i < 10; ++i) {
        const QString sha = m_provider->upload(dx::test::pngImage(240, 160, quint32(i + 1)));
        QVERIFY2(!sha.isEmpty(), qPrintable(m_provider->problem()));
        m_images << sha;
    }
}

QJsonObject TestListingFlow::fullListing(const QString &name, const QJsonArray &tags) {
    QJsonArray cases, userCases;
    for (int i = 0; i < 3; ++i) {
        cases.append(QJsonObject{{QStringLiteral("customer"), QStringLiteral("客户%1").arg(i + 1)},
                                 {QStringLiteral("annual_output_fen"), 123456700 + i},
                                 {QStringLiteral("sale_amount_fen"), 5000000},
                                 {QStringLiteral("delivery_months"), 3},
                                 {QStringLiteral("contact_phone"), QStringLiteral("13800138000")},
                                 {QStringLiteral("document"), m_images[6 + i]}});
        userCases.append(QJsonObject{{QStringLiteral("text"), QStringLiteral("案例%1").arg(i)},
                                     {QStringLiteral("image"), m_images[3 + i]}});
    }
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("product"), QStringLiteral("云MES")},
        {QStringLiteral("catalog"), QStringLiteral("solutions_products")},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("display_image"), m_images[0]},
        {QStringLiteral("categories"), QJsonArray{QStringLiteral("cloud")}},
        {QStringLiteral("industries"), QJsonArray{QStringLiteral("C")}},
        {QStringLiteral("price_low_fen"), 1000000},
        {QStringLiteral("price_high_fen"), 5000000},
        {QStringLiteral("delivery_days"), 30},
        {QStringLiteral("person_days"), 20},
        {QStringLiteral("discount_note"), QStringLiteral("享受省30%优惠")},
        {QStringLiteral("cases"), cases},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("王经理")},
                     {QStringLiteral("email"), QStringLiteral("sales@example.com")}}},
        {QStringLiteral("modules"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"), QStringLiteral("support")},
                         {QStringLiteral("hours"), QStringLiteral("9:00-18:00")},
                         {QStringLiteral("content"), QStringLiteral("远程运维")}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("banner")},
                         {QStringLiteral("title"), name},
                         {QStringLiteral("image"), m_images[1]}},
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("highlights")},
                 {QStringLiteral("items"),
                  QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("快")}}}}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("description")},
                         {QStringLiteral("text"), QStringLiteral("说明")}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("media")},
                         {QStringLiteral("items"), QJsonArray{m_images[2]}}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("user_cases")},
                         {QStringLiteral("items"), userCases}},
         }},
        {QStringLiteral("specs"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("标准版")},
                                {QStringLiteral("mode"), QStringLiteral("yearly")},
                                {QStringLiteral("pricing"), QStringLiteral("simple")},
                                {QStringLiteral("price_fen"), 1999900}}}},
    };
}

QString TestListingFlow::save(const QJsonObject &listing, const QString &id) {
    const QJsonObject out = m_provider->push(QStringLiteral("listing.save"), id,
                                             {{QStringLiteral("listing"), listing}});
    if (str(out, "status") != QLatin1String("applied")) {
        qWarning("listing.save: %s", dx::test::compact(out).constData());
        return {};
    }
    return str(out.value(QLatin1String("result")).toObject(), "listing_id");
}

qint64 TestListingFlow::rev(const QString &id) {
    return m_operator->row(QStringLiteral("listings"), id).value(QLatin1String("rev")).toInteger();
}

QString TestListingFlow::stateOf(const QString &id) {
    return str(m_operator->row(QStringLiteral("listings"), id), "state");
}

QJsonObject TestListingFlow::review(const QString &id, const QJsonObject &payload) {
    return m_operator->push(QStringLiteral("listing.review"), id, payload, rev(id));
}

QJsonObject TestListingFlow::finalReview(const QString &id, const QJsonObject &payload) {
    return m_dept->push(QStringLiteral("listing.final"), id, payload, rev(id));
}

QJsonObject TestListingFlow::opine(Session &expert, const QString &id, int score) {
    return expert.push(QStringLiteral("listing.expert_opinion"), id,
                       {{QStringLiteral("score"), score},
                        {QStringLiteral("opinion"), QStringLiteral("方案完整，可以上架。")}});
}

bool TestListingFlow::approveAll(const QString &id) {
    const auto applied = [](const QJsonObject &o) {
        if (str(o, "status") == QLatin1String("applied")) return true;
        qWarning("%s", dx::test::compact(o).constData());
        return false;
    };
    return applied(m_provider->push(QStringLiteral("listing.submit"), id)) &&
           applied(review(id, {{QStringLiteral("decision"), QStringLiteral("pass")},
                               {QStringLiteral("experts"), QJsonArray{m_expert1Id}}})) &&
           applied(opine(*m_expert1, id, 90)) &&
           applied(review(id, {{QStringLiteral("decision"), QStringLiteral("pass")}})) &&
           applied(finalReview(id, {{QStringLiteral("decision"), QStringLiteral("approve")}})) &&
           stateOf(id) == QLatin1String("listed");
}

void TestListingFlow::listingWithTwoCasesOrNoSpecIsRefused() {
    QJsonObject l = fullListing(QStringLiteral("两个案例"), {QStringLiteral("TMES")});
    QJsonArray cases = l.value(QLatin1String("cases")).toArray();
    cases.removeLast();
    l.insert(QStringLiteral("cases"), cases);
    l.insert(QStringLiteral("specs"), QJsonArray{});
    const QString id = save(l);  // a draft may be incomplete
    QVERIFY(!id.isEmpty());
    const QJsonObject out = m_provider->push(QStringLiteral("listing.submit"), id);
    QCOMPARE(str(out, "status"), QStringLiteral("rejected"));
    const QStringList fields = errorFields(out);
    QVERIFY2(fields.contains(QStringLiteral("cases")), qPrintable(fields.join(u',')));
    QVERIFY2(fields.contains(QStringLiteral("specs")), qPrintable(fields.join(u',')));
    QCOMPARE(stateOf(id), QStringLiteral("draft"));
    // A case without its customer names the path.
    cases.append(QJsonObject{{QStringLiteral("customer"), QString()}});
    l.insert(QStringLiteral("cases"), cases);
    QVERIFY(!save(l, id).isEmpty());
    const QJsonObject again = m_provider->push(QStringLiteral("listing.submit"), id);
    QVERIFY(errorFields(again).contains(QStringLiteral("cases[2].customer")));
}

void TestListingFlow::listingRejectedAtInitialReview() {
    if (!m_story.before(__func__)) return;
    m_listing = save(fullListing(QStringLiteral("智能工厂<script>alert(1)</script>"),
                                 {QStringLiteral("TMES"), QStringLiteral("云平台")}));
    QVERIFY(!m_listing.isEmpty());
    QCOMPARE(stateOf(m_listing), QStringLiteral("draft"));
    const QJsonObject sub = m_provider->push(QStringLiteral("listing.submit"), m_listing);
    QCOMPARE(str(sub.value(QLatin1String("result")).toObject(), "state"),
             QStringLiteral("pending_initial"));
    bool inInbox = false;
    for (const QJsonValue &t :
         m_operator->inbox(QStringLiteral("pending")).value(QLatin1String("tasks")).toArray())
        inInbox = inInbox || (str(t.toObject(), "entity_id") == m_listing &&
                              str(t.toObject(), "kind") == QLatin1String("listing.review"));
    QVERIFY(inInbox);
    // A rejection needs a reason; then the listing is rejected at the initial stage.
    QCOMPARE(
        str(review(m_listing, {{QStringLiteral("decision"), QStringLiteral("reject")}}), "status"),
        QStringLiteral("rejected"));
    const QJsonObject out =
        review(m_listing, {{QStringLiteral("decision"), QStringLiteral("reject")},
                           {QStringLiteral("reason"), QStringLiteral("案例不足")}});
    QCOMPARE(str(out, "status"), QStringLiteral("applied"));
    const QJsonObject row = m_provider->row(QStringLiteral("listings"), m_listing);
    QCOMPARE(str(row, "state"), QStringLiteral("rejected"));
    QCOMPARE(str(row, "stage"), QStringLiteral("initial"));
    QCOMPARE(str(row, "reason"), QStringLiteral("案例不足"));
    // The submitter is told.
    bool notified = false;
    for (const QJsonObject &n : m_provider->pullAll().of(QStringLiteral("notifications")))
        notified = notified || str(n.value(QLatin1String("data")).toObject(), "body")
                                   .contains(QStringLiteral("案例不足"));
    QVERIFY(notified);
}

void TestListingFlow::listingRejectedAfterExpertOpinion() {
    if (!m_story.before(__func__)) return;
    QCOMPARE(str(m_provider->push(QStringLiteral("listing.submit"), m_listing), "status"),
             QStringLiteral("applied"));  // resubmit after the rejection
    // Passing needs at least one expert, and only experts.
    QCOMPARE(errorFields(review(m_listing, {{QStringLiteral("decision"), QStringLiteral("pass")}}))
                 .first(),
             QStringLiteral("experts"));
    QCOMPARE(str(review(m_listing, {{QStringLiteral("decision"), QStringLiteral("pass")},
                                    {QStringLiteral("experts"), QJsonArray{m_operator->userId()}}}),
                 "status"),
             QStringLiteral("rejected"));
    QCOMPARE(str(review(m_listing, {{QStringLiteral("decision"), QStringLiteral("pass")},
                                    {QStringLiteral("experts"), QJsonArray{m_expert1Id}}}),
                 "status"),
             QStringLiteral("applied"));
    QCOMPARE(stateOf(m_listing), QStringLiteral("pending_expert"));
    QCOMPARE(str(opine(*m_expert1, m_listing, 60), "status"), QStringLiteral("applied"));
    const QJsonObject out =
        review(m_listing, {{QStringLiteral("decision"), QStringLiteral("reject")},
                           {QStringLiteral("reason"), QStringLiteral("专家意见")}});
    QCOMPARE(str(out, "status"), QStringLiteral("applied"));
    QCOMPARE(str(m_provider->row(QStringLiteral("listings"), m_listing), "stage"),
             QStringLiteral("expert"));
}

void TestListingFlow::listingExpertSeesOnlyAssignedAndOpinesOnce() {
    if (!m_story.before(__func__)) return;
    QCOMPARE(str(m_provider->push(QStringLiteral("listing.submit"), m_listing), "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(review(m_listing, {{QStringLiteral("decision"), QStringLiteral("pass")},
                                    {QStringLiteral("experts"), QJsonArray{m_expert1Id}}}),
                 "status"),
             QStringLiteral("applied"));
    // expert2 is not assigned: no listing, no opinion, no task.
    QCOMPARE(m_expert2->http().get(QStringLiteral("/api/v1/listings/") + m_listing).status, 404);
    QCOMPARE(dx::test::errorCode(opine(*m_expert2, m_listing, 80)), QStringLiteral("not_found"));
    QVERIFY(m_expert2->inbox(QStringLiteral("pending"))
                .value(QLatin1String("tasks"))
                .toArray()
                .isEmpty());
    // expert1 is: the listing, a private task, one opinion only.
    const HttpReply seen = m_expert1->http().get(QStringLiteral("/api/v1/listings/") + m_listing);
    QCOMPARE(seen.status, 200);
    QCOMPARE(str(seen.json(), "state"), QStringLiteral("pending_expert"));
    bool task = false;
    for (const QJsonValue &t :
         m_expert1->inbox(QStringLiteral("pending")).value(QLatin1String("tasks")).toArray())
        task = task || str(t.toObject(), "entity_id") == m_listing;
    QVERIFY(task);
    // The operator cannot pass before every opinion is in.
    QCOMPARE(errorFields(review(m_listing, {{QStringLiteral("decision"), QStringLiteral("pass")}}))
                 .first(),
             QStringLiteral("experts"));
    QCOMPARE(str(opine(*m_expert1, m_listing, 101), "status"), QStringLiteral("rejected"));
    QCOMPARE(str(opine(*m_expert1, m_listing, 88), "status"), QStringLiteral("applied"));
    QCOMPARE(dx::test::errorCode(opine(*m_expert1, m_listing, 70)), QStringLiteral("duplicate"));
    // The opinions are the operator's to read.
    const QJsonArray opinions = m_operator->http()
                                    .get(QStringLiteral("/api/v1/listings/") + m_listing)
                                    .json()
                                    .value(QLatin1String("opinions"))
                                    .toArray();
    QVERIFY(!opinions.isEmpty());
    QCOMPARE(opinions.last().toObject().value(QLatin1String("score")).toInt(), 88);
}

void TestListingFlow::listingRejectedAtFinalReviewThenListed() {
    if (!m_story.before(__func__)) return;
    QCOMPARE(
        str(review(m_listing, {{QStringLiteral("decision"), QStringLiteral("pass")}}), "status"),
        QStringLiteral("applied"));
    QCOMPARE(stateOf(m_listing), QStringLiteral("pending_final"));
    // The operator may not decide the final review; a stale base_rev is a conflict.
    QCOMPARE(dx::test::errorCode(m_operator->push(
                 QStringLiteral("listing.final"), m_listing,
                 {{QStringLiteral("decision"), QStringLiteral("approve")}}, rev(m_listing))),
             QStringLiteral("forbidden"));
    QCOMPARE(dx::test::errorCode(m_dept->push(
                 QStringLiteral("listing.final"), m_listing,
                 {{QStringLiteral("decision"), QStringLiteral("approve")}}, rev(m_listing) - 1)),
             QStringLiteral("conflict"));
    QCOMPARE(str(finalReview(m_listing, {{QStringLiteral("decision"), QStringLiteral("reject")},
                                         {QStringLiteral("reason"), QStringLiteral("价格不清")}}),
                 "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(m_provider->row(QStringLiteral("listings"), m_listing), "stage"),
             QStringLiteral("final"));
    QVERIFY(approveAll(m_listing));
}

void TestListingFlow::listingDetailPageIsEscapedAndOnlyForListed() {
    if (!m_story.before(__func__)) return;
    HttpClient anonymous(m_server.baseUrl());
    const HttpReply page = anonymous.get(QStringLiteral("/listing/") + m_listing);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QStringLiteral("智能工厂&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("/api/v1/blobs/") + m_images[0]));
    QVERIFY(html.contains(QStringLiteral("¥19,999.00")));
    m_second = save(fullListing(QStringLiteral("第二个方案"), {QStringLiteral("TMES")}));
    QVERIFY(!m_second.isEmpty());
    QCOMPARE(anonymous.get(QStringLiteral("/listing/") + m_second).status, 404);
    QVERIFY(approveAll(m_second));
    QCOMPARE(anonymous.get(QStringLiteral("/listing/") + m_second).status, 200);
}

void TestListingFlow::listingCatalogShowsOnlyListedAndFiltersByTags() {
    if (!m_story.before(__func__)) return;
    const QString draft = save(fullListing(QStringLiteral("草稿方案"), {QStringLiteral("TMES")}));
    QVERIFY(!draft.isEmpty());
    HttpClient anonymous(m_server.baseUrl());
    const auto ids = [&anonymous](const QString &query) {
        QStringList out;
        const HttpReply r = anonymous.get(QStringLiteral("/api/v1/catalog") + query);
        for (const QJsonValue &v : r.json().value(QLatin1String("items")).toArray())
            out << str(v.toObject(), "id");
        return out;
    };
    // The demo data has listed listings of its own (m_demoListed of them).
    const QStringList all = ids({});
    QVERIFY(all.contains(m_listing) && all.contains(m_second) && !all.contains(draft));
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/catalog"))
                 .json()
                 .value(QLatin1String("total"))
                 .toInt(),
             m_demoListed + 2);
    QCOMPARE(ids(QStringLiteral("?tags=TMES")).size(), 2);
    QCOMPARE(ids(QStringLiteral("?tags=TMES,%E4%BA%91%E5%B9%B3%E5%8F%B0")),
             QStringList{m_listing});  // MES AND 云平台
    QVERIFY(ids(QStringLiteral("?tags=nothing")).isEmpty());
    QCOMPARE(ids(QStringLiteral("?category=cloud&industry=C")).size(), m_demoListed + 2);
    QVERIFY(ids(QStringLiteral("?industry=A")).isEmpty());
    QCOMPARE(ids(QStringLiteral("?q=%E7%AC%AC%E4%BA%8C")), QStringList{m_second});  // 第二
    QCOMPARE(ids(QStringLiteral("?limit=1&offset=1")).size(), 1);
    QCOMPARE(ids(QStringLiteral("?tags=TMES&limit=1&offset=1")).size(), 1);
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/catalog?limit=1000")).status, 422);
}

void TestListingFlow::listingFilesOfListedListingsArePublicOthersNot() {
    if (!m_story.before(__func__)) return;
    HttpClient anonymous(m_server.baseUrl());
    const HttpReply image = anonymous.get(QStringLiteral("/api/v1/blobs/") + m_images[0]);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.header("content-type"), QByteArray("image/png"));
    // A case's intro document is the provider's business, not the buyers'.
    QVERIFY(anonymous.get(QStringLiteral("/api/v1/blobs/") + m_images[6]).status != 200);
    // The operator may read it (they see the listing).
    QCOMPARE(m_operator->http().get(QStringLiteral("/api/v1/blobs/") + m_images[6]).status, 200);
}

void TestListingFlow::listingScopedReadsRefuseOtherOrganisations() {
    if (!m_story.before(__func__)) return;
    QCOMPARE(m_enterprise->http().get(QStringLiteral("/api/v1/listings/") + m_listing).status, 404);
    QCOMPARE(
        dx::test::errorCode(m_enterprise->push(QStringLiteral("listing.delist"), m_listing,
                                               {{QStringLiteral("reason"), QStringLiteral("x")}})),
        QStringLiteral("not_found"));
    QCOMPARE(
        HttpClient(m_server.baseUrl()).get(QStringLiteral("/api/v1/listings/") + m_listing).status,
        401);
    QCOMPARE(m_provider->http().get(QStringLiteral("/api/v1/listings/") + m_listing).status, 200);
}

void TestListingFlow::listingWithdrawWhilePending() {
    const QString id = save(fullListing(QStringLiteral("撤销方案"), {QStringLiteral("ERP")}));
    QCOMPARE(str(m_provider->push(QStringLiteral("listing.submit"), id), "status"),
             QStringLiteral("applied"));
    QCOMPARE(str(review(id, {{QStringLiteral("decision"), QStringLiteral("pass")},
                             {QStringLiteral("experts"), QJsonArray{m_expert2Id}}}),
                 "status"),
             QStringLiteral("applied"));
    const qint64 seen = rev(id);
    const QJsonObject out = m_provider->push(QStringLiteral("listing.withdraw"), id);
    QCOMPARE(str(out.value(QLatin1String("result")).toObject(), "state"),
             QStringLiteral("withdrawn"));
    // The expert's task and assignment are gone; the operator's stale decision conflicts.
    QVERIFY(m_expert2->inbox(QStringLiteral("pending"))
                .value(QLatin1String("tasks"))
                .toArray()
                .isEmpty());
    QCOMPARE(dx::test::errorCode(opine(*m_expert2, id, 50)), QStringLiteral("invalid_transition"));
    QCOMPARE(dx::test::errorCode(
                 m_operator->push(QStringLiteral("listing.review"), id,
                                  {{QStringLiteral("decision"), QStringLiteral("reject")},
                                   {QStringLiteral("reason"), QStringLiteral("x")}},
                                  seen)),
             QStringLiteral("conflict"));
    // Withdrawn listings may be edited and submitted again.
    QVERIFY(
        !save(fullListing(QStringLiteral("撤销方案二"), {QStringLiteral("ERP")}), id).isEmpty());
    QCOMPARE(str(m_provider->push(QStringLiteral("listing.submit"), id), "status"),
             QStringLiteral("applied"));
    QCOMPARE(stateOf(id), QStringLiteral("pending_initial"));
}

void TestListingFlow::listingDelistAndRelist() {
    if (!m_story.before(__func__)) return;
    HttpClient anonymous(m_server.baseUrl());
    QCOMPARE(dx::test::errorCode(m_provider->push(QStringLiteral("listing.withdraw"), m_second)),
             QStringLiteral("invalid_transition"));
    const QJsonObject out = m_provider->push(QStringLiteral("listing.delist"), m_second,
                                             {{QStringLiteral("reason"), QStringLiteral("停售")}});
    QCOMPARE(str(out.value(QLatin1String("result")).toObject(), "state"),
             QStringLiteral("delisted"));
    QCOMPARE(anonymous.get(QStringLiteral("/listing/") + m_second).status, 404);
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/catalog?tags=TMES"))
                 .json()
                 .value(QLatin1String("total"))
                 .toInt(),
             1);
    // The operator may delist too.
    QCOMPARE(str(m_operator->push(QStringLiteral("listing.delist"), m_listing,
                                  {{QStringLiteral("reason"), QStringLiteral("投诉")}}),
                 "status"),
             QStringLiteral("applied"));
    QCOMPARE(anonymous.get(QStringLiteral("/api/v1/catalog"))
                 .json()
                 .value(QLatin1String("total"))
                 .toInt(),
             m_demoListed);
    // Relisting is submitting again, through the whole review.
    QVERIFY(approveAll(m_second));
    QCOMPARE(anonymous.get(QStringLiteral("/listing/") + m_second).status, 200);
}

void TestListingFlow::listingSubAccountWithoutMenuIsRefused() {
    if (!m_story.before(__func__)) return;
    const QJsonObject made =
        m_provider->push(QStringLiteral("subaccount.create"), {},
                         {{QStringLiteral("username"), QStringLiteral("p1_orders")},
                          {QStringLiteral("mobile"), QStringLiteral("13900000199")},
                          {QStringLiteral("email"), QStringLiteral("orders@provider1.example")},
                          {QStringLiteral("password"), QStringLiteral("Orders#2026p1")},
                          {QStringLiteral("permissions"), QJsonArray{QStringLiteral("orders")}}});
    QCOMPARE(str(made, "status"), QStringLiteral("applied"));
    auto sub = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("p1_orders"),
                                         QStringLiteral("Orders#2026p1"));
    QVERIFY(sub);
    const QJsonObject saved =
        sub->push(QStringLiteral("listing.save"), {},
                  {{QStringLiteral("listing"), fullListing(QStringLiteral("子账号"), {})}});
    QCOMPARE(dx::test::errorCode(saved), QStringLiteral("forbidden"));
    QCOMPARE(dx::test::errorField(saved), QStringLiteral("permission"));
    const QJsonObject submitted = sub->push(QStringLiteral("listing.submit"), m_listing);
    QCOMPARE(dx::test::errorField(submitted), QStringLiteral("permission"));
}

void TestListingFlow::listingSelfPublishedByACertifiedEnterprise() {
    // Seed 003 §2: an enterprise with a complete, certified profile publishes its own product
    // without review.
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_enterprise->upload(dx::test::pngImage(240, 160, quint32(i + 1))),
                 m_images[i]);  // content-addressed: same ids
    const QJsonObject saved = m_enterprise->push(
        QStringLiteral("listing.save"), {},
        {{QStringLiteral("listing"),
          fullListing(QStringLiteral("自营数字化车间方案"), QJsonArray{QStringLiteral("自营")})}});
    QVERIFY2(applied(saved), dx::test::compact(saved));
    const QString id = str(saved.value(QLatin1String("result")).toObject(), "listing_id");
    const QSet<QString> operatorBefore = m_operator->pendingIds();

    const QJsonObject submitted = m_enterprise->push(QStringLiteral("listing.submit"), id);
    QVERIFY2(applied(submitted), dx::test::compact(submitted));
    QCOMPARE(str(submitted.value(QLatin1String("result")).toObject(), "state"),
             QStringLiteral("listed"));
    QCOMPARE(m_operator->pendingIds(), operatorBefore);  // no review task for anyone
    QCOMPARE(HttpClient(m_server.baseUrl()).get(QStringLiteral("/listing/") + id).status, 200);
}

void TestListingFlow::listingRefusedToAnUncertifiedOrganisation() {
    // Listings are for certified organisations (listingworkflow.h): an enterprise whose
    // certification is pending may not even save a draft, and nothing is written.
    auto uncertified = dx::test::signedInSession(m_server.baseUrl(), QStringLiteral("ent.pending"),
                                                 QStringLiteral("Firm#2026pend"));
    QVERIFY(uncertified);
    const QJsonObject draft = uncertified->push(
        QStringLiteral("listing.save"), {},
        {{QStringLiteral("listing"),
          fullListing(QStringLiteral("未认证企业方案"), QJsonArray{QStringLiteral("自营")})}});
    QCOMPARE(str(draft, "status"), QStringLiteral("rejected"));
    QCOMPARE(dx::test::errorCode(draft), QStringLiteral("not_certified"));
    QCOMPARE(dx::test::errorField(draft), QStringLiteral("certification"));
    QVERIFY(uncertified->pullAll().of(QStringLiteral("listings")).isEmpty());

    // A listing an organisation saved while it could list is not published once it no longer
    // may: ent.certified's certification flag is cleared behind the server's back, then
    // restored.
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_enterprise->upload(dx::test::pngImage(240, 160, quint32(i + 1))), m_images[i]);
    const QJsonObject saved = m_enterprise->push(
        QStringLiteral("listing.save"), {},
        {{QStringLiteral("listing"),
          fullListing(QStringLiteral("认证后保存的方案"), QJsonArray{QStringLiteral("自营")})}});
    QVERIFY2(applied(saved), dx::test::compact(saved));
    const QString id = str(saved.value(QLatin1String("result")).toObject(), "listing_id");
    auto db = dx::Database::openSqlite(m_server.dbPath(), QStringLiteral("uncertify"));
    QVERIFY(db);
    const QVariant org =
        *(*db)->scalar(QStringLiteral("SELECT org_id FROM listings WHERE id = ?"), {id});
    auto setCertified = [&](int certified) {
        return (*db)
            ->exec(QStringLiteral("UPDATE organisations SET certified = ? WHERE id = ?"),
                   {certified, org})
            .ok();
    };
    QVERIFY(setCertified(0));
    const QJsonObject refused = m_enterprise->push(QStringLiteral("listing.submit"), id);
    const QJsonObject resaved = m_enterprise->push(
        QStringLiteral("listing.save"), id,
        {{QStringLiteral("listing"),
          fullListing(QStringLiteral("认证后保存的方案"), QJsonArray{QStringLiteral("自营")})}});
    QVERIFY(setCertified(1));
    QCOMPARE(dx::test::errorCode(refused), QStringLiteral("not_certified"));
    QCOMPARE(dx::test::errorField(refused), QStringLiteral("certification"));
    QCOMPARE(dx::test::errorCode(resaved), QStringLiteral("not_certified"));
    QCOMPARE(HttpClient(m_server.baseUrl()).get(QStringLiteral("/listing/") + id).status, 404);
}

QTEST_MAIN(TestListingFlow)
#include "test_listingflow.moc"
