// The provider's expert roster (专家管理, seed 001 §1.4.8, 表 1-3). Menu: Menu::Experts.
//
// expert.save    target: expert id, or empty to add   result {expert_id}
//   payload {expert: {name ≤30, age 18–100, gender: "male"|"female", iiot_field, industry_field,
//            operations_field (each ≤100), iiot_years, industry_years (0–80, not above the age),
//            experience ≤200, title? ≤50, education? ≤50, photo: sha256 (jpeg/jpg/png ≤2048 KB,
//            upload purpose "expert_photo"), introduction ≤2000}}
// expert.delete  target: expert id                     payload {}
//
// Rows are published in the provider organisation's scope.
#include <QCoreApplication>

#include "models/commands/blobreference.h"
#include "models/commands/ownedrows.h"
#include "models/commands/payload.h"
#include "models/commands/registry.h"
#include "models/core/clock.h"
#include "models/store/database.h"
#include "models/workflow/states.h"

namespace dx {

namespace {
class ExpertcommandsTr {
    Q_DECLARE_TR_FUNCTIONS(ExpertCommands)
};

OwnedRows expertRows() {
    return {Entity::Experts,
            ExpertcommandsTr::tr("Only a service provider keeps an expert roster."),
            ExpertcommandsTr::tr("No such expert.")};
}

struct Expert {
    QVariantList values;  ///< in the order of kColumns
};

const QStringList kTextColumns{QStringLiteral("name"),
                               QStringLiteral("gender"),
                               QStringLiteral("iiot_field"),
                               QStringLiteral("industry_field"),
                               QStringLiteral("operations_field"),
                               QStringLiteral("experience"),
                               QStringLiteral("title"),
                               QStringLiteral("education"),
                               QStringLiteral("photo_blob"),
                               QStringLiteral("introduction")};
const QStringList kNumberColumns{QStringLiteral("age"), QStringLiteral("iiot_years"),
                                 QStringLiteral("industry_years")};

// Field errors carry the payload's names (inside `expert`), so a form can point at its input.
Result<Expert> readExpert(CommandContext &ctx, const QJsonObject &e) {
    Expert out;
    auto name = payload::text(e, QStringLiteral("name"), 30);
    if (!name) return name.error();
    auto gender = payload::oneOf(e, QStringLiteral("gender"),
                                 {QStringLiteral("male"), QStringLiteral("female")});
    if (!gender) return gender.error();
    QStringList texts{*name, *gender};
    const struct {
        const char *key;
        int max;
        bool required;
    } fields[] = {
        {"iiot_field", 100, true}, {"industry_field", 100, true}, {"operations_field", 100, true},
        {"experience", 200, true}, {"title", 50, false},          {"education", 50, false}};
    for (const auto &f : fields) {
        auto t = payload::text(e, QLatin1String(f.key), f.max, f.required);
        if (!t) return t.error();
        texts << *t;
    }
    auto photo = payload::text(e, QStringLiteral("photo"), 64);
    if (!photo) return photo.error();
    auto blob =
        checkBlobReference(ctx, QStringLiteral("photo"), *photo, QStringLiteral("expert_photo"));
    if (!blob) return blob.error();
    texts << *photo;
    auto intro = payload::text(e, QStringLiteral("introduction"), 2000);
    if (!intro) return intro.error();
    texts << *intro;

    auto age = payload::integer(e, QStringLiteral("age"), 18, 100);
    if (!age) return age.error();
    QList<qint64> numbers{*age};
    for (const QString &key : {QStringLiteral("iiot_years"), QStringLiteral("industry_years")}) {
        auto years = payload::integer(e, key, 0, 80);
        if (!years) return years.error();
        if (*years > *age)
            return makeError(ErrorCode::OutOfRange,
                             ExpertcommandsTr::tr("The years of service cannot exceed the age."),
                             key);
        numbers << *years;
    }
    for (const QString &t : texts) out.values << t;
    for (qint64 n : numbers) out.values << n;
    return out;
}

Result<QJsonObject> saveExpert(CommandContext &ctx, const Command &c) {
    const OwnedRows rows = expertRows();
    auto may = rows.mayChange(ctx.db, ctx.actor, c.target);
    if (!may) return may.error();
    auto e = payload::object(c.payload, QStringLiteral("expert"));
    if (!e) return e.error();
    const bool adding = c.target.isEmpty();
    auto expert = readExpert(ctx, *e);
    if (!expert) return expert.error();
    const QStringList columns = kTextColumns + kNumberColumns;
    QVariantList binds = expert->values;
    const QString id = adding ? derivedId(c.id, QStringLiteral("expert")) : c.target;
    Result<QSqlQuery> w = QSqlQuery();
    if (adding) {
        binds << id << ctx.actor.orgId << ctx.now << ctx.now;
        w = ctx.db.exec(QStringLiteral("INSERT INTO experts (") + columns.join(u',') +
                            QStringLiteral(", id, org_id, created_at, updated_at) VALUES (") +
                            QStringLiteral("?,").repeated(columns.size() + 3) +
                            QStringLiteral("?)"),
                        binds);
    } else {
        binds << ctx.now << id;
        w = ctx.db.exec(QStringLiteral("UPDATE experts SET ") +
                            columns.join(QStringLiteral(" = ?, ")) +
                            QStringLiteral(" = ?, updated_at = ? WHERE id = ?"),
                        binds);
    }
    if (!w) return w.error();
    auto published = rows.publish(ctx, id);
    if (!published) return published.error();
    return QJsonObject{{QStringLiteral("expert_id"), id}};
}

Result<QJsonObject> removeExpert(CommandContext &ctx, const Command &c) {
    return expertRows().remove(ctx, c);
}

}  // namespace

void registerExpertCommands(CommandTable &t) {
    t.insert(QStringLiteral("expert.save"),
             CommandSpec{.handler = saveExpert, .permission = Menu::Experts});
    t.insert(QStringLiteral("expert.delete"),
             CommandSpec{.handler = removeExpert, .permission = Menu::Experts});
}

}  // namespace dx
