// ListingValidator (draft lenient, submit full, field paths) and ListingPage (escaping, module
// order, money from fen, file URLs only from SHA-256 references).

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "models/listings/listingpage.h"
#include "models/listings/listingvalidator.h"

using dx::ListingPage;
using dx::ListingValidator;

namespace {

const QString kSha = QString(64, u'a');

QStringList fields(const QList<dx::Error> &errors) {
    QStringList out;
    for (const auto &e : errors) out << e.field;
    return out;
}

QJsonObject complete() {
    QJsonArray cases, userCases;
    for (int i = 0; i < 3; ++i) {
        cases.append(QJsonObject{{QStringLiteral("customer"), QStringLiteral("客户")},
                                 {QStringLiteral("annual_output_fen"), 100},
                                 {QStringLiteral("sale_amount_fen"), 100},
                                 {QStringLiteral("delivery_months"), 2},
                                 {QStringLiteral("document"), kSha}});
        userCases.append(QJsonObject{{QStringLiteral("text"), QStringLiteral("t")},
                                     {QStringLiteral("image"), kSha}});
    }
    return {
        {QStringLiteral("name"), QStringLiteral("方案")},
        {QStringLiteral("product"), QStringLiteral("产品")},
        {QStringLiteral("catalog"), QStringLiteral("solutions_products")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("MES")}},
        {QStringLiteral("display_image"), kSha},
        {QStringLiteral("categories"), QJsonArray{QStringLiteral("cloud")}},
        {QStringLiteral("industries"), QJsonArray{QStringLiteral("C")}},
        {QStringLiteral("price_low_fen"), 100},
        {QStringLiteral("price_high_fen"), 200},
        {QStringLiteral("delivery_days"), 10},
        {QStringLiteral("person_days"), 5},
        {QStringLiteral("cases"), cases},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("王")},
                     {QStringLiteral("phone"), QStringLiteral("13800138000")}}},
        {QStringLiteral("modules"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"), QStringLiteral("description")},
                         {QStringLiteral("text"), QStringLiteral("DESC-FIRST")}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("banner")},
                         {QStringLiteral("title"), QStringLiteral("BANNER-SECOND")},
                         {QStringLiteral("image"), kSha}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("highlights")},
                         {QStringLiteral("items"),
                          QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("h")}}}}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("media")}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("user_cases")},
                         {QStringLiteral("items"), userCases}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("support")},
                         {QStringLiteral("hours"), QStringLiteral("9-18")},
                         {QStringLiteral("content"), QStringLiteral("c")}}}},
        {QStringLiteral("specs"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("标准版")},
                                {QStringLiteral("mode"), QStringLiteral("monthly")},
                                {QStringLiteral("pricing"), QStringLiteral("simple")},
                                {QStringLiteral("price_fen"), 123456}}}}};
}

}  // namespace

class TestListing : public QObject {
    Q_OBJECT

private slots:
    void listingCompleteIsAccepted() {
        QVERIFY(ListingValidator::validate(complete(), ListingValidator::Mode::Submit).isEmpty());
    }
    void listingDraftIsLenient() {
        QVERIFY(ListingValidator::validate({{QStringLiteral("name"), QStringLiteral("x")}},
                                           ListingValidator::Mode::Draft)
                    .isEmpty());
        const auto errors = ListingValidator::validate(
            {{QStringLiteral("name"), QStringLiteral("x")}}, ListingValidator::Mode::Submit);
        QVERIFY(fields(errors).contains(QStringLiteral("cases")));
        QVERIFY(fields(errors).contains(QStringLiteral("specs")));
        QVERIFY(fields(errors).contains(QStringLiteral("contact")));
    }
    void listingFieldPaths() {
        QJsonObject l = complete();
        QJsonArray cases = l.value(QStringLiteral("cases")).toArray();
        QJsonObject c = cases.at(1).toObject();
        c.insert(QStringLiteral("customer"), QString());
        c.insert(QStringLiteral("sale_amount_fen"), 12.5);  // never a fraction of a fen
        cases.replace(1, c);
        l.insert(QStringLiteral("cases"), cases);
        l.insert(QStringLiteral("price_low_fen"), 300);  // above the highest price
        l.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("一二三四五六七八九十一二三")});
        l.insert(QStringLiteral("industries"), QJsonArray{QStringLiteral("Z")});
        l.insert(QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("王")},
                             {QStringLiteral("email"), QStringLiteral("not-an-email")}});
        const QStringList f = fields(ListingValidator::validate(l, ListingValidator::Mode::Submit));
        for (const char *expected : {"cases[1].customer", "cases[1].sale_amount_fen",
                                     "price_high_fen", "tags[0]", "industries[0]", "contact.email"})
            QVERIFY2(f.contains(QLatin1String(expected)), qPrintable(f.join(u',')));
    }
    void listingModulesEachOnce() {
        QJsonObject l = complete();
        QJsonArray modules = l.value(QStringLiteral("modules")).toArray();
        modules.replace(5, modules.at(0));  // description twice, no support
        l.insert(QStringLiteral("modules"), modules);
        const QStringList f = fields(ListingValidator::validate(l, ListingValidator::Mode::Submit));
        QVERIFY(f.contains(QStringLiteral("modules[5].type")));
        QVERIFY(f.contains(QStringLiteral("modules")));
        QVERIFY(ListingValidator::blobs(complete()).size() >= 8);
    }
    void listingPageEscapesAndKeepsOrder() {
        QJsonObject l = complete();
        l.insert(QStringLiteral("name"), QStringLiteral("<img src=x onerror=alert(1)>&\"{{name}}"));
        l.insert(QStringLiteral("display_image"), QStringLiteral("javascript:alert(1)"));
        const QString html = ListingPage::render(
            l, {QStringLiteral("/api/v1/blobs/"), QStringLiteral("<b>Vendor</b>")});
        QVERIFY(
            html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;&amp;&quot;{{name}}")));
        QVERIFY(!html.contains(QStringLiteral("<img src=x")));
        QVERIFY(!html.contains(QStringLiteral("javascript:")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Vendor&lt;/b&gt;")));
        QVERIFY(html.indexOf(QStringLiteral("DESC-FIRST")) <
                html.indexOf(QStringLiteral("BANNER-SECOND")));
        QVERIFY(html.contains(QStringLiteral("¥1,234.56")));
        QVERIFY(html.contains(QStringLiteral("按月")));
        QVERIFY(html.contains(QStringLiteral("上云用云")));  // category label from the form
        QVERIFY(html.contains(QStringLiteral("/api/v1/blobs/") + kSha));
        QVERIFY(!html.contains(QStringLiteral("http://")) &&
                !html.contains(QStringLiteral("https://")));
        QVERIFY(!html.contains(QStringLiteral("<!--BLOCK")));
    }
    void listingPageWithoutPrefixHasNoImages() {
        const QString html = ListingPage::render(complete(), {});
        QVERIFY(!html.contains(kSha));
    }
};

QTEST_MAIN(TestListing)
#include "test_listing.moc"
