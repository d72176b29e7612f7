// Provider sub-accounts (子账号, seed 001 §1.4.9 用户管理): only the main account of a certified
// provider manages them; a sub-account acts within the menus (Menu::*) it was granted.
//
// subaccount.create          target: —        payload {username, mobile, email?, password,
//                                                       permissions: [menu codes]}
//                                              result  {user_id}
// subaccount.update          target: user id  payload {mobile?, email?, permissions?} (absent keys
//                                              keep their value; username is immutable)
// subaccount.delete          target: user id  payload {}   (its sessions end)
// subaccount.reset_password  target: user id  payload {password} (whole policy; sessions end)
//
// The users row of a sub-account is published in the organisation's scope without secrets, so
// that the provider's desktop lists it.
#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include "models/commands/passwordchange.h"
#include "models/commands/payload.h"
#include "models/commands/registry.h"
#include "models/core/clock.h"
#include "models/domain/email.h"
#include "models/domain/phone.h"
#include "models/provider/passwordhistory.h"
#include "models/security/passwordhasher.h"
#include "models/security/passwordpolicy.h"
#include "models/store/database.h"
#include "models/sync/changefeed.h"
#include "models/workflow/states.h"

namespace dx {

namespace {
class SubaccountcommandsTr {
    Q_DECLARE_TR_FUNCTIONS(SubAccountCommands)
};

const QString kUsername = QStringLiteral("username");
const QString kMobile = QStringLiteral("mobile");
const QString kEmail = QStringLiteral("email");
const QString kPermissions = QStringLiteral("permissions");
constexpr QLatin1StringView kUsers = Entity::Users;

// Only a certified provider's main account: the menu appears after 认证成功 (seed 001).
Status mayManage(Database &db, const Actor &a) {
    if (a.role != Role::Provider || a.orgId.isEmpty() || a.subAccount)
        return makeError(
            ErrorCode::Forbidden,
            SubaccountcommandsTr::tr("Only the main account of a service provider manages users."),
            QStringLiteral("permission"));
    auto certified =
        db.scalar(QStringLiteral("SELECT certified FROM organisations WHERE id = ?"), {a.orgId});
    if (!certified) return certified.error();
    if (certified->toInt() != 1)
        return makeError(
            ErrorCode::InvalidTransition,
            SubaccountcommandsTr::tr("Users can be added once the provider is certified."),
            QStringLiteral("certification"));
    return Ok{};
}

// A sub-account of the actor's organisation; anything else is "not found" (never "not yours").
Status loadSubAccount(Database &db, const Actor &a, const QString &userId) {
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE id = ? AND org_id = ? AND "
                                      "parent_user_id <> ''"),
                       {userId, a.orgId});
    if (!n) return n.error();
    if (n->toInt() == 0)
        return makeError(ErrorCode::NotFound, SubaccountcommandsTr::tr("No such user."),
                         QStringLiteral("target"));
    return Ok{};
}

// Where a sub-account's row is published: to its main account alone, who manages it. Not to the
// organisation (other sub-accounts need not see each other's mobile numbers), and so not to the
// platform's staff either, who see every organisation's shared rows (issue 13).
Result<Scope> rowScope(Database &db, const Actor &a, const QString &userId) {
    auto parent =
        db.scalar(QStringLiteral("SELECT parent_user_id FROM users WHERE id = ?"), {userId});
    if (!parent) return parent.error();
    return Scope{a.orgId, {}, parent->toString()};
}

// Menu codes in Menu::all() order, each once: a stable stored form ("listings,experts").
Result<QString> permissions(const QJsonObject &p) {
    const QJsonValue v = p.value(kPermissions);
    if (v.isUndefined() || v.isNull()) return QString();
    if (!v.isArray())
        return makeError(ErrorCode::Invalid,
                         SubaccountcommandsTr::tr("A list of menus is expected here."),
                         kPermissions);
    QStringList given;
    for (const QJsonValue &m : v.toArray()) {
        if (!m.isString() || !Menu::all().contains(m.toString()))
            return makeError(
                ErrorCode::Invalid,
                SubaccountcommandsTr::tr("Unknown menu “%1”.").arg(m.toString().left(32)),
                kPermissions);
        given << m.toString();
    }
    QStringList ordered;
    for (const QString &m : Menu::all())
        if (given.contains(m)) ordered << m;
    return ordered.join(u',');
}

Result<QString> mobile(const QJsonObject &p) {
    auto text = payload::text(p, kMobile, 20);
    if (!text) return text;
    auto m = Phone::parseMobile(*text, kMobile);
    if (!m) return m.error();
    return m->toString();
}

