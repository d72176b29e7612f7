#include "server/demo/demolistings.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QPainter>

#include "models/store/database.h"
#include "server/demo/demoimages.h"
#include "server/demo/demotext.h"

namespace dx {

namespace {

using demo::s;

// A 640×360 banner-like picture: a diagonal gradient and a few bars, different per variant.
QByteArray picture(int variant) {
    QImage image(640, 360, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, 640, 360);
    g.setColorAt(0, QColor::fromHsv((variant * 47) % 360, 140, 200));
    g.setColorAt(1, QColor::fromHsv((variant * 47 + 80) % 360, 180, 110));
    p.fillRect(image.rect(), g);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 90));
    for (int i = 0; i < 6; ++i) {
        const int h = 40 + (variant * 31 + i * 53) % 200;
        p.drawRect(60 + i * 90, 320 - h, 50, h);
    }
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Result<Actor> staff(Database &db, const QString &username) {
    auto r = db.one(QStringLiteral("SELECT id, role FROM users WHERE username = ?"), {username});
    if (!r) return r.error();
    if (!r->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no demo user %1").arg(username));
    return Actor{(*r)->value(QStringLiteral("id")).toString(), username,
                 (*r)->value(QStringLiteral("role")).toString()};
}

struct Files {
    QStringList images;     // 8 pictures
    QStringList documents;  // 3 case documents (PDF)
};

QJsonObject listing(const Files &f, const QString &name, const QString &product,
                    const QJsonArray &tags, const QJsonArray &categories, qint64 lowFen,
                    qint64 highFen, bool complete) {
    QJsonObject l{{QStringLiteral("name"), name},
                  {QStringLiteral("product"), product},
                  {QStringLiteral("catalog"), QStringLiteral("solutions_products")},
                  {QStringLiteral("tags"), tags},
                  {QStringLiteral("display_image"), f.images[0]},
                  {QStringLiteral("categories"), categories},
                  {QStringLiteral("industries"), QJsonArray{QStringLiteral("C")}},
                  {QStringLiteral("price_low_fen"), lowFen},
                  {QStringLiteral("price_high_fen"), highFen},
                  {QStringLiteral("delivery_days"), 45},
                  {QStringLiteral("person_days"), 30}};
    if (!complete) return l;  // a draft in progress
    const char *customers[] = {"郑州宏图机械有限公司", "河南瑞丰食品有限公司",
                               "中原新材料股份有限公司"};
    QJsonArray cases, userCases;
    for (int i = 0; i < 3; ++i) {
        cases.append(
            QJsonObject{{QStringLiteral("customer"), s(customers[i])},
                        {QStringLiteral("annual_output_fen"), 12000000000LL + i * 3500000000LL},
                        {QStringLiteral("sale_amount_fen"), 38000000 + i * 6000000},
                        {QStringLiteral("delivery_months"), 3 + i},
                        {QStringLiteral("contact_name"), s("刘工")},
                        {QStringLiteral("contact_title"), s("信息化主管")},
                        {QStringLiteral("document"), f.documents[i]}});
        userCases.append(QJsonObject{
            {QStringLiteral("text"),
             s("%1：上线三个月，设备综合效率提升12%，订单交付周期缩短20%。").arg(s(customers[i]))},
            {QStringLiteral("image"), f.images[4 + i]}});
    }
    l.insert(QStringLiteral("discount_note"), s("享受省30%优惠"));
    l.insert(QStringLiteral("cases"), cases);
    l.insert(QStringLiteral("contact"),
             QJsonObject{{QStringLiteral("name"), s("陈经理")},
                         {QStringLiteral("phone"), QStringLiteral("13800000088")},
                         {QStringLiteral("email"), QStringLiteral("sales@provider1.example")}});
    l.insert(
        QStringLiteral("modules"),
        QJsonArray{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("banner")},
                        {QStringLiteral("title"), name},
                        {QStringLiteral("text"), s("面向中小制造企业的轻量化数字化转型方案")},
                        {QStringLiteral("image"), f.images[1]}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("highlights")},
                        {QStringLiteral("items"),
                         QJsonArray{QJsonObject{{QStringLiteral("title"), s("开箱即用")},
                                                {QStringLiteral("text"), s("两周完成部署")}},
                                    QJsonObject{{QStringLiteral("title"), s("按需订阅")},
                                                {QStringLiteral("text"), s("按年或按月付费")}},
                                    QJsonObject{{QStringLiteral("title"), s("本地服务")},
                                                {QStringLiteral("text"), s("郑州本地团队驻场")}}}}},
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("description")},
                {QStringLiteral("text"),
                 s("服务内容：生产计划、工单报工、质量追溯、设备联网。\n注意事项：需企业提供"
                   "车间网络环境。")}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("media")},
                        {QStringLiteral("items"), QJsonArray{f.images[2], f.images[3]}}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("user_cases")},
                        {QStringLiteral("items"), userCases}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("support")},
                        {QStringLiteral("hours"), s("工作日 9:00-18:00")},
                        {QStringLiteral("content"), s("远程运维、现场培训、版本升级")},
                        {QStringLiteral("hotline"), QStringLiteral("0371-12345678")},
                        {QStringLiteral("email"), QStringLiteral("support@provider1.example")}}});
    l.insert(QStringLiteral("specs"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), s("基础版")},
                                    {QStringLiteral("mode"), QStringLiteral("yearly")},
                                    {QStringLiteral("pricing"), QStringLiteral("simple")},
                                    {QStringLiteral("price_fen"), lowFen}},
                        QJsonObject{{QStringLiteral("name"), s("专业版")},
                                    {QStringLiteral("mode"), QStringLiteral("yearly")},
                                    {QStringLiteral("pricing"), QStringLiteral("simple")},
                                    {QStringLiteral("price_fen"), highFen}},
                        QJsonObject{{QStringLiteral("name"), s("试用版")},
                                    {QStringLiteral("mode"), QStringLiteral("monthly")},
                                    {QStringLiteral("pricing"), QStringLiteral("free")},
                                    {QStringLiteral("price_fen"), 0}}});
    l.insert(QStringLiteral("attachments"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), s("产品白皮书.pdf")},
                                    {QStringLiteral("blob"), f.documents[0]}}});
    return l;
}

}  // namespace

