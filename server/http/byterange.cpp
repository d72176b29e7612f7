#include "server/http/byterange.h"

#include <QStringBuilder>

#include <algorithm>
#include <optional>

namespace dx::http {

namespace {

// Digits only: toLongLong() would also accept signs and surrounding spaces.
std::optional<qint64> parseOffset(const QByteArray &digits) {
    if (digits.isEmpty() ||
        !std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

}  // namespace

QByteArray ByteRange::contentRange(qint64 size) const {
    if (kind == Kind::Unsatisfiable) return "bytes */" + QByteArray::number(size);
    return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' +
           QByteArray::number(size);
}

ByteRange ByteRange::parse(const QByteArray &header, qint64 size) {
    ByteRange range;
    const QByteArray value = header.trimmed();
    static const QByteArray unit = "bytes=";
    if (!value.startsWith(unit) || value.contains(','))
        return range;  // a server may ignore what it does not support and send the whole file

    const QByteArray spec = value.mid(unit.size()).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0) return range;

    const QByteArray head = spec.left(dash).trimmed();
    const QByteArray tail = spec.mid(dash + 1).trimmed();
    if (head.isEmpty()) {  // "-n": the last n bytes
        const auto suffix = parseOffset(tail);
        if (!suffix) return range;
        if (*suffix == 0 || size == 0) {
            range.kind = Kind::Unsatisfiable;
            return range;
        }
        range.kind = Kind::Satisfiable;
        range.first = std::max<qint64>(0, size - *suffix);
        range.last = size - 1;
        return range;
    }

    const auto first = parseOffset(head);
    const auto last = tail.isEmpty() ? std::optional<qint64>(size - 1) : parseOffset(tail);
    if (!first || !last || (!tail.isEmpty() && *last < *first)) return range;
    if (*first >= size) {
        range.kind = Kind::Unsatisfiable;
        return range;
    }
    range.kind = Kind::Satisfiable;
    range.first = *first;
    range.last = std::min(*last, size - 1);
    return range;
}

}  // namespace dx::http
