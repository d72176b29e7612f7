// account.register (anyone: an enterprise or provider signs up) and account.create (admin:
// staff accounts with a role and scope).
#include <QCoreApplication>
#include <QRegularExpression>

#include "models/commands/payload.h"
#include "models/commands/registry.h"
#include "models/core/clock.h"
#include "models/domain/email.h"
#include "models/domain/phone.h"
#include "models/domain/regioncode.h"
#include "models/security/passwordhasher.h"
#include "models/security/passwordpolicy.h"
#include "models/store/database.h"
#include "models/sync/changefeed.h"
#include "models/workflow/states.h"

namespace dx {

namespace {
class AccountcommandsTr {
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)
};

const QString kUsername = QStringLiteral("username");

Result<QString> checkUsername(const QJsonObject &p) {
    auto u = payload::text(p, kUsername, 30);
    if (!u) return u;
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9._]{3,29}$"));
    if (!re.match(*u).hasMatch())
        return makeError(
            ErrorCode::Invalid,
            AccountcommandsTr::tr("A username has 4–30 letters, digits, dots or underscores and "
                                  "starts with a letter."),
            kUsername);
    return u;
}

// Validates what needs no database and replaces the password by its hash, outside the transaction.
Result<Command> prepareAccount(const Command &c, bool mobileRequired) {
    Command out = c;
    out.payload.remove(
        QStringLiteral("password_hash"));  // only ever set here, from a policy-checked password
    auto username = checkUsername(c.payload);
    if (!username) return username.error();
    auto mobileText = payload::text(c.payload, QStringLiteral("mobile"), 20, mobileRequired);
    if (!mobileText) return mobileText.error();
    QString mobile;
    if (!mobileText->isEmpty()) {
        auto m = Phone::parseMobile(*mobileText, QStringLiteral("mobile"));
        if (!m) return m.error();
        // Stored and compared canonical: "138 0013 8000" is the registered 13800138000.
        mobile = m->toString();
        out.payload.insert(QStringLiteral("mobile"), mobile);
    }
    auto password = payload::text(c.payload, QStringLiteral("password"), 64, false);
    if (!password) return password.error();
    // The raw password never goes further than this function.
    const QString raw = c.payload.value(QStringLiteral("password")).toString();
    out.payload.remove(QStringLiteral("password"));
    if (!raw.isEmpty()) {
        auto ok = PasswordPolicy{}.check(raw, *username, mobile);
        if (!ok) return ok.error();
        out.payload.insert(QStringLiteral("password_hash"),
                           QString::fromLatin1(PasswordHasher::hash(raw)));
    }
    return out;
}

Status checkUnique(Database &db, const QString &username, const QString &mobile) {
    auto taken = db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM users WHERE lower(username) = lower(?)"), {username});
    if (!taken) return taken.error();
    if (taken->toInt() > 0)
        return makeError(ErrorCode::Duplicate,
                         AccountcommandsTr::tr("This username is already taken."), kUsername);
    if (!mobile.isEmpty()) {
        auto m = db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE mobile = ?"), {mobile});
        if (!m) return m.error();
        if (m->toInt() > 0)
            return makeError(ErrorCode::Duplicate,
                             AccountcommandsTr::tr("This mobile number is already registered."),
                             QStringLiteral("mobile"));
    }
    return Ok{};
}

