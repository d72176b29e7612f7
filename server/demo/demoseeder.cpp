#include "server/demo/demoseeder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include "models/audit/auditlog.h"
#include "models/auth/demoaccounts.h"
#include "models/blobs/blobindex.h"
#include "models/blobs/blobstore.h"
#include "models/commands/commandprocessor.h"
#include "models/commands/servercommandservices.h"
#include "models/core/clock.h"
#include "models/domain/creditcode.h"
#include "models/domain/filesniffer.h"
#include "models/domain/idnumber.h"
#include "models/store/database.h"
#include "models/store/datadirectory.h"
#include "server/demo/demoimages.h"
#include "server/demo/demolistings.h"
#include "server/demo/demotext.h"

namespace dx {

namespace {

struct County {
    QString code;
    QString name;
};
const County kCounties[] = {{QStringLiteral("410102"), QStringLiteral("中原区")},
                            {QStringLiteral("410103"), QStringLiteral("二七区")},
                            {QStringLiteral("410105"), QStringLiteral("金水区")}};

const char *kPrefixes[] = {"华",   "中",   "豫",   "金",   "嵩",   "黄河", "中原",
                           "绿城", "商都", "博远", "恒信", "瑞丰", "天成", "宏图",
                           "鼎盛", "新元", "合众", "远航", "启明", "正阳"};
const char *kTrades[] = {"科技", "机械制造", "食品",       "纺织", "电子",   "物流", "建材", "医药",
                         "软件", "环保",     "汽车零部件", "包装", "新材料", "农业", "家居"};
const char *kSurnames[] = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};
const char *kGiven[] = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军", "杰", "涛"};
const char *kEnterpriseTypes[] = {"private", "joint_stock", "state_owned", "collective",
                                  "joint_venture"};
const char *kIndustries[] = {"C", "C", "C", "F", "G", "I", "E", "A"};

using demo::s;

class Seeder {
public:
    Seeder(Database &db, const AuditLog &audit, BlobStore &blobs)
        : m_db(db),
          m_audit(audit),
          m_blobs(blobs),
          m_rng(20261124),
          m_time(
              QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch()) {
    }

    int commands() const { return m_commands; }

    Result<QJsonObject> run(const Actor &actor, const QString &type, const QString &target,
                            const QJsonObject &payload, qint64 baseRev = -1) {
        Command c{newId(), type, target, baseRev, payload, m_time};
        m_time += 7 * 60 * 1000;  // seven minutes apart: a plausible day of work
        ServerCommandServices services(&m_audit);
        CommandProcessor processor(m_db, &services, &m_blobs);
        const Outcome out = processor.execute(actor, c, {}, m_time);
        ++m_commands;
        if (out.status != Outcome::Status::Applied) {
            Error e = out.error;
            e.message = QStringLiteral("%1 failed: %2 (%3)").arg(type, e.message, e.field);
            return e;
        }
        return out.result;
    }

    Result<QString> blob(const QByteArray &bytes, const QString &userId) {
        auto sha = m_blobs.put(bytes);
        if (!sha) return sha;
        auto r = recordBlob(m_db, *sha, bytes.size(), FileSniffer::sniff(bytes.left(65536)), userId,
                            m_time);
        if (!r) return r.error();
        return sha;
    }

    Status staff() {
        // The list dxdesk --demo offers too (models/auth/demoaccounts.h).
        for (const DemoAccount &a : demoAccounts()) {
            if (!a.staff) continue;
            auto r = run(Actor::system(), QStringLiteral("account.create"), {},
                         {{QStringLiteral("username"), s(a.username)},
                          {QStringLiteral("password"), s(a.password)},
                          {QStringLiteral("role"), s(a.role)},
                          {QStringLiteral("region"), s(a.region)},
                          {QStringLiteral("display_name"), s(a.displayName)}});
            if (!r) return r.error();
        }
        return Ok{};
    }

    QString pick(const char *const *list, int n) { return s(list[m_rng.bounded(n)]); }

    QString creditCodeFor(const QString &region) {
        static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
        QString first17 = QStringLiteral("91") + region;
        for (int i = 0; i < 9; ++i) first17 += alphabet.at(m_rng.bounded(i < 8 ? 10 : 31));
        return first17 + CreditCode::checkCharFor(first17);
    }

    QString idNumberFor(const QString &region) {
        const QDate birth = QDate(1965, 1, 1).addDays(m_rng.bounded(365 * 30));
        QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd")) +
                          QStringLiteral("%1").arg(m_rng.bounded(1000), 3, 10, QLatin1Char('0'));
        static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; ++i) sum += first17.at(i).digitValue() * weights[i];
        return first17 + QStringLiteral("10X98765432").at(sum % 11);
    }