Result<QString> email(const QJsonObject &p) {
    auto text = payload::text(p, kEmail, 254, false);
    if (!text || text->isEmpty()) return text;
    auto e = Email::parse(*text, kEmail);
    if (!e) return e.error();
    return e->toString();
}

// Seed 001 表 1-4: 手机号 unique within the organisation.
Status mobileFree(Database &db, const QString &orgId, const QString &mobile,
                  const QString &exceptUser) {
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE org_id = ? AND mobile = ? "
                                      "AND id <> ?"),
                       {orgId, mobile, exceptUser});
    if (!n) return n.error();
    if (n->toInt() > 0)
        return makeError(
            ErrorCode::Duplicate,
            SubaccountcommandsTr::tr("Another user of this organisation has this mobile number."),
            kMobile);
    return Ok{};
}

// Outside the transaction: the username rule, the password policy and the hash (~0.4 s).
Result<Command> prepareCreate(const Command &c) {
    Command out = c;
    out.payload = PasswordChange::withoutSecrets(c.payload);
    auto username = payload::text(c.payload, kUsername, 30);
    if (!username) return username.error();
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_]{6,30}$"));
    if (!re.match(*username).hasMatch())
        return makeError(
            ErrorCode::Invalid,
            SubaccountcommandsTr::tr("A username has 6–30 letters, digits or underscores."),
            kUsername);
    auto m = mobile(c.payload);
    if (!m) return m.error();
    const QJsonValue raw = c.payload.value(QStringLiteral("password"));
    if (!raw.isString() || raw.toString().isEmpty())
        return makeError(ErrorCode::Required, SubaccountcommandsTr::tr("This field is required."),
                         QStringLiteral("password"));
    if (raw.toString().size() > 128)
        return makeError(
            ErrorCode::TooLong,
            SubaccountcommandsTr::tr("At most %n characters are allowed.", nullptr, 128),
            QStringLiteral("password"));
    auto ok = PasswordPolicy{}.check(raw.toString(), *username, *m);
    if (!ok) return ok.error();
    out.payload.insert(PasswordChange::HashKey,
                       QString::fromLatin1(PasswordHasher::hash(raw.toString())));
    return out;
}

