#include "models/commands/command.h"
#include "models/workflow/states.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QUuid>

namespace dx {

namespace {
class CommandTr {
    Q_DECLARE_TR_FUNCTIONS(Command)
};
}  // namespace

Result<Command> Command::fromJson(const QJsonObject &o) {
    Command c;
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isString() || QUuid::fromString(id.toString()).isNull())
        return makeError(ErrorCode::Invalid, CommandTr::tr("A command needs an id that is a UUID."),
                         QStringLiteral("id"));
    c.id = id.toString();
    const QJsonValue type = o.value(QStringLiteral("type"));
    if (!type.isString() || type.toString().isEmpty() || type.toString().size() > 64)
        return makeError(ErrorCode::Invalid, CommandTr::tr("A command needs a type."),
                         QStringLiteral("type"));
    c.type = type.toString();
    const QJsonValue target = o.value(QStringLiteral("target"));
    if (!target.isUndefined() && !target.isNull()) {
        if (!target.isString() || target.toString().size() > 64)
            return makeError(ErrorCode::Invalid, CommandTr::tr("The target must be an id."),
                             QStringLiteral("target"));
        c.target = target.toString();
    }
    const QJsonValue base = o.value(QStringLiteral("base_rev"));
    if (!base.isUndefined() && !base.isNull()) {
        if (!base.isDouble() || base.toDouble() < 0 || base.toDouble() > 9.0e15 ||
            base.toDouble() != static_cast<double>(base.toInteger()))
            return makeError(ErrorCode::Invalid, CommandTr::tr("base_rev must be a whole number."),
                             QStringLiteral("base_rev"));
        c.baseRev = base.toInteger();
    }
    const QJsonValue payload = o.value(QStringLiteral("payload"));
    if (!payload.isUndefined() && !payload.isNull() && !payload.isObject())
        return makeError(ErrorCode::Invalid, CommandTr::tr("The payload must be an object."),
                         QStringLiteral("payload"));
    c.payload = payload.toObject();
    const QJsonValue seq = o.value(QStringLiteral("seq"));
    if (!seq.isUndefined()) {
        if (!seq.isDouble() || seq.toDouble() < 1 || seq.toDouble() > 9.0e15 ||
            seq.toDouble() != static_cast<double>(seq.toInteger()))
            return makeError(ErrorCode::Invalid,
                             CommandTr::tr("seq must be a positive whole number."),
                             QStringLiteral("seq"));
        c.seq = seq.toInteger();
    }
    c.issuedAt = o.value(QStringLiteral("issued_at")).toInteger();
    return c;
}

QJsonObject Command::toJson() const {
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("payload"), payload},
                  {QStringLiteral("issued_at"), issuedAt}};
    if (!target.isEmpty()) o.insert(QStringLiteral("target"), target);
    if (baseRev >= 0) o.insert(QStringLiteral("base_rev"), baseRev);
    if (seq > 0) o.insert(QStringLiteral("seq"), seq);
    return o;
}

QString Outcome::statusName() const {
    switch (status) {
        case Status::Applied:
            return CommandStatus::Applied;
        case Status::Rejected:
            return CommandStatus::Rejected;
        case Status::Retry:
            return CommandStatus::Retry;
    }
    return {};
}

QJsonObject Outcome::toJson() const {
    QJsonObject o{{QStringLiteral("status"), statusName()}};
    if (status == Status::Applied) {
        o.insert(QStringLiteral("rev"), rev);
        if (!result.isEmpty()) o.insert(QStringLiteral("result"), result);
    } else {
        o.insert(QStringLiteral("error"), error.toJson());
    }
    return o;
}

Outcome Outcome::fromJson(const QJsonObject &o) {
    Outcome out;
    const QString s = o.value(QStringLiteral("status")).toString();
    out.status = s == CommandStatus::Applied ? Status::Applied
                 : s == CommandStatus::Retry ? Status::Retry
                                             : Status::Rejected;
    out.rev = o.value(QStringLiteral("rev")).toInteger();
    out.result = o.value(QStringLiteral("result")).toObject();
    out.error = Error::fromJson(o.value(QStringLiteral("error")).toObject());
    return out;
}

}  // namespace dx