    QString mobile() { return QStringLiteral("13%1").arg(m_nextMobile++, 9, 10, QLatin1Char('0')); }

    struct Enterprise {
        Actor actor;
        QString orgId;
        QString name;
        QString legalRep;
        QString region;
        QString countyName;
        QString creditCode;
    };

    Result<Enterprise> enterprise(const QString &username, const QString &password,
                                  const County &county,
                                  const QString &role = QStringLiteral("enterprise")) {
        Enterprise e;
        e.region = county.code;
        e.countyName = county.name;
        // Distinct, plausible names: another draw when a name is taken; a branch suffix only
        // when the word lists run out (large --scale runs).
        for (int attempt = 0; attempt < 20 && (e.name.isEmpty() || m_names.contains(e.name));
             ++attempt)
            e.name = QStringLiteral("郑州") + pick(kPrefixes, std::size(kPrefixes)) +
                     pick(kTrades, std::size(kTrades)) +
                     (role == QStringLiteral("provider") ? QStringLiteral("信息技术有限公司")
                                                         : QStringLiteral("有限公司"));
        if (m_names.contains(e.name))
            e.name += QStringLiteral("（第%1分公司）").arg(m_names.size());
        m_names.insert(e.name);
        e.legalRep = pick(kSurnames, std::size(kSurnames)) + pick(kGiven, std::size(kGiven)) +
                     pick(kGiven, std::size(kGiven));
        const QString phone = mobile();
        QJsonObject reg{
            {QStringLiteral("role"), role},
            {QStringLiteral("username"), username},
            {QStringLiteral("mobile"), phone},
            {QStringLiteral("email"), QString(username + QStringLiteral("@example.com"))}};
        if (!password.isEmpty()) reg.insert(QStringLiteral("password"), password);
        auto r = run(Actor::system(), QStringLiteral("account.register"), {}, reg);
        if (!r) return r.error();
        e.orgId = r->value(QStringLiteral("org_id")).toString();
        e.actor =
            Actor{r->value(QStringLiteral("user_id")).toString(), username, role, e.orgId, {}, {}};

        const QString credit = creditCodeFor(county.code);
        e.creditCode = credit;
        QJsonObject profile{
            {QStringLiteral("name"), e.name},
            {QStringLiteral("credit_code"), credit},
            {QStringLiteral("enterprise_type"),
             pick(kEnterpriseTypes, std::size(kEnterpriseTypes))},
            {QStringLiteral("industry"), pick(kIndustries, std::size(kIndustries))},
            {QStringLiteral("region"), county.code},
            {QStringLiteral("legal_representative"), e.legalRep},
            {QStringLiteral("registered_capital"),
             QStringLiteral("%1.00").arg(100 + m_rng.bounded(5000))},
            {QStringLiteral("registered_address"),
             QString(QStringLiteral("河南省郑州市") + county.name +
                     QStringLiteral("建设路%1号").arg(1 + m_rng.bounded(300)))},
            {QStringLiteral("mailing_address"),
             QString(QStringLiteral("河南省郑州市") + county.name +
                     QStringLiteral("建设路%1号").arg(1 + m_rng.bounded(300)))},
            {QStringLiteral("two_integration_certified"), m_rng.bounded(3) == 0},
            {QStringLiteral("contact_name"),
             QString(pick(kSurnames, std::size(kSurnames)) + pick(kGiven, std::size(kGiven)))},
            {QStringLiteral("mobile"), phone},
            {QStringLiteral("landline"),
             QStringLiteral("0371-6%1").arg(m_rng.bounded(10000000), 7, 10, QLatin1Char('0'))},
            {QStringLiteral("email"), QString(username + QStringLiteral("@example.com"))},
            {QStringLiteral("last_year_revenue"),
             QStringLiteral("%1.%2")
                 .arg(200 + m_rng.bounded(20000))
                 .arg(m_rng.bounded(100), 2, 10, QLatin1Char('0'))},
            {QStringLiteral("last_year_profit_tax"),
             QStringLiteral("%1.00").arg(10 + m_rng.bounded(800))}};
        if (role == QStringLiteral("provider")) {
            profile.remove(QStringLiteral("last_year_revenue"));
            profile.remove(QStringLiteral("last_year_profit_tax"));
            profile.insert(QStringLiteral("service_org_type"), QStringLiteral("social"));
            profile.insert(
                QStringLiteral("service_scope"),
                QJsonArray{QStringLiteral("diagnosis_consulting"), QStringLiteral("cloud")});
            profile.insert(QStringLiteral("core_products"),
                           QStringLiteral("企业上云诊断与实施服务"));
            profile.insert(QStringLiteral("industries_served"), QJsonArray{QStringLiteral("C")});
            profile.insert(QStringLiteral("industrial_customers"), 120);
            profile.insert(QStringLiteral("operating_since"), QStringLiteral("2015-06-01"));
            for (const char *k : {"revenue_year_1", "revenue_year_2", "revenue_year_3",
                                  "average_industrial_sales", "average_sales"})
                profile.insert(s(k), QStringLiteral("%1.00").arg(500 + m_rng.bounded(3000)));
        }
        auto saved = run(e.actor, QStringLiteral("organisation.save"), e.orgId,
                         {{QStringLiteral("profile"), profile}});
        if (!saved) return saved.error();
        auto submitted = run(e.actor, QStringLiteral("organisation.submit"), e.orgId, {});
        if (!submitted) return submitted.error();
        if (role == QStringLiteral("enterprise")) {
            QJsonObject survey{
                {QStringLiteral("company_name"), e.name},
                {QStringLiteral("region"), county.code},
                {QStringLiteral("enterprise_type"),
                 profile.value(QStringLiteral("enterprise_type"))},
                {QStringLiteral("industry"), profile.value(QStringLiteral("industry"))},
                {QStringLiteral("employee_count"), 20 + m_rng.bounded(500)},
                {QStringLiteral("digitalisation_level"), QStringLiteral("level_1")},
                {QStringLiteral("main_needs"),
                 QJsonArray{QStringLiteral("production"), QStringLiteral("cloud")}},
                {QStringLiteral("budget_range"), QStringLiteral("from_10_to_50")},
                {QStringLiteral("preferred_services"), QJsonArray{QStringLiteral("cloud")}},
                {QStringLiteral("willing_to_pilot"), true},
                {QStringLiteral("contact_name"), profile.value(QStringLiteral("contact_name"))},
                {QStringLiteral("contact_mobile"), phone}};
            auto answered = run(e.actor, QStringLiteral("survey.answer"), e.orgId,
                                {{QStringLiteral("answers"), survey}});
            if (!answered) return answered.error();
        }
        return e;
    }