Status seedDemoListings(const DemoListingHooks &h, Database &db, const Actor &provider) {
    Files f;
    for (int i = 0; i < 8; ++i) {
        auto sha = h.blob(picture(i), provider.userId);
        if (!sha) return sha.error();
        f.images << *sha;
    }
    for (int i = 0; i < 3; ++i) {
        auto sha = h.blob(demo::supportingPdf(s("客户案例介绍 %1").arg(i + 1), 2), provider.userId);
        if (!sha) return sha.error();
        f.documents << *sha;
    }
    auto op = staff(db, QStringLiteral("operator"));
    auto expert = staff(db, QStringLiteral("expert1"));
    auto dept = staff(db, QStringLiteral("dept"));
    if (!op || !expert || !dept) return !op ? op.error() : !expert ? expert.error() : dept.error();
    auto save = [&](const QJsonObject &l) -> Result<QString> {
        auto r = h.run(provider, QStringLiteral("listing.save"), {},
                       {{QStringLiteral("listing"), l}}, -1);
        if (!r) return r.error();
        return r->value(QStringLiteral("listing_id")).toString();
    };
    auto revOf = [&db](const QString &id) {
        auto r = db.scalar(QStringLiteral("SELECT rev FROM listings WHERE id = ?"), {id});
        return r ? r->toLongLong() : -1;
    };
    const QJsonArray cloud{QStringLiteral("cloud"), QStringLiteral("software_products")};

    // Listed, with every section: through the whole review.
    auto listed =
        save(listing(f, s("云MES智能工厂解决方案"), s("宏图云MES"),
                     {s("MES"), s("智能制造"), s("上云")}, cloud, 4800000, 19800000, true));
    if (!listed) return listed.error();
    const QList<std::tuple<Actor, QString, QJsonObject>> steps{
        {provider, QStringLiteral("listing.submit"), {}},
        {*op,
         QStringLiteral("listing.review"),
         {{QStringLiteral("decision"), QStringLiteral("pass")},
          {QStringLiteral("experts"), QJsonArray{expert->userId}}}},
        {*expert,
         QStringLiteral("listing.expert_opinion"),
         {{QStringLiteral("score"), 92},
          {QStringLiteral("opinion"), s("方案成熟，案例真实可信。")}}},
        {*op,
         QStringLiteral("listing.review"),
         {{QStringLiteral("decision"), QStringLiteral("pass")}}},
        {*dept,
         QStringLiteral("listing.final"),
         {{QStringLiteral("decision"), QStringLiteral("approve")}}}};
    for (const auto &[actor, type, payload] : steps) {
        const bool decision = type != QStringLiteral("listing.submit") &&
                              type != QStringLiteral("listing.expert_opinion");
        auto r = h.run(actor, type, *listed, payload, decision ? revOf(*listed) : -1);
        if (!r) return r.error();
    }

    // Waiting for the operator's initial review (a task in their inbox).
    auto pending =
        save(listing(f, s("设备预测性维护平台"), s("瑞丰设备云"), {s("设备管理"), s("工业互联网")},
                     {QStringLiteral("digital_products")}, 2000000, 9000000, true));
    if (!pending) return pending.error();
    if (auto r = h.run(provider, QStringLiteral("listing.submit"), *pending, {}, -1); !r)
        return r.error();

    // Rejected at the initial review, with the reason the provider sees.
    auto rejected =
        save(listing(f, s("数据管理能力成熟度贯标咨询"), s("DCMM咨询"), {s("DCMM"), s("贯标")},
                     {QStringLiteral("data_management_standard")}, 5000000, 15000000, true));
    if (!rejected) return rejected.error();
    if (auto r = h.run(provider, QStringLiteral("listing.submit"), *rejected, {}, -1); !r)
        return r.error();
    if (auto r = h.run(
            *op, QStringLiteral("listing.review"), *rejected,
            {{QStringLiteral("decision"), QStringLiteral("reject")},
             {QStringLiteral("reason"), s("客户案例介绍文档与方案不符，请补充实施效果数据。")}},
            revOf(*rejected));
        !r)
        return r.error();

    // A draft in progress.
    auto draft = save(listing(f, s("上云用云诊断服务"), s("上云诊断"), {s("上云")},
                              {QStringLiteral("diagnosis_consulting")}, 0, 0, false));
    if (!draft) return draft.error();
    return Ok{};
}

}  // namespace dx