Result<QJsonObject> insertUser(CommandContext &ctx, const QJsonObject &p, const QString &role,
                               const QString &orgId, const QString &region) {
    const QString id = newId();
    const QString username = p.value(kUsername).toString().trimmed();
    const QString mobile = p.value(QStringLiteral("mobile")).toString().trimmed();
    auto email = payload::text(p, QStringLiteral("email"), 254, false);
    if (!email) return email.error();
    if (!email->isEmpty()) {
        auto e = Email::parse(*email, QStringLiteral("email"));
        if (!e) return e.error();
    }
    auto name = payload::text(p, QStringLiteral("display_name"), 50, false);
    if (!name) return name.error();
    auto unique = checkUnique(ctx.db, username, mobile);
    if (!unique) return unique.error();
    auto r =
        ctx.db.exec(QStringLiteral("INSERT INTO users (id, username, mobile, email, role, org_id, "
                                   "region, display_name, password_hash, created_at) "
                                   "VALUES (?,?,?,?,?,?,?,?,?,?)"),
                    {id, username, mobile, *email, role, orgId, region, *name,
                     p.value(QStringLiteral("password_hash")).toString(), ctx.now});
    if (!r) return r.error();
    auto rev = ChangeFeed::publishRow(ctx.db, Entity::Users, id, Scope{{}, {}, id});
    if (!rev) return rev.error();
    ctx.lastRev = *rev;
    return QJsonObject{{QStringLiteral("user_id"), id}};
}

Result<QJsonObject> registerAccount(CommandContext &ctx, const Command &c) {
    auto role =
        payload::oneOf(c.payload, QStringLiteral("role"), {Role::Enterprise, Role::Provider});
    if (!role) return role.error();
    // Only the demo seeder (the system) may create an account that cannot sign in yet.
    if (c.payload.value(QStringLiteral("password_hash")).toString().isEmpty() &&
        ctx.actor.role != Role::System)
        return makeError(ErrorCode::Required, AccountcommandsTr::tr("This field is required."),
                         QStringLiteral("password"));
    // Seed 004: the first account of an organisation is its admin.
    const QString orgId = newId();
    auto user = insertUser(ctx, c.payload, *role, orgId, {});
    if (!user) return user;
    const QString userId = user->value(QStringLiteral("user_id")).toString();
    auto o = ctx.db.exec(QStringLiteral("INSERT INTO organisations (id, kind, admin_user_id, "
                                        "created_at, updated_at) VALUES (?,?,?,?,?)"),
                         {orgId, *role, userId, ctx.now, ctx.now});
    if (!o) return o.error();
    auto rev = ChangeFeed::publishRow(ctx.db, Entity::Organisations, orgId, Scope{orgId, {}, {}});
    if (!rev) return rev.error();
    ctx.lastRev = *rev;
    QJsonObject result = user.value();
    result.insert(QStringLiteral("org_id"), orgId);
    return result;
}

Result<QJsonObject> createAccount(CommandContext &ctx, const Command &c) {
    if (ctx.actor.role != Role::Admin && ctx.actor.role != Role::System)
        return makeError(ErrorCode::Forbidden,
                         AccountcommandsTr::tr("Only an administrator may create accounts."));
    auto role = payload::text(c.payload, QStringLiteral("role"), 32);
    if (!role) return role.error();
    if (!Role::isKnown(*role))
        return makeError(ErrorCode::Invalid, AccountcommandsTr::tr("Unknown role."),
                         QStringLiteral("role"));
    auto region =
        payload::text(c.payload, QStringLiteral("region"), 20, *role == Role::CountyReviewer);
    if (!region) return region.error();
    QString regionCode;
    if (!region->isEmpty()) {
        auto rc = RegionCode::parse(*region, QStringLiteral("region"));
        if (!rc) return rc.error();
        regionCode = rc->code();  // the six digits, however they were typed
    }
    auto orgId = payload::text(c.payload, QStringLiteral("org_id"), 64, false);
    if (!orgId) return orgId.error();
    if (!orgId->isEmpty()) {
        auto n = ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM organisations WHERE id = ?"),
                               {*orgId});
        if (!n) return n.error();
        if (n->toInt() == 0)
            return makeError(ErrorCode::NotFound, AccountcommandsTr::tr("No such organisation."),
                             QStringLiteral("org_id"));
    }
    return insertUser(ctx, c.payload, *role, *orgId, regionCode);
}

}  // namespace

void registerAccountCommands(CommandTable &t) {
    t.insert(QStringLiteral("account.register"),
             {registerAccount, true, [](const Command &c) { return prepareAccount(c, true); }});
    t.insert(QStringLiteral("account.create"),
             {createAccount, false, [](const Command &c) { return prepareAccount(c, false); }});
}

}  // namespace dx