    // Submits a certification with freshly drawn documents (or the shared set, for --scale).
    Result<QString> certify(const Enterprise &e, int variant, bool sharedDocs = false) {
        QStringList docs;
        if (sharedDocs && !m_shared.isEmpty()) {
            docs = m_shared;
            // The benchmark's applicants share one set of scans: each is given its bytes.
            for (const QString &sha : docs) {
                auto held = addBlobHolder(m_db, sha, e.actor.userId, m_time);
                if (!held) return held.error();
            }
        } else {
            const QString address = QStringLiteral("河南省郑州市") + e.countyName;
            const QList<QByteArray> images{
                demo::licenseImage(e.name, e.creditCode, address, e.legalRep, variant),
                demo::idFrontImage(e.legalRep, idNumberFor(e.region), address, variant),
                demo::idBackImage(
                    QStringLiteral("郑州市公安局") + e.countyName + QStringLiteral("分局"),
                    variant)};
            for (const QByteArray &img : images) {
                auto sha = blob(img, e.actor.userId);
                if (!sha) return sha.error();
                docs << *sha;
            }
            if (sharedDocs) m_shared = docs;
        }
        QJsonObject p{{QStringLiteral("contact"), e.legalRep},
                      {QStringLiteral("phone"), mobile()},
                      {QStringLiteral("license"), docs[0]},
                      {QStringLiteral("id_front"), docs[1]},
                      {QStringLiteral("id_back"), docs[2]}};
        if (variant % 10 == 3 && !sharedDocs) {
            auto pdf = blob(demo::supportingPdf(e.name, 3 + variant % 5), e.actor.userId);
            if (!pdf) return pdf.error();
            p.insert(QStringLiteral("attachment"), *pdf);
        }
        auto r = run(e.actor, QStringLiteral("certification.submit"), e.orgId, p);
        if (!r) return r.error();
        return r->value(QStringLiteral("certification_id")).toString();
    }