Result<QJsonObject> create(CommandContext &ctx, const Command &c) {
    auto may = mayManage(ctx.db, ctx.actor);
    if (!may) return may.error();
    const QString username = c.payload.value(kUsername).toString().trimmed();
    auto m = mobile(c.payload);
    if (!m) return m.error();
    auto e = email(c.payload);
    if (!e) return e.error();
    auto perms = permissions(c.payload);
    if (!perms) return perms.error();
    auto taken = ctx.db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM users WHERE lower(username) = lower(?)"), {username});
    if (!taken) return taken.error();
    if (taken->toInt() > 0)
        return makeError(ErrorCode::Duplicate,
                         SubaccountcommandsTr::tr("This username is already taken."), kUsername);
    auto free = mobileFree(ctx.db, ctx.actor.orgId, *m, {});
    if (!free) return free.error();
    const QString id = derivedId(c.id, QStringLiteral("subaccount"));
    // Seed 001 表 1-5: 姓名 is the username; the role is the provider's.
    auto ins = ctx.db.exec(
        QStringLiteral(
            "INSERT INTO users (id, username, mobile, email, role, org_id, display_name, "
            "password_hash, parent_user_id, permissions, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
        {id, username, *m, *e, Role::Provider, ctx.actor.orgId, username,
         c.payload.value(PasswordChange::HashKey).toString(), ctx.actor.userId, *perms, ctx.now});
    if (!ins) return ins.error();
    auto rev =
        ChangeFeed::publishRow(ctx.db, kUsers, id, Scope{ctx.actor.orgId, {}, ctx.actor.userId});
    if (!rev) return rev.error();
    ctx.lastRev = *rev;
    return QJsonObject{{QStringLiteral("user_id"), id}};
}

Result<QJsonObject> update(CommandContext &ctx, const Command &c) {
    auto may = mayManage(ctx.db, ctx.actor);
    if (!may) return may.error();
    auto found = loadSubAccount(ctx.db, ctx.actor, c.target);
    if (!found) return found.error();
    auto row = ctx.db.one(
        QStringLiteral("SELECT username, mobile, email, permissions FROM users WHERE id = ?"),
        {c.target});
    if (!row) return row.error();
    QVariantMap r = **row;
    if (c.payload.contains(kUsername) &&
        c.payload.value(kUsername).toString().trimmed() != r.value(kUsername).toString())
        return makeError(ErrorCode::Invalid,
                         SubaccountcommandsTr::tr("A username cannot be changed."), kUsername);
    if (c.payload.contains(kMobile)) {
        auto m = mobile(c.payload);
        if (!m) return m.error();
        auto free = mobileFree(ctx.db, ctx.actor.orgId, *m, c.target);
        if (!free) return free.error();
        r.insert(kMobile, *m);
    }
    if (c.payload.contains(kEmail)) {
        auto e = email(c.payload);
        if (!e) return e.error();
        r.insert(kEmail, *e);
    }
    if (c.payload.contains(kPermissions)) {
        auto perms = permissions(c.payload);
        if (!perms) return perms.error();
        r.insert(kPermissions, *perms);
    }
    auto u = ctx.db.exec(
        QStringLiteral("UPDATE users SET mobile = ?, email = ?, permissions = ? WHERE id = ?"),
        {r.value(kMobile), r.value(kEmail), r.value(kPermissions), c.target});
    if (!u) return u.error();
    auto scope = rowScope(ctx.db, ctx.actor, c.target);
    if (!scope) return scope.error();
    auto rev = ChangeFeed::publishRow(ctx.db, kUsers, c.target, *scope);
    if (!rev) return rev.error();
    ctx.lastRev = *rev;
    return QJsonObject{};
}

Status endSessions(Database &db, const QString &userId) {
    auto s = db.exec(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {userId});
    if (!s) return s.error();
    return Ok{};
}

Result<QJsonObject> remove(CommandContext &ctx, const Command &c) {
    auto may = mayManage(ctx.db, ctx.actor);
    if (!may) return may.error();
    auto found = loadSubAccount(ctx.db, ctx.actor, c.target);
    if (!found) return found.error();
    auto scope = rowScope(ctx.db, ctx.actor, c.target);
    if (!scope) return scope.error();
    auto d = ctx.db.exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {c.target});
    if (!d) return d.error();
    auto ended = endSessions(ctx.db, c.target);
    if (!ended) return ended.error();
    auto forgot = PasswordHistory::forget(ctx.db, c.target);
    if (!forgot) return forgot.error();
    auto rev = ChangeFeed::recordDeletion(ctx.db, kUsers, c.target, *scope);
    if (!rev) return rev.error();
    ctx.lastRev = *rev;
    return QJsonObject{};
}

// Outside the transaction: the policy against the sub-account's username, mobile and history.
Result<Command> prepareReset(Database &db, const Actor &actor, const Command &c, CommandServices *,
                             qint64) {
    Command out = c;
    out.payload = PasswordChange::withoutSecrets(c.payload);
    if (db.isReplica()) return out;  // no hashes here: the server decides
    // Refuse before the slow checks, and never disclose another organisation's user.
    auto may = mayManage(db, actor);
    if (!may) return may.error();
    auto found = loadSubAccount(db, actor, c.target);
    if (!found) return found.error();
    auto p = PasswordChange::prepare(db, c.target, c.payload, false);
    if (!p) return p.error();
    out.payload = p.value();
    return out;
}

Result<QJsonObject> resetPassword(CommandContext &ctx, const Command &c) {
    auto may = mayManage(ctx.db, ctx.actor);
    if (!may) return may.error();
    auto found = loadSubAccount(ctx.db, ctx.actor, c.target);
    if (!found) return found.error();
    if (ctx.db.isReplica()) return QJsonObject{};
    auto applied = PasswordChange::apply(ctx, c.target, c.payload);
    if (!applied) return applied.error();
    // Whoever knew the old password is signed out now.
    auto ended = endSessions(ctx.db, c.target);
    if (!ended) return ended.error();
    return QJsonObject{};
}

}  // namespace

void registerSubAccountCommands(CommandTable &t) {
    t.insert(QStringLiteral("subaccount.create"),
             CommandSpec{.handler = create, .prepare = prepareCreate});
    t.insert(QStringLiteral("subaccount.update"),
             CommandSpec{.handler = update, .changesSessions = true});
    t.insert(QStringLiteral("subaccount.delete"),
             CommandSpec{.handler = remove, .changesSessions = true});
    t.insert(QStringLiteral("subaccount.reset_password"),
             CommandSpec{
                 .handler = resetPassword, .prepareRead = prepareReset, .changesSessions = true});
}

}  // namespace dx
