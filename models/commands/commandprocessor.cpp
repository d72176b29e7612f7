#include "models/commands/commandprocessor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

#include "models/commands/registry.h"
#include "models/core/clock.h"
#include "models/store/database.h"

Q_LOGGING_CATEGORY(lcCommands, "dx.commands")

namespace dx {

namespace {
class CommandprocessorTr {
    Q_DECLARE_TR_FUNCTIONS(CommandProcessor)
};
}  // namespace

const CommandTable &commandTable() {
    static const CommandTable table = [] {
        CommandTable t;
        registerAccountCommands(t);
        registerOrganisationCommands(t);
        registerCertificationCommands(t);
        registerPasswordCommands(t);
        registerSubAccountCommands(t);
        registerExpertCommands(t);
        registerBankAccountCommands(t);
        registerListingCommands(t);
        return t;
    }();
    return table;
}

Status CommandProcessor::finish(const Actor &actor, const Command &command, Outcome &outcome,
                                qint64 now, const Bookkeeping &within) {
    if (within) {
        auto w = within(outcome);
        if (!w) return w;
    }
    // A retry changes nothing yet; it is audited when it finally applies or is rejected.
    if (m_services && outcome.status != Outcome::Status::Retry) {
        QString result = outcome.statusName();
        if (outcome.status != Outcome::Status::Applied) result += u':' + outcome.error.code;
        AuditEntry e{actor.username.isEmpty() ? QStringLiteral("anonymous") : actor.username,
                     actor.clientId,
                     command.id,
                     command.type,
                     command.target,
                     result,
                     outcome.status == Outcome::Status::Applied ? QString::number(outcome.rev)
                                                                : outcome.error.field};
        auto a = m_services->audit(m_db, e, now);
        if (!a) return a;
    }
    return Ok{};
}

Outcome CommandProcessor::execute(const Actor &actor, const Command &command,
                                  const Bookkeeping &within, qint64 now) {
    if (now == 0) now = nowMs();
    Outcome out;
    const CommandTable &table = commandTable();
    const auto spec = table.constFind(command.type);

    Result<QJsonObject> result = QJsonObject{};
    Command prepared = command;
    if (spec != table.constEnd() && spec->prepare &&
        (!actor.isAnonymous() || spec->allowAnonymous)) {
        auto p = spec->prepare(command);
        if (p)
            prepared = p.value();
        else
            result = p.error();
    }
    if (result && spec != table.constEnd() && spec->prepareRead &&
        (!actor.isAnonymous() || spec->allowAnonymous) && actor.may(spec->permission)) {
        auto p = spec->prepareRead(m_db, actor, prepared, m_services, now);
        if (p)
            prepared = p.value();
        else
            result = p.error();
    }
    CommandContext ctx{m_db, actor, now, m_blobs};

    auto begun = m_db.beginWrite();
    if (!begun) {
        out.status = Outcome::Status::Retry;
        out.error = begun.error();
        return out;
    }
    if (!result) {
        // prepare() already refused it
    } else if (spec == table.constEnd()) {
        result = makeError(
            ErrorCode::UnknownCommand,
            CommandprocessorTr::tr("Unknown command type “%1”.").arg(command.type.left(64)),
            QStringLiteral("type"));
    } else if (actor.isAnonymous() && !spec->allowAnonymous) {
        result =
            makeError(ErrorCode::Unauthenticated, CommandprocessorTr::tr("Please sign in first."));
    } else if (!actor.may(spec->permission)) {
        // Enforced here, in the funnel, so that no client and no API call can go around it.
        result =
            makeError(ErrorCode::Forbidden,
                      CommandprocessorTr::tr("Your account has not been granted this menu (%1).")
                          .arg(spec->permission),
                      QStringLiteral("permission"));
    } else {
        result = spec->handler(ctx, prepared);
    }

    if (result) {
        out.status = Outcome::Status::Applied;
        out.rev = ctx.lastRev;
        out.result = result.value();
        auto f = finish(actor, command, out, now, within);
        if (f) f = m_db.commit();
        // After the commit: a sign-in racing with it must not re-cache the old actor.
        if (f && spec->changesSessions && m_services) m_services->sessionsChanged();
        if (f) return out;
        m_db.rollback();
        qCWarning(lcCommands) << "could not commit" << command.type << f.error().message;
        out = Outcome{Outcome::Status::Retry, 0, {}, f.error()};
        return out;
    }

    // Nothing of the effect survives; the rejection itself is recorded in a fresh transaction.
    m_db.rollback();
    out.error = result.error();
    out.status = out.error.code == QLatin1String(ErrorCode::BlobMissing)
                     ? Outcome::Status::Retry
                     : Outcome::Status::Rejected;
    auto again = m_db.beginWrite();
    if (!again) {
        out = Outcome{Outcome::Status::Retry, 0, {}, again.error()};
        return out;
    }
    Status f = finish(actor, command, out, now, within);
    if (f) f = m_db.commit();
    if (!f) {
        m_db.rollback();
        out = Outcome{Outcome::Status::Retry, 0, {}, f.error()};
    }
    return out;
}

}  // namespace dx