    Status decide(const QString &reviewerName, const QString &certId, bool approve) {
        auto reviewer =
            m_db.one(QStringLiteral("SELECT id, role, region FROM users WHERE username = ?"),
                     {reviewerName});
        if (!reviewer) return reviewer.error();
        const Actor a{(*reviewer)->value(QStringLiteral("id")).toString(),     reviewerName,
                      (*reviewer)->value(QStringLiteral("role")).toString(),   {},
                      (*reviewer)->value(QStringLiteral("region")).toString(), {}};
        auto rev =
            m_db.scalar(QStringLiteral("SELECT rev FROM certifications WHERE id = ?"), {certId});
        if (!rev) return rev.error();
        QJsonObject p{{QStringLiteral("decision"),
                       approve ? QStringLiteral("approve") : QStringLiteral("reject")}};
        if (!approve)
            p.insert(QStringLiteral("reason"), QStringLiteral("营业执照照片不清晰，请重新上传。"));
        auto r = run(a, QStringLiteral("certification.decide"), certId, p, rev->toLongLong());
        if (!r) return r.error();
        return Ok{};
    }

private:
    Database &m_db;
    const AuditLog &m_audit;
    BlobStore &m_blobs;
    QRandomGenerator m_rng;
    qint64 m_time;
    int m_commands = 0;
    int m_nextMobile = 800000001;
    QSet<QString> m_names;
    QStringList m_shared;
};

}  // namespace

// provider1's administration data (docs/LISTINGS.md): two experts in the roster, one ABC
// receiving account, and the sub-account p1_sales (README.md: Sales#2026p1) with the listing and
// order menus.
Status seedProviderAdmin(Seeder &seed, Database &db, const Actor &provider) {
    const struct {
        const char *name;
        int age;
        const char *gender;
        const char *iiot;
        const char *industry;
        const char *operations;
        int iiotYears;
        int industryYears;
        const char *experience;
        const char *title;
        QRgb colour;
    } experts[] = {{"王建国", 46, "male", "工业大数据", "装备制造", "生产管控", 12, 20,
                    "主持郑州多家装备制造企业的智能工厂改造。", "高级工程师", qRgb(70, 110, 160)},
                   {"李晓梅", 39, "female", "工业软件", "食品加工", "质量管理", 9, 15,
                    "为食品企业部署质量追溯与能耗管理平台。", "工程师", qRgb(160, 90, 90)}};
    for (const auto &e : experts) {
        QImage photo(300, 400, QImage::Format_RGB32);
        photo.fill(e.colour);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "PNG");
        auto sha = seed.blob(png, provider.userId);
        if (!sha) return sha.error();
        const QJsonObject expert{{QStringLiteral("name"), s(e.name)},
                                 {QStringLiteral("age"), e.age},
                                 {QStringLiteral("gender"), s(e.gender)},
                                 {QStringLiteral("iiot_field"), s(e.iiot)},
                                 {QStringLiteral("industry_field"), s(e.industry)},
                                 {QStringLiteral("operations_field"), s(e.operations)},
                                 {QStringLiteral("iiot_years"), e.iiotYears},
                                 {QStringLiteral("industry_years"), e.industryYears},
                                 {QStringLiteral("experience"), s(e.experience)},
                                 {QStringLiteral("title"), s(e.title)},
                                 {QStringLiteral("education"), QStringLiteral("硕士")},
                                 {QStringLiteral("photo"), *sha},
                                 {QStringLiteral("introduction"), s(e.experience)}};
        auto r = seed.run(provider, QStringLiteral("expert.save"), {},
                          {{QStringLiteral("expert"), expert}});
        if (!r) return r.error();
    }
    auto orgName =
        db.scalar(QStringLiteral("SELECT name FROM organisations WHERE id = ?"), {provider.orgId});
    if (!orgName) return orgName.error();
    auto account =
        seed.run(provider, QStringLiteral("bank_account.save"), {},
                 {{QStringLiteral("bank"), QStringLiteral("中国农业银行")},
                  {QStringLiteral("account_name"), orgName->toString()},
                  {QStringLiteral("account_no"), QStringLiteral("160101040001234")},
                  {QStringLiteral("branch"), QStringLiteral("中国农业银行郑州金水支行")}});
    if (!account) return account.error();
    auto sub = seed.run(provider, QStringLiteral("subaccount.create"), {},
                        {{QStringLiteral("username"), QStringLiteral("p1_sales")},
                         {QStringLiteral("mobile"), QStringLiteral("13900000101")},
                         {QStringLiteral("email"), QStringLiteral("sales@provider1.example")},
                         {QStringLiteral("password"), demoPassword(QStringLiteral("p1_sales"))},
                         {QStringLiteral("permissions"),
                          QJsonArray{QStringLiteral("listings"), QStringLiteral("orders")}}});
    if (!sub) return sub.error();
    return Ok{};
}

Result<DemoSeeder::Summary> DemoSeeder::run(const Options &o) {
    auto dir = DataDirectory::prepare(o.dataDir);
    if (!dir) return dir.error();
    const QString store =
        o.store.isEmpty() ? QDir(o.dataDir).filePath(QStringLiteral("dx.sqlite")) : o.store;
    auto db = Database::open(store, QStringLiteral("dx-seed"));
    if (!db) return db.error();
    auto existing = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!existing) return existing.error();
    if (existing->toInt() > 0)
        return makeError(
            ErrorCode::Conflict,
            QStringLiteral("%1 already holds data; seed an empty directory").arg(o.dataDir));
    auto key = AuditLog::loadOrCreateKey(o.dataDir);
    if (!key) return key.error();
    AuditLog audit(key.value());
    BlobStore blobs(QDir(o.dataDir).filePath(QStringLiteral("blobs")));
    (*db)->setBulkMode(true);  // a bulk load: fsync once at the end, not per command

    Seeder seed(**db, audit, blobs);
    Summary sum;
    auto st = seed.staff();
    if (!st) return st.error();

    // The named demo organisations.
    auto provider =
        seed.enterprise(QStringLiteral("provider1"), demoPassword(QStringLiteral("provider1")),
                        kCounties[2], QStringLiteral("provider"));
    if (!provider) return provider.error();
    auto pc = seed.certify(*provider, 1);
    if (!pc) return pc.error();
    if (auto d = seed.decide(QStringLiteral("operator"), *pc, true); !d) return d.error();
    if (auto a = seedProviderAdmin(seed, **db, provider->actor); !a) return a.error();
    const DemoListingHooks listingHooks{
        [&seed](const Actor &a, const QString &type, const QString &target, const QJsonObject &p,
                qint64 baseRev) { return seed.run(a, type, target, p, baseRev); },
        [&seed](const QByteArray &bytes, const QString &user) { return seed.blob(bytes, user); }};
    if (auto l = seedDemoListings(listingHooks, **db, provider->actor); !l) return l.error();

    auto certified = seed.enterprise(QStringLiteral("ent.certified"),
                                     demoPassword(QStringLiteral("ent.certified")), kCounties[0]);
    if (!certified) return certified.error();
    auto cc = seed.certify(*certified, 2);
    if (!cc) return cc.error();
    if (auto d = seed.decide(QStringLiteral("reviewer.zy"), *cc, true); !d) return d.error();

    auto pending = seed.enterprise(QStringLiteral("ent.pending"),
                                   demoPassword(QStringLiteral("ent.pending")), kCounties[0]);
    if (!pending) return pending.error();
    if (auto c = seed.certify(*pending, 3); !c) return c.error();
    sum.enterprises = 2;
    sum.pending = 1;

    // 63 more enterprises, 21 per county: 15 pending, 3 approved, 2 rejected, 1 never applied.
    for (int i = 0; i < 63; ++i) {
        const County &county = kCounties[i % 3];
        const int slot = i / 3;
        auto e = seed.enterprise(QStringLiteral("ent%1").arg(i + 1, 3, 10, QLatin1Char('0')), {},
                                 county);
        if (!e) return e.error();
        ++sum.enterprises;
        if (slot == 20) continue;
        auto c = seed.certify(*e, i + 4);
        if (!c) return c.error();
        const QString reviewer =
            county.code == QStringLiteral("410102")   ? QStringLiteral("reviewer.zy")
            : county.code == QStringLiteral("410103") ? QStringLiteral("reviewer.eq")
                                                      : QStringLiteral("admin");
        if (slot >= 15 && reviewer != QStringLiteral("admin")) {
            if (auto d = seed.decide(reviewer, *c, slot < 18); !d) return d.error();
        } else {
            ++sum.pending;
        }
    }

    for (int i = 0; i < o.scale; ++i) {
        auto e = seed.enterprise(QStringLiteral("scale%1").arg(i + 1, 6, 10, QLatin1Char('0')), {},
                                 kCounties[i % 3]);
        if (!e) return e.error();
        auto c = seed.certify(*e, i, true);
        if (!c) return c.error();
        ++sum.enterprises;
        ++sum.pending;
    }
    (*db)->setBulkMode(false);
    if ((*db)->dialect() == Database::Dialect::SQLite) {
        auto cp = (*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!cp) return cp.error();
    }
    sum.commands = seed.commands();
    return sum;
}

}  // namespace dx
